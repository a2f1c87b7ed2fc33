import assert from "node:assert/strict";
import { test } from "node:test";
import { findRulings, isRecommendation, titleRuling } from "../../src/analyze/rulings.js";
import { requestTypeOf } from "../../src/analyze/requestTypes.js";
import { sentences } from "../../src/analyze/sentences.js";
import { read } from "../../src/read.js";
import type { Ruling } from "../../src/model/types.js";

/** What one ruling must say; `request` is checked only when given. */
interface Expect {
  disposition: string;
  requestType: string;
  docket: string[];
  recommended: boolean;
  request?: string;
}

const rec = (disposition: string, requestType: string, docket: string[] = [], request?: string): Expect => ({ disposition, requestType, docket, recommended: true, request });
const decided = (disposition: string, requestType: string, docket: string[] = [], request?: string): Expect => ({ disposition, requestType, docket, recommended: false, request });

/** Rulings of `text` read as a report and recommendation (or, with `report: false`, as an order). */
function rulingsOf(text: string, opts: { report?: boolean; title?: string } = {}): Ruling[] {
  return findRulings(sentences(text), { text, citations: [], footnotes: [], docketRefs: [], title: opts.title ?? null, recommendation: opts.report });
}

function check(text: string, got: Ruling[], expected: Expect[]) {
  assert.equal(got.length, expected.length, `${text}\n${JSON.stringify(got, null, 1)}`);
  expected.forEach((x, i) => {
    assert.equal(got[i].disposition, x.disposition, text);
    assert.equal(got[i].requestType, x.requestType, text);
    assert.deepEqual(got[i].motion.docket, x.docket, text);
    assert.equal(got[i].recommended ?? false, x.recommended, text);
    // the flag is set only on recommendations, never written as false
    if (!x.recommended) assert.equal("recommended" in got[i], false, text);
    if (x.request !== undefined) assert.equal(got[i].request, x.request, text);
  });
}

