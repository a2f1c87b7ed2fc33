/**
 * Loads CourtListener's bulk files into the authority tables: citations, opinion
 * clusters, dockets (for each cluster's court) and courts, plain or `.bz2`.
 *
 * CourtListener writes them with PostgreSQL `COPY … WITH (FORMAT csv, HEADER, ESCAPE
 * '\', FORCE_QUOTE *)`: every value is quoted, a NULL is a bare empty field and an empty
 * string is `""`. Columns are read by the header's names, so added columns do no harm,
 * and only the few a check needs are kept (the opinion text columns run to megabytes).
 *
 * Loading streams with back-pressure and commits every `batch` rows together with how
 * far it got, so memory stays flat and an interrupted load resumes: a plain file from
 * the byte after the last committed row, a compressed one by skipping that many rows.
 */
import { spawn } from "node:child_process";
import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import type { Readable } from "node:stream";
import type Database from "better-sqlite3";
import { parse } from "csv-parse";
import { CasefileError, EXIT } from "../model/errors.js";
import { AuthorityWriter } from "./authorities.js";

/** Which CourtListener table a bulk file holds. */
export type BulkKind = "courts" | "clusters" | "dockets" | "citations";

/** Files load in this order: a cluster takes the court of a docket loaded before it, a docket gives its court to clusters loaded before it. */
const ORDER: readonly BulkKind[] = ["courts", "clusters", "dockets", "citations"];

// CourtListener's file names: "citations-2024-12-31.csv.bz2", "opinion-clusters-….csv", "dockets-….csv", "courts-….csv".
const FILE_KINDS: readonly [RegExp, BulkKind][] = [
  [/^citations?[-_.]/i, "citations"],
  [/^(?:opinion[-_])?clusters?[-_.]/i, "clusters"],
  [/^dockets?[-_.]/i, "dockets"],
  [/^courts?[-_.]/i, "courts"],
];
// A bulk file's extension: ".csv" or ".csv.bz2".
const CSV_FILE = /\.csv(?:\.bz2)?$/i;
// Digits only: ids and volumes.
const DIGITS = /^\d{1,18}$/;
// An ISO date at the start of a timestamp.
const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

/** @example bulkKind("opinion-clusters-2024-12-31.csv.bz2") // "clusters" */
export function bulkKind(path: string): BulkKind | null {
  const name = basename(path);
  if (!CSV_FILE.test(name)) return null;
  for (const [pattern, kind] of FILE_KINDS) if (pattern.test(name)) return kind;
  return null;
}

export interface LoadEvent {
  type: "start" | "progress" | "done" | "skipped";
  path: string;
  kind: BulkKind;
  /** Rows read from the file so far (all of them, kept or not). */
  rows: number;
  /** Set on `start` when resuming an interrupted load. */
  resumedAt?: number;
}

export interface LoadOptions {
  /** Rows per transaction; also how often progress is recorded. Rows are staged in file order and sorted into the keyed tables when a file is done. */
  batch?: number;
  onEvent?: (e: LoadEvent) => void;
  /** Stop after this many rows of a file (tests of resuming); the load stays resumable. */
  stopAfter?: number;
}

export interface LoadedFile {
  path: string;
  kind: BulkKind;
  rows: number;
  seconds: number;
  status: "loaded" | "resumed" | "already-loaded" | "stopped";
}

export interface LoadSummary {
  files: LoadedFile[];
  rows: number;
  seconds: number;
}

/** Expands folders to the bulk files in them and orders everything for loading. */
export async function bulkFiles(paths: readonly string[]): Promise<{ path: string; kind: BulkKind }[]> {
  const out: { path: string; kind: BulkKind }[] = [];
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch {
      throw new CasefileError("input.not-found", `no such file or folder: ${p}`, EXIT.NO_INPUT, 404);
    }
    if (info.isDirectory()) {
      for (const name of (await readdir(p)).sort()) {
        const kind = bulkKind(name);
        if (kind) out.push({ path: resolve(join(p, name)), kind });
      }
    } else {
      const kind = bulkKind(p);
      if (!kind) throw new CasefileError("usage.not-bulk-file", `${p} is not a CourtListener bulk file (citations-*, opinion-clusters-*, dockets-*, courts-*; .csv or .csv.bz2)`, EXIT.USAGE, 400);
      out.push({ path: resolve(p), kind });
    }
  }
  if (out.length === 0) throw new CasefileError("input.no-bulk-files", `no CourtListener bulk files in ${paths.join(", ")}`, EXIT.NO_INPUT, 404);
  return out.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || a.path.localeCompare(b.path));
}

