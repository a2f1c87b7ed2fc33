#!/usr/bin/env node
// Reads every file of a folder of docket reports with `casefile read FILE --json --no-text` and
// counts what it gives: read as a docket report, with entries, with a title, parties, judge,
// case number and court. Lists the files not read as docket reports, or read with no entries.
//
//   node scripts/survey-dockets.mjs DIR [--jobs 2] [--out rows.jsonl]
import { execFile } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const dir = args[0];
if (!dir || dir.startsWith("--")) {
  console.error("usage: node scripts/survey-dockets.mjs DIR [--jobs 2] [--out rows.jsonl]");
  process.exit(2);
}
const jobs = Math.max(1, Number(opt("--jobs", "2")));
const out = opt("--out", null);
let files;
try {
  files = readdirSync(dir).filter((f) => /\.(?:txt|pdf|html?)$/i.test(f)).sort();
} catch (err) {
  console.error(`survey-dockets: cannot read ${dir}: ${err.code ?? err.message}`);
  process.exit(2);
}

const readOne = (file) =>
  new Promise((resolve) => {
    execFile("node", ["bin/casefile.js", "read", join(dir, file), "--json", "--no-text"], { maxBuffer: 1 << 28, timeout: 120_000 }, (_err, stdout) => {
      try {
        resolve(JSON.parse(stdout));
      } catch {
        resolve(null);
      }
    });
  });

const rows = [];
let next = 0;
async function worker() {
  while (next < files.length) {
    const file = files[next++];
    const r = await readOne(file);
    const d = r?.docket ?? null;
    rows.push({
      file,
      kind: r?.kind ?? "CRASH",
      entries: d?.entries?.length ?? 0,
      numbered: d ? d.entries.filter((e) => e.number).length : 0,
      title: r?.caption?.title ?? null,
      caseNumber: r?.caption?.caseNumber?.raw ?? null,
      court: r?.caption?.court?.id ?? null,
      judge: r?.judge?.name ?? null,
      parties: (r?.caption?.parties ?? []).map((p) => `${p.role}: ${p.name}`),
    });
  }
}
await Promise.all(Array.from({ length: jobs }, worker));
rows.sort((a, b) => a.file.localeCompare(b.file));
if (out) writeFileSync(out, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
const dockets = rows.filter((r) => r.kind === "docket-report");
const count = (p) => dockets.filter(p).length;
console.log(
  JSON.stringify({
    files: rows.length,
    docketReport: dockets.length,
    nonzeroEntries: count((r) => r.entries > 0),
    withTitle: count((r) => r.title),
    withParties: count((r) => r.parties.length),
    withJudge: count((r) => r.judge),
    withCaseNumber: count((r) => r.caseNumber),
    withCourt: count((r) => r.court),
    crashes: rows.filter((r) => r.kind === "CRASH").length,
  }),
);
for (const r of rows) if (r.kind !== "docket-report" || r.entries === 0) console.log(`${r.kind.padEnd(14)} ${String(r.entries).padStart(5)}  ${r.file}`);
