/**
 * The shared scanning pieces of the case-citation recognizers: the reporter pattern
 * generated from `tables/reporters.ts`, pin cites, the court/date parenthetical and
 * balanced explanatory parentheticals. Every pattern here is sticky and bounded so a
 * scan is linear in the text.
 */
import { NUMBERED_REPORTERS, REPORTERS, lookupReporter, type ReporterEdition } from "./tables/reporters.js";

/** Turns one spelling of a reporter into a regex source tolerant of spacing after periods. */
function spellingSource(spelling: string): string {
  let out = "";
  const s = spelling.trim();
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const prev = s[i - 1];
    const next = s[i + 1];
    if (/\s/.test(ch)) {
      if (/\s/.test(prev ?? "")) continue;
      // `Cal. App.` may lose its space (`Cal.App.`); `Ohio St.` may not (`OhioSt.` is not a spelling).
      out += prev === "." ? "\\s{0,2}" : "\\s{1,2}";
    } else if (ch === ".") {
      out += next !== undefined && !/\s/.test(next) ? "\\.\\s{0,2}" : "\\.";
    } else if (ch === "'" || ch === "’") {
      out += "['’]";
    } else {
      out += ch.replace(/[\\^$*+?()[\]{}|/&]/g, "\\$&");
    }
  }
  return out;
}

const SPELLINGS: string[] = [];
/** The printed spelling each source came from. */
const PRINTED = new Map<string, string>();
/** The spellings again, grouped by their first character (order kept): the alternation tried at a position. */
const SPELLINGS_BY_FIRST = new Map<string, string[]>();
{
  const seen = new Set<string>();
  const firsts = new Map<string, string>();
  for (const r of REPORTERS) {
    for (const v of [r.name, ...r.variants]) {
      const src = spellingSource(v);
      if (!seen.has(src)) {
        seen.add(src);
        SPELLINGS.push(src);
        PRINTED.set(src, v);
        firsts.set(src, v.trim()[0]);
      }
    }
  }
  // Longest spelling first so `F. Supp. 2d` wins over `F. Supp.` in the alternation.
  SPELLINGS.sort((a, b) => b.length - a.length);
  for (const src of SPELLINGS) {
    const first = firsts.get(src)!;
    const list = SPELLINGS_BY_FIRST.get(first);
    if (list) list.push(src);
    else SPELLINGS_BY_FIRST.set(first, [src]);
  }
}

/**
 * Regex source of every reporter spelling, longest first, as one alternation.
 *
 * @example new RegExp(REPORTER_SOURCE).test("F. Supp. 2d") // true
 */
export const REPORTER_SOURCE = `(?:${SPELLINGS.join("|")})`;

// A reporter must end where a word ends: `U.S.` but not the `U.S.` of `U.S.C.`. A reporter
// ending in a period may have its page glued on (`231 F. Supp.154`, `444 U. S.1026`): a series
// (`F.3d`) is no page, since the page must end its word.
const REPORTER_END = "(?:(?<=\\.)(?=\\d)|(?![A-Za-z0-9'’]))";

/** The page of a full cite: digits, a roman numeral (preface pages), or a blank `___`. */
const PAGE_SOURCE = "(?:(?<page>\\d{1,8}(?:-[A-Z])?|[ivxlc]{1,8})(?![\\w])|(?<blank>_{1,20}|-{3,20}))";

/**
 * One sticky pattern per first character of a reporter: at a position only the spellings that
 * can begin with the character there are tried (a twentieth of the alternation).
 */
function byFirstChar(make: (reporterSource: string) => string, keep?: (spelling: string) => boolean): Map<string, RegExp> {
  const out = new Map<string, RegExp>();
  for (const [first, list] of SPELLINGS_BY_FIRST) {
    const kept = keep ? list.filter((src) => keep(PRINTED.get(src) ?? "")) : list;
    if (kept.length) out.set(first, new RegExp(make(`(?:${kept.join("|")})`), "y"));
  }
  return out;
}

