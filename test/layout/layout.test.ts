import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { layout } from "../../src/layout/index.js";
import { locate } from "../../src/model/sourcemap.js";
import type { Ingested, Page, SourceFormat, SourceLine } from "../../src/model/types.js";

/** An ingested document from pages of lines, with defaults for the rest. */
const ingested = (pages: (string | SourceLine)[][], format: SourceFormat = "text"): Ingested => ({
  source: { path: "t", format, sha256: "0", pages: pages.length },
  pages: pages.map((lines, i): Page => ({ number: i + 1, lines: lines.map((l) => (typeof l === "string" ? { text: l } : l)) })),
  findings: [],
});
/** One text page as a text copy without form feeds prints it: stamp, numbered lines, footer. */
const pleadingPage = (n: number, of: number, body: string[], foot: string[] = []): string[] => [
  `Case 3:17-cv-00218-MMA-BLM Document 50 Filed 04/05/18 PageID.${317 + n} Page ${n} of ${of}`,
  ...body.map((t, i) => `${i + 1} ${t}`),
  ...foot,
  "",
  `- ${n} -`,
  "17cv218-MMA (BLM)",
  "",
];
/** Body lines that differ in their words (lines differing only in numbers read as running heads). */
const filler = (k: number, word: string): string[] =>
  Array.from({ length: k }, (_, i) => `${word} line ${"abcdefghijklmnopqrstuvwxyz"[i % 26]} of the body goes on with more words than a heading has.`);

describe("layout: a text copy without form feeds", () => {
  const text = [
    ...pleadingPage(1, 2, [...filler(26, "first"), "The motion is governed by Tripati v. Henman, 845 F.2d", "205, 206 n.1 … and the Court DENIES the motion.1"], []),
    ...pleadingPage(2, 2, ["205, 207 (9th Cir. 1988). The rest follows.", ...filler(25, "second"), "1 A footnote at the foot of page two.", "It goes on."]),
  ];
  const doc = layout(ingested([text]));

  it("splits pages at the stamps and keeps every stamp", () => {
    assert.equal(doc.source.pages, 2);
    assert.deepEqual(doc.stamps.map((s) => s.page), [1, 2]);
    assert.equal(doc.stamp?.pageId, "318");
  });

  it("removes stamps, running feet and page numbers", () => {
    assert.doesNotMatch(doc.text, /Case 3:17|17cv218|- \d -/);
  });

  it("joins the sentence across the page break", () => {
    assert.ok(doc.text.includes("Tripati v. Henman, 845 F.2d 205, 206 n.1 … and the Court DENIES the motion.1 205, 207 (9th Cir. 1988)."));
  });

  it("maps the second page's first line", () => {
    assert.deepEqual(locate(doc.anchors, doc.text.indexOf("205, 207")), { page: 2, line: 1 });
  });

  it("moves a digit-marked footnote after the body with its marker", () => {
    assert.equal(doc.footnotes.length, 1);
    const note = doc.footnotes[0];
    assert.equal(note.mark, "1");
    assert.equal(doc.text.slice(note.start, note.end), "A footnote at the foot of page two. It goes on.");
    assert.equal(note.refs?.length, 1);
    const ref = note.refs?.[0];
    assert.equal(ref && doc.text.slice(ref.start - 7, ref.end), "motion.1");
  });
});

