import type { Citation, CitationKind, Finding, Reading } from "../model/types.js";
import { DATABASE_REPORTERS, lookupReporter } from "../cite/tables/reporters.js";
import { citationFinding, quote, wholeNumber, type Check } from "./check.js";

/** Longer than any reported opinion: a pin this far past the first page is likely a typo. */
const FAR = 500;

/** A citation's end is followed by punctuation or its parenthetical. A word right after the
 * pin (` C.A. 400`, ` tion of the`, ` (c) The`) means the "pin" was a stray number: the volume
 * of a parallel cite the recognizer did not know, or a line from the next column of a scan. */
const WORD_AFTER = /^\s{0,2}(?:[A-Za-z]|\([a-z0-9]{1,3}\))/;

/** Kinds that point back at a case and may carry a pin of their own ("Amick at 795"). */
const SHORT_KINDS: ReadonlySet<CitationKind> = new Set(["case-short", "id", "supra", "reference"]);

/** The longest range read as running past a round number ("1099-00" → 1099–1100). */
const CARRY_SPAN = 10;

/** How many short forms may chain (Id. → short form → full cite) before giving up. */
const CHAIN_LIMIT = 20;

/** The leading page span of a pin: "206 n.1" → [206, 206], "1025-26" → [1025, 1026],
 * "pp. 45, 64" → [45, 45]; star pages and paragraphs give null. Matches e.g. `1025-26`. */
const PIN_SPAN = /^(?:pp?\.\s{0,2})?(?<first>\d{1,6})(?:\s{0,2}[-–—]\s{0,2}(?<last>\d{1,6}))?/;

function pinSpan(pin: string): { first: number; last: number | null } | null {
  const m = PIN_SPAN.exec(pin.trim());
  if (!m?.groups) return null;
  const first = Number(m.groups.first);
  const lastText = m.groups.last;
  if (!lastText) return { first, last: null };
  const head = m.groups.first;
  if (lastText.length >= head.length) return { first, last: Number(lastText) };
  // "1025-26" drops the leading digits the two numbers share; "1099-00" also carries over
  // into the next hundred, which only a short range does.
  const unit = 10 ** lastText.length;
  const last = Number(head.slice(0, head.length - lastText.length) + lastText);
  const carried = last + unit;
  return { first, last: last < first && carried - first <= CARRY_SPAN ? carried : last };
}

/** The full case citation a short form, Id., supra or name reference finally points at, or null. */
function fullCase(reading: Reading, index: number): Citation | null {
  let at: number | null = index;
  for (let step = 0; at != null && step < CHAIN_LIMIT; step++) {
    const c: Citation | undefined = reading.citations[at];
    if (!c) return null;
    if (c.kind === "case") return c;
    if (!SHORT_KINDS.has(c.kind)) return null;
    at = c.antecedent != null && c.antecedent < at ? c.antecedent : null;
  }
  return null;
}

function isDatabase(c: Citation): boolean {
  const edition = c.reporter ? lookupReporter(c.reporter) : null;
  return (edition != null && DATABASE_REPORTERS.has(edition.name)) || /^(?:WL|LEXIS)$|LEXIS$/.test(c.reporter ?? "");
}

/**
 * Pin cites that cannot be right: before the first page (`cite.pin-before-page`), a range
 * that runs backwards (`cite.pin-range-reversed`), or far past the first page
 * (`cite.pin-far-from-page`). Short forms and Id. are measured against the case they
 * resolve to.
 *
 * @example pinsCheck.run(reading) // [{ code: "cite.pin-before-page", … }]
 */
export const pinsCheck: Check = {
  name: "pins",
  run(reading: Reading): Finding[] {
    const out: Finding[] = [];
    reading.citations.forEach((c, i) => {
      if (!c.pin || (c.kind !== "case" && !SHORT_KINDS.has(c.kind))) return;
      const base = fullCase(reading, i);
      if (!base || /^\s*\*/.test(c.pin)) return;
      const span = pinSpan(c.pin);
      if (!span) return;
      if (span.last != null && span.last < span.first) {
        out.push(citationFinding(reading, i, "warning", "cite.pin-range-reversed", `${quote(c)}: the pin range ${c.pin} runs backwards.`));
      }
      if (c.kind === "case" && WORD_AFTER.test(reading.text.slice(c.end, c.end + 12))) return;
      const pages = firstPages(reading, c, base);
      if (pages.length === 0) return;
      const full = c.kind === "case";
      // A short form or Id. far off its case more likely points at the wrong source than
      // carries a typo, so it is reported softly and says so.
      const severity = full ? "warning" : "info";
      const tail = full ? "" : ` of ${quote(base)}; it may refer to a source not recognized as a citation`;
      const page = pages[0];
      if (pages.every((p) => span.first < p)) {
        out.push(citationFinding(reading, i, severity, "cite.pin-before-page", `${quote(c)}: pin ${span.first} is before the first page, ${page}${tail}.`));
      } else if (pages.every((p) => span.first > p + FAR)) {
        out.push(citationFinding(reading, i, "info", "cite.pin-far-from-page", `${quote(c)}: pin ${span.first} is more than ${FAR} pages past the first page, ${page}${tail}.`));
      }
    });
    return out;
  },
};

function sameReporter(a: Citation, b: Citation): boolean {
  const key = (c: Citation) => (c.reporter ?? "").replace(/\s+/g, "").toLowerCase();
  return a.volume === b.volume && key(a) === key(b);
}

/**
 * The first pages a pin may be measured against. A full cite's pin belongs to its own page;
 * a short form with a volume ("979 A.2d at 136") to whichever of its case's parallel cites has
 * that volume and reporter; an Id. or supra to any of them. Database numbers are no pages.
 */
function firstPages(reading: Reading, c: Citation, base: Citation): number[] {
  const family = [base, ...(base.parallel ?? []).map((j) => reading.citations[j]).filter((p): p is Citation => p?.kind === "case")];
  let candidates = c.kind === "case" ? [c] : family;
  if (c.kind === "case-short" && c.volume && c.reporter) candidates = family.filter((f) => sameReporter(f, c));
  return candidates.filter((f) => !isDatabase(f)).flatMap((f) => {
    const page = wholeNumber(f.page);
    return page == null ? [] : [page];
  });
}
