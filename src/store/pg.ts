/**
 * The store on PostgreSQL (client: `pg`), for many writers on many machines: the same
 * tables and answers as the SQLite store, with full text on a `tsvector` column behind a
 * GIN index, queried with `websearch_to_tsquery`. Every document goes in inside one
 * transaction; concurrent writers take row locks in key order and a deadlock is retried.
 */
import pg from "pg";
import { CasefileError, EXIT } from "../model/errors.js";
import type { Reading } from "../model/types.js";
import { ownCites } from "../check/own-cites.js";
import { addDocumentCasePg } from "./authorities-pg.js";
import { authorityOf } from "./authority-key.js";
import { broadRange, byRank, looksLikeName, nameWords, probeWord, rankByName } from "./graph.js";
import { fileAuthoritiesPg, recountAuthoritiesPg } from "./pg-graph.js";
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
import { parseSearch, type SearchTerm } from "./fts-query.js";
import { PG_MIGRATIONS, migratePg, pgSchemaVersion } from "./pg-migrations.js";
import {
  AUTHORITY_KEY,
  LEADING_PAGE,
  MARK_CLOSE,
  MARK_OPEN,
  MAX_ALTERNATIVES,
  MAX_CITING_DOCUMENTS,
  RULING_COLUMNS,
  SUMMARY_COLUMNS,
  clamp,
  rulingRow,
  type RulingDbRow,
  likePattern,
  loadCitationParser,
  passageSnippet,
  splitMarks,
  summary,
  type DocRow,
  type ParseCitations,
} from "./sqlite.js";
import type {
  DocumentsOptions,
  DocumentSummary,
  Page,
  AuthoritiesOptions,
  AuthorityCount,
  AuthorityDetail,
  CaseDetail,
  CasesOptions,
  CaseSummary,
  CitedByOptions,
  CitedByResult,
  CitingDocument,
  DocumentSource,
  Passage,
  PutResult,
  RulingCount,
  RulingList,
  RulingStats,
  RulingStatsOptions,
  RulingsOptions,
  SearchHit,
  SearchOptions,
  SearchResult,
  Store,
  StoredDocument,
  StoreOverview,
  StoreStats,
} from "./types.js";

// A PostgreSQL connection URL: "postgres://user@host:5432/db", "postgresql://…".
const PG_URL = /^postgres(?:ql)?:\/\//i;

/** Whether a `--db` value names a PostgreSQL server rather than an SQLite file. @example isPostgresUrl("postgres://127.0.0.1/casefile") // → true */
export function isPostgresUrl(db: string): boolean {
  return PG_URL.test(db);
}

/** The URL without its password, for messages. @example redactUrl("postgres://u:secret@h/db") // → "postgres://u@h/db" */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    u.password = "";
    return u.toString().replace(/^(postgres(?:ql)?:\/\/[^@/]*):@/i, "$1@");
  } catch {
    return "postgres://…";
  }
}

export interface PgStoreOptions {
  /** Create the schema when missing (writers); otherwise a database without it is an error. */
  create?: boolean;
  /** Only read: never migrate. */
  readOnly?: boolean;
  /** Connections this process may hold. */
  maxConnections?: number;
  parseCitations?: ParseCitations;
}

const NETWORK_CODES = /^(?:ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EAI_AGAIN|EPIPE)$/;

/** Maps the server's and the network's failures to one clear line. @example throw pgError(err, url) */
export function pgError(err: unknown, url: string): unknown {
  if (err instanceof CasefileError) return err;
  const code = (err as { code?: string })?.code ?? "";
  const where = redactUrl(url);
  const text = err instanceof Error ? err.message.split("\n")[0] : String(err);
  if (NETWORK_CODES.test(code) || /Connection terminated|timeout expired/i.test(text) || code === "57P01" || code === "57P03") {
    return new CasefileError("store.unreachable", `cannot reach PostgreSQL at ${where}: ${code || text}`, EXIT.IO, 503);
  }
  if (code === "3D000") return new CasefileError("store.not-found", `no such PostgreSQL database: ${where}`, EXIT.NO_INPUT, 404);
  if (code === "28P01" || code === "28000") return new CasefileError("store.auth", `PostgreSQL refused the login for ${where}: ${text}`, EXIT.IO, 503);
  if (code === "42P01") return new CasefileError("store.not-casefile", `${where} has no casefile tables (create them with \`casefile ingest\` or \`casefile worker\`)`, EXIT.DATA, 500);
  if (code === "53300") return new CasefileError("store.busy", `PostgreSQL at ${where} has no free connections: ${text}`, EXIT.IO, 503);
  return err;
}

// Deadlock and serialization failures: the transaction did nothing and can run again.
const RETRYABLE = new Set(["40P01", "40001"]);

/** Control characters PostgreSQL refuses in text (NUL), replaced one for one so offsets hold. */
const NUL = /\u0000/g;
const clean = (s: string): string => s.replace(NUL, "\uFFFD");
// What a search query may hold: no control characters, at most 2000 characters.
const CONTROL = /[\u0000-\u001f\u007f]/g;

const HEADLINE = `StartSel=${MARK_OPEN}, StopSel=${MARK_CLOSE}, MaxWords=35, MinWords=15, ShortWord=2, MaxFragments=1, FragmentDelimiter=" … "`;
// ts_headline parses the whole text it is given: a hit's snippet comes from its first part.
const HEADLINE_CHARS = 200_000;

