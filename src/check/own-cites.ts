/**
 * The cites an opinion gives for itself: a "Cite as: 845 F.2d 205" line, or a reporter
 * caption (a line holding nothing but the cite) at the head of its first page. An
 * ingested opinion adds these, with its own name, to the authority database.
 */
import type { Reading } from "../model/types.js";

/** How far into the text a reporter caption may stand: the head of the first page. */
const HEAD = 1500;
/** How much of a line around a cite is read. */
const LINE_WINDOW = 200;
// "Cite as:" / "Cite as" right before the cite on its line.
const CITE_AS = /\bcite\s{1,3}as:?\s{0,3}$/i;
// What may follow a captioned cite on its line: a year in parentheses, punctuation.
const LINE_REST = /^[\s,.;]{0,3}(?:\(\d{4}\))?[\s.]{0,3}$/;
// Plaintiff or defendant roles, as the caption reader names them.
const PLAINTIFF = /plaintiff|petitioner|appellant|movant/;
const DEFENDANT = /defendant|respondent|appellee/;

export interface OwnCites {
  /** "Linlor v. Futero, Inc.", from the caption's first parties. */
  caseName: string | null;
  dateFiled: string | null;
  court: string | null;
  cites: { volume: string; reporter: string; page: string }[];
}

/**
 * @example ownCites(reading)?.cites // [{ volume: "845", reporter: "F.2d", page: "205" }] for an opinion headed "Cite as: 845 F.2d 205"
 */
export function ownCites(reading: Pick<Reading, "text" | "citations" | "caption" | "date">): OwnCites | null {
  const text = reading.text;
  const cites: OwnCites["cites"] = [];
  for (const c of reading.citations) {
    if (c.kind !== "case" || !c.volume || !c.reporter || !c.page) continue;
    // The line around the cite, read through a bounded window so a text without line
    // breaks costs no more than one with them.
    const window = text.slice(Math.max(0, c.start - LINE_WINDOW), c.start);
    const before = window.slice(window.lastIndexOf("\n") + 1);
    const tail = text.slice(c.start + c.text.length, c.start + c.text.length + LINE_WINDOW);
    const after = tail.includes("\n") ? tail.slice(0, tail.indexOf("\n")) : tail;
    const citeAs = CITE_AS.test(before);
    const caption = c.start < HEAD && before.trim() === "" && LINE_REST.test(after);
    if (citeAs || caption) cites.push({ volume: c.volume, reporter: c.reporter, page: c.page });
  }
  if (cites.length === 0) return null;
  const parties = reading.caption?.parties ?? [];
  const p = parties.find((x) => PLAINTIFF.test(x.role));
  const d = parties.find((x) => DEFENDANT.test(x.role));
  const caseName = p && d ? `${p.name} v. ${d.name}` : (reading.caption?.title ?? null);
  return { caseName, dateFiled: reading.date ?? null, court: reading.caption?.court?.id ?? null, cites };
}
