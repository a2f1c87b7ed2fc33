import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { test } from "node:test";
import pg from "pg";
import { enqueuePaths, queueStatus, runWorker } from "../../src/queue/index.js";
import { freshDatabase, pgSkip } from "./helper.js";

const skip = pgSkip();
const fakeReader = new URL("../store/fixtures/fake-reader.ts", import.meta.url).href;

async function sql<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text, values)).rows;
  } finally {
    await c.end();
  }
}

test("postgres queue: queuing is idempotent, workers store each file once, a failing file keeps its error after bounded retries", { skip }, async () => {
  const url = await freshDatabase();
  const dir = mkdtempSync(join(tmpdir(), "casefile-queue-"));
  const files: [string, string][] = [
    ["a.txt", "ORDER A\nSee 123 F.3d 456 on the interlocutory appeal."],
    ["b.txt", "ORDER B\nSee 123 F.3d 456 and 7 F.4d 8."],
    ["copy-of-a.txt", "ORDER A\nSee 123 F.3d 456 on the interlocutory appeal."],
    ["bad.txt", "ORDER C\nUNREADABLE"],
  ];
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
  const first = await enqueuePaths(url, [dir], { retryLimit: 1, retryDelaySeconds: 1, leaseSeconds: 30 });
  assert.deepEqual({ queued: first.queued, skipped: first.skipped }, { queued: 3, skipped: 1 }, "the copy has the same bytes");
  const again = await enqueuePaths(url, [dir], { retryLimit: 1, retryDelaySeconds: 1 });
  assert.deepEqual({ queued: again.queued, skipped: again.skipped }, { queued: 0, skipped: 4 });
  assert.equal((await sql<{ n: number }>(url, `SELECT count(*)::int AS n FROM blobs`))[0].n, 3);

  const failures: number[] = [];
  const summary = await runWorker(url, { concurrency: 2, exitWhenIdle: true, readerUrl: fakeReader, maintenanceSeconds: 1, onEvent: (e) => e.type === "failed" && failures.push(e.attempt) });
  assert.deepEqual({ stored: summary.stored, failed: summary.failed }, { stored: 2, failed: 1 });
  assert.deepEqual(failures, [1, 2], "tried once, retried once, then failed for good");
  const status = await queueStatus(url);
  assert.deepEqual({ queued: status.queued, running: status.running, done: status.done, failed: status.failed, documents: status.documents }, { queued: 0, running: 0, done: 2, failed: 1, documents: 2 });
  assert.equal(status.failures.length, 1);
  assert.match(status.failures[0].path, /bad\.txt$/);
  assert.match(status.failures[0].error, /not a readable document/);
  // Stored documents are not queued again.
  assert.equal((await enqueuePaths(url, [dir])).queued, 0);
});

// ../shared/corpus and the seed order, as CI lays them beside the checkout.
const shared = resolve("../shared");
const corpusFiles = (): string[] => {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(".txt")) out.push(p);
    }
  };
  walk(join(shared, "corpus"));
  walk(join(shared, "seed"));
  return out;
};
const e2eSkip = skip || (existsSync(join(shared, "corpus")) && existsSync(join(shared, "seed")) ? false : "../shared (corpus and seed) not found beside the checkout");
const SEED = "000_e62f83a7db6984b2.txt";
const cli = resolve("bin/casefile.js");

function run(args: string[]): { child: ChildProcess; done: Promise<{ code: number | null; out: string; err: string }> } {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (err += d));
  const done = new Promise<{ code: number | null; out: string; err: string }>((resolve) => child.on("close", (code) => resolve({ code, out, err })));
  return { child, done };
}

test("postgres end to end: the corpus and the seed through two workers, one killed mid-job, stored exactly once", { skip: e2eSkip, timeout: 15 * 60_000 }, async () => {
  const url = await freshDatabase();
  const files = corpusFiles();
  const queued = await run(["ingest", ...files, "--db", url, "--queue", "--lease", "8", "--retries", "2"]).done;
  assert.equal(queued.code, 0, queued.err);
  assert.match(queued.err, new RegExp(`queued ${files.length} documents`));

  const worker = (extra: string[] = []) => run(["worker", "--db", url, "--concurrency", "1", "--maintenance", "1", ...extra]);
  const a = worker();
  const b = worker(["--exit-when-idle"]);
  // Kill A while it holds a job: both workers busy, some documents stored.
  const deadline = Date.now() + 5 * 60_000;
  for (;;) {
    const [s] = await sql<{ active: number; docs: number }>(
      url,
      `SELECT (SELECT count(*) FROM pgboss.job WHERE state = 'active')::int AS active, (SELECT count(*) FROM documents)::int AS docs`,
    );
    if (s.active >= 2 && s.docs >= 5) break;
    assert.ok(Date.now() < deadline, "the workers never both got going");
    await new Promise((r) => setTimeout(r, 50));
  }
  a.child.kill("SIGKILL");
  const killed = await a.done;
  assert.equal(killed.code, null, "killed, not exited");
  const c = worker(["--exit-when-idle"]);
  const [rb, rc] = await Promise.all([b.done, c.done]);
  assert.equal(rb.code, 0, rb.err);
  assert.equal(rc.code, 0, rc.err);

  const [{ n }] = await sql<{ n: number }>(url, `SELECT count(*)::int AS n FROM documents`);
  assert.equal(n, files.length, "every file stored exactly once");
  const [{ retried }] = await sql<{ retried: number }>(
    url,
    `SELECT count(*)::int AS retried FROM (SELECT retry_count FROM pgboss.job UNION ALL SELECT retry_count FROM pgboss.archive) j WHERE retry_count > 0`,
  );
  assert.ok(retried >= 1, "the killed worker's job came back after its lease");
  const status = await run(["queue", "status", "--db", url, "--json"]).done;
  const s = JSON.parse(status.out);
  assert.deepEqual({ queued: s.queued, running: s.running, failed: s.failed, done: s.done }, { queued: 0, running: 0, failed: 0, done: files.length });

  // The same answers as SQLite on the same files.
  const sqlite = join(mkdtempSync(join(tmpdir(), "casefile-e2e-")), "casefile.db");
  const ingested = await run(["ingest", ...files, "--db", sqlite, "--jobs", "2"]).done;
  assert.equal(ingested.code, 0, ingested.err);
  for (const db of [url, sqlite]) {
    const cited = JSON.parse((await run(["cited-by", "673 F.2d 1020", "--db", db, "--json"]).done).out);
    assert.ok(cited.documents.some((d: { path: string }) => d.path.endsWith(SEED)), `cited-by finds the seed order on ${db}`);
    const found = JSON.parse((await run(["search", "interlocutory appeal", "--db", db, "--json", "--limit", "200"]).done).out);
    assert.ok(found.hits.some((h: { path: string }) => h.path.endsWith(SEED)), `search finds the seed order on ${db}`);
  }
  const answers = async (db: string) => {
    const cited = JSON.parse((await run(["cited-by", "673 F.2d 1020", "--db", db, "--json"]).done).out);
    const found = JSON.parse((await run(["search", "interlocutory appeal", "--db", db, "--json", "--limit", "200"]).done).out);
    return {
      citedBy: cited.documents.map((d: { path: string }) => d.path).sort(),
      passages: cited.authority?.citations,
      search: found.hits.map((h: { path: string }) => h.path).sort(),
    };
  };
  assert.deepEqual(await answers(url), await answers(sqlite));
});
