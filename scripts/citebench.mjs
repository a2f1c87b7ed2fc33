#!/usr/bin/env node
// citebench: runs casefile's citation core over the shared eyecite-derived suite in one
// process and prints the scorers' SCORE lines.
//
//   npm run citebench [-- -v] [-- --all] [-- --no-build] [-- --direct]
//
// All inputs go through ONE process: `node bin/casefile.js cite --jsonl` when the CLI is
// built (each line carries `emphasis` for markup cases), else the library imported from
// dist (`--direct` forces that).
//
// Reads ../shared/citebench/{cases,extra_cases,resolve_cases}.jsonl; exits 0 with a message
// when ../shared is absent. Predictions go to a temp dir (printed).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { prepare, resourceOf, setNeutralTokens, toNeutral } from "./citebench-map.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const bench = resolve(root, "../shared/citebench");
const args = process.argv.slice(2);
if (!existsSync(join(bench, "cases.jsonl"))) {
  console.error(`citebench: ${bench} not found (the shared citebench is expected at ../shared/citebench); nothing measured`);
  process.exit(66);
}

if (!args.includes("--no-build")) {
  // Other parts of the tree may not compile yet; tsc still emits what it can.
  spawnSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: root, stdio: "ignore" });
}
const distIndex = join(root, "dist/cite/index.js");
if (!existsSync(distIndex)) {
  console.error("citebench: dist/cite/index.js missing; run `npm run build`.");
  process.exit(1);
}
const core = await import(pathToFileURL(distIndex).href);
const scan = await import(pathToFileURL(join(root, "dist/cite/scan.js")).href);
const reporters = await import(pathToFileURL(join(root, "dist/cite/tables/reporters.js")).href);
setNeutralTokens(reporters.NEUTRAL_FORMS.map((f) => f.name));

const readJsonl = (p) => readFileSync(p, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));

/** From the case name to the end of the last parenthetical: eyecite's `full_span`. */
function fullSpan(text, c) {
  if (c.kind === "id" || c.kind === "supra" || c.kind === "reference") return null;
  let start = c.start;
  if (c.caseName) {
    const at = text.lastIndexOf(c.caseName, c.start);
    if (at >= 0 && c.start - at < 400) start = at;
  }
  let end = c.end;
  const cd = scan.matchCourtDate(text, end);
  if (cd) end = cd.end;
  for (let k = 0; k < 3; k++) {
    const p = scan.matchParenthetical(text, end);
    if (!p) break;
    end = p.end;
  }
  return [start, end];
}

function neutralCites(doc, cites) {
  const out = [];
  const index = [];
  cites.forEach((c, i) => {
    const n = toNeutral(c, fullSpan(doc.text, c), cites);
    if (n) {
      out.push(n);
      index.push(i);
    }
  });
  return { out, index };
}

const dir = mkdtempSync(join(tmpdir(), "citebench-"));
const mainCases = [["cases.jsonl", readJsonl(join(bench, "cases.jsonl"))], ["extra_cases.jsonl", readJsonl(join(bench, "extra_cases.jsonl"))]];
const resolveCases = readJsonl(join(bench, "resolve_cases.jsonl"));

// Every input, keyed by a unique id, with the text (and italics) casefile should read.
const inputs = [];
const prepared = new Map();
for (const [file, cases] of mainCases) {
  for (const c of cases) {
    const key = `${file}#${c.id}`;
    let doc;
    try {
      doc = prepare(c);
    } catch (e) {
      doc = { text: "", emphasis: [], error: String(e && e.message) };
    }
    prepared.set(key, doc);
    inputs.push({ id: key, text: doc.text, emphasis: doc.emphasis });
  }
}
const segmentBounds = new Map();
for (const c of resolveCases) {
  const key = `resolve#${c.id}`;
  let text = c.text ?? "";
  if (c.mode === "segments") {
    const bounds = [];
    text = "";
    for (const seg of c.segments) {
      if (text) text += " ";
      bounds.push([text.length, text.length + seg.length]);
      text += seg;
    }
    segmentBounds.set(key, bounds);
  }
  prepared.set(key, { text, emphasis: [] });
  inputs.push({ id: key, text, emphasis: [] });
}