// what a magistrate judge recommends, in the words reports use
const recommendations: [string, Expect[]][] = [
  ["Accordingly, the undersigned RECOMMENDS that Defendant's Motion to Dismiss (ECF No. 12) be GRANTED.", [rec("granted", "dismissal", ["12"], "Defendant's Motion to Dismiss (ECF No. 12)")]],
  ["IT IS RECOMMENDED that the motion (Doc. 20) be DENIED without prejudice.", [rec("denied-without-prejudice", "other", ["20"], "the motion (Doc. 20)")]],
  ["Based on the foregoing, it is respectfully recommended that plaintiff's motion for summary judgment be granted in part and denied in part.", [rec("granted-in-part", "summary-judgment", [], "plaintiff's motion for summary judgment")]],
  ["For these reasons, the Court should GRANT the motion to dismiss.", [rec("granted", "dismissal", [], "the motion to dismiss")]],
  ["I recommend that the petition be dismissed with prejudice.", [rec("dismissed", "other", [], "the petition")]],
  ["RECOMMENDATION: Plaintiff's motion to remand (ECF No. 8) be DENIED AS MOOT.", [rec("denied-as-moot", "remand", ["8"])]],
  ["Accordingly, the Court recommends Plaintiffs' Amended Motion for Class Certification (Dkt. 78) be denied.", [rec("denied", "class-certification", ["78"], "Plaintiffs' Amended Motion for Class Certification (Dkt. 78)")]],
  ["The undersigned therefore RECOMMENDS that the Court GRANT Defendant's Motion for Summary Judgment (ECF No. 40) and DISMISS this action with prejudice.", [rec("granted", "summary-judgment", ["40"]), rec("dismissed", "other", ["40"], "this action")]],
  ["The undersigned recommends dismissal of this action without prejudice for failure to prosecute.", [rec("dismissed", "other", [], "this action")]],
  ["For the reasons above, Defendants' motion for judgment on the pleadings should be DENIED.", [rec("denied", "judgment-on-pleadings", [], "Defendants' motion for judgment on the pleadings")]],
  ["It is further recommended that a certificate of appealability be denied.", [rec("denied", "certificate-of-appealability", [], "a certificate of appealability")]],
  ["IT IS THEREFORE RECOMMENDED that the Petition for Writ of Habeas Corpus (Doc. 1) be DENIED and DISMISSED WITH PREJUDICE.", [rec("denied", "habeas", ["1"])]],
  ["The Magistrate Judge recommends that the District Judge deny Plaintiff's motion for a preliminary injunction (Doc. 15).", [rec("denied", "preliminary-injunction", ["15"])]],
  ["I respectfully recommend granting Defendant's unopposed motion to stay discovery (ECF No. 22).", [rec("granted", "stay", ["22"])]],
  ["It is hereby recommended that Plaintiff's motion for default judgment (ECF No. 18) be GRANTED IN PART.", [rec("granted-in-part", "default-judgment", ["18"])]],
  ["The undersigned RECOMMENDS that the Commissioner's decision be AFFIRMED.", [rec("affirmed", "other", [], "the Commissioner's decision")]],
  ["The undersigned recommends that Defendant's motion to compel arbitration (Dkt. 9) be granted, and that the case be stayed.", [rec("granted", "compel", ["9"])]],
  ["The undersigned recommends that the District Judge enter an order granting Defendant's motion to dismiss (ECF No. 9).", [rec("granted", "dismissal", ["9"])]],
  ["The undersigned recommends that the District Court adopt this Report and Recommendation and grant the motion to stay (ECF No. 4).", [rec("granted", "stay", ["4"], "the motion to stay (ECF No. 4)")]],
  ["I recommend the Court deny the motion.", [rec("denied", "other", [], "the motion")]],
  ["IT IS, THEREFORE, RECOMMENDED that the motion to transfer be DENIED.", [rec("denied", "transfer")]],
  [
    "Based upon the foregoing, IT IS HEREBY RECOMMENDED that: 1. Defendant's Motion to Dismiss [10] be GRANTED; and 2. This matter be DISMISSED WITH PREJUDICE.",
    [rec("granted", "dismissal", ["10"]), rec("dismissed", "other", [], "This matter")],
  ],
  [
    "IT IS RECOMMENDED that Defendants' motion for summary judgment (ECF No. 30) be GRANTED as to Plaintiff's retaliation claim and DENIED as to his excessive force claim.",
    [rec("granted-in-part", "summary-judgment", ["30"], "Defendants' motion for summary judgment (ECF No. 30)")],
  ],
  ["IT IS RECOMMENDED that Defendants' motion be GRANTED and Plaintiff's cross-motion be DENIED.", [rec("granted", "other", [], "Defendants' motion"), rec("denied", "other", [], "Plaintiff's cross-motion")]],
  // a report may also decide a non-dispositive motion itself
  ["Plaintiff's motion for appointment of counsel (ECF No. 30) is DENIED.", [decided("denied", "appointment-of-counsel", ["30"])]],
];

test("what a report and recommendation recommends becomes a recommended ruling", () => {
  for (const [text, expected] of recommendations) check(text, rulingsOf(text, { report: true }), expected);
});

// a district judge's review of a report, and of objections to it
const reviews: [string, Expect[]][] = [
  ["The Report and Recommendation (Doc. 30) is ADOPTED.", [decided("adopted", "other", ["30"])]],
  ["The Court ACCEPTS and ADOPTS the recommendation of the Magistrate Judge (ECF No. 40) in its entirety.", [decided("adopted", "other", ["40"])]],
  ["Plaintiff's objections (ECF No. 25) are SUSTAINED in part.", [decided("sustained-in-part", "other", ["25"])]],
  ["Accordingly, the objections are OVERRULED.", [decided("overruled", "other", [], "the objections")]],
  ["IT IS ORDERED that the findings and recommendations filed June 1, 2020 (ECF No. 30) are adopted in full.", [decided("adopted", "other", ["30"])]],
  ["The Report and Recommendation is ADOPTED IN PART and REJECTED IN PART.", [decided("adopted-in-part", "other")]],
  ["The Court REJECTS the Report and Recommendation (ECF No. 51).", [decided("rejected", "other", ["51"])]],
  ["The Court declines to adopt the Magistrate Judge's Report and Recommendation.", [decided("rejected", "other")]],
  ["The Report and Recommendation (Dkt. 61) is ADOPTED as modified herein.", [decided("modified", "other", ["61"])]],
  ["Plaintiff's objections are OVERRULED, the R&R is ADOPTED, and Defendant's motion to dismiss is GRANTED.", [decided("overruled", "other", [], "Plaintiff's objections"), decided("adopted", "other", [], "the R&R"), decided("granted", "dismissal")]],
  ["The R & R (Doc. 30) is ADOPTED in part.", [decided("adopted-in-part", "other", ["30"])]],
  [
    "The Court OVERRULES Defendant's objections (Doc. 35), ADOPTS the Report and Recommendation (Doc. 33), and GRANTS Plaintiff's motion to remand (Doc. 8).",
    [decided("overruled", "other", ["35"]), decided("adopted", "other", ["33"]), decided("granted", "remand", ["8"])],
  ],
];