/** `845 F.2d 205`: the core of a full cite, from the reporter on (the volume is found first). */
const FULL_CORE = byFirstChar((rep) => `(?<reporter>${rep})${REPORTER_END}(?<comma>,)?\\s{0,3}${PAGE_SOURCE}`);

/** `F. Cas. No. 13,245`: the reporters cited by case number, the number in place of the page. */
const NUMBERED_CORE = byFirstChar(
  (rep) => `(?<reporter>${rep})${REPORTER_END},?\\s{0,3}No\\.\\s{0,2}(?<page>\\d{1,3}(?:,\\d{3})?|\\d{4,6})(?![\\w]|[,.]\\d)`,
  (spelling) => NUMBERED_REPORTERS.includes(lookupReporter(spelling)?.name ?? ""),
);

/** `673 F.2d at 1026`, `1 U. S., at 2`, `174 Cal.App.2d at p. 651`: a short cite from the reporter on. */
const SHORT_CORE = byFirstChar((rep) => `(?<reporter>${rep})${REPORTER_END},?\\s{0,3}at\\s{1,3}(?:pp?\\.\\s{0,2})?(?=[*\\d])`);

// `845 ` of `845 F.2d`: digits starting a word, spaces, a capital. The lookbehind follows the
// first digit so the engine skips from digit to digit instead of trying it everywhere. A period
// may stand before the volume when it ends a word the print ran into the cite (`appeal.350 U.S.
// 870`, `Tex. Civ. App.79 S.W.2d 905`), never a number, an initial or a docket or note number
// (`1.5 F`, `U.S.350 F.`, `No.350`, `n.5`).
const VOLUME_ANCHOR = /(?<volume>\d(?<!\w\d)(?:(?<!\.\d)|(?<=[A-Za-z][a-z]\.\d)(?<!No\.\d))\d{0,4})\s{1,3}(?=[A-Z])/g;

/** A volume followed by something that may be a reporter; the cheap prefilter before any reporter regex. */
export interface VolumeAnchor {
  volume: string;
  start: number;
  /** Where the reporter would begin. */
  reporterStart: number;
}

/** The anchors of one text: for case reporters, and for journals (which take other neighbours). */
interface Anchors {
  text: string;
  cases: VolumeAnchor[];
  journals: VolumeAnchor[];
}

let lastAnchors: Anchors | null = null;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** One scan of the text serves both lists; the full and short case recognizers and the journals ask in turn. */
function anchorsOf(text: string): Anchors {
  // Keep the last answer only (one entry, so memory stays flat however many documents are read).
  if (lastAnchors && lastAnchors.text === text) {
    // Equal text in another string (the same document read again) compares character by
    // character; keeping the caller's string makes every later ask of this pass an identity check.
    lastAnchors.text = text;
    return lastAnchors;
  }
  const cases: VolumeAnchor[] = [];
  const journals: VolumeAnchor[] = [];
  VOLUME_ANCHOR.lastIndex = 0;
  // `test`, not `exec`: no match array per anchor. The match is digits then spaces, so reading
  // back from its end over the spaces and then the digits finds where it starts.
  while (VOLUME_ANCHOR.test(text)) {
    const reporterStart = VOLUME_ANCHOR.lastIndex;
    let digitsEnd = reporterStart;
    while (!isDigit(text.charCodeAt(digitsEnd - 1))) digitsEnd--;
    let start = digitsEnd;
    while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--;
    const volume = text.slice(start, digitsEnd);
    const a: VolumeAnchor = { volume, start, reporterStart };
    // A case volume follows no `$`, `§` or `-` (`§ 12 Cal.` is a section); a journal's may.
    const before = start > 0 ? text.charCodeAt(start - 1) : 0;
    if (before !== 36 && before !== 0xa7 && before !== 45) cases.push(a);
    if (volume.length <= 4) journals.push(a);
  }
  lastAnchors = { text, cases, journals };
  return lastAnchors;
}

