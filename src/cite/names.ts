/**
 * Case names read back from the text before a citation: `Tripati v. Henman, 845 F.2d 205`
 * → plaintiff `Tripati`, defendant `Henman`. Italics (emphasis spans) settle where a name
 * begins when the source has them; otherwise the words are walked back until a signal,
 * a sentence start or a word that cannot be part of a name.
 */
import { firstAtOrAfter } from "../model/spans.js";
import type { EmphasisSpan } from "../model/types.js";
import { CASE_NAME_ABBREVIATIONS } from "./tables/generated/abbreviations.js";

/** A case name as read, with where it starts and any signal before it. */
export interface CaseName {
  caseName: string;
  plaintiff: string | null;
  defendant: string | null;
  start: number;
  end: number;
  /** `See`, `see also`, `Cf.` … printed right before the name. */
  signal: string | null;
  /** Where a `(2009)` / `(S.D.N.Y. 1973)` printed between the name and the volume opens, if any. */
  datedAt?: number | null;
}

/**
 * Introductory signals, longest first (Bluebook 1.2 plus `citing`/`quoting`).
 *
 * @example SIGNALS.includes("see also") // true
 */
export const SIGNALS: readonly string[] = [
  "but see, e.g.,", "see also, e.g.,", "see, e.g.,", "but see also", "but cf.", "but see", "see also", "see generally",
  "compare", "contra", "accord", "see", "cf.", "e.g.,", "citing", "quoting", "also", "and", "with",
];

// Each signal as it stands before a name: followed by a space.
const SIGNAL_PROBES = SIGNALS.map((s) => `${s} `);

// Words that begin sentences or clauses but never begin a party's name.
const STOP_WORDS = new Set([
  "the", "in", "as", "under", "because", "while", "when", "although", "and", "but", "id.", "accordingly", "moreover",
  "here", "thus", "also", "following", "after", "before", "since", "unlike", "like", "whereas", "where", "if", "that",
  "this", "these", "those", "for", "from", "to", "of", "on", "at", "by", "with", "see", "cf.", "compare", "accord",
  "contra", "citing", "quoting", "however", "nevertheless", "further", "similarly", "finally", "indeed", "therefore",
  "plaintiff", "plaintiffs", "defendant", "defendants", "court", "courts", "judge", "justice", "held", "holding",
  "dissenting", "concurring", "e.g.,", "i.e.,", "overruled", "reversed", "affirmed", "vacated", "aff'd", "rev'd",
  "it", "we", "he", "she", "they", "our", "its", "his", "her", "their", "then", "so", "or", "nor", "yet", "was", "is",
]);

// Lower-case words that sit inside names: `Bd. of Trs. of the Univ.`, `United States ex rel. Doe`.
const NAME_CONNECTORS = new Set(["of", "the", "and", "&", "for", "de", "del", "la", "le", "du", "van", "von", "der", "ex", "rel.", "to", "et", "al.", "d/b/a", "f/k/a", "n/k/a", "a/k/a", "o/b/o", "re"]);

// Company suffixes that legitimately follow a comma inside a name: `Fred Meyer Stores, Inc.`.
const CORPORATE_SUFFIX = /^(?:Inc\.?|Inc\.,|LLC|L\.L\.C\.|Ltd\.?|Co\.|Corp\.|L\.P\.|LP|LLP|L\.L\.P\.|N\.A\.|P\.C\.|P\.A\.|S\.A\.|S\.C\.|PLC|plc|AG|GmbH|et al\.|Jr\.|Sr\.|III|II|IV)/;

// Abbreviations that end in a period without ending a sentence.
const ABBREVIATION = /^(?:[A-Z]\.|[A-Z][a-z]{0,3}\.|[A-Z][a-z]*'[a-z]{0,4}\.?|[A-Z][A-Za-z.]*\.[A-Za-z]\.|Ass'n|Nat'l|Int'l|Comm'n|Dep't|Gov't|Univ\.|Corp\.|Cnty\.|Cty\.|Mfg\.|Indus\.|Servs?\.|Sys\.|Grp\.|Hosp\.|Mgmt\.|Auth\.|Dist\.|Twp\.|Educ\.|Prods\.|Assocs\.|Bros\.|Ents?\.|Invs?\.|Techs?\.|Fed\.|Cal\.|Fla\.|Tex\.|Penn\.|Mass\.|Mich\.|Minn\.|Wash\.|Wis\.|Conn\.|Colo\.|Ariz\.|Okla\.|Tenn\.|Miss\.|Nev\.|Nebr?\.|Ill\.|Ind\.|Kan\.|Ore\.|Pa\.|Va\.|Md\.|Mo\.|Ala\.|Ark\.|Ga\.|La\.|Ky\.|Me\.|Vt\.|Wyo\.|Mont\.|Del\.|Haw\.|Idaho|Iowa|Ohio|Utah|Alaska)$/;

/** Index (in `text`) of the last character in `[from, to)` that no case name spans, or -1. */
function lastBoundary(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    switch (text.charCodeAt(i)) {
      // ; ( ) [ ] “ ” " § ¶
      case 59: case 40: case 41: case 91: case 93: case 0x201c: case 0x201d: case 34: case 0xa7: case 0xb6:
        return i;
    }
  }
  return -1;
}

