/**
 * The store's public shapes: what the CLI, HTTP API and viewer ask of any store, so a
 * server database can replace SQLite without touching those layers.
 */
import type { CitationKind, Disposition, Reading } from "../model/types.js";

/** What kind of thing an authority is; one row per distinct cited thing. */
export type AuthorityKind = "case" | "statute" | "rule" | "record" | "regulation" | "constitution";

/** One distinct cited authority. */
export interface Authority {
  id: number;
  /** Identity, e.g. `case:673|F.2d|1020`, `statute:28|U.S.C.|1292`, `rule:Fed. R. Civ. P.|59`. */
  key: string;
  kind: AuthorityKind;
  /** Human label, e.g. `In re Cement Antitrust Litig., 673 F.2d 1020`. */
  label: string;
}

/** An authority with how often it is cited (every form counts: full, short, Id., supra). */
export interface AuthorityCount extends Authority {
  citations: number;
  documents: number;
}

/** One place in one document that cites an authority. */
export interface Passage {
  /** Index into the document's `citations[]`. */
  citation: number;
  kind: CitationKind;
  text: string;
  start: number;
  end: number;
  page: number | null;
  line: number | null;
  /** Text around the citation; the citation itself is `snippet.slice(markStart, markEnd)`. */
  snippet: string;
  markStart: number;
  markEnd: number;
}

/** A stored document in brief, as listed in results. */
export interface DocumentSummary {
  id: number;
  sha256: string;
  path: string;
  title: string | null;
  court: string | null;
  caseNumber: string | null;
  date: string | null;
  judge: string | null;
}

export interface CitingDocument extends DocumentSummary {
  passages: Passage[];
}

export interface AuthorityDetail extends AuthorityCount {
  citedBy: CitingDocument[];
}

export interface CitedByResult {
  /** The citation as the caller wrote it. */
  query: string;
  /** The authority key the query parsed to, null when it names no authority. */
  key: string | null;
  authority: AuthorityCount | null;
  documents: CitingDocument[];
  /** With `broad`: every authority taken in (the section or rule and its subsections), most cited first. */
  authorities?: AuthorityCount[];
  /** `name`: the query named no cite and was matched against case names. */
  matchedBy?: "name";
  /** A case name that several authorities carry: the others, most cited first (`authority` is the first). */
  alternatives?: AuthorityCount[];
}

/** How `citedBy` matches. */
export interface CitedByOptions {
  /** Take in a section's subsections and a rule's subdivisions (`§ 1292` → `§ 1292(a)`, `§ 1292(b)` …); exact otherwise. */
  broad?: boolean;
}

export interface SearchOptions {
  court?: string;
  /** Matches any part of the judge's name, case-insensitively. */
  judge?: string;
  /** ISO dates, inclusive. */
  from?: string;
  to?: string;
  disposition?: Disposition | string;
  limit?: number;
  offset?: number;
}

export interface SearchHit extends DocumentSummary {
  /** bm25 rank: lower is better. */
  rank: number;
  /** Plain text around the matches. */
  snippet: string;
  /** Where the matched terms are in `snippet`. */
  marks: { start: number; end: number }[];
}

export interface SearchResult {
  query: string;
  total: number;
  hits: SearchHit[];
}

export interface AuthoritiesOptions {
  court?: string;
  judge?: string;
  kind?: AuthorityKind | string;
  limit?: number;
  offset?: number;
}

/** Filters and paging for {@link Store.documents}. */
export interface DocumentsOptions {
  court?: string;
  /** Matches any part of the judge's name, case-insensitively. */
  judge?: string;
  limit?: number;
  offset?: number;
}

/** One page of a list, and how many items the whole list holds. */
export interface Page<T> {
  count: number;
  results: T[];
}

export interface RulingStatsOptions {
  judge?: string;
  court?: string;
  requestType?: string;
  /** Count a magistrate judge's recommendations instead of decisions. */
  recommended?: boolean;
}

export interface RulingCount {
  /** The request type or the judge's name, by grouping. */
  group: string;
  total: number;
  dispositions: Record<string, number>;
}

export interface RulingStats {
  total: number;
  byRequestType: RulingCount[];
  byJudge: RulingCount[];
}

/** Filters for {@link Store.rulings}: those of {@link RulingStatsOptions}, a disposition, and paging. */
export interface RulingsOptions {
  judge?: string;
  court?: string;
  requestType?: string;
  disposition?: Disposition | string;
  /** True: only a magistrate judge's recommendations; false: only decisions; unset: both. */
  recommended?: boolean;
  limit?: number;
  offset?: number;
}

/** One ruling of one stored document, with the document's court, case, date and judge. */
export interface RulingRow {
  /** The document's id and the ruling's index in its `rulings[]`. */
  document: number;
  index: number;
  title: string | null;
  court: string | null;
  caseNumber: string | null;
  date: string | null;
  judge: string | null;
  disposition: string;
  request: string;
  requestType: string | null;
  recommended: boolean;
  docketEntry: string | null;
  /** Offset of the ruling in the document's text. */
  start: number;
}

export interface RulingList {
  /** Rulings matching the filters, before paging. */
  total: number;
  /** Of those, how many have each disposition. */
  dispositions: Record<string, number>;
  /** The page asked for: newest document first. */
  rulings: RulingRow[];
}

/** What a store holds, for a home page. */
export interface StoreOverview {
  documents: number;
  cases: number;
  rulings: number;
  authorities: number;
  /** The documents stored last, newest first. */
  recent: DocumentSummary[];
}

/** Where a stored document was read from, for serving its source file; server-side only. */
export interface DocumentSource {
  id: number;
  path: string;
  sha256: string;
  format: string;
  pages: number;
}

