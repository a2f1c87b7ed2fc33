import assert from "node:assert/strict";
import { test } from "node:test";
import { expectRulings, want, type Want } from "./factory.js";

// requests listed in one sentence are one ruling each, each said by its own clause
const table: [string, Want[]][] = [
  [
    "The Court HEREBY DENIES the Town's motion to strike; DENIES as moot the Town's motion to stay; GRANTS the Union's motion to seal; and GRANTS the Union's motion for leave to amend.",
    [
      want("denied", "the Town's motion to strike", { text: "The Court HEREBY DENIES the Town's motion to strike;" }),
      want("denied-as-moot", "the Town's motion to stay", { text: "DENIES as moot the Town's motion to stay;" }),
      want("granted", "the Union's motion to seal", { text: "GRANTS the Union's motion to seal;" }),
      want("granted", "the Union's motion for leave to amend", { text: "and GRANTS the Union's motion for leave to amend." }),
    ],
  ],
  [
    "IT IS ORDERED that the Board's motion for judgment on the pleadings [ECF No. 80] is GRANTED; the Board's motion to vacate [ECF No. 82] is GRANTED; and the Union's motion for fees [ECF No. 77] is DENIED without prejudice.",
    [
      want("granted", "the Board's motion for judgment on the pleadings [ECF No. 80]", { text: "IT IS ORDERED that the Board's motion for judgment on the pleadings [ECF No. 80] is GRANTED;" }),
      want("granted", "the Board's motion to vacate [ECF No. 82]"),
      want("denied-without-prejudice", "the Union's motion for fees [ECF No. 77]"),
    ],
  ],
  ["The Court GRANTS the motion to transfer and DENIES the motion to stay.", [want("granted", "the motion to transfer"), want("denied", "the motion to stay")]],
  ["All other pending motions are denied as moot.", [want("denied-as-moot", "All other pending motions")]],
  // one act said twice of one report ("ACCEPTS … and ADOPTS it") is one ruling; "APPROVED" of a report adopts it
  ["The Court ACCEPTS Judge Roe's Report and Recommendation and ADOPTS it as the opinion of the Court.", [want("adopted", "Judge Roe's Report and Recommendation")]],
  ["Judge Roe's Memorandum and Recommendation is APPROVED AND ADOPTED in its entirety.", [want("adopted")]],
];

test("a list of decisions in one sentence gives one ruling per request", () => {
  expectRulings(table);
});

test("a reason before the decision that names a request leaves the decided request its own", async () => {
  const { rulingsOf } = await import("./factory.js");
  const got = rulingsOf("Because class certification is proper, Plaintiffs’ Motion for Class Certification [Doc. 7] is GRANTED.");
  assert.deepEqual(got.map((r) => [r.disposition, r.request]), [["granted", "Plaintiffs’ Motion for Class Certification [Doc. 7]"]]);
});
