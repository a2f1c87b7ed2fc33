/**
 * The citation core: every citation of every kind in a clean text, with short forms,
 * *Id.*, *supra* and references resolved. Runs in a browser (no Node-only imports).
 *
 * Overlap rule (one, documented): candidates are taken in order of start; when two overlap,
 * the one whose recognizer has the higher precedence wins, and at equal precedence the
 * longer span wins (at equal length, the earlier). References are looked for last, only
 * in text no other citation covers.
 */
import type { Citation, EmphasisSpan } from "../model/types.js";
import type { Candidate, CiteContext, Recognizer } from "./recognizer.js";
import { caseRecognizer } from "./recognizers/case.js";
import { caseShortRecognizer } from "./recognizers/caseShort.js";
import { constitutionRecognizer } from "./recognizers/constitution.js";
import { idRecognizer } from "./recognizers/id.js";
import { journalRecognizer } from "./recognizers/journal.js";
import { recordRecognizer } from "./recognizers/record.js";
import { findReferences } from "./recognizers/reference.js";
import { regulationRecognizer } from "./recognizers/regulation.js";
import { ruleRecognizer } from "./recognizers/rule.js";
import { statuteRecognizer } from "./recognizers/statute.js";
import { supraRecognizer } from "./recognizers/supra.js";
import { bluebook } from "./bluebook.js";
import { resolve } from "./resolve.js";
import { citeKey } from "./scan.js";
import { lookupReporter } from "./tables/reporters.js";

export { citationFindings, isLocalRuleBody, resolve, unresolvedFindings, yearFindings } from "./resolve.js";
export { bluebook, bluebookDate } from "./bluebook.js";
export { readCaseName } from "./names.js";
export { citeKey } from "./scan.js";
export { lookupReporter, REPORTERS } from "./tables/reporters.js";

/**
 * The recognizers `findCitations` runs, in no particular order (precedence decides overlaps).
 *
 * @example findCitations(text, { recognizers: RECOGNIZERS.filter((r) => r.name !== "record") })
 */
export const RECOGNIZERS: readonly Recognizer[] = [
  caseRecognizer,
  caseShortRecognizer,
  idRecognizer,
  supraRecognizer,
  statuteRecognizer,
  regulationRecognizer,
  constitutionRecognizer,
  ruleRecognizer,
  recordRecognizer,
  journalRecognizer,
];

export interface FindOptions {
  /** Italic/bold spans of the text (sorted by start): they settle where case names begin. */
  emphasis?: readonly EmphasisSpan[];
  /** Replace the recognizer list (tests, presets). */
  recognizers?: readonly Recognizer[];
  /**
   * Short names known from outside the text (a case database, an earlier pass), keyed by the
   * full cite they belong to: `{ "3 U.S. 22": "Doe" }`. References and *supra* may then name
   * the case by it (`Doe at 122`) though the text never printed it.
   */
  knownNames?: Readonly<Record<string, string>>;
}

/** `knownNames` re-keyed by `citeKey`; keys that are not `volume reporter page` are ignored. */
function keyNames(known: Readonly<Record<string, string>> | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!known) return out;
  for (const [k, name] of Object.entries(known)) {
    // `3 U.S. 22`, `85 F. Supp. 3d 1063`: the first and last words are the volume and page.
    const m = /^\s*(\d{1,5})\s+(\S[^]{0,40}?)\s+(\d{1,7})\s*$/.exec(k);
    if (m && typeof name === "string" && name.trim()) out.set(citeKey(m[1], lookupReporter(m[2])?.name ?? m[2], m[3]), name.trim());
  }
  return out;
}

/**
 * `Saucier, 533 U.S. at 201, 121 S. Ct. 2151`: a full-form cite right after a short cite is
 * its parallel (the pin elided), and carries its name.
 */
