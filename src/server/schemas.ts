/**
 * The API's shapes as zod schemas: each route's parameters are checked against them, and
 * `/openapi.json` is generated from them (with `.openapi("Name")` making a component).
 * The response schemas describe what the store returns; the types in `model/types.ts` and
 * `store/types.ts` stay the source of truth, and the enum lists below are checked against
 * them at compile time.
 */
import { z } from "@hono/zod-openapi";
import type { CitationKind, Disposition, DocumentAuthor, DocumentKind, SourceFormat } from "../model/types.js";
import type { AuthorityKind } from "../store/types.js";

/** Fails to compile unless `L` lists every member of `T`. */
type Covers<T, L extends readonly T[]> = Exclude<T, L[number]> extends never ? L : never;

export const AUTHORITY_KINDS = ["case", "statute", "rule", "record", "regulation", "constitution"] as const satisfies Covers<AuthorityKind, readonly AuthorityKind[]>;
const CITATION_KINDS = ["case", "case-short", "id", "supra", "reference", "statute", "statute-short", "rule", "regulation", "constitution", "record", "journal", "unknown"] as const;
const DISPOSITIONS = [
  "granted", "denied", "granted-in-part", "denied-as-moot", "denied-without-prejudice", "dismissed", "moot", "approved",
  "affirmed", "reversed", "vacated", "remanded", "affirmed-in-part", "adopted", "adopted-in-part", "modified", "rejected",
  "overruled", "sustained", "sustained-in-part", "other",
] as const;
const DOCUMENT_KINDS = ["order", "opinion", "judgment", "report-and-recommendation", "consent-decree", "docket-report", "complaint", "motion", "brief", "notice", "stipulation", "letter", "other"] as const;
const FORMATS = ["pdf", "text", "html"] as const;
const AUTHORS = ["court", "party"] as const;
// Compile-time: each list names every member of its type.
const _covered: [Covers<CitationKind, typeof CITATION_KINDS>, Covers<Disposition, typeof DISPOSITIONS>, Covers<DocumentKind, typeof DOCUMENT_KINDS>, Covers<SourceFormat, typeof FORMATS>, Covers<DocumentAuthor, typeof AUTHORS>] = [
  CITATION_KINDS, DISPOSITIONS, DOCUMENT_KINDS, FORMATS, AUTHORS,
];
void _covered;

// ---------------------------------------------------------------- parameters

