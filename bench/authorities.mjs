#!/usr/bin/env node
// Authority database benchmark: loads generated CourtListener bulk files (5 million
// citation rows and 1 million opinion clusters by default, in the exact COPY CSV format)
// into a fresh store, then times lookups at that size. Prints rows/s, peak RSS, store
// size, lookup p50/p99, and the arithmetic for a full CourtListener load. Asserts nothing.
// Runs from dist/: `npm run build` first. `npm run bench -- authorities`.
// BENCH_CITES, BENCH_CLUSTERS and BENCH_LOOKUPS size the run.
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import { clearInterval, setInterval } from "node:timers";

const dist = (p) => new URL(`../dist/${p}`, import.meta.url);
if (!existsSync(dist("store/courtlistener.js"))) {
  console.log("bench/authorities: dist/ not built; run `npm run build` first");
  process.exit(0);
}
const { SqliteStore } = await import(dist("store/sqlite.js").href);
const { loadCourtListener } = await import(dist("store/courtlistener.js").href);
const { SqliteAuthorityIndex } = await import(dist("store/authorities.js").href);
const { checkCite } = await import(dist("check/index.js").href);

const CITES = Number(process.env.BENCH_CITES ?? 5_000_000);
const CLUSTERS = Number(process.env.BENCH_CLUSTERS ?? 1_000_000);
const LOOKUPS = Number(process.env.BENCH_LOOKUPS ?? 20_000);
// What CourtListener's citation-lookup page states it holds, and its cluster count, rounded.
const FULL_CITES = 18_000_000;
const FULL_CLUSTERS = 10_000_000;

const dir = mkdtempSync(join(tmpdir(), "casefile-bench-authorities-"));
const mb = (n) => (n / 1e6).toFixed(1);
const q = (v) => (v === null ? "" : `"${String(v).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`);
const REPORTERS = ["U.S.", "S. Ct.", "L. Ed. 2d", "F.2d", "F.3d", "F.4th", "F. Supp.", "F. Supp. 2d", "F. Supp. 3d", "P.2d", "P.3d", "A.2d", "A.3d", "N.E.2d", "N.W.2d", "S.E.2d", "S.W.3d", "So. 2d", "So. 3d", "Cal. Rptr. 3d"];
const VOLUMES = 1000;
// Cite i: reporter i mod 20, volume (i / 20) mod 1000, and pages rising through the volume.
const citeOf = (i) => ({ reporter: REPORTERS[i % REPORTERS.length], volume: 1 + (Math.floor(i / REPORTERS.length) % VOLUMES), page: 1 + 7 * Math.floor(i / (REPORTERS.length * VOLUMES)) });
const SURNAMES = ["Ashby", "Bellamy", "Corliss", "Dunmore", "Everly", "Fairbanks", "Galloway", "Hensley", "Ingram", "Jessup", "Kilgore", "Lockhart", "Merriweather", "Northcutt", "Oglesby", "Prentiss"];
const nameOf = (id) => `${SURNAMES[id % 16]}${id.toString(36)} v. ${SURNAMES[(id >> 4) % 16]} Holdings, Inc.`;

async function writeFile(path, header, count, row) {
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  let buf = header.map(q).join(",") + "\n";
  for (let i = 0; i < count; i++) {
    buf += row(i).map(q).join(",") + "\n";
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, "drain");
      buf = "";
    }
  }
  out.end(buf);
  await once(out, "finish");
  return statSync(path).size;
}

