// Exit codes and the file system, as issue 14's probe met them: a full disk, a port out of
// range, reports that must not write a store, ingest of FIFOs, links, UTF-16 and a store
// two ingests write at once.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, openSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { authoritiesCommand, citedByCommand, ingestCommand, rulingsCommand, searchCommand, type CommandIO } from "../../src/cli/store-commands.js";
import { ingest } from "../../src/ingest/index.js";
import { CasefileError, EXIT } from "../../src/model/errors.js";
import { ingestPaths, listDocuments, type PassedOver } from "../../src/store/bulk.js";
import { SqliteStore } from "../../src/store/index.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const bin = join(root, "bin", "casefile.js");
const dir = mkdtempSync(join(tmpdir(), "casefile-io-"));
const readerUrl = new URL("../../src/read.ts", import.meta.url).href;

function capture(): CommandIO & { text: () => string } {
  const parts: string[] = [];
  return { out: (t) => void parts.push(t), err: (t) => void parts.push(t), tty: false, text: () => parts.join("") };
}

function casefile(args: string[], stdout: "pipe" | number = "pipe") {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd: dir, timeout: 120_000, stdio: ["ignore", stdout, "pipe"] });
  return { code: r.status, err: r.stderr };
}

const ORDER = "ORDER\n\nThe Court DENIES the motion to stay. See 28 U.S.C. § 1292(b).\n";

test("the command line: each mistake one line and its sysexits code", { skip: !existsSync(join(root, "dist", "cli", "index.js")) && "dist/ not built" }, () => {
  const order = join(dir, "order.txt");
  writeFileSync(order, ORDER);
  const full = existsSync("/dev/full");
  const table: [string, () => ReturnType<typeof casefile>, number, RegExp][] = [
    ["no command", () => casefile([]), EXIT.USAGE, /Usage: casefile/],
    ["--port past 65535", () => casefile(["serve", "--port", "99999", "--db", join(dir, "none.db")]), EXIT.USAGE, /--port must be at most 65535/],
    ["--compact without --json", () => casefile(["read", order, "--compact"]), EXIT.USAGE, /use it with --json/],
  ];
  if (full) table.push(["a full disk", () => casefile(["read", order, "--json"], openSync("/dev/full", "w")), EXIT.IO, /cannot write the output: ENOSPC/]);
  for (const [what, run, code, message] of table) {
    const r = run();
    assert.equal(r.code, code, `${what}: ${r.err}`);
    assert.match(r.err, message, what);
    assert.doesNotMatch(r.err, /\n\s+at /, `${what}: no stack trace`);
    assert.ok(r.err.trim().split("\n").length === 1 || what === "no command", `${what}: one line`);
  }
});

test("reports never create or write a store", async () => {
  const empty = join(dir, "empty.db");
  writeFileSync(empty, "");
  const missing = join(dir, "missing.db");
  const reports: [string, (db: string) => Promise<number>][] = [
    ["search", (db) => searchCommand("stay", { db }, capture())],
    ["cited-by", (db) => citedByCommand("28 U.S.C. § 1292", { db }, capture())],
    ["authorities", (db) => authoritiesCommand({ db }, capture())],
    ["rulings", (db) => rulingsCommand({ db }, capture())],
  ];
  for (const [name, run] of reports) {
    await assert.rejects(run(empty), (e: CasefileError) => e.code === "store.empty" && e.exitCode === EXIT.DATA, `${name} on an empty file`);
    assert.equal(statSync(empty).size, 0, `${name} left the empty file empty`);
    await assert.rejects(run(missing), (e: CasefileError) => e.code === "store.not-found" && e.exitCode === EXIT.NO_INPUT, `${name} on a missing file`);
    assert.equal(existsSync(missing), false, `${name} created no store`);
  }
});

test("ingest of a path that is not there leaves no store behind", async () => {
  const db = join(dir, "new.db");
  await assert.rejects(ingestCommand([join(dir, "nonexistent")], { db }, capture()), (e: CasefileError) => e.exitCode === EXIT.NO_INPUT);
  assert.equal(existsSync(db), false);
});

