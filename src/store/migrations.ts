/**
 * Versioned schema steps, applied in order, each in its own transaction, recorded in
 * `schema_migrations`. Never edit a step that has shipped: add the next one.
 */
import type Database from "better-sqlite3";
import { rebuildAuthorities } from "./sqlite-graph.js";

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Work SQL alone cannot do, run after `sql` in the same transaction. */
  after?: (db: Database.Database) => void;
}

/** Recomputes `authority_counts` from `citations`; for migrations and bulk loaders. @example db.exec(AUTHORITY_COUNTS_REBUILD) */
export const AUTHORITY_COUNTS_REBUILD = `
  DELETE FROM authority_counts;
  INSERT INTO authority_counts (authority_id, citations, documents)
    SELECT authority_id, count(*), count(DISTINCT doc_id) FROM citations WHERE authority_id IS NOT NULL GROUP BY authority_id;
`;

/** @example MIGRATIONS.at(-1)?.version // → the schema version a fresh file ends at */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "documents, citations, authorities, full text",
    sql: `
      CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE,
        path TEXT NOT NULL,
        format TEXT NOT NULL,
        pages INTEGER NOT NULL,
        court TEXT,
        case_number TEXT,
        title TEXT,
        date TEXT,
        judge TEXT,
        stamp_json TEXT,
        text TEXT NOT NULL,
        reading_json TEXT NOT NULL
      );
      CREATE TABLE parties (
        id INTEGER PRIMARY KEY,
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        pro_se INTEGER NOT NULL DEFAULT 0
      );
      CREATE TABLE authorities (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        label TEXT NOT NULL,
        fields_json TEXT NOT NULL
      );
      CREATE TABLE citations (
        id INTEGER PRIMARY KEY,
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        page INTEGER,
        line INTEGER,
        fields_json TEXT NOT NULL,
        authority_id INTEGER REFERENCES authorities(id),
        UNIQUE (doc_id, idx)
      );
      CREATE TABLE rulings (
        id INTEGER PRIMARY KEY,
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        disposition TEXT NOT NULL,
        request TEXT NOT NULL,
        request_type TEXT,
        docket_json TEXT NOT NULL,
        text TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL
      );
      CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        date TEXT NOT NULL,
        type TEXT,
        text TEXT NOT NULL,
        docket_json TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL
      );
      CREATE TABLE findings (
        id INTEGER PRIMARY KEY,
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        severity TEXT NOT NULL,
        code TEXT NOT NULL,
        message TEXT NOT NULL,
        citation INTEGER,
        start INTEGER,
        "end" INTEGER
      );
      CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id');
      CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, coalesce(new.title, ''), new.text);
      END;
      CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, coalesce(old.title, ''), old.text);
      END;
    `,
  },
  {
    // Filters and the citation graph walk these columns on every query.
    version: 2,
    name: "indexes for filters and the citation graph",
    sql: `
      CREATE INDEX citations_authority ON citations(authority_id);
      CREATE INDEX rulings_doc ON rulings(doc_id);
      CREATE INDEX events_doc ON events(doc_id);
      CREATE INDEX parties_doc ON parties(doc_id);
      CREATE INDEX findings_doc ON findings(doc_id);
      CREATE INDEX documents_court ON documents(court);
      CREATE INDEX documents_date ON documents(date);
      CREATE INDEX authorities_kind ON authorities(kind);
    `,
  },
  {
    // Byte size and ingest time let `ingest` report throughput and a viewer show age.
    version: 3,
    name: "document size and ingest time",
    sql: `
      ALTER TABLE documents ADD COLUMN bytes INTEGER;
      ALTER TABLE documents ADD COLUMN ingested_at TEXT;
    `,
  },
  {
    // Counting citing documents per authority reads this index alone, in key order.
    version: 4,
    name: "covering index for authority counts",
    sql: `
      CREATE INDEX citations_authority_doc ON citations(authority_id, doc_id);
      DROP INDEX citations_authority;
    `,
  },
  {
    // "Most cited" over a million citations cannot be a GROUP BY per request: keep the
    // counts as documents arrive (see SqliteStore.put) and rank from an index.
    version: 5,
    name: "authority citation counts",
    sql: `
      CREATE TABLE authority_counts (
        authority_id INTEGER PRIMARY KEY REFERENCES authorities(id),
        citations INTEGER NOT NULL,
        documents INTEGER NOT NULL
      );
      CREATE INDEX authority_counts_rank ON authority_counts(documents DESC, citations DESC, authority_id);
      ${AUTHORITY_COUNTS_REBUILD}
    `,
  },
  {
    // A magistrate judge's recommendation decides nothing: ruling statistics tell the two apart.
    version: 6,
    name: "recommended rulings",
    sql: `
      ALTER TABLE rulings ADD COLUMN recommended INTEGER NOT NULL DEFAULT 0;
      UPDATE rulings SET recommended = 1 WHERE EXISTS (
        SELECT 1 FROM documents d WHERE d.id = rulings.doc_id
          AND json_extract(d.reading_json, '$.rulings[' || rulings.idx || '].recommended') = 1
      );
    `,
  },
  {
    // The cases that exist, from CourtListener's bulk files and from ingested opinions'
    // own cites: only what `casefile check` reads. Sized for 18M cites and 10M clusters:
    // reporters are numbered, cites sit in one clustered key that also orders a volume's
    // pages (the next case's first page bounds a pin), and names are indexed by the first
    // distinctive word of each party only. Clusters from documents take negative ids.
    version: 7,
    name: "authority database: cases, their cites and names",
    sql: `
      CREATE TABLE authority_reporters (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
      CREATE TABLE authority_cites (
        reporter_id INTEGER NOT NULL,
        volume INTEGER NOT NULL,
        page_no INTEGER NOT NULL,
        page TEXT NOT NULL,
        cluster_id INTEGER NOT NULL,
        PRIMARY KEY (reporter_id, volume, page_no, page, cluster_id)
      ) WITHOUT ROWID;
      CREATE INDEX authority_cites_cluster ON authority_cites(cluster_id);
      CREATE TABLE authority_clusters (
        id INTEGER PRIMARY KEY,
        case_name TEXT,
        case_name_short TEXT,
        date_filed TEXT,
        docket_id INTEGER,
        court_id TEXT,
        slug TEXT,
        source TEXT NOT NULL DEFAULT 'courtlistener'
      );
      CREATE INDEX authority_clusters_docket ON authority_clusters(docket_id);
      CREATE TABLE authority_names (word TEXT NOT NULL, cluster_id INTEGER NOT NULL, PRIMARY KEY (word, cluster_id)) WITHOUT ROWID;
      CREATE TABLE authority_dockets (id INTEGER PRIMARY KEY, court_id TEXT);
      -- A bulk load appends here (in file order, so without scattered index writes) and
      -- moves the rows into the keyed tables, sorted, when a file is done.
      CREATE TABLE authority_cites_staging (reporter_id INTEGER NOT NULL, volume INTEGER NOT NULL, page_no INTEGER NOT NULL, page TEXT NOT NULL, cluster_id INTEGER NOT NULL);
      CREATE TABLE authority_names_staging (word TEXT NOT NULL, cluster_id INTEGER NOT NULL);
      CREATE TABLE authority_courts (id TEXT PRIMARY KEY, short_name TEXT, full_name TEXT, citation_string TEXT, jurisdiction TEXT);
      CREATE TABLE authority_loads (
        file TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        size INTEGER NOT NULL,
        mtime_ms INTEGER NOT NULL,
        rows INTEGER NOT NULL,
        bytes INTEGER NOT NULL,
        header TEXT NOT NULL,
        done INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
      );
    `,
  },
  {
    // Cases: documents grouped by court and normalized case number ("3:17-cv-00218"),
    // a docket report's entries, and the entry each document is. Derived counts are kept
    // on the case (see refreshCase in sqlite.ts) so `cases --pending` reads one table.
    // Court '' is a case whose documents name no court. Existing documents are grouped
    // by SqliteStore.open after this step (the grouping is TypeScript, not SQL).
    version: 8,
    name: "cases and docket entries",
    sql: `
      CREATE TABLE cases (
        id INTEGER PRIMARY KEY,
        court TEXT NOT NULL,
        number TEXT NOT NULL,
        -- the number without its office digit ("17-cv-00218"): a caption that omits it finds the case
        bare_number TEXT NOT NULL,
        title TEXT,
        judge TEXT,
        date_filed TEXT,
        date_terminated TEXT,
        parties_json TEXT NOT NULL DEFAULT '[]',
        documents INTEGER NOT NULL DEFAULT 0,
        entries INTEGER NOT NULL DEFAULT 0,
        pending_motions INTEGER NOT NULL DEFAULT 0,
        UNIQUE (court, number)
      );
      CREATE INDEX cases_bare_number ON cases(bare_number);
      CREATE TABLE docket_entries (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        number TEXT,
        date_filed TEXT,
        date_entered TEXT,
        description TEXT NOT NULL,
        refs_json TEXT NOT NULL DEFAULT '[]',
        attachments_json TEXT NOT NULL DEFAULT '[]',
        doc_id INTEGER REFERENCES documents(id) ON DELETE SET NULL
      );
      CREATE INDEX docket_entries_case ON docket_entries(case_id, number);
      ALTER TABLE documents ADD COLUMN kind TEXT;
      ALTER TABLE documents ADD COLUMN case_id INTEGER REFERENCES cases(id);
      ALTER TABLE documents ADD COLUMN entry_number TEXT;
      ALTER TABLE documents ADD COLUMN entry_attachment TEXT;
      CREATE INDEX documents_case ON documents(case_id);
      ALTER TABLE rulings ADD COLUMN docket_entry TEXT;
      UPDATE documents SET kind = json_extract(reading_json, '$.kind');
      UPDATE rulings SET docket_entry = (
        SELECT json_extract(d.reading_json, '$.rulings[' || rulings.idx || '].docketEntry') FROM documents d WHERE d.id = rulings.doc_id
      );
    `,
  },
  {
    // Authorities are cases, not strings: a section keeps its subsection and a rule its
    // subdivision in its key (cited-by is exact; --broad takes in subsections), and parallel
    // cites are one authority known by all their keys (authority_aliases). Every authority
    // is filed again from the stored readings (TypeScript: see rebuildAuthorities).
    version: 9,
    name: "authority aliases: exact keys, parallel cites as one authority",
    sql: `
      CREATE TABLE authority_aliases (key TEXT PRIMARY KEY, authority_id INTEGER NOT NULL REFERENCES authorities(id)) WITHOUT ROWID;
      CREATE INDEX authority_aliases_authority ON authority_aliases(authority_id);
      UPDATE citations SET authority_id = NULL WHERE authority_id IS NOT NULL;
      DELETE FROM authority_counts;
      DELETE FROM authorities;
    `,
    after: (db) => rebuildAuthorities(db),
  },
];

/**
 * Brings a database up to `target` (default: the newest step), applying each missing
 * step in its own transaction. Returns the versions applied.
 *
 * @example migrate(db) // → [2, 3] on a file created by version 1
 */
export function migrate(db: Database.Database, target = MIGRATIONS[MIGRATIONS.length - 1].version): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const applied: number[] = [];
  const isDone = db.prepare(`SELECT 1 FROM schema_migrations WHERE version = ?`);
  const record = db.prepare(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`);
  for (const step of MIGRATIONS) {
    if (step.version > target) continue;
    // Checked inside the write lock: another process may have migrated meanwhile.
    const ran = db
      .transaction(() => {
        if (isDone.get(step.version)) return false;
        db.exec(step.sql);
        step.after?.(db);
        record.run(step.version, step.name, new Date().toISOString());
        return true;
      })
      .immediate();
    if (ran) applied.push(step.version);
  }
  return applied;
}

/** @example schemaVersion(db) // → 3 */
export function schemaVersion(db: Database.Database): number {
  const row = db.prepare(`SELECT max(version) AS v FROM schema_migrations`).get() as { v: number | null } | undefined;
  return row?.v ?? 0;
}
