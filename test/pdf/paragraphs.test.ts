import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { composeLine, type BuiltLine } from "../../src/ingest/pdf/lines.js";
import { paragraphStarts, textBlock } from "../../src/ingest/pdf/paragraphs.js";
import type { LineRole } from "../../src/ingest/pdf/roles.js";
import { makeRun } from "../../src/ingest/pdf/run.js";

/** A line of `chars` characters (6 pt each) starting at x on baseline y. */
function line(x: number, y: number, chars: number, text = "word ".repeat(Math.ceil(chars / 5)).slice(0, chars).trim() + "."): BuiltLine {
  return composeLine([makeRun({ text, x, y, right: x + chars * 6 })]);
}

const LEFT = 80;
const FULL = 76; // characters in a full line: 80 + 76 × 6 = 536

/** Lines described as [x offset from the margin, chars, extra space above]; y advances by `pitch`. */
function page(spec: [number, number, number?][], pitch = 24): BuiltLine[] {
  let y = 100;
  return spec.map(([dx, chars, extra = 0]) => {
    y += pitch + extra;
    return line(LEFT + dx, y, chars);
  });
}

function starts(lines: BuiltLine[]): number[] {
  const roles: LineRole[] = lines.map(() => "body");
  const block = textBlock([...lines, ...page(Array.from({ length: 10 }, () => [0, FULL]))]);
  return paragraphStarts(lines, roles, block).flatMap((s, i) => (s ? [i] : []));
}

describe("paragraphStarts: where a PDF's paragraphs begin", () => {
  const cases: [string, BuiltLine[], number[]][] = [
    ["first-line indent after a full line", page([[36, 70], [0, FULL], [0, 40], [36, 70], [0, FULL]]), [3]],
    ["extra space above (single-spaced, block paragraphs)", page([[0, FULL], [0, 30], [0, FULL, 14], [0, FULL]], 14), [2]],
    ["a centered heading and the text after it", page([[0, FULL], [0, 40], [178, 26], [36, 70], [0, FULL]]), [2, 3]],
    ["a line after a short line that ends a sentence", page([[0, FULL], [0, 20], [0, FULL]]), [2]],
    ["a signature block at the right", page([[0, FULL], [250, 22], [250, 28]]), [1]],
  ];
  for (const [name, lines, want] of cases) it(name, () => assert.deepEqual(starts(lines), want));
});

describe("paragraphStarts: lines that continue a paragraph", () => {
  const cases: [string, BuiltLine[]][] = [
    ["double-spaced full lines", page([[0, FULL], [0, FULL], [0, FULL], [0, FULL]])],
    ["an indented quotation going on", page([[36, 64], [36, 64], [36, 64]])],
    ["a short last line followed by nothing", page([[0, FULL], [0, 20]])],
    ["a short line without a sentence end", page([[0, FULL], [0, 20].slice() as [number, number], [0, FULL]]).map((l, i) => (i === 1 ? composeLine([makeRun({ text: "the Court, in", x: LEFT, y: l.y, right: LEFT + 120 })]) : l))],
    ["no lines", []],
  ];
  for (const [name, lines] of cases) it(name, () => assert.deepEqual(starts(lines), []));
});
