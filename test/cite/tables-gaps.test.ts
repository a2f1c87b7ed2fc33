import assert from "node:assert/strict";
import { test } from "node:test";
import { findCitations } from "../../src/cite/index.js";
import { journalRecognizer } from "../../src/cite/recognizers/journal.js";
import { regulationRecognizer } from "../../src/cite/recognizers/regulation.js";
import { statuteRecognizer } from "../../src/cite/recognizers/statute.js";
import { STATUTE_CODES } from "../../src/cite/tables/codes.js";
import { courtFromCitation } from "../../src/cite/tables/courts.js";
import { JOURNALS } from "../../src/cite/tables/journals.js";
import { NEUTRAL_FORMS, REPORTERS, editionForYear, lookupReporter } from "../../src/cite/tables/reporters.js";

/** The case citations of a text, as `[volume, reporter, page, court]`. */
function cases(text: string): [string | null | undefined, string | null | undefined, string | null | undefined, string | null | undefined][] {
  return findCitations(text)
    .filter((c) => c.kind === "case")
    .map((c) => [c.volume, c.reporter, c.page, c.court ?? null]);
}

/** A case cite as the table expects it. */
const cite = (volume: string, reporter: string, page: string, court: string | null = null) => [volume, reporter, page, court];

// Reporters, spellings and public-domain forms seen in real opinions and missing before; each
// input is written for the test (no opinion text).
const CASES: [string, ReturnType<typeof cite>[]][] = [
  ["Roe v. Doe, 146 Fed. 42.", [cite("146", "F.", "42")]],
  ["Roe v. Doe, 152 Fed. Rep. 481.", [cite("152", "F.", "481")]],
  ["Roe v. Doe, 226 Pa. St. 444, 75 A. 123.", [cite("226", "Pa.", "444", "pa"), cite("75", "A.", "123")]],
  ["Roe v. Doe, 38 Penn. St. 380.", [cite("38", "Pa.", "380", "pa")]],
  ["Roe v. Doe, 276 U.S. 154, 48 Sup. Ct. 221, 72 L. ed. 507.", [cite("276", "U.S.", "154", "scotus"), cite("48", "S. Ct.", "221", "scotus"), cite("72", "L. Ed.", "507", "scotus")]],
  ["Roe v. Doe, 443 U.S. 307 (99 SC 2781, 61 LE2d 560) (1979).", [cite("443", "U.S.", "307", "scotus"), cite("99", "S. Ct.", "2781", "scotus"), cite("61", "L. Ed. 2d", "560", "scotus")]],
  ["Roe v. Doe, 150 Cal. 289 [119 Am. St. Rep. 199, 8 L.R.A. (N.S.) 682].", [cite("150", "Cal.", "289", "cal"), cite("119", "Am. St. Rep.", "199"), cite("8", "L.R.A. (n.s.)", "682")]],
  ["Roe v. Doe, 1 R.I. 272, 53 Am. Dec. 621.", [cite("1", "R.I.", "272", "ri"), cite("53", "Am. Dec.", "621")]],
  ["Roe v. Doe, 161 F. 43, 88 C.C.A. 207.", [cite("161", "F.", "43"), cite("88", "C.C.A.", "207")]],
  ["Roe v. Doe, 104 Okl. 160, 230 P. 900.", [cite("104", "Okla.", "160", "okla"), cite("230", "P.", "900")]],
  ["Roe v. State, 33 Okla. Cr. 100, 242 P. 270.", [cite("33", "Okla. Crim.", "100", "oklacrimapp"), cite("242", "P.", "270")]],
  ["Roe v. State, 50 Tex. Cr. Rep. 490, 99 S.W. 1017.", [cite("50", "Tex. Crim.", "490", "texcrimapp"), cite("99", "S.W.", "1017")]],
  ["Roe v. Doe, 107 Hawai'i 192, 111 P.3d 601.", [cite("107", "Haw.", "192", "haw"), cite("111", "P.3d", "601")]],
  ["Roe v. Doe, 13 N.J. Misc. 260, 176 A. 716.", [cite("13", "N.J. Misc.", "260"), cite("176", "A.", "716")]],
  ["Roe v. Doe, 3 Johns. Cas. 337.", [cite("3", "Johns. Cas.", "337", "ny")]],
  ["Roe v. Doe, 37 Hun 537.", [cite("37", "Hun", "537")]],
  ["Roe v. Doe, 3 Terry 393, 35 A.2d 502.", [cite("3", "Terry", "393", "del"), cite("35", "A.2d", "502")]],
  ["Roe v. Doe, 2 Mason 311.", [cite("2", "Mason C.C.", "311")]],
  ["Roe v. Doe, 68 Ohio St. 2d 165 [22 O.O.3d 400].", [cite("68", "Ohio St. 2d", "165", "ohio"), cite("22", "Ohio Op. 3d", "400")]],
  ["State v. Roe, 4 Ohio St. 3d 143, 4 OBR 386.", [cite("4", "Ohio St. 3d", "143", "ohio"), cite("4", "Ohio B.", "386")]],
  ["Roe v. Doe, 64 Ohio Law Abs. 518.", [cite("64", "Ohio Law. Abs.", "518")]],
  ["Roe v. Doe, 2009 Ct. Sup. 12345, 46 CLR 871.", [cite("2009", "Conn. Super. Ct.", "12345", "connsuperct"), cite("46", "Conn. L. Rptr.", "871", "connsuperct")]],
  ["Roe v. Doe, 12 Mass. L. Rptr. 493 (Mass. Super. Ct. 2000).", [cite("12", "Mass. L. Rptr.", "493", "masssuperct")]],
  ["Roe v. Dep't of Rev., 17 OTR 248, 252 (2003).", [cite("17", "Or. Tax", "248", "ortc")]],
  ["Roe v. Doe, 2005 NY Slip Op 25339.", [cite("2005", "NY Slip Op", "25339")]],
  ["Roe v. Doe, 2006 Del. LEXIS 32.", [cite("2006", "Del. LEXIS", "32", "del")]],
  ["Roe v. Doe, 2004 Tenn. Crim. App. LEXIS 12.", [cite("2004", "Tenn. Crim. App. LEXIS", "12", "tenncrimapp")]],
  ["Roe v. Doe, 1996 Mass. Super. LEXIS 706.", [cite("1996", "Mass. Super. LEXIS", "706", "masssuperct")]],
  ["Roe v. Doe, 1 Wils. 232, 95 Eng. Reprint 591.", [cite("1", "Wils.", "232"), cite("95", "Eng. Rep.", "591")]],
  ["Roe v. Doe, 12 App. Cas. 575; Poe v. Loe, 1 C.L.R. 91.", [cite("12", "App. Cas.", "575"), cite("1", "C.L.R.", "91")]],
  ["see 24 I.C.C. 606; 13 Op. Att'y Gen. 161.", [cite("24", "I.C.C.", "606"), cite("13", "Op. Att'y Gen.", "161")]],
  ["see 3 Opins. 56; 77 N.L.R.B. 1 (1948).", [cite("3", "Op. Att'y Gen.", "56"), cite("77", "N.L.R.B.", "1")]],
  ["Roe v. Doe, 1945 A.M.C. 493; In re Poe, 7 UCC Rep 748.", [cite("1945", "A.M.C.", "493"), cite("7", "U.C.C. Rep. Serv. (West)", "748")]],
  ["Roe v. Doe, 2 Race Rel. L. Rep. 810.", [cite("2", "Race Rel. L. Rep.", "810")]],
  ["Roe v. Doe, 2014 PA Super 12.", [cite("2014", "Pa. Super.", "12", "pasuperct")]],
  ["Roe v. Doe, 2011 Guam 3.", [cite("2011", "Guam", "3", "guam")]],
  ["Roe v. Doe, 2013 VI 5.", [cite("2013", "VI", "5", "vi")]],
  ["Roe v. Acme Co., 1997 AWCC 17.", [cite("1997", "AWCC", "17", "arkworkcompcom")]],
  ["Roe v. Acme Co., 45 Fair Empl. Prac. Cas. (BNA) 1234.", [cite("45", "Fair Empl. Prac. Cas. (BNA)", "1234")]],
  ["Roe v. Comm'r, 56 T.C.M. (CCH) 123.", [cite("56", "T.C.M.", "123", "tax")]],
  ["Roe v. Acme Co., 123 L.R.R.M. (BNA) 1234.", [cite("123", "L.R.R.M. (BNA)", "1234")]],
  ["Roe v. United States, 98 A.F.T.R.2d (RIA) 5678.", [cite("98", "A.F.T.R.2d (RIA)", "5678")]],
  ["Roe v. Sch. Dist., 164 Ed. Law Rep. 610.", [cite("164", "Educ. L. Rep.", "610")]],
  ["Matter of Roe, 29 I.&N. Dec. 103, 105.", [cite("29", "I. & N. Dec.", "103")]],
  ["Harding v. Alden, 9 Maine, 140.", [cite("9", "Me.", "140", "me")]],
];