/**
 * Every `digits + space + capital` position in the text: the only places a reporter can begin.
 * Volumes start a word and follow no digit, period, `$`, `§` or hyphen: `845` in `Henman, 845 F.2d`.
 *
 * @example volumeAnchors("see 845 F.2d 205")[0].volume // "845"
 */
export function volumeAnchors(text: string): readonly VolumeAnchor[] {
  return anchorsOf(text).cases;
}

/**
 * Where a journal's volume may stand: one to four digits starting a word (after no word
 * character or period), spaces, a capital.
 *
 * @example journalVolumes("see 100 Harv. L. Rev. 1")[0].reporterStart // 8
 */
export function journalVolumes(text: string): readonly VolumeAnchor[] {
  return anchorsOf(text).journals;
}

// ` U.S.C. § 1983`, ` Fed. Reg. 10146`: an abbreviation and then a section sign or number.
const NEXT_CITE = /\s{1,2}(?:[A-Z][A-Za-z]{0,6}\.\s?){1,4}\s{0,2}(?:§|\d)/y;

/** A reporter, and the page after it, matched at a given position. */
export interface ReporterMatch {
  reporterFound: string;
  edition: ReporterEdition;
  /** `null` for a blank page (`___`). */
  page: string | null;
  end: number;
}

/**
 * Matches `F.2d 205` (reporter + page) exactly at `pos`, or `null`.
 *
 * @example matchFullCore("845 F.2d 205", 4)?.page // "205"
 */
export function matchFullCore(text: string, pos: number): ReporterMatch | null {
  const re = FULL_CORE.get(text.charAt(pos));
  if (!re) return null;
  re.lastIndex = pos;
  const m = re.exec(text) ?? matchNumbered(text, pos);
  if (!m) return null;
  const found = m.groups!.reporter;
  const edition = lookupReporter(found);
  if (!edition) return null;
  const end = pos + m[0].length;
  // `1 U.S., 1`: a comma may follow the reporter, but not before the next cite's volume (`533 U.S., 121 S. Ct. 2151`).
  if (m.groups!.comma && (!m.groups!.page || startsParallel(text, end - m.groups!.page.length))) return null;
  // `24 A. 42 U.S.C. § 1983`: a "page" followed by a code and a section is the next cite's volume.
  NEXT_CITE.lastIndex = end;
  if (NEXT_CITE.test(text)) return null;
  return { reporterFound: found, edition, page: m.groups!.page ?? null, end };
}

/** `Fed. Cas. No. 13,245` at `pos`, tried only where a reporter cited by number can begin. */
function matchNumbered(text: string, pos: number): RegExpExecArray | null {
  const re = NUMBERED_CORE.get(text.charAt(pos));
  if (!re) return null;
  re.lastIndex = pos;
  return re.exec(text);
}

/**
 * Matches `F.2d at ` (reporter, optional comma, `at`) exactly at `pos`; `end` is where the pin begins.
 *
 * @example matchShortCore("673 F.2d at 1026", 4)?.end // 12
 */
export function matchShortCore(text: string, pos: number): Omit<ReporterMatch, "page"> | null {
  const re = SHORT_CORE.get(text.charAt(pos));
  if (!re) return null;
  re.lastIndex = pos;
  const m = re.exec(text);
  if (!m) return null;
  const edition = lookupReporter(m.groups!.reporter);
  if (!edition) return null;
  return { reporterFound: m.groups!.reporter, edition, end: pos + m[0].length };
}

