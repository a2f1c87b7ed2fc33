/**
 * The authority database in the SQLite store: what `check` asks of it (`AuthorityIndex`)
 * and the writes that fill it, from CourtListener's bulk files (`courtlistener.ts`) and
 * from ingested opinions' own cites.
 */
import type Database from "better-sqlite3";
import { nameKeys } from "../check/names.js";
import type { OwnCites } from "../check/own-cites.js";
import type { AuthorityIndex, Coverage, KnownCase, KnownCite } from "../check/types.js";

// The page number a page string starts with: "674" → 674, "1-A" → 1; none gives -1.
const LEADING_DIGITS = /^\d{1,9}/;

/** The number a page sorts by in its volume: `pageNumber("674") // 674`, `pageNumber("*1") // -1`. */
export function pageNumber(page: string): number {
  const m = LEADING_DIGITS.exec(page);
  return m ? Number(m[0]) : -1;
}

/** Longest name kept for a case; CourtListener's full names can run to paragraphs. */
const MAX_NAME = 400;

/** A row of `authority_clusters`; PostgreSQL answers its bigint columns as strings. */
export interface ClusterRow {
  id: number | string;
  case_name: string | null;
  case_name_short: string | null;
  date_filed: string | null;
  docket_id: number | string | null;
  court_id: string | null;
  slug: string | null;
}

/**
 * A case as `check` knows it, from its cluster row (none: a cite whose cluster was never
 * loaded gives a nameless case) and its cites; the same on both stores.
 *
 * @example knownCaseOf(7, undefined, []).caseName // → null
 */
export function knownCaseOf(id: number, row: ClusterRow | undefined, citations: KnownCite[]): KnownCase {
  return {
    id,
    caseName: row?.case_name ?? null,
    caseNameShort: row?.case_name_short ?? null,
    dateFiled: row?.date_filed ?? null,
    court: row?.court_id ?? null,
    docketId: row?.docket_id == null ? null : Number(row.docket_id),
    slug: row?.slug ?? null,
    citations,
  };
}

/**
 * Writes into the authority tables with prepared statements; the caller owns transactions.
 *
 * @example const w = new AuthorityWriter(db); db.transaction(() => w.addCite("F.3d", 219, "674", 2010))();
 */
export class AuthorityWriter {
  private reporters = new Map<string, number>();
  private readonly insertCite: Database.Statement;
  private readonly insertReporter: Database.Statement;
  private readonly reporterId: Database.Statement;
  private readonly upsertCluster: Database.Statement;
  private readonly courtOfDocket: Database.Statement;
  private readonly insertName: Database.Statement;
  private readonly deleteNames: Database.Statement;
  private readonly courtToClusters: Database.Statement;
  private readonly keepDocket: Database.Statement;
  private readonly upsertCourt: Database.Statement;

  /**
   * @param staged append cites and name keys to the staging tables (a bulk load, which
   *   calls `mergeStaged` when a file is done) instead of the keyed tables.
   */
  constructor(
    readonly db: Database.Database,
    readonly staged = false,
  ) {
    this.insertCite = staged
      ? db.prepare(`INSERT INTO authority_cites_staging (reporter_id, volume, page_no, page, cluster_id) VALUES (?, ?, ?, ?, ?)`)
      : db.prepare(`INSERT OR IGNORE INTO authority_cites (reporter_id, volume, page_no, page, cluster_id) VALUES (?, ?, ?, ?, ?)`);
    this.insertReporter = db.prepare(`INSERT OR IGNORE INTO authority_reporters (name) VALUES (?)`);
    this.reporterId = db.prepare(`SELECT id FROM authority_reporters WHERE name = ?`).pluck();
    this.upsertCluster = db.prepare(
      `INSERT INTO authority_clusters (id, case_name, case_name_short, date_filed, docket_id, court_id, slug, source)
       VALUES (@id, @caseName, @caseNameShort, @dateFiled, @docketId, coalesce(@court, (SELECT court_id FROM authority_dockets WHERE id = @docketId)), @slug, @source)
       ON CONFLICT(id) DO UPDATE SET case_name = excluded.case_name, case_name_short = excluded.case_name_short, date_filed = excluded.date_filed,
         docket_id = excluded.docket_id, court_id = coalesce(excluded.court_id, authority_clusters.court_id), slug = excluded.slug, source = excluded.source`,
    );
    this.courtOfDocket = db.prepare(`SELECT court_id FROM authority_dockets WHERE id = ?`).pluck();
    this.insertName = staged
      ? db.prepare(`INSERT INTO authority_names_staging (word, cluster_id) VALUES (?, ?)`)
      : db.prepare(`INSERT OR IGNORE INTO authority_names (word, cluster_id) VALUES (?, ?)`);
    this.deleteNames = db.prepare(`DELETE FROM authority_names WHERE word = ? AND cluster_id = ?`);
    this.courtToClusters = db.prepare(`UPDATE authority_clusters SET court_id = ? WHERE docket_id = ?`);
    this.keepDocket = db.prepare(`INSERT OR REPLACE INTO authority_dockets (id, court_id) VALUES (?, ?)`);
    this.upsertCourt = db.prepare(
      `INSERT OR REPLACE INTO authority_courts (id, short_name, full_name, citation_string, jurisdiction) VALUES (?, ?, ?, ?, ?)`,
    );
  }