test("tables: reporters and forms found missing in real opinions are read", () => {
  const misses = CASES.filter(([text, expected]) => JSON.stringify(cases(text)) !== JSON.stringify(expected)).map(([text]) => `${text} → ${JSON.stringify(cases(text))}`);
  assert.deepEqual(misses, []);
});

test("tables: every spelling of every edition is read as that edition", () => {
  const misses: string[] = [];
  for (const r of REPORTERS) {
    // A year the edition covers, so no spelling is read as another edition by its date.
    const year = r.end ?? (r.start !== null ? r.start + 1 : 2000);
    for (const spelling of [r.name, ...r.variants]) {
      // A spelling two editions share is read as the one its lookup or its year gives (an
      // edition's own name first): `How.` is Howard's Supreme Court reports, not Howard's
      // Mississippi reports. A volume is followed by a capital, so `p.2d` is not read at all.
      if (lookupReporter(spelling) !== r && editionForYear(spelling, year) !== r) continue;
      if (!/^[A-Z0-9]/.test(spelling)) continue;
      const found = cases(`See Roe v. Doe, 12 ${spelling} 345, 350 (${year}).`);
      if (found.length !== 1 || found[0][1] !== r.name || found[0][2] !== "345") misses.push(`${r.name} as ${spelling}: ${JSON.stringify(found)}`);
    }
  }
  assert.deepEqual(misses, []);
});