function linkParallelsOfShort(text: string, citations: Citation[]): void {
  for (let i = 1; i < citations.length; i++) {
    const short = citations[i - 1];
    const full = citations[i];
    if (short.kind !== "case-short" || full.kind !== "case" || full.caseName || full.plaintiff || full.defendant) continue;
    if (!/^,\s{1,3}$/.test(text.slice(short.end, full.start))) continue;
    const chain = [i, ...(full.parallel ?? [])];
    for (const j of chain) {
      const c = citations[j];
      c.parallel = [...new Set([...(c.parallel ?? []), i - 1, ...chain])].filter((k) => k !== j).sort((a, b) => a - b);
      if (!c.caseName && short.caseName) c.caseName = short.caseName;
    }
    short.parallel = chain;
  }
}

interface Ranked {
  cand: Candidate;
  precedence: number;
  /** The recognizer's own list, for remapping `parallel` and `history` indexes. */
  own: Candidate[];
}

/** A section or rule printed without its code or body: `§ 1292(b)`, `Rule 59(e)`. */
function isBareLaw(c: Candidate): boolean {
  return c.kind === "statute-short" || (c.kind === "rule" && !c.body);
}

/** Whether `outer` covers all of `inner` and more. */
function contains(outer: Candidate, inner: Candidate): boolean {
  return outer.start <= inner.start && outer.end >= inner.end && outer.end - outer.start > inner.end - inner.start;
}

/** Whether `a` beats `b` when they overlap. */
function beats(a: Ranked, b: Ranked): boolean {
  // A bare `§ 1630.2(g)` inside `29 C.F.R. § 1630.2(g)` is a part of the longer cite, whatever
  // the two recognizers' precedence.
  if (isBareLaw(a.cand) && contains(b.cand, a.cand)) return false;
  if (isBareLaw(b.cand) && contains(a.cand, b.cand)) return true;
  if (a.precedence !== b.precedence) return a.precedence > b.precedence;
  const la = a.cand.end - a.cand.start;
  const lb = b.cand.end - b.cand.start;
  if (la !== lb) return la > lb;
  return a.cand.start <= b.cand.start;
}

/** Keeps the winners of overlapping candidates (see the module comment). */
function dropOverlaps(all: Ranked[]): Ranked[] {
  all.sort((a, b) => a.cand.start - b.cand.start || b.precedence - a.precedence || b.cand.end - a.cand.end);
  const kept: Ranked[] = [];
  for (const r of all) {
    if (r.cand.end <= r.cand.start) continue;
    // Compare with every kept candidate still overlapping (usually none or one).
    let wins = true;
    const losers: number[] = [];
    for (let k = kept.length - 1; k >= 0 && kept.length - k <= 8; k--) {
      const o = kept[k];
      if (o.cand.end <= r.cand.start) {
        if (o.cand.start < r.cand.start - 4000) break;
        continue;
      }
      if (beats(r, o)) losers.push(k);
      else {
        wins = false;
        break;
      }
    }
    if (!wins) continue;
    for (const k of losers) kept.splice(k, 1);
    kept.push(r);
  }
  return kept;
}

/** How far a running head's line may reach on either side of a cite in it. */
const HEAD_REACH = 240;
/** A running head repeats on this many pages or more. */
const HEAD_REPEATS = 3;
// After a running head's last cite: its parenthetical at most (`(1987)`), then the end of the line.
const HEAD_TAIL = /^[ \t]{0,8}(?:\([^()\n]{0,60}\))?[ \t]{0,12}$/;

/**
 * Where the line around `at` starts (`dir` -1: the index after its newline) or ends (`dir` 1: its
 * newline, or the end of the text), if that is at most HEAD_REACH characters away; else -1.
 */
function lineEdgeWithin(text: string, at: number, dir: -1 | 1): number {
  if (dir < 0) {
    for (let i = at - 1; i >= at - HEAD_REACH; i--) if (i < 0 || text.charCodeAt(i) === 10) return i + 1;
    return -1;
  }
  for (let i = at; i <= at + HEAD_REACH; i++) if (i >= text.length || text.charCodeAt(i) === 10) return Math.min(i, text.length);
  return -1;
}