/** A file's bytes, decompressed through `bzip2 -dc` when it ends in `.bz2`. */
export function openBytes(path: string, start: number): { stream: Readable; done: Promise<void> } {
  if (!path.toLowerCase().endsWith(".bz2")) {
    const stream = createReadStream(path, { start, highWaterMark: 1 << 20 });
    return { stream, done: Promise.resolve() };
  }
  const child = spawn("bzip2", ["-dc", path], { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr = (stderr + s).slice(-500)));
  const done = new Promise<void>((ok, fail) => {
    child.once("error", (err: NodeJS.ErrnoException) =>
      fail(
        err.code === "ENOENT"
          ? new CasefileError("load.no-bzip2", `${basename(path)} is compressed, and bzip2 is not installed (apt-get install bzip2, or decompress it first)`, EXIT.IO, 500)
          : err,
      ),
    );
    child.once("close", (code, signal) => {
      if (code === 0 || signal === "SIGTERM" || signal === "SIGPIPE") ok();
      else fail(new CasefileError("load.bad-bzip2", `cannot decompress ${basename(path)}: ${stderr.trim() || `bzip2 exited ${code}`}`, EXIT.DATA, 422));
    });
  });
  // Stopping early closes the pipe; bzip2 then dies of SIGPIPE, which is no failure.
  done.catch(() => undefined);
  return { stream: child.stdout, done };
}

/** A parsed row. */
export type Row = (string | null)[];

/** The columns a loader reads, by name; a file lacking a needed one is refused. */
export const NEEDED: Record<BulkKind, readonly string[]> = {
  citations: ["volume", "reporter", "page", "cluster_id"],
  clusters: ["id", "case_name", "case_name_short", "case_name_full", "date_filed", "docket_id", "slug"],
  dockets: ["id", "court_id"],
  courts: ["id", "short_name", "full_name", "citation_string", "jurisdiction"],
};

interface LoadRow {
  file: string;
  kind: string;
  size: number;
  mtime_ms: number;
  rows: number;
  bytes: number;
  header: string;
  done: number;
}

/**
 * Loads bulk files into the authority tables; re-running skips finished files and
 * resumes unfinished ones.
 *
 * @example await loadCourtListener(store.db, ["bulk/"], { onEvent: (e) => console.error(e) })
 */
export async function loadCourtListener(db: Database.Database, paths: readonly string[], options: LoadOptions = {}): Promise<LoadSummary> {
  const files = await bulkFiles(paths);
  const started = performance.now();
  // The bulk files come in id order, which scatters their keys over the indexes: a page
  // cache of a few hundred MB keeps those writes in memory; it is this connection's only.
  const cacheKb = db.pragma("cache_size", { simple: true }) as number;
  db.pragma(`cache_size = -${LOAD_CACHE_KB}`);
  try {
    return await loadAll(db, files, started, options);
  } finally {
    db.pragma(`cache_size = ${cacheKb}`);
  }
}

/** Page cache while loading, in KiB. */
const LOAD_CACHE_KB = 256 * 1024;

