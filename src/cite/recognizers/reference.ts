/**
 * References: a bare case name that points back at a case already cited in full —
 * `Amick at 795`, `in Mancari`, `*Bivens* at 122`. Only names of cases cited in full earlier
 * in the text are looked for, so a capitalized word is never guessed to be a case.
 */
import { firstAtOrAfter } from "../../model/spans.js";
import type { Candidate, CiteContext, Recognizer } from "../recognizer.js";
import { caseRecognizer } from "./case.js";
import { citeKey, normalizePin } from "../scan.js";
import { STATES } from "../tables/codes.js";

const STATE_NAMES = new Set(STATES.map((st) => st.name));

// Parties that name no case on their own: `United States v. X` is referred to as `X`.
const GENERIC_PARTY = /^(?:United States(?: of America)?|U\.\s?S\.|USA|State|People|Commonwealth|Government|Territory|City|County|Town|Village|The State|The People|Estate|Matter|Petition|Application|Commissioner|Secretary|Director|Attorney General)(?:\s+of\s+[A-Z][\w.]{0,30}(?:\s[A-Z][\w.]{0,30})?)?$/;

/**
 * The names a court may use for a case later: each party that is not generic (`United States`,
 * `State`, `People` …), without `In re` and company suffixes.
 *
 * @example referenceNames({ plaintiff: "Morton", defendant: "Mancari", caseName: "Morton v. Mancari" }) // ["Morton", "Mancari"]
 */
export function referenceNames(c: Pick<Candidate, "plaintiff" | "defendant" | "caseName">): string[] {
  const out: string[] = [];
  for (const party of [c.plaintiff, c.defendant]) {
    const p = party?.replace(/^(?:In re|Ex parte|In the Matter of|Matter of)\s+/i, "").trim();
    // A state, or an agency's acronym (`HUD`), names a party to many cases and a place or office in prose.
    if (!p || GENERIC_PARTY.test(p) || STATE_NAMES.has(p) || /^[A-Z]{2,5}$/.test(p)) continue;
    const n = strip(p);
    if (n && !out.includes(n)) out.push(n);
  }
  return out;
}

function strip(name: string): string | null {
  const n = name.replace(/,?\s+(?:et al\.|Inc\.|LLC|Ltd\.|Corp\.|Co\.|L\.P\.)$/, "").trim();
  return n.length >= 3 && /^[A-Z]/.test(n) ? n : null;
}

/** Whether `[start, end)` lies inside one italic span (emphasis is sorted by start). */
function italicAt(ctx: CiteContext, start: number, end: number): boolean {
  const em = ctx.emphasis;
  // the last span starting at or before the name
  const last = firstAtOrAfter(em, start + 1) - 1;
  // Spans starting a little earlier may still cover the name; look back over a few.
  for (let k = last; k >= 0 && last - k < 4; k--) {
    if (em[k].end >= end && em[k].style === "italic") return true;
  }
  return false;
}

