#!/usr/bin/env node
// npm run bench: speed and memory, printed as numbers and ratios (never asserted).
//   cite   MB/s and citations/s of the citation core over ../shared/citebench/bulk,
//          one document at a time, warm, in one process; heap before/after.
//   pdf    pages/s and peak RSS reading the corpus PDFs, next to `pdftotext -layout`.
//   ocr    pages/s and peak RSS reading scanned pages (pictures of text, no text layer)
//          by OCR at 300 dpi: one worker, pages one at a time.
//   store  ingest throughput and query latency (bench/store.mjs).
//   docket PACER docket pages/s and MB/s over ../shared/dockets, and one generated page of
//          10,000+ entries next to one of 1,000 (the ratio shows the reading is linear).
//   cases  text docket reports read whole (pages/s, MB/s) over ../shared/corpus-wide/docs/dockets;
//          a generated text docket of 10,000 entries next to one of 1,000: read, stored, and the
//          case assembled (`casefile case`), each with its ratio (about 10x = linear).
//   authorities  loading 5M generated CourtListener citation rows, lookup latency
//          (bench/authorities.mjs); heavy, so it runs only when named.
//   scale  PostgreSQL next to SQLite: ingest docs/s with 1, 2, 4 workers, query p50/p99 on
//          generated data, store sizes (bench/scale.mjs); heavy, so it runs only when named.
//   serve  the HTTP server on a generated store of 100,000 documents: requests/s and p50/p99 of
//          search and cited-by at 20 clients, a cheap request's latency while expensive searches
//          run, memory of `cite --jsonl` over 10,000 lines (bench/serve.mjs; heavy, runs only when
//          named; --docs N, --seconds S, --clients C, --lines N, --query-workers N, --save-anchor).
//   hostile  read() time on 100 KB, 400 KB and 1.6 MB of hostile patterns, and each command of
//          test/hostile/manifest.json on its generated input: exit code, time and peak RSS
//          against the manifest's bounds, OK or OVER (bench/hostile.mjs).
// usage: npm run bench [-- cite|pdf|ocr|docket|cases|store|authorities|scale|serve|hostile ...]
// Run pdf with poppler-utils installed (apt-get install poppler-utils) for the pdftotext ratio.
import { spawnSync } from "node:child_process";
import { clearInterval, setInterval } from "node:timers";
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

    // Linear in document size: the documents joined into one 8 MB text, against a 1 MB prefix of
    // it; the same MB/s at both sizes means no step of the pass grows faster than the text.
    const parts = [];
    let size = 0;
    for (let i = 0; size < 8e6; i = (i + 1) % docs.length) {
      parts.push(docs[i]);
      size += Buffer.byteLength(docs[i]) + 2;
    }
    const big = parts.join("\n\n");
    const small = big.slice(0, Math.round(big.length / 8));
    const rate = (text) => {
      lib.findCitations(text);
      const t = performance.now();
      const n = lib.findCitations(text).length;
      return { mbps: Buffer.byteLength(text) / 1e6 / ((performance.now() - t) / 1000), n };
    };
    const r1 = rate(small);
    const r8 = rate(big);
    console.log(`cite: one ${mb(Buffer.byteLength(big))} MB document: ${r8.mbps.toFixed(1)} MB/s (${r8.n} citations); its first ${mb(Buffer.byteLength(small))} MB: ${r1.mbps.toFixed(1)} MB/s; ratio ${(r8.mbps / r1.mbps).toFixed(2)} (1.00 = linear)`);
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
        // Text layers only: scanned pages are the ocr row's.
        const r = await lib.read({ path: f, bytes: new Uint8Array(readFileSync(f)), ocr: false });
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

