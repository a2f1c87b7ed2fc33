import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { analyze } from "../../src/analyze/index.js";
import { findCitations } from "../../src/cite/index.js";
import { ingestPdf } from "../../src/ingest/pdf.js";
import { mergeRuns, ocrFinding, pageList, recognizedRuns, textLayerNeed, type OcrLine, type OcrWord } from "../../src/ingest/pdf/recognized.js";
import { makeRun } from "../../src/ingest/pdf/run.js";
import { layout } from "../../src/layout/index.js";
import type { Ingested, SourceLine } from "../../src/model/types.js";
import { renderScan, type ScanLine } from "../fixtures/pdf/scan.js";

/** A word at pixel box [x0, x1] on a line whose baseline is `baseline` pixels down. */
function word(text: string, x0: number, x1: number, confidence = 95, baseline = 400): OcrWord {
  return { text, confidence, x0, x1, y0: baseline - 30, y1: baseline };
}

function line(baseline: number, rowHeight: number, words: [string, number, number, number?][]): OcrLine {
  return { baseline, rowHeight, words: words.map(([t, a, b, c]) => word(t, a, b, c, baseline)) };
}

describe("recognizedRuns: OCR words become runs in points", () => {
  const cases: [string, OcrLine[], number, [string, number, number, number, number][]][] = [
    // name, lines, scale (pixels per point), expected [text, x, y, right, size]
    ["one word at 2 px a point", [line(200, 24, [["ORDER", 144, 230]])], 2, [["ORDER", 72, 100, 115, 12]]],
    [
      "every word of a line on its baseline",
      [line(300, 36, [["IT", 216, 240], ["IS", 255, 280], ["ORDERED.", 300, 420]])],
      3,
      [["IT", 72, 100, 80, 12], ["IS", 85, 100, 93.33, 12], ["ORDERED.", 100, 100, 140, 12]],
    ],
    [
      "row heights near the usual one are the usual size; a footnote's stays smaller",
      [line(100, 24, [["Body", 10, 50]]), line(130, 25, [["text", 10, 50]]), line(160, 23, [["here", 10, 50]]), line(300, 18, [["note", 10, 50]])],
      2,
      [["Body", 5, 50, 25, 12], ["text", 5, 65, 25, 12], ["here", 5, 80, 25, 12], ["note", 5, 150, 25, 9]],
    ],
    [
      "specks read as punctuation are dropped; confident punctuation and words are kept",
      [line(100, 24, [["~", 0, 4, 20], ["§", 10, 20, 90], ["l", 30, 34, 15], ["—", 40, 50, 30]])],
      2,
      [["§", 5, 50, 10, 12], ["l", 15, 50, 17, 12]],
    ],
  ];
  for (const [name, lines, scale, want] of cases) {
    it(name, () => {
      const { runs } = recognizedRuns({ lines, scale });
      assert.deepEqual(
        runs.map((r) => [r.text, round(r.x), round(r.y), round(r.right), r.size]),
        want,
      );
    });
  }

  it("tallies the kept words' confidence, weighted by length", () => {
    const { tally } = recognizedRuns({ scale: 1, lines: [line(100, 12, [["Court", 0, 30, 90], ["v.", 35, 45, 60], ["~", 50, 52, 10]])] });
    assert.deepEqual(tally, { words: 2, chars: 7, weighted: 5 * 90 + 2 * 60 });
  });

  it("runs are drawn in reading order after the text layer's", () => {
    const { runs } = recognizedRuns({ scale: 1, lines: [line(100, 12, [["a1", 0, 10], ["b2", 20, 30]]), line(120, 12, [["c3", 0, 10]])] }, 7);
    assert.deepEqual(runs.map((r) => r.order), [7, 8, 9]);
  });
});

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

