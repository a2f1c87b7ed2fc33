#!/usr/bin/env node
// Hostile input, in two tables; prints numbers and OK/OVER, asserts nothing (the tests count
// operations and check exit codes instead).
// 1. Patterns: the time `read` takes on 100 KB, 400 KB and 1.6 MB of one repeated pattern, and
//    the ratio from one size to the next. Linear is about x4 a step; a quadratic path shows x16.
// 2. Inputs: every command of test/hostile/manifest.json run through bin/casefile.js on the
//    inputs scripts/gen-hostile.mjs writes, with its exit code, wall time and peak RSS next to
//    the manifest's expected code, maxSeconds and maxRssMB.
// usage: node bench/hostile.mjs [pattern|input ...] [--patterns|--inputs]   (npm run bench -- hostile)
// HOSTILE_SIZES=100,400 (KB) and HOSTILE_STOP=60 (seconds: a pattern stops growing past it) size the run.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const dist = new URL("../dist/index.js", import.meta.url);
if (!existsSync(dist)) {
  console.error("bench/hostile: build first (npm run build)");
  process.exit(64);
}
const lib = await import(dist.href);

/** name → [repeated unit, format, what it stressed] */
const PATTERNS = {
  "denies-and": ["the Court DENIES the motion to stay and ", "text", "analyze/rulings partly()"],
  "ecf-list": ["ECF No. 12, ", "text", "analyze/dockets docketsIn()"],
  "short-pin": ["845 F.2d at 206, ", "text", "verify/antecedents findIndex"],
  "stray-lt": ["a < b ", "html", "ingest/html indexOf('>') per '<'"],
  "stray-lt-tag": ["<a", "html", "ingest/html: '<' + letter, no '>'"],
  "same-again": ["See Smith v. Jones, 845 F.2d 205 (9th Cir. 1988); 42 U.S.C. § 1983; Cal. Penal Code § 187. ", "again", "cite caches compared equal text by content"],
  "v.": ["v. ", "text", "case names"],
  "§": ["§ ", "text", "statutes"],
  "Id. at": ["Id. at ", "text", "Id."],
  "(": ["(", "text", "parentheticals"],
  "nested-div": ["<div>", "html", "deep HTML nesting"],
};

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { generate } = await import(new URL("../scripts/gen-hostile.mjs", import.meta.url).href);
const manifest = JSON.parse(readFileSync(join(root, "test", "hostile", "manifest.json"), "utf8"));
const sizes = (process.env.HOSTILE_SIZES ?? "100,400,1600").split(",").map(Number);
const stopAt = Number(process.env.HOSTILE_STOP ?? 60);
const args = process.argv.slice(2);
const wanted = args.filter((a) => !a.startsWith("-") && a !== "hostile");
const onlyInputs = args.includes("--inputs");
const onlyPatterns = args.includes("--patterns");
const names = onlyInputs ? [] : wanted.length ? wanted.filter((n) => n in PATTERNS) : Object.keys(PATTERNS);
const inputs = onlyPatterns ? [] : manifest.inputs.filter((i) => wanted.length === 0 || wanted.includes(i.name));

function body(unit, kb) {
  return unit.repeat(Math.ceil((kb * 1000) / unit.length));
}

async function once(name, kb) {
  const [unit, format] = PATTERNS[name];
  const text = body(unit, kb);
  if (format === "again") {
    // Read once, then time a second read of the same content in a fresh string (as a second request gives).
    await lib.read({ path: "x.txt", bytes: new TextEncoder().encode(text) });
    const again = new TextEncoder().encode(JSON.parse(JSON.stringify(text)));
    const t0 = performance.now();
    await lib.read({ path: "x.txt", bytes: again });
    return performance.now() - t0;
  }
  const bytes = new TextEncoder().encode(format === "html" ? `<html><body><p>${text}</p></body></html>` : text);
  const t0 = performance.now();
  await lib.read({ path: format === "html" ? "x.html" : "x.txt", bytes });
  return performance.now() - t0;
}

// Warm the tables once so the first row does not carry their compile.
if (names.length) await lib.read({ path: "w.txt", bytes: new TextEncoder().encode("See 42 U.S.C. § 1983; 845 F.2d 205.") });
if (names.length) console.log(`hostile: read() time per size (${sizes.join(" / ")} KB); ratio per step (linear ≈ x${(sizes[1] / sizes[0]).toFixed(0)})`);
for (const name of names) {
  const cells = [];
  let prev = null;
  globalThis.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  let peak = heap0;
  for (const kb of sizes) {
    const ms = await once(name, kb);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    cells.push(`${(ms / 1000).toFixed(2)} s${prev ? ` (x${(ms / prev).toFixed(1)})` : ""}`);
    prev = ms;
    if (ms / 1000 > stopAt) {
      cells.push(`stopped: over ${stopAt} s`);
      break;
    }
  }
  console.log(`hostile: ${JSON.stringify(name).padEnd(14)} ${cells.join("  ").padEnd(52)} heap peak +${((peak - heap0) / 1e6).toFixed(0)} MB  [${PATTERNS[name][2]}]`);
}

/** One manifest command in a child process: its exit code, wall seconds and peak RSS (MB). */
function runCommand(run, file, work, k) {
  const db = join(work, `store-${k}.db`);
  const rssFile = join(work, `rss-${k}`);
  const argv = run.command.map((a) => a.replace("{file}", file).replace("{db}", db));
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["--import", new URL("./hostile-rss.mjs", import.meta.url).href, join(root, "bin", "casefile.js"), ...argv], {
    cwd: work,
    env: { ...process.env, HOSTILE_RSS_FILE: rssFile },
    stdio: ["ignore", "ignore", "pipe"],
    timeout: Math.max(60, run.maxSeconds * 4) * 1000,
    maxBuffer: 1 << 20,
  });
  const seconds = (performance.now() - t0) / 1000;
  const rssMB = existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) / 1024 : NaN;
  return { argv, code: r.status ?? r.signal, seconds, rssMB, err: String(r.stderr ?? "").trim().split("\n")[0] ?? "" };
}

if (inputs.length) {
  const work = mkdtempSync(join(tmpdir(), "casefile-hostile-bench-"));
  try {
    const dir = join(work, "inputs");
    generate(dir, inputs.map((i) => i.name));
    console.log("hostile inputs: each command of test/hostile/manifest.json; exit got/expected, wall time and peak RSS against the manifest's bounds");
    let over = 0;
    let k = 0;
    for (const input of inputs) {
      for (const run of input.runs) {
        const m = runCommand(run, join(dir, input.file), work, k++);
        const ok = m.code === run.exit && m.seconds <= run.maxSeconds && m.rssMB <= run.maxRssMB;
        if (!ok) over++;
        const cmd = run.command.join(" ").replace("{file}", input.file).replace(" --db {db}", "");
        console.log(
          `hostile: ${input.name.padEnd(22)} ${cmd.padEnd(50)} exit ${String(m.code).padStart(3)}/${String(run.exit).padEnd(3)} ${m.seconds.toFixed(2).padStart(7)} s /${String(run.maxSeconds).padStart(4)} ${m.rssMB.toFixed(0).padStart(5)} MB /${String(run.maxRssMB).padStart(5)}  ${ok ? "OK" : "OVER"}${m.code !== 0 && m.err ? `  ${m.err.slice(0, 100)}` : ""}`,
        );
      }
    }
    console.log(`hostile inputs: ${k - over} of ${k} within bounds${over ? `, ${over} OVER` : ""}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
