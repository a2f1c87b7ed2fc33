/**
 * The ingest queue in PostgreSQL, with pg-boss: `enqueuePaths` stores each file's bytes
 * in `blobs` (content-addressed by sha256) and queues one job for it in the same
 * transaction; `runWorker` drains the queue, reading in worker threads and storing each
 * reading in one transaction. A job's lease is pg-boss's expiry: a worker killed mid-job
 * leaves its job active until the lease runs out, then pg-boss puts it back to be retried,
 * a bounded number of times; a job that fails keeps its error.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Worker } from "node:worker_threads";
import PgBoss from "pg-boss";
import type pg from "pg";
import { CasefileError, EXIT } from "../model/errors.js";
import type { Reading } from "../model/types.js";
import { DEFAULT_READER_URL, listDocuments, startWorker } from "../store/bulk.js";
import { PgStore, pgError, redactUrl } from "../store/pg.js";
import type { ReadReply } from "../store/read-worker.js";

/** The pg-boss queue casefile's ingest jobs go to. */
export const QUEUE = "casefile-ingest";

/** What a queued job carries: the bytes stay in `blobs`. */
export interface IngestJob {
  sha256: string;
  path: string;
}

export interface QueueSettings {
  /** Seconds a worker holds a job before it is taken back and retried (pg-boss expiry). Default 900. */
  leaseSeconds?: number;
  /** Retries after the first attempt before a job is failed for good. Default 2. */
  retryLimit?: number;
  /** Seconds before the first retry (doubling after). Default 5. */
  retryDelaySeconds?: number;
}

const DEFAULTS = { leaseSeconds: 900, retryLimit: 2, retryDelaySeconds: 5 };

/** Starts pg-boss on the store's database; `supervise` runs expiry (leases) and archiving. */
async function startBoss(url: string, options: { supervise: boolean; max: number; maintenanceSeconds?: number; onError?: (err: Error) => void }): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    max: options.max,
    application_name: "casefile-queue",
    supervise: options.supervise,
    schedule: false,
    maintenanceIntervalSeconds: options.maintenanceSeconds ?? 10,
  });
  boss.on("error", (err) => options.onError?.(err));
  try {
    await boss.start();
    if (!(await boss.getQueue(QUEUE))) {
      // Two processes may create it at once: the loser finds it made.
      await boss.createQueue(QUEUE, { name: QUEUE, ...{ retryLimit: DEFAULTS.retryLimit, expireInSeconds: DEFAULTS.leaseSeconds } }).catch(async (err) => {
        if (!(await boss.getQueue(QUEUE))) throw err;
      });
    }
  } catch (err) {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    throw pgError(err, url);
  }
  return boss;
}

export type EnqueueEvent =
  | { type: "start"; total: number }
  | { type: "queued"; path: string; sha256: string }
  | { type: "skipped"; path: string; reason: "already-stored" | "already-queued" }
  | { type: "failed"; path: string; message: string };

export interface EnqueueSummary {
  files: number;
  queued: number;
  skipped: number;
  failed: number;
  seconds: number;
}

/**
 * Queues every document under `paths`: each new file's bytes go into `blobs` and one job
 * into the queue, in one transaction. Bytes already stored or queued are skipped, so
 * queuing the same folder twice queues nothing the second time.
 *
 * @example await enqueuePaths("postgres://casefile@127.0.0.1/casefile", ["corpus/"], { leaseSeconds: 600 })
 */
