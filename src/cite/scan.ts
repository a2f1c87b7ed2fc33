/**
 * The shared scanning pieces of the case-citation recognizers: the reporter trie built
 * from `tables/reporters.ts`, pin cites, the court/date parenthetical and
 * balanced explanatory parentheticals. Every pattern here is sticky and bounded so a
 * scan is linear in the text.
 */
import { NUMBERED_REPORTERS, REPORTERS, lookupReporter, type ReporterEdition } from "./tables/reporters.js";

/**
 * The reporter trie: every spelling of every edition, one character a step, looked up where a
 * volume was found. A lookup walks at most the longest spelling's length, so a scan stays linear
 * however many reporters the tables hold (a regex alternation would try each spelling in turn).
 *
 * Spacing is folded into the walk: after a period any 0–2 whitespace characters may follow
 * (`Cal.App. 4th` is `Cal. App. 4th`); a space not after a period stands for 1–2 whitespace
 * characters (`Ohio St.`, never `OhioSt.`). Curly apostrophes read as straight ones.
 */
interface TrieNode {
  next: Map<number, TrieNode>;
  /** The edition a spelling ending here names, or null. */
  edition: ReporterEdition | null;
  /** Whether that edition is cited by case number (`F. Cas. No. 13,245`). */
  numbered: boolean;
}

const SPACE = 32;
const PERIOD = 46;
const APOSTROPHE = 39;

/** `\s` as regexes read it. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** `’` and `‘` read as `'`. */
function foldChar(code: number): number {
  return code === 0x2019 || code === 0x2018 ? APOSTROPHE : code;
}

const newNode = (): TrieNode => ({ next: new Map(), edition: null, numbered: false });
const TRIE = newNode();
{
  const numbered = new Set(NUMBERED_REPORTERS);
  for (const r of REPORTERS) {
    for (const spelling of [r.name, ...r.variants]) {
      const s = spelling.trim();
      let node = TRIE;
      for (let i = 0; i < s.length; i++) {
        const code = foldChar(s.charCodeAt(i));
        if (isSpace(code)) {
          // A run of spaces is one step, and none after a period (the walk skips those itself).
          if (isSpace(s.charCodeAt(i - 1)) || s.charCodeAt(i - 1) === PERIOD) continue;
          let child = node.next.get(SPACE);
          if (!child) node.next.set(SPACE, (child = newNode()));
          node = child;
        } else {
          let child = node.next.get(code);
          if (!child) node.next.set(code, (child = newNode()));
          node = child;
        }
      }
      if (node === TRIE || node.edition) continue;
      // The edition a spelling stands for is the one its lookup gives (an edition's own name first).
      const edition = lookupReporter(s);
      if (!edition) continue;
      node.edition = edition;
      node.numbered = numbered.has(edition.name);
    }
  }
}

/** Where the spellings found at a position end, shortest first, and their nodes: reused, so a miss allocates nothing. */
const FOUND_ENDS: number[] = [];
const FOUND_NODES: TrieNode[] = [];

/** Walks the trie from `pos`, noting every spelling that ends on the way; returns how many. */
function walkReporters(text: string, pos: number): number {
  FOUND_ENDS.length = 0;
  FOUND_NODES.length = 0;
  let node = TRIE;
  let i = pos;
  let afterPeriod = false;
  const n = text.length;
  while (i < n) {
    let code = text.charCodeAt(i);
    if (isSpace(code)) {
      if (afterPeriod) {
        // `F. Supp.` as `F.Supp.`: up to two spaces after a period, then the spelling goes on.
        let j = i;
        while (j < n && j - i < 2 && isSpace(text.charCodeAt(j))) j++;
        if (j < n && isSpace(text.charCodeAt(j))) break;
        afterPeriod = false;
        i = j;
        continue;
      }
      const child = node.next.get(SPACE);
      if (!child) break;
      let j = i + 1;
      if (j < n && isSpace(text.charCodeAt(j))) j++;
      node = child;
      i = j;
      continue;
    }
    code = foldChar(code);
    const child = node.next.get(code);
    if (!child) break;
    node = child;
    i++;
    afterPeriod = code === PERIOD;
    if (node.edition) {
      FOUND_ENDS.push(i);
      FOUND_NODES.push(node);
    }
  }
  return FOUND_ENDS.length;
}

