#!/usr/bin/env node
// npm run bench: speed and memory, printed as numbers and ratios (never asserted).
//   cite   MB/s and citations/s of the citation core over ../shared/citebench/bulk,
//          one document at a time, warm, in one process; heap before/after.
//   pdf    pages/s and peak RSS reading the corpus PDFs, next to `pdftotext -layout`.
//   store  ingest throughput and query latency (bench/store.mjs).
//   hostile  read() time on 100 KB, 400 KB and 1.6 MB of hostile patterns (bench/hostile.mjs).
// usage: npm run bench [-- cite|pdf|store|hostile ...]
// Run pdf with poppler-utils installed (apt-get install poppler-utils) for the pdftotext ratio.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(root, "..", "shared");
const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const run = (name) => wanted.length === 0 || wanted.includes(name);
if (!existsSync(join(root, "dist", "index.js"))) {
  console.error("bench: build first (npm run build)");
  process.exit(64);
}
const lib = await import(pathToFileURL(join(root, "dist", "index.js")).href);

function walk(dir, pred, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, pred, out);
    else if (pred(p)) out.push(p);
  }
  return out;
}
const mb = (n) => (n / 1e6).toFixed(1);

if (run("cite")) {
  const files = walk(join(shared, "citebench", "bulk"), (p) => p.endsWith(".txt"));
  if (files.length === 0) {
    console.error("cite: ../shared/citebench/bulk not found; nothing measured");
    process.exitCode = 66;
  }
  else {
    const docs = files.map((f) => readFileSync(f, "utf8"));
    const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
    // Warm: one pass over every document first, so the JIT has seen each path; it is
    // reported apart as the cold figure.
    const tc = performance.now();
    for (const d of docs) lib.findCitations(d);
    const cold = bytes / 1e6 / ((performance.now() - tc) / 1000);
    globalThis.gc?.();
    const heap0 = process.memoryUsage().heapUsed;
    let cites = 0;
    let peakHeap = heap0;
    const t0 = performance.now();
    for (let rep = 0; rep < 3; rep++) {
      for (const d of docs) {
        cites += lib.findCitations(d).length;
        const h = process.memoryUsage().heapUsed;
        if (h > peakHeap) peakHeap = h;
      }
    }
    const secs = (performance.now() - t0) / 1000;
    globalThis.gc?.();
    const heap1 = process.memoryUsage().heapUsed;
    const mbps = (3 * bytes) / 1e6 / secs;
    console.log(`cite: ${docs.length} documents, ${mb(bytes)} MB, 3 passes: ${mbps.toFixed(1)} MB/s, ${Math.round(cites / secs)} citations/s (${cites / 3} citations a pass)`);
    console.log(`cite: ${(mbps / 0.24).toFixed(0)}x eyecite's 0.24 MB/s, ${(mbps / 0.12).toFixed(0)}x the TypeScript port's 0.12 MB/s (figures from ../shared/citebench/README.md)`);
    console.log(`cite: the first (cold) pass, JIT warming up: ${cold.toFixed(1)} MB/s`);
    console.log(`cite: heap ${mb(heap0)} MB before, ${mb(heap1)} MB after, peak ${mb(peakHeap)} MB`);
  }
}

if (run("pdf")) {
  const files = walk(join(shared, "corpus", "docs", "pdf"), (p) => p.toLowerCase().endsWith(".pdf"));
  if (files.length === 0) {
    console.error("pdf: ../shared/corpus/docs/pdf not found; nothing measured");
    process.exitCode = 66;
  }
  else {
    let pages = 0;
    let failed = 0;
    let peakRss = process.memoryUsage().rss;
    const t0 = performance.now();
    for (const f of files) {
      try {
        const r = await lib.read({ path: f, bytes: new Uint8Array(readFileSync(f)) });
        pages += r.source.pages;
      } catch {
        failed++;
      }
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
    const secs = (performance.now() - t0) / 1000;
    console.log(`pdf: casefile read ${files.length} PDFs (${failed} refused), ${pages} pages in ${secs.toFixed(2)} s: ${(pages / secs).toFixed(1)} pages/s, peak RSS ${mb(peakRss)} MB`);
    const probe = spawnSync("pdftotext", ["-v"], { encoding: "utf8" });
    if (probe.error) console.log("pdf: pdftotext not installed (apt-get install poppler-utils) — no ratio");
    else {
      const t1 = performance.now();
      for (const f of files) spawnSync("pdftotext", ["-layout", f, "-"], { stdio: "ignore" });
      const psecs = (performance.now() - t1) / 1000;
      console.log(`pdf: pdftotext -layout on the same files: ${psecs.toFixed(2)} s, ${(pages / psecs).toFixed(1)} pages/s; casefile/pdftotext time ratio ${(secs / psecs).toFixed(2)} (casefile does layout, citations and analysis too)`);
    }
  }
}

if (run("store")) {
  const store = join(root, "bench", "store.mjs");
  if (existsSync(store)) spawnSync(process.execPath, [store], { stdio: "inherit" });
  else console.log("store: bench/store.mjs not present");
}

if (run("hostile")) {
  const patterns = process.argv.slice(2).filter((a) => !a.startsWith("-") && a !== "hostile" && !["cite", "pdf", "store", "serve"].includes(a));
  spawnSync(process.execPath, ["--expose-gc", join(root, "bench", "hostile.mjs"), ...patterns], { stdio: "inherit" });
}