test("tables: every public-domain form is read with its court", () => {
  const misses: string[] = [];
  for (const f of NEUTRAL_FORMS) {
    // The token as printed: the first district where one varies, then the regex escapes dropped.
    const token = f.token.replace(/\(\?:([^|)]*)[^)]*\)/, "$1").replace(/\\/g, "");
    const text = f.style === "dash" ? `Roe v. Doe, 2019-${token}-12.` : f.style === "prefix" ? `Roe v. Comm'r, ${token} 2019-12.` : `Roe v. Doe, 2019 ${token} 12.`;
    const found = findCitations(text).filter((c) => c.kind === "case");
    if (found.length !== 1 || (found[0].court ?? null) !== f.court) misses.push(`${f.name}: ${text} → ${JSON.stringify(found.map((c) => [c.reporter, c.court]))}`);
  }
  assert.deepEqual(misses, []);
});

test("tables: text that looks like a new spelling but is not a citation yields no case", () => {
  const NOTHING = [
    "at 100 NE 42nd Street, Suite 1200 SW 8th Street",
    "Fed. R. Civ. P. 12(b)(6) governs",
    "65 Fed. Reg. 1234 (2000)",
    "42 Pa.C.S. § 5524",
    "on 1 April 1964 the parties met",
    "the 1995 Tex. Gen. Laws amendments",
    "she took 2 Mason jars and 3 Hun dollars",
    "In 2 Lea cases the court",
    "Opins. of counsel",
    "taken to the E.R. 3 times",
  ];
  for (const text of NOTHING) assert.deepEqual(cases(text), [], text);
});

test("tables: journals printed in small caps read as the journal", () => {
  const TABLE: [string, string][] = [
    ["19 VA. L. REV. 153", "Va. L. Rev."],
    ["100 HARV. L. REV. 1", "Harv. L. Rev."],
    ["3 U. OF CHI. L. REV. 141", "U. Chi. L. Rev."],
    ["45 L.Q. REV. 291", "L.Q. Rev."],
    ["80 Ill. B.J. 440", "Ill. B.J."],
    ["57 Notre Dame Law. 215", "Notre Dame Law."],
    ["24 Col. L. Rev. 528", "Colum. L. Rev."],
    ["22 Pol. Sci. Q. 385", "Pol. Sci. Q."],
    ["28 Cornell L.Q. 414", "Cornell L.Q."],
  ];
  for (const [text, journal] of TABLE) {
    const found = journalRecognizer.find({ text, emphasis: [] });
    assert.deepEqual(found.map((c) => [c.text, c.journal]), [[text, journal]], text);
  }
  for (const row of JOURNALS) assert.ok(row.variants.includes(row.journal.toUpperCase()) || row.journal === row.journal.toUpperCase(), row.journal);
});