// A reporter must end where a word ends: `U.S.` but not the `U.S.` of `U.S.C.`. A reporter
// ending in a period may have its page glued on (`231 F. Supp.154`, `444 U. S.1026`): a series
// (`F.3d`) is no page, since the page must end its word.
function endsReporter(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const next = text.charCodeAt(end);
  if (next >= 48 && next <= 57) return text.charCodeAt(end - 1) === PERIOD;
  return !((next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === APOSTROPHE || next === 0x2019);
}

/** The page of a full cite: digits, a roman numeral (preface pages), or a blank `___`. */
const PAGE_SOURCE = "(?:(?<page>\\d{1,8}(?:-[A-Z])?|[ivxlc]{1,8})(?![\\w])|(?<blank>_{1,20}|-{3,20}))";

/**
 * `, 205` after `845 F.2d`: what follows the reporter of a full cite, tried where a spelling ends.
 * Nineteenth-century reports and journals print the year between volume and page: `2 Am. Law
 * Rev. (1868) 346`.
 */
const FULL_TAIL = new RegExp(`(?<comma>,)?\\s{0,3}(?:\\((?:1[6-9]\\d\\d|20\\d\\d),?\\)\\s{1,2})?${PAGE_SOURCE}`, "y");

/** `, No. 13,245` after `F. Cas.`: the reporters cited by case number, the number in place of the page. */
const NUMBERED_TAIL = /,?\s{0,3}No\.\s{0,2}(?<page>\d{1,3}(?:,\d{3})?|\d{4,6})(?![\w]|[,.]\d)/y;

/** ` at 1026`, `, at 2`, ` at p. 651` after a reporter: a short cite, up to where its pin begins. */
const SHORT_TAIL = /,?\s{0,3}at\s{1,3}(?:pp?\.\s{0,2})?(?=[*\d])/y;

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

// ` U.S.C. § 1983`, ` Fed. Reg. 10146`: an abbreviation and then a section sign or number; or a
// section sign right after the "page", which makes it a code's year (`12 O.S. 1971 § 1031`).
/** ` 2402` after `68 O.S. 1981`: a number after a space. */
const NUMBER_AFTER = /\s{1,2}\d/y;

const NEXT_CITE = /\s{1,2}(?:[A-Z][A-Za-z]{0,6}\.\s?){1,4}\s{0,2}(?:§|\d)|,?\s{0,2}§/y;

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
  const count = walkReporters(text, pos);
  if (count === 0) return null;
  // Longest spelling first, as `F. Supp. 2d` must win over `F. Supp.`; then the numbered form.
  let m: RegExpExecArray | null = null;
  let at = -1;
  let node: TrieNode | null = null;
  for (let k = count - 1; k >= 0 && !m; k--) {
    if (!endsReporter(text, FOUND_ENDS[k])) continue;
    FULL_TAIL.lastIndex = FOUND_ENDS[k];
    m = FULL_TAIL.exec(text);
    if (m) [at, node] = [FOUND_ENDS[k], FOUND_NODES[k]];
  }
  for (let k = count - 1; k >= 0 && !m; k--) {
    if (!FOUND_NODES[k].numbered || !endsReporter(text, FOUND_ENDS[k])) continue;
    NUMBERED_TAIL.lastIndex = FOUND_ENDS[k];
    m = NUMBERED_TAIL.exec(text);
    if (m) [at, node] = [FOUND_ENDS[k], FOUND_NODES[k]];
  }
  if (!m || !node?.edition) return null;
  const found = text.slice(pos, at);
  const end = at + m[0].length;
  // `1 U.S., 1`: a comma may follow the reporter, but not before the next cite's volume (`533 U.S., 121 S. Ct. 2151`).
  if (m.groups!.comma && (!m.groups!.page || startsParallel(text, end - m.groups!.page.length))) return null;
  // `24 A. 42 U.S.C. § 1983`: a "page" followed by a code and a section is the next cite's volume.
  NEXT_CITE.lastIndex = end;
  if (NEXT_CITE.test(text)) return null;
  // `68 O.S. 1981 2402`: a year-like "page" with a bare number after it is a code's year and section.
  const page = m.groups!.page;
  if (page && page.length === 4 && /^(?:1[6-9]|20)\d\d$/.test(page)) {
    NUMBER_AFTER.lastIndex = end;
    if (NUMBER_AFTER.test(text)) return null;
  }
  return { reporterFound: found, edition: node.edition, page: m.groups!.page ?? null, end };
}

/**
 * Matches `F.2d at ` (reporter, optional comma, `at`) exactly at `pos`; `end` is where the pin begins.
 *
 * @example matchShortCore("673 F.2d at 1026", 4)?.end // 12
 */
export function matchShortCore(text: string, pos: number): Omit<ReporterMatch, "page"> | null {
  const count = walkReporters(text, pos);
  for (let k = count - 1; k >= 0; k--) {
    const e = FOUND_ENDS[k];
    if (!endsReporter(text, e)) continue;
    SHORT_TAIL.lastIndex = e;
    const m = SHORT_TAIL.exec(text);
    if (m) return { reporterFound: text.slice(pos, e), edition: FOUND_NODES[k].edition!, end: e + m[0].length };
  }
  return null;
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
