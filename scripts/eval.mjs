#!/usr/bin/env node
// Per-field accuracy of `casefile read FILE --json` on the labelled corpus in
// ../shared/corpus, scored the way the project is scored: one CLI run per document,
// 20 s limit, each field over the documents that have that label.
//
// usage: npm run eval [-- --shared DIR] [--only SUBSTR] [--verbose] [--jobs N]
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { scoreMarks } from "./eval-marks.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const shared = resolve(opt("--shared", join(root, "..", "shared")));
const only = opt("--only", null);
const verbose = args.includes("--verbose");
const jobs = Number(opt("--jobs", Math.max(1, cpus().length)));
const labelsPath = join(shared, "corpus", "labels.jsonl");
if (!existsSync(labelsPath)) {
  // Nothing measured is no pass: a script or CI reading the exit code must see it (66: no input).
  console.error(`eval: ${labelsPath} not found (the shared corpus is expected at ../shared, or pass --shared DIR); nothing evaluated`);
  process.exit(66);
}
const labels = readFileSync(labelsPath, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l)).filter((l) => !only || l.file.includes(only));

function run(file) {
  return new Promise((done) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [join(root, "bin", "casefile.js"), "read", file, "--json"], { stdio: ["ignore", "pipe", "pipe"] });
    const out = [];
    const err = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const ms = performance.now() - t0;
      let json = null;
      try {
        json = JSON.parse(Buffer.concat(out).toString("utf8"));
      } catch {
        /* counted as a crash below */
      }
      done({ code, signal, ms, json, stderr: Buffer.concat(err).toString("utf8").trim() });
    });
  });
}

const norm = (s) => String(s ?? "").trim().toLowerCase();
/** Case numbers compare on year, type and number: office digit, judges, zeros, layout don't matter. */
function caseKey(s) {
  if (s == null) return null;
  const t = String(s).toLowerCase().replace(/^\s*(?:case\s*)?(?:no\.?|number)?\s*:?\s*/, "");
  const m = /(?:^|[^0-9])(?:\d{1,2}:)?(\d{2}|\d{4})\s*[-\s]?\s*([a-z]{1,4})?\s*[-\s]?\s*0*(\d{1,7})/.exec(t);
  if (!m) return norm(s).replace(/[^a-z0-9]/g, "");
  const yy = m[1].length === 4 ? m[1].slice(2) : m[1];
  return `${yy}-${m[2] ?? ""}-${m[3]}`;
}
/** Year and number must agree; the type (cv, cr) only when both sides state one. */
function sameCaseKey(a, b) {
  if (a == null || b == null) return false;
  const [ay, at, an] = a.split("-");
  const [by, bt, bn] = b.split("-");
  if (an === undefined || bn === undefined) return a === b;
  return ay === by && an === bn && (!at || !bt || at === bt);
}
const stripZeros = (s) => (s == null ? null : String(s).replace(/^0+(?=\d)/, ""));

const fields = {};
function score(field, ok) {
  const f = (fields[field] ??= { pass: 0, total: 0 });
  f.total++;
  if (ok) f.pass++;
}

// What must never be left in the clean text.
const leftovers = { stamp: 0, marginNumbers: 0, footer: 0, docs: 0 };
const stampRe = /\bCase:?\s+\d{1,2}:\d{2}-[a-z]{2,4}-\d{3,6}\b[^\n]{0,80}?\b(?:Document|Doc|Filed)\b/gi;
const footerRe = /(?:^|\n)\s*(?:-\s*\d{1,3}\s*-|Page\s+\d{1,3}\s+of\s+\d{1,3})\s*(?:\n|$)/g;
// a run of three or more small numbers in a row, as a column of margin numbers leaves behind
const marginRe = /(?:^|\s)(?:[1-9]|1\d|2[0-8])\s+(?:[1-9]|1\d|2[0-8])\s+(?:[1-9]|1\d|2[0-8])(?=\s)/g;

const results = [];
let next = 0;
async function worker() {
  while (next < labels.length) {
    const label = labels[next++];
    const r = await run(join(shared, "corpus", "docs", label.file));
    results.push({ label, ...r });
    if (verbose) process.stderr.write(`${r.json ? "ok " : "ERR"} ${Math.round(r.ms)}ms ${label.file}${r.json ? "" : ` ${r.stderr.split("\n")[0]}`}\n`);
  }
}
await Promise.all(Array.from({ length: jobs }, worker));

// Citations the publisher marked in HTML opinions, against casefile's.
const { lookupReporter } = await import(pathToFileURL(join(root, "dist", "cite", "index.js")).href);
const marks = { docs: 0, marks: 0, located: 0, found: 0, right: 0, unmarked: 0, byKind: {}, misses: [] };

