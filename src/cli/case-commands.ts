/**
 * `casefile case COURT NUMBER` and `casefile cases`: a case's docket with the stored
 * documents and rulings of each entry, and the cases a store holds. Thin layers over
 * `Store.case` and `Store.cases`.
 */
import { Command, Option } from "commander";
import { CasefileError, EXIT } from "../model/errors.js";
import type { CaseDetail, CaseRuling, CaseSummary } from "../store/types.js";
import { clip, dbOf, json, processIO, withStore, type CommandIO } from "./store-commands.js";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** A ruling as `case --json` prints it. */
function rulingJson(r: CaseRuling) {
  return { disposition: r.disposition, request: r.request, entry: r.entry, motionEntry: r.motionEntry, filed: r.filed, decided: r.decided, daysToDecision: r.daysToDecision };
}

/**
 * The `case --json` object: the case fields, the docket with each entry's documents and
 * rulings, every ruling with its motion entry and days to decision, the pending motions.
 *
 * @example caseJson(detail).rulings[0] // → { disposition: "denied", entry: "50", motionEntry: "49", daysToDecision: 13, … }
 */
export function caseJson(c: CaseDetail) {
  return {
    court: c.court,
    caseNumber: c.caseNumber,
    title: c.title,
    judge: c.judge,
    parties: c.parties,
    dateFiled: c.dateFiled,
    dateTerminated: c.dateTerminated,
    entries: c.entries.map((e) => ({
      number: e.number,
      dateFiled: e.dateFiled,
      dateEntered: e.dateEntered,
      description: e.description,
      documents: e.documents.map((d) => ({ id: d.id, path: d.path, kind: d.kind, title: d.title })),
      rulings: e.rulings.map(rulingJson),
    })),
    rulings: c.rulings.map(rulingJson),
    pendingMotions: c.pendingMotions.map((p) => ({ entry: p.entry, description: p.description, filed: p.filed })),
  };
}

/** One ruling as a line: "denied  leave to file a sur-reply  (motion 49, filed 2019-08-01; 13 days)". */
function rulingLine(r: CaseRuling): string {
  const motion = r.motionEntry ? `motion ${r.motionEntry}${r.filed ? `, filed ${r.filed}` : ""}` : "no motion entry";
  const days = r.daysToDecision !== null ? `; ${plural(r.daysToDecision, "day")}` : "";
  return `${r.disposition}  ${clip(r.request, 70)}  (${motion}${days})`;
}

/**
 * `casefile case COURT NUMBER`: the case as a litigator reads it.
 *
 * @example await caseCommand("casd", "3:19-cv-04417", { json: true })
 */
export async function caseCommand(court: string, number: string, options: { db?: string; json?: boolean } = {}, io: CommandIO = processIO()): Promise<number> {
  const db = dbOf(options.db);
  const detail = await withStore(db, false, (store) => store.case(court, number));
  if (!detail) throw new CasefileError("case.not-found", `no case ${number} of court ${court} in ${db}`, EXIT.NO_INPUT, 404);
  if (options.json) {
    io.out(json(caseJson(detail)));
    return EXIT.OK;
  }
  const d = detail;
  io.out(`${d.title ?? "(untitled case)"}\n`);
  io.out(`court ${d.court ?? "unknown"} · case ${d.caseNumber} · judge ${d.judge ?? "unknown"}\n`);
  io.out(`filed ${d.dateFiled ?? "—"} · terminated ${d.dateTerminated ?? "—"}\n`);
  if (d.parties.length) {
    io.out(`\nparties\n`);
    for (const p of d.parties) io.out(`  ${clip(p.role, 24).padEnd(24)} ${p.name}${p.attorneys.length ? `  (${p.attorneys.join("; ")})` : ""}\n`);
  }
  io.out(`\ndocket: ${plural(d.entries.length, "entry").replace(/entrys$/, "entries")}\n`);
  if (d.entries.length) io.out(`  ${"#".padStart(5)}  ${"filed".padEnd(10)}  ${"entered".padEnd(10)}  text\n`);
  for (const e of d.entries) {
    io.out(`  ${(e.number ?? "").padStart(5)}  ${(e.dateFiled ?? "").padEnd(10)}  ${(e.dateEntered ?? "").padEnd(10)}  ${clip(e.description, 100)}\n`);
    const indent = " ".repeat(33);
    for (const doc of e.documents) io.out(`${indent}↳ document #${doc.id} ${doc.kind ?? ""}  ${doc.path}\n`);
    for (const r of e.rulings) io.out(`${indent}↳ ${rulingLine(r)}\n`);
  }
  const onDocket = new Set(d.entries.flatMap((e) => e.documents.map((doc) => doc.id)));
  const loose = d.documents.filter((doc) => doc.entry === null && doc.kind !== "docket-report");
  const unlisted = d.documents.filter((doc) => doc.entry !== null && !onDocket.has(doc.id));
  if (loose.length || unlisted.length) {
    io.out(`\ndocuments not matched to a docket entry\n`);
    for (const doc of [...unlisted, ...loose]) io.out(`  #${doc.id} ${doc.kind ?? ""}${doc.entry ? ` (Document ${doc.entry})` : ""}  ${doc.title ? clip(doc.title, 60) + "  " : ""}${doc.path}\n`);
  }
  const shown = new Set(d.entries.flatMap((e) => e.rulings));
  const elsewhere = d.rulings.filter((r) => !shown.has(r));
  if (elsewhere.length) {
    io.out(`\nrulings of documents not on the docket\n`);
    for (const r of elsewhere) io.out(`  ${rulingLine(r)}\n`);
  }
  io.out(`\npending motions: ${d.pendingMotions.length}\n`);
  for (const p of d.pendingMotions) io.out(`  ${p.entry.padStart(5)}  ${(p.filed ?? "").padEnd(10)}  ${clip(p.description, 100)}\n`);
  return EXIT.OK;
}