// One pin: `206`, `1025-26`, `206 n.1`, `*3`, `* 4`, `485 & n.5`, `¶ 12`.
const PIN_UNIT = /(?:(?<star>\*{1,2})\s?(?<starPage>\d{1,7})(?:\s?[-–]\s?\*{0,2}\d{1,7})?|¶¶?\s?\d{1,5}(?:\s?[-–]\s?\d{1,5})?|(?<pg>\d{1,6}(?:\s?[-–—]\s?\d{1,6})?)(?:\s?(?:&\s?)?nn?\.\s?\d{1,3}(?:\s?[-–]\s?\d{1,3})?)?)(?![\w])/y;
// What separates pins: `, ` before the first pin, `, at `, `, at p. `; `, ` or ` & ` between pins.
const PIN_LEAD = /,\s{0,2}(?:at\s{1,2})?(?:pp?\.\s{0,2})?(?=[*\d¶])/y;

/** The pin cites after a cite. */
export interface PinMatch {
  /** As printed, with star pages normalized (`* 4` → `*4`). */
  pin: string;
  end: number;
}

/**
 * Normalizes a pin as printed: single spaces, no space after a star.
 *
 * @example normalizePin("* 4") // "*4"
 */
export function normalizePin(raw: string): string {
  return raw.replace(/\s+/g, " ").replace(/\*\s+/g, "*").trim();
}

/**
 * Reads one pin unit at `pos` (no leading comma), or `null`.
 *
 * @example matchPinUnit("206 n.1 (9th", 0)?.pin // "206 n.1"
 */
export function matchPinUnit(text: string, pos: number): PinMatch | null {
  PIN_UNIT.lastIndex = pos;
  const m = PIN_UNIT.exec(text);
  if (!m) return null;
  return { pin: normalizePin(m[0]), end: pos + m[0].length };
}

// ` WL`, ` Mass. App.`, ` NY.S.2d`, ` L Ed`, ` A 859`: an abbreviation or capitals after a number, which make the
// number a volume, not a pin; a sentence going on (` Here, the`, `\nQuestions`) does not.
const CAPITAL_AFTER = / {1,2}(?:[A-Z][A-Za-z]{0,7}\.|[A-Z]{2,8}(?![a-z])|[A-Z] [A-Z\d])/y;

/**
 * True when a pin just read is rather the volume of a cite that follows (`, 2000 WL 33171004`
 * after `493, 496`), even one of a reporter the table lacks: plain digits, a space, an abbreviation.
 */
function volumeOfNext(text: string, unit: PinMatch): boolean {
  if (!/^\d{1,5}$/.test(unit.pin)) return false;
  CAPITAL_AFTER.lastIndex = unit.end;
  return CAPITAL_AFTER.test(text);
}

/**
 * Reads the pins that follow a full cite's page at `pos` (`, 206 n.1`, `, at *3`), stopping
 * before a number that is the volume of a parallel cite.
 *
 * @example matchPins("205, 206 n.1 (9th Cir.", 3)?.pin // "206 n.1"
 */
export function matchPins(text: string, pos: number): PinMatch | null {
  PIN_LEAD.lastIndex = pos;
  const lead = PIN_LEAD.exec(text);
  if (!lead) return null;
  const first = matchPinUnit(text, pos + lead[0].length);
  if (!first || startsParallel(text, pos + lead[0].length) || volumeOfNext(text, first)) return null;
  let end = first.end;
  const pins = [first.pin];
  // More pins: `, 67-68`, `& n.5` — but `, 1 S. Ct. 2` is a parallel cite, not a pin.
  for (let i = 0; i < 24; i++) {
    const sep = /(?:,|\s?&|\s?and)\s{1,2}/y;
    sep.lastIndex = end;
    const s = sep.exec(text);
    if (!s) break;
    const at = end + s[0].length;
    if (startsParallel(text, at)) break;
    const unit = matchPinUnit(text, at);
    if (!unit || volumeOfNext(text, unit)) break;
    pins.push(text.slice(end, at).trim() === "," ? `, ${unit.pin}` : ` ${text.slice(end, at).trim()} ${unit.pin}`);
    end = unit.end;
  }
  return { pin: pins.join(""), end };
}

