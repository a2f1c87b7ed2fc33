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

// where a publisher's own matter starts: Westlaw's "Synopsis" and "West Headnotes", LEXIS's
// "CASE SUMMARY", "PROCEDURAL POSTURE:", "DISPOSITION:", a reporter's "Syllabus" or "Held:"
const PUBLISHER_START =
  /^[ \t]{0,8}(?:Synopsis|SYNOPSIS|West\s{1,2}Headnotes|WEST\s{1,2}HEADNOTES|CASE\s{0,2}SUMMARY|PROCEDURAL\s{0,2}POSTURE:|(?:SUBSEQUENT|PRIOR)\s{0,2}HISTORY:|DISPOSITION:|Syllabus|SYLLABUS|Held:|HEADNOTES)/m;
// where the opinion proper starts after it: an "Opinion" heading, "OPINION BY:", "PER CURIAM:"
const OPINION_START = /^[ \t]{0,8}(?:(?:Opinion|OPINION)(?:[ \t]{0,2}BY\b|[ \t]{0,8}$|[ \t]{2,})|(?:PER\s{1,2}CURIAM|Per\s{1,2}Curiam)[.:])/m;

/**
 * The publisher's synopsis and headnotes in a reprinted opinion (text before the opinion
 * proper), which the court never wrote and which decides nothing; `null` when the text has
 * none, or when no heading says where the opinion starts.
 *
 * @example publisherMatter("Synopsis\nHeld: affirmed.\nOpinion\nWe affirm.") // → { start: 0, end: 25 }
 */
export function publisherMatter(text: string): { start: number; end: number } | null {
  const head = text.slice(0, Math.ceil(text.length * 0.6));
  const start = PUBLISHER_START.exec(head);
  if (!start) return null;
  const from = start.index + start[0].length;
  const end = OPINION_START.exec(text.slice(from));
  return end ? { start: start.index, end: from + end.index } : null;
}
