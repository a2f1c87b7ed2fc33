import assert from "node:assert/strict";
import { test } from "node:test";
import { findRulings, stipulationRuling, titleRuling } from "../../src/analyze/rulings.js";
import { sentences } from "../../src/analyze/sentences.js";
import type { Footnote } from "../../src/model/types.js";

interface Expect {
  disposition: string;
  requestType: string;
  docket?: string[];
  request?: string;
}

function rulingsOf(text: string, docketRefs: string[] = [], footnotes: Footnote[] = []) {
  return findRulings(sentences(text), { text, citations: [], footnotes, docketRefs });
}

const e = (disposition: string, requestType: string, docket?: string[], request?: string): Expect => ({ disposition, requestType, docket, request });

const table: [string, Expect[]][] = [
  ["In light of Plaintiff's failure to carry his burden, the Court DENIES Plaintiff's request to reconsider the March 22, 2018 Order.", [e("denied", "reconsideration", ["49"], "Plaintiff's request to reconsider the March 22, 2018 Order")]],
  ["Accordingly, the Court DENIES Plaintiff's motion for certification of the March 22, 2018 Order for interlocutory appeal.", [e("denied", "interlocutory-appeal", ["49"])]],
  ["For the foregoing reasons, the Court DENIES Plaintiff's ex parte motion for modification to order to permit interlocutory appeal. Doc. No. 49.", [e("denied", "interlocutory-appeal", ["49"])]],
  ["IT IS ORDERED that Plaintiff's Motion for Leave to File a Second Amended Complaint (ECF No. 31) is GRANTED.", [e("granted", "leave-to-amend", ["31"], "Plaintiff's Motion for Leave to File a Second Amended Complaint (ECF No. 31)")]],
  ["Defendants' motion to dismiss [12] is granted.", [e("granted", "dismissal", ["12"])]],
  ["The motion is hereby DENIED.", [e("denied", "other", ["49"])]],
  ["The Court will grant Defendant's motion for summary judgment.", [e("granted", "summary-judgment")]],
  ["Defendant's Motion to Dismiss (Doc. 20) is GRANTED IN PART and DENIED IN PART.", [e("granted-in-part", "dismissal", ["20"])]],
  ["The Court GRANTS in part and DENIES in part Defendants' motion to compel. (Doc. No. 33.)", [e("granted-in-part", "compel", ["33"])]],
  ["Plaintiff's motion for a temporary restraining order is DENIED WITHOUT PREJUDICE.", [e("denied-without-prejudice", "tro")]],
  ["The Court GRANTS Defendant's motion to dismiss and DENIES Plaintiff's motion to stay.", [e("granted", "dismissal"), e("denied", "stay")]],
  ["Plaintiff's second amended complaint is DISMISSED with prejudice.", [e("dismissed", "other")]],
  ["The Court ORDERS as follows: 1. Plaintiff's application to proceed in forma pauperis (ECF No. 2) is DENIED as moot.", [e("denied-as-moot", "in-forma-pauperis", ["2"])]],
  ["Plaintiff's motion for appointment of counsel (Dkt. 30) is TAKEN UNDER SUBMISSION.", [e("other", "appointment-of-counsel", ["30"])]],
  ["The judgment of the district court is AFFIRMED.", [e("affirmed", "other")]],
  ["IT IS ORDERED denying Plaintiffs' Motion for Preliminary Injunction (Doc. 457) without prejudice to its refiling.", [e("denied-without-prejudice", "preliminary-injunction", ["457"])]],
  ["Therefore, I DENY the motion to recuse.", [e("denied", "other")]],
  ["It is Ordered that the renewed motion to intervene be, and hereby is, Denied.", [e("denied", "intervention")]],
  ["For the reasons given, plaintiffs' motion for summary judgment at docket 47 is granted as follows.", [e("granted", "summary-judgment", ["47"])]],
  ["For the reasons stated above, the Court DENIES the Defendants' motion to dismiss, except the Court GRANTS the Defendants' motion to dismiss the third claim.", [e("granted-in-part", "dismissal")]],
  ["IT IS FURTHER ORDERED finding Defendants' Motion for Expedited Consideration (Doc. 109) moot.", [e("moot", "other", ["109"], "Defendants' Motion for Expedited Consideration (Doc. 109)")]],
  ["AFFIRMED.", [e("affirmed", "other", [], "the appeal")]],
  ["REVERSED and REMANDED.", [e("reversed", "other")]],
  ["DISMISSED.", [e("dismissed", "other")]],
  ["PETITION FOR REVIEW DENIED.", [e("denied", "other", [], "PETITION FOR REVIEW")]],
  ["Motion to stay (Dkt. 5) GRANTED.", [e("granted", "stay", ["5"])]],
  ["a. The Settlement is approved; b. The Complaint is dismissed.", [e("granted", "other"), e("dismissed", "other")]],
  // the "v." of a case name inside the subject is no list item's letter
  ["It is ORDERED that the Final Plan for Closing Roe v. Kent County is approved.", [e("granted", "other", [], "the Final Plan for Closing Roe v. Kent County")]],
  // findings the parties stipulated are adopted, as a report's are
  ["It is ORDERED that the Parties' Joint Stipulated Findings of Fact are adopted.", [e("adopted", "other")]],
];

