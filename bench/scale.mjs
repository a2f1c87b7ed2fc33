#!/usr/bin/env node
// Scale bench (npm run bench -- scale): PostgreSQL next to SQLite. Prints numbers; asserts nothing.
//   1. ingest documents/s of the corpus's .txt files: SQLite (`ingest --jobs N`) and the
//      PostgreSQL queue drained by 1, 2 and 4 `casefile worker` processes;
//   2. cited-by and search p50/p99 on generated documents and citations on both backends;
//   3. each store's size.
// BENCH_PG=postgres://… uses a server; otherwise a throwaway cluster (scripts/pg-cluster.sh).
// BENCH_SCALE_DOCS (default 100,000) and BENCH_SCALE_CITES (per document, default 10) size
// the generated store; BENCH_SCALE_FILES caps the corpus files; BENCH_SCALE_QUERIES the queries.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const cli = join(root, "bin", "casefile.js");
const { SqliteStore, PgStore } = await import(new URL("../dist/store/index.js", import.meta.url).href);
const DOCS = Number(process.env.BENCH_SCALE_DOCS ?? 100_000);
const CITES = Number(process.env.BENCH_SCALE_CITES ?? 10);
const QUERIES = Number(process.env.BENCH_SCALE_QUERIES ?? 200);
const FILES = Number(process.env.BENCH_SCALE_FILES ?? 1e9);
const dir = mkdtempSync(join(tmpdir(), "casefile-scale-"));

let pgBase = process.env.BENCH_PG;
let cluster = null;
if (!pgBase) {
  // A folder of its own under the temp dir: the server's user (postgres, when run as root) must reach it, and `dir` is private.
  cluster = mkdtempSync(join(tmpdir(), "casefile-scale-pg-"));
  const r = spawnSync("bash", [join(root, "scripts", "pg-cluster.sh"), "start", cluster], { encoding: "utf8" });
  if (r.status !== 0) {
    console.log(`scale: no PostgreSQL (${r.stderr.trim()}); skipped`);
    process.exit(0);
  }
  pgBase = r.stdout.trim();
}
const pgMod = (await import("pg")).default;
async function sql(url, text, values = []) {
  const c = new pgMod.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text, values)).rows;
  } finally {
    await c.end();
  }
}
let dbn = 0;
async function freshPg() {
  const name = `casefile_scale_${process.pid}_${dbn++}`;
  await sql(pgBase, `CREATE DATABASE ${name}`);
  const u = new URL(pgBase);
  u.pathname = "/" + name;
  return u.toString();
}
const run = (args) =>
  new Promise((res) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    child.on("close", (code) => res({ code, err }));
  });
function walk(d, out = []) {
  if (!existsSync(d)) return out;
  for (const name of readdirSync(d).sort()) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (name.endsWith(".txt")) out.push(p);
  }
  return out;
}
const pct = (s, p) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

// 1. Ingest.
const files = walk(resolve(root, "..", "shared", "corpus")).slice(0, FILES);
if (files.length) {
  for (const jobs of [1, 2, 4]) {
    const db = join(dir, `ingest-${jobs}.db`);
    const t = performance.now();
    await run(["ingest", ...files, "--db", db, "--jobs", String(jobs)]);
    const s = (performance.now() - t) / 1000;
    console.log(`ingest sqlite --jobs ${jobs}: ${files.length} files in ${s.toFixed(1)} s → ${(files.length / s).toFixed(1)} docs/s`);
  }
  for (const workers of [1, 2, 4]) {
    const url = await freshPg();
    await run(["ingest", ...files, "--db", url, "--queue"]);
    const t = performance.now();
    await Promise.all(Array.from({ length: workers }, () => run(["worker", "--db", url, "--exit-when-idle", "--maintenance", "1"])));
    const s = (performance.now() - t) / 1000;
    const [{ n }] = await sql(url, `SELECT count(*)::int AS n FROM documents`);
    console.log(`ingest postgres, ${workers} worker${workers > 1 ? "s" : ""}: ${n} documents in ${s.toFixed(1)} s → ${(n / s).toFixed(1)} docs/s`);
  }
} else console.log("ingest: ../shared/corpus not present, skipped");

