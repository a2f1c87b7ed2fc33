/**
 * A worker thread that reads documents: it imports the pipeline's `read` (from the
 * compiled `dist/read.js` when running from dist) and answers one message per file.
 * It never touches the database: the main thread owns the only writer.
 */
import { parentPort, workerData } from "node:worker_threads";

/** Main thread → worker. */
export interface ReadTask {
  id: number;
  path: string;
  bytes: Uint8Array;
}

/** Worker → main thread. */
export type ReadReply =
  | { id: number; ok: true; reading: unknown }
  | { id: number; ok: false; message: string; code?: string; status?: number; exitCode?: number }
  | { id: -1; ok: false; fatal: true; message: string };

type ReadFn = (input: { path: string; bytes: Uint8Array }) => Promise<unknown>;

const port = parentPort;
if (port) {
  const { readerUrl } = workerData as { readerUrl: string };
  const loaded: Promise<ReadFn | null> = import(readerUrl).then(
    (mod: { read?: ReadFn }) => {
      if (typeof mod.read !== "function") throw new Error(`${readerUrl} exports no read()`);
      return mod.read;
    },
    (err: unknown) => {
      port.postMessage({ id: -1, ok: false, fatal: true, message: `cannot load the reader (${readerUrl}): ${err instanceof Error ? err.message : String(err)}` } satisfies ReadReply);
      return null;
    },
  );
  port.on("message", async (task: ReadTask) => {
    const read = await loaded;
    if (!read) {
      port.postMessage({ id: -1, ok: false, fatal: true, message: `cannot load the reader (${readerUrl})` } satisfies ReadReply);
      return;
    }
    try {
      const reading = await read({ path: task.path, bytes: task.bytes });
      port.postMessage({ id: task.id, ok: true, reading } satisfies ReadReply);
    } catch (err) {
      const message = err instanceof Error ? err.message.split("\n")[0] : String(err);
      // A CasefileError's code and status cross the thread, so a server answers as it would in-process.
      const e = err as { name?: string; code?: unknown; status?: unknown; exitCode?: unknown };
      const known = e?.name === "CasefileError" && typeof e.code === "string" && typeof e.status === "number" && typeof e.exitCode === "number";
      port.postMessage({ id: task.id, ok: false, message, ...(known ? { code: e.code as string, status: e.status as number, exitCode: e.exitCode as number } : {}) } satisfies ReadReply);
    }
  });
}
