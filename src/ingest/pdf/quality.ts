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
  const tokens = text.split(/\s+/).filter((t) => t.length > 0);
  const words = tokens.filter((t) => WORDLIKE.test(t)).length / Math.max(1, tokens.length);
  if (unmapped <= 0.1 && words >= 0.5) return null;
  const why = unmapped > 0.1 ? `${Math.round(unmapped * 100)}% of its characters are unmapped glyphs` : `only ${Math.round(words * 100)}% of its tokens read as words`;
  return { severity: "warning", code: "pdf.unreliable-text", message: `the PDF's text layer looks unreliable (${why}); OCR may be needed` };
}
