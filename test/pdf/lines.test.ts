import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildLines, composeLine, toSuperscript } from "../../src/ingest/pdf/lines.js";
import { makeRun, type TextRun } from "../../src/ingest/pdf/run.js";

/** Lays words on one baseline left to right, `gap` points apart, 6 points a character. */
function row(y: number, words: (string | Partial<TextRun> & { text: string })[], gap = 3, x0 = 72): TextRun[] {
  let x = x0;
  let order = 0;
  return words.map((w) => {
    const spec = typeof w === "string" ? { text: w } : w;
    const width = spec.text.length * 6;
    const run = makeRun({ y, x, right: x + width, order: order++, ...spec });
    x += width + gap;
    return run;
  });
}

describe("composeLine: spaces from gaps", () => {
  const cases: [string, TextRun[], string][] = [
    ["word gap makes a space", row(100, ["Tripati", "v.", "Henman"]), "Tripati v. Henman"],
    ["touching runs stay one word", row(100, ["Hen", "man"], 0), "Henman"],
    ["kerning gap (under a thin space) is no space", row(100, ["F", ".2d"], 1), "F.2d"],
    ["spaces inside runs are not doubled", row(100, ["Doc. No. ", " 49"], 3), "Doc. No. 49"],
    ["runs out of drawing order are sorted by x", [makeRun({ text: "205", x: 150, y: 100, right: 168, order: 0 }), makeRun({ text: "845 F.2d", x: 72, y: 100, right: 120, order: 1 })], "845 F.2d 205"],
    ["letter-spaced glyphs of one word do not become w o r d", row(100, ["O", "R", "D", "E", "R"], 0.5), "ORDER"],
  ];
  for (const [name, runs, text] of cases) it(name, () => assert.equal(composeLine(runs).text, text));
});

describe("composeLine: emphasis ranges", () => {
  const cases: [string, TextRun[], { text: string; italic: string[]; bold: string[] }][] = [
    ["italic case name", row(100, [{ text: "See", italic: true }, { text: "Tripati v. Henman", italic: true }, "845 F.2d 205"]), { text: "See Tripati v. Henman 845 F.2d 205", italic: ["See Tripati v. Henman"], bold: [] }],
    ["bold ruling word", row(100, ["the Court", { text: "DENIES", bold: true }, "the motion"]), { text: "the Court DENIES the motion", italic: [], bold: ["DENIES"] }],
    ["trailing space of a styled run is not emphasized", row(100, [{ text: "Id. ", italic: true }, "at 3"], 0), { text: "Id. at 3", italic: ["Id."], bold: [] }],
  ];
  for (const [name, runs, want] of cases) {
    it(name, () => {
      const line = composeLine(runs);
      assert.equal(line.text, want.text);
      const of = (style: string) => line.emphasis.filter((e) => e.style === style).map((e) => line.text.slice(e.start, e.end));
      assert.deepEqual(of("italic"), want.italic);
      assert.deepEqual(of("bold"), want.bold);
    });
  }
});

describe("buildLines: baselines, superscripts, overprinting", () => {
  it("groups jittery runs by baseline and orders lines top to bottom", () => {
    const runs = [...row(124, ["second", "line"]), makeRun({ text: "first", x: 72, y: 100.4, right: 102 }), makeRun({ text: "line", x: 105, y: 99.8, right: 129 })];
    assert.deepEqual(buildLines(runs).map((l) => l.text), ["first line", "second line"]);
  });
  it("attaches a raised small mark to the word before it as a superscript", () => {
    const runs = [...row(200, ["interlocutory appeal."]), makeRun({ text: "1", x: 72 + 21 * 6 + 0.5, y: 195.5, size: 7.5, right: 72 + 21 * 6 + 4.5, order: 5 }), makeRun({ text: "See", x: 72 + 21 * 6 + 8, y: 200, right: 72 + 21 * 6 + 26, italic: true, order: 6 })];
    const lines = buildLines(runs);
    assert.equal(lines.length, 1);
    assert.equal(lines[0].text, "interlocutory appeal.¹ See");
  });
  it("marks a footnote line that opens with a raised mark", () => {
    const runs = [makeRun({ text: "2", x: 72, y: 696.5, size: 6.5, right: 75.5 }), makeRun({ text: "The Court also denies the stay.", x: 77, y: 700, size: 10, right: 230, order: 1 })];
    const [line] = buildLines(runs);
    assert.equal(line.text, "²The Court also denies the stay.");
    assert.equal(line.startsWithMark, true);
  });
  it("keeps two stamps printed over each other apart, in drawing order", () => {
    const older = row(36, ["Case 3:17-cv-00218", "Document 50", "Filed 04/04/18", "Page 1 of 6"], 4);
    const newer = row(36, ["Case 3:17-cv-00218", "Document 50", "Filed 04/05/18", "Page 1 of 6"], 4.2).map((r, i) => ({ ...r, x: r.x + 0.8, right: r.right + 0.8, order: 10 + i }));
    const lines = buildLines([...older, ...newer]);
    assert.deepEqual(lines.map((l) => l.text), ["Case 3:17-cv-00218 Document 50 Filed 04/04/18 Page 1 of 6", "Case 3:17-cv-00218 Document 50 Filed 04/05/18 Page 1 of 6"]);
  });
  it("a clerk's FILED box in the way of a stamp's tail gives way to the stamp", () => {
    const filed = makeRun({ text: "FILED", x: 470, y: 22, right: 500, size: 6.5, bold: true, order: 0 });
    const stamp = row(22, ["Case 2:20-cv-07309", "Document 64", "Page 1 of 5", "Page ID #:2070"], 4).map((r, i) => ({ ...r, order: i + 1 }));
    stamp[3] = { ...stamp[3], x: 466, right: 550 };
    const lines = buildLines([filed, ...stamp]);
    assert.deepEqual(lines.map((l) => l.text), ["Case 2:20-cv-07309 Document 64 Page 1 of 5 Page ID #:2070", "FILED"]);
  });
  it("folds text drawn twice at one spot (fake bold) into one bold run", () => {
    const a = makeRun({ text: "ORDER", x: 280, y: 150, right: 320, order: 0 });
    const b = makeRun({ text: "ORDER", x: 280.4, y: 150, right: 320.4, order: 1 });
    const [line] = buildLines([a, b]);
    assert.equal(line.text, "ORDER");
    assert.deepEqual(line.emphasis, [{ start: 0, end: 5, style: "bold" }]);
  });
  it("writes footnote marks as Unicode superscripts", () => {
    assert.equal(toSuperscript("12"), "¹²");
    assert.equal(toSuperscript("*"), "*");
  });
});

describe("buildLines: input that yields nothing", () => {
  const cases: [string, TextRun[]][] = [
    ["no runs", []],
    ["only spaces", row(100, [" ", "  ", "\u00a0"])],
    ["empty strings", [makeRun({ text: "", x: 72, y: 100 })]],
  ];
  for (const [name, runs] of cases) it(name, () => assert.deepEqual(buildLines(runs), []));
});
