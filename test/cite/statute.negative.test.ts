import assert from "node:assert/strict";
import { test } from "node:test";
import { statuteRecognizer } from "../../src/cite/recognizers/statute.js";

// Prose that must yield no statute: parts of this document, numbers that only look like sections.
const NOTHING: string[] = [
  "Section 3 of this order explains the schedule.",
  "See Section 4.2 of the Agreement.",
  "as set out in section II above",
  "such as 12 cases; as 1.5 times the rate",
  "The Statement of Facts; the Code of Conduct 12 times",
  "Call (619) 555-0100 or 555-123-4567.",
  "page 12 of 20",
  "Title VII prohibits discrimination.",
  "the U.S.C. and the Code generally",
  "paragraph 5 of the complaint",
  "Section 12.3 of the Settlement Agreement; Section 1983 of this Court's order",
];

test("statute recognizer: prose yields nothing", () => {
  for (const text of NOTHING) {
    assert.deepEqual(statuteRecognizer.find({ text, emphasis: [] }), [], text);
  }
});

// About 100 KB each of what a runaway pattern would choke on; the scan only has to finish.
const HOSTILE: [string, string][] = [
  // The four every law recognizer must survive.
  ["bare section signs", "§ § § §".repeat(15_000)],
  ["bare rule words", "Rule Rule Rule ".repeat(7_000)],
  ["bare docket words", "Doc. No. Doc. No. ".repeat(6_000)],
  ["bare hyphens", "1-1-1-1-".repeat(12_500)],
  ["section signs", "§ ".repeat(50_000)],
  ["section words", "Section Section ".repeat(6_000)],
  ["codes without sections", "28 U.S.C. ".repeat(10_000)],
  ["hyphen runs", "1-1-1-1-".repeat(12_500)],
  ["subsections", "§ 1" + "(a)".repeat(33_000)],
  ["list of sections", "§§ 1" + ", 1".repeat(33_000)],
  ["state codes", "Cal. Civ. Proc. Code ".repeat(5_000)],
];

test("statute recognizer: hostile input finishes", () => {
  for (const [name, text] of HOSTILE) {
    assert.ok(Array.isArray(statuteRecognizer.find({ text, emphasis: [] })), name);
  }
});
