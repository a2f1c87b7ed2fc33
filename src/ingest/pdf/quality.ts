import type { Finding } from "../../model/types.js";

/** Below this many characters a text layer is too short to judge. */
const MIN_CHARS = 200;

// Characters a broken font mapping leaves behind: private-use glyph codes, U+FFFD, C0 controls.
const UNMAPPED = /[\uE000-\uF8FF\uFFFD\u0000-\u0008\u000E-\u001F]/g;
// A word as prose has it: letters with a vowel ("court", "Id"), or a number.
const WORDLIKE = /^[("'“‘\[]{0,2}(?:[A-Za-z]{0,20}[aeiouyAEIOUY][A-Za-z'’\-]{0,30}|[A-Z]{1,6}|\d[\d,.:\-\/]{0,20}[a-z]{0,3})[)"'”’\].,;:!?]{0,3}$/;

/**
 * Judges whether a text layer can be trusted: a layer made of unmapped glyphs or of
 * letter salad (a font with no Unicode map) gives a finding so nobody builds on it.
 *
 * @example assessTextLayer("\uE001\uE002…") // { severity: "warning", code: "pdf.unreliable-text", … }
 */
export function assessTextLayer(text: string): Finding | null {
  const chars = text.replace(/\s+/g, "");
  if (chars.length < MIN_CHARS) return null;
  const unmapped = (chars.match(UNMAPPED) ?? []).length / chars.length;
  const words = wordShare(text);
  if (unmapped <= 0.1 && words >= 0.5) return null;
  const why = unmapped > 0.1 ? `${Math.round(unmapped * 100)}% of its characters are unmapped glyphs` : `only ${Math.round(words * 100)}% of its tokens read as words`;
  return { severity: "warning", code: "pdf.unreliable-text", message: `the PDF's text layer looks unreliable (${why}); OCR may be needed` };
}

/**
 * The share of whitespace-separated tokens that read as words or numbers.
 *
 * @example wordShare("the Court denies the motion") // 1
 */
export function wordShare(text: string): number {
  const tokens = text.split(/\s+/).filter((t) => t.length > 0);
  return tokens.filter((t) => WORDLIKE.test(t)).length / Math.max(1, tokens.length);
}

// Glyph numbers where characters should be: the space is glyph 3 ("\u0003"), so "&DVH\u00031R" is "Case No".
// A real space (one pdfjs put in for a gap) stays a space.
const GLYPH_CODES = /[\u0003-\u001F\u0021-\u0061\u00B1-\u00B6]/g;
/** Past the ASCII range the standard glyph order has the dashes and curly quotes in a row, from glyph 177. */
const UPPER_GLYPHS = "–—“”‘’";

/**
 * The character a glyph number stands for in the standard TrueType glyph order.
 *
 * @example glyphChar("&") // "C"
 */
export function glyphChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0xb1 && code <= 0xb6) return UPPER_GLYPHS[code - 0xb1];
  return String.fromCharCode(code + 29);
}
const CONTROL = /[\u0001-\u0008\u000B\u000C\u000E-\u001F]/g;

/**
 * Some producers write a subset font's glyph numbers as its text, with no Unicode map:
 * in the standard TrueType glyph order every printable ASCII character sits 29 below its
 * code, the space being glyph 3. When text of one font is full of such control codes and
 * reads as words once shifted back, the shifted text is returned; else null.
 *
 * @example unshiftGlyphCodes("&DVH\u00031R\u0011\u0003") // "Case No. "
 */
export function unshiftGlyphCodes(text: string): string | null {
  // Glyph numbers of ASCII letters stop at "a" (glyph 97 is "~"); a lower-case "b"…"z" means real text.
  if (text.length < 8 || !text.includes("\u0003") || /[b-z]/.test(text)) return null;
  const controls = (text.match(CONTROL) ?? []).length;
  if (controls / text.length < 0.08) return null;
  const shifted = shiftGlyphCodes(text);
  const before = wordShare(text.replace(CONTROL, " "));
  const after = wordShare(shifted);
  return after >= 0.6 && after > before + 0.2 ? shifted : null;
}

/**
 * Every glyph number of a text turned into its character (see `glyphChar`).
 *
 * @example shiftGlyphCodes("7LWOH\u0003") // "Title "
 */
export function shiftGlyphCodes(text: string): string {
  return text.replace(GLYPH_CODES, glyphChar);
}

/**
 * Whether a short text (a one-letter run in a bold font) is made of glyph numbers too:
 * it holds control codes and nothing above the glyph-number range.
 *
 * @example looksLikeGlyphCodes("\u0015") // true
 */
export function looksLikeGlyphCodes(text: string): boolean {
  return CONTROL.test(text) && !/[b-z\u00B7-\uFFFF]/.test(text.replace(CONTROL, ""));
}
