import assert from "node:assert/strict";
import { test } from "node:test";
import { properCase } from "../../src/analyze/names.js";
import { markProSe, parseParties, starColumn } from "../../src/analyze/parties.js";
import type { Party } from "../../src/model/types.js";
import { growth } from "../hostile/growth.js";

const p = (name: string, role: string, extra: Partial<Party> = {}): Party => ({ name, role, ...extra });

const table: [string, Party[]][] = [
  ["JAMES LINLOR,\n\nPlaintiff,\n\nv.\n\nFUTERO, INC.; and DOES 1-9,\n\nDefendants.", [p("James Linlor", "plaintiff"), p("Futero, Inc.", "defendant"), p("Does 1-9", "defendant", { doe: true })]],
  ["Friendly House, et al., ) ) Plaintiffs, ) vs. ) ) Michael B. Whiting, et al., ) ) Defendants. )", [p("Friendly House", "plaintiff"), p("Michael B. Whiting", "defendant")]],
  ["JOHN SMITH, Plaintiff, pro se, v. CITY OF SAN DIEGO, a municipal corporation, DOES 1 THROUGH 10, inclusive, Defendants.", [p("John Smith", "plaintiff", { proSe: true }), p("City of San Diego", "defendant"), p("Does 1 through 10", "defendant", { doe: true })]],
  ["A.B., a minor, by and through her guardian ad litem, C.D., Plaintiff-Appellant, v. ACME HOLDINGS, LLC, Defendant-Appellee.", [p("A.B.", "appellant"), p("Acme Holdings, LLC", "appellee")]],
  ["MARIA LOPEZ, Petitioner, v. KATHLEEN ALLISON, Respondent.", [p("Maria Lopez", "petitioner"), p("Kathleen Allison", "respondent")]],
  ["JOHN DOE, Plaintiff, v. JANE ROE; JOHN DOES 1-5, Defendants.", [p("John Doe", "plaintiff", { doe: true }), p("Jane Roe", "defendant"), p("John Does 1-5", "defendant", { doe: true })]],
  ["PAT SMITH, In Pro Per, Plaintiff, v. U.S. BANK, N.A., Defendant.", [p("Pat Smith", "plaintiff", { proSe: true }), p("U.S. Bank, N.A.", "defendant")]],
  ["In re: ACME WIDGETS, INC., Debtor.", [p("Acme Widgets, Inc.", "debtor")]],
  ["TRACIE STILL,\nPlaintiff,\nv.\nCOMMISSIONER OF SOCIAL\nSECURITY,\nDefendant.", [p("Tracie Still", "plaintiff"), p("Commissioner of Social Security", "defendant")]],
  ["ERIKA MENDOZA, Plaintiff, v. ELECTROLUX HOME PRODUCTS,\nINC., Defendant.", [p("Erika Mendoza", "plaintiff"), p("Electrolux Home Products, Inc.", "defendant")]],
  ["UNITED STATES OF AMERICA, Plaintiff, v. ROBERT JONES II, Defendant.", [p("United States of America", "plaintiff"), p("Robert Jones II", "defendant")]],
];

test("parties of a caption, with roles, Does and pro se", () => {
  for (const [input, expected] of table) assert.deepEqual(parseParties(input), expected, input);
});

const negatives = [
  "Presently before the Court is a motion.",
  "UNITED STATES DISTRICT COURT SOUTHERN DISTRICT OF CALIFORNIA",
  "ORDER DENYING MOTION FOR MODIFICATION",
  "",
];
test("text without role words yields no parties", () => {
  for (const n of negatives) assert.deepEqual(parseParties(n), [], n);
});

test("pro se from the body text", () => {
  const cases: [string, boolean][] = [
    ["Presently before the Court is pro se Plaintiff James Linlor's ex parte motion.", true],
    ["Plaintiff, proceeding pro se, filed a complaint.", true],
    ["Plaintiff, who is represented by counsel, filed a complaint.", false],
    ["Plaintiff, a state prisoner, filed the instant pro se civil rights action.", true],
    ["The clerk shall mail this order to any party appearing pro se.", false],
  ];
  for (const [text, expected] of cases) {
    const parties = [p("James Linlor", "plaintiff"), p("Futero, Inc.", "defendant")];
    markProSe(parties, text);
    assert.equal(!!parties[0].proSe, expected, text);
    assert.equal(parties[1].proSe, undefined, text);
  }
});

