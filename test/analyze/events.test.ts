import assert from "node:assert/strict";
import { test } from "node:test";
import { findEvents } from "../../src/analyze/events.js";
import { sentences } from "../../src/analyze/sentences.js";
import type { Citation } from "../../src/model/types.js";

const eventsOf = (text: string) => findEvents(sentences(text), { text, citations: [], exclude: [] });

// [text, [date, docket, type, text?][]]
const table: [string, [string, string[], string, string?][]][] = [
  ["On March 16, 2018, Plaintiff filed two ex parte motions with the Court. Doc. Nos. 44, 46.", [["2018-03-16", ["44", "46"], "filing"]]],
  ["On March 22, 2018, the Court denied Plaintiff leave to amend his complaint. Doc. No. 47.", [["2018-03-22", ["47"], "order"]]],
  [
    "The Court noted that Plaintiff filed his original Complaint on January 4, 2017, a First Amended Complaint on January 13, 2017, a Second Amended Complaint on July 28, 2017, and a Third Amended Complaint on December 27, 2017.",
    [
      ["2017-01-04", [], "filing", "The Court noted that Plaintiff filed his original Complaint on January 4, 2017"],
      ["2017-01-13", [], "amended-complaint", "a First Amended Complaint on January 13, 2017"],
      ["2017-07-28", [], "amended-complaint", "a Second Amended Complaint on July 28, 2017"],
      ["2017-12-27", [], "amended-complaint", "a Third Amended Complaint on December 27, 2017."],
    ],
  ],
  ["Defendant removed the action to this Court on or about 3/1/2019. (ECF No. 1.)", [["2019-03-01", ["1"], "filing"]]],
  ["The Court held a hearing on the motion on 16 March 2018.", [["2018-03-16", [], "hearing"]]],
  ["Plaintiff filed an opposition on May 1, 2018 (Doc. 20), and Defendant replied on May 8, 2018 (Doc. 22).", [["2018-05-01", ["20"], "filing"], ["2018-05-08", ["22"], "filing"]]],
  ["Defendant replied on May 8, 2018. Plaintiff had filed suit on Jan. 2, 2018.", [["2018-01-02", [], "filing"], ["2018-05-08", [], "filing"]]],
  ["On April 22, 2016, Defendants filed motions to dismiss the Amended Complaint. (Docs. 178, 179.)", [["2016-04-22", ["178", "179"], "filing"]]],
  ["Dispositive motions shall be filed on or before August 16, 2024.", [["2024-08-16", [], "deadline"]]],
  ["On August 9, 2007, the court held oral arguments on the parties' motions.", [["2007-08-09", [], "hearing"]]],
];

test("dated procedural history becomes events, sorted by date", () => {
  for (const [text, expected] of table) {
    const got = eventsOf(text);
    assert.deepEqual(got.map((g) => [g.date, g.docket, g.type]), expected.map(([d, k, t]) => [d, k, t]), text);
    expected.forEach(([, , , t], i) => {
      if (t) assert.equal(got[i].text, t, text);
      assert.equal(text.slice(got[i].start, got[i].end), got[i].text);
    });
  }
});

const negatives = [
  "The decision is committed to the district court. United States v. Tenet Healthcare Corp., No. CV04-857 GAF(JTLX), 2004 WL 3030121, at *1 (C.D. Cal. Dec. 27, 2004).",
  "Plaintiff asks the Court to reconsider its March 22, 2018 Order.",
  "Plaintiff argues that the March 22, 2018 Order involves controlling questions of law.",
  "The statute was enacted by the Act of June 25, 1948, and is codified at 28 U.S.C. § 1291.",
  "Plaintiff was born on March 3, 1980.",
  "Doc. No. 49-1 at 2-3.",
  "DATED: February 10, 2012 Respectfully submitted, counsel filed this stipulation.",
];
test("dates in citations, dates naming papers, statutes and non-procedural facts yield no event", () => {
  for (const n of negatives) assert.deepEqual(eventsOf(n), [], n);
});

test("dates inside a citation or its parenthetical are no events; the next sentence's are", () => {
  const text = "See Smith v. Jones, No. 12-345, 2004 WL 3030121 (C.D. Cal. Dec. 27, 2004). On March 1, 2018, Plaintiff filed this action.";
  const cite: Citation = { kind: "case", text: "Smith v. Jones, No. 12-345, 2004 WL 3030121", start: 4, end: 47, antecedent: null };
  const got = findEvents(sentences(text), { text, citations: [cite], exclude: [] });
  assert.deepEqual(got.map((e) => e.date), ["2018-03-01"]);
});

test("excluded spans (signature block) yield no event", () => {
  const text = "IT IS SO ORDERED.\n\nDated: April 5, 2018, signed and entered.";
  const got = findEvents(sentences(text), { text, citations: [], exclude: [{ start: 0, end: text.length }] });
  assert.deepEqual(got, []);
});