const t0 = performance.now();
const stamp = "2024-01-02 03:04:05.123456+00";
const citeBytes = await writeFile(join(dir, "citations-bench.csv"), ["id", "volume", "reporter", "page", "type", "cluster_id", "date_created", "date_modified"], CITES, (i) => {
  const c = citeOf(i);
  return [i + 1, c.volume, c.reporter, c.page, 1, 1 + (i % Math.max(1, CLUSTERS)), stamp, stamp];
});
// Clusters carry a few hundred bytes of the long text columns, which the loader must parse past.
const filler = "The court considered the motion and the record. ".repeat(6);
const clusterHeader = ["id", "date_created", "date_modified", "judges", "date_filed", "slug", "case_name_short", "case_name", "case_name_full", "syllabus", "headmatter", "docket_id"];
const clusterBytes = await writeFile(join(dir, "opinion-clusters-bench.csv"), clusterHeader, CLUSTERS, (i) => {
  const id = i + 1;
  return [id, stamp, stamp, null, `${1950 + (id % 70)}-0${1 + (id % 9)}-1${id % 10}`, "x", SURNAMES[id % 16], nameOf(id), nameOf(id).toUpperCase(), null, `<p>${filler}"${id}"</p>`, id + 10_000_000];
});
console.log(`authorities: generated ${CITES} citation rows (${mb(citeBytes)} MB) and ${CLUSTERS} cluster rows (${mb(clusterBytes)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
const dbPath = join(dir, "bench.db");
const store = SqliteStore.open(dbPath, { create: true });
const perKind = {};
const load = await loadCourtListener(store.db, [dir], {
  onEvent: (e) => {
    if (e.type === "start") perKind[e.kind] = { t: performance.now(), rows: 0 };
    if (e.type === "done") perKind[e.kind] = { ...perKind[e.kind], rows: e.rows, secs: (performance.now() - perKind[e.kind].t) / 1000 };
  },
});
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss);
store.db.pragma("wal_checkpoint(TRUNCATE)");
const dbBytes = statSync(dbPath).size;
const citeRate = perKind.citations.rows / perKind.citations.secs;
const clusterRate = perKind.clusters ? perKind.clusters.rows / perKind.clusters.secs : NaN;
console.log(`authorities: citations ${perKind.citations.rows} rows in ${perKind.citations.secs.toFixed(1)} s = ${Math.round(citeRate)} rows/s (${mb(citeBytes / perKind.citations.secs)} MB/s)`);
if (perKind.clusters) console.log(`authorities: clusters ${perKind.clusters.rows} rows in ${perKind.clusters.secs.toFixed(1)} s = ${Math.round(clusterRate)} rows/s (${mb(clusterBytes / perKind.clusters.secs)} MB/s)`);
console.log(`authorities: whole load ${load.rows} rows in ${load.seconds.toFixed(1)} s; peak RSS ${mb(peakRss)} MB; store ${mb(dbBytes)} MB (${(dbBytes / (CITES + CLUSTERS)).toFixed(0)} bytes a row)`);

// Lookups at this size: hits and misses over the whole key space, and a checked cite
// whose name disagrees (which also looks the name up for a suggestion).
const index = new SqliteAuthorityIndex(store.db);
let seed = 7;
const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const percentile = (s, p) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
async function time(name, fn) {
  const times = [];
  for (let n = 0; n < LOOKUPS; n++) {
    const t = performance.now();
    await fn(n);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(`authorities: ${name.padEnd(30)} n=${LOOKUPS}  p50 ${percentile(times, 50).toFixed(3)} ms  p99 ${percentile(times, 99).toFixed(3)} ms`);
}
await time("lookup (hit)", async () => {
  const c = citeOf(Math.floor(rand() * CITES));
  await index.casesAt(c.reporter, c.volume, String(c.page));
});
await time("lookup (miss, page between)", async () => {
  const c = citeOf(Math.floor(rand() * CITES));
  if ((await index.casesAt(c.reporter, c.volume, String(c.page + 3))).length === 0) await index.coverage(c.reporter, c.volume);
});
await time("check cite (name mismatch)", async () => {
  const i = Math.floor(rand() * CITES);
  const c = citeOf(i);
  const other = 1 + ((i + 12345) % CLUSTERS);
  await checkCite(index, { volume: String(c.volume), reporter: c.reporter, page: String(c.page), caseName: nameOf(other), year: null });
});
await store.close();

// A full load, by the rates measured here.
const fullSecs = FULL_CITES / citeRate + FULL_CLUSTERS / clusterRate;
const fullBytes = (dbBytes / (CITES + CLUSTERS)) * (FULL_CITES + FULL_CLUSTERS);
console.log(
  `authorities: a full CourtListener load: ${FULL_CITES / 1e6}M citations / ${Math.round(citeRate)} rows/s = ${(FULL_CITES / citeRate / 60).toFixed(1)} min, ` +
    `+ ${FULL_CLUSTERS / 1e6}M clusters / ${Math.round(clusterRate)} rows/s = ${(FULL_CLUSTERS / clusterRate / 60).toFixed(1)} min, ` +
    `= ${(fullSecs / 60).toFixed(1)} min before decompression and the clusters' longer text columns; ` +
    `store ≈ ${(dbBytes / (CITES + CLUSTERS)).toFixed(0)} B/row × ${(FULL_CITES + FULL_CLUSTERS) / 1e6}M rows = ${(fullBytes / 1e9).toFixed(1)} GB`,
);
rmSync(dir, { recursive: true, force: true });
