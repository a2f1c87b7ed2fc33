import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findMarginNumbers, marginRestarts } from "../../src/layout/margin.js";

/** Lines "N text" for N = from..to, as a pleading page prints them. */
const numbered = (from: number, to: number, text = "text of the line"): string[] => {
  const out: string[] = [];
  for (let n = from; n <= to; n++) out.push(`${n} ${text} ${n}`);
  return out;
};
const values = (lines: string[]): (number | null)[] => findMarginNumbers(lines).map((m) => m?.value ?? null);

describe("findMarginNumbers", () => {
  const table: [string, string[], (number | null)[]][] = [
    ["inline numbers", ["1 BACKGROUND", "2 On March 16, 2018, Plaintiff filed", "3 44, 46. Plaintiff sought", "4 Doc. No. 44 at 1."], [1, 2, 3, 4]],
    ["a number that is content after the margin number", ["1 205, 206 n.1 (9th Cir. 1988).", "2 interest of finality", "3 F.3d 647, 675-77", "4 (9th Cir. 2003)"], [1, 2, 3, 4]],
    ["a lone column", ["", "1", "2", "3", "4", "5", "CAPTION"], [null, 1, 2, 3, 4, 5, null]],
    ["numbers between content lines", ["10", "ALBERTO TORRES", "11", "ORDER DENYING", "Plaintiff, MODIFY", "12", "v. INJUNCTION", "13"], [10, null, 11, null, null, 12, null, 13]],
    ["a dropped number does not end the run", ["11 a", "12 b", "14 c", "15 d"], [11, 12, 14, 15]],
    ["a stray 1 inside a run", ["5 a", "6 b", "1 of the parties", "7 c", "8 d"], [5, 6, null, 7, 8]],
  ];
  for (const [name, lines, expected] of table) it(name, () => assert.deepEqual(values(lines), expected));

  it("keeps the content start and the indent", () => {
    const m = findMarginNumbers(["1 a", "2   Indented paragraph", "3 b", "4 c"])[1];
    assert.deepEqual([m?.contentStart, m?.indent], [4, 2]);
  });

  it("finds the restart of the numbering", () => {
    const lines = [...numbered(1, 28), "", ...numbered(1, 28)];
    assert.deepEqual(marginRestarts(findMarginNumbers(lines)), [29]);
  });
});

describe("findMarginNumbers: numbers that are not margin numbers", () => {
  const negatives: [string, string[]][] = [
    ["numbered list items", ["(1) the district court is presented", "(2) the district court committed", "(3) there is an intervening", "(4) another"]],
    ["numbered paragraphs with periods", ["1. Plaintiff filed", "2. Defendant answered", "3. The Court held", "4. So ordered"]],
    ["a citation wrapped onto a line", ["426510, at *3 (D. Or. Feb. 13, 2008)", "2008 WL 426510", "44, 46.", "Doc. Nos."]],
    ["two numbers are not a run", ["1 See id.", "2 Id. at 3."]],
    ["numbers out of order", ["7 a", "3 b", "12 c", "5 d", "9 e"]],
    ["numbers above pleading paper", ["40 a", "41 b", "42 c", "43 d"]],
  ];
  for (const [name, lines] of negatives) it(name, () => assert.deepEqual(values(lines), lines.map(() => null)));
});
