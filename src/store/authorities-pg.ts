/**
 * The authority database on PostgreSQL: the same tables and answers as the SQLite store's
 * (`authorities.ts`), for `check`, `authorities load` and the citation lookup on a
 * `postgres://` store. Bulk rows are gathered in batches and written with one `unnest`
 * statement per table, so a batch of 20,000 rows costs a handful of round trips.
 */
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { parse } from "csv-parse";
import type pg from "pg";
import { nameKeys } from "../check/names.js";
import type { OwnCites } from "../check/own-cites.js";
import type { AuthorityIndex, Coverage, KnownCase, KnownCite } from "../check/types.js";
import { CasefileError, EXIT } from "../model/errors.js";
import { type ClusterRow, knownCaseOf, pageNumber } from "./authorities.js";
import { type AuthoritySink, type BulkKind, bulkFiles, type LoadedFile, type LoadOptions, type LoadSummary, NEEDED, openBytes, type Row, rowHandler } from "./courtlistener.js";

/** Longest name kept for a case, as in the SQLite store. */
const MAX_NAME = 400;

/** A pool or one checked-out client: both answer `query`. */
type Queryable = Pick<pg.Pool, "query"> | Pick<pg.PoolClient, "query">;

/**
 * `AuthorityIndex` over the PostgreSQL store's authority tables.
 *
 * @example const index = new PgAuthorityIndex(store.pool); await index.casesAt("F.3d", 219, "674");
 */
export class PgAuthorityIndex implements AuthorityIndex {
  private reporters = new Map<string, number | null>();

  constructor(readonly db: Queryable) {}

  private async reporterId(name: string): Promise<number | null> {
    if (!this.reporters.has(name)) {
      const r = await this.db.query<{ id: number }>(`SELECT id FROM authority_reporters WHERE name = $1`, [name]);
      this.reporters.set(name, r.rows[0]?.id ?? null);
    }
    return this.reporters.get(name) ?? null;
  }

  /** Cases by id, with their cites, in the order given; a cite whose cluster was never loaded gives a nameless case. */
  private async knownCases(ids: readonly number[]): Promise<KnownCase[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.query<ClusterRow>(`SELECT id, case_name, case_name_short, date_filed, docket_id, court_id, slug FROM authority_clusters WHERE id = ANY($1::bigint[])`, [ids]);
    const cites = await this.db.query<KnownCite & { cluster_id: string }>(
      `SELECT c.cluster_id, r.name AS reporter, c.volume, c.page FROM authority_cites c JOIN authority_reporters r ON r.id = c.reporter_id
       WHERE c.cluster_id = ANY($1::bigint[]) ORDER BY r.id, c.volume, c.page_no`,
      [ids],
    );
    const byId = new Map(rows.rows.map((r) => [Number(r.id), r]));
    const citesOf = new Map<number, KnownCite[]>();
    for (const c of cites.rows) {
      const list = citesOf.get(Number(c.cluster_id)) ?? [];
      list.push({ volume: c.volume, reporter: c.reporter, page: c.page });
      citesOf.set(Number(c.cluster_id), list);
    }
    return ids.map((id) => knownCaseOf(id, byId.get(id), citesOf.get(id) ?? []));
  }

  async casesAt(reporter: string, volume: number, page: string): Promise<KnownCase[]> {
    const rid = await this.reporterId(reporter);
    if (rid === null) return [];
    const r = await this.db.query<{ cluster_id: string }>(
      `SELECT cluster_id FROM authority_cites WHERE reporter_id = $1 AND volume = $2 AND page_no = $3 AND page = $4 ORDER BY cluster_id`,
      [rid, volume, pageNumber(page), page],
    );
    return this.knownCases(r.rows.map((x) => Number(x.cluster_id)));
  }

  async coverage(reporter: string, volume: number): Promise<Coverage> {
    const rid = await this.reporterId(reporter);
    if (rid === null) return "none";
    const r = await this.db.query(`SELECT 1 FROM authority_cites WHERE reporter_id = $1 AND volume = $2 LIMIT 1`, [rid, volume]);
    return r.rowCount ? "volume" : "reporter";
  }

