/**
 * `casefile check`, `casefile toa` and `casefile authorities load`: thin layers over the
 * `check` and `toa` verbs and the CourtListener loader.
 */
import { existsSync } from "node:fs";
import { Command, Option } from "commander";
import { checkReading } from "../check/index.js";
import type { AuthorityIndex } from "../check/types.js";
import { CasefileError, EXIT } from "../model/errors.js";
import type { Finding, Reading } from "../model/types.js";
import { read } from "../read.js";
import { SqliteAuthorityIndex } from "../store/authorities.js";
import { bulkFiles, loadCourtListener, type LoadEvent } from "../store/courtlistener.js";
import { PgAuthorityIndex, loadCourtListenerPg } from "../store/authorities-pg.js";
import { isPostgresUrl, PgStore, redactUrl } from "../store/pg.js";
import { SqliteStore } from "../store/sqlite.js";
import { compareToa, formatToa, toa, type ToaFormat } from "../toa/index.js";
import { readInput } from "./input.js";

/** Where a command writes; injectable so tests can call commands directly. */
export interface CheckIO {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processIO = (): CheckIO => ({ out: (t) => void process.stdout.write(t), err: (t) => void process.stderr.write(t) });

const DEFAULT_DB = "casefile.db";
const RANK = { error: 3, warning: 2, info: 1 } as const;

/** The database a check command uses: `--db`, else CASEFILE_DB, else the default file. */
function authoritiesDb(db: string): string {
  return db === DEFAULT_DB && process.env.CASEFILE_DB ? process.env.CASEFILE_DB : db;
}

/** The authority index of a store, SQLite or PostgreSQL, and how to close it. */
async function openAuthorities(given: string): Promise<{ index: AuthorityIndex; close: () => Promise<void> }> {
  const db = authoritiesDb(given);
  if (isPostgresUrl(db)) {
    const store = await PgStore.open(db);
    return { index: new PgAuthorityIndex(store.pool), close: () => store.close() };
  }
  if (db !== ":memory:" && !existsSync(db)) {
    throw new CasefileError("store.not-found", `no database at ${db} (load authorities with \`casefile authorities load --courtlistener DIR\`)`, EXIT.NO_INPUT, 404);
  }
  const store = SqliteStore.open(db);
  return { index: new SqliteAuthorityIndex(store.db), close: () => store.close() };
}

/**
 * Checks a reading's case citations against the authorities in `db`, and its own table of
 * authorities against its body.
 *
 * @example const { reading, findings } = await checkWithStore(reading, "casefile.db")
 */
export async function checkWithStore(reading: Reading, db: string): Promise<{ reading: Reading; findings: Finding[] }> {
  const store = await openAuthorities(db);
  try {
    const checked = await checkReading(reading, store.index);
    const toaFindings = compareToa(checked.reading);
    const findings = [...checked.findings, ...toaFindings];
    const all = [...checked.reading.findings, ...toaFindings].sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity));
    return { reading: { ...checked.reading, findings: all }, findings };
  } finally {
    await store.close();
  }
}

// Problems first: what is wrong, then what cannot be told, then what is right.
const STATUS_ORDER = ["not-found", "name-mismatch", "ambiguous", "not-covered", "found"] as const;

/**
 * The checked cites as a table, problems first; a cite with a finding about its pin, year
 * or court comes before the clean ones of its status.
 *
 * @example process.stdout.write(formatCheckTable(reading))
 */
export function formatCheckTable(reading: Reading): string {
  const flagged = new Set(reading.findings.filter((f) => f.code.startsWith("authority.") && f.severity !== "info").map((f) => f.citation));
  const rows = reading.citations
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.check)
    .sort(
      (a, b) =>
        STATUS_ORDER.indexOf(a.c.check!.status) - STATUS_ORDER.indexOf(b.c.check!.status) || Number(flagged.has(b.i)) - Number(flagged.has(a.i)) || a.c.start - b.c.start,
    );
  if (rows.length === 0) return "CHECKED CITES\n  (no full case citations)\n";
  const cell = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + "…" : s.padEnd(n));
  const out = ["CHECKED CITES", `  ${"status".padEnd(14)}${"cite".padEnd(22)}${"where".padEnd(11)}${"case".padEnd(44)}note`];
  for (const { c, i } of rows) {
    const k = c.check!;
    const where = c.loc ? `p.${c.loc.page} l.${c.loc.line}` : "";
    const cite = `${c.volume} ${c.reporter} ${c.page}`;
    const known = k.clusters.map((x) => x.caseName ?? `#${x.id}`).join(" / ");
    const name = c.caseName ?? known;
    const notes = [
      k.suggestion ? `really at ${k.suggestion}` : "",
      k.status === "name-mismatch" ? `is ${known}` : "",
      ...reading.findings
        .filter((f) => f.citation === i && f.code.startsWith("authority.") && f.severity !== "info" && f.code !== `authority.${k.status}`)
        .map((f) => f.code.slice("authority.".length)),
    ].filter(Boolean);
    out.push(`  ${k.status.padEnd(14)}${cell(cite, 21)} ${where.padEnd(11)}${cell(name, 43)} ${notes.join("; ")}`.trimEnd());
  }
  const counts = STATUS_ORDER.map((s) => [s, rows.filter((r) => r.c.check!.status === s).length] as const).filter(([, n]) => n > 0);
  out.push(`  ${rows.length} checked: ${counts.map(([s, n]) => `${n} ${s}`).join(", ")}`);
  return out.join("\n") + "\n";
}

function failsOn(findings: readonly Finding[], floor: string | undefined): boolean {
  if (!floor) return false;
  const min = RANK[floor as keyof typeof RANK];
  return findings.some((f) => RANK[f.severity] >= min);
}

