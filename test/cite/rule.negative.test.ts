import assert from "node:assert/strict";
import { test } from "node:test";
import { ruleRecognizer } from "../../src/cite/recognizers/rule.js";

// Prose that must yield no rule cite.
const NOTHING: string[] = [
  "the rule of law governs",
  "as a general rule 5 times a day",
  "the Federal Rules of Civil Procedure do not say so",
  "The Rule in Shelley's Case",
  "under the rule 2 parties must agree",
  "Rule 2019 was a year of change",
  "Local rules matter; the Local Rules apply.",
  "Ruled 12 to 3.",
];

test("rule recognizer: prose yields nothing", () => {
  for (const text of NOTHING) {
    assert.deepEqual(ruleRecognizer.find({ text, emphasis: [] }), [], text);
  }
});

// About 100 KB each of what a runaway pattern would choke on; the scan only has to finish.
const HOSTILE: [string, string][] = [
  // The four every law recognizer must survive.
  ["bare section signs", "§ § § §".repeat(15_000)],
  ["bare rule words", "Rule Rule Rule ".repeat(7_000)],
  ["bare docket words", "Doc. No. Doc. No. ".repeat(6_000)],
  ["bare hyphens", "1-1-1-1-".repeat(12_500)],
  ["rule words", "Rule Rule ".repeat(10_000)],
  ["rules lists", "Rules 1" + " and 1".repeat(16_000)],
  ["bodies without numbers", "Fed. R. Civ. P. ".repeat(6_500)],
  ["brackets", "[Federal] Rule [of ".repeat(5_000)],
  ["subdivisions", "Rule 1" + "(a)".repeat(33_000)],
  ["hyphen runs", "Rule " + "1-1-1-1-".repeat(12_500)],
  ["districts", "D. Ariz. ".repeat(11_000)],
];

test("rule recognizer: hostile input finishes", () => {
  for (const [name, text] of HOSTILE) {
    assert.ok(Array.isArray(ruleRecognizer.find({ text, emphasis: [] })), name);
  }
});