  async nextCaseStart(reporter: string, volume: number, page: number): Promise<number | null> {
    const rid = await this.reporterId(reporter);
    if (rid === null) return null;
    const r = await this.db.query<{ page_no: number }>(
      `SELECT page_no FROM authority_cites WHERE reporter_id = $1 AND volume = $2 AND page_no > $3 ORDER BY page_no LIMIT 1`,
      [rid, volume, page],
    );
    return r.rows[0]?.page_no ?? null;
  }

  async casesNamed(keys: readonly string[], limit: number, accept?: (caseName: string | null, caseNameShort: string | null) => boolean): Promise<KnownCase[]> {
    const ids = new Set<number>();
    for (const key of keys) {
      const r = await this.db.query<{ id: string; case_name: string | null; case_name_short: string | null }>(
        `SELECT n.cluster_id AS id, c.case_name, c.case_name_short FROM authority_names n LEFT JOIN authority_clusters c ON c.id = n.cluster_id
         WHERE n.word >= $1 AND n.word < $2 ORDER BY n.word, n.cluster_id LIMIT $3`,
        [key, key + "\uffff", limit],
      );
      for (const row of r.rows) if (!accept || accept(row.case_name, row.case_name_short)) ids.add(Number(row.id));
    }
    return this.knownCases([...ids]);
  }
}

interface CaseInput {
  id: number;
  caseName: string | null;
  caseNameShort: string | null;
  dateFiled: string | null;
  docketId: number | null;
  court?: string | null;
  slug?: string | null;
  source?: string;
}

/**
 * Bulk rows gathered for one write: the `AuthoritySink` the bulk file's row handler fills,
 * flushed into the tables by `flush` inside the caller's transaction.
 *
 * @example const b = new PgAuthorityBatch(); b.addCite("F.3d", 219, "674", 7); await b.flush(client);
 */
export class PgAuthorityBatch implements AuthoritySink {
  private cites: { reporter: string; volume: number; pageNo: number; page: string; cluster: number }[] = [];
  private cases = new Map<number, CaseInput>();
  private dockets = new Map<number, string>();
  private courts = new Map<string, (string | null)[]>();
  private keepDockets = false;
  private readonly reporterIds = new Map<string, number>();

  addCite(reporter: string, volume: number, page: string, clusterId: number): void {
    this.cites.push({ reporter, volume, pageNo: pageNumber(page), page, cluster: clusterId });
  }

  // A later row of the same case in one batch wins, as a second upsert would.
  addCase(c: CaseInput): void {
    this.cases.set(c.id, c);
  }

  addDocket(id: number, court: string | null, keepUnclaimed: boolean): void {
    if (!court) return;
    this.dockets.set(id, court);
    if (keepUnclaimed) this.keepDockets = true;
  }

  addCourt(id: string, shortName: string | null, fullName: string | null, citationString: string | null, jurisdiction: string | null): void {
    this.courts.set(id, [shortName, fullName, citationString, jurisdiction]);
  }

  /** Writes what was gathered and empties the batch. */
  async flush(db: Queryable): Promise<void> {
    if (this.courts.size) {
      const ids = [...this.courts.keys()];
      const col = (i: number) => ids.map((id) => this.courts.get(id)![i]);
      await db.query(
        `INSERT INTO authority_courts (id, short_name, full_name, citation_string, jurisdiction)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
         ON CONFLICT (id) DO UPDATE SET short_name = excluded.short_name, full_name = excluded.full_name, citation_string = excluded.citation_string, jurisdiction = excluded.jurisdiction`,
        [ids, col(0), col(1), col(2), col(3)],
      );
    }
    if (this.cases.size) await this.flushCases(db);
    if (this.dockets.size) {
      const ids = [...this.dockets.keys()];
      const courts = ids.map((id) => this.dockets.get(id)!);
      await db.query(`UPDATE authority_clusters c SET court_id = u.court FROM unnest($1::bigint[], $2::text[]) AS u(id, court) WHERE c.docket_id = u.id`, [ids, courts]);
      // Dockets read before any cluster are kept, to give their court to clusters loaded later.
      if (this.keepDockets) {
        await db.query(
          `INSERT INTO authority_dockets (id, court_id) SELECT * FROM unnest($1::bigint[], $2::text[]) ON CONFLICT (id) DO UPDATE SET court_id = excluded.court_id`,
          [ids, courts],
        );
      }
    }
    if (this.cites.length) await this.flushCites(db);
    this.cites = [];
    this.cases = new Map();
    this.dockets = new Map();
    this.courts = new Map();
    this.keepDockets = false;
  }

