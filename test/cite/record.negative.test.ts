import assert from "node:assert/strict";
import { test } from "node:test";
import { recordRecognizer } from "../../src/cite/recognizers/record.js";

// Text that must yield no record cite.
const NOTHING: string[] = [
  "the Court's docket reflects this; see also Docket.",
  "See Doc. No. and the exhibits.",
  "Call (619) 555-0100 or 555-123-4567.",
  "page 12 of 20",
  "Case 3:17-cv-00218-MMA-BLM Document 50 Filed 04/05/18 PageID.318 Page 1 of 6",
  "Case3:05-cv-02324-JCS   Document145    Filed02/19/10   Page1 of 4",
  "Entered on FLSD Docket 06/04/2008 Page 1 of 21",
  "R. 12 is an initial, and DE 5 is a state.",
  "the document 12 pages long",
  "Doctor 12 and Docs 5x",
  "Court of Appeals Docket No. 17-1234; Docket No. 2:17-cv-218; Docket No. 17-cv-218",
];

test("record recognizer: text yields nothing", () => {
  for (const text of NOTHING) {
    assert.deepEqual(recordRecognizer.find({ text, emphasis: [] }), [], text);
  }
});

// About 100 KB each of what a runaway pattern would choke on; the scan only has to finish.
const HOSTILE: [string, string][] = [
  // The four every law recognizer must survive.
  ["bare section signs", "§ § § §".repeat(15_000)],
  ["bare rule words", "Rule Rule Rule ".repeat(7_000)],
  ["bare docket words", "Doc. No. Doc. No. ".repeat(6_000)],
  ["bare hyphens", "1-1-1-1-".repeat(12_500)],
  ["keywords without numbers", "Doc. No. ".repeat(11_000)],
  ["long list", "Doc. Nos. 1" + ", 1".repeat(33_000)],
  ["hyphen runs", "ECF " + "1-1-1-1-".repeat(12_500)],
  ["pins", "Doc. 1 at 1" + ", 1".repeat(33_000)],
  ["page ids", "ECF No. 1 at PageID.".repeat(5_000)],
];

test("record recognizer: hostile input finishes", () => {
  for (const [name, text] of HOSTILE) {
    assert.ok(Array.isArray(recordRecognizer.find({ text, emphasis: [] })), name);
  }
});
