/**
 * A worker thread that answers the store's heavy read queries (search, cited-by, the lists)
 * on its own read-only SQLite connection, so a slow query never holds up the server's event
 * loop. It never writes: the main thread keeps the only writer.
 */
import { parentPort, workerData } from "node:worker_threads";
import { SqliteStore } from "../store/sqlite.js";

/** The `Store` methods a query worker answers; everything else stays on the main thread. */
export const QUERY_METHODS = ["search", "citedBy", "documents", "authority", "authorities", "countAuthorities", "rulingStats", "rulings", "cases", "countCases", "case", "overview"] as const;
export type QueryMethod = (typeof QUERY_METHODS)[number];

/** Main thread → worker. */
export interface QueryTask {
  id: number;
  method: QueryMethod;
  args: unknown[];
}

/** Worker → main thread. */
export type QueryReply =
  /** The query begins: its budget counts from here, not from the worker's start. */
  | { id: number; started: true }
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; message: string; code?: string; status?: number; exitCode?: number };

export interface QueryWorkerData {
  path: string;
  /**
   * Tests only: a gate (one Int32) each query waits at while it holds 0, to show a request
   * answered while a query is in flight without timing anything.
   */
  gate?: SharedArrayBuffer;
}

const port = parentPort;
if (port) {
  const { path, gate } = workerData as QueryWorkerData;
  const allowed = new Set<string>(QUERY_METHODS);
  let store: SqliteStore | null = null;
  port.on("message", async (task: QueryTask) => {
    port.postMessage({ id: task.id, started: true } satisfies QueryReply);
    try {
      if (gate) Atomics.wait(new Int32Array(gate), 0, 0);
      if (!allowed.has(task.method)) throw new Error(`not a query: ${task.method}`);
      store ??= SqliteStore.open(path, { readOnly: true });
      const fn = store[task.method] as (...args: unknown[]) => Promise<unknown>;
      const value = await fn.apply(store, task.args);
      port.postMessage({ id: task.id, ok: true, value } satisfies QueryReply);
    } catch (err) {
      const message = err instanceof Error ? err.message.split("\n")[0] : String(err);
      // A CasefileError's code and status cross the thread, so the server answers as it would in-process.
      const e = err as { name?: string; code?: unknown; status?: unknown; exitCode?: unknown };
      const known = e?.name === "CasefileError" && typeof e.code === "string" && typeof e.status === "number" && typeof e.exitCode === "number";
      port.postMessage({ id: task.id, ok: false, message, ...(known ? { code: e.code as string, status: e.status as number, exitCode: e.exitCode as number } : {}) } satisfies QueryReply);
    }
  });
}