describe("textLayerNeed: which pages OCR reads", () => {
  const prose = "The Court has considered the motion, the opposition and the reply, and the record as a whole.";
  const salad = Array.from({ length: 40 }, (_, i) => "bcdfghjklmnpqrstvwxz".slice(i % 13, (i % 13) + 6)).join(" ");
  const cases: [string, string[], "missing" | "unreliable" | null][] = [
    ["an empty page", [], "missing"],
    ["only the CM/ECF stamp a court prints on a scan", ["Case 1:19-cv-04410-PKC Document 12 Filed 03/02/20 Page 1 of 4"], "missing"],
    ["the stamp and a page number", ["Case 1:19-cv-04410-PKC Document 12 Filed 03/02/20 Page 1 of 4", "1"], "missing"],
    ["a page of prose", [prose, prose], null],
    ["the stamp over a page of prose", ["Case 1:19-cv-04410-PKC Document 12 Filed 03/02/20 Page 1 of 4", prose], null],
    ["letter salad from a font without a Unicode map", [salad, salad], "unreliable"],
  ];
  for (const [name, lines, want] of cases) {
    it(`${name} → ${want}`, () => assert.equal(textLayerNeed(lines.map((text) => ({ text }))), want));
  }
});

describe("mergeRuns: OCR fills in where the text layer has nothing", () => {
  const stamp = makeRun({ text: "Case 1:19-cv-04410-PKC Document 12", x: 36, y: 24, size: 9, right: 200 });
  const cases: [string, ReturnType<typeof makeRun>[], string[]][] = [
    ["a word over the stamp is the stamp read again", [makeRun({ text: "Document", x: 120, y: 24.5, size: 9, right: 150 })], [stamp.text]],
    ["a word below the stamp is new", [makeRun({ text: "ORDER", x: 120, y: 60, size: 12, right: 170 })], [stamp.text, "ORDER"]],
    ["a word beside the stamp on its baseline is new", [makeRun({ text: "PageID.77", x: 230, y: 24, size: 9, right: 270 })], [stamp.text, "PageID.77"]],
  ];
  for (const [name, ocr, want] of cases) {
    it(name, () => assert.deepEqual(mergeRuns([stamp], ocr).map((r) => r.text), want));
  }
});

describe("ocrFinding: says which pages OCR read and how sure it was", () => {
  const cases: [string, number[], number, number, [string, string] | null][] = [
    // name, pages, mean confidence, pages in the document, expected [severity, message]
    ["nothing read", [], 0, 3, null],
    ["one page, clear", [1], 94, 1, ["info", "the text of page 1 of 1 was read by OCR, mean word confidence 94%"]],
    ["pages in runs", [1, 2, 3, 7], 88, 9, ["info", "the text of 4 pages (1-3, 7) of 9 was read by OCR, mean word confidence 88%"]],
    ["at the line", [2], 70, 2, ["info", "the text of page 2 of 2 was read by OCR, mean word confidence 70%"]],
    ["a poor scan", [1, 2], 55, 2, ["warning", "the text of 2 pages (1-2) of 2 was read by OCR, mean word confidence 55% (low: check the text against the scan)"]],
  ];
  for (const [name, pages, mean, numPages, want] of cases) {
    it(name, () => {
      const f = ocrFinding(pages, { words: 10, chars: 100, weighted: mean * 100 }, numPages);
      assert.deepEqual(f && [f.severity, f.message], want);
      if (f) assert.equal(f.code, "pdf.ocr");
    });
  }

  const lists: [number[], string][] = [
    [[4], "4"],
    [[1, 2], "1-2"],
    [[1, 3, 4, 5, 9, 10], "1, 3-5, 9-10"],
  ];
  for (const [pages, want] of lists) it(`pageList ${JSON.stringify(pages)} → ${want}`, () => assert.equal(pageList(pages), want));
});

// One scanned order, read once by OCR; the tests below look at what came out.
const STAMP = "Case 3:24-cv-01234-ABC Document 17 Filed 02/14/24 Page 1 of 1";
const ORDER: ScanLine[] = [
  { text: "UNITED STATES DISTRICT COURT", x: 200, y: 110 },
  { text: "NORTHERN DISTRICT OF CALIFORNIA", x: 190, y: 128 },
  { text: "MARGARET OKAFOR,", x: 72, y: 170 },
  { text: "Plaintiff,", x: 108, y: 188 },
  { text: "v.", x: 90, y: 206 },
  { text: "BRIGHTWATER HOLDINGS LLC,", x: 72, y: 224 },
  { text: "Defendant.", x: 108, y: 242 },
  { text: "Case No. 3:24-cv-01234-ABC", x: 340, y: 188 },
  { text: "ORDER GRANTING MOTION TO DISMISS", x: 180, y: 290 },
  { text: "Defendant moves to dismiss the complaint. Having read the papers, the", x: 108, y: 330 },
  { text: "Court GRANTS the motion to dismiss with leave to amend.", x: 72, y: 354 },
  { text: "IT IS SO ORDERED.", x: 108, y: 390 },
  { text: "Dated: February 14, 2024", x: 72, y: 430 },
];

