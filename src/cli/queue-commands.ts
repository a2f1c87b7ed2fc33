/**
 * The queue's subcommands: `ingest --queue` (enqueue), `worker`, `queue status`. Each needs
 * a PostgreSQL store (`--db postgres://…` or CASEFILE_DB).
 */
import { Command } from "commander";
import { CasefileError, EXIT } from "../model/errors.js";
import { enqueuePaths, queueStatus, runWorker, type QueueStatus } from "../queue/index.js";
import { isPostgresUrl, redactUrl } from "../store/pg.js";
import { dbOf, type CommandIO } from "./store-commands.js";

const processIO = (): CommandIO => ({
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
  tty: Boolean(process.stderr.isTTY),
});

// A count of seconds or jobs as typed: "30".
const COUNT = /^\d{1,7}$/;

function count(name: string, min: number) {
  return (value: string): number => {
    if (!COUNT.test(value) || Number(value) < min) throw new CasefileError("usage.bad-number", `${name} must be an integer of at least ${min}, not "${value}"`, EXIT.USAGE, 400);
    return Number(value);
  };
}

/** The database a queue command works on; only PostgreSQL holds a queue. */
function queueDb(db: string | undefined, command: string): string {
  const url = dbOf(db);
  if (!isPostgresUrl(url)) {
    throw new CasefileError("queue.needs-postgres", `${command} needs a PostgreSQL store: pass --db postgres://… or set CASEFILE_DB (not ${url})`, EXIT.USAGE, 400);
  }
  return url;
}

export interface EnqueueCommandOptions {
  db?: string;
  lease?: number;
  retries?: number;
}

/** `casefile ingest PATH… --queue`. @example await enqueueCommand(["corpus/"], { db: "postgres://…" }) */
export async function enqueueCommand(paths: string[], options: EnqueueCommandOptions = {}, io: CommandIO = processIO()): Promise<number> {
  const url = queueDb(options.db, "ingest --queue");
  if (paths.length === 0) throw new CasefileError("usage.no-paths", "name at least one file or folder to queue", EXIT.USAGE, 400);
  let failed = 0;
  const s = await enqueuePaths(url, paths, {
    leaseSeconds: options.lease,
    retryLimit: options.retries,
    onEvent: (e) => {
      if (e.type === "failed") {
        failed++;
        io.err(`failed ${e.path}: ${e.message}\n`);
      }
    },
  });
  io.err(`queued ${s.queued} document${s.queued === 1 ? "" : "s"} in ${s.seconds.toFixed(1)}s; ${s.skipped} already stored or queued, ${s.failed} unreadable; queue on ${redactUrl(url)} (run \`casefile worker\`)\n`);
  return failed > 0 ? EXIT.FINDINGS : EXIT.OK;
}