/** @example await casesCommand({ court: "casd", pending: true }) */
export async function casesCommand(
  options: { db?: string; court?: string; judge?: string; pending?: boolean; limit?: number; json?: boolean } = {},
  io: CommandIO = processIO(),
): Promise<number> {
  const list: CaseSummary[] = await withStore(dbOf(options.db), false, (store) =>
    store.cases({ court: options.court, judge: options.judge, pending: options.pending, limit: options.limit ?? 100 }),
  );
  if (options.json) {
    io.out(json(list));
    return EXIT.OK;
  }
  io.out(`${plural(list.length, "case")}\n`);
  if (list.length) io.out(`\n${"court".padEnd(6)}  ${"number".padEnd(16)}  docs  entries  pending  title · judge\n`);
  for (const c of list) {
    io.out(
      `${(c.court ?? "-").padEnd(6)}  ${c.caseNumber.padEnd(16)}  ${String(c.documents).padStart(4)}  ${String(c.entries).padStart(7)}  ${String(c.pendingMotions).padStart(7)}  ${clip(
        [c.title ?? "(untitled)", c.judge].filter(Boolean).join(" · "),
        80,
      )}\n`,
    );
  }
  return EXIT.OK;
}

const setExit = (code: number) => {
  if (code !== EXIT.OK) process.exitCode = code;
};

/**
 * Adds `case` and `cases` to the CLI.
 *
 * @example registerCaseCommands(program)
 */
export function registerCaseCommands(program: Command): void {
  const dbOption = () => new Option("--db <file|url>", "the casefile database: an SQLite file, or postgres://… (default: $CASEFILE_DB, else casefile.db)");
  const limit = (value: string): number => {
    if (!/^\d{1,9}$/.test(value) || Number(value) < 1) throw new CasefileError("usage.bad-number", `--limit must be a positive integer, not "${value}"`, EXIT.USAGE, 400);
    return Number(value);
  };

  program
    .command("case")
    .description("One case: its docket, the stored documents and rulings of each entry, and pending motions")
    .argument("<court>", 'court id, e.g. casd ("-" when unknown)')
    .argument("<number>", "case number in any printed form, e.g. 3:17-cv-00218-MMA-BLM")
    .addOption(dbOption())
    .option("--json", "print JSON")
    .action(async (court: string, number: string, opts: { db?: string; json?: boolean }) => setExit(await caseCommand(court, number, opts)));

  program
    .command("cases")
    .description("The cases the database holds")
    .addOption(dbOption())
    .option("--court <id>", "court id, e.g. casd")
    .option("--judge <name>", "any part of the judge's name")
    .option("--pending", "only cases with a pending motion")
    .option("--limit <n>", "how many", limit)
    .option("--json", "print JSON")
    .action(async (opts: { db?: string; court?: string; judge?: string; pending?: boolean; limit?: number; json?: boolean }) => setExit(await casesCommand(opts)));
}
