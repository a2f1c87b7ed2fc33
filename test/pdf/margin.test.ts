import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assignLineNumber, splitMargin, type MarginNumber } from "../../src/ingest/pdf/margin.js";
import { makeRun, type TextRun } from "../../src/ingest/pdf/run.js";

/** Pleading-paper numbers 1..n, right-aligned at x 60, `pitch` apart from `top`. */
function numbers(n: number, opts: { top?: number; pitch?: number; right?: number } = {}): TextRun[] {
  const { top = 84, pitch = 24, right = 60 } = opts;
  return Array.from({ length: n }, (_, i) => {
    const text = String(i + 1);
    return makeRun({ text, x: right - text.length * 6, right, y: top + i * pitch, order: i });
  });
}

function body(ys: number[], x = 80): TextRun[] {
  return ys.map((y, i) => makeRun({ text: `text line ${i}`, x, y, order: 100 + i }));
}

describe("splitMargin: finds the numbered column by position", () => {
  const cases: [string, TextRun[], number[]][] = [
    ["28 right-aligned numbers", [...numbers(28), ...body([84, 108, 132])], Array.from({ length: 28 }, (_, i) => i + 1)],
    ["numbers drawn in any order", [...numbers(28).reverse(), ...body([84])], Array.from({ length: 28 }, (_, i) => i + 1)],
    ["a short page of 10 numbers", [...numbers(10), ...body([84])], Array.from({ length: 10 }, (_, i) => i + 1)],
    ["a number drawn in two pieces (\"2\" + \"4\") is one number", [...numbers(28).flatMap((r) => (r.text.length === 2 ? [{ ...r, text: r.text[0], right: r.x + 6 }, { ...r, text: r.text[1], x: r.x + 6, order: r.order + 0.5 }] : [r])), ...body([84])], Array.from({ length: 28 }, (_, i) => i + 1)],
    ["a body number on a numbered line is left in the text", [...numbers(28), makeRun({ text: "28", x: 80, y: 108, right: 92 })], Array.from({ length: 28 }, (_, i) => i + 1)],
  ];
  for (const [name, runs, values] of cases) {
    it(name, () => {
      const split = splitMargin(runs, 612);
      assert.deepEqual(split.numbers.map((n) => n.value), values);
      // What is left is the body: nothing from the margin column.
      assert.ok(split.runs.every((r) => r.x >= 80));
      assert.equal(split.runs.length, runs.filter((r) => r.x >= 80).length);
    });
  }
});

describe("splitMargin: numbers that are not a margin", () => {
  const cases: [string, TextRun[]][] = [
    ["too few numbers", [...numbers(5), ...body([84, 108])]],
    ["a column of numbers in the middle of the page (a table)", numbers(28, { right: 320 })],
    ["numbers that do not increase down the page", numbers(28).map((r, i) => ({ ...r, text: String(28 - i), right: 60, x: 48 }))],
    ["most text starts left of the numbers", [...numbers(12, { right: 200 }), ...body(Array.from({ length: 40 }, (_, i) => 84 + i * 12), 72)]],
    ["no runs at all", []],
  ];
  for (const [name, runs] of cases) {
    it(name, () => {
      const split = splitMargin(runs, 612);
      assert.deepEqual(split.numbers, []);
      assert.equal(split.runs.length, runs.length);
    });
  }
});

describe("assignLineNumber", () => {
  const grid: MarginNumber[] = Array.from({ length: 28 }, (_, i) => ({ value: i + 1, y: 84 + i * 24 }));
  const cases: [string, number, number | null][] = [
    ["on the number's baseline", 84 + 3 * 24, 4],
    ["a little below (numbers not aligned with text)", 84 + 3 * 24 + 4, 4],
    ["a little above", 84 + 3 * 24 - 5, 4],
    ["half-way between two numbers takes the one above", 84 + 3 * 24 + 12, 4],
    ["single-spaced quote line just above the next number", 84 + 3 * 24 + 16, 4],
    ["first line near number 1", 80, 1],
    ["last numbered line", 84 + 27 * 24 + 2, 28],
    ["a stamp far above number 1", 36, null],
    ["a page number far below number 28", 776, null],
  ];
  for (const [name, y, want] of cases) it(name, () => assert.equal(assignLineNumber(y, grid), want));

  it("double-spaced text only on every other number still gets its own", () => {
    const odd = [1, 3, 5, 7].map((v) => assignLineNumber(84 + (v - 1) * 24 + 2, grid));
    assert.deepEqual(odd, [1, 3, 5, 7]);
  });
  it("no numbers on the page gives null", () => assert.equal(assignLineNumber(100, []), null));
});
