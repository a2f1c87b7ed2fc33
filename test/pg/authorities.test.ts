// The authority database on PostgreSQL: `authorities load`, `check` and the citation lookup
// give the answers the SQLite store gives, from the same CourtListener bulk files.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { lookupParts, lookupText } from "../../src/check/lookup.js";
import { SqliteAuthorityIndex } from "../../src/store/authorities.js";
import { loadCourtListenerPg, PgAuthorityIndex } from "../../src/store/authorities-pg.js";
import { loadCourtListener } from "../../src/store/courtlistener.js";
import { PgStore } from "../../src/store/pg.js";
import { SqliteStore } from "../../src/store/sqlite.js";
import { SEED_CASES, writeCourtListener } from "../check/fixture.js";
import { freshDatabase, pgSkip } from "./helper.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const bin = join(root, "bin", "casefile.js");
const seed = join(root, "examples", "linlor-v-futero.txt");
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", timeout: 120_000 });

test("postgres: authorities load and check answer as SQLite does", { skip: pgSkip() }, async () => {
  assert.ok(existsSync(join(root, "dist", "cli", "index.js")), "dist/ is missing: run `npm run build` first");
  const dir = mkdtempSync(join(tmpdir(), "casefile-pg-auth-"));
  const bulk = writeCourtListener(join(dir, "bulk"));
  const dbs = [join(dir, "a.db"), await freshDatabase()];
  for (const db of dbs) {
    const r = run("authorities", "load", "--courtlistener", bulk, "--db", db);
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /postgres:\/\/[^@\s]*:[^@\s]*@/, "no password printed");
  }
  // Loading again skips every finished file.
  const again = run("authorities", "load", "--courtlistener", bulk, "--db", dbs[1]);
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stderr, /already loaded/);
  const checks = dbs.map((db) => {
    const r = run("check", seed, "--db", db, "--json", "--no-text");
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout).citations.filter((c: { check?: unknown }) => c.check).map((c: { text: string; check: unknown }) => [c.text, c.check]);
  });
  assert.equal(checks[0].length, 12);
  assert.deepEqual(checks[1], checks[0]);
  // --fail-on reads the same findings.
  assert.equal(run("check", seed, "--db", dbs[1], "--fail-on", "error").status, 1);
});

test("postgres: the citation lookup and a resumed load answer as SQLite does", { skip: pgSkip() }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "casefile-pg-lookup-"));
  const bulk = writeCourtListener(join(dir, "bulk"));
  const sqlite = SqliteStore.open(join(dir, "l.db"), { create: true });
  const pgStore = await PgStore.open(await freshDatabase(), { create: true });
  try {
    await loadCourtListener(sqlite.db, [bulk]);
    // Stopped after one row of the first file, then resumed: nothing lost, nothing twice.
    const first = await loadCourtListenerPg(pgStore.pool, [bulk], { stopAfter: 1, batch: 1 });
    assert.equal(first.files.at(-1)?.status, "stopped");
    const rest = await loadCourtListenerPg(pgStore.pool, [bulk], { batch: 2 });
    assert.ok(rest.files.some((f) => f.status === "resumed"));
    const indexes = [new SqliteAuthorityIndex(sqlite.db), new PgAuthorityIndex(pgStore.pool)];
    const text = SEED_CASES.map((c) => `See ${c.cites[0].join(" ")}.`).join(" ") + " Also 999 F.3d 1.";
    const [a, b] = await Promise.all(indexes.map((i) => lookupText(i, text)));
    assert.ok(a.some((r) => r.status === 200) && a.some((r) => r.status === 404));
    assert.deepEqual(b, a);
    const [volume, reporter, page] = SEED_CASES[0].cites[0];
    const parts = await Promise.all(indexes.map((i) => lookupParts(i, String(volume), reporter, page)));
    assert.equal(parts[0][0].status, 200);
    assert.deepEqual(parts[1], parts[0]);
    const named = await Promise.all(indexes.map((i) => i.casesNamed(["tripati"], 10)));
    assert.deepEqual(named[1], named[0]);
    const counts = await pgStore.pool.query<{ n: string }>(`SELECT count(*) AS n FROM authority_cites`);
    assert.equal(Number(counts.rows[0].n), sqlite.db.prepare(`SELECT count(*) FROM authority_cites WHERE cluster_id > 0`).pluck().get());
  } finally {
    await sqlite.close();
    await pgStore.close();
  }
});