if (run("docket")) {
  const pages = walk(join(shared, "dockets"), (p) => p.endsWith(".html"));
  if (pages.length === 0) console.log("docket: ../shared/dockets not found; skipped");
  else {
    const htmls = pages.map((f) => readFileSync(f, "utf8"));
    const bytes = htmls.reduce((n, h) => n + Buffer.byteLength(h), 0);
    for (const h of htmls) lib.readDocketHtml(h); // warm
    const t0 = performance.now();
    let entries = 0;
    for (let rep = 0; rep < 3; rep++) for (const h of htmls) entries += lib.readDocketHtml(h)?.docket?.entries.length ?? 0;
    const secs = (performance.now() - t0) / 1000;
    console.log(`docket: ${pages.length} pages, ${mb(bytes)} MB: ${((3 * pages.length) / secs).toFixed(0)} pages/s, ${((3 * bytes) / 1e6 / secs).toFixed(1)} MB/s, ${(entries / secs).toFixed(0)} entries/s`);
    // a generated Docket Report: the same row n times
    const page = (n) => {
      const rows = [];
      for (let i = 1; i <= n; i++) rows.push(`<tr><td>01/02/2020</td><td><a href="/doc1/0350${String(i).padStart(8, "0")}">${i}</a></td><td>ORDER granting ${i > 1 ? i - 1 : ""} Motion to Extend Time. Signed by Judge A. B. on 1/2/2020. (Entered: 01/02/2020)</td></tr>`);
      return `<html><head><title>CM/ECF</title></head><body><h3>U.S. District Court<br>District of Oregon<br>CIVIL DOCKET FOR CASE #: 3:20-cv-00001-AB</h3><table><tr><td>Roe v. Doe<br>Assigned to: Judge A. B.</td><td>Date Filed: 01/02/2020</td></tr></table><table><tr><th>Date Filed</th><th>#</th><th>Docket Text</th></tr>${rows.join("\n")}</table></body></html>`;
    };
    const time = (n) => {
      const h = page(n);
      const t = performance.now();
      const got = lib.readDocketHtml(h)?.docket?.entries.length;
      return { ms: performance.now() - t, got, mb: Buffer.byteLength(h) / 1e6 };
    };
    time(1000);
    const small = time(1000);
    const big = time(12000);
    console.log(`docket: generated 1,000 entries ${small.ms.toFixed(0)} ms; 12,000 entries (${big.mb.toFixed(1)} MB) ${big.ms.toFixed(0)} ms, ${big.got} read; ratio ${(big.ms / small.ms).toFixed(1)}x for 12x the entries`);
  }
}

if (run("cases")) {
  const files = walk(join(shared, "corpus-wide", "docs", "dockets"), (p) => p.endsWith(".txt"));
  if (files.length === 0) console.log("cases: ../shared/corpus-wide/docs/dockets not found; text dockets not measured");
  else {
    const texts = files.map((f) => readFileSync(f));
    const bytes = texts.reduce((n, b) => n + b.length, 0);
    let pages = 0;
    let entries = 0;
    const t0 = performance.now();
    for (let i = 0; i < files.length; i++) {
      const r = await lib.read({ path: files[i], bytes: new Uint8Array(texts[i]) });
      pages += r.source.pages;
      entries += r.docket?.entries.length ?? 0;
    }
    const secs = (performance.now() - t0) / 1000;
    console.log(`cases: ${files.length} text dockets read whole, ${pages} pages, ${mb(bytes)} MB, ${entries} entries in ${secs.toFixed(2)} s: ${(pages / secs).toFixed(1)} pages/s, ${(bytes / 1e6 / secs).toFixed(2)} MB/s`);
  }
  // A generated text docket: motions and the orders deciding them, n entries.
  const docketOf = (n) => {
    const rows = [];
    for (let i = 1; i <= n; i++) {
      const day = new Date(Date.UTC(2010, 0, 1) + i * 3_600_000 * 6).toISOString().slice(0, 10);
      const printed = `${day.slice(5, 7)}/${day.slice(8, 10)}/${day.slice(0, 4)}`;
      const text = i % 2 ? `MOTION for Extension of Time to File by Roe Industries, Inc.. (Counsel, Pat) (Entered: ${printed})` : `ORDER granting ${i - 1} Motion for Extension of Time. Signed by Judge Ada B. Bench on ${printed}. (xx) (Entered: ${printed})`;
      rows.push(`${printed}  ${String(i).padStart(5)}  ${text}`);
    }
    return ["U.S. District Court", "District of Oregon (Portland)", "CIVIL DOCKET FOR CASE #: 3:09-cv-00001-AB", "Doe v. Roe Industries, Inc.          Date Filed: 01/01/2010", "Assigned to: Judge Ada B. Bench"].join("\n\n") + "\n\nDate Filed    #    Docket Text\n" + rows.join("\n") + "\n";
  };
  const { SqliteStore } = await import(pathToFileURL(join(root, "dist", "store", "index.js")).href);
  const timeCase = async (n) => {
    const bytes = new TextEncoder().encode(docketOf(n));
    const t0 = performance.now();
    const reading = await lib.read({ path: `generated-${n}.txt`, bytes });
    const t1 = performance.now();
    const store = SqliteStore.open(":memory:");
    await store.put(reading);
    const t2 = performance.now();
    const c = await store.case("ord", "3:09-cv-00001");
    const t3 = performance.now();
    await store.close();
    return { read: t1 - t0, put: t2 - t1, assemble: t3 - t2, mb: bytes.length / 1e6, entries: c?.entries.length ?? 0, rulings: c?.rulings.length ?? 0, pending: c?.pendingMotions.length ?? -1 };
  };
  await timeCase(1000);
  const small = await timeCase(1000);
  const big = await timeCase(10_000);
  const ratio = (k) => (big[k] / small[k]).toFixed(1);
  console.log(
    `cases: generated text docket of 1,000 entries: read ${small.read.toFixed(0)} ms, stored ${small.put.toFixed(0)} ms, case assembled ${small.assemble.toFixed(0)} ms; ` +
      `10,000 entries (${big.mb.toFixed(1)} MB, ${big.entries} entries, ${big.rulings} rulings, ${big.pending} pending): read ${big.read.toFixed(0)} ms (${(big.mb / (big.read / 1000)).toFixed(2)} MB/s), stored ${big.put.toFixed(0)} ms, assembled ${big.assemble.toFixed(0)} ms; ` +
      `ratios ${ratio("read")}x, ${ratio("put")}x, ${ratio("assemble")}x for 10x the entries`,
  );
}

