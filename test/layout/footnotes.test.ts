import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { footnoteRules, plainMark, separateFootnotes } from "../../src/layout/footnotes.js";
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

describe("text copies: the rule above footnotes", () => {
  const RULE = " ".repeat(44);
  /** Pages of a text copy, each a list of raw lines (before tidying), numbered from 1. */
  const pages = (...texts: string[][]): WorkPage[] =>
    texts.map((lines, p) => ({ number: p + 1, stamp: null, lines: lines.map((t, i) => ({ ...line(t, i + 1), page: p + 1 })) }));
  const tidy = (ps: WorkPage[]): WorkPage[] => ps.map((p) => ({ ...p, lines: p.lines.map((l) => (l.text.trim() === "" ? { ...l, text: "" } : l)) }));
  const read = (ps: WorkPage[]) => separateFootnotes(tidy(ps), "text", footnoteRules(ps));
  const bodyOf = (ps: WorkPage[]): string[] => ps.flatMap((p) => p.lines.map((l) => l.text).filter(Boolean));

  it("a note continued under the next page's rule joins its first part", () => {
    const ps = pages([...filler, "agencies have prevailed.1", RULE, "1 See, e.g., Disability Law Ctr. v. Sch. Dist., 581"], ["F.3d 936 was the next page's body?", "No: this is body text.", "It goes on here.", RULE, "F.3d 936, 940 (9th Cir. 2009) (access)."]);
    const { notes, pages: out } = read(ps);
    assert.deepEqual(notes.map((n) => n.lines.map((l) => l.text)), [["See, e.g., Disability Law Ctr. v. Sch. Dist., 581", "F.3d 936, 940 (9th Cir. 2009) (access)."]]);
    assert.deepEqual(bodyOf(out), [...filler, "agencies have prevailed.1", "F.3d 936 was the next page's body?", "No: this is body text.", "It goes on here."]);
  });

  it("a page that is all footnote carries on a note that broke off", () => {
    const ps = pages([...filler, "based on access.1", RULE, "1 See, e.g., Law Ctr. v. Sch. Dist., 581"], [RULE, "F.3d 936 (9th Cir. 2009) (access to the", "records of a school, which"], ["Because the Act applies, the facility", "must comply with the scheme.", "It may monitor both programs.", RULE, "That is all.)."]);
    const { notes, pages: out } = read(ps);
    assert.deepEqual(notes.map((n) => n.lines.map((l) => l.text).join(" ")), ["See, e.g., Law Ctr. v. Sch. Dist., 581 F.3d 936 (9th Cir. 2009) (access to the records of a school, which That is all.)."]);
    assert.deepEqual(bodyOf(out), [...filler, "based on access.1", "Because the Act applies, the facility", "must comply with the scheme.", "It may monitor both programs."]);
  });

  it("a signature line of underscores is no rule, nor a blank band after a finished note", () => {
    const sig = pages([...filler, "IT IS SO ORDERED.", "Dated: 6/5/2019", "______________________________________", "HAYWOOD S. GILLIAM, JR.", "United States District Judge"]);
    assert.deepEqual(read(sig).notes, []);
    assert.deepEqual(bodyOf(read(sig).pages), bodyOf(sig));
    const done = pages([...filler, "Denied.1", RULE, "1 A finished note."], [RULE, "Page two starts here.", "And goes on."]);
    const { notes, pages: out } = read(done);
    assert.equal(notes.length, 1);
    assert.deepEqual(bodyOf(out).slice(-2), ["Page two starts here.", "And goes on."]);
  });
});
