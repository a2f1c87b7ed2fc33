import { createInterface } from "node:readline";
import { createReadStream } from "node:fs";
import { basename } from "node:path";
import { Command, CommanderError, Option } from "commander";
import { annotateHtml, COURTLISTENER_URL_TEMPLATE } from "../cite/annotate.js";
import { findCitations } from "../cite/index.js";
import { ingest } from "../ingest/index.js";
import { layout } from "../layout/index.js";
import { CasefileError, EXIT } from "../model/errors.js";
import { locate } from "../model/sourcemap.js";
import type { EmphasisSpan } from "../model/types.js";
import { read } from "../read.js";
import { checkWithStore, formatCheckTable, registerCheckCommands } from "./check-commands.js";
import { checkFile, readInput } from "./input.js";
import { registerQueueCommands } from "./queue-commands.js";
import { registerStoreCommands } from "./store-commands.js";
import { registerCaseCommands } from "./case-commands.js";
import { formatSummary } from "./summary.js";

const VERSION = "0.1.0";

/** Errors of the machine's input and output (a full disk, a closed descriptor), not of casefile: exit 74. */
const IO_ERRORS: ReadonlySet<string> = new Set(["ENOSPC", "EIO", "EBADF", "EROFS", "EDQUOT", "EFBIG", "EACCES", "EPERM", "EISDIR", "EMFILE", "ENFILE"]);

/**
 * Runs the `casefile` command line and returns its exit code. Never throws for user
 * mistakes: they become one line on stderr and a sysexits code.
 *
 * @example process.exitCode = await main(process.argv)
 */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  if (argv.length <= 2) {
    // No command is a usage mistake: the help goes to stderr, and scripts see 64.
    process.stderr.write(program.helpInformation());
    return EXIT.USAGE;
  }
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : EXIT.OK;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.code === "commander.help") return EXIT.OK;
      return EXIT.USAGE;
    }
    if (err instanceof CasefileError) {
      process.stderr.write(`casefile: ${err.message}\n`);
      return err.exitCode;
    }
    const e = err as NodeJS.ErrnoException;
    if (e && e.code === "EPIPE") return EXIT.OK;
    if (e && typeof e.code === "string" && IO_ERRORS.has(e.code)) {
      process.stderr.write(`casefile: cannot ${e.syscall === "write" ? "write the output" : e.syscall ?? "do input or output"}: ${e.code}${e.path ? ` (${e.path})` : ""}\n`);
      return EXIT.IO;
    }
    process.stderr.write(`casefile: internal error: ${e?.message ?? String(err)} (please report this)\n`);
    if (process.env.CASEFILE_DEBUG) process.stderr.write(`${e?.stack}\n`);
    return EXIT.SOFTWARE;
  }
}

