/**
 * Sentences of the clean text, split the way a lawyer reads them: an abbreviation
 * ("Doc.", "v.", "U.S.C.", "Fed. R. Civ. P.") does not end a sentence, and a sentence
 * that is only a record cite ("Doc. Nos. 44, 46.") belongs to the one before it.
 */
import type { Span } from "../model/types.js";

/**
 * The paragraphs of `text[from, to)`: spans between blank lines, empty ones skipped.
 *
 * @example paragraphs("A.\n\nB.") // → [{ start: 0, end: 2 }, { start: 4, end: 6 }]
 */
export function paragraphs(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  let start = from;
  while (start < to) {
    let end = text.indexOf("\n\n", start);
    if (end < 0 || end > to) end = to;
    if (text.slice(start, end).trim()) out.push({ start, end });
    start = end + 2;
  }
  return out;
}

/** A sentence, and the paragraph it sits in. */
export interface Sentence extends Span {
  paragraph: Span;
  /** The record-cite sentence folded into this one, if any ("Doc. No. 47."). */
  cite: Span | null;
}

/** Words that end with a period without ending a sentence. */
const ABBREVIATIONS = new Set(
  [
    "no", "nos", "doc", "docs", "dkt", "v", "vs", "inc", "co", "corp", "ltd", "fed", "r", "civ", "crim", "app", "evid", "p",
    "id", "al", "e.g", "i.e", "cf", "cir", "cal", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "mr", "mrs", "ms", "dr", "hon", "st", "supp", "f", "s", "ct", "ed", "u.s", "u.s.c", "c.f.r", "l", "stat",
    "dist", "ex", "rel", "assn", "ass'n", "dep't", "dept", "univ", "bd", "trs", "comm'n", "cnty", "nat'l", "int'l",
    "sec", "art", "cl", "par", "para", "pp", "n", "ch", "pub", "ann", "rev", "code", "jr", "sr", "gen", "gov't", "govt",
    "admin", "amend", "mot", "opp", "decl", "ex", "compl", "pl", "pls", "def", "defs", "mem", "br", "resp", "supra",
    "infra", "seq", "etc", "approx", "est", "ord", "tr", "hr'g", "ltr", "att'y", "attys", "cert", "dism",
  ].map((w) => w.toLowerCase()),
);

// a sentence end: ".", "?", "!" with closing quotes/parens, then space and a capital, quote, paren or digit
// a footnote mark may sit right after the period: "… to stay.2 Defendants' …"
const END = /[.?!][”"’')\]]{0,3}(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})?(?=\s{1,4}[“"‘(\[A-Z0-9§*])/g;
// a sentence that is only a record cite: "Doc. Nos. 44, 46." "(ECF No. 12 at 3.)" "See Doc. No. 49."
const CITE_ONLY = /^\(?\s{0,2}(?:(?:See|see|Cf\.|cf\.)(?:,?\s{1,2}e\.g\.,)?\s{1,2}(?:also\s{1,2})?)?(?:Doc(?:ument)?s?|Dkts?|Docket|ECF|Id|Ibid)\b[^]{0,120}$/;

/** Citation words that close a citation sentence when a capitalized word follows: "Id. On May 23, …". */
const CITATION_CLOSERS = new Set(["id", "ibid", "supra", "infra"]);

function previousWord(text: string, at: number): string {
  let i = at;
  while (i > 0 && !/\s/.test(text[i - 1]) && at - i < 20) i--;
  return text.slice(i, at).replace(/^[("“‘[]+/, "").toLowerCase();
}

/**
 * Splits the text between `from` and `to` into sentences.
 *
 * @example sentences("On March 16, 2018, Plaintiff filed two motions. Doc. Nos. 44, 46.").length // → 1
 */
export function sentences(text: string, from = 0, to = text.length): Sentence[] {
  const out: Sentence[] = [];
  for (const para of paragraphs(text, from, to)) {
    const body = text.slice(para.start, para.end);
    let start = 0;
    const raw: Span[] = [];
    for (const m of body.matchAll(END)) {
      const word = previousWord(body, m.index);
      // single letters ("M." in a name) and known abbreviations do not end a sentence
      const closes = CITATION_CLOSERS.has(word) && /^\s{1,4}[“"A-Z]/.test(body.slice(m.index + m[0].length, m.index + m[0].length + 6));
      if ((ABBREVIATIONS.has(word) && !closes) || /^[a-z]$/i.test(word) || /^(?:[a-z]\.){1,4}[a-z]$/i.test(word)) continue;
      // "cert. denied. 510 U.S. 1": a citation's history goes on; "The motion is denied. All other …" ends
      if (word === "denied" && /^\s{1,4}\d/.test(body.slice(m.index + m[0].length, m.index + m[0].length + 5))) continue;
      const end = m.index + m[0].length;
      raw.push({ start: para.start + start, end: para.start + end });
      start = end;
      while (start < body.length && /\s/.test(body[start])) start++;
    }
    if (start < body.trimEnd().length) raw.push({ start: para.start + start, end: para.start + body.trimEnd().length });
    for (const s of raw) {
      const t = text.slice(s.start, s.end);
      const last = out[out.length - 1];
      if (last && last.paragraph.start === para.start && CITE_ONLY.test(t) && !last.cite) {
        last.cite = s;
        continue;
      }
      out.push({ start: s.start, end: s.end, paragraph: para, cite: null });
    }
  }
  return out;
}