export async function enqueuePaths(url: string, paths: readonly string[], options: QueueSettings & { onEvent?: (e: EnqueueEvent) => void } = {}): Promise<EnqueueSummary> {
  const started = performance.now();
  const files = await listDocuments(paths);
  const emit = options.onEvent ?? (() => undefined);
  const settings = {
    leaseSeconds: options.leaseSeconds ?? DEFAULTS.leaseSeconds,
    retryLimit: options.retryLimit ?? DEFAULTS.retryLimit,
    retryDelaySeconds: options.retryDelaySeconds ?? DEFAULTS.retryDelaySeconds,
  };
  const summary: EnqueueSummary = { files: files.length, queued: 0, skipped: 0, failed: 0, seconds: 0 };
  const store = await PgStore.open(url, { create: true, maxConnections: 2 });
  let boss: PgBoss | null = null;
  try {
    boss = await startBoss(url, { supervise: false, max: 2 });
    emit({ type: "start", total: files.length });
    for (const path of files) {
      let bytes: Buffer;
      try {
        bytes = await readFile(path);
      } catch (err) {
        summary.failed++;
        emit({ type: "failed", path, message: `cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}` });
        continue;
      }
      const sha256 = createHash("sha256").update(bytes).digest("hex");
      const b = boss;
      const outcome = await store.transaction(async (client) => {
        if ((await client.query(`SELECT 1 FROM documents WHERE sha256 = $1`, [sha256])).rowCount) return "already-stored" as const;
        const blob = await client.query(`INSERT INTO blobs (sha256, path, bytes) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING`, [sha256, path, bytes]);
        if (blob.rowCount === 0) return "already-queued" as const;
        const db = { executeSql: (text: string, values: unknown[]) => client.query(text, values) };
        const job: IngestJob = { sha256, path };
        await b.send(QUEUE, job, {
          db,
          retryLimit: settings.retryLimit,
          retryDelay: settings.retryDelaySeconds,
          retryBackoff: true,
          expireInSeconds: settings.leaseSeconds,
        });
        return "queued" as const;
      });
      if (outcome === "queued") {
        summary.queued++;
        emit({ type: "queued", path, sha256 });
      } else {
        summary.skipped++;
        emit({ type: "skipped", path, reason: outcome });
      }
    }
  } finally {
    await boss?.stop({ graceful: false, wait: true }).catch(() => undefined);
    await store.close();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

export type WorkerEvent =
  | { type: "stored"; path: string; id: number; pages: number; seconds: number }
  | { type: "skipped"; path: string; reason: "already-stored" }
  | { type: "failed"; path: string; message: string; attempt: number; final: boolean }
  | { type: "idle" };

export interface WorkerOptions {
  /** Jobs worked on at once, each read in its own thread. Default 1. */
  concurrency?: number;
  /** Stop when no job is queued, running or waiting to be retried. */
  exitWhenIdle?: boolean;
  /** Seconds between looks for new jobs when the queue is empty. Default 1. */
  pollSeconds?: number;
  /** Seconds between checks for expired leases (any worker may do them). Default 5. */
  maintenanceSeconds?: number;
  /** Module exporting `read`; for tests. */
  readerUrl?: string;
  onEvent?: (e: WorkerEvent) => void;
  /** Resolves to stop the worker (after jobs in hand finish). */
  stop?: Promise<void>;
}

export interface WorkerSummary {
  stored: number;
  skipped: number;
  failed: number;
  seconds: number;
}

/** One reader thread per slot; a thread that dies is replaced, costing its job one attempt. */
class ReaderPool {
  private free: { worker: Worker; busy: boolean }[] = [];
  private waiters: ((slot: { worker: Worker; busy: boolean }) => void)[] = [];
  private nextId = 1;

  constructor(
    private readonly readerUrl: string,
    size: number,
  ) {
    for (let i = 0; i < size; i++) this.free.push({ worker: startWorker(readerUrl), busy: false });
  }

  private async take(): Promise<{ worker: Worker; busy: boolean }> {
    const slot = this.free.pop();
    if (slot) return slot;
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private give(slot: { worker: Worker; busy: boolean }): void {
    const waiter = this.waiters.shift();
    if (waiter) waiter(slot);
    else this.free.push(slot);
  }

  async read(path: string, bytes: Uint8Array): Promise<Reading> {
    let slot = await this.take();
    const id = this.nextId++;
    try {
      return await new Promise<Reading>((resolve, reject) => {
        const w = slot.worker;
        const done = () => {
          w.off("message", onMessage);
          w.off("error", onError);
          w.off("exit", onExit);
        };
        const onMessage = (reply: ReadReply) => {
          if (reply.id !== id && !("fatal" in reply)) return;
          done();
          if ("fatal" in reply) reject(new CasefileError("ingest.no-reader", reply.message, EXIT.SOFTWARE, 500));
          else if (reply.ok) resolve(reply.reading as Reading);
          else reject(new Error(reply.message));
        };
        const onError = (err: Error) => {
          done();
          slot = { worker: startWorker(this.readerUrl), busy: false };
          reject(new Error(`reader crashed: ${err.message}`));
        };
        const onExit = (code: number) => {
          done();
          slot = { worker: startWorker(this.readerUrl), busy: false };
          reject(new Error(`reader exited with code ${code}`));
        };
        w.on("message", onMessage);
        w.on("error", onError);
        w.on("exit", onExit);
        w.postMessage({ id, path, bytes });
      });
    } finally {
      this.give(slot);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.free.map((s) => s.worker.terminate()));
  }
}

/**
 * Works the queue until stopped (or, with `exitWhenIdle`, until nothing is left to do).
 *
 * @example await runWorker("postgres://casefile@127.0.0.1/casefile", { concurrency: 2, exitWhenIdle: true })
 */
export async function runWorker(url: string, options: WorkerOptions = {}): Promise<WorkerSummary> {
  const started = performance.now();
  const concurrency = Math.max(1, Math.min(64, Math.trunc(options.concurrency ?? 1)));
  const emit = options.onEvent ?? (() => undefined);
  const summary: WorkerSummary = { stored: 0, skipped: 0, failed: 0, seconds: 0 };
  const store = await PgStore.open(url, { create: true, maxConnections: concurrency + 2 });
  let bossError: Error | null = null;
  let boss: PgBoss;
  try {
    boss = await startBoss(url, { supervise: true, max: concurrency + 2, maintenanceSeconds: options.maintenanceSeconds ?? 5, onError: (err) => (bossError = err) });
  } catch (err) {
    await store.close();
    throw err;
  }
  const readers = new ReaderPool(String(options.readerUrl ?? DEFAULT_READER_URL), concurrency);
  let inFlight = 0;

  const handle = async (job: PgBoss.JobWithMetadata<IngestJob>): Promise<{ id: number } | { skipped: true }> => {
    const { sha256, path } = job.data;
    inFlight++;
    const t0 = performance.now();
    try {
      if (await store.has(sha256)) {
        summary.skipped++;
        emit({ type: "skipped", path, reason: "already-stored" });
        return { skipped: true };
      }
      const [row] = (await store.pool.query<{ bytes: Buffer }>(`SELECT bytes FROM blobs WHERE sha256 = $1`, [sha256])).rows;
      if (!row) throw new Error(`the queued bytes of ${path} are not in blobs`);
      const reading = await readers.read(path, new Uint8Array(row.bytes));
      reading.source = { ...reading.source, sha256, bytes: reading.source?.bytes ?? row.bytes.length };
      const put = await store.put(reading);
      if (put.created) {
        summary.stored++;
        emit({ type: "stored", path, id: put.id, pages: reading.source.pages ?? 0, seconds: (performance.now() - t0) / 1000 });
      } else {
        summary.skipped++;
        emit({ type: "skipped", path, reason: "already-stored" });
      }
      return { id: put.id };
    } catch (err) {
      const message = err instanceof Error ? err.message.split("\n")[0] : String(err);
      const final = job.retryCount >= job.retryLimit;
      if (final) summary.failed++;
      emit({ type: "failed", path, message, attempt: job.retryCount + 1, final });
      // pg-boss keeps this as the job's output: the error stays with the document.
      throw new Error(message, { cause: err });
    } finally {
      inFlight--;
    }
  };

  try {
    for (let i = 0; i < concurrency; i++) {
      // pg-boss waits out the polling interval after every fetch; a worker that just finished a
      // job asks for the next one at once (the wait only applies when the queue was empty).
      let workerId = "";
      workerId = await boss.work<IngestJob>(QUEUE, { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: options.pollSeconds ?? 1 }, async ([job]) => {
        try {
          return await handle(job);
        } finally {
          if (workerId) boss.notifyWorker(workerId);
        }
      });
    }
    await new Promise<void>((resolve, reject) => {
      let timer: NodeJS.Timeout | null = null;
      const finish = (err?: unknown) => {
        if (timer) clearInterval(timer);
        if (err) reject(err);
        else resolve();
      };
      void options.stop?.then(() => finish());
      if (!options.exitWhenIdle) return;
      let checking = false;
      timer = setInterval(async () => {
        if (checking || inFlight > 0) return;
        checking = true;
        try {
          const pending = await pendingJobs(store.pool);
          if (pending === 0 && inFlight === 0) {
            emit({ type: "idle" });
            finish();
          }
        } catch (err) {
          finish(pgError(err, url));
        } finally {
          checking = false;
        }
      }, 1000);
    });
  } finally {
    await boss.stop({ graceful: true, wait: true, timeout: 60_000 }).catch(() => undefined);
    await readers.close();
    await store.close();
  }
  if (bossError && summary.stored === 0 && summary.failed === 0) throw pgError(bossError, url);
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** Jobs not finished: queued, waiting to be retried, or held by a worker (alive or not). */
async function pendingJobs(pool: pg.Pool): Promise<number> {
  const r = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry', 'active')`, [QUEUE]);
  return r.rows[0].n;
}

export interface QueueStatus {
  queued: number;
  /** Of `queued`, those waiting out a retry delay after a failure. */
  retrying: number;
  running: number;
  done: number;
  failed: number;
  documents: number;
  /** Jobs completed per second over the last minute and the last ten minutes. */
  throughput: { lastMinute: number; lastTenMinutes: number };
  /** The newest failures, with the error each kept. */
  failures: { path: string; error: string; attempts: number; at: string }[];
}

/**
 * Counts the queue's jobs by state, from the live table and pg-boss's archive.
 *
 * @example const s = await queueStatus("postgres://casefile@127.0.0.1/casefile"); s.queued
 */
export async function queueStatus(url: string): Promise<QueueStatus> {
  const store = await PgStore.open(url, { readOnly: true, maxConnections: 1 });
  try {
    const q = async <R extends pg.QueryResultRow>(text: string, values: unknown[] = []) => (await store.pool.query<R>(text, values)).rows;
    const documents = (await q<{ n: number }>(`SELECT count(*)::int AS n FROM documents`))[0].n;
    const status: QueueStatus = { queued: 0, retrying: 0, running: 0, done: 0, failed: 0, documents, throughput: { lastMinute: 0, lastTenMinutes: 0 }, failures: [] };
    const installed = (await q<{ t: string | null }>(`SELECT to_regclass('pgboss.job')::text AS t`))[0].t;
    if (!installed) return status;
    const all = `(SELECT state::text AS state, completed_on, data, output, retry_count FROM pgboss.job WHERE name = $1
                  UNION ALL SELECT state::text, completed_on, data, output, retry_count FROM pgboss.archive WHERE name = $1) j`;
    for (const r of await q<{ state: string; n: number }>(`SELECT state, count(*)::int AS n FROM ${all} GROUP BY state`, [QUEUE])) {
      if (r.state === "created") status.queued += r.n;
      else if (r.state === "retry") {
        status.queued += r.n;
        status.retrying += r.n;
      } else if (r.state === "active") status.running = r.n;
      else if (r.state === "completed") status.done = r.n;
      else if (r.state === "failed") status.failed = r.n;
    }
    const [t] = await q<{ m1: number; m10: number }>(
      `SELECT count(*) FILTER (WHERE completed_on > now() - interval '1 minute')::int AS m1, count(*) FILTER (WHERE completed_on > now() - interval '10 minutes')::int AS m10
       FROM ${all} WHERE state = 'completed'`,
      [QUEUE],
    );
    status.throughput = { lastMinute: t.m1 / 60, lastTenMinutes: t.m10 / 600 };
    status.failures = (
      await q<{ path: string; error: string | null; attempts: number; at: Date | null }>(
        `SELECT data->>'path' AS path, coalesce(output->>'message', output::text) AS error, retry_count + 1 AS attempts, completed_on AS at
         FROM ${all} WHERE state = 'failed' ORDER BY completed_on DESC NULLS LAST LIMIT 10`,
        [QUEUE],
      )
    ).map((r) => ({ path: r.path, error: r.error ?? "", attempts: r.attempts, at: r.at ? r.at.toISOString() : "" }));
    return status;
  } catch (err) {
    throw pgError(err, url);
  } finally {
    await store.close();
  }
}

export { redactUrl };
