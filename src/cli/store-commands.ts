/**
 * The store's subcommands: ingest, search, cited-by, authorities, rulings, serve. Each
 * is a thin layer over a store verb; the lead's `main` calls `registerStoreCommands`.
 */
import { Command, Option } from "commander";
import cliProgress from "cli-progress";
import { CasefileError, EXIT } from "../model/errors.js";
import { ingestPaths, listDocuments, type IngestEvent, type IngestSummary } from "../store/bulk.js";

/** Why a file was not read, as the ingest log says it. */
const SKIP_REASON = {
  "already-stored": "already stored",
  symlink: "a symbolic link inside a folder is not followed; name its target to ingest it",
  "not-a-file": "not a regular file",
} as const;
import { isPostgresUrl, openAnyStore, redactUrl } from "../store/index.js";
import type { AuthorityCount, CitedByResult, RulingStats, SearchResult, Store } from "../store/types.js";

/** Where a command writes; injectable so tests can call commands directly. */
export interface CommandIO {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Whether stderr is a terminal (progress bar) rather than a log (plain lines). */
  tty: boolean;
}

/** Where a command writes when run from the shell. */
export const processIO = (): CommandIO => ({
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
  tty: Boolean(process.stderr.isTTY),
});

const DEFAULT_DB = "casefile.db";
/** `--db` as given, else CASEFILE_DB, else the default file. @example dbOf(undefined) // → "casefile.db" */
export const dbOf = (db: string | undefined): string => db || process.env.CASEFILE_DB || DEFAULT_DB;
/** A database as messages name it: a URL without its password. */
const shown = (db: string): string => (isPostgresUrl(db) ? redactUrl(db) : db);

// A positive count or port as typed: "4".
const POSITIVE = /^\d{1,9}$/;
// An ISO calendar date: "2018-04-05".
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function positiveInt(name: string) {
  return (value: string): number => {
    if (!POSITIVE.test(value) || Number(value) < 1) throw new CasefileError("usage.bad-number", `${name} must be a positive integer, not "${value}"`, EXIT.USAGE, 400);
    return Number(value);
  };
}

/** A count that may be zero, as typed: "0", "3". */
function nonNegativeInt(name: string) {
  return (value: string): number => {
    if (!POSITIVE.test(value)) throw new CasefileError("usage.bad-number", `${name} must be a whole number, not "${value}"`, EXIT.USAGE, 400);
    return Number(value);
  };
}

/** A TCP port as typed: "3000"; 0 and anything past 65535 are usage mistakes, not listen failures. */
function portNumber(value: string): number {
  const n = positiveInt("--port")(value);
  if (n > 65535) throw new CasefileError("usage.bad-port", `--port must be at most 65535, not "${value}"`, EXIT.USAGE, 400);
  return n;
}

function isoDate(name: string) {
  return (value: string): string => {
    if (!ISO_DATE.test(value)) throw new CasefileError("usage.bad-date", `${name} must be a date like 2018-04-05, not "${value}"`, EXIT.USAGE, 400);
    return value;
  };
}

/** Opens the store for one command and closes it after; a report opens it read-only. */
export async function withStore<T>(db: string, create: boolean, fn: (store: Store) => Promise<T>): Promise<T> {
  // A report only reads: it never creates, migrates or writes the file it is pointed at.
  const store = await openAnyStore(db, create ? { create } : { readOnly: true });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

export const json = (value: unknown) => JSON.stringify(value, null, 2) + "\n";
export const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + "…" : s);

export interface IngestCommandOptions {
  db?: string;
  jobs?: number;
  /** Module exporting `read`; for tests. */
  readerUrl?: string;
}

/**
 * `casefile ingest PATH…`: returns the exit code (1 when some files could not be read).
 *
 * @example await ingestCommand(["corpus/"], { db: "casefile.db", jobs: 4 })
 */
