// Hostile input as a test suite (issue 14, item 6): every input of test/hostile/manifest.json,
// made by scripts/gen-hostile.mjs, goes through the built command line as a user would run it.
// Each command must end with the manifest's exit code, say at most its lines on stderr (one for
// read and cite) with no stack trace, and print JSON when it succeeds. Time and memory are the
// bench's (`npm run bench -- hostile`), not asserted here; the spawn timeout only stops a hang.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";

interface Run {
  command: string[];
  exit: number;
  /** A pattern stderr must match (a refusal names its reason). */
  stderr?: string;
  /** Lines stderr may hold; 1 unless said (ingest reports its start, each file and a total). */
  stderrLines?: number;
  /** "json" (default) or "jsonl": what stdout holds when the exit is 0. */
  stdout?: "json" | "jsonl" | "none";
  maxSeconds: number;
  maxRssMB: number;
}
interface Input {
  name: string;
  file: string;
  about: string;
  make: { kind: string };
  runs: Run[];
}

const root = fileURLToPath(new URL("../..", import.meta.url));
const bin = join(root, "bin", "casefile.js");
const manifest = JSON.parse(readFileSync(join(root, "test", "hostile", "manifest.json"), "utf8")) as { inputs: Input[] };
const built = existsSync(join(root, "dist", "cli", "index.js"));
const work = mkdtempSync(join(tmpdir(), "casefile-hostile-"));
after(() => rmSync(work, { recursive: true, force: true }));

/** Parses the output as JSON; one too large to parse in a test's heap is checked at its two ends and in the middle. */
function assertJson(file: string, label: string): void {
  const size = statSync(file).size;
  if (size <= 64 * 1024 * 1024) {
    assert.doesNotThrow(() => JSON.parse(readFileSync(file, "utf8")), `${label}: stdout is JSON`);
    return;
  }
  const fd = openSync(file, "r");
  try {
    const at = (pos: number, n: number) => {
      const b = Buffer.alloc(n);
      readSync(fd, b, 0, n, pos);
      return b.toString("latin1");
    };
    assert.match(at(0, 64), /^\{"/, `${label}: a JSON object opens the output`);
    assert.match(at(size - 64, 64), /\}\n?$/, `${label}: and closes it`);
    assert.doesNotMatch(at(Math.floor(size / 2), 4096), /\n\s+at |internal error/, `${label}: no error in the middle`);
  } finally {
    closeSync(fd);
  }
}

test("the manifest: each input named once, made by a known kind, each command with its code and bounds", () => {
  const names = manifest.inputs.map((i) => i.name);
  assert.equal(new Set(names).size, names.length, "names are unique");
  assert.equal(new Set(manifest.inputs.map((i) => i.file)).size, names.length, "files are unique");
  for (const input of manifest.inputs) {
    assert.ok(input.runs.length > 0, `${input.name}: at least one command`);
    for (const run of input.runs) {
      assert.ok(run.command.includes("{file}"), `${input.name}: the command names the input`);
      assert.ok(Number.isInteger(run.exit) && run.maxSeconds > 0 && run.maxRssMB > 0, `${input.name}: exit code and bounds`);
    }
  }
  // What issue 14 names, each covered.
  const kinds = new Set(manifest.inputs.map((i) => i.make.kind));
  for (const k of ["pdf-pages", "pdf-truncated", "pdf-encrypted", "random", "prose", "invalid-utf8", "html-nested", "repeat"]) assert.ok(kinds.has(k), k);
});

test("the generator writes the same bytes every time", { skip: !built && "dist/ not built" }, () => {
  const a = join(work, "a");
  const b = join(work, "b");
  const small = ["pdf-encrypted", "pdf-truncated", "binary-named-pdf", "run-paren"];
  for (const dir of [a, b]) {
    const r = spawnSync(process.execPath, [join(root, "scripts", "gen-hostile.mjs"), dir, ...small], { encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
  }
  for (const input of manifest.inputs.filter((i) => small.includes(i.name))) {
    assert.ok(readFileSync(join(a, input.file)).equals(readFileSync(join(b, input.file))), input.name);
  }
});

test("every hostile input: its exit code, one clear line at most, never a stack trace", { skip: !built && "dist/ not built" }, async (t) => {
  const dir = join(work, "inputs");
  const gen = spawnSync(process.execPath, [join(root, "scripts", "gen-hostile.mjs"), dir], { encoding: "utf8" });
  assert.equal(gen.status, 0, gen.stderr);
  let k = 0;
  for (const input of manifest.inputs) {
    for (const run of input.runs) {
      const db = join(work, `store-${k++}.db`);
      const argv = run.command.map((a) => a.replace("{file}", join(dir, input.file)).replace("{db}", db));
      const label = `${input.name}: casefile ${run.command.join(" ").replace("{file}", input.file).replace(" --db {db}", " --db STORE")}`;
      await t.test(label, () => {
        // stdout goes to a file: a 50 MB text's reading is some 350 MB of JSON.
        const outFile = join(work, "stdout.json");
        const out = openSync(outFile, "w");
        const r = spawnSync(process.execPath, [bin, ...argv], {
          cwd: work,
          encoding: "utf8",
          stdio: ["ignore", out, "pipe"],
          // A hang guard only, far past any bound: timing is the bench's.
          timeout: Math.max(120, run.maxSeconds * 5) * 1000,
        });
        closeSync(out);
        assert.equal(r.error, undefined, `${label}: ${r.error?.message}`);
        assert.equal(r.status, run.exit, `${label}: exit ${r.status} (signal ${r.signal}), stderr: ${r.stderr.slice(0, 300)}`);
        assert.doesNotMatch(r.stderr, /\n\s+at |internal error/, `${label}: no stack trace, no internal error`);
        const lines = r.stderr.split("\n").filter((l) => l.trim() !== "");
        assert.ok(lines.length <= (run.stderrLines ?? 1), `${label}: ${lines.length} lines on stderr: ${r.stderr.slice(0, 300)}`);
        if (run.stderr) assert.match(r.stderr, new RegExp(run.stderr), label);
        if (run.exit === 0) {
          const kind = run.stdout ?? "json";
          if (kind === "json") assertJson(outFile, label);
          if (kind === "jsonl") {
            const lines = readFileSync(outFile, "utf8").split("\n").filter(Boolean);
            assert.ok(lines.length > 0, `${label}: lines out`);
            for (const line of lines) assert.doesNotThrow(() => JSON.parse(line), `${label}: each line JSON`);
          }
        }
      });
    }
  }
});
