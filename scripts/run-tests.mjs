#!/usr/bin/env node
// Runs every test/**/*.test.ts with Node's own test runner (TypeScript through tsx).
// PostgreSQL tests use CASEFILE_TEST_PG; when it is unset and Debian's postgresql server
// is installed, a throwaway cluster (scripts/pg-cluster.sh) is started for the run and
// stopped after it. CASEFILE_TEST_PG=off skips them.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

function walk(dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (name.endsWith(".test.ts")) out.push(p);
  }
  return out;
}
const only = process.argv.slice(2);
const files = only.length ? only : walk("test");

let cluster = null;
const wantsPg = files.some((f) => f.includes(`test${"/"}pg${"/"}`) || f.startsWith("test/pg"));
if (!process.env.CASEFILE_TEST_PG && wantsPg && spawnSync("bash", ["scripts/pg-cluster.sh", "available"]).status === 0) {
  const dir = mkdtempSync(join(tmpdir(), "casefile-pg-"));
  const started = spawnSync("bash", ["scripts/pg-cluster.sh", "start", dir], { encoding: "utf8", env: { ...process.env, PG_CLUSTER_OPTS: "-c fsync=off -c synchronous_commit=off -c full_page_writes=off" } });
  if (started.status === 0) {
    cluster = dir;
    process.env.CASEFILE_TEST_PG = started.stdout.trim();
    process.stderr.write(`tests: PostgreSQL at ${process.env.CASEFILE_TEST_PG}\n`);
  } else process.stderr.write(`tests: could not start PostgreSQL, its tests will skip: ${started.stderr.trim().split("\n").pop()}\n`);
}
if (process.env.CASEFILE_TEST_PG === "off") delete process.env.CASEFILE_TEST_PG;

// A person reads the spec reporter; CI (or TEST_REPORTER=tap) keeps TAP.
const reporter = process.env.TEST_REPORTER ?? (process.env.CI ? "tap" : "spec");
const r = spawnSync(process.execPath, ["--import", "tsx", "--test", `--test-reporter=${reporter}`, "--test-concurrency=2", ...files], { stdio: "inherit" });
if (cluster) spawnSync("bash", ["scripts/pg-cluster.sh", "stop", cluster], { stdio: "inherit" });
process.exit(r.status ?? 1);
