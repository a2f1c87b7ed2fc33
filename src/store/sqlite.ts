/**
 * The default store: one SQLite file (better-sqlite3), WAL, FTS5 over the clean text.
 * Every document goes in inside one transaction, so a crash never leaves half of one.
 */
import { existsSync, statSync } from "node:fs";
import Database from "better-sqlite3";
import { CasefileError, EXIT } from "../model/errors.js";
import type { Citation, Reading } from "../model/types.js";
import { ownCites } from "../check/own-cites.js";
import { authorityOf } from "./authority-key.js";
import { broadRange, byRank, looksLikeName, nameWords, probeWord, rankByName } from "./graph.js";
import { fileAuthorities, recountAuthority } from "./sqlite-graph.js";
import { addDocumentCase } from "./authorities.js";
import {
  assembleCase,
  bareKey,
  caseFieldsOfDocket,
  caseId,
  caseKey,
  caseRefOf,
  chooseCase,
  caseRowOf,
  documentRowOf,
  entryRowOf,
  mergeEntries,
  recordCiteRowOf,
  rulingRowOf,
  withDocumentFields,
  type CaseRef,
  type CaseRows,
  type EntryRow,
  type StoredCase,
  type StoredCaseDocument,
  type StoredEntry,
  type StoredRecordCite,
  type StoredRuling,
} from "./cases.js";
import { ftsExpression, parseSearch } from "./fts-query.js";
import { AUTHORITY_COUNTS_REBUILD, MIGRATIONS, migrate, schemaVersion } from "./migrations.js";
import type {
  AuthoritiesOptions,
  AuthorityCount,
  AuthorityDetail,
  CaseDetail,
  CasesOptions,
  CaseSummary,
  CitedByOptions,
  CitedByResult,
  CitingDocument,
  DocumentSummary,
  DocumentsOptions,
  Page,
  Passage,
  DocumentSource,
  PutResult,
  RulingCount,
  RulingList,
  RulingRow,
  RulingsOptions,
  RulingStats,
  RulingStatsOptions,
  SearchHit,
  SearchOptions,
  SearchResult,
  Store,
  StoredDocument,
  StoreOverview,
  StoreStats,
} from "./types.js";

/** Parses citation text the way documents are read, so a query maps to the same key. @example const parse: ParseCitations = (t) => findCitations(t) */
export type ParseCitations = (text: string) => Citation[] | Promise<Citation[]>;

export interface SqliteStoreOptions {
  /** Create the file (and schema) when missing; otherwise a missing file is an error. */
  create?: boolean;
  /**
   * Only read: the file is opened read-only, never created, migrated or turned into a
   * database (an empty file stays empty). For `search`, `cited-by` and the other reports.
   */
  readOnly?: boolean;
  /** How long to wait for another process's lock before failing with `store.locked`. */
  busyTimeoutMs?: number;
  /** Citation parser for `citedBy`; defaults to the citation core's `findCitations`. */
  parseCitations?: ParseCitations;
}

// Private-use characters cannot be mistaken for court text, so snippets can be split
// into text and marks and escaped by whoever renders them.
export const MARK_OPEN = "\uE000";
export const MARK_CLOSE = "\uE001";
const SNIPPET_CONTEXT = 160;
export const MAX_CITING_DOCUMENTS = 500;
/** Other authorities a case-name query lists beside the one it shows. */
export const MAX_ALTERNATIVES = 20;

export interface DocRow {
  id: number;
  sha256: string;
  path: string;
  title: string | null;
  court: string | null;
  case_number: string | null;
  date: string | null;
  judge: string | null;
}

export const SUMMARY_COLUMNS = `d.id, d.sha256, d.path, d.title, d.court, d.case_number, d.date, d.judge`;

/** The columns of a ruling row, on aliases `r` (rulings) and `d` (documents); both stores select them. */
export const RULING_COLUMNS = `r.doc_id, r.idx, d.title, d.court, d.case_number, d.date, d.judge, r.disposition, r.request, r.request_type, r.recommended, r.docket_entry, r.start`;

export interface RulingDbRow {
  doc_id: number;
  idx: number;
  title: string | null;
  court: string | null;
  case_number: string | null;
  date: string | null;
  judge: string | null;
  disposition: string;
  request: string;
  request_type: string | null;
  recommended: number | boolean;
  docket_entry: string | null;
  start: number;
}

/** @example rulingRow(row).recommended // → false */
export function rulingRow(r: RulingDbRow): RulingRow {
  return {
    document: r.doc_id,
    index: r.idx,
    title: r.title,
    court: r.court,
    caseNumber: r.case_number,
    date: r.date,
    judge: r.judge,
    disposition: r.disposition,
    request: r.request,
    requestType: r.request_type,
    recommended: Boolean(r.recommended),
    docketEntry: r.docket_entry,
    start: r.start,
  };
}

export function summary(row: DocRow): DocumentSummary {
  return { id: row.id, sha256: row.sha256, path: row.path, title: row.title, court: row.court, caseNumber: row.case_number, date: row.date, judge: row.judge };
}

/** Maps SQLite's failure codes to one clear line for the user. @example throw storeError(err, "casefile.db") */
export function storeError(err: unknown, path: string): unknown {
  const code = (err as { code?: string })?.code ?? "";
  if (code === "SQLITE_BUSY" || code.startsWith("SQLITE_BUSY_") || code === "SQLITE_LOCKED") {
    return new CasefileError("store.locked", `database is locked by another process: ${path}`, EXIT.IO, 503);
  }
  if (code === "SQLITE_NOTADB" || code.startsWith("SQLITE_CORRUPT")) {
    return new CasefileError("store.corrupt", `not a casefile database, or it is corrupt: ${path}`, EXIT.DATA, 500);
  }
  if (code === "SQLITE_CANTOPEN" || code.startsWith("SQLITE_READONLY") || code === "SQLITE_PERM" || code.startsWith("SQLITE_IOERR")) {
    return new CasefileError("store.unreadable", `cannot open database ${path}: ${code}`, EXIT.IO, 500);
  }
  return err;
}

