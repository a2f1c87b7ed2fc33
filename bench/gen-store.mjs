// A generated store for the benches: synthetic documents (60 words drawn from a legal
// vocabulary, then a dozen citations to generated authorities, popular ones far more
// often), written in bulk straight to an SQLite store's tables. Deterministic: the same
// size gives the same store. Nothing of it is court text.
//
// GENERATOR_VERSION names the shape; a cached store is keyed by it (see cachedStore), so
// a change here must bump it.
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const GENERATOR_VERSION = 1;
export const WORDS = "motion court order plaintiff defendant appeal interlocutory reconsideration dismiss summary judgment stay injunction discovery sanctions amend complaint jurisdiction venue remand arbitration class certification qualified immunity habeas petition".split(" ");
export const REPORTERS = ["F.2d", "F.3d", "F.4th", "U.S.", "F. Supp. 2d", "F. Supp. 3d", "S. Ct."];
export const COURTS = ["casd", "cacd", "nysd", "ca9", "azd", "ord"];
export const AUTHORITIES = 20_000;
const CITES_PER_DOC = 12;
const BATCH = 5000;

/** A small deterministic generator, so runs are comparable. */
export function generator(start = 42) {
  let seed = start;
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  // Popular items are drawn far more than the rest, as authorities are cited in real dockets.
  const zipf = (n) => Math.floor(n * rand() ** 3);
  return { rand, zipf };
}

/** The generated authorities: their citation text and key. */
export function authorityKeys() {
  return Array.from({ length: AUTHORITIES }, (_, i) => {
    const volume = 1 + (i % 900);
    const reporter = REPORTERS[i % REPORTERS.length];
    const page = 1 + ((i * 7919) % 1500);
    return { text: `${volume} ${reporter} ${page}`, key: `case:${volume}|${reporter}|${page}` };
  });
}

/**
 * Fills an open, empty SqliteStore with `docs` generated documents and their citations.
 * Returns the authorities' citation texts, for queries.
 */
export function fillStore(store, docs, rng = generator()) {
  const { zipf } = rng;
  const db = store.db;
  const keys = authorityKeys();
  db.transaction(() => {
    const a = db.prepare(`INSERT INTO authorities (id, key, kind, label, fields_json) VALUES (?, ?, 'case', ?, '{}')`);
    // cited-by finds an authority by any of its keys: each generated one has its own.
    const alias = db.prepare(`INSERT INTO authority_aliases (key, authority_id) VALUES (?, ?)`);
    keys.forEach(({ text, key }, i) => {
      a.run(i + 1, key, `Case ${i} v. Party, ${text}`);
      alias.run(key, i + 1);
    });
  })();
  const insertDoc = db.prepare(`INSERT INTO documents (sha256, path, format, pages, court, case_number, title, date, judge, text, reading_json) VALUES (?, ?, 'text', 3, ?, ?, ?, ?, ?, ?, '{}')`);
  const insertCite = db.prepare(`INSERT INTO citations (doc_id, idx, kind, text, start, "end", page, line, fields_json, authority_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '{}', ?)`);
  for (let from = 0; from < docs; from += BATCH) {
    db.transaction(() => {
      for (let n = from; n < Math.min(docs, from + BATCH); n++) {
        const words = Array.from({ length: 60 }, () => WORDS[zipf(WORDS.length)]);
        const cites = Array.from({ length: CITES_PER_DOC }, () => zipf(AUTHORITIES));
        const text = `${words.join(" ")} ${cites.map((c) => `See ${keys[c].text}.`).join(" ")}`;
        const info = insertDoc.run(`bench-${n}`, `gen/${n}.txt`, COURTS[n % COURTS.length], `1:${String(n % 90).padStart(2, "0")}-cv-${n}`, `ORDER ${n}`, `20${String(10 + (n % 15))}-0${1 + (n % 9)}-1${n % 9}`, `Judge ${n % 40}`, text);
        const docId = Number(info.lastInsertRowid);
        let at = words.join(" ").length + 1;
        cites.forEach((c, idx) => {
          const t = keys[c].text;
          const start = at + 4;
          insertCite.run(docId, idx, idx % 3 === 2 ? "case-short" : "case", t, start, start + t.length, 1 + (idx % 3), 1 + idx, c + 1);
          at = start + t.length + 2;
        });
      }
    })();
  }
  store.rebuildCounts();
  return keys;
}

/**
 * A generated store of `docs` documents at a cached path (built once per generator version,
 * size and schema), so reruns start at once. `SqliteStore` is the class from dist/.
 * Returns { path, built, seconds }.
 */
export async function cachedStore(SqliteStore, docs, schema, cacheDir = process.env.CASEFILE_BENCH_CACHE ?? join(tmpdir(), "casefile-bench-cache")) {
  mkdirSync(cacheDir, { recursive: true });
  const path = join(cacheDir, `gen-v${GENERATOR_VERSION}-s${schema}-${docs}.db`);
  if (existsSync(path)) return { path, built: false, seconds: 0 };
  const part = `${path}.${process.pid}.part`;
  rmSync(part, { force: true });
  const t0 = performance.now();
  const store = SqliteStore.open(part, { create: true });
  fillStore(store, docs);
  store.db.pragma("wal_checkpoint(TRUNCATE)");
  store.db.pragma("journal_mode = DELETE");
  await store.close();
  for (const ext of ["-wal", "-shm"]) rmSync(part + ext, { force: true });
  renameSync(part, path);
  return { path, built: true, seconds: (performance.now() - t0) / 1000 };
}