test("adopting, rejecting or modifying a report and ruling on objections are rulings", () => {
  for (const [text, expected] of reviews) check(text, rulingsOf(text, { report: false }), expected);
});

test("a list opened by 'IT IS RECOMMENDED that:' recommends item by item", () => {
  const text = [
    "Based on the foregoing, IT IS HEREBY RECOMMENDED that:",
    "1. Defendants' motion to dismiss (ECF No. 20) be granted;",
    "2. Plaintiff's claims against Defendant Smith be dismissed with prejudice; and",
    "3. This action be closed.",
    "These findings and recommendations are submitted to the United States District Judge assigned to the case.",
  ].join("\n\n");
  check(text, rulingsOf(text, { report: true }), [rec("granted", "dismissal", ["20"]), rec("dismissed", "other", [], "Plaintiff's claims against Defendant Smith")]);
  // the list ends with its items: a later "be GRANTED" is no recommendation
  const after = `${text}\n\nThe parties agree that the stay be GRANTED.`;
  assert.equal(rulingsOf(after, { report: true }).length, 2);
});

test("recommendation and decision of the same motion are kept apart", () => {
  const text = "The undersigned RECOMMENDS that Defendant's motion to dismiss (ECF No. 12) be GRANTED.\n\nDefendant's motion to dismiss (ECF No. 12) is GRANTED.";
  const got = rulingsOf(text, { report: true });
  assert.deepEqual(got.map((r) => r.recommended ?? false), [true, false]);
});

test("a motion named generically and in full under one docket number is one ruling", () => {
  const text = "Accordingly, the Court recommends Plaintiffs' Motion (Dkt. 78) be denied.\n\nThe Court recommends Plaintiffs' Amended Motion for Class Certification (Dkt. 78) be denied.";
  check(text, rulingsOf(text, { report: true }), [rec("denied", "class-certification", ["78"], "Plaintiffs' Amended Motion for Class Certification (Dkt. 78)")]);
});

const negatives: [string, { report: boolean }][] = [
  ["Defendant asks the Court to recommend that the motion be granted.", { report: true }],
  ["In the R&R, the magistrate judge recommended dismissal of the complaint.", { report: false }],
  ["The Magistrate Judge recommended that Defendant's motion to dismiss be GRANTED.", { report: false }],
  // in a district judge's order, the magistrate judge's recommendation told in the present is history
  ["The Magistrate Judge recommends that Defendant's motion to dismiss be GRANTED.", { report: false }],
  ["Recommendation 3 of the Commission is adopted.", { report: false }],
  ["Recommendation 3 of the Commission should be adopted.", { report: true }],
  ["The Court accepts the well-pleaded allegations of the complaint as true.", { report: false }],
  ["The Court rejects Plaintiff's argument that the claim is timely.", { report: false }],
  ["Plaintiff argues the Court should grant the motion.", { report: true }],
  ["Defendants contend that the claims should be dismissed.", { report: true }],
  ["A motion to dismiss should be granted only if the complaint fails to state a claim.", { report: true }],
  ["Leave to amend should be granted freely when justice so requires.", { report: true }],
  ["Defendant's motion to dismiss should be granted.", { report: false }],
  ["If the District Judge adopts this recommendation, the action should be DISMISSED.", { report: true }],
  ["The parties shall have fourteen days to file objections to this Report and Recommendation.", { report: true }],
  ["Failure to file objections within the specified time may waive the right to appeal the District Court's order.", { report: true }],
  ["The Court has adopted the reasoning of the Fourth Circuit.", { report: false }],
  ["Plaintiff recommends that the Court grant his motion for a temporary restraining order.", { report: true }],
  ["Whether the motion should be GRANTED turns on the second factor.", { report: true }],
  ["The Court should grant leave to amend unless amendment would be futile.", { report: true }],
];

