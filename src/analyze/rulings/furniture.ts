/**
 * What a reprint prints in the middle of a sentence that is no part of it: star pagination
 * ("[*1]", "[**43]", "*1147") marks where the reporter's pages turn.
 */

// "[*1]", "[**43]", " *1147 " — a star page, bracketed or standing alone between words
const STAR_PAGE = /\[\*{1,3}\d{1,5}\]|(?<=^|\s)\*{1,3}\d{1,5}(?=\s|$)/g;

/**
 * The sentence with star pages blanked out, offsets kept (each mark becomes spaces).
 *
 * @example maskStarPages("[*1]  The petition is denied.") // → "      The petition is denied."
 */
export function maskStarPages(s: string): string {
  return s.includes("*") ? s.replace(STAR_PAGE, (m) => " ".repeat(m.length)) : s;
}
