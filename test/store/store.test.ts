import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import Database from "better-sqlite3";
import { CasefileError } from "../../src/model/errors.js";
import { MIGRATIONS, SqliteStore, migrate, schemaVersion } from "../../src/store/index.js";
import { PRE_ALIAS_AUTHORITIES, parallelOrder, sampleOrder } from "./factory.js";
import { storeSuite, testParser } from "./suite.js";

const tmp = () => mkdtempSync(join(tmpdir(), "casefile-store-"));

storeSuite("sqlite", async () => SqliteStore.open(":memory:", { parseCitations: testParser }));

test("an old-schema file is migrated in order and keeps its documents", async () => {
  const file = join(tmp(), "old.db");
  const old = new Database(file);
  migrate(old, 1);
  assert.equal(schemaVersion(old), 1);
  old.prepare(`INSERT INTO documents (sha256, path, format, pages, text, reading_json, title) VALUES ('abc', 'a.txt', 'text', 1, 'an old interlocutory order', '{}', 'OLD ORDER')`).run();
  old.close();
  const store = SqliteStore.open(file, { parseCitations: testParser });
  assert.equal(schemaVersion(store.db), MIGRATIONS[MIGRATIONS.length - 1].version);
  const applied = store.db.prepare(`SELECT version FROM schema_migrations ORDER BY version`).pluck().all();
  assert.deepEqual(applied, MIGRATIONS.map((m) => m.version));
  assert.equal((await store.search("interlocutory")).total, 1);
  assert.equal(await store.has("abc"), true);
  await store.put(sampleOrder(1));
  assert.equal((await store.stats()).documents, 2);
  await store.close();
  // Reopening applies nothing.
  const again = new Database(file);
  assert.deepEqual(migrate(again), []);
  again.close();
});

test("a store written before exact keys and parallel cites is filed again by its migration", async () => {
  const file = join(tmp(), "aliases.db");
  const store = SqliteStore.open(file, { create: true, parseCitations: testParser });
  await store.put(parallelOrder());
  await store.close();
  // Back to what the store held before: a row per parallel cite, `§ 1292` for both subsections.
  const old = new Database(file);
  const step = MIGRATIONS.find((m) => m.name.startsWith("authority aliases"))!;
  old.exec(PRE_ALIAS_AUTHORITIES);
  old.prepare(`DELETE FROM schema_migrations WHERE version = ?`).run(step.version);
  old.close();
  const again = SqliteStore.open(file, { parseCitations: testParser });
  const us = await again.citedBy("901 U.S. 12");
  const sct = await again.citedBy("141 S. Ct. 77");
  assert.equal(us.authority?.id, sct.authority?.id);
  assert.equal(us.authority?.label, "Alder Grain Co. v. Brisk, 901 U.S. 12, 141 S. Ct. 77 (2031)");
  assert.deepEqual((await again.citedBy("28 U.S.C. § 1292(b)")).documents[0]?.passages.map((p) => p.text), ["28 U.S.C. § 1292(b)"]);
  assert.deepEqual((await again.citedBy("28 U.S.C. § 1292")).documents, []);
  assert.deepEqual((await again.authorities()).map((a) => [a.kind, a.citations]), [["case", 2], ["statute", 1], ["statute", 1]]);
  await again.close();
});

test("missing, corrupt and locked files fail with one clear error", async () => {
  const dir = tmp();
  const cases: [string, () => void, string][] = [
    ["missing", () => SqliteStore.open(join(dir, "nope.db")), "store.not-found"],
    [
      "corrupt",
      () => {
        writeFileSync(join(dir, "bad.db"), "this is not a database file at all, just some text ".repeat(200));
        SqliteStore.open(join(dir, "bad.db"));
      },
      "store.corrupt",
    ],
  ];
  cases.push([
    "another program's database",
    () => {
      const other = new Database(join(dir, "other.db"));
      other.exec("CREATE TABLE contacts (name TEXT)");
      other.close();
      SqliteStore.open(join(dir, "other.db"));
    },
    "store.not-casefile",
  ]);
  for (const [name, fn, code] of cases) {
    assert.throws(fn, (err: unknown) => err instanceof CasefileError && err.code === code && !err.message.includes("\n"), name);
  }
  const file = join(dir, "locked.db");
  const store = SqliteStore.open(file, { create: true, busyTimeoutMs: 50 });
  const holder = new Database(file);
  holder.exec("BEGIN EXCLUSIVE");
  assert.throws(() => SqliteStore.open(file, { busyTimeoutMs: 50 }), (err: unknown) => err instanceof CasefileError && err.code === "store.locked");
  await assert.rejects(store.put(sampleOrder(1)), (err: unknown) => err instanceof CasefileError && err.code === "store.locked");
  holder.exec("ROLLBACK");
  holder.close();
  assert.equal((await store.put(sampleOrder(1))).created, true);
  await store.close();
});
