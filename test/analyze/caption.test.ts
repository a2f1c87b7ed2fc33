import assert from "node:assert/strict";
import { test } from "node:test";
import { readCaption } from "../../src/analyze/caption.js";
import { read } from "../../src/read.js";
import { growth } from "../hostile/growth.js";
import { makeDocument, makeStamp } from "./factory.js";

const body = "\n\nPresently before the Court is the motion of the plaintiff, which the parties have fully briefed and which the Court now decides on the papers without oral argument for the reasons that follow in this order.";

interface Expect {
  court: string | null;
  normalized: string | null;
  title?: string;
  docketRefs?: string[];
  parties?: [string, string][];
}

const table: [string, Expect][] = [
  [
    "UNITED STATES DISTRICT COURT\n\nSOUTHERN DISTRICT OF CALIFORNIA\n\nJAMES LINLOR,\n\nPlaintiff,\n\nv.\n\nFUTERO, INC.; and DOES 1-9,\n\nDefendants.\n\nCase No.: 17cv218-MMA (BLM)\n\nORDER DENYING PLAINTIFF'S EX PARTE MOTION FOR MODIFICATION TO ORDER TO PERMIT INTERLOCUTORY APPEAL\n\n[Doc. No. 49]",
    { court: "casd", normalized: "3:17-cv-00218-MMA-BLM", title: "ORDER DENYING PLAINTIFF'S EX PARTE MOTION FOR MODIFICATION TO ORDER TO PERMIT INTERLOCUTORY APPEAL", docketRefs: ["49"], parties: [["James Linlor", "plaintiff"], ["Futero, Inc.", "defendant"], ["Does 1-9", "defendant"]] },
  ],
  [
    "IN THE UNITED STATES DISTRICT COURT\n\nFOR THE DISTRICT OF ARIZONA\n\nFriendly House, et al., ) No. CV 10-1061-PHX-SRB ) Plaintiffs, ) ORDER ) vs. ) ) Michael B. Whiting, et al., ) ) Defendants. )",
    { court: "azd", normalized: "2:10-cv-01061-SRB", title: "ORDER", parties: [["Friendly House", "plaintiff"], ["Michael B. Whiting", "defendant"]] },
  ],
  [
    "UNITED STATES DISTRICT COURT\n\nNORTHERN DISTRICT OF CALIFORNIA\n\nACME CORP.,\n\nPlaintiff,\n\nv.\n\nWIDGET LLC,\n\nDefendant.\n\nCase No. C 09-02306 CW\n\nORDER GRANTING IN PART AND DENYING IN PART MOTION TO DISMISS\n\nRe: Dkt. Nos. 12, 15",
    { court: "cand", normalized: "3:09-cv-02306-CW", docketRefs: ["12", "15"], parties: [["Acme Corp.", "plaintiff"], ["Widget LLC", "defendant"]] },
  ],
  [
    "UNITED STATES COURT OF APPEALS FOR THE NINTH CIRCUIT\n\nJANE ROE,\n\nPlaintiff-Appellant,\n\nv.\n\nCOUNTY OF ORANGE,\n\nDefendant-Appellee.\n\nNo. 17-55208\n\nMEMORANDUM",
    { court: "ca9", normalized: "17-55208", title: "MEMORANDUM", parties: [["Jane Roe", "appellant"], ["County of Orange", "appellee"]] },
  ],
  [
    "UNITED STATES DISTRICT COURT\n\nCENTRAL DISTRICT OF CALIFORNIA\n\nUNITED STATES OF AMERICA, Plaintiff, v. TENET HEALTHCARE CORP., Defendant.\n\nNo. CV 04-857 GAF (JTLx)\n\nMEMORANDUM AND ORDER RE: MOTION FOR CERTIFICATION (ECF Nos. 5, 7)",
    { court: "cacd", normalized: "2:04-cv-00857-GAF-JTL", docketRefs: ["5", "7"], parties: [["United States of America", "plaintiff"], ["Tenet Healthcare Corp.", "defendant"]] },
  ],
];

