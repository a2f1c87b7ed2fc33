import assert from "node:assert/strict";
import { test } from "node:test";
import { sentences } from "../../../src/analyze/sentences.js";
import { expectRulings, rulingsOf, want, type Want } from "./factory.js";

// what a decree's lead ("IT IS ORDERED that:", "ORDERED: That …") names is decided, however bare the request
const table: [string, Want[]][] = [
  ["It is hereby ORDERED that class certification is denied.", [want("denied", "class certification")]],
  ["IT IS FURTHER ORDERED that:\n\n(1) Summary judgment is granted. The clerk shall close the file.\n\n(2) Class certification is denied.", [want("granted", "Summary judgment"), want("denied", "Class certification")]],
  ["ORDERED: That the motion be and is hereby granted; and it is FURTHER ORDERED: That the clerk mail a copy.", [want("granted", "the motion")]],
  // a condition before the decree's lead conditions nothing the decree says
  ["Upon consideration of the papers and the whole record, it is hereby ORDERED that: Intervenors’ motion to quash is granted.", [want("granted", "Intervenors’ motion to quash")]],
  ["Their motion to intervene is therefore denied.", [want("denied", "Their motion to intervene")]],
  // a finding, then the act it leads to
  ["For the reasons stated in the opinion, the court finds the claims to be MOOT and DISMISSES THEM WITHOUT PREJUDICE.", [want("dismissed")]],
];

test("a decree's lead makes a bare request decided, and a finding's act is a ruling", () => {
  expectRulings(table);
});

test("what a decree only threatens or a finding only tells decides nothing", () => {
  for (const text of [
    "It is ORDERED that if the plaintiff fails to amend, the action is dismissed.",
    "The Court finds that the agency routinely denies such claims and dismisses the appeals.",
    "If the Court finds the claim moot and dismisses it, the plaintiff may appeal.",
    "IT IS ORDERED that:\n\n(1) The parties shall confer.\n\nSummary judgment is granted only when no material fact is disputed.",
  ]) assert.deepEqual(rulingsOf(text), [], text);
});

test("a ruling's sentence ends after 'denied.' unless a citation's history goes on", () => {
  const text = "Plaintiff’s motion for summary judgment is denied. All other pending motions are denied as moot.";
  assert.equal(sentences(text).length, 2);
  assert.deepEqual(rulingsOf(text).map((r) => r.disposition), ["denied", "denied-as-moot"]);
  assert.equal(sentences("Smith v. Jones, 1 F.3d 2 (1st Cir. 1990), cert. denied. 510 U.S. 3 (1991).").length, 1);
});

test("a ruling right after a motion decided in part, on the same numbered motion, is one of its parts", () => {
  const got = rulingsOf(
    "For these reasons, the plaintiffs’ motion for attorneys’ fees and costs [ECF No. 40] is GRANTED IN PART and DENIED IN PART. The motion for an award of attorneys’ fees for the second expert is denied. The costs are taxed as set out above.",
  );
  assert.deepEqual(got.map((r) => [r.disposition, r.parts?.map((p) => p.disposition)]), [["granted-in-part", ["denied"]]]);
});
