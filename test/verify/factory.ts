/**
 * Minimal `Reading`s for verify tests: citations are given by their fields, and the text
 * is built from their `text` so every span is real.
 */
import type { Citation, Reading, Stamp } from "../../src/model/types.js";

export type CiteSpec = Partial<Citation> & { text: string };

/** A full case citation with the fields verify reads; override any of them. */
export function caseCite(text: string, fields: Partial<Citation> = {}): CiteSpec {
  const m = /^(?<volume>\d+) (?<reporter>.+?) (?<page>\d+)(?:, (?<pin>[^(]+?))?(?: \((?<court>.*?) ?(?<year>\d{4})\))?$/.exec(text);
  const g = m?.groups ?? {};
  return {
    kind: "case",
    text,
    volume: g.volume ?? null,
    reporter: g.reporter ?? null,
    page: g.page ?? null,
    pin: g.pin ?? null,
    year: g.year ? Number(g.year) : null,
    yearProvenance: g.year ? "stated" : null,
    court: null,
    courtProvenance: g.court ? "stated" : null,
    ...fields,
  };
}

/** An Id., short form or supra pointing at citation `antecedent` (null: unresolved). */
export function shortCite(kind: Citation["kind"], text: string, antecedent: number | null, fields: Partial<Citation> = {}): CiteSpec {
  return { kind, text, antecedent, ...fields };
}

/** A record citation, e.g. `Doc. No. 49-1 at 2`. */
export function recordCite(text: string, document: string, fields: Partial<Citation> = {}): CiteSpec {
  return { kind: "record", text, document, attachment: null, ...fields };
}

export interface ReadingOptions {
  date?: string | null;
  /** The document's own docket number, from its stamp. */
  document?: string | null;
  /** The stamp's filed date; defaults to `date`. */
  filed?: string | null;
}

/** @example makeReading([caseCite("845 F.2d 205, 206 (9th Cir. 1988)", { court: "ca9" })], { date: "2018-04-05" }) */
export function makeReading(specs: CiteSpec[], options: ReadingOptions = {}): Reading {
  let text = "";
  const citations: Citation[] = specs.map((spec) => {
    text += "See ";
    const start = text.length;
    text += spec.text;
    const end = text.length;
    text += ". ";
    return { antecedent: null, ...spec, start, end } as Citation;
  });
  const stamp: Stamp | null =
    options.document === undefined || options.document === null
      ? null
      : { caseNumber: "3:17-cv-00218-MMA-BLM", document: options.document, attachment: null, filed: options.filed === undefined ? (options.date ?? null) : options.filed, page: 1, pages: 6, pageId: null, raw: "" };
  return {
    schema: "casefile/1",
    source: { path: "test.txt", format: "text", sha256: "0".repeat(64), pages: 1 },
    stamp,
    kind: "order",
    author: "court",
    caption: { court: null, caseNumber: null, parties: [], title: null, docketRefs: [] },
    date: options.date === undefined ? "2018-04-05" : options.date,
    judge: null,
    text,
    pages: [{ number: 1, start: 0, end: text.length }],
    sections: [],
    footnotes: [],
    emphasis: [],
    citations,
    rulings: [],
    events: [],
    findings: [],
  };
}