// An authority key passed through as is: "case:673|F.2d|1020".
export const AUTHORITY_KEY = /^(?:case|statute|rule|record|regulation|constitution):[^\n]{1,300}$/;
// The first page of a pin cite: "1026" in "1026-27 n.3".
export const LEADING_PAGE = /^\d{1,6}/;
// LIKE's own wildcards and escape, to match a judge's name literally: "%", "_", "\".
const LIKE_SPECIAL = /[\\%_]/g;

export const likePattern = (s: string): string => `%${s.replace(LIKE_SPECIAL, (c) => "\\" + c)}%`;

/** Splits a snippet carrying private-use marks into plain text and mark offsets. */
export function splitMarks(raw: string): { snippet: string; marks: { start: number; end: number }[] } {
  let snippet = "";
  const marks: { start: number; end: number }[] = [];
  let open = -1;
  for (const ch of raw) {
    if (ch === MARK_OPEN) open = snippet.length;
    else if (ch === MARK_CLOSE) {
      if (open >= 0 && snippet.length > open) marks.push({ start: open, end: snippet.length });
      open = -1;
    } else snippet += ch;
  }
  return { snippet, marks };
}

/** A piece of text around `[start, end)` on word boundaries, with where the span lands in it. */
export function passageSnippet(text: string, start: number, end: number): { snippet: string; markStart: number; markEnd: number } {
  let from = Math.max(0, start - SNIPPET_CONTEXT);
  let to = Math.min(text.length, end + SNIPPET_CONTEXT);
  if (from > 0) {
    const sp = text.indexOf(" ", from);
    if (sp >= 0 && sp < start) from = sp + 1;
  }
  if (to < text.length) {
    const sp = text.lastIndexOf(" ", to);
    if (sp > end) to = sp;
  }
  const prefix = from > 0 ? "…" : "";
  const suffix = to < text.length ? "…" : "";
  const body = text.slice(from, to).replace(/\s/g, " ");
  return { snippet: prefix + body + suffix, markStart: prefix.length + start - from, markEnd: prefix.length + end - from };
}

/**
 * SQLite implementation of {@link Store}.
 *
 * @example const store = SqliteStore.open("casefile.db", { create: true }); await store.put(reading);
 */
export class SqliteStore implements Store {
  readonly db: Database.Database;
  private parser: ParseCitations | undefined;

  private constructor(
    db: Database.Database,
    readonly path: string,
    options: SqliteStoreOptions,
  ) {
    this.db = db;
    this.parser = options.parseCitations;
  }