test("captions: court, case number, title, docket refs, parties", () => {
  for (const [head, x] of table) {
    const doc = makeDocument(head + body);
    const { caption, end } = readCaption(doc);
    assert.equal(caption.court?.id ?? null, x.court, head);
    assert.equal(caption.caseNumber?.normalized ?? null, x.normalized, head);
    if (x.title) assert.equal(caption.title, x.title, head);
    if (x.docketRefs) assert.deepEqual(caption.docketRefs, x.docketRefs, head);
    if (x.parties) assert.deepEqual(caption.parties.map((p) => [p.name, p.role]), x.parties, head);
    assert.ok(end <= head.length + 2, `caption zone ends before the body: ${head}`);
  }
});

const refs: [string, string[]][] = [
  ["[Doc. No. 49]", ["49"]],
  ["[ECF No. 12]", ["12"]],
  ["[Doc. Nos. 44, 46]", ["44", "46"]],
  ["(ECF Nos. 5, 7)", ["5", "7"]],
  ["[Dkt. 30]", ["30"]],
  ["Re: Dkt. No. 30", ["30"]],
  ["[Doc. No. 49-1]", ["49"]],
  ["(#1942)", ["1942"]],
];
test("docket references under the title", () => {
  for (const [ref, expected] of refs) {
    const doc = makeDocument(`UNITED STATES DISTRICT COURT\n\nSOUTHERN DISTRICT OF CALIFORNIA\n\nA B,\n\nPlaintiff,\n\nv.\n\nC D,\n\nDefendant.\n\nORDER DENYING MOTION\n\n${ref}${body}`);
    assert.deepEqual(readCaption(doc).caption.docketRefs, expected, ref);
  }
  // a docket number cited in the body is not what the order answers
  assert.deepEqual(readCaption(makeDocument(`UNITED STATES DISTRICT COURT\n\nSOUTHERN DISTRICT OF CALIFORNIA\n\nORDER${body} (Doc. No. 12.)`)).caption.docketRefs, []);
});

test("the stamp's office digit wins over the court's default", () => {
  const doc = makeDocument("UNITED STATES DISTRICT COURT\n\nSOUTHERN DISTRICT OF CALIFORNIA\n\nCase No.: 17cv218-MMA (BLM)" + body, { stamp: makeStamp("5:17-cv-00218-MMA-BLM") });
  assert.equal(readCaption(doc).caption.caseNumber?.normalized, "5:17-cv-00218-MMA-BLM");
});

test("no caption: nothing invented, the stamp gives the case number", () => {
  const plain = makeDocument("The parties met and conferred about the schedule and agreed to continue the hearing." + body);
  const c = readCaption(plain).caption;
  assert.equal(c.court, null);
  assert.equal(c.caseNumber, null);
  assert.deepEqual(c.parties, []);
  assert.deepEqual(c.docketRefs, []);
  const stamped = makeDocument(plain.text, { stamp: makeStamp("2:06-cv-01963-DDP-PLA") });
  assert.equal(readCaption(stamped).caption.caseNumber?.normalized, "2:06-cv-01963-DDP-PLA");
});

test("a page extract without its caption takes the court from the stamp's form", () => {
  const doc = makeDocument("The parties met and conferred about the schedule and agreed to continue the hearing." + body, {
    stamp: makeStamp("17-2218", { raw: "Appeal: 17-2218 Doc: 17 Filed: 10/31/2017 Pg: 1 of 1" }),
  });
  assert.equal(readCaption(doc).caption.court?.id, "ca4");
});