export async function ingestCommand(paths: string[], options: IngestCommandOptions = {}, io: CommandIO = processIO()): Promise<number> {
  const db = dbOf(options.db);
  if (paths.length === 0) throw new CasefileError("usage.no-paths", "name at least one file or folder to ingest", EXIT.USAGE, 400);
  // Every path named is checked before the store is opened: a mistyped path leaves no empty store behind.
  await listDocuments(paths);
  const passedOver: { path: string; reason: keyof typeof SKIP_REASON }[] = [];
  const summary: IngestSummary = await withStore(db, true, async (store) => {
    let bar: cliProgress.SingleBar | null = null;
    let done = 0;
    let total = 0;
    let startedAt: number | undefined;
    const onEvent = (e: IngestEvent) => {
      if (e.type === "skipped" && e.reason !== "already-stored") passedOver.push({ path: e.path, reason: e.reason });
      if (e.type === "start") {
        total = e.total;
        if (io.tty) {
          bar = new cliProgress.SingleBar(
            { format: "ingest [{bar}] {value}/{total} | {speed} docs/s | ETA {eta_formatted} | {file}", hideCursor: true, stream: process.stderr, etaBuffer: 50 },
            cliProgress.Presets.shades_classic,
          );
          bar.start(total, 0, { speed: "0.0", file: "" });
        } else io.err(`ingest: ${total} file${total === 1 ? "" : "s"} into ${shown(db)}\n`);
        return;
      }
      done++;
      const started = startedAt ?? (startedAt = performance.now());
      const speed = (done / Math.max(0.001, (performance.now() - started) / 1000)).toFixed(1);
      if (bar) {
        bar.update(done, { speed, file: clip(e.path, 40) });
      } else if (e.type === "stored") io.err(`[${done}/${total}] stored ${e.path} (${e.pages} page${e.pages === 1 ? "" : "s"})\n`);
      else if (e.type === "skipped") io.err(`[${done}/${total}] skipped ${e.path} (${SKIP_REASON[e.reason]})\n`);
      else io.err(`[${done}/${total}] failed ${e.path}: ${e.message}\n`);
    };
    try {
      return await ingestPaths(store, paths, { jobs: options.jobs, readerUrl: options.readerUrl, onEvent });
    } finally {
      (bar as cliProgress.SingleBar | null)?.stop();
    }
  });
  // The bar keeps failures and passed-over links out of its way; list them once it is gone.
  if (io.tty) for (const p of passedOver) io.err(`skipped ${p.path} (${SKIP_REASON[p.reason]})\n`);
  if (io.tty) for (const f of summary.failures) io.err(`failed ${f.path}: ${f.message}\n`);
  const rate = summary.seconds > 0 ? ` (${(summary.stored / summary.seconds).toFixed(1)} docs/s, ${(summary.pages / summary.seconds).toFixed(1)} pages/s)` : "";
  io.err(
    `ingested ${summary.stored} document${summary.stored === 1 ? "" : "s"}, ${summary.pages} page${summary.pages === 1 ? "" : "s"} in ${summary.seconds.toFixed(1)}s${rate}; ` +
      `${summary.skipped - passedOver.length} already stored, ${passedOver.length ? `${passedOver.length} passed over (links or not files), ` : ""}${summary.failed} failed; database ${shown(db)}\n`,
  );
  return summary.failed > 0 ? EXIT.FINDINGS : EXIT.OK;
}

export interface SearchCommandOptions {
  db?: string;
  court?: string;
  judge?: string;
  from?: string;
  to?: string;
  disposition?: string;
  limit?: number;
  json?: boolean;
}

/** @example await searchCommand("interlocutory appeal", { court: "casd" }) */
export async function searchCommand(query: string, options: SearchCommandOptions = {}, io: CommandIO = processIO()): Promise<number> {
  const result: SearchResult = await withStore(dbOf(options.db), false, (store) =>
    store.search(query, { court: options.court, judge: options.judge, from: options.from, to: options.to, disposition: options.disposition, limit: options.limit ?? 20 }),
  );
  if (options.json) {
    io.out(json(result));
    return EXIT.OK;
  }
  io.out(`${result.total} document${result.total === 1 ? "" : "s"}\n`);
  for (const h of result.hits) {
    let snippet = "";
    let pos = 0;
    for (const m of h.marks) {
      snippet += h.snippet.slice(pos, m.start) + "[" + h.snippet.slice(m.start, m.end) + "]";
      pos = m.end;
    }
    snippet += h.snippet.slice(pos);
    io.out(`\n#${h.id}  ${h.title ?? h.path}\n    ${[h.court, h.caseNumber, h.date, h.judge].filter(Boolean).join(" · ")}\n    ${snippet}\n`);
  }
  return EXIT.OK;
}

