/**
 * PostgreSQL for tests: `CASEFILE_TEST_PG` names a server (CI and `npm test` start a
 * throwaway one with scripts/pg-cluster.sh); without it every PostgreSQL test says it
 * skipped, and why. Each test gets a database of its own, dropped when the file ends.
 */
import { randomBytes } from "node:crypto";
import { after } from "node:test";
import pg from "pg";

/** The server's URL, or null. @example const url = testPgUrl(); */
export function testPgUrl(): string | null {
  const url = process.env.CASEFILE_TEST_PG;
  return url && /^postgres(?:ql)?:\/\//.test(url) ? url : null;
}

/** Why PostgreSQL tests skip, or false when they run. @example test("x", { skip: pgSkip() }, …) */
export function pgSkip(): string | false {
  return testPgUrl() ? false : "PostgreSQL not available: set CASEFILE_TEST_PG=postgres://… (npm test starts a throwaway cluster when Debian's postgresql is installed)";
}

const created: string[] = [];
let dropsRegistered = false;

/**
 * Creates an empty database on the test server and returns its URL.
 *
 * @example const url = await freshDatabase(); const store = await PgStore.open(url, { create: true });
 */
export async function freshDatabase(): Promise<string> {
  const base = testPgUrl();
  if (!base) throw new Error("freshDatabase: CASEFILE_TEST_PG is not set");
  const name = `casefile_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  created.push(name);
  if (!dropsRegistered) {
    dropsRegistered = true;
    after(async () => {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      try {
        for (const db of created) await client.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    });
  }
  const u = new URL(base);
  u.pathname = "/" + name;
  return u.toString();
}