// column layouts: the title runs beside the party column over several lines
const columns: [string, Expect][] = [
  [
    "UNITED STATES DISTRICT COURT CENTRAL DISTRICT OF CALIFORNIA\n\nMARY ROE and PETER POE CASE NO. CV 19-01234 ABC on behalf of themselves and of those similarly situated, ORDER CONDITIONALLY\n\nGRANTING PARTIES’\n\nPlaintiffs, JOINT STIPULATION vs.\n\nACME CORP., a Delaware corporation,\n\nDefendant.",
    { court: "cacd", normalized: "2:19-cv-01234-ABC", title: "ORDER CONDITIONALLY GRANTING PARTIES’ JOINT STIPULATION", parties: [["Mary Roe", "plaintiff"], ["Peter Poe", "plaintiff"], ["Acme Corp.", "defendant"]] },
  ],
  [
    "UNITED STATES DISTRICT COURT\n\nCENTRAL DISTRICT OF CALIFORNIA\n\nGLOBEX COMPANY, Case No. CV 18 04321 XYZ (ABx)\n\nORDER DENYING DEFENDANT'S MOTION\n\nPlaintiff, TO COMPEL ARBITRATION OF\n\nCLAIMS\n\nv. INITECH, INC.,\n\nDefendant.",
    { court: "cacd", normalized: null, title: "ORDER DENYING DEFENDANT'S MOTION TO COMPEL ARBITRATION OF CLAIMS", parties: [["Globex Company", "plaintiff"], ["Initech, Inc.", "defendant"]] },
  ],
  [
    "UNITED STATES DISTRICT COURT NORTHERN DISTRICT OF CALIFORNIA\n\nNORTHWIND TRADERS, INC., Case No. 4:21-cv-01234-ABC\n\nORDER GRANTING PLAINTIFF’S\n\nPlaintiff,\n\nMOTION FOR SUMMARY JUDGMENT\n\nv.\n\nRe: Dkt. No. 40\n\nCONTOSO LLC,\n\nDefendant.",
    { court: "cand", normalized: "4:21-cv-01234-ABC", title: "ORDER GRANTING PLAINTIFF’S MOTION FOR SUMMARY JUDGMENT", parties: [["Northwind Traders, Inc.", "plaintiff"], ["Contoso LLC", "defendant"]] },
  ],
  [
    "UNITED STATES DISTRICT COURT CENTRAL DISTRICT OF CALIFORNIA\n\nCase No.: 5:22-cv-00456-ABC-DE RAY K., et al.,\n\nPlaintiffs, ORDER GRANTING IN PART\n\nDEFENDANTS’ MOTION TO DISMISS\n\nv. [ECF NOS. 4–7]\n\nPAT LEE, et al., Defendants.",
    { court: "cacd", normalized: "5:22-cv-00456-ABC-DE", title: "ORDER GRANTING IN PART DEFENDANTS’ MOTION TO DISMISS", parties: [["Ray K.", "plaintiff"], ["Pat Lee", "defendant"]] },
  ],
  [
    "UNITED STATES DISTRICT COURT CENTRAL DISTRICT OF CALIFORNIA CIVIL MINUTES - GENERAL\n\nCase No. CV19-01234-ABC(DEx) Date May 1, 2019 Title JANE POE v. WIDGETCO, INC., ETC.; ET AL.\n\nPresent: The Honorable ALICE B. CORTEZ, UNITED STATES DISTRICT JUDGE\n\nAttorneys Present for Plaintiffs: Attorneys Present for Defendants: Not Present Not Present",
    { court: "cacd", normalized: "2:19-cv-01234-ABC-DE", parties: [["Jane Poe", "plaintiff"], ["Widgetco, Inc.", "defendant"]] },
  ],
];

test("column layouts: a title over several lines, parties beside it, a minutes form's Title line", () => {
  for (const [head, x] of columns) {
    const { caption } = readCaption(makeDocument(head + body));
    assert.equal(caption.court?.id ?? null, x.court, head);
    if (x.normalized) assert.equal(caption.caseNumber?.normalized ?? null, x.normalized, head);
    if (x.title) assert.equal(caption.title, x.title, head);
    assert.deepEqual(caption.parties.map((p) => [p.name, p.role]), x.parties, head);
  }
});

test("a party name after the title does not carry the title on", () => {
  const cases: [string, string][] = [
    ["UNITED STATES DISTRICT COURT\n\nDISTRICT OF NEVADA\n\nORDER\n\nSTERLING BANK,\n\nPlaintiff,\n\nv.\n\nKING FARMS LLC,\n\nDefendant.", "ORDER"],
    ["UNITED STATES DISTRICT COURT\n\nDISTRICT OF NEVADA\n\nORDER GRANTING MOTION TO DISMISS\n\nREDDING HOLDINGS,\n\nPlaintiff,", "ORDER GRANTING MOTION TO DISMISS"],
  ];
  for (const [head, title] of cases) assert.equal(readCaption(makeDocument(head + body)).caption.title, title, head);
});