/** @example await citedByCommand("673 F.2d 1020", { json: true }) */
export async function citedByCommand(citation: string, options: { db?: string; json?: boolean; broad?: boolean } = {}, io: CommandIO = processIO()): Promise<number> {
  const result: CitedByResult = await withStore(dbOf(options.db), false, (store) => store.citedBy(citation, { broad: Boolean(options.broad) }));
  if (options.json) {
    io.out(json(result));
    return EXIT.OK;
  }
  if (!result.key) throw new CasefileError("cite.not-a-citation", `no case, statute or rule citation, nor a cited case's name, found in "${citation}"`, EXIT.USAGE, 400);
  if (!result.authority) {
    io.out(`${citation}: not cited in any stored document\n`);
    return EXIT.OK;
  }
  const counted = (a: AuthorityCount) => `${a.citations} citation${a.citations === 1 ? "" : "s"} in ${a.documents} document${a.documents === 1 ? "" : "s"}`;
  const a = result.authority;
  const alternatives = result.alternatives ?? [];
  if (alternatives.length) io.out(`${alternatives.length + 1} cited cases are named "${citation}"; the most cited is shown, the others are:\n${alternatives.map((x) => `    ${x.label}  (${counted(x)})`).join("\n")}\n\n`);
  if (result.authorities && result.authorities.length > 1) {
    io.out(`${citation} and its subsections: ${result.authorities.length} authorities\n${result.authorities.map((x) => `    ${x.label}: ${counted(x)}`).join("\n")}\n`);
  } else io.out(`${a.label}: ${counted(a)}\n`);
  for (const d of result.documents) {
    io.out(`\n#${d.id}  ${d.title ?? d.path}  ${[d.court, d.date].filter(Boolean).join(" · ")}\n`);
    for (const p of d.passages) io.out(`    ${p.page ? `p. ${p.page}, l. ${p.line}` : "—"}  ${p.kind}  ${p.snippet.slice(0, p.markStart)}[${p.snippet.slice(p.markStart, p.markEnd)}]${p.snippet.slice(p.markEnd)}\n`);
  }
  return EXIT.OK;
}

/** @example await authoritiesCommand({ kind: "case", limit: 10 }) */
export async function authoritiesCommand(options: { db?: string; court?: string; judge?: string; kind?: string; limit?: number; json?: boolean } = {}, io: CommandIO = processIO()): Promise<number> {
  const list: AuthorityCount[] = await withStore(dbOf(options.db), false, (store) => store.authorities({ court: options.court, judge: options.judge, kind: options.kind, limit: options.limit ?? 25 }));
  if (options.json) {
    io.out(json(list));
    return EXIT.OK;
  }
  io.out(`${"docs".padStart(5)} ${"cites".padStart(6)}  kind       authority\n`);
  for (const a of list) io.out(`${String(a.documents).padStart(5)} ${String(a.citations).padStart(6)}  ${a.kind.padEnd(10)} ${a.label}\n`);
  return EXIT.OK;
}

/** @example await rulingsCommand({ judge: "Anello" }) */
export async function rulingsCommand(
  options: { db?: string; judge?: string; court?: string; requestType?: string; recommended?: boolean; json?: boolean } = {},
  io: CommandIO = processIO(),
): Promise<number> {
  const stats: RulingStats = await withStore(dbOf(options.db), false, (store) =>
    store.rulingStats({ judge: options.judge, court: options.court, requestType: options.requestType, recommended: options.recommended }),
  );
  if (options.json) {
    io.out(json(stats));
    return EXIT.OK;
  }
  io.out(`${stats.total} ${options.recommended ? "recommendation" : "ruling"}${stats.total === 1 ? "" : "s"}\n`);
  for (const [heading, groups] of [["by request type", stats.byRequestType], ["by judge", stats.byJudge]] as const) {
    io.out(`\n${heading}\n`);
    for (const g of groups) {
      const parts = Object.entries(g.dispositions).sort((a, b) => b[1] - a[1]).map(([d, n]) => `${d} ${n}`);
      io.out(`  ${String(g.total).padStart(5)}  ${g.group.padEnd(28)} ${parts.join(", ")}\n`);
    }
  }
  return EXIT.OK;
}