async function loadAll(db: Database.Database, files: { path: string; kind: BulkKind }[], started: number, options: LoadOptions): Promise<LoadSummary> {
  const writer = new AuthorityWriter(db, true);
  const summary: LoadSummary = { files: [], rows: 0, seconds: 0 };
  for (const f of files) {
    const loaded = await loadFile(db, writer, f.path, f.kind, options);
    summary.files.push(loaded);
    summary.rows += loaded.rows;
    if (loaded.status === "stopped") break;
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

async function loadFile(db: Database.Database, writer: AuthorityWriter, path: string, kind: BulkKind, options: LoadOptions): Promise<LoadedFile> {
  const t0 = performance.now();
  const info = await stat(path);
  const batchSize = options.batch ?? 20_000;
  const previous = db.prepare(`SELECT * FROM authority_loads WHERE file = ?`).get(path) as LoadRow | undefined;
  const same = previous && previous.size === info.size && previous.mtime_ms === Math.trunc(info.mtimeMs);
  if (same && previous.done) {
    options.onEvent?.({ type: "skipped", path, kind, rows: previous.rows });
    return { path, kind, rows: 0, seconds: 0, status: "already-loaded" };
  }
  const resume = same && previous.rows > 0 ? previous : null;
  const compressed = path.toLowerCase().endsWith(".bz2");
  // A plain file resumes at the byte after the last committed row; its header is kept.
  const seek = resume && !compressed ? resume.bytes : 0;
  let header: string[] | null = resume && !compressed ? (JSON.parse(resume.header) as string[]) : null;
  let skip = resume && compressed ? resume.rows : 0;
  let rows = resume ? resume.rows : 0;
  let bytes = seek;
  options.onEvent?.({ type: "start", path, kind, rows, resumedAt: resume ? resume.rows : undefined });

  const progress = db.prepare(
    `INSERT INTO authority_loads (file, kind, size, mtime_ms, rows, bytes, header, done, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(file) DO UPDATE SET kind = excluded.kind, size = excluded.size, mtime_ms = excluded.mtime_ms, rows = excluded.rows,
       bytes = excluded.bytes, header = excluded.header, done = excluded.done, updated_at = excluded.updated_at`,
  );
  // Dockets loaded before any cluster are kept, to give their court to clusters loaded later.
  const keepUnclaimed = kind === "dockets" && !db.prepare(`SELECT 1 FROM authority_clusters WHERE source = 'courtlistener' LIMIT 1`).get();
  let columns: number[] = [];
  const handle = rowHandler(kind, writer, keepUnclaimed);
  const commit = db.transaction((batch: Row[], done: boolean) => {
    for (const r of batch) handle(r, columns);
    if (done) writer.mergeStaged();
    progress.run(path, kind, info.size, Math.trunc(info.mtimeMs), rows, bytes, JSON.stringify(header ?? []), done ? 1 : 0, new Date().toISOString());
  });

  const source = openBytes(path, seek);
  // No `cast` and no per-record `info`: both cost more than the parse itself. A NULL and
  // an empty string read alike here, and none of the columns kept tells them apart.
  const parser = parse({ escape: "\\", quote: '"' });
  let batch: Row[] = [];
  let stopped = false;
  const resolveColumns = (names: string[]) => {
    header = names;
    columns = NEEDED[kind].map((n) => names.indexOf(n));
    const missing = NEEDED[kind].filter((_, i) => columns[i] < 0);
    if (missing.length) throw new CasefileError("load.bad-header", `${basename(path)} has no column ${missing.join(", ")}: is it a CourtListener ${kind} file?`, EXIT.DATA, 422);
  };
  if (header) resolveColumns(header);
  try {
    // Records are handled as the parser emits them, synchronously (batches commit in
    // place), so `parser.info.bytes` is the offset right after the record in hand.
    await new Promise<void>((done, fail) => {
      parser.on("data", (record: Row) => {
        try {
          if (!header) {
            resolveColumns(record.map((v) => (v ?? "").trim().toLowerCase()));
            bytes = parser.info.bytes;
            return;
          }
          if (skip > 0) {
            skip--;
            return;
          }
          rows++;
          bytes = seek + parser.info.bytes;
          batch.push(record);
          if (batch.length >= batchSize) {
            commit(batch, false);
            batch = [];
            options.onEvent?.({ type: "progress", path, kind, rows });
          }
          if (options.stopAfter !== undefined && rows >= options.stopAfter) {
            stopped = true;
            source.stream.unpipe(parser);
            parser.pause();
            done();
          }
        } catch (err) {
          source.stream.unpipe(parser);
          parser.pause();
          fail(err);
        }
      });
      parser.once("error", fail);
      parser.once("end", done);
      source.stream.once("error", fail);
      source.stream.pipe(parser);
    });
    commit(batch, !stopped);
  } catch (err) {
    if (err instanceof CasefileError) throw err;
    const e = err as { code?: string; message?: string; lines?: number };
    if (typeof e.code === "string" && e.code.startsWith("CSV_")) {
      throw new CasefileError("load.bad-csv", `${basename(path)}: not PostgreSQL CSV near line ${e.lines ?? "?"}: ${e.message}`, EXIT.DATA, 422);
    }
    throw err;
  } finally {
    if (stopped || !source.stream.readableEnded) source.stream.destroy();
  }
  if (!stopped) await source.done;
  options.onEvent?.({ type: "done", path, kind, rows });
  return { path, kind, rows: rows - (resume ? resume.rows : 0), seconds: (performance.now() - t0) / 1000, status: stopped ? "stopped" : resume ? "resumed" : "loaded" };
}

/** What a bulk row is written into: the SQLite writer here, or PostgreSQL's batch (`authorities-pg.ts`). */
export type AuthoritySink = Pick<AuthorityWriter, "addCite" | "addCase" | "addDocket" | "addCourt">;

/** Writes one row of a kind; rows without the fields a check needs are passed over. */
export function rowHandler(kind: BulkKind, w: AuthoritySink, keepUnclaimed: boolean): (r: Row, cols: number[]) => void {
  switch (kind) {
    case "citations":
      return (r, [volume, reporter, page, cluster]) => {
        const v = r[volume]?.trim();
        const rep = r[reporter]?.trim();
        const p = r[page]?.trim();
        const id = r[cluster]?.trim();
        if (!v || !DIGITS.test(v) || !rep || !p || !id || !DIGITS.test(id)) return;
        w.addCite(rep, Number(v), p, Number(id));
      };
    case "clusters":
      return (r, [id, name, short, full, filed, docket, slug]) => {
        const cid = r[id]?.trim();
        if (!cid || !DIGITS.test(cid)) return;
        const d = r[docket]?.trim();
        const docketId = d && DIGITS.test(d) ? Number(d) : null;
        const date = r[filed]?.trim() ?? "";
        w.addCase({
          id: Number(cid),
          caseName: r[name]?.trim() || r[full]?.trim() || null,
          caseNameShort: r[short]?.trim() || null,
          dateFiled: ISO_DAY.test(date) ? date.slice(0, 10) : null,
          docketId,
          slug: r[slug]?.trim() || null,
        });
      };
    case "dockets":
      return (r, [id, court]) => {
        const did = r[id]?.trim();
        if (!did || !DIGITS.test(did)) return;
        w.addDocket(Number(did), r[court]?.trim() || null, keepUnclaimed);
      };
    case "courts":
      return (r, [id, short, full, citation, jurisdiction]) => {
        const cid = r[id]?.trim();
        if (!cid) return;
        w.addCourt(cid, r[short] ?? null, r[full] ?? null, r[citation] ?? null, r[jurisdiction] ?? null);
      };
  }
}
