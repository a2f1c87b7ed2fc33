import assert from "node:assert/strict";
import { test } from "node:test";
import { regulationRecognizer } from "../../src/cite/recognizers/regulation.js";

// Text that must yield no regulation.
const NOTHING: string[] = [
  "the C.F.R. and the Federal Register generally",
  "12 F.R.D. 345 is a case reporter",
  "page 12 of 20; call 555-123-4567",
  "the regulations at issue, 29 CFR, say nothing",
  "for 12 fr. in total",
];

test("regulation recognizer: text yields nothing", () => {
  for (const text of NOTHING) {
    assert.deepEqual(regulationRecognizer.find({ text, emphasis: [] }), [], text);
  }
});

// About 100 KB each of what a runaway pattern would choke on; the scan only has to finish.
const HOSTILE: [string, string][] = [
  // The four every law recognizer must survive.
  ["bare section signs", "§ § § §".repeat(15_000)],
  ["bare rule words", "Rule Rule Rule ".repeat(7_000)],
  ["bare docket words", "Doc. No. Doc. No. ".repeat(6_000)],
  ["bare hyphens", "1-1-1-1-".repeat(12_500)],
  ["codes without sections", "29 C.F.R. ".repeat(10_000)],
  ["section signs", "29 C.F.R. § § § §".repeat(6_000)],
  ["titles", "Cal. Code Regs. tit. ".repeat(5_000)],
  ["hyphen runs", "29 C.F.R. " + "1-1-1-1-".repeat(12_500)],
];

test("regulation recognizer: hostile input finishes", () => {
  for (const [name, text] of HOSTILE) {
    assert.ok(Array.isArray(regulationRecognizer.find({ text, emphasis: [] })), name);
  }
});