export interface ServeCommandOptions {
  db?: string;
  port?: number;
  host?: string;
  /** A file of API keys (see server/auth.ts); requests then need one. */
  apiKeyFile?: string;
  /** false (`--no-api-key`): serve a non-loopback address without keys, on purpose. */
  apiKey?: boolean;
  /** Origins allowed to call the API from a browser. */
  corsOrigin?: string[];
  /** The URL clients reach the server at, for openapi.json's `servers`. */
  publicUrl?: string;
}

/** A CORS origin as the browser sends it: scheme, host and port only. */
function originOf(value: string): string {
  const url = URL.canParse(value) ? new URL(value) : null;
  if (!url || !/^https?:$/.test(url.protocol) || url.origin !== value.replace(/\/$/, "")) {
    throw new CasefileError("usage", `--cors-origin ${value}: write an origin such as https://app.example.org (scheme, host and port only)`, EXIT.USAGE, 400);
  }
  return url.origin;
}

/**
 * `casefile serve`: resolves when the server stops (SIGINT/SIGTERM).
 *
 * @example await serveCommand({ db: "casefile.db", port: 3000 })
 */
export async function serveCommand(options: ServeCommandOptions = {}, io: CommandIO = processIO()): Promise<number> {
  const { startServer } = await import("../server/index.js");
  const { readApiKeyFile } = await import("../server/auth.js");
  // Checked before the store is opened: a usage error leaves nothing behind.
  const apiKeys = options.apiKeyFile ? readApiKeyFile(options.apiKeyFile) : undefined;
  const corsOrigins = (options.corsOrigin ?? []).map(originOf);
  const store = await openAnyStore(dbOf(options.db), { create: false });
  const server = await startServer(store, {
    port: options.port ?? 3000,
    host: options.host ?? "127.0.0.1",
    apiKeys,
    requireApiKey: options.apiKey === false ? false : undefined,
    corsOrigins,
    publicUrl: options.publicUrl,
  }).catch(async (err: NodeJS.ErrnoException) => {
    await store.close();
    // The machine refused the address or port (not ours, taken, privileged): an I/O failure, 74.
    if (err && typeof err.code === "string" && /^(?:EADDRNOTAVAIL|EADDRINUSE|EACCES|EPERM|ENOTFOUND|EAI_AGAIN|EAI_FAIL|EAFNOSUPPORT)$/.test(err.code)) {
      throw new CasefileError("serve.listen", `cannot listen on ${options.host ?? "127.0.0.1"}:${options.port ?? 3000}: ${err.code}`, EXIT.IO, 500);
    }
    throw err;
  });
  const guarded = apiKeys ? `, ${apiKeys.length} API key${apiKeys.length === 1 ? "" : "s"}` : "";
  io.err(`casefile: serving ${shown(dbOf(options.db))} at ${server.url}/${guarded} (Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await server.close();
  await store.close();
  return EXIT.OK;
}

const setExit = (code: number) => {
  if (code !== EXIT.OK) process.exitCode = code;
};

/**
 * Adds `ingest`, `search`, `cited-by`, `authorities`, `rulings` and `serve` to the CLI.
 *
 * @example registerStoreCommands(program)
 */
export function registerStoreCommands(program: Command): void {
  const dbOption = () => new Option("--db <file|url>", "the casefile database: an SQLite file, or postgres://… (default: $CASEFILE_DB, else casefile.db)");

  program
    .command("ingest")
    .description("Read files and folders (PDF, .txt, .html) into the database; re-running skips what is stored")
    .argument("<paths...>", "files and folders (read recursively)")
    .addOption(dbOption())
    .option("--jobs <n>", "documents read in parallel", positiveInt("--jobs"))
    .option("--queue", "with a postgres:// store: queue the files for `casefile worker` instead of reading them here")
    .option("--lease <seconds>", "with --queue: how long a worker holds a job before it is retried (default 900)", positiveInt("--lease"))
    .option("--retries <n>", "with --queue: retries of a failing document before it is failed for good (default 2)", nonNegativeInt("--retries"))
    .action(async (paths: string[], opts: IngestCommandOptions & { queue?: boolean; lease?: number; retries?: number }) => {
      if (opts.queue) {
        const { enqueueCommand } = await import("./queue-commands.js");
        return setExit(await enqueueCommand(paths, opts));
      }
      setExit(await ingestCommand(paths, opts));
    });

  program
    .command("search")
    .description('Full-text search of stored documents: words, "phrases", prefix*, AND/OR/NOT, court: and judge: (docs/api.md)')
    .argument("<query>", "what to look for")
    .addOption(dbOption())
    .option("--court <id>", "court id, e.g. casd")
    .option("--judge <name>", "any part of the judge's name")
    .option("--from <date>", "dated on or after (YYYY-MM-DD)", isoDate("--from"))
    .option("--to <date>", "dated on or before (YYYY-MM-DD)", isoDate("--to"))
    .option("--disposition <d>", "with a ruling of this disposition (granted, denied, …)")
    .option("--limit <n>", "how many results", positiveInt("--limit"))
    .option("--json", "print JSON")
    .action(async (query: string, opts: SearchCommandOptions) => setExit(await searchCommand(query, opts)));

  program
    .command("cited-by")
    .description("Every stored document citing an authority, in any form (short, Id., supra, a parallel cite); exact unless --broad")
    .argument("<citation>", 'e.g. "673 F.2d 1020", "28 U.S.C. § 1292(b)", "Fed. R. Civ. P. 59(e)", or a case name: "Twombly"')
    .addOption(dbOption())
    .option("--broad", "take in subsections: § 1292 finds § 1292(a) and § 1292(b), Rule 12 finds 12(b)(6)")
    .option("--json", "print JSON")
    .action(async (citation: string, opts: { db?: string; json?: boolean; broad?: boolean }) => setExit(await citedByCommand(citation, opts)));

  program
    .command("authorities")
    .description("The most-cited authorities")
    .addOption(dbOption())
    .option("--court <id>", "only documents of this court")
    .option("--judge <name>", "only documents of this judge")
    .addOption(new Option("--kind <kind>", "only this kind").choices(["case", "statute", "rule", "record", "regulation", "constitution"]))
    .option("--limit <n>", "how many", positiveInt("--limit"))
    .option("--json", "print JSON")
    .action(async (opts: { db?: string; court?: string; judge?: string; kind?: string; limit?: number; json?: boolean }) => setExit(await authoritiesCommand(opts)));

  program
    .command("rulings")
    .description("Counts of dispositions by request type and by judge")
    .addOption(dbOption())
    .option("--judge <name>", "any part of the judge's name")
    .option("--court <id>", "court id")
    .option("--request-type <type>", "e.g. stay, dismissal, reconsideration")
    .option("--recommended", "count magistrate judges' recommendations instead of decisions")
    .option("--json", "print JSON")
    .action(async (opts: { db?: string; judge?: string; court?: string; requestType?: string; recommended?: boolean; json?: boolean }) => setExit(await rulingsCommand(opts)));

  program
    .command("serve")
    .description("Serve the HTTP API and the web viewer")
    .addOption(dbOption())
    .option("--port <n>", "port (1-65535)", portNumber, 3000)
    .option("--host <host>", "interface to listen on", "127.0.0.1")
    .option("--api-key-file <file>", "require an API key (X-API-Key) from this file: one a line, optionally with its requests per minute; required when --host is not a loopback address")
    .option("--no-api-key", "serve a non-loopback --host without API keys (any client on the network may read and write)")
    .option("--cors-origin <origin...>", "let browser pages from these origins call the API (CORS is off by default)")
    .option("--public-url <url>", "the URL clients reach the server at, named in /openapi.json")
    .action(async (opts: ServeCommandOptions) => setExit(await serveCommand(opts)));
}
