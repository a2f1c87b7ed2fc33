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
  // The forms added for real opinions: edition years, paragraphs, session-law chapters, glued pages.
  ["edition years", "Ill. Rev. Stat. 1973, ".repeat(4_500)],
  ["edition parentheses", "Ohio Rev. Code Ann. (1962 Supp.) (".repeat(3_000)],
  ["chapters and paragraphs", "ch. 38, par. 17-3, ".repeat(5_000)],
  ["session-law chapters", "1999 Minn. Laws ch. ".repeat(5_000)],
  ["agency prefixes", "Wis. Admin. Code § DHS ".repeat(4_000)],
  ["dotted sections", "Tenn. Comp. R. & Regs. " + "1-.".repeat(30_000)],
  ["glued pages", "1 F. Supp.1".repeat(9_000)],
  ["periods before volumes", "appeal.1 U.S.".repeat(8_000)],
  ["pin runs", "1 Vt. 1, " + "2, ".repeat(30_000)],
  ["numbered reporters", "22 Fed. Cas. No. ".repeat(6_000)],
  ["capital journals", "12 SOME NEW L. ".repeat(7_000)],
  ["looseleaf volumes", "2010-1 Trade Cas. (CCH) ".repeat(4_000)],
  ["titled articles", "Md. Ann. Code, art. 27, ".repeat(4_000)],
  ["titled editions", "12 O.S.Supp. 1961 ".repeat(5_500)],
];

test("adversarial input finishes with well-formed output", () => {
  for (const [name, text] of HOSTILE) {
    const cites = findCitations(text);
    let last = 0;
    for (const c of cites) {
      // Sorted, non-overlapping spans inside the text whose `text` is what they cover.
      assert.ok(c.start >= last && c.end > c.start && c.end <= text.length, name);
      assert.equal(c.text, text.slice(c.start, c.end), name);
      assert.ok(c.antecedent === null || (c.antecedent >= 0 && c.antecedent < cites.length), name);
      last = c.end;
    }
  }
});

test("adversarial input: the hostile runs hold the cites they should", () => {
  // `1 F.2d 1, 1 F.2d 1, …` is a run of real (parallel) cites; `Smith v. Jones, …` ends in one.
  assert.ok(findCitations("1 F.2d 1, ".repeat(1_000)).every((c) => c.kind === "case"));
  const named = findCitations("Smith v. Jones, ".repeat(6_000) + "1 U.S. 1");
  assert.equal(named.length, 1);
  assert.equal(named[0].caseName, "Smith v. Jones");
});