/** Numbered parameters for one statement: `p(value)` returns `$1`, `$2`, … */
class Params {
  readonly values: unknown[] = [];
  p(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * PostgreSQL implementation of {@link Store}.
 *
 * @example const store = await PgStore.open("postgres://casefile@127.0.0.1:5432/casefile", { create: true });
 */
export class PgStore implements Store {
  private parser: ParseCitations | undefined;
  private closed = false;

  private constructor(
    readonly pool: pg.Pool,
    readonly url: string,
    options: PgStoreOptions,
  ) {
    this.parser = options.parseCitations;
  }

  /**
   * Connects, and creates or updates the schema unless `readOnly`.
   *
   * @example const store = await PgStore.open(process.env.CASEFILE_DB!, { readOnly: true });
   */
  static async open(url: string, options: PgStoreOptions = {}): Promise<PgStore> {
    const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 10, connectionTimeoutMillis: 15_000, application_name: "casefile" });
    // An idle connection the server drops must not crash the process.
    pool.on("error", () => undefined);
    try {
      const client = await pool.connect();
      try {
        if (options.readOnly) {
          const version = await pgSchemaVersion(client);
          if (version === 0) throw new CasefileError("store.not-casefile", `${redactUrl(url)} has no casefile tables (create them with \`casefile ingest\`)`, EXIT.DATA, 500);
          if (version < PG_MIGRATIONS[PG_MIGRATIONS.length - 1].version) {
            throw new CasefileError("store.outdated", `${redactUrl(url)} was written by an older casefile; run \`casefile ingest\` once to update it`, EXIT.DATA, 500);
          }
        } else {
          const applied = await migratePg(client);
          // Documents stored before cases existed are filed under theirs once.
          if (applied.includes(2)) await groupCases(client);
        }
      } finally {
        client.release();
      }
    } catch (err) {
      await pool.end().catch(() => undefined);
      throw pgError(err, url);
    }
    return new PgStore(pool, url, options);
  }

  private async q<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> {
    try {
      return (await this.pool.query<R>(text, values)).rows;
    } catch (err) {
      throw pgError(err, this.url);
    }
  }