  /**
   * Opens (and migrates) a store file; `":memory:"` for a throwaway one.
   *
   * @example const store = SqliteStore.open(":memory:");
   */
  static open(path: string, options: SqliteStoreOptions = {}): SqliteStore {
    const memory = path === ":memory:";
    if (!memory && !options.create && !existsSync(path)) {
      throw new CasefileError("store.not-found", `no database at ${path} (create one with \`casefile ingest\`)`, EXIT.NO_INPUT, 404);
    }
    const readOnly = Boolean(options.readOnly) && !memory;
    // SQLite takes an empty file for a new database and would write one into it.
    if (readOnly && statSync(path, { throwIfNoEntry: false })?.size === 0) {
      throw new CasefileError("store.empty", `${path} is an empty file, not a casefile database (create one with \`casefile ingest\`)`, EXIT.DATA, 500);
    }
    let db: Database.Database | undefined;
    try {
      db = new Database(path, { fileMustExist: !memory && (!options.create || readOnly), readonly: readOnly, timeout: options.busyTimeoutMs ?? 5000 });
      if (readOnly) {
        const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`).pluck().all() as string[];
        if (tables.length === 0) throw new CasefileError("store.not-casefile", `${path} is not a casefile database`, EXIT.DATA, 500);
        if (schemaVersion(db) < MIGRATIONS[MIGRATIONS.length - 1].version) {
          throw new CasefileError("store.outdated", `${path} was written by an older casefile; run \`casefile ingest\` once to update it`, EXIT.DATA, 500);
        }
        return new SqliteStore(db, path, options);
      }
      if (!memory) db.pragma("journal_mode = WAL");
      db.pragma("synchronous = NORMAL");
      db.pragma("foreign_keys = ON");
      // Another program's database must not silently grow casefile's tables.
      const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).pluck().all() as string[];
      if (tables.length > 0 && !tables.includes("schema_migrations")) {
        throw new CasefileError("store.not-casefile", `${path} is an SQLite database, but not casefile's`, EXIT.DATA, 500);
      }
      const applied = migrate(db);
      const store = new SqliteStore(db, path, options);
      // Documents stored before cases existed are filed under theirs once.
      if (applied.includes(8)) store.groupCases();
      return store;
    } catch (err) {
      db?.close();
      throw storeError(err, path);
    }
  }

  private guard<T>(fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      throw storeError(err, this.path);
    }
  }

  async has(sha256: string): Promise<boolean> {
    return this.guard(() => this.db.prepare(`SELECT 1 FROM documents WHERE sha256 = ?`).get(sha256) !== undefined);
  }

  async hashes(): Promise<Set<string>> {
    return this.guard(() => new Set((this.db.prepare(`SELECT sha256 FROM documents`).pluck().all() as string[])));
  }

  async put(reading: Reading): Promise<PutResult> {
    return this.guard(() => this.putSync(reading));
  }

  /** Synchronous `put`, for bulk loaders that already hold the only connection. */
  putSync(reading: Reading): PutResult {
    const db = this.db;
    const sha = reading.source?.sha256;
    if (!sha) throw new CasefileError("store.no-hash", "reading has no source.sha256; cannot store it", EXIT.SOFTWARE, 500);
    return db
      .transaction((): PutResult => {
        const existing = db.prepare(`SELECT id FROM documents WHERE sha256 = ?`).get(sha) as { id: number } | undefined;
        if (existing) return { id: existing.id, created: false };
        const { text, ...rest } = reading;
        const caseNumber = reading.stamp?.caseNumber ?? reading.caption?.caseNumber?.normalized ?? reading.caption?.caseNumber?.raw ?? null;
        const info = db
          .prepare(
            `INSERT INTO documents (sha256, path, format, pages, court, case_number, title, date, judge, stamp_json, text, reading_json, bytes, ingested_at, kind)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            sha,
            reading.source.path,
            reading.source.format,
            reading.source.pages ?? reading.pages?.length ?? 0,
            reading.caption?.court?.id ?? null,
            caseNumber,
            reading.caption?.title ?? null,
            reading.date ?? null,
            reading.judge?.name ?? null,
            reading.stamp ? JSON.stringify(reading.stamp) : null,
            text ?? "",
            JSON.stringify(rest),
            reading.source.bytes ?? null,
            new Date().toISOString(),
            reading.kind ?? null,
          );
        const docId = Number(info.lastInsertRowid);
        // An opinion that gives its own cite ("Cite as …") is a case `check` can find.
        const own = ownCites(reading);
        if (own) addDocumentCase(db, docId, own);
        const party = db.prepare(`INSERT INTO parties (doc_id, idx, name, role, pro_se) VALUES (?, ?, ?, ?, ?)`);
        (reading.caption?.parties ?? []).forEach((p, i) => party.run(docId, i, p.name, p.role, p.proSe ? 1 : 0));
        // Each citation files under its authority (exact keys, parallel cites joined; graph.ts).
        const { ids: aids, recount } = fileAuthorities(db, reading);
        const cite = db.prepare(
          `INSERT INTO citations (doc_id, idx, kind, text, start, "end", page, line, fields_json, authority_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        );
        const perAuthority = new Map<number, number>();
        (reading.citations ?? []).forEach((c, i) => {
          const { kind, text: citeText, start, end, loc, ...fields } = c;
          const aid = aids[i] ?? null;
          cite.run(docId, i, kind, citeText, start, end, loc?.page ?? null, loc?.line ?? null, JSON.stringify(fields), aid);
          if (aid !== null) perAuthority.set(aid, (perAuthority.get(aid) ?? 0) + 1);
        });
        const count = db.prepare(
          `INSERT INTO authority_counts (authority_id, citations, documents) VALUES (?, ?, 1)
           ON CONFLICT(authority_id) DO UPDATE SET citations = citations + excluded.citations, documents = documents + 1`,
        );
        for (const [aid, n] of perAuthority) if (!recount.has(aid)) count.run(aid, n);
        for (const aid of recount) recountAuthority(db, aid);
        const ruling = db.prepare(
          `INSERT INTO rulings (doc_id, idx, disposition, request, request_type, docket_json, text, start, "end", recommended, docket_entry) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        );
        (reading.rulings ?? []).forEach((r, i) =>
          ruling.run(docId, i, r.disposition, r.request ?? "", r.requestType ?? null, JSON.stringify(r.motion?.docket ?? []), r.text ?? "", r.start, r.end, r.recommended ? 1 : 0, r.docketEntry ?? null),
        );
        const event = db.prepare(`INSERT INTO events (doc_id, idx, date, type, text, docket_json, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
        (reading.events ?? []).forEach((e, i) => event.run(docId, i, e.date, e.type ?? null, e.text ?? "", JSON.stringify(e.docket ?? []), e.start, e.end));
        const finding = db.prepare(`INSERT INTO findings (doc_id, severity, code, message, citation, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?)`);
        for (const f of reading.findings ?? []) finding.run(docId, f.severity, f.code, f.message, f.citation ?? null, f.start ?? null, f.end ?? null);
        const caseId = this.joinCase(docId, reading);
        if (caseId !== null) this.refreshCase(caseId);
        return { id: docId, created: true };
      })
      .immediate();
  }

  async document(id: number): Promise<StoredDocument | null> {
    return this.guard(() => {
      const row = this.db.prepare(`SELECT ${SUMMARY_COLUMNS}, d.text, d.reading_json FROM documents d WHERE d.id = ?`).get(id) as
        | (DocRow & { text: string; reading_json: string })
        | undefined;
      if (!row) return null;
      const reading = { ...(JSON.parse(row.reading_json) as Omit<Reading, "text">), text: row.text } as Reading;
      const byIdx = new Map(
        (this.db.prepare(`SELECT idx, authority_id FROM citations WHERE doc_id = ?`).all(id) as { idx: number; authority_id: number | null }[]).map((r) => [r.idx, r.authority_id]),
      );
      const authorityIds = (reading.citations ?? []).map((_, i) => byIdx.get(i) ?? null);
      return { ...summary(row), reading, authorityIds };
    });
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchResult> {
    return this.guard(() => this.searchSync(query, options));
  }

  private searchSync(query: string, options: SearchOptions): SearchResult {
    const limit = clamp(options.limit ?? 20, 1, 200);
    const offset = clamp(options.offset ?? 0, 0, 1_000_000);
    const parsed = parseSearch(query);
    const { where, params } = documentFilters({ court: options.court ?? parsed.court, judge: options.judge ?? parsed.judge });
    if (options.from) {
      where.push(`d.date >= ?`);
      params.push(options.from);
    }
    if (options.to) {
      where.push(`d.date <= ?`);
      params.push(options.to);
    }
    if (options.disposition) {
      where.push(`EXISTS (SELECT 1 FROM rulings r WHERE r.doc_id = d.id AND r.disposition = ?)`);
      params.push(options.disposition);
    }
    const fts = ftsExpression(parsed);
    if (fts === null) {
      // No words: list what the filters select, newest first, so filters work alone.
      if (where.length === 0) return { query, total: 0, hits: [] };
      const cond = where.join(" AND ");
      const total = this.db.prepare(`SELECT count(*) FROM documents d WHERE ${cond}`).pluck().get(...params) as number;
      const rows = this.db
        .prepare(`SELECT ${SUMMARY_COLUMNS}, substr(d.text, 1, 240) AS snip FROM documents d WHERE ${cond} ORDER BY d.date DESC, d.id DESC LIMIT ? OFFSET ?`)
        .all(...params, limit, offset) as (DocRow & { snip: string })[];
      return { query, total, hits: rows.map((r) => ({ ...summary(r), rank: 0, snippet: r.snip.replace(/\s+/g, " "), marks: [] })) };
    }
    const cond = [`documents_fts MATCH ?`, ...where].join(" AND ");
    const all = [fts, ...params];
    const total = this.db.prepare(`SELECT count(*) FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid WHERE ${cond}`).pluck().get(...all) as number;
    // Rank first, then build snippets for the page of hits only: SQLite would otherwise
    // compute a snippet for every match before sorting.
    const ranked = this.db
      .prepare(
        `SELECT documents_fts.rowid AS id, bm25(documents_fts, 4.0, 1.0) AS rank
         FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
         WHERE ${cond} ORDER BY rank, documents_fts.rowid LIMIT ? OFFSET ?`,
      )
      .all(...all, limit, offset) as { id: number; rank: number }[];
    // FTS5 ignores a rowid constraint bound as a float (every JS number binds as one
    // unless cast), and would then return the first match's snippet for every hit.
    const snip = this.db.prepare(
      `SELECT snippet(documents_fts, 1, char(57344), char(57345), '…', 32) FROM documents_fts WHERE documents_fts MATCH ? AND rowid = CAST(? AS INTEGER)`,
    );
    const doc = this.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM documents d WHERE d.id = ?`);
    const hits: SearchHit[] = [];
    for (const { id, rank } of ranked) {
      const r = doc.get(id) as DocRow | undefined;
      if (!r) continue;
      const raw = (snip.pluck().get(fts, id) as string | undefined) ?? "";
      const { snippet, marks } = splitMarks(raw.replace(/\s+/g, " "));
      hits.push({ ...summary(r), rank, snippet, marks });
    }
    return { query, total, hits };
  }

  async citedBy(citation: string, options: CitedByOptions = {}): Promise<CitedByResult> {
    const key = await this.keyFor(citation);
    return this.guard(() => {
      if (!key) return this.citedByName(citation);
      const exact = this.db.prepare(`SELECT authority_id FROM authority_aliases WHERE key = ?`).pluck().get(key) as number | undefined;
      const ids = new Set<number>(exact === undefined ? [] : [exact]);
      const range = options.broad ? broadRange(key) : null;
      if (range) for (const id of this.db.prepare(`SELECT DISTINCT authority_id FROM authority_aliases WHERE key >= ? AND key < ?`).pluck().all(...range) as number[]) ids.add(id);
      if (ids.size === 0) return { query: citation, key, authority: null, documents: [] };
      const counts = [...ids].map((id) => this.countOf(id)).filter((a): a is AuthorityCount => a !== null);
      const first = exact !== undefined ? counts.find((a) => a.id === exact)! : [...counts].sort(byRank)[0];
      const out: CitedByResult = { query: citation, key, authority: first, documents: this.citingDocuments([...ids]) };
      if (options.broad) out.authorities = [...counts].sort(byRank);
      return out;
    });
  }

  /** `cited-by Twombly`: the case authorities whose name holds the words, most cited first. */
  private citedByName(query: string): CitedByResult {
    const words = nameWords(query);
    if (!looksLikeName(query)) return { query, key: null, authority: null, documents: [] };
    const rows = this.db
      .prepare(
        `SELECT a.id, a.key, a.kind, a.label, a.fields_json, coalesce(t.citations, 0) AS citations, coalesce(t.documents, 0) AS documents
         FROM authorities a LEFT JOIN authority_counts t ON t.authority_id = a.id WHERE a.kind = 'case' AND instr(lower(a.label), ?) > 0`,
      )
      .all(probeWord(words)) as (AuthorityCount & { fields_json: string })[];
    const matches = rankByName(rows, words);
    if (matches.length === 0) return { query, key: null, authority: null, documents: [] };
    const [top, ...others] = matches;
    return { query, key: top.key, authority: top, documents: this.citingDocuments([top.id]), matchedBy: "name", alternatives: others.slice(0, MAX_ALTERNATIVES) };
  }

  /** The authority key a citation's text parses to; an authority key passes through. */
  private async keyFor(citation: string): Promise<string | null> {
    const trimmed = citation.trim();
    if (AUTHORITY_KEY.test(trimmed)) return trimmed;
    const parse = this.parser ?? (this.parser = await loadCitationParser());
    const citations = await parse(trimmed);
    const pseudo = { citations, stamp: null, caption: { court: null, caseNumber: null, parties: [], title: null, docketRefs: [] } };
    for (let i = 0; i < citations.length; i++) {
      const ref = authorityOf(pseudo, i, { exact: true });
      if (ref) return ref.key;
    }
    const short = citations.find((c) => c.kind === "case-short" && c.volume && c.reporter && c.pin);
    return short ? this.guard(() => this.caseContaining(short.volume!, short.reporter!, short.pin!)) : null;
  }

  /** `673 F.2d at 1026` names no first page: take the stored case in that volume starting nearest before the pin. */
  private caseContaining(volume: string, reporter: string, pin: string): string | null {
    const page = Number(LEADING_PAGE.exec(pin)?.[0] ?? NaN);
    if (!Number.isFinite(page)) return null;
    const prefix = `case:${volume}|${reporter}|`;
    const keys = this.db.prepare(`SELECT key FROM authority_aliases WHERE key >= ? AND key < ?`).pluck().all(prefix, prefix + "\uffff") as string[];
    let best: { key: string; first: number } | null = null;
    for (const key of keys) {
      const first = Number(key.slice(prefix.length));
      if (Number.isFinite(first) && first <= page && (!best || first > best.first)) best = { key, first };
    }
    return best?.key ?? null;
  }

  async authority(id: number): Promise<AuthorityDetail | null> {
    return this.guard(() => this.authoritySync(id));
  }

  private authoritySync(id: number): AuthorityDetail | null {
    const a = this.countOf(id);
    return a ? { ...a, citedBy: this.citingDocuments([id]) } : null;
  }

  private countOf(id: number): AuthorityCount | null {
    return (
      (this.db
        .prepare(
          `SELECT a.id, a.key, a.kind, a.label, count(c.id) AS citations, count(DISTINCT c.doc_id) AS documents
           FROM authorities a LEFT JOIN citations c ON c.authority_id = a.id WHERE a.id = ? GROUP BY a.id`,
        )
        .get(id) as AuthorityCount | undefined) ?? null
    );
  }

  /** The newest documents citing any of the authorities, with every passage that does. */
  private citingDocuments(ids: readonly number[]): CitingDocument[] {
    const list = ids.map(() => "?").join(", ");
    const rows = this.db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS}, c.idx, c.kind AS cite_kind, c.text AS cite_text, c.start, c."end" AS stop, c.page, c.line
         FROM citations c JOIN documents d ON d.id = c.doc_id
         WHERE c.doc_id IN (SELECT DISTINCT doc_id FROM citations WHERE authority_id IN (${list}) ORDER BY doc_id DESC LIMIT ?) AND c.authority_id IN (${list})
         ORDER BY d.date DESC, d.id DESC, c.idx`,
      )
      .all(...ids, MAX_CITING_DOCUMENTS, ...ids) as (DocRow & { idx: number; cite_kind: Passage["kind"]; cite_text: string; start: number; stop: number; page: number | null; line: number | null })[];
    const textOf = this.db.prepare(`SELECT text FROM documents WHERE id = ?`).pluck();
    const docs = new Map<number, CitingDocument>();
    let text = "";
    for (const r of rows) {
      let doc = docs.get(r.id);
      if (!doc) {
        doc = { ...summary(r), passages: [] };
        docs.set(r.id, doc);
        text = textOf.get(r.id) as string;
      }
      doc.passages.push({ citation: r.idx, kind: r.cite_kind, text: r.cite_text, start: r.start, end: r.stop, page: r.page, line: r.line, ...passageSnippet(text, r.start, r.stop) });
    }
    return [...docs.values()];
  }

  async authorities(options: AuthoritiesOptions = {}): Promise<AuthorityCount[]> {
    return this.guard(() => {
      const { where, params } = documentFilters(options);
      if (options.kind) {
        where.push(`a.kind = ?`);
        params.push(options.kind);
      }
      const limit = clamp(options.limit ?? 25, 1, 1000);
      const offset = clamp(options.offset ?? 0, 0, 1_000_000);
      if (!options.court && !options.judge) {
        // Unfiltered: the kept counts, read in rank order from their index.
        return this.db
          .prepare(
            `SELECT a.id, a.key, a.kind, a.label, t.citations, t.documents
             FROM authority_counts t JOIN authorities a ON a.id = t.authority_id ${options.kind ? "WHERE a.kind = ?" : ""}
             ORDER BY t.documents DESC, t.citations DESC, t.authority_id LIMIT ? OFFSET ?`,
          )
          .all(...params, limit, offset) as AuthorityCount[];
      }
      const join = options.court || options.judge ? `JOIN documents d ON d.id = c.doc_id` : "";
      const kind = options.kind ? `AND a.kind = ?` : "";
      const docFilters = where.filter((w) => !w.startsWith("a."));
      // Grouping citations first (on the covering index) and joining authorities after
      // keeps the scan to one index when no document filter applies.
      return this.db
        .prepare(
          `SELECT a.id, a.key, a.kind, a.label, t.citations, t.documents
           FROM (SELECT c.authority_id, count(*) AS citations, count(DISTINCT c.doc_id) AS documents
                 FROM citations c ${join}
                 WHERE c.authority_id IS NOT NULL ${docFilters.map((w) => "AND " + w).join(" ")}
                 GROUP BY c.authority_id) t
           JOIN authorities a ON a.id = t.authority_id ${kind}
           ORDER BY t.documents DESC, t.citations DESC, a.id LIMIT ? OFFSET ?`,
        )
        .all(...params, limit, offset) as AuthorityCount[];
    });
  }

  async countAuthorities(options: AuthoritiesOptions = {}): Promise<number> {
    return this.guard(() => {
      const { where, params } = documentFilters(options);
      if (!options.court && !options.judge) {
        const kind = options.kind ? "WHERE a.kind = ?" : "";
        return this.db.prepare(`SELECT count(*) FROM authority_counts t JOIN authorities a ON a.id = t.authority_id ${kind}`).pluck().get(...(options.kind ? [options.kind] : [])) as number;
      }
      const kind = options.kind ? `AND a.kind = ?` : "";
      return this.db
        .prepare(
          `SELECT count(DISTINCT c.authority_id) FROM citations c JOIN documents d ON d.id = c.doc_id JOIN authorities a ON a.id = c.authority_id
           WHERE ${where.join(" AND ")} ${kind}`,
        )
        .pluck()
        .get(...params, ...(options.kind ? [options.kind] : [])) as number;
    });
  }

  async rulingStats(options: RulingStatsOptions = {}): Promise<RulingStats> {
    return this.guard(() => {
      const { where, params } = documentFilters(options);
      if (options.requestType) {
        where.push(`r.request_type = ?`);
        params.push(options.requestType);
      }
      // Decisions by default; a magistrate judge's recommendations only when asked for.
      where.push(`r.recommended = ?`);
      params.push(options.recommended ? 1 : 0);
      const cond = where.length ? "WHERE " + where.join(" AND ") : "";
      const grouped = (expr: string): RulingCount[] => {
        const rows = this.db
          .prepare(`SELECT ${expr} AS g, r.disposition AS disposition, count(*) AS n FROM rulings r JOIN documents d ON d.id = r.doc_id ${cond} GROUP BY g, r.disposition`)
          .all(...params) as { g: string; disposition: string; n: number }[];
        const groups = new Map<string, RulingCount>();
        for (const row of rows) {
          const g = groups.get(row.g) ?? { group: row.g, total: 0, dispositions: {} };
          g.total += row.n;
          g.dispositions[row.disposition] = (g.dispositions[row.disposition] ?? 0) + row.n;
          groups.set(row.g, g);
        }
        return [...groups.values()].sort((a, b) => b.total - a.total || a.group.localeCompare(b.group));
      };
      const byRequestType = grouped(`coalesce(r.request_type, 'unspecified')`);
      const byJudge = grouped(`coalesce(d.judge, 'unknown')`);
      return { total: byRequestType.reduce((n, g) => n + g.total, 0), byRequestType, byJudge };
    });
  }

  async rulings(options: RulingsOptions = {}): Promise<RulingList> {
    return this.guard(() => {
      const { where, params } = documentFilters(options);
      if (options.requestType) {
        where.push(`r.request_type = ?`);
        params.push(options.requestType);
      }
      if (options.disposition) {
        where.push(`r.disposition = ?`);
        params.push(options.disposition);
      }
      if (options.recommended !== undefined) {
        where.push(`r.recommended = ?`);
        params.push(options.recommended ? 1 : 0);
      }
      const cond = where.length ? "WHERE " + where.join(" AND ") : "";
      const limit = clamp(options.limit ?? 50, 1, 100_000);
      const offset = clamp(options.offset ?? 0, 0, 10_000_000);
      const counts = this.db
        .prepare(`SELECT r.disposition AS disposition, count(*) AS n FROM rulings r JOIN documents d ON d.id = r.doc_id ${cond} GROUP BY r.disposition ORDER BY n DESC, r.disposition`)
        .all(...params) as { disposition: string; n: number }[];
      const rows = this.db
        .prepare(`SELECT ${RULING_COLUMNS} FROM rulings r JOIN documents d ON d.id = r.doc_id ${cond} ORDER BY d.date DESC NULLS LAST, r.doc_id DESC, r.idx LIMIT ? OFFSET ?`)
        .all(...params, limit, offset) as RulingDbRow[];
      const dispositions: Record<string, number> = {};
      for (const c of counts) dispositions[c.disposition] = c.n;
      return { total: counts.reduce((n, c) => n + c.n, 0), dispositions, rulings: rows.map(rulingRow) };
    });
  }

  async overview(recent = 10): Promise<StoreOverview> {
    return this.guard(() => {
      const count = (table: string) => this.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
      const rows = this.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM documents d ORDER BY d.id DESC LIMIT ?`).all(clamp(recent, 0, 100)) as DocRow[];
      return { documents: count("documents"), cases: count("cases"), rulings: count("rulings"), authorities: count("authorities"), recent: rows.map(summary) };
    });
  }

  async source(id: number): Promise<DocumentSource | null> {
    return this.guard(() => {
      const row = this.db.prepare(`SELECT id, path, sha256, format, pages FROM documents WHERE id = ?`).get(id) as DocumentSource | undefined;
      return row ?? null;
    });
  }

  /** Recomputes the kept citation counts; for loaders that write `citations` directly. */
  rebuildCounts(): void {
    this.guard(() => this.db.transaction(() => this.db.exec(AUTHORITY_COUNTS_REBUILD)).immediate());
  }

  // ---- cases ----------------------------------------------------------------------

  /** The stored cases whose number is `number` with or without an office digit. */
  private caseCandidates(number: string): (CaseRef & { id: number })[] {
    return this.db.prepare(`SELECT id, court, number FROM cases WHERE bare_number = ?`).all(bareKey(number)) as (CaseRef & { id: number })[];
  }

  /** Files a stored document under its case (opening the case when new); merges a docket report's entries. Returns the case id. */
  private joinCase(docId: number, reading: Pick<Reading, "stamp" | "caption" | "docket">): number | null {
    const db = this.db;
    const ref = caseRefOf(reading);
    if (!ref) return null;
    const candidates = this.caseCandidates(ref.number);
    const at = chooseCase(ref, candidates);
    let caseId: number;
    if (at < 0) {
      caseId = Number(db.prepare(`INSERT INTO cases (court, number, bare_number) VALUES (?, ?, ?)`).run(ref.court, ref.number, bareKey(ref.number)).lastInsertRowid);
    } else {
      const found = candidates[at];
      caseId = found.id;
      // A court or office digit the case lacked comes from the first document that prints it.
      const court = found.court || ref.court;
      const number = found.number.includes(":") || !ref.number.includes(":") ? found.number : ref.number;
      if (court !== found.court || number !== found.number) db.prepare(`UPDATE cases SET court = ?, number = ? WHERE id = ?`).run(court, number, caseId);
    }
    db.prepare(`UPDATE documents SET case_id = ? WHERE id = ?`).run(caseId, docId);
    const docket = reading.docket;
    if (docket) {
      const f = caseFieldsOfDocket(docket);
      db.prepare(
        `UPDATE cases SET title = coalesce(?, title), judge = coalesce(?, judge), date_filed = coalesce(?, date_filed),
           date_terminated = coalesce(?, date_terminated), parties_json = CASE WHEN ? > 0 THEN ? ELSE parties_json END WHERE id = ?`,
      ).run(f.title, f.judge, f.dateFiled, f.dateTerminated, f.parties.length, JSON.stringify(f.parties), caseId);
      const merged = mergeEntries(this.entryRows(caseId), docket.entries);
      db.prepare(`DELETE FROM docket_entries WHERE case_id = ?`).run(caseId);
      const insert = db.prepare(
        `INSERT INTO docket_entries (case_id, seq, number, date_filed, date_entered, description, refs_json, attachments_json, doc_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const e of merged) insert.run(caseId, e.seq, e.number, e.dateFiled, e.dateEntered, e.description, JSON.stringify(e.refs), JSON.stringify(e.attachments), docId);
    }
    return caseId;
  }

  private entryRows(caseId: number): EntryRow[] {
    const rows = this.db
      .prepare(`SELECT number, date_filed, date_entered, description, refs_json, attachments_json, seq FROM docket_entries WHERE case_id = ? ORDER BY seq`)
      .all(caseId) as StoredEntry[];
    return rows.map(entryRowOf);
  }

  /** Everything {@link assembleCase} needs of one case. */
  private caseRows(caseId: number): (CaseRows & { caseId: number }) | null {
    const db = this.db;
    const c = db.prepare(`SELECT court, number, title, judge, date_filed, date_terminated, parties_json FROM cases WHERE id = ?`).get(caseId) as StoredCase | undefined;
    if (!c) return null;
    const docs = db.prepare(`SELECT id, path, kind, title, date, judge, stamp_json FROM documents WHERE case_id = ? ORDER BY id`).all(caseId) as StoredCaseDocument[];
    const partiesOf = db.prepare(`SELECT name, role FROM parties WHERE doc_id = ? ORDER BY idx`);
    const row = withDocumentFields(caseRowOf(c), docs, (docId) => partiesOf.all(docId) as { name: string; role: string }[]);
    const rulings = (
      db
        .prepare(
          `SELECT r.doc_id, r.disposition, r.request, r.docket_json, r.docket_entry, r.recommended FROM rulings r JOIN documents d ON d.id = r.doc_id WHERE d.case_id = ? ORDER BY r.doc_id, r.idx`,
        )
        .all(caseId) as StoredRuling[]
    ).map(rulingRowOf);
    const recordCites = (
      db
        .prepare(`SELECT c.doc_id, c.idx, c.text, c.fields_json FROM citations c JOIN documents d ON d.id = c.doc_id WHERE d.case_id = ? AND c.kind = 'record' ORDER BY c.doc_id, c.idx`)
        .all(caseId) as StoredRecordCite[]
    ).map(recordCiteRowOf);
    return { caseId, case: row, entries: this.entryRows(caseId), documents: docs.map(documentRowOf), rulings, recordCites };
  }

  /** Recomputes what is kept of a case's links: each document's entry, and the case's counts. */
  private refreshCase(caseId: number): void {
    const rows = this.caseRows(caseId);
    if (!rows) return;
    const detail = assembleCase(rows);
    const link = this.db.prepare(`UPDATE documents SET entry_number = ?, entry_attachment = ? WHERE id = ?`);
    for (const d of detail.documents) link.run(d.entry, d.attachment, d.id);
    this.db
      .prepare(
        `UPDATE cases SET documents = ?, entries = ?, pending_motions = ?, title = coalesce(title, ?), judge = coalesce(judge, ?),
           parties_json = CASE WHEN parties_json = '[]' THEN ? ELSE parties_json END WHERE id = ?`,
      )
      .run(detail.documents.length, detail.entries.length, detail.pendingMotions.length, detail.title, detail.judge, JSON.stringify(detail.parties), caseId);
  }

  /** Files every stored document under its case; for stores written before cases existed. */
  groupCases(): void {
    this.guard(() =>
      this.db
        .transaction(() => {
          const touched = new Set<number>();
          const docs = this.db.prepare(`SELECT id, stamp_json, reading_json FROM documents WHERE case_id IS NULL ORDER BY id`).all() as { id: number; stamp_json: string | null; reading_json: string }[];
          for (const d of docs) {
            const reading = JSON.parse(d.reading_json) as Pick<Reading, "stamp" | "caption" | "docket">;
            const id = this.joinCase(d.id, reading);
            if (id !== null) touched.add(id);
          }
          for (const id of touched) this.refreshCase(id);
        })
        .immediate(),
    );
  }

  async case(court: string | null, number: string): Promise<CaseDetail | null> {
    return this.guard(() => {
      const key = caseKey(number);
      if (!key) return null;
      const wanted = court && court !== "-" ? court.toLowerCase() : "";
      const candidates = this.caseCandidates(key);
      const at = chooseCase({ court: wanted, number: key }, candidates);
      if (at < 0) return null;
      const rows = this.caseRows(candidates[at].id);
      return rows ? assembleCase(rows) : null;
    });
  }

  async countCases(options: CasesOptions = {}): Promise<number> {
    return this.guard(() => {
      const { where, params } = caseFilters(options);
      return this.db.prepare(`SELECT count(*) FROM cases c ${where.length ? "WHERE " + where.join(" AND ") : ""}`).pluck().get(...params) as number;
    });
  }

  async documents(options: DocumentsOptions = {}): Promise<Page<DocumentSummary>> {
    return this.guard(() => {
      const { where, params } = documentFilters(options);
      const cond = where.length ? "WHERE " + where.join(" AND ") : "";
      const limit = clamp(options.limit ?? 20, 1, 1000);
      const offset = clamp(options.offset ?? 0, 0, 1_000_000);
      const count = this.db.prepare(`SELECT count(*) FROM documents d ${cond}`).pluck().get(...params) as number;
      const rows = this.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM documents d ${cond} ORDER BY d.id DESC LIMIT ? OFFSET ?`).all(...params, limit, offset) as DocRow[];
      return { count, results: rows.map(summary) };
    });
  }

  async deleteDocument(id: number): Promise<boolean> {
    return this.guard(() =>
      this.db
        .transaction((): boolean => {
          const db = this.db;
          const row = db.prepare(`SELECT case_id FROM documents WHERE id = ?`).get(id) as { case_id: number | null } | undefined;
          if (!row) return false;
          const cited = db.prepare(`SELECT authority_id AS id, count(*) AS n FROM citations WHERE doc_id = ? AND authority_id IS NOT NULL GROUP BY authority_id`).all(id) as { id: number; n: number }[];
          const less = db.prepare(`UPDATE authority_counts SET citations = citations - ?, documents = documents - 1 WHERE authority_id = ?`);
          for (const a of cited) less.run(a.n, a.id);
          db.prepare(`DELETE FROM authority_counts WHERE documents <= 0`).run();
          // The document's own cite, kept as a case `check` can find (cluster id -docId).
          db.prepare(`DELETE FROM authority_cites WHERE cluster_id = ?`).run(-id);
          db.prepare(`DELETE FROM authority_names WHERE cluster_id = ?`).run(-id);
          db.prepare(`DELETE FROM authority_clusters WHERE id = ?`).run(-id);
          // Said here, not left to ON DELETE CASCADE: a connection may have foreign keys off.
          for (const table of ["parties", "citations", "rulings", "events", "findings"]) db.prepare(`DELETE FROM ${table} WHERE doc_id = ?`).run(id);
          db.prepare(`UPDATE docket_entries SET doc_id = NULL WHERE doc_id = ?`).run(id);
          db.prepare(`DELETE FROM documents WHERE id = ?`).run(id);
          // An authority no stored document cites any more is no longer one.
          // Its aliases (every cite it was known by) go with it.
          const unused = db.prepare(`SELECT NOT EXISTS (SELECT 1 FROM citations WHERE authority_id = ?)`).pluck();
          const aliases = db.prepare(`DELETE FROM authority_aliases WHERE authority_id = ?`);
          const orphan = db.prepare(`DELETE FROM authorities WHERE id = ?`);
          for (const a of cited) {
            if (!unused.get(a.id)) continue;
            aliases.run(a.id);
            orphan.run(a.id);
          }
          if (row.case_id !== null) {
            const left = db.prepare(`SELECT count(*) FROM documents WHERE case_id = ?`).pluck().get(row.case_id) as number;
            if (left === 0) db.prepare(`DELETE FROM cases WHERE id = ?`).run(row.case_id);
            else this.refreshCase(row.case_id);
          }
          return true;
        })
        .immediate(),
    );
  }

  async cases(options: CasesOptions = {}): Promise<CaseSummary[]> {
    return this.guard(() => {
      const { where, params } = caseFilters(options);
      const limit = clamp(options.limit ?? 100, 1, 1000);
      const offset = clamp(options.offset ?? 0, 0, 1_000_000);
      const rows = this.db
        .prepare(
          `SELECT c.id, c.court, c.number, c.title, c.judge, c.date_filed, c.date_terminated, c.documents, c.entries, c.pending_motions FROM cases c
           ${where.length ? "WHERE " + where.join(" AND ") : ""} ORDER BY c.court, c.number LIMIT ? OFFSET ?`,
        )
        .all(...params, limit, offset) as {
        court: string;
        number: string;
        title: string | null;
        judge: string | null;
        date_filed: string | null;
        date_terminated: string | null;
        documents: number;
        entries: number;
        pending_motions: number;
      }[];
      return rows.map((r) => ({
        id: caseId(r.court, r.number),
        court: r.court || null,
        caseNumber: r.number,
        title: r.title,
        judge: r.judge,
        dateFiled: r.date_filed,
        dateTerminated: r.date_terminated,
        documents: r.documents,
        entries: r.entries,
        pendingMotions: r.pending_motions,
      }));
    });
  }

  async stats(): Promise<StoreStats> {
    return this.guard(() => {
      const count = (table: string) => this.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
      return { documents: count("documents"), citations: count("citations"), authorities: count("authorities") };
    });
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

export function clamp(n: number, lo: number, hi: number): number {
  if (!Number.isFinite(n)) return lo;
  return Math.min(hi, Math.max(lo, Math.trunc(n)));
}

/** The citation core, loaded on first use so the store opens even where it is not needed. */
export async function loadCitationParser(): Promise<ParseCitations> {
  const core = await import("../cite/index.js");
  return (text: string) => core.findCitations(text, { emphasis: [] });
}

/** The court and judge filters every query over documents shares, as SQL on alias `d`. */
function caseFilters(options: CasesOptions): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (options.court) {
    where.push(`c.court = ?`);
    params.push(options.court.toLowerCase());
  }
  if (options.judge) {
    where.push(`c.judge LIKE ? ESCAPE '\\'`);
    params.push(likePattern(options.judge));
  }
  if (options.pending) where.push(`c.pending_motions > 0`);
  return { where, params };
}

function documentFilters(options: { court?: string; judge?: string }): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (options.court) {
    where.push(`d.court = ?`);
    params.push(options.court.toLowerCase());
  }
  if (options.judge) {
    where.push(`d.judge LIKE ? ESCAPE '\\'`);
    params.push(likePattern(options.judge));
  }
  return { where, params };
}