describe("ingestPdf on a scanned order (OCR)", { timeout: 120_000 }, () => {
  let ing: Ingested;
  let lines: SourceLine[];
  let pdf: Uint8Array;
  before(async () => {
    pdf = await renderScan([{ lines: ORDER, stamp: STAMP }], { dpi: 200 });
    ing = await ingestPdf(pdf, { path: "scan.pdf", ocrDpi: 200 });
    lines = ing.pages[0].lines.filter((l) => l.text !== "");
  });

  it("reads the caption, the title and the decretal line", () => {
    const texts = lines.map((l) => l.text);
    for (const want of ["UNITED STATES DISTRICT COURT", "NORTHERN DISTRICT OF CALIFORNIA", "MARGARET OKAFOR,", "BRIGHTWATER HOLDINGS LLC,", "ORDER GRANTING MOTION TO DISMISS", "IT IS SO ORDERED."]) {
      assert.ok(texts.includes(want), `${want} in ${JSON.stringify(texts)}`);
    }
  });

  it("places lines where they were drawn", () => {
    for (const drawn of ORDER.filter((l) => ["IT IS SO ORDERED.", "UNITED STATES DISTRICT COURT", "Dated: February 14, 2024"].includes(l.text))) {
      const got = lines.find((l) => l.text === drawn.text);
      assert.ok(got, drawn.text);
      assert.ok(Math.abs((got.x ?? 0) - drawn.x) < 3, `${drawn.text} x ${got.x}`);
      assert.ok(Math.abs((got.y ?? 0) - drawn.y) < 3, `${drawn.text} y ${got.y}`);
      assert.ok(Math.abs((got.fontSize ?? 0) - 12) <= 2, `${drawn.text} size ${got.fontSize}`);
    }
  });

  it("keeps the stamp from the text layer, once, as the stamp", () => {
    const stamps = lines.filter((l) => /Document 17/.test(l.text));
    assert.deepEqual(stamps.map((l) => [l.role, l.text]), [["stamp", STAMP]]);
  });

  it("says the text was read by OCR, with its confidence", () => {
    const ocr = ing.findings.filter((f) => f.code === "pdf.ocr");
    assert.equal(ocr.length, 1);
    assert.equal(ocr[0].severity, "info");
    const m = /page 1 of 1 was read by OCR, mean word confidence (\d+)%/.exec(ocr[0].message);
    assert.ok(m, ocr[0].message);
    assert.ok(Number(m[1]) >= 80 && Number(m[1]) <= 100, ocr[0].message);
    assert.deepEqual(ing.findings.filter((f) => f.severity !== "info"), []);
  });

  it("reads on through layout and analysis as a text layer would", () => {
    const doc = layout(ing);
    const reading = analyze(doc, findCitations(doc.text, { emphasis: doc.emphasis }));
    assert.equal(reading.caption.court?.id, "cand");
    assert.deepEqual(reading.rulings.map((r) => r.disposition), ["granted"]);
  });

  it("with OCR off: the stamp alone, and a finding naming the unread page", async () => {
    const off = await ingestPdf(pdf, { path: "scan.pdf", ocr: false });
    assert.deepEqual(off.pages[0].lines.map((l) => l.text), [STAMP]);
    assert.deepEqual(off.findings.map((f) => [f.severity, f.code, f.message]), [["warning", "pdf.ocr-skipped", "page 1 of 1 has no usable text layer and OCR was turned off"]]);
  });

  it("with OCR off and no stamp: pdf.no-text-layer says why", async () => {
    const bare = await renderScan([{ lines: ORDER.slice(0, 2) }], { dpi: 72 });
    const off = await ingestPdf(bare, { path: "bare.pdf", ocr: false });
    assert.deepEqual(off.findings.map((f) => [f.severity, f.code]), [["error", "pdf.no-text-layer"]]);
    assert.match(off.findings[0].message, /OCR was turned off/);
  });
});
