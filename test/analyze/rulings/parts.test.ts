import { test } from "node:test";
import { expectRulings, want, type Want } from "./factory.js";

// a motion decided claim by claim is one ruling, its parts each claim and its outcome
const table: [string, Want[]][] = [
  [
    "The County's motion for summary judgment as to the false arrest claim is GRANTED. The County's motion for summary judgment as to the retaliation claim is GRANTED. The County's motion for summary judgment is GRANTED in its entirety.",
    [want("granted", "The County's motion for summary judgment", { parts: [["The County's motion for summary judgment as to the false arrest claim", "granted"], ["The County's motion for summary judgment as to the retaliation claim", "granted"]] })],
  ],
  [
    "The Board's motion to dismiss (Dkt. 9) is GRANTED in part and DENIED in part. The claims for punitive damages are DISMISSED. The Board's motion to dismiss is DENIED in all other respects.",
    [want("granted-in-part", "The Board's motion to dismiss (Dkt. 9)", { parts: [["The claims for punitive damages", "dismissed"], ["The Board's motion to dismiss in all other respects", "denied"]] })],
  ],
  [
    "The motion to dismiss is granted with respect to the second cause of action. The motion is denied with respect to the remaining causes of action.",
    [want("granted-in-part", "The motion to dismiss", { parts: [["The motion to dismiss with respect to the second cause of action", "granted"], ["The motion with respect to the remaining causes of action", "denied"]] })],
  ],
  // the case dismissed as the consequence of the motion granted is no request of its own
  ["The Agency's motion to dismiss is GRANTED. This action is DISMISSED.", [want("granted", "The Agency's motion to dismiss")]],
  // one part alone is a ruling of its own
  ["The Court GRANTS the Firm's motion to exclude the survey but DENIES the Firm's motion as to the damages model.", [want("granted"), want("denied", "the Firm's motion as to the damages model")]],
];

test("a motion decided claim by claim is one ruling with its parts", () => {
  expectRulings(table, { parts: true });
});