test("decretal sentences become rulings", () => {
  for (const [text, expected] of table) {
    const got = rulingsOf(text, /Doc\. No\. 49|reconsider|certification|motion is hereby/.test(text) ? ["49"] : []);
    assert.equal(got.length, expected.length, `${text}\n${JSON.stringify(got)}`);
    expected.forEach((x, i) => {
      assert.equal(got[i].disposition, x.disposition, text);
      assert.equal(got[i].requestType, x.requestType, text);
      if (x.docket) assert.deepEqual(got[i].motion.docket, x.docket, text);
      if (x.request) assert.equal(got[i].request, x.request, text);
    });
  }
});

test("a ruling in a footnote says so, and takes its docket from the next cite", () => {
  const text = "The Court DENIES the motion.\n\nAs such, the Court also DENIES AS MOOT Plaintiff's request to stay the case pending appeal. See Doc. No. 49-1 at 4.";
  const fnStart = text.indexOf("As such");
  const got = rulingsOf(text, [], [{ mark: "1", start: fnStart, end: text.length }]);
  const stay = got.find((r) => r.requestType === "stay");
  assert.ok(stay);
  assert.equal(stay.disposition, "denied-as-moot");
  assert.equal(stay.inFootnote, true);
  assert.deepEqual(stay.motion.docket, ["49"]);
  assert.equal(text.slice(stay.start, stay.end).startsWith("As such"), true);
});

test("a ruling without a cite takes a motion named earlier", () => {
  const text = "Defendant moved to compel discovery responses. (ECF No. 40.) The Court has considered the papers. The Court GRANTS the motion to compel.";
  const [r] = rulingsOf(text);
  assert.deepEqual(r.motion.docket, ["40"]);
});

test("a stipulated or consent order grants what the parties agreed", () => {
  const r = stipulationRuling("Each party bears its own fees.\n\nPURSUANT TO STIPULATION, IT IS SO ORDERED.", null, ["12"]);
  assert.equal(r?.disposition, "granted");
  assert.deepEqual(r?.motion.docket, ["12"]);
  // a consent decree is the instrument itself: it decides no party's request
  assert.equal(stipulationRuling("Body.", "CONSENT DECREE", []), null);
  // an agreed order is said by its decretal sentence
  const agreed = stipulationRuling("AGREED ORDER\n\nThe parties have settled. IT IS THEREFORE ORDERED that this action is DISMISSED WITH PREJUDICE.\n\nSO ORDERED.", null, []);
  assert.equal(agreed?.disposition, "granted");
  assert.equal(agreed?.text, "IT IS THEREFORE ORDERED that this action is DISMISSED WITH PREJUDICE.");
  assert.equal(stipulationRuling("The Court DENIES the motion.", "ORDER DENYING MOTION TO DISMISS", []), null);
});

test("the same ruling stated twice is kept once", () => {
  const text = "For the reasons stated herein, the Court DENIES Plaintiff's ex parte motion.\n\nFor the foregoing reasons, the Court DENIES Plaintiff's ex parte motion for modification. Doc. No. 49.";
  const got = rulingsOf(text, ["49"]);
  assert.equal(got.length, 1);
  assert.equal(got[0].request, "Plaintiff's ex parte motion for modification");
});

test("a motion named once with the rule it is brought under and once without is one ruling; two rules, two motions", () => {
  const once = rulingsOf("The Court lacks jurisdiction. Defendants’ Motion to Dismiss is GRANTED.\n\nII. Background\n\nThe agency acted.\n\nIII. Conclusion\n\nDefendants’ Rule 12(b)(1) Motion to Dismiss is GRANTED.");
  assert.deepEqual(once.map((r) => r.request), ["Defendants’ Rule 12(b)(1) Motion to Dismiss"]);
  const two = rulingsOf("Defendants’ Rule 12(b)(1) Motion to Dismiss is GRANTED.\n\nDefendants’ Rule 12(c) Motion to Dismiss is GRANTED.");
  assert.equal(two.length, 2);
});

