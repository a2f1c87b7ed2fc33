/**
 * References: a bare case name that points back at a case already cited in full —
 * `Amick at 795`, `in Mancari`, `*Bivens* at 122`. Only names of cases cited in full earlier
 * in the text are looked for, so a capitalized word is never guessed to be a case.
 */
import type { Candidate, CiteContext, Recognizer } from "../recognizer.js";
import { caseRecognizer } from "./case.js";
import { normalizePin } from "../scan.js";
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
  let lo = 0;
  let hi = em.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (em[mid].start <= start) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Spans starting a little earlier may still cover the name; look back over a few.
  for (let k = last; k >= 0 && last - k < 4; k--) {
    if (em[k].end >= end && em[k].style === "italic") return true;
  }
  return false;
}

function escape(s: string): string {
  return s.replace(/[\\^$*+?()[\]{}|/.]/g, "\\$&").replace(/\s+/g, "\\s{1,2}");
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
export function findReferences(ctx: CiteContext, full: readonly Candidate[], taken: readonly { start: number; end: number }[]): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  const names = new Map<string, number>();
  for (const c of full) {
    if (c.kind !== "case") continue;
    for (const n of referenceNames(c)) {
      if (n.length <= 60 && !names.has(n)) names.set(n, c.end);
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
  // One scan over capitalized words; a word that begins a known name is checked against
  // that name's own sticky pattern. (One alternation of thousands of names would cost
  // names × text in the regex engine.)
  const byFirst = new Map<string, { name: string; re: RegExp }[]>();
  for (const name of [...names.keys()].sort((a, b) => b.length - a.length)) {
    const first = name.split(/\s+/)[0];
    if (!byFirst.has(first)) byFirst.set(first, []);
    byFirst.get(first)!.push({ name, re: new RegExp(`${escape(name)}(?![\\w'’-])`, "y") });
  }
  const WORD = /(?<![\w.'’-])[A-Z][\w.'’&-]{0,40}/g;
  let from = text.length;
  for (const after of names.values()) from = Math.min(from, after);
  WORD.lastIndex = from;
  for (let w = WORD.exec(text); w; w = WORD.exec(text)) {
    const candidates = byFirst.get(w[0]) ?? byFirst.get(w[0].replace(/[.,'’]+$/, ""));
    if (!candidates) continue;
    let m: RegExpExecArray | null = null;
    let hit: string | null = null;
    for (const cand of candidates) {
      cand.re.lastIndex = w.index;
      m = cand.re.exec(text);
      if (m) {
        hit = cand.name;
        break;
      }
    }
    if (!m || !hit) continue;
    const name = hit;
    const start = m.index;
    if (start < names.get(name)!) continue;
    let end = start + m[0].length;
    if (NOT_AFTER.test(text.slice(end, end + 24)) || /\bv\.?\s{1,2}$/.test(text.slice(Math.max(0, start - 4), start))) continue;
    REF_PIN.lastIndex = end;
    const p = REF_PIN.exec(text);
    let pin: string | null = null;
    if (p) {
      pin = normalizePin(p.groups!.pin);
      if (/^,?\s{0,2}\d{1,5}\s[A-Z]/.test(text.slice(REF_PIN.lastIndex, REF_PIN.lastIndex + 12).replace(/^,\s*/, ", "))) continue;
      end = REF_PIN.lastIndex;
    }
    const length = m[0].length;
    const italic = italicAt(ctx, start, start + length);
    if (!pin && !italic && !LEAD_WORD.test(text.slice(Math.max(0, start - 14), start))) continue;
    if (overlaps(start, end)) continue;
    out.push({ kind: "reference", text: text.slice(start, end), start, end, caseName: name, pin });
  }
  return out.sort((a, b) => a.start - b.start);
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