/** Whitespace as `\\s` counts it. */
function isSpace(code: number): boolean {
  return (code >= 9 && code <= 13) || code === 32 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Word characters of a name's tail: `\w`, apostrophes and hyphens continue a word. */
function continuesWord(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 39 || code === 0x2019 || code === 45;
}

/** `\w` and `.`, `'`, `’`, `-`: what may not stand right before a reference. */
function joinsBefore(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 46 || code === 39 || code === 0x2019 || code === 45;
}

/** A capitalized word's characters after its first: `\w`, `.`, `'`, `’`, `&`, `-`. */
function wordChar(code: number): boolean {
  return joinsBefore(code) || code === 38;
}

/**
 * Matches `name` at `pos`, a run of 1–2 spaces standing for each space of the name, ending
 * where a word ends; returns the end or -1.
 */
function matchName(text: string, pos: number, name: string): number {
  let t = pos;
  for (let i = 0; i < name.length; ) {
    const code = name.charCodeAt(i);
    if (isSpace(code)) {
      while (i < name.length && isSpace(name.charCodeAt(i))) i++;
      let n = 0;
      while (n < 2 && t < text.length && isSpace(text.charCodeAt(t))) {
        t++;
        n++;
      }
      if (n === 0) return -1;
      continue;
    }
    if (text.charCodeAt(t) !== code) return -1;
    t++;
    i++;
  }
  return t < text.length && continuesWord(text.charCodeAt(t)) ? -1 : t;
}

// `at 795`, `at *4`, `p. *4` after a reference.
const REF_PIN = /,?\s{1,2}(?:at\s{1,2}(?:pp?\.\s{0,2})?|pp?\.\s{0,2})(?<pin>\*{0,2}\s?\d{1,7}(?:\s?[-–]\s?\d{1,7})?)(?![\w])/y;
// What must not follow a reference: a cite (`Twombly, 550 U.S.`), `supra`, `v.`, more of a name.
const NOT_AFTER = /^(?:,?\s{0,2}\d{1,5}\s[A-Z]|,?\s{1,2}supra\b|\s{1,2}v\.?\s|\s{1,2}(?:[A-Z][a-z]|&)|['’]s?\w|,\s(?:Inc|LLC|Ltd|Co|Corp|L\.P)\b)/;
// Words before a name in prose that mark it as a case: `in Mancari`, `See Amick`, `under Bivens`.
const LEAD_WORD = /(?:^|[\s(])(?:in|In|See|see|under|Under|Cf\.|cf\.|Like|like|Unlike|unlike|following|Following)\s{1,2}$/;

/**
 * Finds references to the given full case cites in the text after each of them. `taken`
 * spans (other citations) are never overlapped.
 *
 * @example findReferences("Amick v. Baker, 1 F.3d 2. In Amick at 5 …", fullCites, [])[0].pin // "5"
 */
export function findReferences(
  ctx: CiteContext,
  full: readonly Candidate[],
  taken: readonly { start: number; end: number }[],
  known: ReadonlyMap<string, string> = new Map(),
): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  const names = new Map<string, number>();
  const add = (n: string, after: number): void => {
    if (n.length <= 60 && !names.has(n)) names.set(n, after);
  };
  for (const c of full) {
    if (c.kind === "case") {
      for (const n of referenceNames(c)) add(n, c.end);
      const k = known.size ? known.get(citeKey(c.volume, c.reporter, c.page)) : undefined;
      if (k) for (const n of referenceNames({ plaintiff: k, defendant: null, caseName: k })) add(n, c.end);
    } else if (c.kind === "case-short" && c.caseName) {
      // The name a short form gives a case (`Twombly, 550 U.S. at 555`) is the one prose uses for it.
      for (const n of referenceNames({ plaintiff: c.caseName, defendant: null, caseName: c.caseName })) add(n, c.end);
    }
  }
  const sortedTaken = [...taken].sort((a, b) => a.start - b.start);
  const overlaps = (s: number, e: number): boolean => {
    let lo = 0;
    let hi = sortedTaken.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = sortedTaken[mid];
      if (t.end <= s) lo = mid + 1;
      else if (t.start >= e) hi = mid - 1;
      else return true;
    }
    return false;
  };
  if (names.size === 0) return out;
  // Only where a known name's first word is printed (found with indexOf) is a name checked:
  // the capitalized word there, as a whole, must be that first word (or it with trailing
  // punctuation), and the longest name that matches from it wins.
  const byFirst = new Map<string, string[]>();
  for (const name of [...names.keys()].sort((a, b) => b.length - a.length)) {
    const first = name.split(/\s+/)[0];
    const list = byFirst.get(first);
    if (list) list.push(name);
    else byFirst.set(first, [name]);
  }
  const heads = new Uint8Array(HEADS);
  // Per head, the lengths its first words come in (`lengthBit` bits): most words that pass the heads fail here, unsliced.
  const lengths = new Uint32Array(HEADS);
  for (const first of byFirst.keys()) {
    const slot = head(first.charCodeAt(0), first.length > 1 ? first.charCodeAt(1) : -1);
    heads[slot] = 1;
    lengths[slot] |= lengthBit(first.length);
  }
  let from = text.length;
  for (const after of names.values()) from = Math.min(from, after);
  // Few names: indexOf per first word. Many: one pass over the capitalized words, so the
  // cost stays linear in the text whatever the number of cases cited.
  const positions = byFirst.size <= FEW_NAMES ? firstWordPositions(text, byFirst.keys(), from) : wordStarts(text, from);
  let prev = -1;
  for (const start of positions) {
    if (start === prev || (start > 0 && joinsBefore(text.charCodeAt(start - 1)))) continue;
    prev = start;
    // Most capitalized words begin no known name: their first two letters tell, without a slice.
    const c0 = text.charCodeAt(start);
    const c1 = start + 1 < text.length && wordChar(text.charCodeAt(start + 1)) ? text.charCodeAt(start + 1) : -1;
    if (!heads[head(c0, c1)] && !heads[head(c0, -1)]) continue;
    let wordEnd = start + 1;
    while (wordEnd < text.length && wordEnd - start <= 40 && wordChar(text.charCodeAt(wordEnd))) wordEnd++;
    // `&` joins a word without starting one: `A&Bell` holds no word `Bell`.
    if (start > 0 && text.charCodeAt(start - 1) === 38 && insideWord(text, start - 1)) continue;
    if (!mayBeFirstWord(text, start, wordEnd, lengths)) continue;
    const word = text.slice(start, wordEnd);
    const candidates = byFirst.get(word) ?? (/[.,'’]$/.test(word) ? byFirst.get(word.replace(/[.,'’]+$/, "")) : undefined);
    if (!candidates) continue;
    let hit: string | null = null;
    let matchEnd = -1;
    for (const cand of candidates) {
      matchEnd = matchName(text, start, cand);
      if (matchEnd >= 0) {
        hit = cand;
        break;
      }
    }
    if (!hit) continue;
    const name = hit;
    if (start < names.get(name)!) continue;
    let end = matchEnd;
    if (NOT_AFTER.test(text.slice(end, end + 24)) || /\bv\.?\s{1,2}$/.test(text.slice(Math.max(0, start - 4), start))) continue;
    REF_PIN.lastIndex = end;
    const p = REF_PIN.exec(text);
    let pin: string | null = null;
    if (p) {
      pin = normalizePin(p.groups!.pin);
      if (/^,?\s{0,2}\d{1,5}\s[A-Z]/.test(text.slice(REF_PIN.lastIndex, REF_PIN.lastIndex + 12).replace(/^,\s*/, ", "))) continue;
      end = REF_PIN.lastIndex;
    }
    const italic = italicAt(ctx, start, matchEnd);
    if (!pin && !italic && !LEAD_WORD.test(text.slice(Math.max(0, start - 14), start))) continue;
    if (overlaps(start, end)) continue;
    out.push({ kind: "reference", text: text.slice(start, end), start, end, caseName: name, pin });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Size of the table of word heads: a capital (26) by a second character (128 buckets). */
const HEADS = 26 * 128;

/**
 * A word's first two characters as one slot of the heads table (`second` -1: a one-letter word,
 * which may carry trailing punctuation). Characters past ASCII share a bucket, so a slot may
 * stand for more than one head: it only rules words out.
 */
function head(first: number, second: number): number {
  const row = first >= 65 && first <= 90 ? first - 65 : 0;
  return row * 128 + (second < 0 ? 0 : second < 127 ? second : 127);
}

/** A word length as one bit of a mask; lengths past 30 share the last bit. */
function lengthBit(length: number): number {
  return 1 << Math.min(length, 31);
}

/**
 * Whether the word `[start, end)`, or it without trailing `.`, `,`, `'`, `’`, has the head and
 * length of a known first word: a cheap test that must pass for the lookup by name to find one.
 */
function mayBeFirstWord(text: string, start: number, end: number, lengths: Uint32Array): boolean {
  const c0 = text.charCodeAt(start);
  const whole = head(c0, end - start > 1 ? text.charCodeAt(start + 1) : -1);
  if (lengths[whole] & lengthBit(end - start)) return true;
  let bare = end;
  while (bare > start && isTrailing(text.charCodeAt(bare - 1))) bare--;
  if (bare === end || bare === start) return false;
  return (lengths[bare - start > 1 ? whole : head(c0, -1)] & lengthBit(bare - start)) !== 0;
}

/** `.`, `,`, `'`, `’`: what may trail a name's first word in print (`Amick.`). */
function isTrailing(code: number): boolean {
  return code === 46 || code === 44 || code === 39 || code === 0x2019;
}

/** Up to this many distinct first words, each is looked for with indexOf. */
const FEW_NAMES = 8;

/** Where each first word is printed from `from` on, sorted. */
function firstWordPositions(text: string, firsts: Iterable<string>, from: number): number[] {
  const positions: number[] = [];
  for (const first of firsts) {
    for (let at = text.indexOf(first, from); at >= 0; at = text.indexOf(first, at + 1)) positions.push(at);
  }
  return positions.sort((a, b) => a - b);
}

// `M` of `Mancari`, `A` of `AT&T`: a capital starting a word. The capital comes first and the
// lookbehind after it, so the engine scans for capitals only.
const WORD_START = /[A-Z](?<![\w.'’-][A-Z])/g;

// The word starts of the text being read, reused from text to text (and grown when full): a
// document's capitalized words then cost no garbage. Read before the next text is.
let wordStartBuffer = new Int32Array(4096);

/**
 * Where each capitalized word (`Mancari`, `AT&T`, `O'Neil`) begins from `from` on. A word is
 * taken whole, up to 41 characters, so no later word starts inside it (not even after its `&`).
 */
function wordStarts(text: string, from: number): Int32Array {
  let n = 0;
  WORD_START.lastIndex = from;
  // `test`, not `exec`: no match array for each of the text's capitalized words.
  while (WORD_START.test(text)) {
    const start = WORD_START.lastIndex - 1;
    let end = start + 1;
    while (end < text.length && end - start <= 40 && wordChar(text.charCodeAt(end))) end++;
    if (n === wordStartBuffer.length) {
      const grown = new Int32Array(n * 2);
      grown.set(wordStartBuffer);
      wordStartBuffer = grown;
    }
    wordStartBuffer[n++] = start;
    WORD_START.lastIndex = end;
  }
  return wordStartBuffer.subarray(0, n);
}

/** Whether the `&` at `amp` sits inside a capitalized word (`AT&T`), which then goes on past it. */
function insideWord(text: string, amp: number): boolean {
  let i = amp;
  while (i > 0 && wordChar(text.charCodeAt(i - 1)) && amp - i < 41) i--;
  // The run before the `&` starts a word when it begins with a capital after a non-word character.
  for (let k = i; k < amp; k++) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90 && (k === 0 || !joinsBefore(text.charCodeAt(k - 1)))) return true;
  }
  return false;
}

/**
 * The reference recognizer on its own (it finds the full cites itself); `findCitations`
 * calls `findReferences` with the cites it already has instead.
 *
 * @example referenceRecognizer.find({ text: "Amick v. Baker, 1 F.3d 2. Amick at 5.", emphasis: [] }).length // 1
 */
export const referenceRecognizer: Recognizer = {
  name: "reference",
  precedence: 10,
  find(ctx: CiteContext): Candidate[] {
    const full = caseRecognizer.find(ctx);
    return findReferences(ctx, full, full);
  },
};