/** The command tree; exported so interfaces and tests can inspect it. */
export function buildProgram(): Command {
  const program = new Command("casefile")
    .description("Reads U.S. court filings into structured, linked, checkable data.")
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s.startsWith("error:") ? `casefile: ${s}` : s) })
    .showHelpAfterError("(run `casefile --help` for usage)");

  program
    .command("read")
    .description("Read one filing (PDF, text or HTML; - for standard input): caption, rulings, history, citations")
    .argument("<file>", "the filing, or - for standard input")
    .option("--json", "print the casefile/1 JSON contract")
    .option("--compact", "with --json: one line, no indentation")
    .option("--no-text", "with --json: leave out the clean text")
    .option("--no-ocr", "do not OCR scanned PDF pages (pages without a usable text layer)")
    .addOption(new Option("--fail-on <severity>", "exit 1 when a finding of this severity or worse exists").choices(["error", "warning", "info"]))
    .option("--check", "check every case citation against the authorities loaded in --db")
    .option("--db <file>", "with --check: the casefile database", "casefile.db")
    .action(async (file: string, opts: { json?: boolean; compact?: boolean; text?: boolean; ocr?: boolean; failOn?: string; check?: boolean; db: string }) => {
      if (opts.compact && !opts.json) throw new CasefileError("usage.compact-without-json", "--compact shapes the JSON output: use it with --json", EXIT.USAGE, 400);
      const input = await readInput(file);
      let reading = await read({ ...input, ocr: opts.ocr !== false });
      if (opts.check) reading = (await checkWithStore(reading, opts.db)).reading;
      if (opts.json) {
        const out = opts.text === false ? { ...reading, text: undefined } : reading;
        await write(JSON.stringify(out, null, opts.compact ? 0 : 2) + "\n");
      } else {
        await write(formatSummary(reading, { color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR }));
        if (opts.check) await write("\n" + formatCheckTable(reading));
      }
      if (opts.failOn) {
        const rank = { error: 3, warning: 2, info: 1 } as const;
        const floor = rank[opts.failOn as keyof typeof rank];
        if (reading.findings.some((f) => rank[f.severity] >= floor)) process.exitCode = EXIT.FINDINGS;
      }
    });

  program
    .command("cite")
    .description("Print the citations of a text as JSON; --jsonl reads {id, text} lines and writes {id, citations} lines")
    .argument("[file]", "a filing, or - for standard input", "-")
    .option("--jsonl", "stream mode: one {\"id\", \"text\"} object per input line (optional \"emphasis\" spans, \"names\" {cite: short name})")
    .option("--annotate", "print the text as HTML, each citation marked and each case linked")
    .option("--url-template <url>", "with --annotate: the link of a case, from {volume} {reporter} {page} {pin}; 'none' links nothing", COURTLISTENER_URL_TEMPLATE)
    .option("--fragment", "with --annotate: only the marked-up text, not a whole page")
    .action(async (file: string, opts: { jsonl?: boolean; annotate?: boolean; urlTemplate: string; fragment?: boolean }) => {
      if (opts.jsonl) return citeJsonl(file);
      if (opts.annotate && opts.urlTemplate !== "none" && !/\{(?:volume|reporter|page)\}/.test(opts.urlTemplate)) {
        throw new CasefileError("cli.usage", `--url-template needs {volume}, {reporter} or {page} in it (or 'none'): ${opts.urlTemplate}`, EXIT.USAGE);
      }
      const input = await readInput(file);
      const doc = layout(await ingest(input.bytes, { path: input.path }));
      const cites = findCitations(doc.text, { emphasis: doc.emphasis }).map((c) => ({ ...c, loc: locate(doc.anchors, c.start) }));
      if (opts.annotate) {
        const urlTemplate = opts.urlTemplate === "none" ? null : opts.urlTemplate;
        await write(annotateHtml(doc.text, cites, { urlTemplate, fragment: opts.fragment, title: input.path ? basename(input.path) : undefined }) + (opts.fragment ? "\n" : ""));
        return;
      }
      await write(JSON.stringify(cites, null, 2) + "\n");
    });

  registerStoreCommands(program);
  registerCaseCommands(program);
  registerCheckCommands(program);
  registerQueueCommands(program);
  return program;
}

/** One process for thousands of snippets: reads JSON lines, writes JSON lines, in order. */
async function citeJsonl(file: string): Promise<void> {
  if (file !== "-") await checkFile(file);
  const stream = file === "-" ? process.stdin : createReadStream(file);
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  let bad = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let rec: { id?: unknown; text?: unknown; emphasis?: unknown; names?: unknown };
    try {
      rec = JSON.parse(line);
    } catch {
      bad++;
      process.stderr.write(`casefile: line ${n}: not JSON, skipped\n`);
      continue;
    }
    if (typeof rec?.text !== "string") {
      bad++;
      process.stderr.write(`casefile: line ${n}: no "text" string, skipped\n`);
      continue;
    }
    // Optional italics/bold spans ({start, end, style}) let case names read as they do in print.
    const emphasis = Array.isArray(rec.emphasis) ? rec.emphasis.filter(isEmphasisSpan) : [];
    // Optional short names known from elsewhere, keyed by full cite: {"3 U.S. 22": "Doe"}.
    const knownNames = isNameMap(rec.names) ? rec.names : undefined;
    const citations = findCitations(rec.text, { emphasis, knownNames });
    await write(JSON.stringify({ id: rec.id ?? null, citations }) + "\n");
  }
  if (bad) process.exitCode = EXIT.DATA;
}

function isNameMap(x: unknown): x is Record<string, string> {
  return typeof x === "object" && x !== null && !Array.isArray(x) && Object.values(x).every((v) => typeof v === "string");
}

function isEmphasisSpan(x: unknown): x is EmphasisSpan {
  const e = x as EmphasisSpan;
  return Boolean(e) && Number.isInteger(e.start) && Number.isInteger(e.end) && e.start <= e.end && (e.style === "italic" || e.style === "bold" || e.style === "underline");
}

function write(s: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(s, (err) => (err ? reject(err) : resolve()));
  });
}