if (run("ocr")) {
  // Scanned pages made here: prose of our own drawn at 200 dpi onto a picture, embedded with pdf-lib.
  const { createCanvas, GlobalFonts } = await import("@napi-rs/canvas");
  const { PDFDocument } = await import("pdf-lib");
  GlobalFonts.registerFromPath(join(root, "node_modules", "pdfjs-dist", "standard_fonts", "LiberationSans-Regular.ttf"), "BenchSans");
  const words = "the court has considered the motion and the papers filed in support and in opposition and finds that the plaintiff has not shown good cause for relief defendant shall answer within fourteen days of this order".split(" ");
  const PAGES = 3;
  const dpi = 200;
  const s = dpi / 72;
  const doc = await PDFDocument.create();
  let seed = 7;
  for (let p = 0; p < PAGES; p++) {
    const canvas = createCanvas(Math.round(612 * s), Math.round(792 * s));
    const ctx = canvas.getContext("2d");
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.fillStyle = "#000";
    ctx.font = `${12 * s}px BenchSans`;
    for (let i = 0; i < 26; i++) {
      const line = [];
      for (let k = 0; k < 12; k++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        line.push(words[seed % words.length]);
      }
      ctx.fillText(line.join(" "), 72 * s, (90 + i * 24) * s);
    }
    const page = doc.addPage([612, 792]);
    page.drawImage(await doc.embedPng(canvas.toBuffer("image/png")), { x: 0, y: 0, width: 612, height: 792 });
  }
  const bytes = await doc.save();
  let peakRss = process.memoryUsage().rss;
  const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const ing = await lib.ingest(bytes, { path: "bench-scan.pdf" });
  const secs = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSecs = (cpu.user + cpu.system) / 1e6;
  clearInterval(timer);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const ocr = ing.findings.find((f) => f.code === "pdf.ocr");
  console.log(`ocr: ${PAGES} scanned pages in ${secs.toFixed(2)} s: ${(PAGES / secs).toFixed(2)} pages/s (worker start included), CPU ${cpuSecs.toFixed(1)} s (${(PAGES / cpuSecs).toFixed(2)} pages per CPU-second, all threads), peak RSS ${mb(peakRss)} MB; ${ocr ? ocr.message : "no OCR finding"}`);
}

if (run("store")) {
  const store = join(root, "bench", "store.mjs");
  if (existsSync(store)) spawnSync(process.execPath, [store], { stdio: "inherit" });
  else console.log("store: bench/store.mjs not present");
}

if (wanted.includes("scale")) {
  spawnSync(process.execPath, [join(root, "bench", "scale.mjs")], { stdio: "inherit" });
}

if (wanted.includes("authorities")) {
  spawnSync(process.execPath, [join(root, "bench", "authorities.mjs")], { stdio: "inherit" });
}

if (wanted.includes("serve")) {
  // Its own options (--docs N …) pass through; their values are not bench names.
  const args = process.argv.slice(2).filter((a) => a !== "serve");
  spawnSync(process.execPath, ["--expose-gc", join(root, "bench", "serve.mjs"), ...args], { stdio: "inherit" });
}

if (run("hostile")) {
  const patterns = process.argv.slice(2).filter((a) => (a === "--patterns" || a === "--inputs" || !a.startsWith("-")) && a !== "hostile" && !["cite", "pdf", "ocr", "docket", "store", "serve", "authorities", "scale"].includes(a));
  spawnSync(process.execPath, ["--expose-gc", join(root, "bench", "hostile.mjs"), ...patterns], { stdio: "inherit" });
}
