import assert from "node:assert/strict";
import { test } from "node:test";
import { findCitations } from "../../src/cite/index.js";

// Hostile inputs of about 100 KB each. The test only has to finish: a pattern that
// backtracks would hang here.
const HOSTILE: [string, string][] = [
  ["ones", "1 ".repeat(50_000)],
  ["versus", "v. ".repeat(34_000)],
  ["parens", "(".repeat(100_000)],
  ["periods", ".".repeat(100_000)],
  ["reporter letters", "F. ".repeat(34_000)],
  ["volumes and reporters", "1 F. 1 U.S. ".repeat(9_000)],
  ["ids", "Id. at ".repeat(15_000)],
  ["supra", "Foo, supra, ".repeat(8_000)],
  ["names", "Smith v. Jones, ".repeat(6_000) + "1 U.S. 1"],
  ["capitals", "A B C D E F G H ".repeat(6_000)],
  ["pins", "1 F.2d 1, ".repeat(10_000)],
  ["stars", "at * ".repeat(20_000)],
  ["unclosed parenthetical", "Smith v. Jones, 1 F.2d 2 (citing " + "x (".repeat(30_000)],
];

test("adversarial input finishes", () => {
  for (const [name, text] of HOSTILE) {
    const cites = findCitations(text);
    assert.ok(Array.isArray(cites), name);
  }
});