test("a court heading the court table does not know still heads the caption, not the first party", () => {
  const head = "IN THE SUPERIOR COURT OF WESTLAKE COUNTY\n\nKEALA NUI, et al.,\n\nPlaintiffs,\n\nvs.\n\nJOHN ROE, et al.,\n\nDefendants.";
  assert.deepEqual(readCaption(makeDocument(head + body)).caption.parties.map((p) => [p.name, p.role]), [["Keala Nui", "plaintiff"], ["John Roe", "defendant"]]);
  // a cover sheet's court line before the caption's own court line is not the heading
  const fax = "SUPERIOR COURT OF WESTLAKE COUNTY\n\n100 Main Avenue, Suite 4\n\nIN THE SUPERIOR COURT OF WESTLAKE COUNTY\n\nMARA LUZ,\n\nPlaintiff,\n\nv.\n\nTHE STATE OF WESTLAKE,\n\nDefendant.";
  assert.deepEqual(readCaption(makeDocument(fax + body)).caption.parties.map((p) => [p.name, p.role]), [["Mara Luz", "plaintiff"], ["The State of Westlake", "defendant"]]);
});

test("a reprint's heading past the caption is the title: its own paragraph, or run into a column of prose", async () => {
  const { headingTitle } = await import("../../src/analyze/caption.js");
  const { authorLines } = await import("../../src/analyze/judge.js");
  const title = (text: string) => {
    const parts = headingTitle(text, authorLines(text)[0]?.start ?? null);
    return parts ? parts.map((p) => text.slice(p.start, p.end)).join(" ") : null;
  };
  const cases: [string, string | null][] = [
    ["Ann Roe, Legal Aid, for plaintiffs.\n\nMEMORANDUM OPINION AND ORDER\n\nQUINCE, District Judge.\n\nThe plaintiffs move for relief.", "MEMORANDUM OPINION AND ORDER"],
    ["Counsel for appellee.\n\nOPINION OF THE COURT\n\nBRIX, Circuit Judge. This appeal asks whether the rule applies.", "OPINION OF THE COURT"],
    // a heading broken across a two-column layer, the other column's prose between its pieces
    ["The motion was argued in May and the\n\nORDER GRANTING IN PART AND DENYING IN\n\ncourt took the matter under advisement after\n\nPART THE PLAINTIFFS’ MOTION FOR FEES\n\nhearing from both sides on the record.", "ORDER GRANTING IN PART AND DENYING IN PART THE PLAINTIFFS’ MOTION FOR FEES"],
    // … set line by line between the other column's lines: once interleaved, a piece that no word marks as cut goes on too,
    // up to the body's first section heading or the author line
    ["The motion was argued in May and the\n\nORDER GRANTING IN PART AND DENYING IN\n\ncourt took the matter under advisement after\n\nPART THE PLAINTIFFS’ TWELFTH\n\nhearing from both sides on the record.\n\nINTERIM APPLICATION FOR FEES\n\nThe fees sought are large.\n\nI. BACKGROUND\n\nThe case began long ago.", "ORDER GRANTING IN PART AND DENYING IN PART THE PLAINTIFFS’ TWELFTH INTERIM APPLICATION FOR FEES"],
    // the nearest heading before the author line is the last piece of a longer one ("… MOTION FOR SUMMARY" / "JUDGMENT")
    ["Counsel for both sides.\n\nThe suit followed an earlier one\n\nOPINION AND ORDER (1) DENYING PLAINTIFF’S\n\nbrought by the same pastor in the\n\nMOTION FOR SUMMARY JUDGMENT, and (2) GRANTING\n\nprior year, which was dismissed.\n\nDEFENDANTS’ MOTION FOR SUMMARY\n\nThe present action followed.\n\nJUDGMENT\n\nthe next day.\n\nRAMOS, District Judge.\n\nThe motions are decided.", "OPINION AND ORDER (1) DENYING PLAINTIFF’S MOTION FOR SUMMARY JUDGMENT, and (2) GRANTING DEFENDANTS’ MOTION FOR SUMMARY JUDGMENT"],
    ["Counsel for the movant.\n\nNOTICE OF MOTION\n\nMEMORANDUM OF POINTS AND AUTHORITIES\n\nThe movant asks for relief.", "NOTICE OF MOTION"],
    ["Counsel for the plaintiffs.\n\nRULING ON MOTION TO COMPEL RETURN OF\n\nletters from counsel to the other side, and\n\nDOCUMENTS\n\nthe replies that came after them.\n\nMORROW, Senior District Judge.\n\nThis ruling decides the motion.", "RULING ON MOTION TO COMPEL RETURN OF DOCUMENTS"],
    ["The complaint alleges a traffic stop on a county road late at night. ".repeat(4) + "the officer saw the van traveling OPINION at a low speed and weaving, HOLLIS, District Judge. After the stop", "OPINION"],
    // a section heading deep in the body is not the title
    ["The plaintiffs sued in 2019. ".repeat(400) + "\n\nORDER\n\nThe motion is denied.", null],
  ];
  for (const [text, want] of cases) assert.equal(title(text), want, text.slice(0, 80));
});