/** An empty query value (`?court=`) means the parameter was not given. */
const blank = (v: unknown) => (v === "" ? undefined : v);
const text = (max: number) => z.string().max(max);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A real calendar date: "2020-02-29" yes, "2020-13-45" and "2021-02-29" no. */
export function isCalendarDate(v: string): boolean {
  const m = ISO_DATE.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
const date = (description: string) =>
  optional(z.string().refine(isCalendarDate, { message: "must be a calendar date, YYYY-MM-DD (e.g. 2018-04-05)" })).openapi({ description, example: "2018-04-05", format: "date", type: "string" });
const count = (max: number, dflt: number) =>
  optional(z.string().regex(/^\d{1,9}$/, { message: `must be a whole number from 1 to ${max}` }).transform(Number).pipe(z.number().int().min(1, { message: `must be from 1 to ${max}` }).max(max, { message: `must be from 1 to ${max}` }))).openapi({
    description: `Page size, 1–${max}; default ${dflt}.`,
    type: "integer",
    minimum: 1,
    maximum: max,
    default: dflt,
  });
const bool = (description: string) =>
  optional(z.enum(["true", "false"], { message: 'must be "true" or "false"' })).transform((v) => v === "true").openapi({ description, type: "string", enum: ["true", "false"] });
const court = optional(text(40).regex(/^[A-Za-z0-9.-]+$/, { message: "must be a court id such as casd or ca9" })).openapi({ description: "Court id, as CourtListener writes it: casd, nysd, ca9 …", example: "casd" });
const judge = optional(text(200)).openapi({ description: "Any part of the judge's name, case-insensitively", example: "Anello" });
const cursor = optional(text(200)).openapi({ description: "Where a page starts: the `next` or `previous` URL of the page before carries it. Opaque." });

/** A path's `{id}`: a positive row id. */
export const IdParams = z.object({ id: z.string().regex(/^[1-9]\d{0,14}$/).openapi({ param: { name: "id", in: "path" }, description: "Row id", example: 12, type: "integer", minimum: 1 } as object) });

export const SearchQuery = z
  .object({
    q: optional(text(2000)).openapi({
      description:
        'The search syntax: words and "quoted phrases" (all required; AND may be written), word* for a prefix, OR between terms, NOT before a term to exclude it (NOT binds tightest, then AND, then OR), court:casd and judge:Anello (or judge:"Jane Roe") as filters. Operators are upper case. An unclosed quote is a 400 that names its column.',
      example: 'immun* NOT "qualified immunity" court:casd',
    }),
    court,
    judge,
    from: date("Documents dated on or after this day"),
    to: date("Documents dated on or before this day"),
    disposition: optional(z.enum(DISPOSITIONS)).openapi({ description: "Documents with a ruling of this disposition" }),
    limit: count(200, 20),
    cursor,
  })
  .strict();

export const AuthoritiesQuery = z
  .object({
    court: court.openapi({ description: "Only citations in this court's documents" }),
    judge: judge.openapi({ description: "Only citations in this judge's documents" }),
    kind: optional(z.enum(AUTHORITY_KINDS)).openapi({ description: "What kind of authority" }),
    limit: count(1000, 25),
    cursor,
  })
  .strict();

export const CitedByQuery = z
  .object({
    citation: z
      .string({ message: "is required, e.g. ?citation=673 F.2d 1020" })
      .trim()
      .min(1, { message: "is required, e.g. ?citation=673 F.2d 1020" })
      .max(500)
      .openapi({ description: "A citation as written, e.g. 673 F.2d 1020, 28 U.S.C. § 1292(b), Fed. R. Civ. P. 59(e); an authority key; or a case name (Twombly)", example: "673 F.2d 1020" }),
    broad: bool("true: a section or rule takes in its subsections (§ 1292 → § 1292(a), § 1292(b) …); exact otherwise"),
  })
  .strict();

export const RulingStatsQuery = z
  .object({
    judge,
    court,
    requestType: optional(text(80).regex(/^[a-z-]+$/, { message: "must be a request type such as stay, dismissal or summary-judgment" })).openapi({ description: "e.g. stay, dismissal, reconsideration" }),
    recommended: bool("true: count magistrate judges' recommendations instead of decisions"),
  })
  .strict();

export const CasesQuery = z.object({ court, judge, pending: bool("true: only cases with a pending motion"), limit: count(1000, 100), cursor }).strict();

export const DocumentsQuery = z.object({ court, judge, limit: count(1000, 20), cursor }).strict();

export const NameQuery = z.object({ name: optional(text(255)).openapi({ description: "A display name for the document; never used as a path", example: "order.pdf" }) }).strict();

export const CaseParams = z.object({
  id: z.string().max(200).openapi({ param: { name: "id", in: "path" }, description: "court:number, e.g. casd:3:17-cv-00218 (- for no court); the number in any printed form", example: "casd:3:17-cv-00218" }),
});

// ---------------------------------------------------------------- responses

export const Problem = z
  .object({
    type: z.string().openapi({ description: "A URI naming the kind of problem", example: "urn:casefile:problem:bad-request" }),
    title: z.string().openapi({ example: "Bad request" }),
    status: z.number().int().openapi({ example: 400 }),
    detail: z.string().openapi({ example: 'kind: must be one of case, statute, rule, record, regulation, constitution (got "cases")' }),
    instance: z.string().openapi({ description: "The request's path and query", example: "/api/authorities?kind=cases" }),
    code: z.string().openapi({ description: "casefile's stable error code", example: "bad-request" }),
  })
  .openapi("Problem", { description: "RFC 9457 problem details (application/problem+json)" });

const strOrNull = z.string().nullable();
const int = z.number().int();
const span = { start: int, end: int };

export const DocumentSummary = z
  .object({ id: int, sha256: z.string(), path: z.string(), title: strOrNull, court: strOrNull, caseNumber: strOrNull, date: strOrNull, judge: strOrNull })
  .openapi("DocumentSummary");

const Marks = z.array(z.object({ start: int, end: int }));
export const SearchHit = DocumentSummary.extend({
  rank: z.number().openapi({ description: "bm25 rank (SQLite) or negated ts_rank_cd (PostgreSQL): lower is better" }),
  snippet: z.string(),
  marks: Marks,
  snippetHtml: z.string().openapi({ description: "snippet, escaped, with <mark> around matches" }),
}).openapi("SearchHit");

/** A page of a list, as CourtListener pages: `count`, `next`, `previous`, `results`. */
export function pageOf<T extends z.ZodType>(item: T, name: string, extra: Record<string, z.ZodType> = {}) {
  return z
    .object({
      ...extra,
      count: int.openapi({ description: "Items in the whole list" }),
      next: z.string().nullable().openapi({ description: "URL of the next page; null on the last" }),
      previous: z.string().nullable().openapi({ description: "URL of the page before; null on the first" }),
      results: z.array(item),
    })
    .openapi(name);
}

export const AuthorityCount = z
  .object({
    id: int,
    key: z.string().openapi({ examples: ["case:673|F.2d|1020", "statute:28|U.S.C.|1292", "rule:Fed. R. Civ. P.|59"] }),
    kind: z.enum(AUTHORITY_KINDS),
    label: z.string(),
    citations: int.openapi({ description: "Every form counts: full, short, Id., supra" }),
    documents: int,
  })
  .openapi("AuthorityCount");

export const Passage = z
  .object({
    citation: int.openapi({ description: "Index into the document's citations[]" }),
    kind: z.enum(CITATION_KINDS),
    text: z.string(),
    ...span,
    page: int.nullable(),
    line: int.nullable(),
    snippet: z.string(),
    markStart: int,
    markEnd: int,
  })
  .openapi("Passage");

export const CitingDocument = DocumentSummary.extend({ passages: z.array(Passage) }).openapi("CitingDocument");
export const AuthorityDetail = AuthorityCount.extend({ citedBy: z.array(CitingDocument) }).openapi("AuthorityDetail");
export const CitedByResult = z
  .object({
    query: z.string(),
    key: z.string().openapi({ description: "The authority key the citation parsed to" }),
    authority: AuthorityCount.nullable(),
    documents: z.array(CitingDocument),
    authorities: z.array(AuthorityCount).optional().openapi({ description: "With broad=true: every authority taken in, most cited first" }),
    matchedBy: z.literal("name").optional().openapi({ description: "The query named no cite and was matched against case names" }),
    alternatives: z.array(AuthorityCount).optional().openapi({ description: "Other cases carrying the same name, most cited first" }),
  })
  .openapi("CitedByResult");

const RulingCount = z.object({ group: z.string(), total: int, dispositions: z.record(z.string(), int) }).openapi("RulingCount");
export const RulingStats = z.object({ total: int, byRequestType: z.array(RulingCount), byJudge: z.array(RulingCount) }).openapi("RulingStats");

export const CaseSummary = z
  .object({
    id: z.string().openapi({ example: "casd:3:17-cv-00218" }),
    court: strOrNull,
    caseNumber: z.string().openapi({ description: "office:yy-type-nnnnn, without judges' initials" }),
    title: strOrNull,
    judge: strOrNull,
    dateFiled: strOrNull,
    dateTerminated: strOrNull,
    documents: int,
    entries: int,
    pendingMotions: int,
  })
  .openapi("CaseSummary");

const CaseRuling = z
  .object({
    disposition: z.string(),
    request: z.string(),
    entry: strOrNull.openapi({ description: "The entry that decided it" }),
    motionEntry: strOrNull.openapi({ description: "The motion's entry" }),
    filed: strOrNull,
    decided: strOrNull,
    daysToDecision: int.nullable(),
    document: int.nullable().openapi({ description: "The stored document it was read from" }),
  })
  .openapi("CaseRuling");
const CaseDocument = z.object({ id: int, path: z.string(), kind: strOrNull, title: strOrNull }).openapi("CaseDocument");
export const CaseDetail = z
  .object({
    id: z.string(),
    court: strOrNull,
    caseNumber: z.string(),
    title: strOrNull,
    judge: strOrNull,
    parties: z.array(z.object({ name: z.string(), role: z.string(), attorneys: z.array(z.string()) })),
    dateFiled: strOrNull,
    dateTerminated: strOrNull,
    entries: z.array(
      z.object({ number: strOrNull, dateFiled: strOrNull, dateEntered: strOrNull, description: z.string(), refs: z.array(z.string()), documents: z.array(CaseDocument), rulings: z.array(CaseRuling) }),
    ),
    rulings: z.array(CaseRuling),
    pendingMotions: z.array(z.object({ entry: z.string(), description: z.string(), filed: strOrNull })),
    documents: z.array(CaseDocument.extend({ entry: strOrNull, attachment: strOrNull, date: strOrNull })),
    recordCites: z.array(z.object({ document: int, citation: int, text: z.string(), entry: z.string(), attachment: strOrNull, target: int.nullable() })),
  })
  .openapi("CaseDetail");

// The casefile/1 reading (DESIGN.md). Objects are open: the contract adds fields freely.
const Loc = z.object({ page: int, line: int });
const Citation = z
  .looseObject({
    kind: z.enum(CITATION_KINDS),
    text: z.string(),
    ...span,
    loc: Loc.optional(),
    volume: strOrNull.optional(),
    reporter: strOrNull.optional(),
    page: strOrNull.optional(),
    pin: strOrNull.optional(),
    year: int.nullable().optional(),
    court: strOrNull.optional(),
    caseName: strOrNull.optional(),
    parenthetical: strOrNull.optional(),
    title: strOrNull.optional().openapi({ description: "statute: the title, e.g. 28" }),
    code: strOrNull.optional().openapi({ description: "statute: e.g. U.S.C." }),
    section: strOrNull.optional(),
    subsection: strOrNull.optional(),
    body: strOrNull.optional().openapi({ description: "rule: e.g. Fed. R. Civ. P." }),
    rule: strOrNull.optional(),
    subdivision: strOrNull.optional(),
    document: strOrNull.optional().openapi({ description: "record: the docket number cited" }),
    attachment: strOrNull.optional(),
    antecedent: int.nullable().optional().openapi({ description: "Index into citations[] of what a short form, Id., supra or reference points at" }),
  })
  .openapi("Citation");
const Ruling = z
  .looseObject({
    disposition: z.enum(DISPOSITIONS),
    request: z.string(),
    requestType: strOrNull.optional(),
    motion: z.object({ docket: z.array(z.string()) }),
    text: z.string(),
    ...span,
    recommended: z.literal(true).optional().openapi({ description: "Only when a magistrate judge recommends instead of deciding" }),
    parts: z.array(z.object({ request: z.string(), disposition: z.enum(DISPOSITIONS) })).optional(),
  })
  .openapi("Ruling");
const Finding = z
  .looseObject({ severity: z.enum(["error", "warning", "info"]), code: z.string(), message: z.string(), citation: int.optional(), start: int.optional(), end: int.optional() })
  .openapi("Finding");

export const Reading = z
  .looseObject({
    schema: z.literal("casefile/1"),
    source: z.looseObject({ path: z.string(), format: z.enum(FORMATS), sha256: z.string(), pages: int, bytes: int.optional() }),
    stamp: z
      .looseObject({ caseNumber: z.string(), document: strOrNull, attachment: strOrNull, filed: strOrNull, page: int.nullable(), pages: int.nullable(), pageId: strOrNull })
      .nullable()
      .openapi({ description: "The CM/ECF header stamp, as printed on page 1" }),
    caption: z.looseObject({
      court: z.looseObject({ id: z.string(), name: z.string() }).nullable(),
      caseNumber: z.looseObject({ raw: z.string(), normalized: strOrNull }).nullable(),
      parties: z.array(z.looseObject({ name: z.string(), role: z.string(), proSe: z.boolean().optional() })),
      title: strOrNull,
      docketRefs: z.array(z.string()),
    }),
    kind: z.enum(DOCUMENT_KINDS),
    author: z.enum(AUTHORS).openapi({ description: "court, or party: a party's filing decides nothing" }),
    date: strOrNull.openapi({ description: "The date the document is dated or signed (ISO)" }),
    judge: z.looseObject({ name: z.string(), title: strOrNull }).nullable(),
    text: z.string(),
    pages: z.array(z.object({ number: int, ...span })),
    sections: z.array(z.looseObject({ heading: z.string(), ...span })),
    footnotes: z.array(z.looseObject({ mark: z.string(), ...span })),
    emphasis: z.array(z.object({ style: z.enum(["italic", "bold", "underline"]), ...span })),
    citations: z.array(Citation),
    rulings: z.array(Ruling),
    events: z.array(z.looseObject({ date: z.string(), text: z.string(), docket: z.array(z.string()), ...span })),
    findings: z.array(Finding),
    docket: z.looseObject({}).nullable().optional().openapi({ description: "A docket report read entry by entry (DOCKET.md); null for other documents" }),
  })
  .openapi("Reading", { description: "The casefile/1 contract (DESIGN.md). Offsets are UTF-16 code units into text." });

export const StoredDocument = DocumentSummary.extend({
  reading: Reading,
  authorityIds: z.array(int.nullable()).openapi({ description: "Parallel to reading.citations: the authority each citation points at" }),
}).openapi("StoredDocument");

export const PutResult = z
  .object({ id: int, created: z.boolean().openapi({ description: "False when the same bytes (sha256) were already stored" }), document: DocumentSummary })
  .openapi("PutResult");

export const LookupResult = z
  .array(z.looseObject({ citation: z.string(), normalized_citations: z.array(z.string()), start_index: int, end_index: int, status: int, error_message: z.string(), clusters: z.array(z.looseObject({})) }))
  .openapi("CitationLookup", { description: "One object per citation, as CourtListener's citation-lookup answers" });