export interface CheckCommandOptions {
  db?: string;
  json?: boolean;
  failOn?: "warning" | "error";
  text?: boolean;
}

/** @example await checkCommand("brief.pdf", { db: "casefile.db", failOn: "error" }) */
export async function checkCommand(file: string, options: CheckCommandOptions = {}, io: CheckIO = processIO()): Promise<number> {
  const input = await readInput(file);
  const { reading, findings } = await checkWithStore(await read(input), options.db ?? DEFAULT_DB);
  if (options.json) {
    const out = options.text === false ? { ...reading, text: undefined } : reading;
    io.out(JSON.stringify(out, null, 2) + "\n");
  } else {
    io.out(formatCheckTable(reading));
    if (findings.length) {
      io.out("\nFINDINGS\n");
      for (const f of findings) io.out(`  ${f.severity.padEnd(7)} ${f.code}: ${f.message}\n`);
    }
  }
  return failsOn(findings, options.failOn) ? EXIT.FINDINGS : EXIT.OK;
}

/** @example await toaCommand("brief.pdf", { format: "md" }) */
export async function toaCommand(file: string, options: { format?: ToaFormat } = {}, io: CheckIO = processIO()): Promise<number> {
  const reading = await read(await readInput(file));
  io.out(formatToa(toa(reading), options.format ?? "md"));
  return EXIT.OK;
}

/** @example await loadCommand(["bulk/"], { db: "casefile.db" }) */
export async function loadCommand(paths: string[], options: { db?: string; batch?: number } = {}, io: CheckIO = processIO()): Promise<number> {
  const db = authoritiesDb(options.db ?? DEFAULT_DB);
  if (paths.length === 0) throw new CasefileError("usage.no-paths", "name CourtListener bulk files or a folder with --courtlistener", EXIT.USAGE, 400);
  // Bad paths are refused before a database file is created for them.
  await bulkFiles(paths);
  const store = isPostgresUrl(db) ? await PgStore.open(db, { create: true }) : SqliteStore.open(db, { create: true });
  let last = 0;
  const onEvent = (e: LoadEvent) => {
    if (e.type === "start") io.err(`load: ${e.kind} from ${e.path}${e.resumedAt ? ` (resuming after row ${e.resumedAt})` : ""}\n`);
    else if (e.type === "skipped") io.err(`load: ${e.path} already loaded (${e.rows} rows)\n`);
    else if (e.type === "progress" && performance.now() - last > 2000) {
      last = performance.now();
      io.err(`load: ${e.kind} ${e.rows} rows\n`);
    }
  };
  try {
    const load = { batch: options.batch, onEvent };
    const summary = store instanceof PgStore ? await loadCourtListenerPg(store.pool, paths, load) : await loadCourtListener(store.db, paths, load);
    for (const f of summary.files) if (f.status !== "already-loaded") io.err(`load: ${f.kind} ${f.rows} rows in ${f.seconds.toFixed(1)}s (${f.status}) ${f.path}\n`);
    const rate = summary.seconds > 0 ? `, ${Math.round(summary.rows / summary.seconds)} rows/s` : "";
    io.err(`loaded ${summary.rows} rows in ${summary.seconds.toFixed(1)}s${rate}; database ${isPostgresUrl(db) ? redactUrl(db) : db}\n`);
  } finally {
    await store.close();
  }
  return EXIT.OK;
}

const setExit = (code: number) => {
  if (code !== EXIT.OK) process.exitCode = code;
};

/**
 * Adds `check`, `toa` and `authorities load` to the CLI.
 *
 * @example registerCheckCommands(program)
 */
export function registerCheckCommands(program: Command): void {
  const dbOption = () => new Option("--db <file>", "the casefile database").default(DEFAULT_DB);
  program
    .command("check")
    .description("Is every cited case real? Checks each case citation against loaded authorities, and a brief's own table of authorities")
    .argument("<file>", "the filing, or - for standard input")
    .addOption(dbOption())
    .option("--json", "print the casefile/1 JSON contract with each citation's check")
    .option("--no-text", "with --json: leave out the clean text")
    .addOption(new Option("--fail-on <severity>", "exit 1 when check finds a problem of this severity or worse").choices(["warning", "error"]))
    .action(async (file: string, opts: CheckCommandOptions) => setExit(await checkCommand(file, opts)));

  program
    .command("toa")
    .description("The table of authorities of a brief: cases, constitutional provisions, statutes, rules, other; with pages")
    .argument("<file>", "the filing, or - for standard input")
    .addOption(new Option("--format <format>", "output format").choices(["md", "html", "csv"]).default("md"))
    .action(async (file: string, opts: { format?: ToaFormat }) => setExit(await toaCommand(file, opts)));

  // `authorities` lists the most-cited authorities; `authorities load` fills the database `check` reads.
  const authorities = program.commands.find((c) => c.name() === "authorities") ?? program.command("authorities");
  authorities
    .command("load")
    .description("Load CourtListener bulk files (citations-, opinion-clusters-, dockets-, courts-*.csv[.bz2]); re-running resumes")
    .requiredOption("--courtlistener <paths...>", "bulk files, or folders holding them")
    .addOption(dbOption())
    .action(async (opts: { courtlistener: string[]; db?: string }, cmd: Command) => {
      // `--db` written before `load` belongs to `authorities`: take it from there.
      const db = cmd.getOptionValueSource("db") === "default" ? ((cmd.parent?.opts().db as string | undefined) ?? opts.db) : opts.db;
      setExit(await loadCommand(opts.courtlistener, { db }));
    });
}
