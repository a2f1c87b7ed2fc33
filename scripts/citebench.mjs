#!/usr/bin/env node
// citebench: runs casefile's citation core over the shared eyecite-derived suite in one
// process and prints the scorers' SCORE lines.
//
//   npm run citebench [-- -v] [-- --no-build]
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
  console.log(`citebench: ${bench} not found; skipping.`);
  process.exit(0);
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
const scores = [];
for (const [file, scorer] of [["cases.jsonl", "score.mjs"], ["extra_cases.jsonl", "score.mjs"]]) {
  const lines = [];
  for (const c of readJsonl(join(bench, file))) {
    try {
      const doc = prepare(c);
      const cites = core.findCitations(doc.text, { emphasis: doc.emphasis });
      lines.push(JSON.stringify({ id: c.id, cites: neutralCites(doc, cites).out }));
    } catch (e) {
      lines.push(JSON.stringify({ id: c.id, cites: [], error: String(e && e.message) }));
    }
  }
  const pred = join(dir, file.replace(".jsonl", ".pred.jsonl"));
  writeFileSync(pred, lines.join("\n") + "\n");
  const r = spawnSync(process.execPath, [join(bench, scorer), join(bench, file), pred, ...args.filter((a) => a === "-v" || a === "--all")], { encoding: "utf8" });
  if (args.includes("-v")) process.stdout.write(r.stdout);
  scores.push(`${file}: ${r.stdout.trim().split("\n").pop()}`);
}

// Resolution: segments are joined with a space; each segment must yield one cite.
{
  const lines = [];
  for (const c of readJsonl(join(bench, "resolve_cases.jsonl"))) {
    try {
      if (c.mode === "segments") {
        const bounds = [];
        let text = "";
        for (const s of c.segments) {
          if (text) text += " ";
          bounds.push([text.length, text.length + s.length]);
          text += s;
        }
        const cites = core.findCitations(text);
        const { index } = neutralCites({ text, emphasis: [] }, cites);
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
        const cites = core.findCitations(c.text);
        const { index } = neutralCites({ text: c.text, emphasis: [] }, cites);
        const clusters = new Map();
        index.forEach((i, k) => {
          const r = resourceOf(cites, i) ?? `#unresolved${k}`;
          if (!clusters.has(r)) clusters.set(r, []);
          clusters.get(r).push(k);
        });
        lines.push(JSON.stringify({ id: c.id, clusters: [...clusters.values()], cites: index.map((i) => cites[i].text) }));
      }
    } catch (e) {
      lines.push(JSON.stringify({ id: c.id, error: String(e && e.message) }));
    }
  }
  const pred = join(dir, "resolve_cases.pred.jsonl");
  writeFileSync(pred, lines.join("\n") + "\n");
  const r = spawnSync(process.execPath, [join(bench, "score_resolve.mjs"), join(bench, "resolve_cases.jsonl"), pred, ...args.filter((a) => a === "-v")], { encoding: "utf8" });
  if (args.includes("-v")) process.stdout.write(r.stdout);
  scores.push(`resolve_cases.jsonl: ${r.stdout.trim().split("\n").pop()}`);
}
console.log(`predictions in ${dir}`);
for (const s of scores) console.log(s);