test("a second court heading under a clerk's stamp is no party's line", () => {
  const text = "United States District Court Southern District of Texas\n\nENTERED\n\nMarch 3, 2020\n\nUNITED STATES DISTRICT COURT\n\nSOUTHERN DISTRICT OF TEXAS Ann Roe, Clerk\n\nHOUSTON DIVISION\n\nMARA QUILL §\n\n§ Plaintiff. §\n\n§ VS. § CIVIL ACTION NO. 4:19-CV-00123\n\n§\n\nOTTO BRAND §\n\n§ Defendant. §\n\nORDER\n\nPending before the Court is the motion.";
  const { caption } = readCaption(makeDocument(text));
  assert.deepEqual(caption.parties.map((p) => [p.name, p.role]), [["Mara Quill", "plaintiff"], ["Otto Brand", "defendant"]]);
});

test("parties of layouts without commas, with offices, panels and a reprint run into prose", () => {
  const parties = (text: string) => readCaption(makeDocument(text)).caption.parties.map((p) => [p.name, p.role]);
  const cases: [string, [string, string][]][] = [
    // the right column's role word in capitals, the names read like prose
    [
      "IN THE UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF ARKANSAS\n\nPAULA QUIRK PLAINTIFF\n\nv. No. 4:11CV00077 ABC\nSTATE OF NEVERLAND; OTTO VANE, Director of the Neverland Department of Roads, in his official capacity only; and LENA MARSH, Superintendent of the Neverland Home, in her official capacity only DEFENDANTS\n\nOPINION AND ORDER\n\nThe plaintiff brought this action under the statute, and the Court now decides the motion that is pending before it today.",
      [["Paula Quirk", "plaintiff"], ["State of Neverland", "defendant"], ["Otto Vane", "defendant"], ["Lena Marsh", "defendant"]],
    ],
    // an appellate order's panel before the parties; a compound role run into the next line
    [
      "UNITED STATES COURT OF APPEALS FOR THE SEVENTH CIRCUIT\n\nORDER\n\nBefore ANN ROE, Circuit Judge BOB LEE, Circuit Judge ACME COLLEGE, Plaintiff - Appellant v. No.: 19-1234 JOHN QUILL, Secretary of Labor, et al., Defendants - Appellees Originating Case Information: District Court No: 1:19-cv-00001",
      [["Acme College", "appellant"], ["John Quill", "appellee"]],
    ],
    // a reprint's caption interleaved with its other column's prose
    [
      "Only the Westlaw citation is currently available. United States District Court, N.D. Illinois, Eastern Division.\n\nthe board voted to close the school, and the Paul R. QUINCE, Plaintiff, teacher sued in the county court for his v. job back. The court held that the\n\nBOARD OF EDUCATION OF WESTVILLE, Defendant. dismissal was lawful under the rule\n\nNo. 70 C 1234.\n\nMarch 3, 1970.",
      [["Paul R. Quince", "plaintiff"], ["Board of Education of Westville", "defendant"]],
    ],
  ];
  for (const [text, want] of cases) assert.deepEqual(parties(text), want, text.slice(0, 60));
});

