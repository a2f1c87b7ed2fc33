#!/usr/bin/env node
// Serve bench (npm run bench -- serve): the HTTP server under load. Prints numbers; asserts nothing.
//   1. requests/s and p50/p99 of /api/search and of /api/cited-by, 20 clients for 30 s each,
//      on a generated store of 100,000 documents (bench/gen-store.mjs; built once and cached);
//   2. a cheap request's latency (GET /api/health, GET /api/documents/ID) while expensive
//      searches run, with heavy queries in worker threads (the server's default) and, to
//      compare, in-process on the event loop (queryWorkers: 0);
//   3. memory of one `casefile cite --jsonl` process before and after 10,000 lines, and the
//      heap of the same work in-process.
// Each figure is printed with its ratio to the anchor (bench/anchors/serve.json, the run the
// README reports); --save-anchor writes this run there.
// usage: node bench/serve.mjs [--docs N] [--seconds S] [--clients C] [--lines N] [--query-workers N] [--save-anchor]
// The generated store is cached under $CASEFILE_BENCH_CACHE (default <tmp>/casefile-bench-cache).
import { spawn } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createInterface } from "node:readline";
import { COURTS, WORDS, authorityKeys, cachedStore, generator } from "./gen-store.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = (p) => new URL(`../dist/${p}`, import.meta.url).href;
if (!existsSync(join(root, "dist", "server", "index.js"))) {
  console.error("bench/serve: build first (npm run build)");
  process.exit(64);
}

// The server, in a child process of its own: `--child STORE QUERY_WORKERS`.
if (process.argv[2] === "--child") {
  const { startServer } = await import(dist("server/index.js"));
  const { openAnyStore } = await import(dist("store/index.js"));
  const store = await openAnyStore(process.argv[3], { create: false });
  const workers = process.argv[4] === "default" ? undefined : Number(process.argv[4]);
  const server = await startServer(store, { port: 0, queryWorkers: workers });
  process.stdout.write(JSON.stringify({ url: server.url }) + "\n");
  process.once("SIGTERM", async () => {
    await server.close();
    await store.close();
    process.exit(0);
  });
  await new Promise(() => undefined);
}

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const n = Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n <= 0) {
    console.error(`bench/serve: --${name} takes a positive whole number, not ${JSON.stringify(process.argv[i + 1] ?? "")}`);
    process.exit(64);
  }
  return n;
};
const DOCS = arg("docs", 100_000);
const SECONDS = arg("seconds", 30);
const CLIENTS = arg("clients", 20);
const LINES = arg("lines", 10_000);
// The server's query threads; its default (cores - 1, at least 1) unless given.
const WORKERS = process.argv.includes("--query-workers") ? arg("query-workers", 1) : "default";
const PROBE_SECONDS = Math.min(10, SECONDS);
const anchorPath = join(root, "bench", "anchors", "serve.json");
const saved = existsSync(anchorPath) ? JSON.parse(readFileSync(anchorPath, "utf8")) : null;
// Ratios only against a run of the same size: another store's figures are not comparable.
const anchor = saved?.docs === DOCS ? saved : null;

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const ms = (x) => `${x < 10 ? x.toFixed(2) : x.toFixed(0)} ms`;
const MB = (b) => `${(b / 1e6).toFixed(0)} MB`;
/** "(x1.05 of the anchor)": this figure against the anchor's, when there is one. */
const vs = (path, value) => {
  const was = path.split(".").reduce((o, k) => o?.[k], anchor);
  return typeof was === "number" && was > 0 ? ` (x${(value / was).toFixed(2)} of anchor)` : "";
};
function summary(times) {
  const s = [...times].sort((a, b) => a - b);
  return { n: s.length, p50: pct(s, 50) ?? 0, p99: pct(s, 99) ?? 0, max: s[s.length - 1] ?? 0 };
}

