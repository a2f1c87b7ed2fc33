/**
 * Calendar dates as courts write them in prose, captions and signature blocks.
 */

/** Month names and the abbreviations courts use, lower case, without the period. */
const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

const MONTH_ALT = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

/** A date found in text, with its ISO form. */
export interface DateMatch {
  start: number;
  end: number;
  /** `YYYY-MM-DD`. */
  iso: string;
  text: string;
}

// "March 16, 2018", "Mar. 16 2018", "April 5th, 2018"; text layers also drop the space
// ("April12, 2016") or add a comma ("January, 29, 2006")
const MONTH_DAY_YEAR = new RegExp(`\\b(?<month>${MONTH_ALT})[.,]?\\s{0,3}(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s{0,2},?\\s{0,3}(?<year>(?:19|20)\\d{2})\\b`, "gi");
// "16 March 2018", "5th day of April, 2018", "5th day of April 2018", "23rd dayof August, 2006", "5th day of April, A.D. 1968"
const DAY_MONTH_YEAR = new RegExp(`\\b(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}(?:day\\s{0,3}of\\s{1,3})?(?<month>${MONTH_ALT})\\.?\\s{0,2},?\\s{1,3}(?:A\\.\\s?D\\.,?\\s{1,2})?(?<year>(?:19|20)\\d{2})\\b`, "gi");

/**
 * Ordinal words for the days of a month, as old decrees write them ("the twenty-first day of May").
 *
 * @example ORDINAL_DAY_WORDS[2] // → "third"
 */
export const ORDINAL_DAY_WORDS = [
  "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
];
const ORDINAL_ALT = `(?:twenty|thirty)[\\s-]{0,2}(?:${ORDINAL_DAY_WORDS.slice(0, 9).join("|")})|${ORDINAL_DAY_WORDS.join("|")}|thirtieth`;
// "the twenty-first day of May, 2021", "this Third day of June, A.D. 1975"
const WORD_DAY_MONTH_YEAR = new RegExp(`\\b(?<day>${ORDINAL_ALT})\\s{1,3}day\\s{0,3}of\\s{1,3}(?<month>${MONTH_ALT})\\.?\\s{0,2},?\\s{1,3}(?:A\\.\\s?D\\.,?\\s{1,2})?(?<year>(?:19|20)\\d{2})\\b`, "gi");

/** The day an ordinal word names: "twenty-first" → 21. */
function ordinalDay(word: string): number {
  const w = word.toLowerCase();
  const tens = w.startsWith("twenty") && w !== "twentieth" ? 20 : w.startsWith("thirt") && w !== "thirteenth" ? 30 : 0;
  if (w === "thirtieth") return 30;
  const unit = tens ? w.replace(/^(?:twenty|thirty)[\s-]*/, "") : w;
  return tens + ORDINAL_DAY_WORDS.indexOf(unit) + 1;
}
// "3/16/2018", "4/5/18", "04-05-2018"
const NUMERIC = /\b(?<month>\d{1,2})(?<sep>[/-])(?<day>\d{1,2})\k<sep>(?<year>\d{4}|\d{2})\b/g;

/**
 * The ISO form of a calendar date, or null when the date does not exist.
 *
 * @example isoDate(2018, 4, 5) // → "2018-04-05"
 */
export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * A year as printed, two digits read as 1950–2049.
 *
 * @example fullYear("97") // → 1997
 */
export function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}

/**
 * Every date in `text` (offsets into `text`), in order, without overlaps.
 *
 * @example findDates("On March 16, 2018, Plaintiff filed")[0].iso // → "2018-03-16"
 */
export function findDates(text: string): DateMatch[] {
  const found: DateMatch[] = [];
  const push = (m: RegExpExecArray, iso: string | null) => {
    if (iso) found.push({ start: m.index, end: m.index + m[0].length, iso, text: m[0] });
  };
  for (const m of text.matchAll(MONTH_DAY_YEAR)) {
    const g = m.groups!;
    push(m, isoDate(Number(g.year), MONTHS[g.month.toLowerCase()], Number(g.day)));
  }
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    const g = m.groups!;
    push(m, isoDate(Number(g.year), MONTHS[g.month.toLowerCase()], Number(g.day)));
  }
  for (const m of text.matchAll(WORD_DAY_MONTH_YEAR)) {
    const g = m.groups!;
    push(m, isoDate(Number(g.year), MONTHS[g.month.toLowerCase()], ordinalDay(g.day)));
  }
  for (const m of text.matchAll(NUMERIC)) {
    const g = m.groups!;
    // "28 U.S.C. 1-2-3" style section numbers are not dates: a numeric date stands alone.
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    if (/[\d/.§-]\s?$/.test(before)) continue;
    push(m, isoDate(fullYear(g.year), Number(g.month), Number(g.day)));
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateMatch[] = [];
  for (const d of found) {
    const last = out[out.length - 1];
    if (last && d.start < last.end) continue;
    out.push(d);
  }
  return out;
}

/**
 * The first date in a short piece of text, as ISO.
 *
 * @example parseDate("Dated: April 5, 2018") // → "2018-04-05"
 */
export function parseDate(text: string): string | null {
  return findDates(text)[0]?.iso ?? null;
}
