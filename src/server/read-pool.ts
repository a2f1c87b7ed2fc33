/**
 * Reading off the event loop: uploads are read in worker threads, so a 700-page PDF or a
 * hostile text never holds up a cheap request, and SIGTERM is heard while one is read. Each
 * read has a time budget; past it the worker is ended and the request gets 503.
 */
import { CasefileError, EXIT, type ExitCode } from "../model/errors.js";
import type { Reading } from "../model/types.js";
import { DEFAULT_READER_URL, startWorker } from "../store/bulk.js";
import type { ReadReply } from "../store/read-worker.js";
import { workerSlots } from "./worker-slots.js";

export interface ReadPoolOptions {
  /** Workers kept (and reads run) at once; more wait their turn. Default 2. */
  size?: number;
  /** Milliseconds a read may take before it is ended with 503. Default 60 s. */
  budgetMs?: number;
  /** Module exporting `read`; default the pipeline's. */
  readerUrl?: string;
}

/**
 * A `read` that runs in a pool of worker threads, with `close()` to end them.
 *
 * @example const pool = readPool({ budgetMs: 30_000 }); const reading = await pool.read({ path: "a.txt", bytes });
 */
export function readPool(options: ReadPoolOptions = {}) {
  const budgetMs = options.budgetMs ?? 60_000;
  const readerUrl = options.readerUrl ?? String(DEFAULT_READER_URL);
  const slots = workerSlots(options.size ?? 2, () => startWorker(readerUrl));
  let nextId = 0;

  const read = async (input: { path: string; bytes: Uint8Array }, budget: { budgetMs?: number } = {}): Promise<Reading> => {
    const ms = budget.budgetMs ?? budgetMs;
    if (slots.closed) throw new CasefileError("read.closed", "the server is stopping", EXIT.SOFTWARE, 503);
    const worker = await slots.acquire();
    const id = ++nextId;
    return new Promise<Reading>((resolve, reject) => {
      const done = (keep: boolean) => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        slots.release(worker, keep);
      };
      const onMessage = (reply: ReadReply) => {
        if (reply.id !== id && !("fatal" in reply)) return;
        if ("fatal" in reply) {
          done(false);
          return reject(new CasefileError("read.no-reader", reply.message, EXIT.SOFTWARE, 500));
        }
        done(true);
        if (reply.ok) resolve(reply.reading as Reading);
        else reject(new CasefileError(reply.code ?? "input.unreadable", reply.message, (reply.exitCode ?? EXIT.DATA) as ExitCode, reply.status ?? 422));
      };
      const onError = (err: Error) => {
        done(false);
        reject(new CasefileError("read.crashed", `the reader failed: ${err.message}`, EXIT.SOFTWARE, 500));
      };
      // The budget ends the worker itself: a quadratic path cannot be interrupted any other way.
      const timer = setTimeout(() => {
        done(false);
        reject(new CasefileError("read.timeout", `reading took longer than ${Math.round(ms / 1000)} s and was stopped`, EXIT.SOFTWARE, 503));
      }, ms);
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.postMessage({ id, path: input.path, bytes: input.bytes });
    });
  };

  return { read, close: () => slots.close() };
}
