/**
 * The SQLite store's writes of the citation graph: filing a reading's citations under their
 * authorities (see `graph.ts` for the rules), and rebuilding every authority from the stored
 * readings when the rules change (the migration that brought in exact keys and parallel cites).
 */
import type Database from "better-sqlite3";
import type { Reading } from "../model/types.js";
import { AUTHORITY_COUNTS_REBUILD } from "./migrations.js";
import { keysOf, planFiling, refsOf, type StoredAuthority } from "./graph.js";

/**
 * Files a reading's citations: creates, merges and updates authority rows and their alias
 * keys; returns per citation its authority id, and the ids whose kept counts must be
 * recomputed (rows another was folded into) rather than incremented.
 *
 * @example const { ids } = fileAuthorities(db, reading)
 */
export function fileAuthorities(db: Database.Database, reading: Pick<Reading, "citations" | "stamp" | "caption">): { ids: (number | null)[]; recount: Set<number> } {
  const refs = refsOf(reading);
  const keys = keysOf(refs);
  const known = new Map<string, StoredAuthority>();
  const lookup = db.prepare(
    `SELECT al.key AS alias, a.id, a.key, a.kind, a.label, a.fields_json FROM authority_aliases al JOIN authorities a ON a.id = al.authority_id WHERE al.key = ?`,
  );
  for (const k of keys) {
    const r = lookup.get(k) as { alias: string; id: number; key: string; kind: string; label: string; fields_json: string } | undefined;
    if (r) known.set(r.alias, { id: r.id, key: r.key, kind: r.kind, label: r.label, fields: JSON.parse(r.fields_json) });
  }
  const plan = planFiling(refs, known);
  const insert = db.prepare(`INSERT INTO authorities (key, kind, label, fields_json) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO NOTHING`);
  const idOfKey = db.prepare(`SELECT id FROM authorities WHERE key = ?`).pluck();
  const update = db.prepare(`UPDATE authorities SET label = ?, fields_json = ? WHERE id = ?`);
  const alias = db.prepare(`INSERT INTO authority_aliases (key, authority_id) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET authority_id = excluded.authority_id`);
  const recount = new Set<number>();
  const ids = plan.authorities.map((a) => {
    let id = a.target;
    if (id === null) {
      insert.run(a.ref.key, a.ref.kind, a.label, JSON.stringify(a.fields));
      id = idOfKey.get(a.ref.key) as number;
    } else {
      for (const from of a.mergeFrom) mergeInto(db, from, id);
      if (a.mergeFrom.length) recount.add(id);
      if (a.changed) update.run(a.label, JSON.stringify(a.fields), id);
    }
    for (const k of a.aliases) alias.run(k, id);
    return id;
  });
  return { ids: plan.groupOf.map((g) => (g === null ? null : ids[g])), recount };
}

/** Folds authority `from` into `into`: its citations and keys move, its row goes. */
function mergeInto(db: Database.Database, from: number, into: number): void {
  db.prepare(`UPDATE citations SET authority_id = ? WHERE authority_id = ?`).run(into, from);
  db.prepare(`UPDATE authority_aliases SET authority_id = ? WHERE authority_id = ?`).run(into, from);
  db.prepare(`DELETE FROM authority_counts WHERE authority_id = ?`).run(from);
  db.prepare(`DELETE FROM authorities WHERE id = ?`).run(from);
}

/** Recomputes one authority's kept counts from its citations. */
export function recountAuthority(db: Database.Database, id: number): void {
  db.prepare(
    `INSERT INTO authority_counts (authority_id, citations, documents) SELECT ?, count(*), count(DISTINCT doc_id) FROM citations WHERE authority_id = ?
     ON CONFLICT(authority_id) DO UPDATE SET citations = excluded.citations, documents = excluded.documents`,
  ).run(id, id);
}

/**
 * Files every stored document's citations again under the current rules, in document
 * order; the caller holds the transaction and has emptied the authority tables.
 *
 * @example db.transaction(() => rebuildAuthorities(db))()
 */
export function rebuildAuthorities(db: Database.Database): void {
  const page = db.prepare(`SELECT id, reading_json FROM documents WHERE id > ? ORDER BY id LIMIT 200`);
  const set = db.prepare(`UPDATE citations SET authority_id = ? WHERE doc_id = ? AND idx = ?`);
  let last = 0;
  for (;;) {
    const rows = page.all(last) as { id: number; reading_json: string }[];
    if (rows.length === 0) break;
    for (const row of rows) {
      last = row.id;
      const reading = JSON.parse(row.reading_json) as Reading;
      if (!reading.citations?.length) continue;
      const { ids } = fileAuthorities(db, reading);
      ids.forEach((id, i) => {
        if (id !== null) set.run(id, row.id, i);
      });
    }
  }
  db.exec(AUTHORITY_COUNTS_REBUILD);
}
