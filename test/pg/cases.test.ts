import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { CASE_COURT, CASE_NUMBER, writeCaseInputs } from "../cases/fixture.js";
import { freshDatabase, pgSkip } from "./helper.js";

const bin = new URL("../../bin/casefile.js", import.meta.url).pathname;
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });

test("postgres: `case` and `cases` give the answers SQLite gives for a docket report and its stamped order", { skip: pgSkip() }, async () => {
  assert.ok(existsSync(new URL("../../dist/cli/index.js", import.meta.url)), "dist/ is missing: run `npm run build` first");
  const dir = mkdtempSync(join(tmpdir(), "casefile-pg-case-"));
  const { docket, order } = await writeCaseInputs(dir);
  const dbs = [join(dir, "case.db"), await freshDatabase()];
  for (const db of dbs) {
    // The order first: the docket that arrives later still finds it by its stamp.
    for (const file of [order, docket]) {
      const r = run("ingest", file, "--db", db, "--jobs", "1");
      assert.equal(r.status, 0, r.stderr);
    }
  }
  const answers = dbs.map((db) => {
    const one = run("case", CASE_COURT, CASE_NUMBER, "--db", db, "--json");
    const all = run("cases", "--db", db, "--json");
    assert.equal(one.status, 0, one.stderr);
    assert.equal(all.status, 0, all.stderr);
    return { case: JSON.parse(one.stdout), cases: JSON.parse(all.stdout) };
  });
  assert.ok(answers[0].case.entries.length > 0);
  assert.deepEqual(answers[1], answers[0]);
  const missing = run("case", CASE_COURT, "1:99-cv-00001", "--db", dbs[1]);
  assert.equal(missing.status, 66, missing.stderr);
});
