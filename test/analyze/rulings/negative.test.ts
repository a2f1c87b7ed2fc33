import assert from "node:assert/strict";
import { test } from "node:test";
import { rulingsOf } from "./factory.js";

// sentences that decide nothing: arguments, standards of review, hypotheses, wishes, history,
// a publisher's synopsis
const negatives = [
  // arguments
  "The Village now appeals, arguing that the case is moot.",
  "Defendants contend that the complaint must be dismissed.",
  "The Village argues the Court should deny the motion.",
  // standards of review and statements of law
  "A motion to dismiss must be denied where the complaint states a plausible claim.",
  "We affirm a grant of summary judgment only if no genuine dispute of material fact exists.",
  "We review the denial of a stay for abuse of discretion.",
  // hypotheses
  "If we affirm, the Village must rebuild the road.",
  "If the Court grants the motion, the trial date will move.",
  "Should the Union fail to amend, the action shall be DISMISSED.",
  "If the State completes the plan, then this Court shall vacate the remaining injunction.",
  // parties' wishes
  "The Union asks that the petition be granted.",
  "The Village requests that we reverse the judgment.",
  // history of earlier orders and of other courts
  "The district court denied the motion to intervene in 2019.",
  "The Court of Appeals affirmed.",
  "We previously reversed the first judgment.",
  "We would affirm the judgment.",
  // a publisher's synopsis before the opinion proper
  "Synopsis\nHeld: the order is affirmed.\nAFFIRMED.\n\nOpinion\n\nThe parties agree on the facts.",
];

test("sentences that decide nothing yield no ruling", () => {
  for (const n of negatives) assert.deepEqual(rulingsOf(n), [], n);
});

test("a standard said with the court's own verb is no ruling", () => {
  assert.deepEqual(rulingsOf("We will grant the motion only “if the movant is entitled to judgment as a matter of law.”"), []);
});