  private async flushCases(db: Queryable): Promise<void> {
    const cases = [...this.cases.values()];
    const names = cases.map((c) => (c.caseName ? c.caseName.slice(0, MAX_NAME) : null));
    await db.query(
      `INSERT INTO authority_clusters (id, case_name, case_name_short, date_filed, docket_id, court_id, slug, source)
       SELECT u.id, u.case_name, u.case_name_short, u.date_filed, u.docket_id, coalesce(u.court_id, d.court_id), u.slug, u.source
       FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::bigint[], $6::text[], $7::text[], $8::text[])
         AS u(id, case_name, case_name_short, date_filed, docket_id, court_id, slug, source)
       LEFT JOIN authority_dockets d ON d.id = u.docket_id
       ON CONFLICT (id) DO UPDATE SET case_name = excluded.case_name, case_name_short = excluded.case_name_short, date_filed = excluded.date_filed,
         docket_id = excluded.docket_id, court_id = coalesce(excluded.court_id, authority_clusters.court_id), slug = excluded.slug, source = excluded.source`,
      [
        cases.map((c) => c.id),
        names,
        cases.map((c) => c.caseNameShort),
        cases.map((c) => c.dateFiled),
        cases.map((c) => c.docketId),
        cases.map((c) => c.court ?? null),
        cases.map((c) => c.slug ?? null),
        cases.map((c) => c.source ?? "courtlistener"),
      ],
    );
    const words: string[] = [];
    const owners: number[] = [];
    cases.forEach((c, i) => {
      for (const name of [names[i], c.caseNameShort]) {
        if (!name) continue;
        for (const k of nameKeys(name)) {
          words.push(k);
          owners.push(c.id);
        }
      }
    });
    if (words.length) {
      await db.query(`INSERT INTO authority_names (word, cluster_id) SELECT * FROM unnest($1::text[], $2::bigint[]) ON CONFLICT DO NOTHING`, [words, owners]);
    }
  }

  private async flushCites(db: Queryable): Promise<void> {
    const unknown = [...new Set(this.cites.map((c) => c.reporter))].filter((r) => !this.reporterIds.has(r));
    if (unknown.length) {
      await db.query(`INSERT INTO authority_reporters (name) SELECT unnest($1::text[]) ON CONFLICT (name) DO NOTHING`, [unknown]);
      const r = await db.query<{ id: number; name: string }>(`SELECT id, name FROM authority_reporters WHERE name = ANY($1::text[])`, [unknown]);
      for (const row of r.rows) this.reporterIds.set(row.name, row.id);
    }
    const c = this.cites;
    await db.query(
      `INSERT INTO authority_cites (reporter_id, volume, page_no, page, cluster_id)
       SELECT * FROM unnest($1::integer[], $2::integer[], $3::integer[], $4::text[], $5::bigint[]) ON CONFLICT DO NOTHING`,
      [c.map((x) => this.reporterIds.get(x.reporter)!), c.map((x) => x.volume), c.map((x) => x.pageNo), c.map((x) => x.page), c.map((x) => x.cluster)],
    );
  }
}

/**
 * Adds an ingested opinion's own cites and name as a case of the authority database,
 * under the negative of its document id, as the SQLite store does.
 *
 * @example await addDocumentCasePg(client, 12, ownCites(reading))
 */
export async function addDocumentCasePg(db: Queryable, docId: number, own: OwnCites): Promise<void> {
  const b = new PgAuthorityBatch();
  const id = -docId;
  b.addCase({ id, caseName: own.caseName, caseNameShort: null, dateFiled: own.dateFiled, docketId: null, court: own.court, source: "document" });
  for (const c of own.cites) if (/^\d{1,5}$/.test(c.volume)) b.addCite(c.reporter, Number(c.volume), c.page, id);
  await b.flush(db);
}

interface LoadRow {
  kind: string;
  size: string;
  mtime_ms: string;
  rows: string;
  done: boolean;
}

/**
 * Loads CourtListener bulk files into the PostgreSQL authority tables; re-running skips
 * finished files and resumes an unfinished one after its last committed batch.
 *
 * @example await loadCourtListenerPg(store.pool, ["bulk/"], { onEvent: (e) => console.error(e) })
 */
