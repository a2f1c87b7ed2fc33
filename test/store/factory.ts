/**
 * Builds `Reading`s for tests from a few lines of generated order text: citations are
 * given as the text they cover plus their fields, and placed by searching the text.
 */
import { createHash } from "node:crypto";
import type { Citation, Disposition, ProceduralEvent, Reading, Ruling } from "../../src/model/types.js";

export interface CiteSpec extends Partial<Citation> {
  /** The citation's text; found in the document text after the previous citation. */
  text: string;
  /** Index of the antecedent among the specs. */
  antecedent?: number | null;
}

export interface ReadingSpec {
  text: string;
  path?: string;
  court?: string | null;
  caseNumber?: string | null;
  title?: string | null;
  date?: string | null;
  judge?: string | null;
  citations?: CiteSpec[];
  rulings?: { disposition: Disposition; request: string; requestType?: string; text: string; recommended?: true }[];
  events?: { date: string; text: string }[];
}

/** @example makeReading({ text: "See 673 F.2d 1020.", citations: [caseCite("673 F.2d 1020")] }) */
export function makeReading(spec: ReadingSpec): Reading {
  const text = spec.text;
  let from = 0;
  const citations: Citation[] = (spec.citations ?? []).map((c) => {
    const start = text.indexOf(c.text, from);
    if (start < 0) throw new Error(`factory: citation text not in document: ${c.text}`);
    from = start + c.text.length;
    const pageBreak = text.lastIndexOf("\f", start);
    const page = text.slice(0, start).split("\f").length;
    const line = text.slice(pageBreak + 1, start).split("\n").length;
    return { kind: "case", ...c, start, end: start + c.text.length, loc: { page, line }, antecedent: c.antecedent ?? null } as Citation;
  });
  const find = (s: string) => {
    const start = text.indexOf(s);
    if (start < 0) throw new Error(`factory: text not in document: ${s}`);
    return { start, end: start + s.length };
  };
  const rulings: Ruling[] = (spec.rulings ?? []).map((r) => ({
    ...find(r.text),
    disposition: r.disposition,
    request: r.request,
    requestType: r.requestType ?? null,
    motion: { docket: [] },
    text: r.text,
    ...(r.recommended ? { recommended: true as const } : {}),
  }));
  const events: ProceduralEvent[] = (spec.events ?? []).map((e) => ({ ...find(e.text), date: e.date, text: e.text, docket: [] }));
  const pages = text.split("\f");
  let at = 0;
  const pageSpans = pages.map((p, i) => {
    const span = { number: i + 1, start: at, end: at + p.length };
    at += p.length + 1;
    return span;
  });
  const sha256 = createHash("sha256").update(text).digest("hex");
  return {
    schema: "casefile/1",
    source: { path: spec.path ?? `${sha256.slice(0, 8)}.txt`, format: "text", sha256, pages: pages.length },
    stamp: null,
    kind: "order",
    author: "court",
    caption: {
      court: spec.court === null ? null : { id: spec.court ?? "casd", name: "United States District Court" },
      caseNumber: spec.caseNumber === null ? null : { raw: spec.caseNumber ?? "3:17-cv-00218-MMA-BLM", normalized: spec.caseNumber ?? "3:17-cv-00218-MMA-BLM" },
      parties: [
        { name: "Ann Plaintiff", role: "plaintiff" },
        { name: "Widget Co.", role: "defendant" },
      ],
      title: spec.title ?? "ORDER",
      docketRefs: [],
    },
    date: spec.date ?? "2018-04-05",
    judge: spec.judge === null ? null : { name: spec.judge ?? "Jane Q. Judge", title: "United States District Judge" },
    text,
    pages: pageSpans,
    sections: [],
    footnotes: [],
    emphasis: [],
    citations,
    rulings,
    events,
    findings: [],
  };
}

/** @example caseCite("673 F.2d 1020", { caseName: "In re Cement" }) */
export function caseCite(text: string, extra: Partial<CiteSpec> = {}): CiteSpec {
  // The page is the last number of a bare cite (`209 L. Ed. 2d 5`), the first after the reporter otherwise.
  const m = /^(?<volume>\d+) (?<reporter>[^,]+) (?<page>\d+)$/.exec(text) ?? /^(?<volume>\d+) (?<reporter>.+?) (?<page>\d+)/.exec(text);
  return { text, kind: "case", volume: m?.groups?.volume, reporter: m?.groups?.reporter, page: m?.groups?.page, ...extra };
}

/** @example shortCite("673 F.2d at 1026", 0) */
export function shortCite(text: string, antecedent: number): CiteSpec {
  const m = /^(?<volume>\d+) (?<reporter>.+?) at (?<pin>\d+)/.exec(text);
  return { text, kind: "case-short", volume: m?.groups?.volume, reporter: m?.groups?.reporter, page: null, pin: m?.groups?.pin, antecedent };
}

/** @example idCite("Id. at 1026", 1) */
export function idCite(text: string, antecedent: number): CiteSpec {
  return { text, kind: "id", antecedent };
}

