import assert from "node:assert/strict";
import { test } from "node:test";
import { journalRecognizer } from "../../src/cite/recognizers/journal.js";

// Text that must yield no journal cite.
const NOTHING: string[] = [
  "845 F.2d 205, 206 n.1 (9th Cir. 1988)",
  "554 U.S. 471, 485 n.5 (2008)",
  "the Harvard Law Review published it",
  "12 L. Rev. 4",
  "45 N.J. 123 (1965)",
  "page 12 of 20",
];

test("journal recognizer: text yields nothing", () => {
  for (const text of NOTHING) {
    assert.deepEqual(journalRecognizer.find({ text, emphasis: [] }), [], text);
  }
});

// About 100 KB each of what a runaway pattern would choke on; the scan only has to finish.
const HOSTILE: [string, string][] = [
  // The four every law recognizer must survive.
  ["bare section signs", "§ § § §".repeat(15_000)],
  ["bare rule words", "Rule Rule Rule ".repeat(7_000)],
  ["bare docket words", "Doc. No. Doc. No. ".repeat(6_000)],
  ["bare hyphens", "1-1-1-1-".repeat(12_500)],
  ["capital words", "1 " + "Abc ".repeat(25_000)],
  ["reviews without pages", "1 Harv. L. Rev. ".repeat(6_000)],
  ["initials", "1 A.B. ".repeat(14_000)],
  ["hyphen runs", "1 Yale L.J. " + "1-1-1-1-".repeat(12_500)],
];

test("journal recognizer: hostile input finishes", () => {
  for (const [name, text] of HOSTILE) {
    assert.ok(Array.isArray(journalRecognizer.find({ text, emphasis: [] })), name);
  }
});