export async function loadCourtListenerPg(pool: pg.Pool, paths: readonly string[], options: LoadOptions = {}): Promise<LoadSummary> {
  const files = await bulkFiles(paths);
  const started = performance.now();
  const summary: LoadSummary = { files: [], rows: 0, seconds: 0 };
  const batch = new PgAuthorityBatch();
  for (const f of files) {
    const loaded = await loadFilePg(pool, batch, f.path, f.kind, options);
    summary.files.push(loaded);
    summary.rows += loaded.rows;
    if (loaded.status === "stopped") break;
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

async function loadFilePg(pool: pg.Pool, batch: PgAuthorityBatch, path: string, kind: BulkKind, options: LoadOptions): Promise<LoadedFile> {
  const t0 = performance.now();
  const info = await stat(path);
  const size = info.size;
  const mtime = Math.trunc(info.mtimeMs);
  const batchSize = options.batch ?? 20_000;
  const previous = (await pool.query<LoadRow>(`SELECT kind, size, mtime_ms, rows, done FROM authority_loads WHERE file = $1`, [path])).rows[0];
  const same = previous && Number(previous.size) === size && Number(previous.mtime_ms) === mtime;
  if (same && previous.done) {
    options.onEvent?.({ type: "skipped", path, kind, rows: Number(previous.rows) });
    return { path, kind, rows: 0, seconds: 0, status: "already-loaded" };
  }
  // A file is resumed by passing over the rows its committed batches held.
  const resumed = same ? Number(previous.rows) : 0;
  let skip = resumed;
  let rows = resumed;
  options.onEvent?.({ type: "start", path, kind, rows, resumedAt: resumed || undefined });
  const keepUnclaimed = kind === "dockets" && (await pool.query(`SELECT 1 FROM authority_clusters WHERE source = 'courtlistener' LIMIT 1`)).rowCount === 0;
  const handle = rowHandler(kind, batch, keepUnclaimed);

  let pending = 0;
  const commit = async (done: boolean) => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await batch.flush(client);
      await client.query(
        `INSERT INTO authority_loads (file, kind, size, mtime_ms, rows, done, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (file) DO UPDATE SET kind = excluded.kind, size = excluded.size, mtime_ms = excluded.mtime_ms, rows = excluded.rows, done = excluded.done, updated_at = excluded.updated_at`,
        [path, kind, size, mtime, rows, done, new Date().toISOString()],
      );
      await client.query("COMMIT");
    } catch (err) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
    pending = 0;
  };

  const source = openBytes(path, 0);
  const parser = parse({ escape: "\\", quote: '"' });
  let columns: number[] | null = null;
  let stopped = false;
  try {
    // Async iteration pauses the parse while a batch is written.
    for await (const record of source.stream.pipe(parser) as AsyncIterable<Row>) {
      if (!columns) {
        const names = record.map((v) => (v ?? "").trim().toLowerCase());
        columns = NEEDED[kind].map((n) => names.indexOf(n));
        const missing = NEEDED[kind].filter((_, i) => columns![i] < 0);
        if (missing.length) throw new CasefileError("load.bad-header", `${basename(path)} has no column ${missing.join(", ")}: is it a CourtListener ${kind} file?`, EXIT.DATA, 422);
        continue;
      }
      if (skip > 0) {
        skip--;
        continue;
      }
      rows++;
      pending++;
      handle(record, columns);
      if (pending >= batchSize) {
        await commit(false);
        options.onEvent?.({ type: "progress", path, kind, rows });
      }
      if (options.stopAfter !== undefined && rows >= options.stopAfter) {
        stopped = true;
        break;
      }
    }
    await commit(!stopped);
  } catch (err) {
    if (err instanceof CasefileError) throw err;
    const e = err as { code?: string; message?: string; lines?: number };
    if (typeof e.code === "string" && e.code.startsWith("CSV_")) {
      throw new CasefileError("load.bad-csv", `${basename(path)}: not PostgreSQL CSV near line ${e.lines ?? "?"}: ${e.message}`, EXIT.DATA, 422);
    }
    throw err;
  } finally {
    if (stopped || !source.stream.readableEnded) source.stream.destroy();
  }
  if (!stopped) await source.done;
  options.onEvent?.({ type: "done", path, kind, rows });
  return { path, kind, rows: rows - resumed, seconds: (performance.now() - t0) / 1000, status: stopped ? "stopped" : resumed ? "resumed" : "loaded" };
}