  /**
   * Moves staged cites and name keys into their keyed tables in key order: one pass that
   * writes each index page about once, where rows in file order would rewrite pages
   * scattered over the whole index at every commit. Call inside the file's last transaction.
   */
  mergeStaged(): void {
    this.db.exec(`
      INSERT OR IGNORE INTO authority_cites (reporter_id, volume, page_no, page, cluster_id)
        SELECT reporter_id, volume, page_no, page, cluster_id FROM authority_cites_staging ORDER BY 1, 2, 3, 4, 5;
      DELETE FROM authority_cites_staging;
      INSERT OR IGNORE INTO authority_names (word, cluster_id) SELECT word, cluster_id FROM authority_names_staging ORDER BY 1, 2;
      DELETE FROM authority_names_staging;
    `);
  }

  /** The row id of a reporter, numbering it on first sight. */
  reporter(name: string): number {
    let id = this.reporters.get(name);
    if (id === undefined) {
      this.insertReporter.run(name);
      id = this.reporterId.get(name) as number;
      this.reporters.set(name, id);
    }
    return id;
  }

  addCite(reporter: string, volume: number, page: string, clusterId: number): void {
    this.insertCite.run(this.reporter(reporter), volume, pageNumber(page), page, clusterId);
  }

  /** Adds or replaces a case, filing it under its name keys. */
  addCase(c: { id: number; caseName: string | null; caseNameShort: string | null; dateFiled: string | null; docketId: number | null; court?: string | null; slug?: string | null; source?: string }, oldName?: string | null): void {
    const caseName = c.caseName ? c.caseName.slice(0, MAX_NAME) : null;
    this.upsertCluster.run({ id: c.id, caseName, caseNameShort: c.caseNameShort, dateFiled: c.dateFiled, docketId: c.docketId, court: c.court ?? null, slug: c.slug ?? null, source: c.source ?? "courtlistener" });
    if (oldName) for (const k of nameKeys(oldName)) this.deleteNames.run(k, c.id);
    for (const name of [caseName, c.caseNameShort]) if (name) for (const k of nameKeys(name)) this.insertName.run(k, c.id);
  }

  /**
   * Gives a docket's court to the cases loaded under it; a docket no loaded case names is
   * kept only when `keepUnclaimed` (dockets loaded before their clusters).
   */
  addDocket(id: number, court: string | null, keepUnclaimed: boolean): void {
    if (!court) return;
    const changed = this.courtToClusters.run(court, id).changes;
    if (changed === 0 && keepUnclaimed) this.keepDocket.run(id, court);
  }

  addCourt(id: string, shortName: string | null, fullName: string | null, citationString: string | null, jurisdiction: string | null): void {
    this.upsertCourt.run(id, shortName, fullName, citationString, jurisdiction);
  }

  /** The court a docket loaded earlier names, if any. */
  docketCourt(id: number): string | null {
    return (this.courtOfDocket.get(id) as string | undefined) ?? null;
  }
}