/** Whether a character separates words: `\\s` or a zero-width space. */
function separates(code: number): boolean {
  if (code === 32) return true;
  if (code < 128) return code >= 9 && code <= 13;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200b) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Whether a character is `\\s` (as a regex reads it) or a comma: what lies between a name and its cite. */
function spaceOrComma(code: number): boolean {
  if (code === 32 || code === 44) return true;
  if (code < 128) return code >= 9 && code <= 13;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * The words of the window before a cite, as offsets kept in arrays reused from call to call: of
 * the dozens of words in a window a name reads only a few as strings.
 */
class WordSpans {
  private text = "";
  /** Index of the first word still in the list (`shift` drops words from the front). */
  private first = 0;
  private count = 0;
  // Typed arrays, grown when full: emptying a plain array frees its storage, refilling it allocates anew.
  private starts = new Int32Array(256);
  /** Word ends clipped to the window. */
  private ends = new Int32Array(256);
  /** Where each word's text ends (a word may run past the window). */
  private textEnds = new Int32Array(256);

  /** Reads the runs of non-space characters (at most 80 each) beginning in `[from, to)`; a word may run past `to`. */
  read(text: string, from: number, to: number): void {
    this.text = text;
    this.first = 0;
    this.count = 0;
    let i = from;
    for (;;) {
      while (i < text.length && separates(text.charCodeAt(i))) i++;
      if (i >= text.length || i >= to) break;
      const start = i;
      while (i < text.length && i - start < 80 && !separates(text.charCodeAt(i))) i++;
      if (this.count === this.starts.length) this.grow();
      this.starts[this.count] = start;
      this.ends[this.count] = Math.min(to, i);
      this.textEnds[this.count] = i;
      this.count++;
    }
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const textEnds = new Int32Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    textEnds.set(this.textEnds);
    this.starts = starts;
    this.ends = ends;
    this.textEnds = textEnds;
  }

  get length(): number {
    return this.count - this.first;
  }

  shift(): void {
    this.first++;
  }

  w(i: number): string {
    return this.text.slice(this.starts[this.first + i], this.textEnds[this.first + i]);
  }

  start(i: number): number {
    return this.starts[this.first + i];
  }

  end(i: number): number {
    return this.ends[this.first + i];
  }

  /** Whether word `i` is the word between the parties, tested without reading most words as strings. */
  isVersus(i: number): boolean {
    const s = this.starts[this.first + i];
    const e = this.textEnds[this.first + i];
    return e - s <= 6 && this.text.charCodeAt(s) === 118 && VERSUS.test(this.text.slice(s, e));
  }
}

/** The one `WordSpans` that `readCaseName` and then `shortName` fill (neither runs inside itself). */
const WINDOW_WORDS = new WordSpans();

// The word between the parties: `v.`, `vs.`, Michigan's bare `v`.
const VERSUS = /^(?:v\.|vs\.|v|vs|versus)$/;

function isSentenceEnd(word: string): boolean {
  if (!/[.!?]["”’)]*$/.test(word)) return false;
  if (/[!?]["”’)]*$/.test(word)) return true;
  if (/[”"’]$/.test(word)) return true;
  return !ABBREVIATION.test(word) && !/^[A-Z][a-z]{0,4}\.$/.test(word) && !/^[A-Z]{1,5}\.$/.test(word) && !/'/.test(word);
}

/** True when a word could stand inside a party's name. */
function nameWord(word: string): boolean {
  if (NAME_CONNECTORS.has(word.toLowerCase()) && /^[a-z&]/.test(word)) return true;
  return /^[A-Z0-9'‘]/.test(word) || /^[A-Z][a-z]*['’][a-z]/.test(word) || /^Mc|^de[A-Z]|^d['’]/.test(word);
}

/** The signal (if any) printed in the words just before `at`, and where it begins. */
function signalBefore(text: string, at: number): { signal: string; start: number } | null {
  const before = text.slice(Math.max(0, at - 24), at).toLowerCase();
  for (let k = 0; k < SIGNALS.length; k++) {
    const s = SIGNALS[k];
    const probe = SIGNAL_PROBES[k];
    if (before.endsWith(probe)) {
      const start = at - probe.length;
      const prev = text[start - 1];
      if (start === 0 || prev === undefined || /[\s(;,.“"]/.test(prev)) {
        return { signal: text.slice(start, start + s.length), start };
      }
    }
  }
  return null;
}

/** Length of a signal (and the space after it) at the start of `s`, or 0. */
function leadingSignal(s: string): number {
  const lower = s.toLowerCase();
  for (const sig of SIGNALS) {
    if (lower.startsWith(`${sig} `)) return sig.length + 1;
  }
  return 0;
}

/** How many lower-case words of `s` are not name connectors. */
function proseWords(s: string): number {
  let n = 0;
  for (const w of s.split(/\s+/)) {
    if (/^[a-z][a-z'’-]*[,.]?$/.test(w) && !NAME_CONNECTORS.has(w.replace(/,$/, ""))) n++;
  }
  return n;
}

/** Whether every run of spaces (`\\s` or zero-width) in `s` is already one plain space: most names are. */
function singleSpaced(s: string): boolean {
  let prevSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 0x200b || (c !== 44 && spaceOrComma(c));
    if (space && (c !== 32 || prevSpace)) return false;
    prevSpace = space;
  }
  return true;
}

/** Trims commas, spaces and brackets off a name part. */
function tidy(s: string): string {
  const t = singleSpaced(s) ? s : s.replace(/[\s\u200b]+/g, " ");
  let a = 0;
  while (a < t.length && LEADING_DEBRIS.includes(t[a])) a++;
  let b = t.length;
  while (b > a && TRAILING_DEBRIS.includes(t[b - 1])) b--;
  return t.slice(a, b).trim();
}

// What `tidy` strips (spaces are single by then): before a name, also brackets and an apostrophe.
const LEADING_DEBRIS = ` ,;:([“"'`;
const TRAILING_DEBRIS = ` ,;:“"`;

/** Words of a name part must not carry cite debris: digits runs, parentheses, semicolons, quotes. */
function clean(part: string): boolean {
  // `Does 1–5698`, `Doe Defendants 1-10`: numbered fictitious parties are part of a name.
  part = part.replace(/\b(?:Does|DOES|Roes|ROES|Doe Defendants|John Does)\s\d{1,5}(?:\s?[-–]\s?\d{1,5})?/g, "Does");
  return !/[;:()\[\]“”"§¶]|\d{3,}|\d\.?\s{1,3}[A-Z]|\bat \d|\bId\.|\bsupra\b/.test(part);
}

/**
 * Walks back from the word before `vIndex` (the `v.`) over name words; returns the index of the
 * first plaintiff word.
 */
function plaintiffStart(words: WordSpans, vIndex: number): number {
  let i = vIndex - 1;
  let first = vIndex;
  let taken = 0;
  while (i >= 0 && taken < 14) {
    const w = words.w(i);
    const bare = w.replace(/,$/, "");
    const lower = bare.toLowerCase();
    if (i < vIndex - 1 && isSentenceEnd(w)) break;
    if (/[;:)]$/.test(w) || /["“”]$/.test(w) && i < vIndex - 1) break;
    if (w.endsWith(",") && i < vIndex - 1) {
      // A comma inside a plaintiff's name only before a company suffix: `Thrift Funds Canal, Inc.`.
      const nextWord = words.w(i + 1);
      if (!CORPORATE_SUFFIX.test(nextWord)) break;
    }
    if (/^[a-z]/.test(bare) && !NAME_CONNECTORS.has(lower)) break;
    if (STOP_WORDS.has(lower) && !(lower === "in" && words.w(i + 1) === "re") && !NAME_CONNECTORS.has(lower)) break;
    if (!nameWord(bare)) break;
    first = i;
    taken++;
    i--;
  }
  // A name does not begin with a connector: `of Trs. v. X` is no plaintiff.
  while (first < vIndex && NAME_CONNECTORS.has(words.w(first).toLowerCase()) && !(words.w(first) === "re")) first++;
  if (first > 0 && words.w(first) === "re" && words.w(first - 1) === "In") first--;
  return first;
}

// `— U.S. —`, `___ Nev. ___`, `---- U.S. ----`: a cite whose volume and page are not yet known.
const PLACEHOLDER_BEFORE = /(?:_{1,20}|-{2,20}|[—–]{1,3})\s{1,2}[A-Z][A-Za-z.]{0,12}(?:\s[A-Za-z.0-9]{1,6}){0,3}\s{1,2}(?:_{1,20}|-{2,20}|[—–]{1,3})$/;

// `In re`, `Ex parte`, `Matter of`: names with a procedural prefix instead of two parties.
// The first words of those prefixes: only where one stands is a prefix tried.
const PREFIX_FIRST = new Set(["in", "ex", "matter", "application", "estate", "petition"]);
const PREFIX_NAME = /^(?:In re|Ex parte|In the Matter of|Matter of|Application of|Estate of|Petition of|In the Interest of)$/i;

/**
 * Reads the case name that ends at `end` (the position just before a cite's volume, after its
 * comma), or `null` when no name stands there.
 *
 * @example readCaseName("See Tripati v. Henman, 845 F.2d 205", 23)?.caseName // "Tripati v. Henman"
 */
export function readCaseName(text: string, end: number, emphasis: readonly EmphasisSpan[] = []): CaseName | null {
  let stop = end;
  let datedAt: number | null = null;
  // Skip what may stand between a name and the volume: `, `, the `[` of a bracketed parallel,
  // a placeholder cite (`— U.S. —`, `___ Nev. ___`) and a California-style court/date
  // parenthetical (`Esquire, Inc. (S.D.N.Y. 1973) 367 F.Supp.`).
  for (let k = 0; k < 4; k++) {
    const before = stop;
    while (stop > 0 && spaceOrComma(text.charCodeAt(stop - 1))) stop--;
    if (text[stop - 1] === "[" || text[stop - 1] === "(") stop--;
    while (stop > 0 && spaceOrComma(text.charCodeAt(stop - 1))) stop--;
    // Every placeholder ends in `_`, `-`, `—` or `–`: only then is the pattern tried.
    const last = text.charCodeAt(stop - 1);
    const ph = last === 95 || last === 45 || last === 0x2014 || last === 0x2013 ? PLACEHOLDER_BEFORE.exec(text.slice(Math.max(0, stop - 48), stop)) : null;
    if (ph) stop -= ph[0].length;
    if (text[stop - 1] === ")" && datedAt === null) {
      const open = text.lastIndexOf("(", stop - 1);
      if (open >= 0 && stop - open < 60 && /\d{4}\)$/.test(text.slice(open, stop))) {
        stop = open;
        datedAt = open;
      }
    }
    if (stop === before) break;
  }
  while (stop > 0 && spaceOrComma(text.charCodeAt(stop - 1))) stop--;
  if (stop === 0) return null;
  let from = Math.max(0, stop - 320);
  // A name never spans a semicolon, a parenthesis, a bracket or a quotation mark: start after the last one.
  const boundary = lastBoundary(text, from, stop);
  const cut = boundary >= 0;
  if (cut) from = boundary + 1;
  const em = nameFromEmphasis(text, stop, emphasis);
  const fromEmphasis = em ? { ...em, datedAt } : null;
  const words = WINDOW_WORDS;
  words.read(text, from, stop);
  if (words.length === 0) return fromEmphasis;
  // The first word of the window may be cut in half; never start a name there.
  if (!cut && from > 0 && !/\s/.test(text[from - 1])) words.shift();

  let vIndex = -1;
  for (let i = words.length - 2; i >= 1; i--) {
    if (words.isVersus(i)) {
      vIndex = i;
      break;
    }
  }
  let nameStart: number;
  let plaintiff: string | null;
  let defendant: string | null = null;
  if (vIndex >= 1) {
    const defText = text.slice(words.end(vIndex), stop);
    if (!clean(defText) || /(?:^|\s)(?!rel\.)[a-z]{2,}\.\s+[A-Z]/.test(defText) || defText.length > 200) return fromEmphasis;
    // A party's name holds few lower-case words besides `of`, `the`, `and`: more is a sentence.
    if (proseWords(defText) > 2) return fromEmphasis;
    const pStart = plaintiffStart(words, vIndex);
    if (pStart >= vIndex) return fromEmphasis;
    nameStart = words.start(pStart);
    if (fromEmphasis && fromEmphasis.start < nameStart && fromEmphasis.end === stop) nameStart = fromEmphasis.start;
    plaintiff = tidy(text.slice(nameStart, words.start(vIndex)));
    defendant = tidy(defText);
    if (!plaintiff || !defendant || !clean(plaintiff)) return fromEmphasis;
  } else {
    // `In re Gugliuzza`, `Ex parte Young`: a name with a procedural prefix instead of `v.`.
    let p = -1;
    for (let i = words.length - 2; i >= 0 && i >= words.length - 16; i--) {
      if (!PREFIX_FIRST.has(words.w(i).toLowerCase())) continue;
      const two = `${words.w(i)} ${words.w(i + 1)}`;
      let four = words.w(i);
      for (let k = i + 1; k < i + 4 && k < words.length; k++) four += ` ${words.w(k)}`;
      if (PREFIX_NAME.test(two) || /^In the Matter of$/i.test(four) || /^In the Interest of$/i.test(four)) {
        if (/^[A-Z]/.test(words.w(i))) {
          p = i;
          break;
        }
      }
    }
    if (p < 0) return fromEmphasis;
    nameStart = words.start(p);
    const name = tidy(text.slice(nameStart, stop));
    const rest = text.slice(words.start(Math.min(p + 2, words.length - 1)), stop);
    if (!clean(name) || /(?:^|\s)[a-z]{3,}\.\s+[A-Z]/.test(rest) || name.length > 200) return fromEmphasis;
    plaintiff = name;
  }
  const caseName = tidy(text.slice(nameStart, stop));
  const sig = signalBefore(text, nameStart);
  return { caseName, plaintiff, defendant, start: nameStart, end: stop, signal: sig?.signal ?? null, datedAt };
}

/**
 * A name set in italics right before the cite (`<i>Smith v. Jones,</i> 1 U.S. 1`): the chain of
 * emphasis spans separated only by spaces, commas or a roman `v.`.
 */
function nameFromEmphasis(text: string, stop: number, emphasis: readonly EmphasisSpan[]): CaseName | null {
  if (emphasis.length === 0) return null;
  // Find the last span ending at or just before `stop` (allowing a comma/space gap).
  const last = firstAtOrAfter(emphasis, stop) - 1;
  if (last < 0) return null;
  const span = emphasis[last];
  if (span.style === "bold") return null;
  const tail = text.slice(Math.min(span.end, stop), stop);
  if (!/^[\s,]*$/.test(tail) || span.end < stop - 4) return null;
  let first = last;
  for (let k = last - 1; k >= 0 && last - k < 8; k--) {
    const gap = text.slice(emphasis[k].end, emphasis[first].start);
    if (emphasis[k].style === "bold" || !/^[\s,]*(?:v\.?|vs\.)?[\s,]*$/.test(gap) || gap.length > 12) break;
    first = k;
  }
  let start = emphasis[first].start;
  while (start < stop && (text[start] === "(" || text[start] === "[" || text[start] === " ")) start++;
  // Some courts set the signal in italics with the name: `*See Villarreal v. Caremark LLC*`.
  const lead = leadingSignal(text.slice(start, Math.min(stop, start + 24)));
  start += lead;
  const name = tidy(text.slice(start, stop));
  if (!name || !clean(name) || name.length > 200) return null;
  const parts = name.split(/\s+v\.?\s+|\s+vs\.\s+/);
  const sig = signalBefore(text, start);
  return {
    caseName: name,
    plaintiff: tidy(parts[0]) || null,
    defendant: parts.length > 1 ? tidy(parts.slice(1).join(" v. ")) || null : null,
    start,
    end: stop,
    signal: sig?.signal ?? null,
  };
}

/**
 * The word(s) right before a short cite or `supra` that name the case: `Brizzee, 2008 WL …` → `Brizzee`.
 * Uses the emphasis chain when present, else the capitalized words back to a stop.
 *
 * `known` is `readCaseName(text, end, emphasis)` when the caller has it already.
 *
 * @example shortName("In re Cement Antitrust Litig., 673 F.2d at 1026", 30) // "In re Cement Antitrust Litig."
 */
export function shortName(text: string, end: number, emphasis: readonly EmphasisSpan[] = [], known?: CaseName | null): { name: string; start: number } | null {
  const given = end;
  let stop = end;
  while (stop > 0 && spaceOrComma(text.charCodeAt(stop - 1))) stop--;
  // `Kaiser Foundation, supra, 13 Cal.App.5th at 1146`: the name is before the `supra`.
  if (stop >= 6 && text.startsWith(" supra", stop - 6)) {
    stop -= 6;
    while (stop > 0 && spaceOrComma(text.charCodeAt(stop - 1))) stop--;
    end = stop;
  }
  if (stop === 0) return null;
  // The caller may have read the full name at this very position already.
  const full = known !== undefined && end === given ? known : readCaseName(text, end, emphasis);
  if (full && full.defendant === null && full.plaintiff) return { name: full.caseName, start: full.start };
  const em = nameFromEmphasis(text, stop, emphasis);
  if (em && em.defendant === null) return { name: em.caseName, start: em.start };
  if (full) return { name: full.caseName, start: full.start };
  // `readCaseName` is done with the shared word list by now.
  const words = WINDOW_WORDS;
  words.read(text, Math.max(0, stop - 120), stop);
  let i = words.length - 1;
  let first = -1;
  while (i >= 0 && words.length - i <= 6) {
    const printed = words.w(i);
    const w = printed.replace(/,$/, "").replace(/^[([]/, "");
    if (i < words.length - 1 && (isSentenceEnd(printed) || printed.endsWith(","))) break;
    if (STOP_WORDS.has(w.toLowerCase()) || !/^[A-Z]/.test(w) || /[;:()“”"]/.test(w)) {
      if (NAME_CONNECTORS.has(w) && first >= 0) {
        i--;
        continue;
      }
      break;
    }
    first = i;
    i--;
  }
  if (first < 0) return null;
  while (first < words.length && NAME_CONNECTORS.has(words.w(first))) first++;
  if (first >= words.length) return null;
  const begin = words.start(first) + (/^[([]/.test(words.w(first)) ? 1 : 0);
  const name = tidy(text.slice(begin, stop));
  // `(TOC), Inc., 528 U.S. 167`: a company suffix left after a parenthesis is no name.
  return name && !ONLY_SUFFIXES.test(name) ? { name, start: begin } : null;
}

// A name's words that carry a period of their own: T6 abbreviations, company suffixes, initials.
const NAME_ABBREVIATIONS = new Set(Object.keys(CASE_NAME_ABBREVIATIONS).filter((k) => k.endsWith(".")));
// What a name part may hold and still be no name: company suffixes, `et al.`, commas.
const ONLY_SUFFIXES = /^(?:(?:Inc|LLC|L\.L\.C|Ltd|Co|Corp|L\.P|LP|LLP|L\.L\.P|N\.A|P\.C|P\.A|S\.A|PLC|plc|AG|GmbH|et|al|Jr|Sr)\.?[\s,]{0,3}){1,6}$/;

/**
 * A case name as an authority shows it: single-spaced, without a period the sentence put after
 * its last word (`United States v. Salerno.` → `United States v. Salerno`; `Acme Co.` keeps its
 * own), and null when what was read is no name (`Inc.`, `, LLC`, `et al.`).
 *
 * @example cleanCaseName("United States v. Salerno.") // "United States v. Salerno"
 * @example cleanCaseName("Inc.") // null
 */
export function cleanCaseName(name: string | null | undefined): string | null {
  if (!name) return null;
  let s = tidy(name.replace(/[\s\u200b]+/g, " ").trim());
  if (s.endsWith(".") && !s.endsWith("..")) {
    const space = s.lastIndexOf(" ");
    const last = s.slice(space + 1);
    const bare = last.slice(0, -1);
    // An abbreviation keeps its period: a listed one, a company suffix, an initial, a short capitalized word (`Co.`, `Cnty.`).
    const abbreviated =
      NAME_ABBREVIATIONS.has(last) || ABBREVIATION.test(last) || CORPORATE_SUFFIX.test(last) || bare.includes(".") || bare.includes("'") || !/[aeiouy]/i.test(bare.slice(1));
    if (!abbreviated) s = s.slice(0, -1);
  }
  // No name at all: a company suffix alone, or one abbreviated word (`Assocs.`), the tail of a name cut short.
  if (!s || !/[A-Za-z]{2}/.test(s) || ONLY_SUFFIXES.test(s) || (!s.includes(" ") && s.endsWith("."))) return null;
  // A name begins with a capital, a digit or a quoted word; a fragment (`v. Jones`, `, Inc.`) does not.
  if (!/^[A-Z0-9"'“]/.test(s) || /^(?:v\.|vs\.)\s/i.test(s)) return null;
  return s;
}
