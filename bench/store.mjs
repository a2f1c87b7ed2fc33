#!/usr/bin/env node
// Store benchmark: ingest throughput on the shared corpus (when present), then cited-by
// and search latency on a store holding 100,000 documents' worth of generated
// citations. Prints numbers; asserts nothing. Runs from dist/: `npm run build` first.
// BENCH_STORE_DOCS and BENCH_STORE_QUERIES size the run; BENCH_STORE_CORPUS=0 skips the ingest.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AUTHORITIES, COURTS as courts, WORDS, fillStore, generator } from "./gen-store.mjs";

const dist = new URL("../dist/store/index.js", import.meta.url);
if (!existsSync(dist)) {
  console.log("bench/store: dist/ not built; run `npm run build` first");
  process.exit(0);
}
const { SqliteStore } = await import(dist.href);
const { ingestPaths } = await import(new URL("../dist/store/bulk.js", import.meta.url).href);

const DOCS = Number(process.env.BENCH_STORE_DOCS ?? 100_000);
const QUERIES = Number(process.env.BENCH_STORE_QUERIES ?? 300);
const dir = mkdtempSync(join(tmpdir(), "casefile-bench-"));

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
function report(name, times) {
  const s = [...times].sort((a, b) => a - b);
  console.log(`${name.padEnd(34)} n=${s.length}  p50 ${percentile(s, 50).toFixed(2)} ms  p99 ${percentile(s, 99).toFixed(2)} ms  max ${s[s.length - 1].toFixed(2)} ms`);
}
// A small deterministic generator, so runs are comparable; popular items drawn far more often.
const rng = generator();
const { rand, zipf } = rng;

// 1. Ingest throughput on the real corpus.
const corpus = new URL("../../shared/corpus/docs", import.meta.url).pathname;
if (process.env.BENCH_STORE_CORPUS === "0") {
  console.log("ingest: skipped (BENCH_STORE_CORPUS=0)");
} else if (existsSync(corpus)) {
  const store = SqliteStore.open(join(dir, "corpus.db"), { create: true });
  const s = await ingestPaths(store, [corpus], {});
  console.log(
    `ingest ${corpus}: ${s.stored} documents, ${s.pages} pages, ${s.failed} failed in ${s.seconds.toFixed(1)} s → ` +
      `${(s.stored / s.seconds).toFixed(1)} documents/s, ${(s.pages / s.seconds).toFixed(1)} pages/s`,
  );
  await store.close();
} else {
  console.log(`ingest: ${corpus} not present, skipped`);
}

// 2. A large generated store, written in bulk straight to its tables (bench/gen-store.mjs).
const store = SqliteStore.open(join(dir, "big.db"), { create: true });
const t0 = performance.now();
const authorityKeys = fillStore(store, DOCS, rng);
const stats = await store.stats();
console.log(`generated ${stats.documents} documents, ${stats.citations} citations, ${stats.authorities} authorities in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

// Queries name authorities by their citation text; parsing goes through the citation core.
const citedBy = [];
for (let i = 0; i < QUERIES; i++) {
  const { text } = authorityKeys[zipf(AUTHORITIES)];
  const t = performance.now();
  await store.citedBy(text);
  citedBy.push(performance.now() - t);
}
report("cited-by (citation text)", citedBy);

const search = [];
for (let i = 0; i < QUERIES; i++) {
  const q = i % 3 === 0 ? `"${WORDS[zipf(WORDS.length)]} ${WORDS[zipf(WORDS.length)]}"` : `${WORDS[Math.floor(rand() * WORDS.length)]} ${WORDS[Math.floor(rand() * WORDS.length)]}`;
  const t = performance.now();
  await store.search(q, i % 2 ? { court: courts[i % courts.length] } : {});
  search.push(performance.now() - t);
}
report("search, common words (bm25, 20 hits)", search);

// A term few documents hold (the order number in the title), as a docket search would be.
const selective = [];
for (let i = 0; i < QUERIES; i++) {
  const t = performance.now();
  await store.search(String(Math.floor(rand() * DOCS)));
  selective.push(performance.now() - t);
}
report("search, selective term", selective);

const top = [];
for (let i = 0; i < 20; i++) {
  const t = performance.now();
  await store.authorities({ limit: 25, kind: "case" });
  top.push(performance.now() - t);
}
report("authorities (most cited, top 25)", top);

await store.close();
rmSync(dir, { recursive: true, force: true });
