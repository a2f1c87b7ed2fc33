#!/usr/bin/env node
// Runs every test/**/*.test.ts with Node's own test runner (TypeScript through tsx).
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
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
// A person reads the spec reporter; CI (or TEST_REPORTER=tap) keeps TAP.
const reporter = process.env.TEST_REPORTER ?? (process.env.CI ? "tap" : "spec");
const r = spawnSync(process.execPath, ["--import", "tsx", "--test", `--test-reporter=${reporter}`, "--test-concurrency=2", ...files], { stdio: "inherit" });
process.exit(r.status ?? 1);