const { SqliteStore, MIGRATIONS } = await import(dist("store/index.js"));
const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? "unknown CPU"}), Node ${process.version}`;
// Other processes on the machine skew every figure: the load average is printed with them.
const load0 = loadavg()[0];
console.log(`serve: ${machine}; load average ${load0.toFixed(2)} at the start`);
const built = await cachedStore(SqliteStore, DOCS, MIGRATIONS[MIGRATIONS.length - 1].version);
console.log(`serve: store of ${DOCS.toLocaleString("en-US")} generated documents at ${built.path} (${built.built ? `built in ${built.seconds.toFixed(1)} s` : "cached"})`);

async function startChild(queryWorkers) {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), "--child", built.path, String(queryWorkers)], { stdio: ["ignore", "pipe", "inherit"] });
  const line = await new Promise((res, rej) => {
    createInterface({ input: child.stdout }).once("line", res);
    child.once("exit", (code) => rej(new Error(`the server exited (${code})`)));
  });
  return { url: JSON.parse(line).url, stop: () => new Promise((res) => (child.once("exit", res), child.kill("SIGTERM"))) };
}

async function get(url) {
  const t = performance.now();
  const res = await globalThis.fetch(url);
  await res.arrayBuffer();
  return { ms: performance.now() - t, status: res.status };
}

/** `clients` loops asking `next()`'s URLs for `seconds`: requests/s and latency. */
async function load(base, next, seconds, clients) {
  const times = [];
  const bad = new Map();
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      let i = c;
      while (performance.now() < until) {
        const r = await get(base + next(i));
        i += clients;
        if (r.status === 200) times.push(r.ms);
        else bad.set(r.status, (bad.get(r.status) ?? 0) + 1);
      }
    }),
  );
  return { rps: times.length / seconds, ...summary(times), errors: Object.fromEntries(bad) };
}

// Queries drawn as the store bench draws them: common words (bm25 over most of the store),
// phrases, a court filter; cited-by of authorities, popular ones most often.
const rng = generator(7);
const keys = authorityKeys();
const searches = Array.from({ length: 500 }, (_, i) => {
  const w = () => WORDS[rng.zipf(WORDS.length)];
  const q = i % 3 === 0 ? `"${w()} ${w()}"` : `${WORDS[Math.floor(rng.rand() * WORDS.length)]} ${WORDS[Math.floor(rng.rand() * WORDS.length)]}`;
  return `/api/search?q=${encodeURIComponent(q)}${i % 2 ? `&court=${COURTS[i % COURTS.length]}` : ""}`;
});
const citedBys = Array.from({ length: 500 }, () => `/api/cited-by?citation=${encodeURIComponent(keys[rng.zipf(keys.length)].text)}`);
// The expensive search: two words nearly every document holds, ranked over the whole store.
const EXPENSIVE = `/api/search?q=${encodeURIComponent("motion court")}`;

const result = { machine, docs: DOCS, seconds: SECONDS, clients: CLIENTS };

{
  const server = await startChild(WORKERS);
  for (const u of [...searches.slice(0, 4), ...citedBys.slice(0, 4), EXPENSIVE]) await get(server.url + u); // warm: workers started, pages cached
  for (const [name, urls] of [["search", searches], ["citedBy", citedBys]]) {
    const r = await load(server.url, (i) => urls[i % urls.length], SECONDS, CLIENTS);
    result[name] = r;
    const errors = Object.keys(r.errors).length ? `, not 200: ${JSON.stringify(r.errors)}` : "";
    console.log(`serve: ${name === "search" ? "search  " : "cited-by"} ${CLIENTS} clients, ${SECONDS} s: ${r.rps.toFixed(1)} requests/s${vs(`${name}.rps`, r.rps)}, p50 ${ms(r.p50)}${vs(`${name}.p50`, r.p50)}, p99 ${ms(r.p99)}${vs(`${name}.p99`, r.p99)} (n=${r.n}${errors})`);
  }
  await server.stop();
}

/** A cheap request asked one at a time while `busy` clients run the expensive search. */
async function cheapWhileBusy(queryWorkers, busy) {
  const server = await startChild(queryWorkers);
  await get(server.url + EXPENSIVE);
  // Warm: the routes' first answers compile them.
  for (let i = 0; i < 50; i++) await get(server.url + (i % 2 ? "/api/health" : `/api/documents/${1 + i}`));
  let running = busy > 0;
  const heavy = [];
  const loops = Array.from({ length: busy }, async () => {
    while (running) heavy.push((await get(server.url + EXPENSIVE)).ms);
  });
  if (busy) await sleep(300); // the searches are under way
  const health = [];
  const doc = [];
  const until = performance.now() + PROBE_SECONDS * 1000;
  for (let i = 0; performance.now() < until; i++) {
    health.push((await get(server.url + "/api/health")).ms);
    doc.push((await get(server.url + `/api/documents/${1 + ((i * 7919) % DOCS)}`)).ms);
    await sleep(20);
  }
  running = false;
  await Promise.all(loops);
  await server.stop();
  return { health: summary(health), document: summary(doc), expensive: summary(heavy) };
}

const line = (label, s, path) => `p50 ${ms(s.p50)}, p99 ${ms(s.p99)}${vs(`${path}.p99`, s.p99)}, max ${ms(s.max)}${vs(`${path}.max`, s.max)} (n=${s.n})`;
const BUSY = 4;
result.cheap = {
  idle: await cheapWhileBusy(WORKERS, 0),
  workers: await cheapWhileBusy(WORKERS, BUSY),
  inProcess: await cheapWhileBusy(0, BUSY),
};
{
  const { idle, workers, inProcess } = result.cheap;
  console.log(`serve: cheap requests, ${PROBE_SECONDS} s one at a time; the expensive search is ${JSON.stringify(decodeURIComponent(EXPENSIVE))}, p50 ${ms(workers.expensive.p50)} each`);
  console.log(`serve:   idle server            GET /api/health ${line("", idle.health, "cheap.idle.health")}; GET /api/documents/ID ${line("", idle.document, "cheap.idle.document")}`);
  console.log(`serve:   ${BUSY} searches, in workers  GET /api/health ${line("", workers.health, "cheap.workers.health")}; GET /api/documents/ID ${line("", workers.document, "cheap.workers.document")}`);
  console.log(`serve:   ${BUSY} searches, in-process  GET /api/health ${line("", inProcess.health, "cheap.inProcess.health")}; GET /api/documents/ID ${line("", inProcess.document, "cheap.inProcess.document")}`);
  const worst = Math.max(workers.health.p99, workers.document.p99);
  console.log(`serve:   the issue asks < 50 ms for a cheap request while an expensive one runs: p99 ${ms(worst)} with workers (max ${ms(Math.max(workers.health.max, workers.document.max))}), against p99 ${ms(Math.max(inProcess.health.p99, inProcess.document.p99))} in-process`);
}

// 3. cite --jsonl: one process, LINES lines of generated text with citations.
function jsonlLine(i) {
  const v = 100 + (i % 800);
  const p = 1 + ((i * 7919) % 1400);
  const words = Array.from({ length: 40 }, (_, k) => WORDS[(i * 31 + k * 7) % WORDS.length]).join(" ");
  const text = `${words}. See Roe${i} v. Doe, ${v} F.3d ${p}, ${p + 3} (9th Cir. ${1990 + (i % 30)}); 42 U.S.C. § ${1980 + (i % 9)}(b); Fed. R. Civ. P. ${1 + (i % 80)}(e). Id. at ${p + 4}. ${words}.`;
  return JSON.stringify({ id: i, text }) + "\n";
}
const status = (pid) => {
  const s = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (k) => Number(new RegExp(`^${k}:\\s+(\\d+)`, "m").exec(s)?.[1] ?? NaN) * 1024;
  return { rss: kb("VmRSS"), hwm: kb("VmHWM") };
};
{
  const child = spawn(process.execPath, [join(root, "bin", "casefile.js"), "cite", "--jsonl", "-"], { stdio: ["pipe", "pipe", "inherit"] });
  const out = createInterface({ input: child.stdout });
  let got = 0;
  let wake = null;
  out.on("line", () => {
    got++;
    wake?.();
  });
  const waitFor = async (n) => {
    while (got < n) await new Promise((r) => (wake = r));
  };
  const write = (s) => (child.stdin.write(s) ? Promise.resolve() : new Promise((r) => child.stdin.once("drain", r)));
  await write(jsonlLine(0));
  await waitFor(1);
  const before = status(child.pid);
  const t0 = performance.now();
  for (let i = 1; i < LINES; i++) await write(jsonlLine(i));
  await waitFor(LINES);
  const secs = (performance.now() - t0) / 1000;
  const after = status(child.pid);
  child.stdin.end();
  await new Promise((r) => child.once("exit", r));
  // The same work in this process, for the heap (the CLI runs findCitations per line).
  const { findCitations } = await import(dist("index.js"));
  findCitations(JSON.parse(jsonlLine(0)).text);
  globalThis.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  for (let i = 1; i < LINES; i++) JSON.stringify(findCitations(JSON.parse(jsonlLine(i)).text));
  globalThis.gc?.();
  const heap1 = process.memoryUsage().heapUsed;
  result.jsonl = { lines: LINES, seconds: secs, rssBefore: before.rss, rssAfter: after.rss, hwm: after.hwm, heapBefore: heap0, heapAfter: heap1 };
  console.log(
    `serve: cite --jsonl, ${LINES.toLocaleString("en-US")} lines (${(LINES / secs).toFixed(0)} lines/s): RSS ${MB(before.rss)} after the first line, ${MB(after.rss)}${vs("jsonl.rssAfter", after.rss)} after the last, peak ${MB(after.hwm)}${vs("jsonl.hwm", after.hwm)}; ` +
      `in-process heap ${MB(heap0)} before, ${MB(heap1)} after${globalThis.gc ? "" : " (run with --expose-gc for a collected heap)"}`,
  );
}

result.load = { start: load0, end: loadavg()[0] };
console.log(`serve: load average ${result.load.end.toFixed(2)} at the end${Math.max(load0, result.load.end) > cpus().length ? ` (above ${cpus().length}: other work shared the cores)` : ""}`);
const cacheDir = process.env.CASEFILE_BENCH_CACHE ?? dirname(built.path);
writeFileSync(join(cacheDir, "serve-last.json"), JSON.stringify(result, null, 2) + "\n");
if (process.argv.includes("--save-anchor")) {
  mkdirSync(dirname(anchorPath), { recursive: true });
  writeFileSync(anchorPath, JSON.stringify({ ...result, date: new Date().toISOString().slice(0, 10) }, null, 2) + "\n");
  console.log(`serve: anchor saved to ${anchorPath}`);
} else if (saved && !anchor) console.log(`serve: no ratios: the anchor (bench/anchors/serve.json) is of ${saved.docs} documents, this run of ${DOCS}`);
else if (!anchor) console.log("serve: no anchor yet (bench/anchors/serve.json); --save-anchor keeps this run as one");
else console.log(`serve: ratios are to the anchor of ${anchor.date} (${anchor.docs} documents, ${anchor.machine})`);
