import assert from "node:assert/strict";
import { test } from "node:test";
import { paragraphs, sentences } from "../../src/analyze/sentences.js";

const texts = (t: string) => sentences(t).map((s) => t.slice(s.start, s.end));

const table: [string, string[]][] = [
  ["On March 16, 2018, Plaintiff filed two motions. Doc. Nos. 44, 46. Plaintiff sought leave.", ["On March 16, 2018, Plaintiff filed two motions.", "Plaintiff sought leave."]],
  ["See Tripati v. Henman, 845 F.2d 205 (9th Cir. 1988). The Court agrees.", ["See Tripati v. Henman, 845 F.2d 205 (9th Cir. 1988).", "The Court agrees."]],
  ["Hon. Michael M. Anello signed it. Fed. R. Civ. P. 59(e) applies.", ["Hon. Michael M. Anello signed it.", "Fed. R. Civ. P. 59(e) applies."]],
  ["The Court DENIES the motion to stay.2 The motion to shorten time is moot.", ["The Court DENIES the motion to stay.2", "The motion to shorten time is moot."]],
  ["First paragraph.\n\nSecond paragraph.", ["First paragraph.", "Second paragraph."]],
  ["Lust replied. Id. On May 23, 2017, ALE sued.", ["Lust replied.", "On May 23, 2017, ALE sued."]],
  ["He agreed. Smith, supra. The Court disagrees.", ["He agreed.", "Smith, supra.", "The Court disagrees."]],
  ["He agreed. Id. at 3. Id. § 5 governs.", ["He agreed.", "Id. § 5 governs."]],
];

test("sentences split where a reader would, and fold a bare record cite into the one before", () => {
  for (const [input, expected] of table) assert.deepEqual(texts(input), expected, input);
  const [first] = sentences(table[0][0]);
  assert.equal(first.cite && table[0][0].slice(first.cite.start, first.cite.end), "Doc. Nos. 44, 46.");
});

test("no sentences in blank text", () => {
  for (const n of ["", "   ", "\n\n\n\n"]) {
    assert.deepEqual(sentences(n), [], JSON.stringify(n));
    assert.deepEqual(paragraphs(n), [], JSON.stringify(n));
  }
});