/**
 * Drops the case cites of running heads: a line made of a case's own cite (`Doe v. Roe, 837 F.2d
 * 1181 (1987)`, `56 USLW 2392, 44 Ed. Law Rep. 44`) printed at the top of page after page of a
 * text copy with no page breaks. A line the body repeats verbatim three times or more that ends
 * with its cites is the document naming itself, not citing anything.
 */
function dropRunningHeads(text: string, kept: Ranked[]): Ranked[] {
  const lines = new Map<number, { end: number; cands: Ranked[] }>();
  for (const r of kept) {
    if (r.cand.kind !== "case") continue;
    // Both searches stop at HEAD_REACH: on a text of one long line, a search to the line's
    // ends from each cite would be quadratic.
    const start = lineEdgeWithin(text, r.cand.start, -1);
    if (start < 0) continue;
    let line = lines.get(start);
    if (!line) {
      const end = lineEdgeWithin(text, r.cand.end, 1);
      if (end < 0) continue;
      lines.set(start, (line = { end, cands: [] }));
    }
    line.cands.push(r);
  }
  if (lines.size < HEAD_REPEATS) return kept;
  const counts = new Map<string, number[]>();
  for (const [start, line] of lines) {
    const last = line.cands[line.cands.length - 1].cand;
    if (!HEAD_TAIL.test(text.slice(last.end, line.end))) continue;
    const key = text.slice(start, line.end).trim();
    const list = counts.get(key);
    if (list) list.push(start);
    else counts.set(key, [start]);
  }
  const heads = new Set<Ranked>();
  for (const starts of counts.values()) {
    if (starts.length < HEAD_REPEATS) continue;
    for (const start of starts) for (const r of lines.get(start)!.cands) heads.add(r);
  }
  return heads.size ? kept.filter((r) => !heads.has(r)) : kept;
}

/**
 * Finds every citation in `text`, sorted by start, with `antecedent` resolved.
 *
 * @example findCitations("Tripati v. Henman, 845 F.2d 205, 206 n.1 (9th Cir. 1988). Id. at 207.")[1].antecedent // 0
 */
export function findCitations(text: string, options: FindOptions = {}): Citation[] {
  const ctx: CiteContext = { text, emphasis: options.emphasis ?? [] };
  const ranked: Ranked[] = [];
  for (const r of options.recognizers ?? RECOGNIZERS) {
    const own = r.find(ctx);
    for (const cand of own) ranked.push({ cand, precedence: r.precedence, own });
  }
  let kept = dropRunningHeads(text, dropOverlaps(ranked));
  // The full cites to refer back to, and the spans a reference may not overlap: the same list.
  const cands = kept.map((k) => k.cand);
  const known = keyNames(options.knownNames);
  const refs = findReferences(ctx, cands, cands, known);
  if (refs.length) {
    kept = [...kept, ...refs.map((cand) => ({ cand, precedence: 10, own: refs }))].sort((a, b) => a.cand.start - b.cand.start);
  }
  // Indexes inside a recognizer's output refer to its own list; map them to the final list.
  const finalIndex = new Map<Candidate, number>();
  kept.forEach((k, i) => finalIndex.set(k.cand, i));
  const remap = (own: Candidate[], i: number | null | undefined): number | null => {
    if (i === null || i === undefined) return null;
    const target = own[i];
    return target ? (finalIndex.get(target) ?? null) : null;
  };
  const citations: Citation[] = kept.map(({ cand, own }) => {
    // Candidates are fresh objects of this call: completing them in place spares a copy of each.
    const c = cand as Citation;
    c.antecedent = null;
    if (cand.parallel) c.parallel = cand.parallel.map((i) => remap(own, i)).filter((i): i is number => i !== null);
    if (cand.history) c.history = cand.history.map((h) => ({ phrase: h.phrase, citation: remap(own, h.citation) }));
    return c;
  });
  linkParallelsOfShort(text, citations);
  const resolved = resolve(text, citations, known);
  for (let i = 0; i < resolved.length; i++) {
    const c = resolved[i];
    c.fullSpan ??= { start: c.start, end: c.end };
    c.bluebook = bluebook(resolved, i);
  }
  return resolved;
}
