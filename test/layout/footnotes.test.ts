import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { plainMark, separateFootnotes } from "../../src/layout/footnotes.js";
import type { WorkLine } from "../../src/layout/line.js";
import type { WorkPage } from "../../src/layout/paginate.js";

const line = (text: string, physical: number): WorkLine => ({
  text,
  emphasis: [],
  page: 1,
  line: physical,
  printed: false,
  physical,
  indent: 0,
  role: "body",
  marginOnly: false,
});
/** One text page of body lines followed by the given foot lines. */
const page = (body: string[], foot: string[]): WorkPage => ({
  number: 1,
  stamp: null,
  lines: [...body, ...foot].map((t, i) => line(t, i + 1)),
});
const filler = ["The Court has read the papers.", "It heard argument on the motion.", "It now rules on the motion."];

describe("plainMark", () => {
  const table: [string, string][] = [
    ["¹", "1"],
    ["¹²", "12"],
    ["3", "3"],
    ["†", "†"],
  ];
  for (const [input, expected] of table) it(input, () => assert.equal(plainMark(input), expected));
});

describe("separateFootnotes", () => {
  const table: [string, WorkPage, string[][]][] = [
    ["a superscript note", page([...filler, "The motion is denied.¹"], ["¹ The Court need not reach the rest."]), [["¹", "The Court need not reach the rest."]]],
    ["a digit note with a body marker", page([...filler, "The motion is denied.1"], ["1 The Court need not reach the rest.", "It goes on."]), [["1", "The Court need not reach the rest.", "It goes on."]]],
    ["two notes", page([...filler, "Denied.1 Granted.2"], ["1 First note.", "2 Second note."]), [["1", "First note."], ["2", "Second note."]]],
  ];
  for (const [name, p, expected] of table) {
    it(name, () => {
      const { notes } = separateFootnotes([p], "text");
      assert.deepEqual(notes.map((n) => [n.mark, ...n.lines.map((l) => l.text)]), expected);
      for (const n of notes) assert.equal(n.refs.length, 1);
    });
  }
});

describe("separateFootnotes: lines that are body text", () => {
  const negatives: [string, WorkPage][] = [
    ["a digit line without a body marker", page(filler, ["1 of the parties filed a reply."])],
    ["a pin cite to another opinion's note is no marker", page([...filler, "See 845 F.2d 205, 206 n.1"], ["1 of the parties filed a reply."])],
    ["a number that is not the next note", page([...filler, "Denied.7"], ["7 days later the parties met."])],
    ["a marker at the top of the page", page([], ["¹ A line at the very top.", ...filler])],
  ];
  for (const [name, p] of negatives) {
    it(name, () => {
      const { notes, pages } = separateFootnotes([p], "text");
      assert.deepEqual(notes, []);
      assert.equal(pages[0].lines.length, p.lines.length);
    });
  }
});
