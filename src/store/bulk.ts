/**
 * Ingests many files: walks folders, skips content already stored (by sha256, before
 * reading), reads in worker threads, and writes each document in its own transaction
 * from the main thread. Stopping at any point and running again picks up where it
 * stopped: stored documents are whole, and none is stored twice.
 */
import { createHash } from "node:crypto";
import { lstat, readdir, readFile, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { extname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { CasefileError, EXIT } from "../model/errors.js";
import type { Reading } from "../model/types.js";
import type { ReadReply, ReadTask } from "./read-worker.js";
import type { Store } from "./types.js";

/** File extensions a folder walk picks up. A file named on the command line is always taken. @example DOCUMENT_EXTENSIONS.has(".pdf") // → true */
export const DOCUMENT_EXTENSIONS: ReadonlySet<string> = new Set([".pdf", ".txt", ".html", ".htm"]);

export type IngestEvent =
  | { type: "start"; total: number }
  | { type: "stored"; path: string; id: number; pages: number }
  | { type: "skipped"; path: string; reason: "already-stored" | "symlink" | "not-a-file" }
  | { type: "failed"; path: string; message: string };

export interface IngestOptions {
  /** Worker threads reading in parallel; default: CPUs − 1, at least 1, at most 8. */
  jobs?: number;
  /** Module exporting `read({path, bytes})`; default the pipeline's, next to this file. */
  readerUrl?: string | URL;
  onEvent?: (event: IngestEvent) => void;
}

export interface IngestSummary {
  files: number;
  stored: number;
  skipped: number;
  failed: number;
  pages: number;
  seconds: number;
  failures: { path: string; message: string }[];
}

// Under tsx the sources are .ts; from dist they are .js. Resolve siblings the same way.
const SELF_EXT = import.meta.url.endsWith(".ts") ? ".ts" : ".js";
const WORKER_URL = new URL(`./read-worker${SELF_EXT}`, import.meta.url);
/** The pipeline's `read`, as a worker imports it. @example startWorker(String(DEFAULT_READER_URL)) */
export const DEFAULT_READER_URL = new URL(`../read${SELF_EXT}`, import.meta.url);

/** What a folder walk passed over and why: a link is never followed from inside a folder. */
export interface PassedOver {
  path: string;
  reason: "symlink" | "not-a-file";
}

/**
 * Lists the documents under the given files and folders, sorted, each once.
 *
 * Links: inside a folder a symbolic link is never followed (a link to `/etc/passwd` in a
 * shared folder must not be stored), and is reported in `passedOver`, as is a FIFO, socket
 * or device with a document's extension. A link named on the command line is followed to a
 * regular file only, as if its target had been named. Anything named that is not a regular
 * file or folder (a FIFO would block the read forever) is refused before anything is read.
 *
 * @example await listDocuments(["docs/"]) // → ["docs/a.pdf", "docs/sub/b.txt"]
 */
export async function listDocuments(paths: readonly string[], passedOver: PassedOver[] = []): Promise<string[]> {
  const out = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isSymbolicLink()) passedOver.push({ path: p, reason: "symlink" });
      else if (!DOCUMENT_EXTENSIONS.has(extname(e.name).toLowerCase())) continue;
      else if (e.isFile()) out.add(p);
      else passedOver.push({ path: p, reason: "not-a-file" });
    }
  };
  for (const p of paths) {
    let info;
    try {
      info = await lstat(p);
      if (info.isSymbolicLink()) {
        info = await stat(p);
        if (!info.isFile()) throw new CasefileError("input.not-a-file", `a link to something other than a file is not followed: ${p}`, EXIT.NO_INPUT, 400);
      }
    } catch (err) {
      if (err instanceof CasefileError) throw err;
      throw new CasefileError("input.not-found", `no such file or folder: ${p}`, EXIT.NO_INPUT, 404);
    }
    if (info.isDirectory()) await walk(p);
    else if (info.isFile()) out.add(p);
    else throw new CasefileError("input.not-a-file", `not a regular file or folder (a FIFO, socket or device): ${p}`, EXIT.NO_INPUT, 400);
  }
  return [...out];
}

interface Slot {
  worker: Worker;
  task: { id: number; path: string; sha256: string; bytes: number } | null;
}

/**
 * Reads and stores every document under `paths`.
 *
 * @example const summary = await ingestPaths(store, ["corpus/"], { jobs: 4, onEvent: console.log });
 */
