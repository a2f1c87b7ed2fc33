import assert from "node:assert/strict";
import { test } from "node:test";
import { weDecide } from "../../../src/analyze/rulings/appellate.js";
import { expectRulings, rulingsOf, want, type Want } from "./factory.js";

// an appellate court's outcome, said in the first person, as a mandate line, or in the passive
const table: [string, Want[]][] = [
  ["Consequently, we affirm.", [want("affirmed", "the appeal")]],
  ["For the reasons given above, we AFFIRM the judgment of the trial court.", [want("affirmed", "the judgment of the trial court")]],
  ["We therefore reverse the order denying the motion to intervene.", [want("reversed", "the order denying the motion to intervene")]],
  ["We will reverse the grant of summary judgment on the search claim and remand for trial.", [want("reversed", "the grant of summary judgment on the search claim", { remand: true })]],
  ["Accordingly, we vacate the order of the panel and remand the matter to the motions judge.", [want("vacated", "the order of the panel", { remand: true })]],
  ["We conclude that the fine has no basis in the rules, and reverse the order imposing it.", [want("reversed", "the order imposing it")]],
  ["We now affirm the judgment, except as to the award of costs.", [want("affirmed-in-part")]],
  ["We dismiss for lack of jurisdiction.", [want("dismissed", "the appeal")]],
  ["AFFIRMED.", [want("affirmed", "the appeal")]],
  ["REVERSED AND REMANDED.", [want("reversed", "the appeal", { remand: true })]],
  ["VACATED and REMANDED.", [want("vacated", "the appeal", { remand: true })]],
  ["AFFIRMED IN PART, REVERSED IN PART, AND REMANDED.", [want("affirmed-in-part", "the appeal", { remand: true })]],
  ["The judgment of the district court is vacated, and this case is remanded for further proceedings.", [want("vacated", "The judgment of the district court", { remand: true })]],
  ["The judgment of the superior court is affirmed.", [want("affirmed")]],
  ["The Commissioner's decision is AFFIRMED.", [want("affirmed")]],
  ["The petition for review is denied.", [want("denied", "The petition for review")]],
  // a mandate line that repeats the opinion's own words is the same ruling
  ["We affirm the order granting the injunction.\n\nAFFIRMED.", [want("affirmed", "the order granting the injunction")]],
];

test("appellate outcomes are rulings, with the remand noted", () => {
  expectRulings(table, { remand: true });
});

test("the we-decide parser marks where its verb starts and declines what is no decision", () => {
  const s = "For these reasons, we affirm.";
  const [f] = weDecide.extract(s)!;
  assert.equal(s.slice(f.at, f.objectStart), "we affirm");
  for (const n of ["If we affirm, the case ends.", "We affirm a dismissal only when no claim is stated.", "We would reverse.", "We need not vacate the order.", "Because we reverse on this ground, we need not reach the rest."]) {
    assert.equal(weDecide.extract(n), null, n);
  }
});

test("a remand ordered in its own sentence after a reversal is noted on the reversal", () => {
  const got = rulingsOf("It is hereby ordered that the district court's order of May 2, 2006 is reversed. It is further ordered that the case is remanded to the district court.");
  assert.equal(got.length, 1);
  assert.equal(got[0].disposition, "reversed");
  assert.equal(got[0].remand, true);
});
