/**
 * Heavy queries off the event loop: search, cited-by and the lists run in worker threads,
 * each with its own read-only SQLite connection, so the server answers a cheap request
 * (a health check, one document) at once while an expensive search runs. Each query has a
 * time budget, counted from when the worker begins it; past it the worker is ended (nothing else stops a running SQLite statement
 * from outside) and the request gets 503.
 *
 * Only for a store in an SQLite file: `:memory:` has no file to share, and PostgreSQL's
 * queries already wait on its connection pool without blocking the loop.
 */
import { CasefileError, EXIT, type ExitCode } from "../model/errors.js";
import { launchWorker } from "../store/bulk.js";
import { SqliteStore } from "../store/sqlite.js";
import type { Store } from "../store/types.js";
import { workerSlots } from "./worker-slots.js";
import { QUERY_METHODS, type QueryMethod, type QueryReply, type QueryTask, type QueryWorkerData } from "./query-worker.js";

const WORKER_URL = new URL(`./query-worker${import.meta.url.endsWith(".ts") ? ".ts" : ".js"}`, import.meta.url);

export interface QueryPoolOptions {
  /** The SQLite file the workers open read-only. */
  path: string;
  /** Workers kept (and queries run) at once; more wait their turn. Default 2. */
  size?: number;
  /** Milliseconds a query may run before its worker is ended and the request gets 503. Default 30 s. */
  budgetMs?: number;
  /** Tests only: each query waits while this gate's first Int32 is 0 (see query-worker.ts). */
  gate?: SharedArrayBuffer;
}

export interface QueryPool {
  call(method: QueryMethod, args: unknown[]): Promise<unknown>;
  close(): Promise<void>;
}

/**
 * A pool of query workers over one SQLite file.
 *
 * @example const pool = queryPool({ path: "casefile.db" }); const hits = await pool.call("search", ["stay", {}]);
 */
export function queryPool(options: QueryPoolOptions): QueryPool {
  const budgetMs = options.budgetMs ?? 30_000;
  const data: QueryWorkerData = { path: options.path, gate: options.gate };
  const slots = workerSlots(options.size ?? 2, () => launchWorker(WORKER_URL, data));
  let nextId = 0;

  const call = async (method: QueryMethod, args: unknown[]): Promise<unknown> => {
    if (slots.closed) throw new CasefileError("query.closed", "the server is stopping", EXIT.SOFTWARE, 503);
    const worker = await slots.acquire();
    const id = ++nextId;
    return new Promise<unknown>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const done = (keep: boolean) => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        slots.release(worker, keep);
      };
      const onMessage = (reply: QueryReply) => {
        if (reply.id !== id) return;
        if ("started" in reply) {
          // The budget counts the query, not a new worker's start (slow under tsx).
          timer = setTimeout(() => {
            done(false);
            reject(new CasefileError("query.timeout", `the query took longer than ${budgetMs < 1000 ? `${budgetMs} ms` : `${Math.round(budgetMs / 1000)} s`} and was stopped`, EXIT.SOFTWARE, 503));
          }, budgetMs);
          return;
        }
        done(true);
        if (reply.ok) resolve(reply.value);
        else if (reply.code) reject(new CasefileError(reply.code, reply.message, (reply.exitCode ?? EXIT.SOFTWARE) as ExitCode, reply.status ?? 500));
        // Not one of casefile's errors: a plain Error, so the server logs it and answers 500.
        else reject(new Error(`query ${method} failed: ${reply.message}`));
      };
      const onError = (err: Error) => {
        done(false);
        reject(new Error(`query worker failed: ${err.message}`));
      };
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.postMessage({ id, method, args } satisfies QueryTask);
    });
  };

  return { call, close: () => slots.close() };
}

/** Whether a store's heavy queries can go to a query pool: an SQLite store in a file. @example poolable(SqliteStore.open(":memory:")) // → false */
export function poolable(store: Store): store is SqliteStore {
  return store instanceof SqliteStore && store.path !== ":memory:";
}

/**
 * The store as the server uses it: heavy read queries go to the pool, writes and point
 * lookups (one document, its source, a hash) stay on the store itself.
 *
 * @example const app = createApp(offLoop(store, queryPool({ path: store.path })));
 */
export function offLoop(store: Store, pool: QueryPool): Store {
  const wrapped: Store = {
    has: (sha) => store.has(sha),
    hashes: () => store.hashes(),
    put: (reading) => store.put(reading),
    document: (id) => store.document(id),
    deleteDocument: (id) => store.deleteDocument(id),
    source: (id) => store.source(id),
    stats: () => store.stats(),
    close: () => store.close(),
  } as Store;
  for (const method of QUERY_METHODS) {
    (wrapped as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>)[method] = (...args: unknown[]) => pool.call(method, args);
  }
  return wrapped;
}