const names: [string, string][] = [
  ["JAMES LINLOR", "James Linlor"],
  ["FUTERO, INC.", "Futero, Inc."],
  ["ACME HOLDINGS LLC", "Acme Holdings LLC"],
  ["CITY OF SAN DIEGO", "City of San Diego"],
  ["ROBERT JONES II", "Robert Jones II"],
  ["U.S. BANK NATIONAL ASSOCIATION", "U.S. Bank National Association"],
  ["PATRICK O'BRIEN", "Patrick O'Brien"],
  ["MARY MCDONALD-SMITH", "Mary McDonald-Smith"],
  ["Michael B. Whiting", "Michael B. Whiting"],
];
test("ALL CAPS names become proper case; mixed case is kept", () => {
  for (const [input, expected] of names) assert.equal(properCase(input), expected, input);
});

// caption quality: class language, "etc.", counsel lists, a judge beside the party column, title words
const quality: [string, Party[]][] = [
  [
    "ANNA BELL and CARL DUNN on behalf of themselves and all others similarly situated, Plaintiffs, v. ACME WIDGETS, INC., ETC.; ET AL., Defendants.",
    [p("Anna Bell", "plaintiff"), p("Carl Dunn", "plaintiff"), p("Acme Widgets, Inc.", "defendant")],
  ],
  ["Ideal Sprockets Co., Inc.,\n\nAppellants/Cross-Appellees\n\nv.\n\nGranite Surety Company,\n\nAppellee/Cross-Appellant\n\nConsolidated with", [p("Ideal Sprockets Co., Inc.", "appellant"), p("Granite Surety Company", "appellee")]],
  ["RITA MOSS, Plaintiff, v. Hon. Paula Q. Grant DELTA COUNTY, Defendant.", [p("Rita Moss", "plaintiff"), p("Delta County", "defendant")]],
  ["OMAR PIKE, individually and as next friend of T.P., Plaintiff, v. CITY OF ELMWOOD, Defendant.", [p("Omar Pike", "plaintiff"), p("City of Elmwood", "defendant")]],
  ["HARRIET STONE, Plaintiff, v. CLARIFYING GRANTING CLASS CERTIFICATION LEON VOSS, Defendant.", [p("Harriet Stone", "plaintiff"), p("Leon Voss", "defendant")]],
  ["IN RE: WIDGET PRICING LITIGATION NORA BLY, Plaintiff, v. WIDGETCO, INC., Defendant.", [p("Nora Bly", "plaintiff"), p("Widgetco, Inc.", "defendant")]],
  ["\u03f0\u036c\u03ed\u03f5\n\nD Harold Finch,\n\nPlaintiff,\n\n-against-\n\nJohn Reese,\n\nDefendant.", [p("D Harold Finch", "plaintiff"), p("John Reese", "defendant")]],
  ["TENANTS UNION, Plaintiff, v. DEPARTMENT OF HOUSING AND URBAN DEVELOPMENT, Defendant.", [p("Tenants Union", "plaintiff"), p("Department of Housing and Urban Development", "defendant")]],
  ["________________ MARK TULL, Petitioner, v. WARDEN LEE ROSS, Respondent.", [p("Mark Tull", "petitioner"), p("Warden Lee Ross", "respondent")]],
  // a reported opinion: the reporter's cite before the caption, roles joined by a comma, the caption repeated
  ["822 F.2d 1223 (1987) Harold WILLIAMS, et al., Plaintiffs, Appellees, v. William LESIAK, et al., Defendants, Appellants.", [p("Harold WILLIAMS", "appellee"), p("William LESIAK", "appellant")]],
  ["LINDA FROST, Petitioner, v. ACME LLC, Respondent. LINDA FROST, Petitioner, v. ACME LLC, Respondent.", [p("Linda Frost", "petitioner"), p("Acme LLC", "respondent")]],
  ["UNITED STATES OF AMERICA, Plaintiff, v. OMAR KHAN, Defendant. MOTION TO ALLOW THE FILING OF OVERLENGTH BRIEFS, Plaintiff.", [p("United States of America", "plaintiff"), p("Omar Khan", "defendant")]],
];

