#!/usr/bin/env node
// Hostile patterns: the time `read` takes on 100 KB, 400 KB and 1.6 MB of one repeated
// pattern, and the ratio from one size to the next. Linear is about x4 a step; a quadratic
// path shows x16. Prints numbers; asserts nothing (the tests count operations instead).
// usage: node bench/hostile.mjs [pattern ...]   (npm run bench -- hostile)
// HOSTILE_SIZES=100,400 (KB) and HOSTILE_STOP=60 (seconds: a pattern stops growing past it) size the run.
import { existsSync } from "node:fs";

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

const sizes = (process.env.HOSTILE_SIZES ?? "100,400,1600").split(",").map(Number);
const stopAt = Number(process.env.HOSTILE_STOP ?? 60);
const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-") && a !== "hostile");
const names = wanted.length ? wanted.filter((n) => n in PATTERNS) : Object.keys(PATTERNS);

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
await lib.read({ path: "w.txt", bytes: new TextEncoder().encode("See 42 U.S.C. § 1983; 845 F.2d 205.") });
console.log(`hostile: read() time per size (${sizes.join(" / ")} KB); ratio per step (linear ≈ x${(sizes[1] / sizes[0]).toFixed(0)})`);
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