test("captions of caption2: colon columns, a judge's designation, role-less sides, letter-spaced headings", () => {
  const cases: [string, [string, string][], string | null][] = [
    // a colon column rule beside the names, a note on the number in parentheses
    [
      "IN THE UNITED STATES DISTRICT COURT\n\nFOR THE EASTERN DISTRICT OF PENNSYLVANIA\n\nMARTA QUILL, et al., :\n\nPlaintiffs, : No. 2:21-cv-00417\n\n: (consol. w/ 2:21-cv-00418)\n\nv. :\n\nTOWN OF ELMHURST; and OSCAR : VANE, in his official capacity, :\n\nDefendants. :",
      [["Marta Quill", "plaintiff"], ["Town of Elmhurst", "defendant"], ["Oscar Vane", "defendant"]],
      null,
    ],
    // the presiding judge's name in the right column, run into the next side's first line
    [
      "UNITED STATES DISTRICT COURT\n\nMIDDLE DISTRICT OF TENNESSEE\n\nHARBOR LEAGUE, ) Plaintiff, )\n\nv. ) No. 3:11-0042\n\n) JUDGE MARLOWE GREYSTONE TRAINING ) CENTER, et al., ) Defendants. )",
      [["Harbor League", "plaintiff"], ["Greystone Training Center", "defendant"]],
      null,
    ],
    // an appellate caption whose first side has no role word; the other side names its appeal
    [
      "UNITED STATES COURT OF APPEALS FOR THE THIRD CIRCUIT\n\nNos. 11-1234 & 11-1299\n\nDORA PENN\n\nv.\n\nBOARD OF TRUSTEES OF THE TOWN OF LAKE; WARDEN IVO STARK, Appellants in 11-1234",
      [["Dora Penn", "appellee"], ["Board of Trustees of the Town of Lake", "appellant"], ["Warden Ivo Stark", "appellant"]],
      null,
    ],
    // no role words at all: a petition for certiorari names petitioner and respondent
    [
      "OHIO ET AL. v. WALTER K. BRIGGS ET AL.\n\nNo. 01-884.\n\nSUPREME COURT OF THE UNITED STATES\n\nON PETITION FOR WRIT OF CERTIORARI",
      [["Ohio", "petitioner"], ["Walter K. Briggs", "respondent"]],
      null,
    ],
    // … and a state court's caption over three lines, with "& others", plaintiff and defendant
    [
      "998 Mass. 101 (1990)\n[1]\nNORA KEANE & others\nvs.\n\n[2]\nSHERIFF OF PLYMOUTH COUNTY & another.\n\nSupreme Judicial Court of Massachusetts, Suffolk.",
      [["Nora Keane", "plaintiff"], ["Sheriff of Plymouth County", "defendant"]],
      null,
    ],
    // a dashed rule and "- against -" around the names; a cover sheet's bare "ORDER" gives way to the caption's title
    [
      "UNITED STATES DISTRICT COURT\n\nSOUTHERN DISTRICT OF NEW YORK DATE FILED: May 2, 2011 - - - - - - - - - - -x\n\n:\n\nDR. IRIS LAMB,\n\n:\n\nPlaintiff, 09 Civ. 1234 (ABC)\n\n- against - ORDER\n:\n\nTHE TOWN OF RYE, OFFICER\n\nDALE PIKE, :\n\nDefendants.",
      [["Dr. Iris Lamb", "plaintiff"], ["The Town of Rye", "defendant"], ["Officer Dale Pike", "defendant"]],
      "ORDER",
    ],
    [
      "SUPERIOR COURT OF CALIFORNIA COUNTY OF MARIN\n\nDocument Scanning Lead Sheet\n\nORDER\n\nSUPERIOR COURT OF CALIFORNIA COUNTY OF MARIN\n\nDepartment 12 LOUISE TARN, et al., Case Number: CPF-10-100200 Petitioners,\n\nvs. ORDER GRANTING MOTION TO TRANSFER\n\nCOUNTY OF MARIN\n\nRespondents.",
      [["Louise Tarn", "petitioner"], ["County of Marin", "respondent"]],
      "ORDER GRANTING MOTION TO TRANSFER",
    ],
    // a heading printed letter by letter
    ["IN THE UNITED STATES DISTRICT COURT\n\nFOR THE NORTHERN DISTRICT OF OKLAHOMA\n\nLENA ROOK, Plaintiffs, v. CARL MINT, Defendants.\n\nO P I N I O N A N D O R D E R", [["Lena Rook", "plaintiff"], ["Carl Mint", "defendant"]], "OPINION AND ORDER"],
  ];
  for (const [head, parties, title] of cases) {
    const { caption } = readCaption(makeDocument(head + body));
    assert.deepEqual(caption.parties.map((p) => [p.name, p.role]), parties, head);
    if (title) assert.equal(caption.title, title, head);
  }
});