test("requests to recommend, past recommendations and others' recommendations yield no ruling", () => {
  for (const [text, opts] of negatives) assert.deepEqual(rulingsOf(text, opts), [], text);
});

test("a report and recommendation is known by its title or its heading", () => {
  const table: [string, string | null, boolean][] = [
    ["", "REPORT AND RECOMMENDATION", true],
    ["", "Findings and Recommendations Recommending Dismissal of Action", true],
    ["", "ORDER AND REPORT AND RECOMMENDATION", true],
    ["", "PROPOSED FINDINGS AND RECOMMENDED DISPOSITION", true],
    ["", "MEMORANDUM AND RECOMMENDATION", true],
    ["", "FINDINGS, CONCLUSIONS, AND RECOMMENDATION OF THE UNITED STATES MAGISTRATE JUDGE", true],
    ["", "MEMORANDUM, REPORT, AND RECOMMENDATION", true],
    ["", "ORDER ACCEPTING FINDINGS, CONCLUSIONS, AND RECOMMENDATION OF THE UNITED STATES MAGISTRATE JUDGE", false],
    ["", "MEMORANDUM AND ORDER", false],
    ["UNITED STATES DISTRICT COURT\nREPORT AND RECOMMENDATION\n\nThe District Court referred this action.", null, true],
    ["", "ORDER ADOPTING REPORT AND RECOMMENDATION", false],
    ["", "Order Accepting Findings and Recommendations of United States Magistrate Judge", false],
    ["ORDER ADOPTING\nREPORT AND RECOMMENDATION\n\nBefore the Court is the Report.", null, false],
    ["", "ORDER ON OBJECTIONS TO REPORT AND RECOMMENDATION", false],
    ["The Court has reviewed the Report and Recommendation.", "ORDER", false],
    ["The Court has reviewed the Magistrate Judge's\nREPORT AND RECOMMENDATION (Doc. 30).", "MEMORANDUM AND ORDER", false],
    ["", null, false],
  ];
  for (const [text, title, expected] of table) assert.equal(isRecommendation(text, title), expected, `${title} | ${text}`);
});

test("what an undeclared document 'should' do is a recommendation only when it is a report", () => {
  const text = "For these reasons, Defendant's motion to dismiss (ECF No. 12) should be DENIED.";
  const title = "REPORT AND RECOMMENDATION";
  const fromTitle = findRulings(sentences(text), { text, citations: [], footnotes: [], docketRefs: [], title });
  check(text, fromTitle, [rec("denied", "dismissal", ["12"])]);
  const order = findRulings(sentences(text), { text, citations: [], footnotes: [], docketRefs: [], title: "ORDER ADOPTING REPORT AND RECOMMENDATION" });
  assert.deepEqual(order, []);
});