export async function ingestPaths(store: Store, paths: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const passedOver: PassedOver[] = [];
  const files = await listDocuments(paths, passedOver);
  const emit = options.onEvent ?? (() => undefined);
  const summary: IngestSummary = { files: files.length, stored: 0, skipped: 0, failed: 0, pages: 0, seconds: 0, failures: [] };
  emit({ type: "start", total: files.length + passedOver.length });
  for (const p of passedOver) {
    summary.skipped++;
    emit({ type: "skipped", ...p });
  }
  const known = await store.hashes();
  const fail = (path: string, message: string) => {
    summary.failed++;
    summary.failures.push({ path, message });
    emit({ type: "failed", path, message });
  };
  const jobs = Math.max(1, Math.min(64, Math.trunc(options.jobs ?? Math.min(8, Math.max(1, availableParallelism() - 1)))));
  const readerUrl = String(options.readerUrl instanceof URL ? options.readerUrl : options.readerUrl ? toUrl(options.readerUrl) : DEFAULT_READER_URL);

  let next = 0;
  let taskId = 0;
  let fatal: CasefileError | null = null;
  const slots: Slot[] = [];

  await new Promise<void>((resolve) => {
    let active = 0;
    const finishIfDone = () => {
      if (active === 0 && (next >= files.length || fatal)) resolve();
    };

    // Reads the next file's bytes, skipping known content, and hands it to the slot.
    const feed = async (slot: Slot): Promise<void> => {
      while (!fatal && next < files.length) {
        const path = files[next++];
        // Counted from the moment it is taken, so the run cannot end while it is read from disk.
        active++;
        let bytes: Buffer;
        try {
          bytes = await readFile(path);
        } catch (err) {
          active--;
          fail(path, `cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
          continue;
        }
        const sha256 = createHash("sha256").update(bytes).digest("hex");
        if (known.has(sha256) || fatal) {
          active--;
          if (fatal) break;
          summary.skipped++;
          emit({ type: "skipped", path, reason: "already-stored" });
          continue;
        }
        known.add(sha256);
        const id = ++taskId;
        slot.task = { id, path, sha256, bytes: bytes.length };
        const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        const message: ReadTask = { id, path, bytes: view };
        // Small files share Node's pool buffer, which cannot be transferred.
        slot.worker.postMessage(message, bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer as ArrayBuffer] : []);
        return;
      }
      finishIfDone();
    };

    const onReply = async (slot: Slot, reply: ReadReply) => {
      if ("fatal" in reply) {
        fatal ??= new CasefileError("ingest.no-reader", reply.message, EXIT.SOFTWARE, 500);
        return void finishSlot(slot);
      }
      const task = slot.task;
      if (!task || task.id !== reply.id) return;
      if (reply.ok) {
        const reading = reply.reading as Reading;
        reading.source = { ...reading.source, sha256: task.sha256, bytes: reading.source?.bytes ?? task.bytes };
        try {
          const put = await store.put(reading);
          if (put.created) {
            summary.stored++;
            summary.pages += reading.source.pages ?? 0;
            emit({ type: "stored", path: task.path, id: put.id, pages: reading.source.pages ?? 0 });
          } else {
            // Another ingest into the same store wrote it first: it is counted there, not here.
            summary.skipped++;
            emit({ type: "skipped", path: task.path, reason: "already-stored" });
          }
        } catch (err) {
          if (err instanceof CasefileError && (err.code === "store.locked" || err.code === "store.corrupt" || err.code === "store.unreadable")) fatal ??= err;
          else fail(task.path, err instanceof Error ? err.message : String(err));
        }
      } else {
        fail(task.path, reply.message);
      }
      finishSlot(slot);
    };

    const finishSlot = (slot: Slot) => {
      if (slot.task) {
        slot.task = null;
        active--;
      }
      void feed(slot);
    };

    const spawn = (): Slot => {
      const slot: Slot = { worker: startWorker(readerUrl), task: null };
      slot.worker.on("message", (reply: ReadReply) => void onReply(slot, reply));
      // A worker that dies (out of memory, a crash in a native module) costs its file only.
      slot.worker.on("error", (err) => {
        if (slot.task) fail(slot.task.path, `reader crashed: ${err.message}`);
        replace(slot);
      });
      slot.worker.on("exit", (code) => {
        if (code !== 0 && slot.task) {
          fail(slot.task.path, `reader exited with code ${code}`);
          replace(slot);
        }
      });
      return slot;
    };

    const replace = (slot: Slot) => {
      const i = slots.indexOf(slot);
      if (i < 0) return;
      slot.worker.removeAllListeners();
      void slot.worker.terminate();
      if (slot.task) {
        slot.task = null;
        active--;
      }
      const fresh = spawn();
      slots[i] = fresh;
      void feed(fresh);
    };

    for (let i = 0; i < Math.min(jobs, Math.max(1, files.length)); i++) slots.push(spawn());
    for (const slot of slots) void feed(slot);
  });

  await Promise.all(slots.map((s) => s.worker.terminate()));
  summary.seconds = (performance.now() - started) / 1000;
  if (fatal) throw fatal;
  return summary;
}

/**
 * A worker thread running the module at `url`. From dist the module is plain JavaScript; run
 * from the TypeScript sources (tests, `tsx`), a worker does not inherit the TypeScript loader,
 * so it registers it first.
 *
 * @example launchWorker(new URL("./read-worker.js", import.meta.url), { readerUrl })
 */
export function launchWorker(url: URL, workerData: unknown): Worker {
  if (!url.pathname.endsWith(".ts")) return new Worker(url, { workerData });
  const tsx = import.meta.resolve("tsx/esm/api");
  const boot = `import(${JSON.stringify(tsx)}).then((m) => m.register()).then(() => import(${JSON.stringify(url.href)}));`;
  return new Worker(boot, { eval: true, workerData });
}

/** A reading worker (read-worker.ts) whose `read` comes from `readerUrl`. */
export function startWorker(readerUrl: string): Worker {
  return launchWorker(WORKER_URL, { readerUrl });
}

function toUrl(spec: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(spec) && !/^[a-z]:[\\/]/i.test(spec) ? spec : pathToFileURL(spec).href;
}