describe("layout: paragraphs", () => {
  const para = (lines: string[]): string => layout(ingested([lines])).text;
  const table: [string, string[], string][] = [
    ["lines of a paragraph join with one space", ["The Court has", "reviewed the motion."], "The Court has reviewed the motion."],
    ["a hyphen at a line end joins with none", ["the now-", "defunct bank"], "the now-defunct bank"],
    ["a blank line separates paragraphs", ["First.", "", "Second."], "First.\n\nSecond."],
    ["a heading stands alone", ["BACKGROUND", "The facts are these."], "BACKGROUND\n\nThe facts are these."],
    ["a numbered heading after a sentence", ["The facts are these.", "A. Standard of Review", "The standard is de novo."], "The facts are these.\n\nA. Standard of Review\n\nThe standard is de novo."],
    ["an initial mid-sentence is no heading", ["The witness, according to", "A. Smith testified that the deal closed"], "The witness, according to A. Smith testified that the deal closed"],
    ["an indented line opens a paragraph", ["the end of one paragraph goes on and on for a while longer.", "   A new paragraph begins here and runs on for a while too."], "the end of one paragraph goes on and on for a while longer.\n\nA new paragraph begins here and runs on for a while too."],
  ];
  for (const [name, lines, expected] of table) it(name, () => assert.equal(para(lines), expected));

  it("a sentence in capitals ending in a period is not a heading", () => {
    const doc = layout(ingested([["IT IS SO ORDERED.", "", "Dated: April 5, 2018"]]));
    assert.deepEqual(doc.sections, []);
  });
});

describe("layout: printed page numbers split a text copy", () => {
  const words = ["", "alpha", "beta", "gamma"];
  const pages = [1, 2, 3].map((n) => [...filler(6, words[n]), "", `-${n}-`, ""]).flat();
  const doc = layout(ingested([pages]));
  it("finds three pages and drops the numbers", () => {
    assert.equal(doc.source.pages, 3);
    assert.doesNotMatch(doc.text, /-\d-/);
    assert.equal(locate(doc.anchors, doc.text.indexOf("gamma line a")).page, 3);
  });
});

describe("layout: PDF pages", () => {
  const pdfPage = (n: number, lines: SourceLine[]): SourceLine[] => [
    { text: `Case 2:12-cv-00601-ROS Document 4213-1 Filed 10/20/21 Page ${n} of 2`, role: "stamp" },
    ...lines,
  ];
  const doc = layout(
    ingested(
      [
        pdfPage(1, [
          { text: "The Court relies on", lineNumber: 27 },
          { text: "Doe v. Roe.2", lineNumber: 28, emphasis: [{ start: 0, end: 10, style: "italic" }] },
          { text: "2 The first part of a note", role: "footnote" },
        ]),
        pdfPage(2, [
          { text: "continued on the next page.", role: "footnote" },
          { text: "for the rule.", lineNumber: 1 },
        ]),
      ],
      "pdf",
    ),
  );
  it("uses the margin numbers ingest separated", () => {
    assert.deepEqual(locate(doc.anchors, doc.text.indexOf("Doe v. Roe")), { page: 1, line: 28 });
    assert.deepEqual(locate(doc.anchors, doc.text.indexOf("for the rule")), { page: 2, line: 1 });
  });
  it("keeps a footnote continued on the next page as one", () => {
    assert.equal(doc.footnotes.length, 1);
    assert.equal(doc.text.slice(doc.footnotes[0].start, doc.footnotes[0].end), "The first part of a note continued on the next page.");
    assert.ok(doc.text.startsWith("The Court relies on Doe v. Roe.2 for the rule."));
  });
  it("keeps the source emphasis and the stamp", () => {
    assert.deepEqual(doc.emphasis.map((e) => doc.text.slice(e.start, e.end)), ["Doe v. Roe"]);
    assert.equal(doc.stamp?.attachment, "1");
    assert.equal(doc.source.pages, 2);
  });
});

describe("layout: text that has no footnotes, stamps or margin numbers", () => {
  const negatives: [string, string[]][] = [
    ["a numbered list at a page foot", ["The factors are:", "1 the first factor of the test;", "2 the second factor of the test;"]],
    ["a date line that looks like a stamp", ["Case 3:17-cv-00218 was filed 04/05/18.", "Nothing else."]],
    ["a citation starting a line", ["See", "28 U.S.C. § 1292(b)."]],
  ];
  for (const [name, lines] of negatives) {
    it(name, () => {
      const doc = layout(ingested([lines]));
      assert.deepEqual([doc.footnotes, doc.stamp, doc.stamps], [[], null, []]);
      for (const l of lines) for (const word of l.split(" ")) assert.ok(doc.text.includes(word), word);
    });
  }
});

