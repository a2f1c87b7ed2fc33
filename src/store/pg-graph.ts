/**
 * The PostgreSQL store's writes of the citation graph: the same filing as `sqlite-graph.ts`
 * (rules in `graph.ts`), batched into a few statements per document, with the keys a
 * document files under locked first so two workers never file one case twice.
 */
import type { PoolClient } from "pg";
import type { Reading } from "../model/types.js";
import type { AuthorityRef } from "./authority-key.js";
import { keysOf, planFiling, refsOf, type StoredAuthority } from "./graph.js";

/** NUL, which PostgreSQL refuses in text, replaced one for one (as the store does elsewhere). */
const NUL = /\u0000/g;
const clean = (s: string): string => s.replace(NUL, "\uFFFD");
const cleanRef = (r: AuthorityRef | null): AuthorityRef | null =>
  r && { ...r, key: clean(r.key), label: clean(r.label), ...(r.aliases ? { aliases: r.aliases.map(clean) } : {}) };

/**
 * Files a reading's citations under their authorities; returns per citation its authority
 * id, and the ids whose kept counts must be recomputed (rows another was folded into).
 * `lock: false` only where nothing else writes (a migration).
 */
export async function fileAuthoritiesPg(
  client: PoolClient,
  reading: Pick<Reading, "citations" | "stamp" | "caption">,
  lock = true,
): Promise<{ ids: (number | null)[]; recount: Set<number> }> {
  const refs = refsOf(reading).map(cleanRef);
  const keys = keysOf(refs);
  const recount = new Set<number>();
  if (keys.length === 0) return { ids: refs.map(() => null), recount };
  // One writer at a time per key, taken in one order so two writers cannot deadlock.
  if (lock) await client.query(`SELECT pg_advisory_xact_lock(h) FROM (SELECT DISTINCT hashtextextended(k, 10) AS h FROM unnest($1::text[]) AS k ORDER BY 1) s`, [keys]);
  const known = new Map<string, StoredAuthority>();
  const found = await client.query<{ alias: string; id: number; key: string; kind: string; label: string; fields_json: string }>(
    `SELECT al.key AS alias, a.id, a.key, a.kind, a.label, a.fields_json FROM authority_aliases al JOIN authorities a ON a.id = al.authority_id WHERE al.key = ANY($1::text[])`,
    [keys],
  );
  for (const r of found.rows) known.set(r.alias, { id: r.id, key: r.key, kind: r.kind, label: r.label, fields: JSON.parse(r.fields_json) });
  const plan = planFiling(refs, known);
  const ids: number[] = plan.authorities.map((a) => a.target ?? 0);
  const creates = plan.authorities.map((a, g) => ({ a, g })).filter((x) => x.a.target === null);
  if (creates.length) {
    await client.query(
      `INSERT INTO authorities (key, kind, label, fields_json) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) ORDER BY 1 ON CONFLICT (key) DO NOTHING`,
      [creates.map((x) => x.a.ref.key), creates.map((x) => x.a.ref.kind), creates.map((x) => clean(x.a.label)), creates.map((x) => JSON.stringify(x.a.fields))],
    );
    const made = await client.query<{ id: number; key: string }>(`SELECT id, key FROM authorities WHERE key = ANY($1::text[])`, [creates.map((x) => x.a.ref.key)]);
    const byKey = new Map(made.rows.map((r) => [r.key, r.id]));
    for (const x of creates) ids[x.g] = byKey.get(x.a.ref.key)!;
  }
  for (const [g, a] of plan.authorities.entries()) {
    for (const from of a.mergeFrom) {
      await client.query(`UPDATE citations SET authority_id = $1 WHERE authority_id = $2`, [ids[g], from]);
      await client.query(`UPDATE authority_aliases SET authority_id = $1 WHERE authority_id = $2`, [ids[g], from]);
      await client.query(`DELETE FROM authority_counts WHERE authority_id = $1`, [from]);
      await client.query(`DELETE FROM authorities WHERE id = $1`, [from]);
      recount.add(ids[g]);
    }
  }
  const updates = plan.authorities.map((a, g) => ({ a, id: ids[g] })).filter((x) => x.a.target !== null && x.a.changed);
  if (updates.length) {
    await client.query(
      `UPDATE authorities a SET label = u.label, fields_json = u.fields FROM unnest($1::int[], $2::text[], $3::text[]) AS u(id, label, fields) WHERE a.id = u.id`,
      [updates.map((x) => x.id), updates.map((x) => clean(x.a.label)), updates.map((x) => JSON.stringify(x.a.fields))],
    );
  }
  const aliasKeys: string[] = [];
  const aliasIds: number[] = [];
  plan.authorities.forEach((a, g) => {
    for (const k of a.aliases) {
      aliasKeys.push(k);
      aliasIds.push(ids[g]);
    }
  });
  if (aliasKeys.length) {
    await client.query(
      `INSERT INTO authority_aliases (key, authority_id) SELECT * FROM unnest($1::text[], $2::int[]) ORDER BY 1
       ON CONFLICT (key) DO UPDATE SET authority_id = excluded.authority_id`,
      [aliasKeys, aliasIds],
    );
  }
  return { ids: plan.groupOf.map((g) => (g === null ? null : ids[g])), recount };
}

/** Recomputes the kept counts of the authorities given. */
export async function recountAuthoritiesPg(client: PoolClient, ids: Iterable<number>): Promise<void> {
  const list = [...ids].sort((a, b) => a - b);
  if (!list.length) return;
  await client.query(
    `INSERT INTO authority_counts (authority_id, citations, documents)
     SELECT c.authority_id, count(*), count(DISTINCT c.doc_id) FROM citations c WHERE c.authority_id = ANY($1::int[]) GROUP BY c.authority_id ORDER BY 1
     ON CONFLICT (authority_id) DO UPDATE SET citations = excluded.citations, documents = excluded.documents`,
    [list],
  );
}

/**
 * Files every stored document's citations again under the current rules, in document order;
 * the caller holds the transaction and has emptied the authority tables.
 */
export async function rebuildAuthoritiesPg(client: PoolClient): Promise<void> {
  let last = 0;
  for (;;) {
    const { rows } = await client.query<{ id: number; reading_json: string }>(`SELECT id, reading_json FROM documents WHERE id > $1 ORDER BY id LIMIT 200`, [last]);
    if (rows.length === 0) break;
    for (const row of rows) {
      last = row.id;
      const reading = JSON.parse(row.reading_json) as Reading;
      if (!reading.citations?.length) continue;
      const { ids } = await fileAuthoritiesPg(client, reading, false);
      const idx: number[] = [];
      const aid: number[] = [];
      ids.forEach((id, i) => {
        if (id !== null) {
          idx.push(i);
          aid.push(id);
        }
      });
      if (idx.length) {
        await client.query(`UPDATE citations c SET authority_id = u.aid FROM unnest($2::int[], $3::int[]) AS u(idx, aid) WHERE c.doc_id = $1 AND c.idx = u.idx`, [row.id, idx, aid]);
      }
    }
  }
  await client.query(`
    DELETE FROM authority_counts;
    INSERT INTO authority_counts (authority_id, citations, documents)
      SELECT authority_id, count(*), count(DISTINCT doc_id) FROM citations WHERE authority_id IS NOT NULL GROUP BY authority_id;
  `);
}