// One process for all of them: the CLI's `cite --jsonl` when built, else the library in-process.
const results = new Map();
const cli = join(root, "bin/casefile.js");
const useCli = !args.includes("--direct") && existsSync(cli) && existsSync(join(root, "dist/cli/index.js"));
/** Reads `batch` with `casefile cite --jsonl` (or the library in-process) into `results`. */
function citeAll(batch, name) {
  if (useCli) {
    const inFile = join(dir, name);
    writeFileSync(inFile, batch.map((x) => JSON.stringify(x)).join("\n") + "\n");
    const r = spawnSync(process.execPath, [cli, "cite", "--jsonl", inFile], { encoding: "utf8", maxBuffer: 1 << 30 });
    if (r.status !== 0 && !r.stdout) {
      console.error(`citebench: casefile cite --jsonl failed: ${r.stderr.trim().split("\n")[0]}`);
      process.exit(1);
    }
    for (const line of r.stdout.split("\n")) {
      if (!line.trim()) continue;
      const o = JSON.parse(line);
      results.set(o.id, o.citations);
    }
    return;
  }
  for (const x of batch) {
    try {
      results.set(x.id, core.findCitations(x.text, { emphasis: x.emphasis, knownNames: x.names }));
    } catch (e) {
      results.set(x.id, { error: String(e && e.message) });
    }
  }
}
citeAll(inputs, "inputs.jsonl");
// eyecite's resolution tests may name a case as a database would (`resolved_case_name_short`):
// that name belongs to the first full cite, and casefile takes it as `names` on a second run.
{
  const again = [];
  for (const c of resolveCases) {
    const key = `resolve#${c.id}`;
    const cites = results.get(key);
    if (!c.resolved_case_name_short || !Array.isArray(cites)) continue;
    const first = cites.find((x) => x.kind === "case" && x.page);
    if (!first) continue;
    again.push({ ...inputs.find((x) => x.id === key), names: { [`${first.volume} ${first.reporter} ${first.page}`]: c.resolved_case_name_short } });
  }
  if (again.length) citeAll(again, "inputs-named.jsonl");
}

const citesOf = (key) => {
  const r = results.get(key);
  if (!r) return { error: "no output" };
  return Array.isArray(r) ? { cites: r } : r;
};

const scores = [];
for (const [file, cases] of mainCases) {
  const lines = cases.map((c) => {
    const key = `${file}#${c.id}`;
    const { cites, error } = citesOf(key);
    if (error) return JSON.stringify({ id: c.id, cites: [], error });
    return JSON.stringify({ id: c.id, cites: neutralCites(prepared.get(key), cites).out });
  });
  const pred = join(dir, file.replace(".jsonl", ".pred.jsonl"));
  writeFileSync(pred, lines.join("\n") + "\n");
  const r = spawnSync(process.execPath, [join(bench, "score.mjs"), join(bench, file), pred, ...args.filter((a) => a === "-v" || a === "--all")], { encoding: "utf8" });
  if (args.includes("-v")) process.stdout.write(r.stdout);
  scores.push(`${file}: ${r.stdout.trim().split("\n").pop()}`);
}

// Resolution: segments are joined with a space; each segment must yield one cite.
{
  const lines = [];
  for (const c of resolveCases) {
    const key = `resolve#${c.id}`;
    const { cites, error } = citesOf(key);
    if (error) {
      lines.push(JSON.stringify({ id: c.id, error }));
      continue;
    }
    const { index } = neutralCites(prepared.get(key), cites);
    if (c.mode === "segments") {
      const bounds = segmentBounds.get(key);
      const counts = bounds.map(() => 0);
      const resource = bounds.map(() => null);
      for (const i of index) {
        const seg = bounds.findIndex(([s, e]) => cites[i].start >= s && cites[i].start < e);
        if (seg < 0) continue;
        counts[seg]++;
        if (counts[seg] === 1) resource[seg] = resourceOf(cites, i);
      }
      lines.push(JSON.stringify({ id: c.id, segment_cite_counts: counts, resource }));
    } else {
      const clusters = new Map();
      index.forEach((i, k) => {
        // A short form or reference that resolves to nothing belongs to no cluster (as in eyecite).
        const r = resourceOf(cites, i);
        if (r === null) return;
        if (!clusters.has(r)) clusters.set(r, []);
        clusters.get(r).push(k);
      });
      lines.push(JSON.stringify({ id: c.id, clusters: [...clusters.values()], cites: index.map((i) => cites[i].text) }));
    }
  }
  const pred = join(dir, "resolve_cases.pred.jsonl");
  writeFileSync(pred, lines.join("\n") + "\n");
  const r = spawnSync(process.execPath, [join(bench, "score_resolve.mjs"), join(bench, "resolve_cases.jsonl"), pred, ...args.filter((a) => a === "-v")], { encoding: "utf8" });
  if (args.includes("-v")) process.stdout.write(r.stdout);
  scores.push(`resolve_cases.jsonl: ${r.stdout.trim().split("\n").pop()}`);
}
console.log(`predictions in ${dir} (via ${useCli ? "casefile cite --jsonl" : "dist/cite/index.js"})`);
for (const s of scores) console.log(s);