/** @example statuteCite("28 U.S.C. § 1292(b)") */
export function statuteCite(text: string): CiteSpec {
  const m = /^(?<title>\d+) (?<code>.+?) § (?<section>\d+)(?<sub>\S*)/.exec(text);
  return { text, kind: "statute", title: m?.groups?.title, code: m?.groups?.code, section: m?.groups?.section, subsection: m?.groups?.sub || null };
}

/** @example ruleCite("Fed. R. Civ. P. 59(e)") */
export function ruleCite(text: string): CiteSpec {
  const m = /^(?<body>.+?P\.) (?<rule>\d+)(?<sub>\S*)/.exec(text);
  return { text, kind: "rule", body: m?.groups?.body, rule: m?.groups?.rule, subdivision: m?.groups?.sub || null };
}

/** @example recordCite("Doc. No. 49", "49") */
export function recordCite(text: string, document: string, attachment: string | null = null): CiteSpec {
  return { text, kind: "record", document, attachment };
}

/**
 * A generated order citing a handful of authorities in every form; `n` varies the
 * wording so each has its own hash.
 *
 * @example const r = sampleOrder(1);
 */
export function sampleOrder(n: number, overrides: Partial<ReadingSpec> = {}): Reading {
  const text = [
    `ORDER DENYING MOTION NUMBER ${n} FOR INTERLOCUTORY APPEAL`,
    `Plaintiff moves to certify an interlocutory appeal under 28 U.S.C. § 1292(b). [Doc. No. 49.]`,
    `See In re Cement Antitrust Litig., 673 F.2d 1020, 1025 (9th Cir. 1982). The moving party`,
    `must show a controlling question of law. 673 F.2d at 1026. Id. at 1027. Relief under`,
    `Fed. R. Civ. P. 59(e) is also unavailable. Swint v. Chambers Cnty. Comm'n, 514 U.S. 35 (1995).`,
    `On March 16, 2018, the Court denied reconsideration (order ${n}).`,
    `The motion is DENIED.`,
  ].join("\n");
  return makeReading({
    text,
    path: `order-${n}.txt`,
    title: `ORDER DENYING MOTION NUMBER ${n} FOR INTERLOCUTORY APPEAL`,
    citations: [
      statuteCite("28 U.S.C. § 1292(b)"),
      recordCite("Doc. No. 49", "49"),
      caseCite("673 F.2d 1020", { caseName: "In re Cement Antitrust Litig.", pin: "1025", year: 1982, court: "ca9" }),
      shortCite("673 F.2d at 1026", 2),
      idCite("Id. at 1027", 3),
      ruleCite("Fed. R. Civ. P. 59(e)"),
      caseCite("514 U.S. 35", { caseName: "Swint v. Chambers Cnty. Comm'n", year: 1995, court: "scotus" }),
    ],
    rulings: [{ disposition: "denied", request: "certification of an interlocutory appeal", requestType: "interlocutory-appeal", text: "The motion is DENIED." }],
    events: [{ date: "2018-03-16", text: "On March 16, 2018, the Court denied reconsideration" }],
    ...overrides,
  });
}

/**
 * An order citing one case by two parallel cites and a statute by two subsections (a short
 * form among them), written for the tests of the authority migration.
 *
 * @example const r = parallelOrder();
 */
export function parallelOrder(): Reading {
  const text = "Review lies. Alder Grain Co. v. Brisk, 901 U.S. 12, 141 S. Ct. 77 (2031). Appeal under 28 U.S.C. § 1292(b), not § 1292(a)(1).";
  const named = { caseName: "Alder Grain Co. v. Brisk", year: 2031, court: "scotus" };
  return makeReading({
    text,
    citations: [
      caseCite("901 U.S. 12", { ...named, parallel: [1] }),
      caseCite("141 S. Ct. 77", { ...named, parallel: [0] }),
      statuteCite("28 U.S.C. § 1292(b)"),
      { text: "§ 1292(a)(1)", kind: "statute-short", title: "28", code: "U.S.C.", section: "1292", subsection: "(a)(1)", antecedent: 2 },
    ],
  });
}

/**
 * SQL that turns a store's authority tables back into what casefile wrote before parallel
 * cites and exact keys (one row per cite, sections without subsections, a dangling name),
 * for stores whose citations are those of `parallelOrder` (document 1).
 */
export const PRE_ALIAS_AUTHORITIES = `
  DROP TABLE authority_aliases;
  UPDATE citations SET authority_id = NULL;
  DELETE FROM authority_counts;
  DELETE FROM authorities;
  INSERT INTO authorities (id, key, kind, label, fields_json) VALUES
    (1, 'case:901|U.S.|12', 'case', 'Inc., 901 U.S. 12', '{"caseName":"Inc."}'),
    (2, 'case:141|S. Ct.|77', 'case', '141 S. Ct. 77', '{}'),
    (3, 'statute:28|U.S.C.|1292', 'statute', '28 U.S.C. § 1292', '{}');
  UPDATE citations SET authority_id = CASE idx WHEN 0 THEN 1 WHEN 1 THEN 2 ELSE 3 END;
  INSERT INTO authority_counts (authority_id, citations, documents) VALUES (1, 1, 1), (2, 1, 1), (3, 2, 1);
`;
