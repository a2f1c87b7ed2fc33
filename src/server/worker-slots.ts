/**
 * The worker threads a pool keeps: at most `size` at work at once, idle ones kept for the next
 * task, and callers past the bound waiting their turn. Shared by the read pool (uploads) and the
 * query pool (search, cited-by, lists).
 */
import type { Worker } from "node:worker_threads";

export interface WorkerSlots {
  /** A worker to give one task to: an idle one, or a new one; waits while `size` are at work. */
  acquire(): Promise<Worker>;
  /**
   * Gives a worker back after its task: kept for the next one when `keep`, else ended (a task
   * past its budget or a crashed worker). A worker given back after `close` is ended too.
   */
  release(worker: Worker, keep: boolean): void;
  /** Whether `close` was called. */
  readonly closed: boolean;
  /** Ends the idle workers; those at work are ended as they are given back. */
  close(): Promise<void>;
}

/** @example const slots = workerSlots(2, () => new Worker(url)); const w = await slots.acquire(); … slots.release(w, true); */
export function workerSlots(size: number, start: () => Worker): WorkerSlots {
  const limit = Math.max(1, size);
  const idle: Worker[] = [];
  const waiting: (() => void)[] = [];
  let busy = 0;
  let closed = false;
  return {
    async acquire() {
      while (busy >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
      busy++;
      return idle.pop() ?? start();
    },
    release(worker, keep) {
      busy--;
      if (keep && !closed) idle.push(worker);
      else void worker.terminate();
      waiting.shift()?.();
    },
    get closed() {
      return closed;
    },
    async close() {
      closed = true;
      await Promise.all(idle.splice(0).map((w) => w.terminate()));
    },
  };
}