/** A stored document in full: the reading plus the authority each citation points at. */
export interface StoredDocument extends DocumentSummary {
  reading: Reading;
  /** Parallel to `reading.citations`: authority id or null. */
  authorityIds: (number | null)[];
}

export interface PutResult {
  id: number;
  /** False when a document with the same sha256 was already stored. */
  created: boolean;
}

export interface StoreStats {
  documents: number;
  citations: number;
  authorities: number;
}

/** Filters for {@link Store.cases}. */
export interface CasesOptions {
  court?: string;
  /** Matches any part of the judge's name, case-insensitively. */
  judge?: string;
  /** Only cases with at least one pending motion. */
  pending?: boolean;
  limit?: number;
  offset?: number;
}

/** A case in brief, as `cases` lists it. `id` is `court:number` ("casd:3:17-cv-00218"); court `-` when unknown. */
export interface CaseSummary {
  id: string;
  /** Court id, or null when no stored document names the court. */
  court: string | null;
  /** The court-independent normalized number: "3:17-cv-00218". */
  caseNumber: string;
  title: string | null;
  judge: string | null;
  dateFiled: string | null;
  dateTerminated: string | null;
  documents: number;
  entries: number;
  pendingMotions: number;
}

/** A party of a case: from its docket report, else from its documents' captions. */
export interface CaseParty {
  name: string;
  role: string;
  attorneys: string[];
}

/** A stored document as a case lists it. */
export interface CaseDocument {
  id: number;
  path: string;
  kind: string | null;
  title: string | null;
}

/** A ruling of a case, joined to the entry that made it and the motion entry it decides. */
export interface CaseRuling {
  disposition: string;
  request: string;
  /** Number of the entry that decided it (the order's entry). */
  entry: string | null;
  /** Number of the motion's entry. */
  motionEntry: string | null;
  /** The motion's filing date, the decision's date (ISO) and the days between them. */
  filed: string | null;
  decided: string | null;
  daysToDecision: number | null;
  /** The stored document the ruling was read from; null when read from the docket text. */
  document: number | null;
}

export interface CaseEntry {
  number: string | null;
  dateFiled: string | null;
  dateEntered: string | null;
  description: string;
  /** Entries this one refers to ("granting 12 Motion" → "12"). */
  refs: string[];
  documents: CaseDocument[];
  rulings: CaseRuling[];
}

export interface PendingMotion {
  entry: string;
  description: string;
  filed: string | null;
}

/** A record cite in a case's document ("Doc. No. 49-1 at 2-3") and the stored filing it names. */
export interface CaseRecordCite {
  /** The citing document and the index into its `citations[]`. */
  document: number;
  citation: number;
  text: string;
  entry: string;
  attachment: string | null;
  /** The stored document that is that filing (and attachment), when the store has it. */
  target: number | null;
}

/** One case whole: `casefile case COURT NUMBER --json` prints it (less `id` and `documents`). */
export interface CaseDetail {
  id: string;
  court: string | null;
  caseNumber: string;
  title: string | null;
  judge: string | null;
  parties: CaseParty[];
  dateFiled: string | null;
  dateTerminated: string | null;
  entries: CaseEntry[];
  rulings: CaseRuling[];
  pendingMotions: PendingMotion[];
  /** Every stored document of the case, with the entry it is (null when not matched). */
  documents: (CaseDocument & { entry: string | null; attachment: string | null; date: string | null })[];
  recordCites: CaseRecordCite[];
}

/**
 * Everything the CLI, API and viewer need from storage. Async so a networked database
 * can implement it.
 *
 * @example const hits = await store.search("interlocutory appeal", { court: "casd" });
 */
export interface Store {
  /** Whether a document with this content hash is stored. */
  has(sha256: string): Promise<boolean>;
  /** Every stored content hash, to skip known files before reading them. */
  hashes(): Promise<Set<string>>;
  /** Stores one reading in one transaction; idempotent by `source.sha256`. */
  put(reading: Reading): Promise<PutResult>;
  document(id: number): Promise<StoredDocument | null>;
  search(query: string, options?: SearchOptions): Promise<SearchResult>;
  /** Documents citing an authority: by any of its cites (exact unless `broad`), its key, or a case name. */
  citedBy(citation: string, options?: CitedByOptions): Promise<CitedByResult>;
  authority(id: number): Promise<AuthorityDetail | null>;
  authorities(options?: AuthoritiesOptions): Promise<AuthorityCount[]>;
  rulingStats(options?: RulingStatsOptions): Promise<RulingStats>;
  /**
   * One case by court id (null or "-" when unknown) and case number in any printed form
   * ("3:17-cv-00218-MMA-BLM" finds "3:17-cv-00218"); null when no stored document is of it.
   */
  case(court: string | null, number: string): Promise<CaseDetail | null>;
  cases(options?: CasesOptions): Promise<CaseSummary[]>;
  /** How many authorities `authorities(options)` would list without a limit. */
  countAuthorities(options?: AuthoritiesOptions): Promise<number>;
  /** How many cases `cases(options)` would list without a limit. */
  countCases(options?: CasesOptions): Promise<number>;
  /** Stored documents in brief, most recently stored first. */
  documents(options?: DocumentsOptions): Promise<Page<DocumentSummary>>;
  /**
   * Removes one document and everything read from it (citations, rulings, the counts and
   * the case they fed); false when there is no such document.
   */
  deleteDocument(id: number): Promise<boolean>;
  /** Rulings one by one, filtered and paged, with a count by disposition. */
  rulings(options?: RulingsOptions): Promise<RulingList>;
  /** Counts of documents, cases, rulings and authorities, and the `recent` documents stored last. */
  overview(recent?: number): Promise<StoreOverview>;
  /** The source file a document was read from (path, hash, format), null when no such document. */
  source(id: number): Promise<DocumentSource | null>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
