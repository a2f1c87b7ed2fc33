// `casefile check`, `toa` and `authorities load` as a user meets them: one clear line and
// a sysexits code for bad input, the exit code --fail-on asks for. Runs the built CLI.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { writeCourtListener } from "./fixture.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const bin = join(root, "bin", "casefile.js");
const seed = join(root, "examples", "linlor-v-futero.txt");
const dir = mkdtempSync(join(tmpdir(), "casefile-check-cli-"));
const bulk = writeCourtListener(join(dir, "bulk"));

function casefile(args: string[]) {
  assert.ok(existsSync(join(root, "dist", "cli", "index.js")), "dist/ is missing: run `npm run build` first");
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd: dir, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test("bad input: one clear line and a sysexits code", () => {
  writeFileSync(join(dir, "notes.txt"), "x");
  const table: [string[], number, RegExp][] = [
    [["check", seed, "--db", join(dir, "none.db")], 66, /no database .*authorities load/],
    [["check", join(dir, "nope.txt"), "--db", join(dir, "none.db")], 66, /no such file/],
    [["check", seed, "--fail-on", "info"], 64, /invalid/],
    [["toa", seed, "--format", "docx"], 64, /invalid/],
    [["authorities", "load", "--courtlistener", join(dir, "notes.txt")], 64, /not a CourtListener bulk file/],
    [["authorities", "load", "--courtlistener", join(dir, "missing")], 66, /no such file or folder/],
    [["authorities", "load"], 64, /--courtlistener/],
  ];
  for (const [args, code, message] of table) {
    const r = casefile(args);
    assert.equal(r.code, code, `${args.join(" ")}: ${r.err}`);
    assert.match(r.err, message, args.join(" "));
    assert.doesNotMatch(r.err, /\n\s+at /, "no stack trace");
  }
});

test("authorities load takes --db on either side of load; check fails on the wrong cite when asked", () => {
  const a = join(dir, "a.db");
  const b = join(dir, "b.db");
  assert.equal(casefile(["authorities", "load", "--courtlistener", bulk, "--db", a]).code, 0);
  assert.equal(casefile(["authorities", "--db", b, "load", "--courtlistener", bulk]).code, 0);
  assert.ok(existsSync(a) && existsSync(b) && !existsSync(join(dir, "casefile.db")));
  const table: [string[], number][] = [
    [["check", seed, "--db", a], 0],
    [["check", seed, "--db", a, "--fail-on", "error"], 1],
    [["check", seed, "--db", b, "--fail-on", "warning"], 1],
  ];
  for (const [args, code] of table) assert.equal(casefile(args).code, code, args.join(" "));
  const read = casefile(["read", seed, "--check", "--db", a, "--json", "--compact"]);
  assert.equal(read.code, 0, read.err);
  const statuses = JSON.parse(read.out).citations.filter((c: { check?: unknown }) => c.check).map((c: { check: { status: string } }) => c.check.status);
  assert.equal(statuses.length, 12);
  const summary = casefile(["read", seed, "--check", "--db", a]);
  assert.match(summary.out, /CHECKED CITES\n {2}status/);
});