test("a title says what a report recommends or what an order adopting it decides, when no sentence does", () => {
  const table: [string, string | null, string | null, boolean][] = [
    ["FINDINGS AND RECOMMENDATIONS RECOMMENDING DEFENDANTS' MOTION TO DISMISS BE GRANTED", "granted", "DEFENDANTS' MOTION TO DISMISS", true],
    ["FINDINGS AND RECOMMENDATIONS TO DISMISS ACTION FOR FAILURE TO STATE A CLAIM", "dismissed", "ACTION FOR FAILURE TO STATE A CLAIM", true],
    ["REPORT AND RECOMMENDATION RECOMMENDING DENIAL OF PETITION FOR WRIT OF HABEAS CORPUS", "denied", "PETITION FOR WRIT OF HABEAS CORPUS", true],
    ["ORDER ADOPTING FINDINGS AND RECOMMENDATIONS AND GRANTING DEFENDANTS' MOTION TO DISMISS", "granted", "DEFENDANTS' MOTION TO DISMISS", false],
    ["ORDER ADOPTING REPORT AND RECOMMENDATION", "adopted", "REPORT AND RECOMMENDATION", false],
    // titles that decide or recommend nothing
    ["REPORT AND RECOMMENDATION", null, null, false],
    ["FINDINGS AND RECOMMENDATIONS REGARDING PLAINTIFF'S MOTION", null, null, false],
    ["ORDER ADOPTING STIPULATED SCHEDULE", null, null, false],
  ];
  for (const [title, disposition, request, recommended] of table) {
    const r = titleRuling(`${title}\n\nThe parties are familiar with the facts.`, title, ["7"]);
    assert.equal(r?.disposition ?? null, disposition, title);
    assert.equal(r?.request ?? null, request, title);
    assert.equal(r?.recommended ?? false, recommended, title);
    if (r) assert.deepEqual(r.motion.docket, ["7"]);
  }
});

test("what reports recommend on has a request type of its own", () => {
  const table: [string, string][] = [
    ["a certificate of appealability", "certificate-of-appealability"],
    ["the petition for a writ of habeas corpus under 28 U.S.C. § 2254", "habeas"],
    ["Movant's motion to vacate, set aside, or correct sentence under § 2255", "habeas"],
    // the earliest phrase still wins
    ["Petitioner's motion to stay the habeas proceedings", "stay"],
    ["Respondent's motion to dismiss the habeas petition", "dismissal"],
    ["the Commissioner's decision", "other"],
    ["Plaintiffs' motion for writs of habeas corpus ad testificandum", "other"],
  ];
  for (const [request, type] of table) assert.equal(requestTypeOf(request), type, request);
});

// a whole report, written for this test: caption, discussion, a list of recommendations, the notice of objections
const REPORT = [
  "UNITED STATES DISTRICT COURT",
  "EASTERN DISTRICT OF CALIFORNIA",
  "",
  "JOHN ROE,",
  "Plaintiff,",
  "v.",
  "A. WARDEN, et al.,",
  "Defendants.",
  "",
  "Case No. 1:21-cv-00456-ABC-XYZ (PC)",
  "",
  "FINDINGS AND RECOMMENDATIONS RECOMMENDING DEFENDANTS' MOTION TO DISMISS BE GRANTED",
  "",
  "(ECF No. 20)",
  "",
  "Plaintiff is a state prisoner proceeding pro se in this civil rights action. Currently before the Court is Defendants' motion to dismiss. (ECF No. 20.)",
  "",
  "Defendants argue that the complaint should be dismissed as untimely. A motion to dismiss should be granted only if the complaint fails to state a claim. Accordingly, Defendants' motion to dismiss should be granted.",
  "",
  "Based on the foregoing, IT IS HEREBY RECOMMENDED that:",
  "",
  "1. Defendants' motion to dismiss (ECF No. 20) be GRANTED;",
  "",
  "2. Plaintiff's claims against Defendant Warden be DISMISSED without prejudice; and",
  "",
  "3. The Clerk of the Court be directed to close this case.",
  "",
  "These Findings and Recommendations will be submitted to the United States District Judge assigned to the case. The parties are advised that failure to file objections within the specified time may result in the waiver of rights on appeal.",
  "",
].join("\n");

test("a whole report yields recommended rulings only", async () => {
  const r = await read({ path: "report.txt", bytes: new TextEncoder().encode(REPORT) });
  assert.ok(r.rulings.length >= 2, JSON.stringify(r.rulings.map((x) => [x.disposition, x.request])));
  assert.ok(r.rulings.every((x) => x.recommended === true), JSON.stringify(r.rulings.map((x) => [x.disposition, x.request, x.recommended])));
  const motion = r.rulings.find((x) => x.requestType === "dismissal");
  assert.equal(motion?.disposition, "granted");
  assert.deepEqual(motion?.motion.docket, ["20"]);
  assert.ok(r.rulings.some((x) => x.disposition === "dismissed" && /Defendant Warden/.test(x.request)));
});