let crashes = 0;
let timeouts = 0;
const times = [];
const misses = {};
for (const { label, json, signal, ms } of results) {
  times.push(ms);
  if (signal === "SIGKILL") timeouts++;
  if (!json) {
    crashes++;
    continue;
  }
  const miss = (f, got) => (misses[f] ??= []).push(`${label.file}: want ${JSON.stringify(label[f] ?? label.stamp?.[f.replace("stamp.", "")])} got ${JSON.stringify(got)}`);
  if (label.court) {
    const ok = json.caption?.court?.id === label.court;
    score("court", ok);
    if (!ok) miss("court", json.caption?.court?.id ?? null);
  }
  if (label.caseNumber) {
    const want = caseKey(label.caseNumber);
    const got = [json.caption?.caseNumber?.normalized, json.caption?.caseNumber?.raw, json.stamp?.caseNumber].map(caseKey);
    const ok = got.some((g) => sameCaseKey(g, want));
    score("caseNumber", ok);
    if (!ok) miss("caseNumber", json.caption?.caseNumber?.raw ?? json.stamp?.caseNumber ?? null);
  }
  if (label.document) {
    const ok = stripZeros(json.stamp?.document) === stripZeros(label.document);
    score("document", ok);
    if (!ok) miss("document", json.stamp?.document ?? null);
  }
  if (label.date) {
    const byDate = json.date === label.date;
    const byStamp = json.stamp?.filed === label.date;
    score("date", byDate || byStamp);
    score("date (date field)", byDate);
    score("date (stamp.filed)", byStamp);
    if (!byDate && !byStamp) miss("date", json.date);
  }
  if (label.disposition) {
    const got = (json.rulings ?? []).map((r) => r.disposition);
    const ok = got.includes(label.disposition);
    score("disposition", ok);
    if (!ok) miss("disposition", got);
  }
  if (label.stamp) {
    for (const k of ["caseNumber", "document", "attachment", "filed", "page", "pages", "pageId"]) {
      if (label.stamp[k] == null) continue;
      const ok = norm(json.stamp?.[k]) === norm(label.stamp[k]);
      score(`stamp.${k}`, ok);
      if (!ok) miss(`stamp.${k}`, json.stamp?.[k] ?? null);
    }
  }
  if (label.format === "html") {
    const m = scoreMarks(readFileSync(join(shared, "corpus", "docs", label.file), "utf8"), json, lookupReporter);
    if (m.marks) {
      marks.docs++;
      for (const k of ["marks", "located", "found", "right", "unmarked"]) marks[k] += m[k];
      for (const [k, b] of Object.entries(m.byKind)) {
        const t = (marks.byKind[k] ??= { marks: 0, found: 0, right: 0 });
        for (const f of ["marks", "found", "right"]) t[f] += b[f];
      }
      for (const x of [...m.misses, ...m.wrong.map((w) => `wrong: ${w}`), ...m.extra.map((e) => `unmarked: ${e}`)]) marks.misses.push(`${label.file}: ${x}`);
    }
  }
  if (label.pages != null) score("source.pages", json.source?.pages === label.pages);
  if (label.format) score("source.format", json.source?.format === label.format);
  if (label.format === "pdf" || label.pleadingPaper) {
    const text = String(json.text ?? "");
    leftovers.docs++;
    leftovers.stamp += (text.match(stampRe) ?? []).length;
    leftovers.footer += (text.match(footerRe) ?? []).length;
    leftovers.marginNumbers += (text.match(marginRe) ?? []).length;
  }
}

times.sort((a, b) => a - b);
const pct = (p) => (times.length ? Math.round(times[Math.min(times.length - 1, Math.floor(p * times.length))]) : 0);
console.log(`documents: ${results.length}  crashes: ${crashes}  timeouts: ${timeouts}  median ${pct(0.5)} ms  p95 ${pct(0.95)} ms`);
console.log("field                 accuracy");
for (const [name, f] of Object.entries(fields)) {
  console.log(`${name.padEnd(21)} ${((100 * f.pass) / f.total).toFixed(1).padStart(5)}%  (${f.pass}/${f.total})`);
}
console.log(`left in text of ${leftovers.docs} PDF/pleading documents: ${leftovers.stamp} stamps, ${leftovers.marginNumbers} margin-number runs, ${leftovers.footer} footer lines`);
if (marks.docs) {
  const pc = (a, b) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
  console.log(`citations the publisher marked in ${marks.docs} HTML opinions: ${marks.marks}; found ${marks.found} (${pc(marks.found, marks.marks)}), right case ${marks.right} (${pc(marks.right, marks.marks)}); case cites casefile found that no mark covers: ${marks.unmarked}`);
  console.log(`  by form: ${Object.entries(marks.byKind).map(([k, b]) => `${k} ${b.right}/${b.marks}`).join(", ")} (right/marked)`);
}
if (verbose) {
  if (marks.misses.length) {
    console.log("\n# publisher-marked citations: misses");
    for (const m of marks.misses) console.log(`  ${m}`);
  }
  for (const [f, list] of Object.entries(misses)) {
    console.log(`\n# misses: ${f}`);
    for (const m of list) console.log(`  ${m}`);
  }
}
