import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assessTextLayer, looksLikeGlyphCodes, shiftGlyphCodes, unshiftGlyphCodes, wordShare } from "../../src/ingest/pdf/quality.js";
import { pseudoRandomBytes } from "../fixtures/pdf/bad.js";

const PROSE = "The Court has reviewed the motion and finds that Plaintiff does not argue there is newly discovered evidence. ".repeat(4);

/** Writes text the way a producer without a Unicode map does: glyph numbers, 29 below ASCII. */
const asGlyphCodes = (text: string) => [...text].map((c) => String.fromCharCode(c.charCodeAt(0) - 29)).join("");

/** Consonant salad in word-sized tokens, from fixed bytes. */
function salad(n: number): string {
  return [...pseudoRandomBytes(n, 5)].map((b, k) => (k % 7 === 6 ? " " : "bcdfghjklmnpqrstvwxz"[b % 20])).join("");
}

describe("assessTextLayer: text layers that cannot be trusted", () => {
  const cases: [string, string, RegExp][] = [
    ["private-use glyphs", "\uE001\uE002\uE003 ".repeat(120), /unmapped glyphs/],
    ["replacement characters", "\uFFFD\uFFFD ab ".repeat(80), /unmapped glyphs/],
    ["letter salad", salad(700), /read as words/],
  ];
  for (const [name, text, why] of cases) {
    it(name, () => {
      const f = assessTextLayer(text);
      assert.equal(f?.code, "pdf.unreliable-text");
      assert.equal(f?.severity, "warning");
      assert.match(f?.message ?? "", why);
    });
  }
});

describe("assessTextLayer: text layers that are fine", () => {
  const cases: [string, string][] = [
    ["prose", PROSE],
    ["citations and numbers", "See Tripati v. Henman, 845 F.2d 205, 206 n.1 (9th Cir. 1988); 28 U.S.C. § 1292(b); Fed. R. Civ. P. 59(e). ".repeat(3)],
    ["too short to judge", "xq zk wv"],
    ["empty", ""],
  ];
  for (const [name, text] of cases) it(name, () => assert.equal(assessTextLayer(text), null));
});

describe("glyph numbers as text", () => {
  it("shifts a font's glyph numbers back to characters", () => {
    const coded = asGlyphCodes("Case No. 2:17-cv-00308 Title Jason Lust v. Animal Logic Entertainment");
    assert.equal(unshiftGlyphCodes(coded), "Case No. 2:17-cv-00308 Title Jason Lust v. Animal Logic Entertainment");
  });
  it("maps the dashes and curly quotes that follow the ASCII range", () => {
    assert.equal(shiftGlyphCodes("\u00b3SFA\u00b4 3\u00b14 Lust\u00b6s".replace(/[A-Za-z0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 29))), "“SFA” 3–4 Lust’s");
  });
  it("recognizes a short run of another font of the same producer", () => {
    assert.equal(looksLikeGlyphCodes("\u0015"), true);
    assert.equal(looksLikeGlyphCodes("B."), false);
  });
  const ordinary: [string, string][] = [
    ["ordinary prose", PROSE],
    ["prose with one stray control code", `${PROSE}\u0003`],
    ["control codes that do not read as words when shifted", "\u0003\u0004\u0005\u0006\u0007\u0008\u0003\u0004\u0005\u0006"],
    ["real text with lower-case letters and a glyph-3 space", "See e.g.\u0003See e.g.\u0003Id."],
  ];
  for (const [name, text] of ordinary) it(`leaves ${name} alone`, () => assert.equal(unshiftGlyphCodes(text), null));
  it("counts words", () => assert.equal(wordShare("the Court denies the motion"), 1));
});