test("a FIFO named on the command line is refused, not read forever", { skip: process.platform === "win32" }, async () => {
  const fifo = join(dir, "pipe.txt");
  spawnSync("mkfifo", [fifo]);
  if (!existsSync(fifo)) return;
  await assert.rejects(listDocuments([fifo]), (e: CasefileError) => e.code === "input.not-a-file" && e.exitCode === EXIT.NO_INPUT);
});

test("links: reported inside a folder, never followed there; a link named to a file is its file", async () => {
  const folder = join(dir, "folder");
  mkdirSync(folder);
  writeFileSync(join(folder, "a.txt"), ORDER);
  const secret = join(dir, "secret.txt");
  writeFileSync(secret, "the secret of the machine");
  symlinkSync(secret, join(folder, "link.txt"));
  symlinkSync(dir, join(folder, "up"));
  const passed: PassedOver[] = [];
  assert.deepEqual(await listDocuments([folder], passed), [join(folder, "a.txt")]);
  assert.deepEqual(passed.map((p) => [p.path, p.reason]).sort(), [
    [join(folder, "link.txt"), "symlink"],
    [join(folder, "up"), "symlink"],
  ]);
  // Named directly, a link to a regular file is taken (the user could name the file itself);
  // a link to a folder or anything else is refused.
  assert.deepEqual(await listDocuments([join(folder, "link.txt")]), [join(folder, "link.txt")]);
  await assert.rejects(listDocuments([join(folder, "up")]), (e: CasefileError) => e.code === "input.not-a-file");

  const io = capture();
  const db = join(dir, "links.db");
  assert.equal(await ingestCommand([folder], { db, jobs: 1, readerUrl }, io), EXIT.OK);
  assert.match(io.text(), /skipped .*link\.txt \(a symbolic link inside a folder is not followed/);
  assert.match(io.text(), /ingested 1 document, 1 page in/);
  const store = SqliteStore.open(db);
  try {
    assert.equal((await store.search("secret")).total, 0, "the link's target was not stored");
  } finally {
    await store.close();
  }
});

test("two ingests into one store at once: each counts only what it stored", async () => {
  const folder = join(dir, "many");
  mkdirSync(folder);
  for (let i = 0; i < 12; i++) writeFileSync(join(folder, `${i}.txt`), `ORDER NUMBER ${i}\n\nThe Court DENIES the motion to stay number ${i}.\n`);
  const db = join(dir, "twice.db");
  const a = SqliteStore.open(db, { create: true });
  const b = SqliteStore.open(db, { create: true });
  try {
    const [ra, rb] = await Promise.all([ingestPaths(a, [folder], { jobs: 2, readerUrl }), ingestPaths(b, [folder], { jobs: 2, readerUrl })]);
    assert.equal(ra.stored + rb.stored, 12, `stored ${ra.stored} + ${rb.stored}`);
    assert.equal(ra.skipped + rb.skipped, 12);
    assert.equal((await a.search("motion")).total, 12);
  } finally {
    await a.close();
    await b.close();
  }
});

test("UTF-16 text with a byte-order mark is read", async () => {
  const text = "ORDER\n\nThe Court DENIES the motion (§ 1292).\n";
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  const be = Buffer.from(le);
  be.swap16();
  for (const [name, bytes] of [
    ["UTF-16LE", le],
    ["UTF-16BE", be],
  ] as const) {
    const ing = await ingest(new Uint8Array(bytes), { path: "order.txt" });
    assert.equal(ing.source.bytes, bytes.length, name);
    assert.deepEqual(
      ing.pages[0].lines.map((l) => l.text).filter(Boolean),
      ["ORDER", "The Court DENIES the motion (§ 1292)."],
      name,
    );
    assert.match(ing.findings[0]?.message ?? "", new RegExp(name));
  }
});
