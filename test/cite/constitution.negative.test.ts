import assert from "node:assert/strict";
import { test } from "node:test";
import { constitutionRecognizer } from "../../src/cite/recognizers/constitution.js";

// Text that must yield no constitution cite.
const NOTHING: string[] = [
  "the First Amended Complaint",
  "the first amendment to the lease",
  "Article III of the contract says",
  "the Constitution protects speech",
  "the Second Circuit held",
  "an amendment was filed",
];

test("constitution recognizer: text yields nothing", () => {
  for (const text of NOTHING) {
    assert.deepEqual(constitutionRecognizer.find({ text, emphasis: [] }), [], text);
  }
});

// About 100 KB each of what a runaway pattern would choke on; the scan only has to finish.
const HOSTILE: [string, string][] = [
  // The four every law recognizer must survive.
  ["bare section signs", "§ § § §".repeat(15_000)],
  ["bare rule words", "Rule Rule Rule ".repeat(7_000)],
  ["bare docket words", "Doc. No. Doc. No. ".repeat(6_000)],
  ["bare hyphens", "1-1-1-1-".repeat(12_500)],
  ["charters without parts", "U.S. Const. ".repeat(8_500)],
  ["ordinal lists", "First, ".repeat(14_000) + "Amendment"],
  ["ordinal lists unterminated", "First and ".repeat(10_000)],
  ["section signs", "U.S. Const. art. I" + ", § 1".repeat(20_000)],
];

test("constitution recognizer: hostile input finishes", () => {
  for (const [name, text] of HOSTILE) {
    assert.ok(Array.isArray(constitutionRecognizer.find({ text, emphasis: [] })), name);
  }
});