/**
 * `AuthorityIndex` over the store's tables.
 *
 * @example const index = new SqliteAuthorityIndex(store.db); await index.casesAt("F.3d", 219, "674");
 */
export class SqliteAuthorityIndex implements AuthorityIndex {
  private reporters = new Map<string, number | null>();
  private statements = new Map<string, Database.Statement>();

  constructor(readonly db: Database.Database) {}

  private stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  private reporterId(name: string): number | null {
    if (!this.reporters.has(name)) this.reporters.set(name, (this.stmt(`SELECT id FROM authority_reporters WHERE name = ?`).pluck().get(name) as number | undefined) ?? null);
    return this.reporters.get(name) ?? null;
  }

  /** One case by id, with its cites; a cite whose cluster was never loaded gives a nameless case. */
  knownCase(id: number): KnownCase {
    const row = this.stmt(`SELECT id, case_name, case_name_short, date_filed, docket_id, court_id, slug FROM authority_clusters WHERE id = ?`).get(id) as ClusterRow | undefined;
    const citations = this.stmt(
      `SELECT r.name AS reporter, c.volume, c.page FROM authority_cites c JOIN authority_reporters r ON r.id = c.reporter_id WHERE c.cluster_id = ? ORDER BY r.id, c.volume, c.page_no`,
    ).all(id) as KnownCite[];
    return knownCaseOf(id, row, citations);
  }

  async casesAt(reporter: string, volume: number, page: string): Promise<KnownCase[]> {
    const rid = this.reporterId(reporter);
    if (rid === null) return [];
    const ids = this.stmt(`SELECT cluster_id FROM authority_cites WHERE reporter_id = ? AND volume = ? AND page_no = ? AND page = ?`)
      .pluck()
      .all(rid, volume, pageNumber(page), page) as number[];
    return ids.map((id) => this.knownCase(id));
  }

  async coverage(reporter: string, volume: number): Promise<Coverage> {
    const rid = this.reporterId(reporter);
    if (rid === null) return "none";
    return this.stmt(`SELECT 1 FROM authority_cites WHERE reporter_id = ? AND volume = ? LIMIT 1`).get(rid, volume) ? "volume" : "reporter";
  }

  async nextCaseStart(reporter: string, volume: number, page: number): Promise<number | null> {
    const rid = this.reporterId(reporter);
    if (rid === null) return null;
    return (this.stmt(`SELECT page_no FROM authority_cites WHERE reporter_id = ? AND volume = ? AND page_no > ? ORDER BY page_no LIMIT 1`).pluck().get(rid, volume, page) as number | undefined) ?? null;
  }

  async casesNamed(keys: readonly string[], limit: number, accept?: (caseName: string | null, caseNameShort: string | null) => boolean): Promise<KnownCase[]> {
    const ids = new Set<number>();
    const byPrefix = this.stmt(
      `SELECT n.cluster_id AS id, c.case_name, c.case_name_short FROM authority_names n LEFT JOIN authority_clusters c ON c.id = n.cluster_id WHERE n.word >= ? AND n.word < ? LIMIT ?`,
    );
    for (const key of keys) {
      for (const r of byPrefix.all(key, key + "\uffff", limit) as { id: number; case_name: string | null; case_name_short: string | null }[]) {
        if (!accept || accept(r.case_name, r.case_name_short)) ids.add(r.id);
      }
    }
    return [...ids].map((id) => this.knownCase(id));
  }
}

/**
 * Adds an ingested opinion's own cites and name as a case of the authority database,
 * under the negative of its document id.
 *
 * @example addDocumentCase(db, 12, ownCites(reading))
 */
export function addDocumentCase(db: Database.Database, docId: number, own: OwnCites): void {
  const w = new AuthorityWriter(db);
  const id = -docId;
  w.addCase({ id, caseName: own.caseName, caseNameShort: null, dateFiled: own.dateFiled, docketId: null, court: own.court, source: "document" });
  for (const c of own.cites) if (/^\d{1,5}$/.test(c.volume)) w.addCite(c.reporter, Number(c.volume), c.page, id);
}