// 2. Generated documents and citations, written in bulk to both stores.
const WORDS = "motion court order plaintiff defendant appeal interlocutory reconsideration dismiss summary judgment stay injunction discovery sanctions amend complaint jurisdiction venue remand arbitration class certification qualified immunity habeas petition".split(" ");
const REPORTERS = ["F.2d", "F.3d", "F.4th", "U.S.", "F. Supp. 2d", "F. Supp. 3d", "S. Ct."];
const AUTHORITIES = Math.max(1000, Math.round(DOCS / 5));
let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const zipf = (n) => Math.floor(n * rand() ** 3);
const keys = Array.from({ length: AUTHORITIES }, (_, i) => {
  const volume = 1 + (i % 900);
  const reporter = REPORTERS[i % REPORTERS.length];
  const page = 1 + ((i * 7919) % 1500);
  return { text: `${volume} ${reporter} ${page}`, key: `case:${volume}|${reporter}|${page}` };
});
function* generate() {
  seed = 42;
  for (let n = 0; n < DOCS; n++) {
    const words = Array.from({ length: 60 }, () => WORDS[zipf(WORDS.length)]).join(" ");
    const cites = Array.from({ length: CITES }, () => zipf(AUTHORITIES));
    yield { n, text: `${words} ${cites.map((c) => `See ${keys[c].text}.`).join(" ")}`, cites, base: words.length + 1 };
  }
}
const sqlitePath = join(dir, "big.db");
const lite = SqliteStore.open(sqlitePath, { create: true });
let t0 = performance.now();
lite.db.transaction(() => {
  const a = lite.db.prepare(`INSERT INTO authorities (id, key, kind, label, fields_json) VALUES (?, ?, 'case', ?, '{}')`);
  keys.forEach((k, i) => a.run(i + 1, k.key, `Case ${i}, ${k.text}`));
})();
const insDoc = lite.db.prepare(`INSERT INTO documents (sha256, path, format, pages, court, title, date, judge, text, reading_json) VALUES (?, ?, 'text', 1, 'casd', ?, '2020-01-01', 'J', ?, '{}')`);
const insCite = lite.db.prepare(`INSERT INTO citations (doc_id, idx, kind, text, start, "end", fields_json, authority_id) VALUES (?, ?, 'case', ?, ?, ?, '{}', ?)`);
let batch = [];
const flushLite = () => {
  lite.db.transaction(() => {
    for (const d of batch) {
      const id = Number(insDoc.run(`g${d.n}`, `gen/${d.n}.txt`, `ORDER ${d.n}`, d.text).lastInsertRowid);
      let at = d.base;
      d.cites.forEach((c, i) => {
        const s = at + 4;
        insCite.run(id, i, keys[c].text, s, s + keys[c].text.length, c + 1);
        at = s + keys[c].text.length + 2;
      });
    }
  })();
  batch = [];
};
for (const d of generate()) {
  batch.push(d);
  if (batch.length === 5000) flushLite();
}
flushLite();
lite.rebuildCounts();
console.log(`sqlite: generated ${DOCS} documents, ${DOCS * CITES} citations in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const pgUrl = await freshPg();
const pgs = await PgStore.open(pgUrl, { create: true });
t0 = performance.now();
await pgs.pool.query(`INSERT INTO authorities (id, key, kind, label, fields_json) SELECT i, k, 'case', 'Case ' || i, '{}' FROM unnest($1::text[]) WITH ORDINALITY AS u(k, i)`, [keys.map((k) => k.key)]);
const flushPg = async () => {
  const docs = batch;
  batch = [];
  const ids = (
    await pgs.pool.query(
      `INSERT INTO documents (sha256, path, format, pages, court, title, date, judge, text, reading_json)
       SELECT 'g' || n, 'gen/' || n || '.txt', 'text', 1, 'casd', 'ORDER ' || n, '2020-01-01', 'J', t, '{}' FROM unnest($1::int[], $2::text[]) AS u(n, t) RETURNING id, sha256`,
      [docs.map((d) => d.n), docs.map((d) => d.text)],
    )
  ).rows;
  const idOf = new Map(ids.map((r) => [r.sha256, r.id]));
  const cols = [[], [], [], [], [], []];
  for (const d of docs) {
    let at = d.base;
    d.cites.forEach((c, i) => {
      const s = at + 4;
      cols[0].push(idOf.get(`g${d.n}`));
      cols[1].push(i);
      cols[2].push(keys[c].text);
      cols[3].push(s);
      cols[4].push(s + keys[c].text.length);
      cols[5].push(c + 1);
      at = s + keys[c].text.length + 2;
    });
  }
  await pgs.pool.query(`INSERT INTO citations (doc_id, idx, kind, text, start, "end", fields_json, authority_id) SELECT d, i, 'case', t, s, e, '{}', a FROM unnest($1::int[], $2::int[], $3::text[], $4::int[], $5::int[], $6::int[]) AS u(d, i, t, s, e, a)`, cols);
};
for (const d of generate()) {
  batch.push(d);
  if (batch.length === 2000) await flushPg();
}
await flushPg();
await pgs.rebuildCounts();
await pgs.pool.query(`VACUUM ANALYZE`);
console.log(`postgres: generated ${DOCS} documents, ${DOCS * CITES} citations in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

// 3. Queries, the same on both.
for (const [name, store] of [["sqlite", lite], ["postgres", pgs]]) {
  seed = 7;
  const cited = [];
  for (let i = 0; i < QUERIES; i++) {
    const t = performance.now();
    await store.citedBy(keys[zipf(AUTHORITIES)].text);
    cited.push(performance.now() - t);
  }
  const search = [];
  for (let i = 0; i < QUERIES; i++) {
    const q = `${WORDS[Math.floor(rand() * WORDS.length)]} ${WORDS[Math.floor(rand() * WORDS.length)]}`;
    const t = performance.now();
    await store.search(q);
    search.push(performance.now() - t);
  }
  for (const [what, times] of [["cited-by", cited], ["search", search]]) {
    const s = times.sort((a, b) => a - b);
    console.log(`${name} ${what}: p50 ${pct(s, 50).toFixed(1)} ms, p99 ${pct(s, 99).toFixed(1)} ms (n=${s.length})`);
  }
}
await lite.close();
const [{ size }] = await sql(pgUrl, `SELECT pg_database_size(current_database())::bigint AS size`);
await pgs.close();
console.log(`store size: sqlite ${mb(statSync(sqlitePath).size)}, postgres ${mb(Number(size))} (database, with indexes)`);
if (cluster) spawnSync("bash", [join(root, "scripts", "pg-cluster.sh"), "stop", cluster]);
rmSync(dir, { recursive: true, force: true });