test("caption quality: class language, counsel, judges and title words are no parties", () => {
  for (const [input, expected] of quality) assert.deepEqual(parseParties(input), expected, input);
});

const notParties = [
  // counsel lists of a reported opinion
  "Jane Q. Counsel, Smith & Jones LLP, Springfield, IL, for Appellant.\n\nRobert Lawyer (briefed), Boston, Mass., for appellees.",
  "Attorneys Present for Plaintiffs: Attorneys Present for Defendants: Not Present",
  // a title's words run into the party column
  "TO AMEND AS MOOT, Defendant.",
  "ETC., Plaintiff.",
  "DENYING IN PART, Plaintiffs,",
  // a role word ending a line of prose is not a role marker
  "the motion was brought by the\nplaintiff\n",
];
test("counsel lines, title words and prose line ends yield no parties", () => {
  for (const n of notParties) assert.deepEqual(parseParties(n), [], n);
});

test("a judge sued is a party when the party column's role word follows the name", () => {
  assert.deepEqual(parseParties("MARA QUILL §\n\n§ Plaintiff. §\n\n§ VS. §\n\nHON. OTTO BRAND §\n\n§ Defendant. §"), [
    { name: "Mara Quill", role: "plaintiff" },
    { name: "Hon. Otto Brand", role: "defendant" },
  ]);
});

test("a role word closed by a signature rule ends its side of the caption", () => {
  assert.deepEqual(parseParties("Nadia Ferro,\nPlaintiff, vs. Otto Brand, et al,\nDefendants ___________________________/"), [
    { name: "Nadia Ferro", role: "plaintiff" },
    { name: "Otto Brand", role: "defendant" },
  ]);
});

test("a caption divided by asterisks reads like one divided by parentheses", () => {
  // a district court's caption, reflowed as the layout joins its lines
  assert.deepEqual(parseParties("GREENFIELD TENANTS UNION * *\n\nPlaintiffs, * *\n\nv. * *\n\nCOMMONWEALTH HOUSING BOARD *\n\nand MARTA VOSS, in her official capacity * as Chair of the Board, *\n\n* Defendants. *"), [
    { name: "Greenfield Tenants Union", role: "plaintiff" },
    { name: "Commonwealth Housing Board", role: "defendant" },
    { name: "Marta Voss", role: "defendant" },
  ]);
  // a circuit's caption: the court appealed from stands in the right column, cut by the left column's "v."
  assert.deepEqual(parseParties("Ada Quill, *\n*\nAppellee, * Appeal from the United States\n* District Court for the\nv. * Northern District of Iowa\n*\nOtto Brand, *\n*\nAppellant. *"), [
    { name: "Ada Quill", role: "appellee" },
    { name: "Otto Brand", role: "appellant" },
  ]);
  // two asterisks are no column: a footnote mark stays what it was
  assert.equal(starColumn("ROE, * Plaintiff, v. DOE, Defendant. *"), "ROE, * Plaintiff, v. DOE, Defendant. *");
});

test("a name in capitals run into words in lower case is two lines glued, not one party", () => {
  assert.deepEqual(parseParties("LENA ORTIZ, Plaintiff, v. Department of Parks MARCO RUIZ VEGA Deputy Director, Defendant."), [{ name: "Lena Ortiz", role: "plaintiff" }]);
  // one party under two names is kept (as printed: a name in mixed case is not recased)
  assert.deepEqual(parseParties("STATE OF NORTHLAND ex rel. Ada Quill, Plaintiff, v. HARBOR CARE, INC. d/b/a Harbor Nursing Home, Defendant."), [
    { name: "STATE OF NORTHLAND ex rel. Ada Quill", role: "plaintiff" },
    { name: "HARBOR CARE, INC. d/b/a Harbor Nursing Home", role: "defendant" },
  ]);
});

