import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { stripMarkdown } from "../../src/layout/markdown.js";
import type { LineEmphasis } from "../../src/model/types.js";

const line = (text: string): { text: string; emphasis: LineEmphasis[] } => ({ text, emphasis: [] });
/** Renders a line with its emphasis as `<i>…</i>` / `<b>…</b>`, for readable expectations. */
const annotate = (l: { text: string; emphasis: LineEmphasis[] }): string => {
  let out = "";
  const tags = { italic: "i", bold: "b", underline: "u" } as const;
  for (let k = 0; k <= l.text.length; k++) {
    for (const e of l.emphasis) if (e.end === k) out += `</${tags[e.style]}>`;
    for (const e of l.emphasis) if (e.start === k) out += `<${tags[e.style]}>`;
    if (k < l.text.length) out += l.text[k];
  }
  return out;
};
const run = (...texts: string[]): string[] => stripMarkdown(texts.map(line)).map(annotate);

describe("stripMarkdown", () => {
  const table: [string[], string[]][] = [
    [["*Id.* at 3-4; *see also* Docket."], ["<i>Id.</i> at 3-4; <i>see also</i> Docket."]],
    [["the Court **DENIES** Plaintiff’s motion"], ["the Court <b>DENIES</b> Plaintiff’s motion"]],
    [["“*Id.*”"], ["“<i>Id.</i>”"]],
    [["(citing *Swint v.*", "*Chambers Cnty. Comm’n*, 514 U.S. 35"], ["(citing <i>Swint v.</i>", "<i>Chambers Cnty. Comm’n</i>, 514 U.S. 35"]],
    [["is an intervening change.” *United Nat’l Ins. Co. v. Spectrum", "Worldwide, Inc.*, 555 F.3d 772"], ["is an intervening change.” <i>United Nat’l Ins. Co. v. Spectrum</i>", "<i>Worldwide, Inc.</i>, 555 F.3d 772"]],
    [["**ORDER DENYING", "MOTION**"], ["<b>ORDER DENYING</b>", "<b>MOTION</b>"]],
  ];
  for (const [input, expected] of table) it(input.join(" / "), () => assert.deepEqual(run(...input), expected));

  it("***Held***: bold and italic over one word", () => {
    const [out] = stripMarkdown([line("***Held***: affirmed")]);
    assert.equal(out.text, "Held: affirmed");
    assert.deepEqual(out.emphasis.map((e) => [e.style, e.start, e.end]).sort(), [["bold", 0, 4], ["italic", 0, 4]]);
  });
});

describe("stripMarkdown: stars that are not emphasis", () => {
  const negatives = [
    "2004 WL 3030121, at *1 (C.D. Cal. Dec. 27, 2004)",
    "Brizzee, 2008 WL 426510, at * 4 (citing",
    "* * *",
    "2008 WL 426510, at *3-*4",
    "a footnote mark* in the text",
    "5 * 4 = 20",
    "an unclosed *opener and nothing else",
  ];
  for (const text of negatives) it(text, () => assert.deepEqual(run(text), [text]));
});