/**
 * True when a full or short cite (volume + reporter) begins at `pos`.
 *
 * @example startsParallel("1 S. Ct. 2", 0) // true
 */
export function startsParallel(text: string, pos: number): boolean {
  const v = /\d{1,5}\s{1,3}(?=[A-Z])/y;
  v.lastIndex = pos;
  const m = v.exec(text);
  if (!m) return false;
  const at = pos + m[0].length;
  return matchFullCore(text, at) !== null || matchShortCore(text, at) !== null;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** What a `(9th Cir. 1988)` / `(C.D. Cal. Dec. 27, 2004)` parenthetical states. */
export interface CourtDate {
  court: string | null;
  year: number;
  /** ISO date when month and day are printed. */
  date: string | null;
  end: number;
}

// `(9th Cir. 1988)`, `(Pa. Feb. 9, 2017)`, `(1993-94)`, New York's `[D Kan 2006]`: court words, optional month/day, year.
const COURT_DATE = /\s{0,2}(?<open>[([])(?<court>[^()[\]]{0,80}?)\s{0,2}(?:(?<month>Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]{0,6}\.?\s{1,2}(?<day>\d{1,2}),?\s{1,2})?(?<year>1[6-9]\d\d|20\d\d)(?:\s?[-–/]\s?\d{2,4})?[)\]]/y;

/**
 * Reads a court/date parenthetical at `pos` (leading spaces allowed).
 *
 * @example matchCourtDate(" (9th Cir. 1988)", 0)?.court // "9th Cir."
 */
export function matchCourtDate(text: string, pos: number): CourtDate | null {
  COURT_DATE.lastIndex = pos;
  const m = COURT_DATE.exec(text);
  if (!m) return null;
  const g = m.groups!;
  const year = Number(g.year);
  let date: string | null = null;
  if (g.month && g.day) {
    const month = MONTHS[g.month.toLowerCase().slice(0, g.month.toLowerCase().startsWith("sept") ? 4 : 3)] ?? MONTHS[g.month.toLowerCase().slice(0, 3)];
    if (month) date = `${year}-${String(month).padStart(2, "0")}-${g.day.padStart(2, "0")}`;
  }
  const court = g.court.replace(/,\s*$/, "").trim();
  return { court: court || null, year, date, end: pos + m[0].length };
}

/**
 * Reads a balanced parenthetical at `pos` (leading spaces allowed), up to `limit` characters.
 * Returns its inner text and end, or `null` when there is none or it never closes.
 *
 * @example matchParenthetical(" (citing X (Y, J.))", 0)?.inner // "citing X (Y, J.)"
 */
export function matchParenthetical(text: string, pos: number, limit = 1500): { inner: string; end: number } | null {
  let i = pos;
  while (i < text.length && i - pos < 3 && (text[i] === " " || text[i] === "\n")) i++;
  if (text[i] !== "(") return null;
  const open = i;
  let depth = 0;
  const stop = Math.min(text.length, open + limit);
  for (; i < stop; i++) {
    const ch = text[i];
    if (ch === "(") depth++;
    else if (ch === ")") {
      depth--;
      if (depth === 0) {
        const inner = text.slice(open + 1, i).replace(/\s+/g, " ").trim();
        // `(198⁴)`, `(1)`: no words, no explanation.
        return /[A-Za-z]{2}|\.\.\./.test(inner) ? { inner, end: i + 1 } : null;
      }
    }
  }
  return null;
}

/**
 * The key `knownNames` is looked up by: volume, reporter without spaces, page, in lower case,
 * so `F. Supp. 2d` and `F.Supp.2d` are one key.
 *
 * @example citeKey("3", "U. S.", "22") // "3 u.s. 22"
 */
export function citeKey(volume: string | null | undefined, reporter: string | null | undefined, page: string | null | undefined): string {
  return `${volume ?? ""} ${(reporter ?? "").replace(/\s+/g, "").toLowerCase()} ${page ?? ""}`;
}
