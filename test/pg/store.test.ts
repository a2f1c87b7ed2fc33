import assert from "node:assert/strict";
import { test } from "node:test";
import pg from "pg";
import { CasefileError } from "../../src/model/errors.js";
import { PG_MIGRATIONS, PgStore, openAnyStore } from "../../src/store/index.js";
import { PRE_ALIAS_AUTHORITIES, parallelOrder, sampleOrder } from "../store/factory.js";
import { storeSuite, testParser } from "../store/suite.js";
import { freshDatabase, pgSkip } from "./helper.js";

const skip = pgSkip();

storeSuite("postgres", async () => PgStore.open(await freshDatabase(), { create: true, parseCitations: testParser }), skip);

test("postgres: a fresh database is migrated once, and opening it again applies nothing", { skip }, async () => {
  const url = await freshDatabase();
  // Two writers starting at once: the advisory lock lets one migrate.
  const [a, b] = await Promise.all([PgStore.open(url, { create: true }), PgStore.open(url, { create: true })]);
  const rows = (await a.pool.query<{ version: number }>(`SELECT version FROM schema_migrations ORDER BY version`)).rows.map((r) => r.version);
  assert.deepEqual(rows, PG_MIGRATIONS.map((m) => m.version));
  await a.put(sampleOrder(1));
  assert.equal((await b.stats()).documents, 1);
  await Promise.all([a.close(), b.close()]);
  const reader = await openAnyStore(url, { readOnly: true });
  assert.ok(reader instanceof PgStore);
  assert.equal((await reader.stats()).documents, 1);
  await reader.close();
});

test("postgres: concurrent puts of documents sharing authorities all land, counted once each", { skip }, async () => {
  const url = await freshDatabase();
  const store = await PgStore.open(url, { create: true, parseCitations: testParser });
  const readings = Array.from({ length: 12 }, (_, i) => sampleOrder(i + 1));
  // Each put twice at once: one creates, the other finds it.
  const results = await Promise.all([...readings, ...readings].map((r) => store.put(r)));
  assert.equal(results.filter((r) => r.created).length, 12);
  assert.equal((await store.stats()).documents, 12);
  const cement = (await store.authorities({ limit: 5 })).find((a) => a.key === "case:673|F.2d|1020");
  assert.equal(cement?.documents, 12);
  await store.close();
});

test("postgres: a database without casefile's tables, or no server, fails with one clear line", { skip }, async () => {
  const url = await freshDatabase();
  const cases: [string, () => Promise<unknown>, string][] = [
    ["report on an empty database", () => PgStore.open(url, { readOnly: true }), "store.not-casefile"],
    ["no such database", () => PgStore.open(url.replace(/casefile_test_\w+/, "casefile_missing_db"), { readOnly: true }), "store.not-found"],
    ["no server", () => PgStore.open("postgres://casefile@127.0.0.1:1/postgres", { readOnly: true }), "store.unreachable"],
  ];
  for (const [name, fn, code] of cases) {
    await assert.rejects(fn, (err: unknown) => err instanceof CasefileError && err.code === code && !err.message.includes("\n"), name);
  }
  // Another program's tables are left alone: a report still says it is not casefile's.
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(`CREATE TABLE contacts (name text)`);
  await c.end();
  await assert.rejects(() => PgStore.open(url, { readOnly: true }), (err: unknown) => err instanceof CasefileError && err.code === "store.not-casefile");
});

test("postgres: a store written before exact keys and parallel cites is filed again by its migration", { skip }, async () => {
  const url = await freshDatabase();
  const store = await PgStore.open(url, { create: true, parseCitations: testParser });
  await store.put(parallelOrder());
  const step = PG_MIGRATIONS.find((m) => m.name.startsWith("authority aliases"))!;
  await store.pool.query(PRE_ALIAS_AUTHORITIES + `DELETE FROM schema_migrations WHERE version = ${step.version};`);
  await store.close();
  const again = await PgStore.open(url, { create: true, parseCitations: testParser });
  const us = await again.citedBy("901 U.S. 12");
  const sct = await again.citedBy("141 S. Ct. 77");
  assert.equal(us.authority?.id, sct.authority?.id);
  assert.equal(us.authority?.label, "Alder Grain Co. v. Brisk, 901 U.S. 12, 141 S. Ct. 77 (2031)");
  assert.deepEqual((await again.citedBy("28 U.S.C. § 1292(b)")).documents[0]?.passages.map((p) => p.text), ["28 U.S.C. § 1292(b)"]);
  assert.deepEqual((await again.citedBy("28 U.S.C. § 1292")).documents, []);
  assert.deepEqual((await again.authorities()).map((a) => [a.kind, a.citations]), [["case", 2], ["statute", 1], ["statute", 1]]);
  await again.close();
});