test("tables: session laws and older compilations read as statutes", () => {
  const TABLE: [string, [string, string | null, string][]][] = [
    ["ch. 721, § 11, 1995 Tex. Gen. Laws 3812, 3814", [["Tex. Gen. Laws", "1995", "3812"]]],
    ["2001 Wash. Sess. Laws 123", [["Wash. Sess. Laws", "2001", "123"]]],
    ["1990 Cal. Stat. 1234", [["Cal. Stat.", "1990", "1234"]]],
    ["Ark. Stat. Ann. § 27-1729 (Repl. 1962)", [["Ark. Stat. Ann.", null, "27-1729"]]],
    ["22 Okla. St. Ann. §§ 961-963", [["O.S.", "22", "961-963"]]],
    ["Mich. Stat. Ann. § 27.246", [["Mich. Stat. Ann.", null, "27.246"]]],
    ["Mont. Rev. Codes Ann. § 94-35-122", [["Mont. Rev. Codes Ann.", null, "94-35-122"]]],
    ["Rem. Rev. Stat. § 162", [["Rem. Rev. Stat.", null, "162"]]],
    ["Tex. Pen. Code Ann. § 22.01", [["Tex. Penal Code", null, "22.01"]]],
    ["Me. Stat. tit. 32, § 2596", [["Me. Rev. Stat.", "32", "2596"]]],
    ["La. Stat. Ann. § 40:1079.1", [["La. Rev. Stat.", null, "40:1079.1"]]],
    ["La. Child. Code Ann. art. 502(5)", [["La. Child. Code", null, "502"]]],
    ["35 Pa. Stat. and Cons. Stat. § 10101.1(2)", [["Pa. Cons. Stat.", "35", "10101.1"]]],
  ];
  for (const [text, expected] of TABLE) {
    const found = statuteRecognizer.find({ text, emphasis: [] }).filter((c) => c.kind === "statute");
    assert.deepEqual(found.map((c) => [c.code, c.title ?? null, c.section]), expected, text);
  }
  assert.ok(STATUTE_CODES.some((r) => r.code === "Neb. Laws" && r.titled === "before"));
});

test("tables: state administrative codes read with their titles", () => {
  const TABLE: [string, [string, string | null, string]][] = [
    ["the rule at 18 CSR 10-4.010 applies", ["Mo. Code Regs.", "18", "10-4.010"]],
    ["19A N.C. Admin. Code 2E.0420 (2005)", ["N.C. Admin. Code", "19A", "2E.0420"]],
    ["Iowa Admin. Code r. 441-1.1", ["Iowa Admin. Code", null, "441-1.1"]],
    ["201 Ky. Admin. Regs. 1:010", ["Ky. Admin. Regs.", "201", "1:010"]],
    ["La. Admin. Code tit. 22, § 101", ["La. Admin. Code", "22", "101"]],
    ["COMAR 10.09.36.03", ["Md. Code Regs.", null, "10.09.36.03"]],
  ];
  for (const [text, expected] of TABLE) {
    const found = regulationRecognizer.find({ text, emphasis: [] });
    assert.deepEqual(found.map((c) => [c.code, c.title ?? null, c.section]), [expected], text);
  }
  // One key, two states (`201 KAR 1:010` is Kentucky's, `K.A.R. 28-19-1` Kansas's): neither is guessed.
  assert.deepEqual(regulationRecognizer.find({ text: "201 KAR 1:010", emphasis: [] }), []);
});

test("tables: court abbreviations added for the database cites", () => {
  const TABLE: [string, string][] = [
    ["D.C. App.", "dc"],
    ["Tenn. App.", "tennctapp"],
    ["S.C. App.", "scctapp"],
    ["Mass. Super. Ct.", "masssuperct"],
    ["R.I. Super.", "risuperct"],
  ];
  for (const [abbrev, id] of TABLE) assert.equal(courtFromCitation(abbrev), id, abbrev);
});