describe("layout: stamps printed at the foot of each page", () => {
  const page = (n: number, words: string): string[] => [
    ...filler(8, words),
    `Case 1:22-cv-01046-WO-LPA   Document 72   Filed 03/29/24   Page ${n} of 2`,
  ];
  const doc = layout(ingested([[...page(1, "alpha"), ...page(2, "beta")]]));
  it("cuts pages after the stamps and keeps them", () => {
    assert.equal(doc.source.pages, 2);
    assert.deepEqual(doc.stamps.map((s) => s.page), [1, 2]);
    assert.equal(locate(doc.anchors, doc.text.indexOf("beta line a")).page, 2);
    assert.doesNotMatch(doc.text, /Case 1:22/);
  });
});

describe("layout: stamps printed all in lower case", () => {
  const page = (n: number, words: string): string[] => [`case 1:88-cv-00412-XY-ZW   document 38   filed 05/17/94   page ${n} of 2`, ...filler(8, words)];
  const doc = layout(ingested([[...page(1, "alpha"), ...page(2, "beta")]]));
  it("reads them as stamps and cuts pages at them", () => {
    assert.deepEqual(doc.stamps.map((s) => [s.page, s.document, s.filed]), [[1, "38", "1994-05-17"], [2, "38", "1994-05-17"]]);
    assert.doesNotMatch(doc.text, /case 1:88/);
  });
});

describe("layout: HTML", () => {
  const doc = layout(
    ingested(
      [
        [
          { text: "I. BACKGROUND", emphasis: [{ start: 0, end: 13, style: "bold" }] },
          { text: "" },
          { text: "The jury convicted appellant of possession (\"PCP\")1 and more.", emphasis: [{ start: 0, end: 3, style: "italic" }] },
          { text: "1 The verdict form included the charge.", role: "footnote" },
        ],
      ],
      "html",
    ),
  );
  it("takes footnotes from their role and headings from the lines", () => {
    assert.deepEqual(doc.footnotes.map((f) => [f.mark, doc.text.slice(f.start, f.end)]), [["1", "The verdict form included the charge."]]);
    assert.deepEqual(doc.sections.map((s) => s.heading), ["I. BACKGROUND"]);
    assert.equal(doc.text.split("\n\n")[1], "The jury convicted appellant of possession (\"PCP\")1 and more.");
    assert.equal(doc.footnotes[0].refs?.length, 1);
  });
  it("does not read markdown in HTML", () => {
    const plain = layout(ingested([["a *b* c"]], "html"));
    assert.equal(plain.text, "a *b* c");
  });
});

describe("layout: two numbered headings in a row", () => {
  it("are two sections", () => {
    const doc = layout(ingested([["III. LEGAL STANDARD", "A. Rule 12(b)(1)", "A motion to dismiss under the rule tests jurisdiction."]]));
    assert.deepEqual(doc.sections.map((s) => s.heading), ["III. LEGAL STANDARD", "A. Rule 12(b)(1)"]);
  });
});

describe("layout: a re-filed document with two stamps on two lines", () => {
  it("keeps the newest and removes both", () => {
    const doc = layout(
      ingested([
        [
          "Case 1:10-cv-00001-AB Document 5 Filed 01/01/10 Page 1 of 1",
          "Case 1:10-cv-00001-AB Document 7 Filed 02/02/11 Page 1 of 1",
          "ORDER",
          "The motion is granted.",
        ],
      ]),
    );
    assert.deepEqual([doc.stamp?.document, doc.source.pages], ["7", 1]);
    assert.ok(doc.text.startsWith("ORDER"));
  });
});

describe("layout: lone numbers between lines of text are not page numbers", () => {
  it("keeps one page", () => {
    const lines = ["alpha", "beta"].flatMap((w, k) => [...filler(4, w), String(k + 1), `Note ${w} text follows the mark.`]).concat([...filler(2, "gamma"), "3", "Note gamma text."]);
    const doc = layout(ingested([lines]));
    assert.equal(doc.source.pages, 1);
  });
});