const negatives = [
  "On March 22, 2018, the Court denied Plaintiff leave to amend his complaint. Doc. No. 47.",
  "The Ninth Circuit denied the petition for rehearing.",
  "In Smith, the court granted the motion to dismiss.",
  "The court previously granted Defendants' motion to dismiss with leave to amend.",
  "Such a motion should not be granted absent highly unusual circumstances.",
  "Leave to amend is granted freely when justice so requires.",
  "A motion for reconsideration is denied if it merely repeats arguments.",
  "Plaintiff argues that “the Court DENIES every request a pro se litigant makes.”",
  "Plaintiff's motion was denied on March 22, 2018.",
  "Plaintiff asks that the motion be granted.",
  // a recommendation told as history; what a report recommends now is in recommendations.test.ts
  "The Court recommended that the motion be GRANTED.",
  "Summary judgment is granted where there is no genuine dispute.",
  "Should Plaintiff fail to timely file an amended complaint, the claims shall be DISMISSED.",
  "If Plaintiff does not pay the filing fee, the action will be dismissed.",
  "The incompetency, cruelty, negligence, or any judgment is affirmed.",
  "GRANTED.",
  "The Ninth Circuit AFFIRMED.",
];
test("history, other courts, quotations and statements of law yield no ruling", () => {
  for (const n of negatives) assert.deepEqual(rulingsOf(n), [], n);
});

test("a bare 'the Motion' takes its request type from the title that names the motion", () => {
  const text = "For the reasons stated in this Order, the Motion is GRANTED IN PART.";
  const title = "ORDER RE DEFENDANTS' MOTION FOR SUMMARY JUDGMENT, OR IN THE ALTERNATIVE, FOR PARTIAL SUMMARY JUDGMENT";
  const [r] = findRulings(sentences(text), { text, citations: [], footnotes: [], docketRefs: [], title });
  assert.equal(r.disposition, "granted-in-part");
  assert.equal(r.requestType, "summary-judgment");
  // a named request keeps its own type whatever the title says
  const named = "The Court DENIES Plaintiff's motion to stay.";
  const [s] = findRulings(sentences(named), { text: named, citations: [], footnotes: [], docketRefs: [], title });
  assert.equal(s.requestType, "stay");
});

test("the title says what an order does when no sentence of its body does", () => {
  const table: [string, string | null, string | null][] = [
    ["ORDER DENYING PETITIONER-PLAINTIFF'S EX PARTE APPLICATION", "denied", "PETITIONER-PLAINTIFF'S EX PARTE APPLICATION"],
    ["ORDER GRANTING IN PART AND DENYING IN PART DEFENDANTS' MOTION TO DISMISS", "granted-in-part", "DEFENDANTS' MOTION TO DISMISS"],
    ["ORDER DENYING AS MOOT PLAINTIFF'S MOTION TO STAY", "denied-as-moot", "PLAINTIFF'S MOTION TO STAY"],
    ["ORDER GRANTING MOTION FOR SUMMARY JUDGMENT", "granted", "MOTION FOR SUMMARY JUDGMENT"],
    // titles that decide nothing
    ["ORDER SETTING STATUS CONFERENCE", null, null],
    ["MEMORANDUM OPINION", null, null],
  ];
  for (const [title, disposition, request] of table) {
    const r = titleRuling(`${title}\n\nThe parties are familiar with the facts.`, title, ["7"]);
    assert.equal(r?.disposition ?? null, disposition, title);
    assert.equal(r?.request ?? null, request, title);
    if (r) assert.deepEqual(r.motion.docket, ["7"]);
  }
  assert.equal(titleRuling("x", null, []), null);
  assert.equal(titleRuling("ORDER GRANTING MOTION FOR SUMMARY JUDGMENT", "ORDER GRANTING MOTION FOR SUMMARY JUDGMENT", [])?.requestType, "summary-judgment");
});

test("a motion ALLOWED, as Massachusetts courts grant one, is granted; permission 'allowed to' is no ruling", () => {
  const r = rulingsOf("For the reasons stated, Plaintiffs’ motion for summary judgment is ALLOWED and Defendants’ cross-motion for summary judgment is DENIED.");
  assert.deepEqual(r.map((x) => [x.disposition, x.request]), [["granted", "Plaintiffs’ motion for summary judgment"], ["denied", "Defendants’ cross-motion for summary judgment"]]);
  assert.deepEqual(rulingsOf("The petition for a writ of supersedeas is allowed.").map((x) => x.disposition), ["granted"]);
  assert.deepEqual(rulingsOf("The plaintiff is allowed to file an amended complaint within thirty days."), []);
});
