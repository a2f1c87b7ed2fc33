import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cutLine, mapThroughCuts, tidyLine, type Cut } from "../../src/layout/line.js";
import type { LineEmphasis } from "../../src/model/types.js";

const line = (text: string, emphasis: LineEmphasis[] = []): { text: string; emphasis: LineEmphasis[] } => ({ text, emphasis });
const italic = (start: number, end: number): LineEmphasis => ({ start, end, style: "italic" });

describe("cutLine", () => {
  const table: [string, LineEmphasis[], Cut[], string, LineEmphasis[]][] = [
    ["12 See Id. at 3", [italic(7, 10)], [[0, 3]], "See Id. at 3", [italic(4, 7)]],
    ["See *Id.* at 3", [italic(5, 8)], [[4, 5], [8, 9]], "See Id. at 3", [italic(4, 7)]],
    ["abc", [italic(0, 3)], [[0, 3]], "", []],
    ["abc", [], [], "abc", []],
  ];
  for (const [text, emphasis, cuts, expectedText, expectedEmphasis] of table) {
    it(`${text} minus ${JSON.stringify(cuts)}`, () => {
      const out = cutLine(line(text, emphasis), cuts);
      assert.deepEqual([out.text, out.emphasis], [expectedText, expectedEmphasis]);
    });
  }
});

describe("mapThroughCuts", () => {
  const table: [number, Cut[], number][] = [
    [10, [[0, 3]], 7],
    [2, [[0, 3]], 0],
    [5, [[6, 8]], 5],
    [9, [[1, 2], [4, 6]], 6],
  ];
  for (const [p, cuts, expected] of table) it(`${p} through ${JSON.stringify(cuts)}`, () => assert.equal(mapThroughCuts(p, cuts), expected));
});

describe("tidyLine", () => {
  const table: [string, LineEmphasis[], string, LineEmphasis[]][] = [
    ["  42  U.S.C.   §  3601 ", [], "42 U.S.C. § 3601", []],
    ["Doe  v.  Holy See", [italic(0, 17)], "Doe v. Holy See", [italic(0, 15)]],
    ["plain", [], "plain", []],
    ["   ", [], "", []],
  ];
  for (const [text, emphasis, expectedText, expectedEmphasis] of table) {
    it(JSON.stringify(text), () => {
      const out = tidyLine(line(text, emphasis));
      assert.deepEqual([out.text, out.emphasis], [expectedText, expectedEmphasis]);
    });
  }
});

describe("tidyLine on hostile input", () => {
  it("handles a line of many space runs", () => {
    const text = `${"a ".repeat(2000)}${" ".repeat(50000)}b${" ".repeat(50000)}`;
    const out = tidyLine(line(text));
    assert.equal(out.text, `${"a ".repeat(2000)}b`);
  });
});

describe("tidyLine and glyph debris", () => {
  it("cuts a run of unnamed glyphs, keeps a lone one", () => {
    assert.equal(tidyLine({ text: " (cid:3)(cid:3)(cid:3)(cid:3) AGREED ORDER ", emphasis: [] }).text, "AGREED ORDER");
    assert.equal(tidyLine({ text: "(cid:129) The motion", emphasis: [] }).text, "(cid:129) The motion");
  });
});