test("a two-column print's caption set line by line between the other column's prose; a body sued with its officer", async () => {
  // the left column's caption and the right column's synopsis alternate line by line, as a text
  // layer reads a print whose columns sit on different baselines
  const text = [
    "Only the Westlaw citation is currently available.",
    "United States District Court,",
    "plaintiff's request for a permit was refused when",
    "D. Vermont, Central Division.",
    "the town adopted its ordinance; plaintiff's motion",
    "Ivo MARSH, Plaintiff,",
    "v.",
    "denied and the defendants' motion granted.",
    "TOWN OF ELMWOOD and Chief of Police Dora",
    "Counsel for the town, Peter Vane, filed a",
    "Quill, Defendants.",
    "application on March 2, 2011. (Dkt. 12.) Mr.",
    "No. 2:10-cv-00123",
    "|",
    "Signed 04/11/2011",
    "",
    "OPINION AND ORDER",
    "",
    "The plaintiff asks the Court to enjoin the ordinance. For the reasons below, the motion is denied.",
  ].join("\n");
  const reading = await read({ path: "print.txt", bytes: new TextEncoder().encode(text) });
  assert.deepEqual(reading.caption.parties.map((p) => [p.name, p.role]), [["Ivo Marsh", "plaintiff"], ["Town of Elmwood", "defendant"], ["Chief of Police Dora Quill", "defendant"]]);
  // the labelled date under the bar, not the other column's "on March 2, 2011."
  assert.equal(reading.date, "2011-04-11");
});

test("a page under a 'Cite as' line sets its number among the headnotes' lines, past the first lines", () => {
  const headnotes = "1. Schools <3=>13\nA college's policy of testing every student was a search.\n".repeat(30);
  const text = `ROE v. STATE COLLEGE 901\nCite as 999 F.3d 901 (8th Cir. 2016)\n${headnotes}Ada ROE, Plaintiff-Appellee,\nv.\nSTATE COLLEGE, Defendant-Appellant.\nNo. 14-2468\nthe students sued. Submitted: May 1, 2016\nThe district court agreed. Filed: June 2, 2016\nThe appeal is decided.`;
  assert.ok(text.indexOf("No. 14-2468") > 1500);
  // (no court line: the court comes from the "Cite as" line)
  assert.equal(readCaption(makeDocument(text)).caption.court?.from, "cite-as");
  assert.equal(readCaption(makeDocument(text)).caption.caseNumber?.raw, "14-2468");
});

test("a caption whose names read like prose through its formulae is still caption", () => {
  const text = [
    "UNITED STATES DISTRICT COURT FOR THE DISTRICT OF NEVADA",
    "",
    "ALMA REED, OSCAR REED by his next friend, Lia Reed, TONI VALE, and PERRY HOLT by his next friend, Ned Holt, on behalf of themselves and all others similarly situated,",
    "",
    "Plaintiffs,",
    "",
    "v.",
    "",
    "GRANT COLE, in his official capacity as Director, Nevada Office of Rural Care, and the NEVADA OFFICE OF RURAL CARE,",
    "",
    "Defendants.",
    "",
    "ORDER",
    "",
    "Presently before the Court is the motion of the plaintiffs, which the parties have fully briefed and which the Court now decides on the papers without oral argument for the reasons that follow.",
  ].join("\n");
  const parties = readCaption(makeDocument(text)).caption.parties.map((p) => [p.name, p.role]);
  assert.deepEqual(parties, [["Alma Reed", "plaintiff"], ["Oscar Reed", "plaintiff"], ["Toni Vale", "plaintiff"], ["Perry Holt", "plaintiff"], ["Grant Cole", "defendant"], ["Nevada Office of Rural Care", "defendant"]]);
});