  /** Runs `fn` in one transaction, again when the server chose it as a deadlock's victim. */
  async transaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      let client: pg.PoolClient;
      try {
        client = await this.pool.connect();
      } catch (err) {
        throw pgError(err, this.url);
      }
      try {
        await client.query("BEGIN");
        const result = await fn(client);
        await client.query("COMMIT");
        return result;
      } catch (err) {
        await client.query("ROLLBACK").catch(() => undefined);
        const code = (err as { code?: string })?.code ?? "";
        if (!RETRYABLE.has(code) || attempt >= 8) throw pgError(err, this.url);
        await new Promise((r) => setTimeout(r, 5 * attempt + Math.random() * 20));
      } finally {
        client.release();
      }
    }
  }

  async has(sha256: string): Promise<boolean> {
    return (await this.q(`SELECT 1 FROM documents WHERE sha256 = $1`, [sha256])).length > 0;
  }

  async hashes(): Promise<Set<string>> {
    return new Set((await this.q<{ sha256: string }>(`SELECT sha256 FROM documents`)).map((r) => r.sha256));
  }

  async put(reading: Reading): Promise<PutResult> {
    const sha = reading.source?.sha256;
    if (!sha) throw new CasefileError("store.no-hash", "reading has no source.sha256; cannot store it", EXIT.SOFTWARE, 500);
    return this.transaction((client) => putIn(client, reading, sha));
  }

  async document(id: number): Promise<StoredDocument | null> {
    const [row] = await this.q<DocRow & { text: string; reading_json: string }>(`SELECT ${SUMMARY_COLUMNS}, d.text, d.reading_json FROM documents d WHERE d.id = $1`, [id]);
    if (!row) return null;
    const reading = { ...(JSON.parse(row.reading_json) as Omit<Reading, "text">), text: row.text } as Reading;
    const byIdx = new Map((await this.q<{ idx: number; authority_id: number | null }>(`SELECT idx, authority_id FROM citations WHERE doc_id = $1`, [id])).map((r) => [r.idx, r.authority_id]));
    const authorityIds = (reading.citations ?? []).map((_, i) => byIdx.get(i) ?? null);
    return { ...summary(row), reading, authorityIds };
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchResult> {
    const limit = clamp(options.limit ?? 20, 1, 200);
    const offset = clamp(options.offset ?? 0, 0, 1_000_000);
    const ps = new Params();
    const parsed = parseSearch(query);
    const where = documentFilters({ court: options.court ?? parsed.court, judge: options.judge ?? parsed.judge }, ps);
    if (options.from) where.push(`d.date >= ${ps.p(options.from)}`);
    if (options.to) where.push(`d.date <= ${ps.p(options.to)}`);
    if (options.disposition) where.push(`EXISTS (SELECT 1 FROM rulings r WHERE r.doc_id = d.id AND r.disposition = ${ps.p(options.disposition)})`);
    if (parsed.groups.length === 0) {
      // No words: list what the filters select, newest first, so filters work alone.
      if (where.length === 0) return { query, total: 0, hits: [] };
      const cond = where.join(" AND ");
      const [{ n }] = await this.q<{ n: number }>(`SELECT count(*)::int AS n FROM documents d WHERE ${cond}`, ps.values);
      const rows = await this.q<DocRow & { snip: string }>(
        `SELECT ${SUMMARY_COLUMNS}, substr(d.text, 1, 240) AS snip FROM documents d WHERE ${cond} ORDER BY d.date DESC NULLS LAST, d.id DESC LIMIT ${ps.p(limit)} OFFSET ${ps.p(offset)}`,
        ps.values,
      );
      return { query, total: n, hits: rows.map((r) => ({ ...summary(r), rank: 0, snippet: r.snip.replace(/\s+/g, " "), marks: [] })) };
    }
    // The parsed query as tsquery operators over phraseto_tsquery terms: no user text is
    // ever read as tsquery syntax, so it cannot be a syntax error.
    const term = (t: SearchTerm) => tsTerm(t, ps);
    const tsq = `(${parsed.groups.map((g) => `(${[...g.all.map(term), ...g.none.map((t) => `!!${term(t)}`)].join(" && ")})`).join(" || ")})`;
    const cond = [`d.tsv @@ ${tsq}`, ...where].join(" AND ");
    const [{ n }] = await this.q<{ n: number }>(`SELECT count(*)::int AS n FROM documents d WHERE ${cond}`, ps.values);
    if (n === 0) return { query, total: 0, hits: [] };
    // Rank first, then headline the page of hits only.
    const rows = await this.q<DocRow & { score: number; headline: string }>(
      `WITH page AS (
         SELECT d.id, ts_rank_cd(d.tsv, ${tsq}, 1) AS score FROM documents d WHERE ${cond}
         ORDER BY score DESC, d.id LIMIT ${ps.p(limit)} OFFSET ${ps.p(offset)}
       )
       SELECT ${SUMMARY_COLUMNS}, page.score, ts_headline('simple', left(d.text, ${HEADLINE_CHARS}), ${tsq}, ${ps.p(HEADLINE)}) AS headline
       FROM page JOIN documents d ON d.id = page.id ORDER BY page.score DESC, d.id`,
      ps.values,
    );
    const hits: SearchHit[] = rows.map((r) => {
      const { snippet, marks } = splitMarks(r.headline.replace(/\s+/g, " "));
      // Lower is better, as with SQLite's bm25.
      return { ...summary(r), rank: -Number(r.score), snippet, marks };
    });
    return { query, total: n, hits };
  }

  async citedBy(citation: string, options: CitedByOptions = {}): Promise<CitedByResult> {
    const key = await this.keyFor(citation);
    if (!key) return this.citedByName(citation);
    const [exactRow] = await this.q<{ authority_id: number }>(`SELECT authority_id FROM authority_aliases WHERE key = $1`, [key]);
    const exact = exactRow?.authority_id;
    const ids = new Set<number>(exact === undefined ? [] : [exact]);
    const range = options.broad ? broadRange(key) : null;
    if (range) for (const r of await this.q<{ authority_id: number }>(`SELECT DISTINCT authority_id FROM authority_aliases WHERE key >= $1 AND key < $2`, range)) ids.add(r.authority_id);
    if (ids.size === 0) return { query: citation, key, authority: null, documents: [] };
    const counts = (await Promise.all([...ids].map((id) => this.countOf(id)))).filter((a): a is AuthorityCount => a !== null);
    const first = exact !== undefined ? counts.find((a) => a.id === exact)! : [...counts].sort(byRank)[0];
    const out: CitedByResult = { query: citation, key, authority: first, documents: await this.citingDocuments([...ids]) };
    if (options.broad) out.authorities = [...counts].sort(byRank);
    return out;
  }

  /** `cited-by Twombly`: the case authorities whose name holds the words, most cited first. */
  private async citedByName(query: string): Promise<CitedByResult> {
    const words = nameWords(query);
    if (!looksLikeName(query)) return { query, key: null, authority: null, documents: [] };
    const rows = await this.q<AuthorityCount & { fields_json: string }>(
      `SELECT a.id, a.key, a.kind, a.label, a.fields_json, coalesce(t.citations, 0)::int AS citations, coalesce(t.documents, 0)::int AS documents
       FROM authorities a LEFT JOIN authority_counts t ON t.authority_id = a.id WHERE a.kind = 'case' AND strpos(lower(a.label), $1) > 0`,
      [probeWord(words)],
    );
    const matches = rankByName(rows, words);
    if (matches.length === 0) return { query, key: null, authority: null, documents: [] };
    const [top, ...others] = matches;
    return { query, key: top.key, authority: top, documents: await this.citingDocuments([top.id]), matchedBy: "name", alternatives: others.slice(0, MAX_ALTERNATIVES) };
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
    if (!short) return null;
    // `673 F.2d at 1026` names no first page: take the stored case in that volume starting nearest before the pin.
    const page = Number(LEADING_PAGE.exec(short.pin!)?.[0] ?? NaN);
    if (!Number.isFinite(page)) return null;
    const prefix = `case:${short.volume}|${short.reporter}|`;
    const keys = (await this.q<{ key: string }>(`SELECT key FROM authority_aliases WHERE key >= $1 AND key < $2`, [prefix, prefix + "\uffff"])).map((r) => r.key);
    let best: { key: string; first: number } | null = null;
    for (const key of keys) {
      const first = Number(key.slice(prefix.length));
      if (Number.isFinite(first) && first <= page && (!best || first > best.first)) best = { key, first };
    }
    return best?.key ?? null;
  }

  async authority(id: number): Promise<AuthorityDetail | null> {
    const a = await this.countOf(id);
    return a ? { ...a, citedBy: await this.citingDocuments([id]) } : null;
  }

  private async countOf(id: number): Promise<AuthorityCount | null> {
    const [a] = await this.q<AuthorityCount>(
      `SELECT a.id, a.key, a.kind, a.label, count(c.id)::int AS citations, count(DISTINCT c.doc_id)::int AS documents
       FROM authorities a LEFT JOIN citations c ON c.authority_id = a.id WHERE a.id = $1 GROUP BY a.id`,
      [id],
    );
    return a ?? null;
  }

  /** The newest documents citing any of the authorities, with every passage that does. */
  private async citingDocuments(ids: readonly number[]): Promise<CitingDocument[]> {
    type Row = DocRow & { idx: number; cite_kind: Passage["kind"]; cite_text: string; start: number; stop: number; page: number | null; line: number | null; text: string };
    const rows = await this.q<Row>(
      `WITH citing AS (SELECT DISTINCT doc_id FROM citations WHERE authority_id = ANY($1::int[]) ORDER BY doc_id DESC LIMIT $2)
       SELECT ${SUMMARY_COLUMNS}, c.idx, c.kind AS cite_kind, c.text AS cite_text, c.start, c."end" AS stop, c.page, c.line,
              CASE WHEN c.idx = min(c.idx) OVER (PARTITION BY c.doc_id) THEN d.text ELSE '' END AS text
       FROM citations c JOIN documents d ON d.id = c.doc_id
       WHERE c.doc_id IN (SELECT doc_id FROM citing) AND c.authority_id = ANY($1::int[])
       ORDER BY d.date DESC NULLS LAST, d.id DESC, c.idx`,
      [[...ids], MAX_CITING_DOCUMENTS],
    );
    const docs = new Map<number, CitingDocument>();
    let text = "";
    for (const r of rows) {
      let doc = docs.get(r.id);
      if (!doc) {
        doc = { ...summary(r), passages: [] };
        docs.set(r.id, doc);
        text = r.text;
      }
      doc.passages.push({ citation: r.idx, kind: r.cite_kind, text: r.cite_text, start: r.start, end: r.stop, page: r.page, line: r.line, ...passageSnippet(text, r.start, r.stop) });
    }
    return [...docs.values()];
  }

  async authorities(options: AuthoritiesOptions = {}): Promise<AuthorityCount[]> {
    const limit = clamp(options.limit ?? 25, 1, 1000);
    const offset = clamp(options.offset ?? 0, 0, 1_000_000);
    const ps = new Params();
    if (!options.court && !options.judge) {
      const kind = options.kind ? `WHERE a.kind = ${ps.p(options.kind)}` : "";
      return this.q<AuthorityCount>(
        `SELECT a.id, a.key, a.kind, a.label, t.citations, t.documents
         FROM authority_counts t JOIN authorities a ON a.id = t.authority_id ${kind}
         ORDER BY t.documents DESC, t.citations DESC, t.authority_id LIMIT ${ps.p(limit)} OFFSET ${ps.p(offset)}`,
        ps.values,
      );
    }
    const docFilters = documentFilters(options, ps);
    const kind = options.kind ? `AND a.kind = ${ps.p(options.kind)}` : "";
    return this.q<AuthorityCount>(
      `SELECT a.id, a.key, a.kind, a.label, t.citations, t.documents
       FROM (SELECT c.authority_id, count(*)::int AS citations, count(DISTINCT c.doc_id)::int AS documents
             FROM citations c JOIN documents d ON d.id = c.doc_id
             WHERE c.authority_id IS NOT NULL ${docFilters.map((w) => "AND " + w).join(" ")}
             GROUP BY c.authority_id) t
       JOIN authorities a ON a.id = t.authority_id ${kind}
       ORDER BY t.documents DESC, t.citations DESC, a.id LIMIT ${ps.p(limit)} OFFSET ${ps.p(offset)}`,
      ps.values,
    );
  }

  async countAuthorities(options: AuthoritiesOptions = {}): Promise<number> {
    const ps = new Params();
    if (!options.court && !options.judge) {
      const kind = options.kind ? `WHERE a.kind = ${ps.p(options.kind)}` : "";
      const [{ n }] = await this.q<{ n: number }>(`SELECT count(*)::int AS n FROM authority_counts t JOIN authorities a ON a.id = t.authority_id ${kind}`, ps.values);
      return n;
    }
    const where = documentFilters(options, ps);
    if (options.kind) where.push(`a.kind = ${ps.p(options.kind)}`);
    const [{ n }] = await this.q<{ n: number }>(
      `SELECT count(DISTINCT c.authority_id)::int AS n FROM citations c JOIN documents d ON d.id = c.doc_id JOIN authorities a ON a.id = c.authority_id WHERE ${where.join(" AND ")}`,
      ps.values,
    );
    return n;
  }

  async countCases(options: CasesOptions = {}): Promise<number> {
    const ps = new Params();
    const where = caseFilters(options, ps);
    const [{ n }] = await this.q<{ n: number }>(`SELECT count(*)::int AS n FROM cases c ${where.length ? "WHERE " + where.join(" AND ") : ""}`, ps.values);
    return n;
  }

  async documents(options: DocumentsOptions = {}): Promise<Page<DocumentSummary>> {
    const ps = new Params();
    const where = documentFilters(options, ps);
    const cond = where.length ? "WHERE " + where.join(" AND ") : "";
    const limit = clamp(options.limit ?? 20, 1, 1000);
    const offset = clamp(options.offset ?? 0, 0, 1_000_000);
    const [{ n }] = await this.q<{ n: number }>(`SELECT count(*)::int AS n FROM documents d ${cond}`, ps.values);
    const rows = await this.q<DocRow>(`SELECT ${SUMMARY_COLUMNS} FROM documents d ${cond} ORDER BY d.id DESC LIMIT ${ps.p(limit)} OFFSET ${ps.p(offset)}`, ps.values);
    return { count: n, results: rows.map(summary) };
  }

  async deleteDocument(id: number): Promise<boolean> {
    return this.transaction(async (client) => {
      const found = (await client.query<{ case_id: number | null }>(`SELECT case_id FROM documents WHERE id = $1 FOR UPDATE`, [id])).rows[0];
      if (!found) return false;
      const cited = (
        await client.query<{ id: number; n: number }>(`SELECT authority_id AS id, count(*)::int AS n FROM citations WHERE doc_id = $1 AND authority_id IS NOT NULL GROUP BY authority_id ORDER BY authority_id`, [id])
      ).rows;
      if (cited.length) {
        await client.query(
          `UPDATE authority_counts t SET citations = t.citations - u.n, documents = t.documents - 1 FROM unnest($1::int[], $2::int[]) AS u(id, n) WHERE t.authority_id = u.id`,
          [cited.map((a) => a.id), cited.map((a) => a.n)],
        );
        await client.query(`DELETE FROM authority_counts WHERE authority_id = ANY($1::int[]) AND documents <= 0`, [cited.map((a) => a.id)]);
      }
      await client.query(`DELETE FROM documents WHERE id = $1`, [id]);
      // An authority no stored document cites any more is no longer one.
      if (cited.length) {
        // Its aliases (every cite it was known by) go with it.
        const orphans = (
          await client.query<{ id: number }>(
            `SELECT a.id FROM authorities a WHERE a.id = ANY($1::int[]) AND NOT EXISTS (SELECT 1 FROM citations c WHERE c.authority_id = a.id) AND NOT EXISTS (SELECT 1 FROM authority_counts t WHERE t.authority_id = a.id)`,
            [cited.map((a) => a.id)],
          )
        ).rows.map((r) => r.id);
        if (orphans.length) {
          await client.query(`DELETE FROM authority_aliases WHERE authority_id = ANY($1::int[])`, [orphans]);
          await client.query(`DELETE FROM authorities WHERE id = ANY($1::int[])`, [orphans]);
        }
      }
      if (found.case_id !== null) {
        const left = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM documents WHERE case_id = $1`, [found.case_id])).rows[0].n;
        if (left === 0) await client.query(`DELETE FROM cases WHERE id = $1`, [found.case_id]);
        else await refreshCase(client, found.case_id);
      }
      return true;
    });
  }

  async rulingStats(options: RulingStatsOptions = {}): Promise<RulingStats> {
    const ps = new Params();
    const where = documentFilters(options, ps);
    if (options.requestType) where.push(`r.request_type = ${ps.p(options.requestType)}`);
    // Decisions by default; a magistrate judge's recommendations only when asked for.
    where.push(`r.recommended = ${ps.p(Boolean(options.recommended))}`);
    const cond = "WHERE " + where.join(" AND ");
    const grouped = async (expr: string): Promise<RulingCount[]> => {
      const rows = await this.q<{ g: string; disposition: string; n: number }>(
        `SELECT ${expr} AS g, r.disposition AS disposition, count(*)::int AS n FROM rulings r JOIN documents d ON d.id = r.doc_id ${cond} GROUP BY 1, 2`,
        ps.values,
      );
      const groups = new Map<string, RulingCount>();
      for (const row of rows) {
        const g = groups.get(row.g) ?? { group: row.g, total: 0, dispositions: {} };
        g.total += row.n;
        g.dispositions[row.disposition] = (g.dispositions[row.disposition] ?? 0) + row.n;
        groups.set(row.g, g);
      }
      return [...groups.values()].sort((a, b) => b.total - a.total || a.group.localeCompare(b.group));
    };
    const byRequestType = await grouped(`coalesce(r.request_type, 'unspecified')`);
    const byJudge = await grouped(`coalesce(d.judge, 'unknown')`);
    return { total: byRequestType.reduce((n, g) => n + g.total, 0), byRequestType, byJudge };
  }

  async case(court: string | null, number: string): Promise<CaseDetail | null> {
    const key = caseKey(number);
    if (!key) return null;
    const wanted = court && court !== "-" ? court.toLowerCase() : "";
    try {
      const candidates = await caseCandidates(this.pool, key);
      const at = chooseCase({ court: wanted, number: key }, candidates);
      if (at < 0) return null;
      const rows = await caseRows(this.pool, candidates[at].id);
      return rows ? assembleCase(rows) : null;
    } catch (err) {
      throw pgError(err, this.url);
    }
  }

  async cases(options: CasesOptions = {}): Promise<CaseSummary[]> {
    const ps = new Params();
    const where = caseFilters(options, ps);
    const limit = clamp(options.limit ?? 100, 1, 1000);
    const offset = clamp(options.offset ?? 0, 0, 1_000_000);
    const rows = await this.q<{
      court: string;
      number: string;
      title: string | null;
      judge: string | null;
      date_filed: string | null;
      date_terminated: string | null;
      documents: number;
      entries: number;
      pending_motions: number;
    }>(
      `SELECT c.court, c.number, c.title, c.judge, c.date_filed, c.date_terminated, c.documents, c.entries, c.pending_motions FROM cases c
       ${where.length ? "WHERE " + where.join(" AND ") : ""} ORDER BY c.court COLLATE "C", c.number COLLATE "C" LIMIT ${ps.p(limit)} OFFSET ${ps.p(offset)}`,
      ps.values,
    );
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
  }

  /** Recomputes the kept citation counts; for loaders that write `citations` directly. */
  async rebuildCounts(): Promise<void> {
    await this.transaction(async (client) => {
      await client.query(`LOCK TABLE authority_counts IN EXCLUSIVE MODE`);
      await client.query(`DELETE FROM authority_counts`);
      await client.query(
        `INSERT INTO authority_counts (authority_id, citations, documents)
         SELECT authority_id, count(*), count(DISTINCT doc_id) FROM citations WHERE authority_id IS NOT NULL GROUP BY authority_id`,
      );
    });
  }

  async rulings(options: RulingsOptions = {}): Promise<RulingList> {
    const ps = new Params();
    const where = documentFilters(options, ps);
    if (options.requestType) where.push(`r.request_type = ${ps.p(options.requestType)}`);
    if (options.disposition) where.push(`r.disposition = ${ps.p(options.disposition)}`);
    if (options.recommended !== undefined) where.push(`r.recommended = ${ps.p(options.recommended)}`);
    const cond = where.length ? "WHERE " + where.join(" AND ") : "";
    const counts = await this.q<{ disposition: string; n: number }>(
      `SELECT r.disposition AS disposition, count(*)::int AS n FROM rulings r JOIN documents d ON d.id = r.doc_id ${cond} GROUP BY r.disposition ORDER BY n DESC, r.disposition`,
      ps.values,
    );
    const limit = clamp(options.limit ?? 50, 1, 100_000);
    const offset = clamp(options.offset ?? 0, 0, 10_000_000);
    const rows = await this.q<RulingDbRow>(
      `SELECT ${RULING_COLUMNS} FROM rulings r JOIN documents d ON d.id = r.doc_id ${cond} ORDER BY d.date DESC NULLS LAST, r.doc_id DESC, r.idx LIMIT ${ps.p(limit)} OFFSET ${ps.p(offset)}`,
      ps.values,
    );
    const dispositions: Record<string, number> = {};
    for (const c of counts) dispositions[c.disposition] = c.n;
    return { total: counts.reduce((n, c) => n + c.n, 0), dispositions, rulings: rows.map(rulingRow) };
  }

  async overview(recent = 10): Promise<StoreOverview> {
    const [counts] = await this.q<Omit<StoreOverview, "recent">>(
      `SELECT (SELECT count(*) FROM documents)::int AS documents, (SELECT count(*) FROM cases)::int AS cases, (SELECT count(*) FROM rulings)::int AS rulings, (SELECT count(*) FROM authorities)::int AS authorities`,
    );
    const rows = await this.q<DocRow>(`SELECT ${SUMMARY_COLUMNS} FROM documents d ORDER BY d.id DESC LIMIT $1`, [clamp(recent, 0, 100)]);
    return { ...counts, recent: rows.map(summary) };
  }

  async source(id: number): Promise<DocumentSource | null> {
    const [row] = await this.q<DocumentSource>(`SELECT id, path, sha256, format, pages FROM documents WHERE id = $1`, [id]);
    return row ?? null;
  }

  async stats(): Promise<StoreStats> {
    const [r] = await this.q<StoreStats>(
      `SELECT (SELECT count(*) FROM documents)::int AS documents, (SELECT count(*) FROM citations)::int AS citations, (SELECT count(*) FROM authorities)::int AS authorities`,
    );
    return r;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}

/** The court and judge filters every query over documents shares, as SQL on alias `d`. */
/**
 * One search term as a tsquery: the words as a phrase, the last one a prefix (`:*`) when
 * asked. Words are split as the \`simple\` parser splits them, then quoted as lexemes.
 */
function tsTerm(t: SearchTerm, ps: Params): string {
  const text = t.text.replace(CONTROL, " ");
  if (!t.prefix) return `phraseto_tsquery('simple', ${ps.p(text)})`;
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  const last = words.pop() ?? "";
  const lexeme = `'${last.toLowerCase().replace(/'/g, "''").replace(/\\/g, "\\\\")}':*`;
  const prefix = `to_tsquery('simple', ${ps.p(lexeme)})`;
  return words.length ? `(phraseto_tsquery('simple', ${ps.p(words.join(" "))}) <-> ${prefix})` : prefix;
}

function caseFilters(options: CasesOptions, ps: Params): string[] {
  const where: string[] = [];
  if (options.court) where.push(`c.court = ${ps.p(options.court.toLowerCase())}`);
  if (options.judge) where.push(`c.judge ILIKE ${ps.p(likePattern(options.judge))} ESCAPE '\\'`);
  if (options.pending) where.push(`c.pending_motions > 0`);
  return where;
}

function documentFilters(options: { court?: string; judge?: string }, ps: Params): string[] {
  const where: string[] = [];
  if (options.court) where.push(`d.court = ${ps.p(options.court.toLowerCase())}`);
  if (options.judge) where.push(`d.judge ILIKE ${ps.p(likePattern(options.judge))} ESCAPE '\\'`);
  return where;
}

/** Stores one reading on a client inside a transaction; the SQLite store's `putSync`, set-wise. */
async function putIn(client: pg.PoolClient, reading: Reading, sha: string): Promise<PutResult> {
  const { text, ...rest } = reading;
  const caseNumber = reading.stamp?.caseNumber ?? reading.caption?.caseNumber?.normalized ?? reading.caption?.caseNumber?.raw ?? null;
  const inserted = await client.query<{ id: number }>(
    `INSERT INTO documents (sha256, path, format, pages, court, case_number, title, date, judge, stamp_json, text, reading_json, bytes, ingested_at, kind)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) ON CONFLICT (sha256) DO NOTHING RETURNING id`,
    [
      sha,
      clean(reading.source.path),
      reading.source.format,
      reading.source.pages ?? reading.pages?.length ?? 0,
      reading.caption?.court?.id ?? null,
      caseNumber && clean(caseNumber),
      reading.caption?.title ? clean(reading.caption.title) : null,
      reading.date ?? null,
      reading.judge?.name ? clean(reading.judge.name) : null,
      reading.stamp ? JSON.stringify(reading.stamp) : null,
      clean(text ?? ""),
      JSON.stringify(rest),
      reading.source.bytes ?? null,
      new Date().toISOString(),
      reading.kind ?? null,
    ],
  );
  if (inserted.rowCount === 0) {
    const existing = await client.query<{ id: number }>(`SELECT id FROM documents WHERE sha256 = $1`, [sha]);
    return { id: existing.rows[0].id, created: false };
  }
  const docId = inserted.rows[0].id;
  // An opinion that gives its own cite ("Cite as …") is a case `check` can find.
  const own = ownCites(reading);
  if (own) await addDocumentCasePg(client, docId, own);
  const parties = reading.caption?.parties ?? [];
  if (parties.length) {
    await client.query(`INSERT INTO parties (doc_id, idx, name, role, pro_se) SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::bool[])`, [
      docId,
      parties.map((_, i) => i),
      parties.map((p) => clean(p.name)),
      parties.map((p) => p.role),
      parties.map((p) => Boolean(p.proSe)),
    ]);
  }
  // Each citation files under its authority (exact keys, parallel cites joined; graph.ts).
  const citations = reading.citations ?? [];
  const { ids: filed, recount } = await fileAuthoritiesPg(client, reading);
  if (citations.length) {
    const aids = citations.map((_, i) => filed[i] ?? null);
    const fields = citations.map((c) => {
      const { kind: _k, text: _t, start: _s, end: _e, loc: _l, ...f } = c;
      return JSON.stringify(f);
    });
    await client.query(
      `INSERT INTO citations (doc_id, idx, kind, text, start, "end", page, line, fields_json, authority_id)
       SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::int[], $6::int[], $7::int[], $8::int[], $9::text[], $10::int[])`,
      [
        docId,
        citations.map((_, i) => i),
        citations.map((c) => c.kind),
        citations.map((c) => clean(c.text)),
        citations.map((c) => c.start),
        citations.map((c) => c.end),
        citations.map((c) => c.loc?.page ?? null),
        citations.map((c) => c.loc?.line ?? null),
        fields,
        aids,
      ],
    );
    const perAuthority = new Map<number, number>();
    for (const aid of aids) if (aid !== null && !recount.has(aid)) perAuthority.set(aid, (perAuthority.get(aid) ?? 0) + 1);
    if (perAuthority.size) {
      const entries = [...perAuthority].sort((a, b) => a[0] - b[0]);
      await client.query(
        `INSERT INTO authority_counts (authority_id, citations, documents)
         SELECT aid, n, 1 FROM unnest($1::int[], $2::int[]) AS u(aid, n) ORDER BY aid
         ON CONFLICT (authority_id) DO UPDATE SET citations = authority_counts.citations + excluded.citations, documents = authority_counts.documents + 1`,
        [entries.map((e) => e[0]), entries.map((e) => e[1])],
      );
    }
    await recountAuthoritiesPg(client, recount);
  }
  const rulings = reading.rulings ?? [];
  if (rulings.length) {
    await client.query(
      `INSERT INTO rulings (doc_id, idx, disposition, request, request_type, docket_json, text, start, "end", recommended, docket_entry)
       SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[], $9::int[], $10::bool[], $11::text[])`,
      [
        docId,
        rulings.map((_, i) => i),
        rulings.map((r) => r.disposition),
        rulings.map((r) => clean(r.request ?? "")),
        rulings.map((r) => r.requestType ?? null),
        rulings.map((r) => JSON.stringify(r.motion?.docket ?? [])),
        rulings.map((r) => clean(r.text ?? "")),
        rulings.map((r) => r.start),
        rulings.map((r) => r.end),
        rulings.map((r) => Boolean(r.recommended)),
        rulings.map((r) => r.docketEntry ?? null),
      ],
    );
  }
  const events = reading.events ?? [];
  if (events.length) {
    await client.query(
      `INSERT INTO events (doc_id, idx, date, type, text, docket_json, start, "end")
       SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::int[])`,
      [
        docId,
        events.map((_, i) => i),
        events.map((e) => e.date),
        events.map((e) => e.type ?? null),
        events.map((e) => clean(e.text ?? "")),
        events.map((e) => JSON.stringify(e.docket ?? [])),
        events.map((e) => e.start),
        events.map((e) => e.end),
      ],
    );
  }
  const findings = reading.findings ?? [];
  if (findings.length) {
    await client.query(
      `INSERT INTO findings (doc_id, severity, code, message, citation, start, "end")
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::int[], $7::int[])`,
      [
        docId,
        findings.map((f) => f.severity),
        findings.map((f) => f.code),
        findings.map((f) => clean(f.message)),
        findings.map((f) => f.citation ?? null),
        findings.map((f) => f.start ?? null),
        findings.map((f) => f.end ?? null),
      ],
    );
  }
  const joined = await joinCase(client, docId, reading);
  if (joined !== null) await refreshCase(client, joined);
  return { id: docId, created: true };
}

// ---- cases: the SQLite store's, with the logic in cases.ts ------------------------------

/** The stored cases whose number is `number` with or without an office digit. */
async function caseCandidates(client: pg.PoolClient | pg.Pool, number: string): Promise<(CaseRef & { id: number })[]> {
  return (await client.query<CaseRef & { id: number }>(`SELECT id, court, number FROM cases WHERE bare_number = $1 ORDER BY id`, [bareKey(number)])).rows;
}

/** Files a stored document under its case (opening the case when new); merges a docket report's entries. Returns the case id. */
async function joinCase(client: pg.PoolClient, docId: number, reading: Pick<Reading, "stamp" | "caption" | "docket">): Promise<number | null> {
  const ref = caseRefOf(reading);
  if (!ref) return null;
  // Writers on other connections filing documents of the same number wait for each other here.
  await client.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, ["case:" + bareKey(ref.number)]);
  const candidates = await caseCandidates(client, ref.number);
  const at = chooseCase(ref, candidates);
  let id: number;
  if (at < 0) {
    id = (await client.query<{ id: number }>(`INSERT INTO cases (court, number, bare_number) VALUES ($1, $2, $3) RETURNING id`, [ref.court, ref.number, bareKey(ref.number)])).rows[0].id;
  } else {
    const found = candidates[at];
    id = found.id;
    // A court or office digit the case lacked comes from the first document that prints it.
    const court = found.court || ref.court;
    const number = found.number.includes(":") || !ref.number.includes(":") ? found.number : ref.number;
    if (court !== found.court || number !== found.number) await client.query(`UPDATE cases SET court = $1, number = $2 WHERE id = $3`, [court, number, id]);
  }
  await client.query(`UPDATE documents SET case_id = $1 WHERE id = $2`, [id, docId]);
  const docket = reading.docket;
  if (docket) {
    const f = caseFieldsOfDocket(docket);
    await client.query(
      `UPDATE cases SET title = coalesce($1, title), judge = coalesce($2, judge), date_filed = coalesce($3, date_filed),
         date_terminated = coalesce($4, date_terminated), parties_json = CASE WHEN $5::int > 0 THEN $6 ELSE parties_json END WHERE id = $7`,
      [f.title, f.judge, f.dateFiled, f.dateTerminated, f.parties.length, JSON.stringify(f.parties), id],
    );
    const merged = mergeEntries(await entryRows(client, id), docket.entries);
    await client.query(`DELETE FROM docket_entries WHERE case_id = $1`, [id]);
    if (merged.length) {
      await client.query(
        `INSERT INTO docket_entries (case_id, seq, number, date_filed, date_entered, description, refs_json, attachments_json, doc_id)
         SELECT $1, u.seq, u.number, u.date_filed, u.date_entered, u.description, u.refs, u.attachments, $2
         FROM unnest($3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[]) AS u(seq, number, date_filed, date_entered, description, refs, attachments)`,
        [
          id,
          docId,
          merged.map((e) => e.seq),
          merged.map((e) => e.number),
          merged.map((e) => e.dateFiled),
          merged.map((e) => e.dateEntered),
          merged.map((e) => clean(e.description)),
          merged.map((e) => JSON.stringify(e.refs)),
          merged.map((e) => JSON.stringify(e.attachments)),
        ],
      );
    }
  }
  return id;
}

async function entryRows(client: pg.PoolClient | pg.Pool, id: number): Promise<EntryRow[]> {
  const rows = (await client.query<StoredEntry>(`SELECT number, date_filed, date_entered, description, refs_json, attachments_json, seq FROM docket_entries WHERE case_id = $1 ORDER BY seq`, [id])).rows;
  return rows.map(entryRowOf);
}

/** Everything {@link assembleCase} needs of one case. */
async function caseRows(client: pg.PoolClient | pg.Pool, id: number): Promise<CaseRows | null> {
  const [c] = (await client.query<StoredCase>(`SELECT court, number, title, judge, date_filed, date_terminated, parties_json FROM cases WHERE id = $1`, [id])).rows;
  if (!c) return null;
  const docs = (await client.query<StoredCaseDocument>(`SELECT id, path, kind, title, date, judge, stamp_json FROM documents WHERE case_id = $1 ORDER BY id`, [id])).rows;
  let row = caseRowOf(c);
  if (row.title === null || row.judge === null || row.parties.length === 0) {
    // One query for every document's parties, rather than one per document.
    const partyRows = (await client.query<{ doc_id: number; name: string; role: string }>(`SELECT p.doc_id, p.name, p.role FROM parties p JOIN documents d ON d.id = p.doc_id WHERE d.case_id = $1 ORDER BY p.doc_id, p.idx`, [id])).rows;
    row = withDocumentFields(row, docs, (docId) => partyRows.filter((p) => p.doc_id === docId).map((p) => ({ name: p.name, role: p.role })));
  }
  const rulings = (
    await client.query<StoredRuling>(
      `SELECT r.doc_id, r.disposition, r.request, r.docket_json, r.docket_entry, r.recommended FROM rulings r JOIN documents d ON d.id = r.doc_id WHERE d.case_id = $1 ORDER BY r.doc_id, r.idx`,
      [id],
    )
  ).rows.map(rulingRowOf);
  const recordCites = (
    await client.query<StoredRecordCite>(
      `SELECT c.doc_id, c.idx, c.text, c.fields_json FROM citations c JOIN documents d ON d.id = c.doc_id WHERE d.case_id = $1 AND c.kind = 'record' ORDER BY c.doc_id, c.idx`,
      [id],
    )
  ).rows.map(recordCiteRowOf);
  return { case: row, entries: await entryRows(client, id), documents: docs.map(documentRowOf), rulings, recordCites };
}

/** Recomputes what is kept of a case's links: each document's entry, and the case's counts. */
async function refreshCase(client: pg.PoolClient, id: number): Promise<void> {
  const rows = await caseRows(client, id);
  if (!rows) return;
  const detail = assembleCase(rows);
  if (detail.documents.length) {
    await client.query(
      `UPDATE documents d SET entry_number = u.entry, entry_attachment = u.attachment FROM unnest($1::int[], $2::text[], $3::text[]) AS u(id, entry, attachment) WHERE d.id = u.id`,
      [detail.documents.map((d) => d.id), detail.documents.map((d) => d.entry), detail.documents.map((d) => d.attachment)],
    );
  }
  await client.query(
    `UPDATE cases SET documents = $1, entries = $2, pending_motions = $3, title = coalesce(title, $4), judge = coalesce(judge, $5),
       parties_json = CASE WHEN parties_json = '[]' THEN $6 ELSE parties_json END WHERE id = $7`,
    [detail.documents.length, detail.entries.length, detail.pendingMotions.length, detail.title, detail.judge, JSON.stringify(detail.parties), id],
  );
}

/** Files every stored document under its case; for databases written before cases existed. */
async function groupCases(client: pg.PoolClient): Promise<void> {
  await client.query("BEGIN");
  try {
    const touched = new Set<number>();
    const docs = (await client.query<{ id: number; reading_json: string }>(`SELECT id, reading_json FROM documents WHERE case_id IS NULL ORDER BY id`)).rows;
    for (const d of docs) {
      const id = await joinCase(client, d.id, JSON.parse(d.reading_json) as Pick<Reading, "stamp" | "caption" | "docket">);
      if (id !== null) touched.add(id);
    }
    for (const id of touched) await refreshCase(client, id);
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  }
}
