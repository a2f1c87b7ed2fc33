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
  citedBy(citation: string): Promise<CitedByResult>;
  authority(id: number): Promise<AuthorityDetail | null>;
  authorities(options?: AuthoritiesOptions): Promise<AuthorityCount[]>;
  rulingStats(options?: RulingStatsOptions): Promise<RulingStats>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