test("a consolidated caption's other numbers are no part of a name; the lead number and the court appealed from", () => {
  const text = "UNITED STATES DISTRICT COURT\n\nEASTERN DISTRICT OF NEW YORK\n\n--------------------------- x ROSA LANE, Plaintiffs, -against- 04 CV 1201 (ABC) OTIS HART, et al., Defendants. --------------------------- x PIA MOSS, Plaintiffs, -against-04 CV 3302 (ABC) OTIS HART, et al., Defendants. --------------------------- x" + body;
  const reading = readCaption(makeDocument(text, { stamp: makeStamp("1:04-cv-01201-ABC") })).caption;
  assert.deepEqual(reading.parties.map((p) => p.name), ["Rosa Lane", "Otis Hart", "Pia Moss"]);
  // the circuit's own number, not the district number of the court appealed from that the stamp repeats
  const appeal = "UNITED STATES COURT OF APPEALS\n\nFOR THE EIGHTH CIRCUIT\n\nNo: 19-2204\n\nIvy Dorn, Plaintiff - Appellee v. Ed Vick, Defendant - Appellant\n\nAppeal from U.S. District Court for the Western District of Missouri - Kansas City (4:18-cv-00777-ABC)" + body;
  assert.equal(readCaption(makeDocument(appeal, { stamp: makeStamp("4:18-cv-00777-ABC") })).caption.caseNumber?.raw, "19-2204");
  const consolidated = "United States Court of Appeals\n\nFOR THE DISTRICT OF COLUMBIA CIRCUIT\n\nNo. 25-5101 September Term, 2024\n\nAna Lind, Appellee v. Bo Park, Appellant ------ Consolidated with 25-5102" + body;
  assert.equal(readCaption(makeDocument(consolidated, { stamp: makeStamp("25-5102", { raw: "USCA Case #25-5102 Document #2100000 Filed: 03/28/2025 Page 1 of 9" }) })).caption.caseNumber?.raw, "25-5101");
});

test("the caption's print of the stamp's case is normalized from the stamp's fuller form", () => {
  const text = "UNITED STATES DISTRICT COURT\n\nMIDDLE DISTRICT OF FLORIDA\n\nANN ROE, Plaintiff, v. BEN POE, Defendant.\n\nCase No. 91-411-Civ-T-17C" + body;
  const cn = readCaption(makeDocument(text, { stamp: makeStamp("8:91-cv-00411-EAK") })).caption.caseNumber;
  assert.equal(cn?.raw, "91-411");
  assert.equal(cn?.normalized, "8:91-cv-00411-EAK");
});

test("a title set inline beside the party column takes whole words only", () => {
  const text = "UNITED STATES COURT OF APPEALS FOR THE NINTH CIRCUIT\n\nA.B., by her next friend Cy Dee, Plaintiffs-Appellees, OPINION Plaintiffs-Appellees, v. EVE FOX, Defendant-Appellant." + body;
  assert.equal(readCaption(makeDocument(text)).caption.title, "OPINION");
});

test("the caption's formulae and other cases' numbers stay linear on hostile text", async () => {
  const units = ["on behalf of all others similarly situated in his official capacity as ", "Appeal from Consolidated with 04 CV 1201 (ABC) D.C. No. 19-2204 "];
  for (const unit of units) {
    const g = await growth((n) => makeDocument(`UNITED STATES DISTRICT COURT\n\n${unit.repeat(n)}`), (d) => readCaption(d), 60);
    assert.ok(g.ratio < g.bound, `${JSON.stringify(unit)}: ${g.ratio.toFixed(1)}× for 8× the text`);
  }
});

test("a state court's Westlaw print, its caption run together with the other column, names its parties from under its court line", async () => {
  const text = [
    "Roe v. Board of Trustees, 12 Ill.2d 345 (1961)",
    "the board's decision was affirmed, and plaintiff Roe took 12 Ill.2d 345",
    "a further appeal to this court. Supreme Court of Illinois.",
    "He was dismissed after writing a letter to the Nina T. ROE, Appellant, editor of the local paper about the board v.",
    "BOARD OF TRUSTEES OF ELM COUNTY, Appellee.",
    "No. 31122. the letter was printed, and the defendant, its trustees, met | Jan. 9, 1961.",
    "Synopsis",
    "Teacher was dismissed by the board. The Circuit Court affirmed, and the teacher appealed.",
    "Opinion",
    "The order of the circuit court is affirmed, as the defendant board did not abuse its discretion.",
  ].join("\n\n");
  const reading = await read({ path: "print.txt", bytes: new TextEncoder().encode(text) });
  assert.deepEqual(reading.caption.parties.map((p) => [p.name, p.role]), [["Nina T. ROE", "appellant"], ["Board of Trustees of Elm County", "appellee"]]);
  // without a Westlaw print's marks no such reading is tried, and a sentence run into a name is no name
  const plain = await read({ path: "plain.txt", bytes: new TextEncoder().encode(text.replace("Synopsis", "Summary")) });
  assert.deepEqual(plain.caption.parties.map((p) => p.name), ["Board of Trustees of Elm County"]);
});
