import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { reorderCaption, reorderGutterCaption } from "../../src/ingest/pdf/columns.js";
import { buildLines } from "../../src/ingest/pdf/lines.js";
import { makeRun, type TextRun } from "../../src/ingest/pdf/run.js";

/** A caption table: each row is [left, right]; a ")" divider at x 300 on every row. */
function caption(rows: [string, string][], opts: { top?: number; divider?: string | null } = {}): TextRun[] {
  const { top = 200, divider = ")" } = opts;
  const runs: TextRun[] = [];
  rows.forEach(([l, r], i) => {
    const y = top + i * 14;
    if (l) runs.push(makeRun({ text: l, x: 80, y, order: runs.length }));
    if (divider) runs.push(makeRun({ text: divider, x: 300, y, right: 304, order: runs.length }));
    if (r) runs.push(makeRun({ text: r, x: 316, y, order: runs.length }));
  });
  return runs;
}

const rows: [string, string][] = [
  ["JAMES LINLOR,", "Case No.: 17cv218-MMA (BLM)"],
  ["Plaintiff,", ""],
  ["v.", "ORDER DENYING PLAINTIFF'S"],
  ["FUTERO, INC.; and DOES 1-9,", "EX PARTE MOTION"],
  ["Defendants.", "[Doc. No. 49]"],
];

describe("reorderCaption: each column reads in order", () => {
  const cases: [string, TextRun[], string[]][] = [
    [
      "parties left, case number and title right, divided by )",
      [makeRun({ text: "UNITED STATES DISTRICT COURT", x: 200, y: 150 }), ...caption(rows), makeRun({ text: "Presently before the Court", x: 116, y: 300 })],
      ["UNITED STATES DISTRICT COURT", "JAMES LINLOR,", "Plaintiff,", "v.", "FUTERO, INC.; and DOES 1-9,", "Defendants.", "Case No.: 17cv218-MMA (BLM)", "ORDER DENYING PLAINTIFF'S", "EX PARTE MOTION", "[Doc. No. 49]", "Presently before the Court"],
    ],
    [
      "a § divider works the same",
      caption(rows.slice(0, 3), { divider: "§" }),
      ["JAMES LINLOR,", "Plaintiff,", "v.", "Case No.: 17cv218-MMA (BLM)", "ORDER DENYING PLAINTIFF'S"],
    ],
  ];
  for (const [name, runs, want] of cases) it(name, () => assert.deepEqual(reorderCaption(buildLines(runs)).map((l) => l.text), want));
});

describe("reorderCaption: pages without a caption table stay as they are", () => {
  const cases: [string, TextRun[]][] = [
    ["two-column text without dividers", caption(rows, { divider: null })],
    ["two rows with ) are not a table", caption(rows.slice(0, 2))],
    ["a ) closing a sentence is not a divider", [makeRun({ text: "See Doc. No. 49 (sealed", x: 80, y: 100 }), makeRun({ text: ")", x: 218, y: 100, right: 222 }), makeRun({ text: "text", x: 80, y: 124 })]],
    [
      "dividers scattered down the whole page",
      [0, 1, 2].flatMap((k) => [makeRun({ text: "left", x: 80, y: 100 + k * 200 }), makeRun({ text: ")", x: 300, y: 100 + k * 200, right: 304 }), ...Array.from({ length: 7 }, (_, j) => makeRun({ text: `body ${j}`, x: 80, y: 124 + k * 200 + j * 24 }))]),
    ],
  ];
  for (const [name, runs] of cases) {
    it(name, () => {
      const lines = buildLines(runs);
      assert.deepEqual(reorderCaption(lines).map((l) => l.text), lines.map((l) => l.text));
    });
  }
});

/** Rows of [left, right] text with only white space between: left at x 110, right at x 344. */
function gutterCaption(rows: [string, string][], top = 300): TextRun[] {
  const runs: TextRun[] = [];
  rows.forEach(([l, r], i) => {
    const y = top + i * 12;
    if (l) runs.push(makeRun({ text: l, x: 110, y, right: 110 + l.length * 6, order: runs.length }));
    if (r) runs.push(makeRun({ text: r, x: 344, y, right: 344 + r.length * 6, order: runs.length }));
  });
  return runs;
}

describe("reorderGutterCaption: a caption divided by white space", () => {
  it("reads the parties, then the case number and title", () => {
    const runs = [
      makeRun({ text: "UNITED STATES DISTRICT COURT", x: 244, y: 240 }),
      ...gutterCaption([
        ["TRACIE STILL,", "No. 1:11-cv-00637"],
        ["Plaintiff,", "ORDER GRANTING MOTION"],
        ["v.", "FOR ATTORNEY'S FEES"],
        ["COMMISSIONER,", "(ECF No. 26)"],
        ["Defendant.", ""],
      ]),
      makeRun({ text: "Counsel filed a motion for fees on November 16, 2015, and the", x: 110, y: 420, right: 530 }),
    ];
    assert.deepEqual(reorderGutterCaption(buildLines(runs), 792).map((l) => l.text), [
      "UNITED STATES DISTRICT COURT",
      "TRACIE STILL,",
      "Plaintiff,",
      "v.",
      "COMMISSIONER,",
      "Defendant.",
      "No. 1:11-cv-00637",
      "ORDER GRANTING MOTION",
      "FOR ATTORNEY'S FEES",
      "(ECF No. 26)",
      "Counsel filed a motion for fees on November 16, 2015, and the",
    ]);
  });
});

describe("reorderGutterCaption: white space that is no caption", () => {
  const cases: [string, TextRun[]][] = [
    ["a signature block alone at the right", gutterCaption([["", "Hon. Michael M. Anello"], ["", "United States District Judge"], ["", "Southern District"]])],
    ["two side-by-side rows only", gutterCaption([["Dated: April 5, 2018", "/s/ Judge"], ["", "United States District Judge"]])],
    ["full lines crossing the gutter", Array.from({ length: 6 }, (_, i) => makeRun({ text: "x".repeat(70), x: 110, y: 300 + i * 24, right: 530 }))],
    ["a two-column table below the top of the page", gutterCaption([["Item one", "Value one"], ["Item two", "Value two"], ["Item three", "Value three"]], 640)],
  ];
  for (const [name, runs] of cases) {
    it(name, () => {
      const lines = buildLines(runs);
      assert.deepEqual(reorderGutterCaption(lines, 792).map((l) => l.text), lines.map((l) => l.text));
    });
  }
});