test("two bodies sued together are two parties; one body's name with 'and' in it is one", () => {
  const names = (t: string) => parseParties(t).map((x) => x.name);
  assert.deepEqual(names("LAKEVIEW PUBLIC SCHOOLS and NORTHLAND DEPARTMENT OF PUBLIC INSTRUCTION, Defendants."), ["Lakeview Public Schools", "Northland Department of Public Instruction"]);
  assert.deepEqual(names("RIVERTON HOUSING AUTHORITY and CITY OF RIVERTON, Defendants."), ["Riverton Housing Authority", "City of Riverton"]);
  for (const one of ["DEPARTMENT OF HOUSING AND URBAN DEVELOPMENT", "LAKE CITY HEALTH AND HOSPITALS CORPORATION", "CITY AND COUNTY OF RIVERTON", "GOVERNMENT OF MARION COUNTY AND LAKE CITY"]) {
    assert.equal(names(`${one}, Defendant.`).length, 1, one);
  }
});

test("a next friend, an office's body and place, and a judge named by office are no parties", () => {
  const friends = "ANNA QUILL by her next friend, Tomas Quill, BEN ORTA, and CARA VOSS by her next friend, Dina Voss, Plaintiffs, v. EMIL RAND, Defendant.";
  assert.deepEqual(parseParties(friends).map((x) => x.name), ["Anna Quill", "Ben Orta", "Cara Voss", "Emil Rand"]);
  const sameLine = "K.L., by their next friend Mona Fisk; P.R., by and through his next friend Omar Fisk, Plaintiffs-Appellees, v. IRA COLE, Defendant-Appellant.";
  assert.deepEqual(parseParties(sameLine).map((x) => [x.name, x.role]), [["K.L.", "appellee"], ["P.R.", "appellee"], ["Ira Cole", "appellant"]]);
  // the office's body after "as Secretary," and the county or state of a sheriff's office
  const offices = "LENA MOSS, Plaintiff, v. OTTO BRIGG, in his official capacity as Secretary, Ohio Agency for Rural Affairs, and RAY TOLL, Sheriff of Pell County, Oregon, in his official capacity, Defendants.";
  assert.deepEqual(parseParties(offices).map((x) => x.name), ["Lena Moss", "Otto Brigg", "Ray Toll"]);
  // … but a body that is a party of its own, after "and", stays
  const andBody = "LENA MOSS, Plaintiff, v. OTTO BRIGG, in his official capacity as Mayor, and CITY OF PELL, Defendants.";
  assert.deepEqual(parseParties(andBody).map((x) => x.name), ["Lena Moss", "Otto Brigg", "City of Pell"]);
  // a judge's name with the office after it heads a reprint's page; a designation beside the column does not drop the name before it
  const judge = "NORA P. VANCE, CHIEF U.S. DISTRICT JUDGE\n\n2012 WL 1234567\n\nOLGA TRAN, Plaintiff, v. STATE OF UTAH, Defendant.";
  assert.ok(!parseParties(judge).some((x) => /Vance/.test(x.name)));
  assert.deepEqual(parseParties(judge).map((x) => x.role), ["defendant"]);
  const designation = "ADA RUSK, ) Plaintiff, ) v. ) TOWN OF ELK and JON PIKE, ) MAGISTRATE JUDGE NOLTE\nDefendants. )";
  assert.deepEqual(parseParties(designation).map((x) => x.name), ["Ada Rusk", "Town of Elk", "Jon Pike"]);
});