/** `casefile worker`. @example await workerCommand({ db: "postgres://…", concurrency: 2, exitWhenIdle: true }) */
export async function workerCommand(
  options: { db?: string; concurrency?: number; exitWhenIdle?: boolean; poll?: number; maintenance?: number } = {},
  io: CommandIO = processIO(),
): Promise<number> {
  const url = queueDb(options.db, "worker");
  let stopping = false;
  let stop: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  const onSignal = () => {
    if (stopping) process.exit(EXIT.SOFTWARE);
    stopping = true;
    io.err("worker: stopping after the jobs in hand (again to quit now)\n");
    stop();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  let done = 0;
  const t0 = performance.now();
  io.err(`worker: ${options.concurrency ?? 1} at a time on ${redactUrl(url)}${options.exitWhenIdle ? ", until the queue is empty" : ""}\n`);
  try {
    const s = await runWorker(url, {
      concurrency: options.concurrency,
      exitWhenIdle: options.exitWhenIdle,
      pollSeconds: options.poll,
      maintenanceSeconds: options.maintenance,
      stop: stopped,
      onEvent: (e) => {
        if (e.type === "stored") {
          done++;
          const rate = done / Math.max(0.001, (performance.now() - t0) / 1000);
          io.err(`[${done}] stored ${e.path} (${e.pages} page${e.pages === 1 ? "" : "s"}, ${e.seconds.toFixed(1)}s; ${rate.toFixed(1)} docs/s)\n`);
        } else if (e.type === "failed") io.err(`failed ${e.path} (attempt ${e.attempt}${e.final ? ", giving up" : ", will retry"}): ${e.message}\n`);
        else if (e.type === "idle") io.err("worker: the queue is empty\n");
      },
    });
    io.err(`worker: stored ${s.stored}, ${s.skipped} already stored, ${s.failed} failed for good, in ${s.seconds.toFixed(1)}s\n`);
    return EXIT.OK;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

/** Prints the queue's state. @example formatStatus(await queueStatus(url)) */
export function formatStatus(s: QueueStatus): string {
  const lines = [
    `queued   ${s.queued}${s.retrying ? ` (${s.retrying} waiting to retry)` : ""}`,
    `running  ${s.running}`,
    `done     ${s.done}`,
    `failed   ${s.failed}`,
    `throughput ${s.throughput.lastMinute.toFixed(2)} docs/s over the last minute, ${s.throughput.lastTenMinutes.toFixed(2)} over ten minutes`,
    `documents stored ${s.documents}`,
  ];
  if (s.failures.length) {
    lines.push("", "failures (newest first):");
    for (const f of s.failures) lines.push(`  ${f.path} (${f.attempts} attempt${f.attempts === 1 ? "" : "s"}): ${f.error}`);
  }
  return lines.join("\n") + "\n";
}

/** `casefile queue status`. @example await queueStatusCommand({ db: "postgres://…" }) */
export async function queueStatusCommand(options: { db?: string; json?: boolean; watch?: number } = {}, io: CommandIO = processIO()): Promise<number> {
  const url = queueDb(options.db, "queue status");
  for (;;) {
    const s = await queueStatus(url);
    io.out(options.json ? JSON.stringify(s) + "\n" : (options.watch ? `\n${new Date().toISOString()}\n` : "") + formatStatus(s));
    if (!options.watch || s.queued + s.running === 0) return EXIT.OK;
    await new Promise((r) => setTimeout(r, options.watch! * 1000));
  }
}

const setExit = (code: number) => {
  if (code !== EXIT.OK) process.exitCode = code;
};

/**
 * Adds `worker` and `queue status` to the CLI (`ingest --queue` is an option of `ingest`).
 *
 * @example registerQueueCommands(program)
 */
export function registerQueueCommands(program: Command): void {
  const db = "the PostgreSQL store, postgres://… (default: $CASEFILE_DB)";
  program
    .command("worker")
    .description("Work the ingest queue in PostgreSQL: read queued files and store them (run as many as you like, on any machine)")
    .option("--db <url>", db)
    .option("--concurrency <n>", "documents read at once, each in its own thread", count("--concurrency", 1), 1)
    .option("--exit-when-idle", "stop when nothing is queued, running or waiting to be retried")
    .option("--poll <seconds>", "seconds between looks at an empty queue", count("--poll", 1))
    .option("--maintenance <seconds>", "seconds between checks for jobs whose lease ran out", count("--maintenance", 1))
    .action(async (opts: { db?: string; concurrency?: number; exitWhenIdle?: boolean; poll?: number; maintenance?: number }) => setExit(await workerCommand(opts)));

  const queue = program.command("queue").description("The ingest queue in PostgreSQL");
  queue
    .command("status")
    .description("Jobs queued, running, done and failed, and throughput")
    .option("--db <url>", db)
    .option("--json", "print JSON")
    .option("--watch <seconds>", "print again every so many seconds until the queue is empty", count("--watch", 1))
    .action(async (opts: { db?: string; json?: boolean; watch?: number }) => setExit(await queueStatusCommand(opts)));
}