test("court abbreviations, a court's term and a reporter's cite are no names; a dashed rule ends a side", () => {
  assert.deepEqual(parseParties("W.D. Utah, UNITED STATES, Plaintiff, v. ACME CO., Defendant.").map((x) => x.name), ["United States", "Acme Co."]);
  assert.deepEqual(parseParties("September Term, 2024 Filed On: March 3, 2025 Ana Lind, Appellee v. Bo Park, Appellant").map((x) => x.name), ["Ana Lind", "Bo Park"]);
  assert.deepEqual(parseParties("301 F.Supp. 1188  Ida WREN, on her own behalf, Plaintiffs, v. COUNTY OF ROSS, Defendants.").map((x) => x.name), ["Ida Wren", "County of Ross"]);
  // "Appellants" closes its side before the rule, not at the next side's role word
  const ruled = "Ana Lind, Appellee v. Bo Park, in his official capacity, et al., Appellants ------------------------------ Consolidated with 25-5100 ------------------------------ Cy Moe, Appellee v. Di Lu, Appellant";
  assert.deepEqual(parseParties(ruled).map((x) => [x.name, x.role]), [["Ana Lind", "appellee"], ["Bo Park", "appellant"], ["Cy Moe", "appellee"], ["Di Lu", "appellant"]]);
});

test("the caption's new patterns stay linear on hostile pieces", async () => {
  // one long piece each: next-friend phrases, reporter-like runs, offices and a judge's office without end
  const pieces = ["by his next friend by her parents and next friends ", "1 A 1 1 A 1 ", "as Secretary as Director, ", "CHIEF U.S. DISTRICT JUDGE W.D. "];
  for (const unit of pieces) {
    const g = await growth((n) => `${unit.repeat(n)}, Plaintiff, v. ${unit.repeat(n)}, Defendant.`, (t) => parseParties(t), 400);
    assert.ok(g.ratio < g.bound, `${JSON.stringify(unit)}: ${g.ratio.toFixed(1)}× for 8× the text`);
  }
});

test("a print's dashes: compound roles, added and intervening parties, and an organization's unit", () => {
  const caption = [
    "NATION OF ELK, Plaintiff,",
    "and",
    "Ross Branch, NAACP, et al.,",
    "Plaintiff–Intervenors,",
    "v.",
    "TOWN OF ROSS, Ross Housing",
    "Agency, Defendants,",
    "and",
    "Ross Department of Parks, Ida Fenn, Director,",
    "Added–Defendants.",
  ].join("\n");
  assert.deepEqual(parseParties(caption).map((x) => [x.name, x.role]), [
    ["Nation of Elk", "plaintiff"],
    ["Ross Branch, NAACP", "intervenor"],
    ["Town of Ross", "defendant"],
    ["Ross Housing Agency", "defendant"],
    ["Ross Department of Parks", "defendant"],
    ["Ida Fenn", "defendant"],
  ]);
  // a role broken at the line's end, and a name broken by a print's dash there
  assert.deepEqual(parseParties("Bo PARK, Plaintiff–\nIntervenor, v. WINSTON–\nSALEM HOUSING BOARD, Defen-\ndant.").map((x) => [x.name, x.role]), [
    ["Bo Park", "intervenor"],
    ["Winston-Salem Housing Board", "defendant"],
  ]);
  // "Intervening Plaintiffs - Appellants" on its own line stands for a role, and ends its names
  const appeal = "ANA LIND,\nPlaintiff - Appellant\nand\nCY MOE,  et al.,\n   Intervening Plaintiffs -  Appellants\nDI LU, et al.,\nDefendants -  Appellees";
  assert.deepEqual(parseParties(appeal).map((x) => [x.name, x.role]), [
    ["Ana Lind", "appellant"],
    ["Cy Moe", "appellant"],
    ["Di Lu", "appellee"],
  ]);
});

test("'Defendants-Respondents' are respondents where a court reviews the case, defendants in a trial court", () => {
  const caption = "Ana LIND, Plaintiffs–Appellants,\nv.\nBo PARK, Defendants–Respondents.";
  assert.deepEqual(parseParties(caption, { review: true }).map((x) => x.role), ["appellant", "respondent"]);
  assert.deepEqual(parseParties("Ana LIND, Plaintiffs-Petitioners,\nv.\nBo PARK, Defendants-Respondents.").map((x) => x.role), ["plaintiff", "defendant"]);
});
