import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { authoritiesCommand, citedByCommand, rulingsCommand, searchCommand, type CommandIO } from "../../src/cli/store-commands.js";
import { CasefileError, EXIT } from "../../src/model/errors.js";
import { SqliteStore } from "../../src/store/index.js";
import { sampleOrder } from "./factory.js";

function capture(): CommandIO & { text: () => string } {
  const parts: string[] = [];
  return { out: (t) => void parts.push(t), err: (t) => void parts.push(t), tty: false, text: () => parts.join("") };
}

async function fixtureDb(): Promise<string> {
  const db = join(mkdtempSync(join(tmpdir(), "casefile-cli-")), "test.db");
  const store = SqliteStore.open(db, { create: true });
  await store.put(sampleOrder(1, { judge: "Michael M. Anello", court: "casd" }));
  await store.put(sampleOrder(2, { judge: "Other Judge", court: "nysd", date: "2020-02-02" }));
  await store.close();
  return db;
}

test("search, authorities and rulings print text and JSON", async () => {
  const db = await fixtureDb();
  const table: [string, (io: CommandIO) => Promise<number>, RegExp][] = [
    ["search", (io) => searchCommand("interlocutory", { db }, io), /^2 documents\n\n#\d+ {2}ORDER DENYING MOTION NUMBER \d/],
    ["search marks", (io) => searchCommand("controlling", { db, court: "casd" }, io), /\[controlling\] question/],
    ["search json", (io) => searchCommand("interlocutory", { db, json: true, judge: "anello" }, io), /"total": 1,/],
    ["authorities", (io) => authoritiesCommand({ db, kind: "case" }, io), /\n {4}2 {6}6 {2}case {7}In re Cement Antitrust Litig\., 673 F\.2d 1020 \(9th Cir\. 1982\)\n/],
    ["authorities json", (io) => authoritiesCommand({ db, json: true, limit: 1 }, io), /"key": "case:673\|F\.2d\|1020"/],
    ["rulings", (io) => rulingsCommand({ db }, io), /^2 rulings\n\nby request type\n +2 {2}interlocutory-appeal +denied 2\n/],
    ["rulings json", (io) => rulingsCommand({ db, judge: "other", json: true }, io), /"total": 1,/],
  ];
  for (const [name, run, expected] of table) {
    const io = capture();
    assert.equal(await run(io), EXIT.OK, name);
    assert.match(io.text(), expected, name);
  }
});

test("cited-by parses the citation with the citation core and follows short forms", async () => {
  const db = await fixtureDb();
  const io = capture();
  assert.equal(await citedByCommand("673 F.2d 1020", { db }, io), EXIT.OK);
  assert.match(io.text(), /^In re Cement Antitrust Litig\., 673 F\.2d 1020 \(9th Cir\. 1982\): 6 citations in 2 documents\n/);
  assert.match(io.text(), /p\. 1, l\. 4 {2}case-short .*\[673 F\.2d at 1026\]/);
  const statute = capture();
  await citedByCommand("28 U.S.C. § 1292(b)", { db, json: true }, statute);
  assert.equal(JSON.parse(statute.text()).authority.citations, 2);
  // A case name finds the case; --broad takes in a section's subsections.
  const byName = capture();
  assert.equal(await citedByCommand("cement antitrust", { db }, byName), EXIT.OK);
  assert.match(byName.text(), /^In re Cement Antitrust Litig\., 673 F\.2d 1020 \(9th Cir\. 1982\): 6 citations/);
  const exact = capture();
  await citedByCommand("28 U.S.C. § 1292", { db }, exact);
  assert.match(exact.text(), /not cited in any stored document/);
  const broad = capture();
  await citedByCommand("28 U.S.C. § 1292", { db, broad: true }, broad);
  assert.match(broad.text(), /^28 U\.S\.C\. § 1292\(b\): 2 citations in 2 documents\n/);
});

test("a missing, corrupt or non-citation argument is one clear error", async () => {
  const dir = mkdtempSync(join(tmpdir(), "casefile-cli-"));
  writeFileSync(join(dir, "corrupt.db"), "not sqlite ".repeat(500));
  const db = await fixtureDb();
  const table: [string, () => Promise<number>, string, number][] = [
    ["missing db", () => searchCommand("x", { db: join(dir, "none.db") }, capture()), "store.not-found", EXIT.NO_INPUT],
    ["corrupt db", () => authoritiesCommand({ db: join(dir, "corrupt.db") }, capture()), "store.corrupt", EXIT.DATA],
    ["not a citation", () => citedByCommand("hello there", { db }, capture()), "cite.not-a-citation", EXIT.USAGE],
  ];
  for (const [name, run, code, exit] of table) {
    await assert.rejects(run(), (err: unknown) => err instanceof CasefileError && err.code === code && err.exitCode === exit, name);
  }
  assert.equal(existsSync(join(dir, "none.db")), false, "a read-only command never creates a database");
});

// The built CLI, when the lead's entry point registers these commands and dist/ is built.
const bin = new URL("../../bin/casefile.js", import.meta.url).pathname;

test("bin/casefile.js: ingest, search and cited-by end to end", async () => {
  assert.ok(existsSync(new URL("../../dist/cli/index.js", import.meta.url)), "dist/ is missing: run `npm run build` first");
  const dir = mkdtempSync(join(tmpdir(), "casefile-bin-"));
  writeFileSync(join(dir, "order.txt"), "ORDER\n\nThe Court relies on In re Cement Antitrust Litig., 673 F.2d 1020, 1025 (9th Cir. 1982). See 673 F.2d at 1026.\n");
  const db = join(dir, "x.db");
  const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });
  const ingest = run("ingest", dir, "--db", db, "--jobs", "1");
  assert.equal(ingest.status, 0, ingest.stderr);
  assert.match(ingest.stderr, /ingested 1 document/);
  assert.match(run("ingest", dir, "--db", db).stderr, /ingested 0 documents.*1 already stored/);
  const search = run("search", "Cement", "--db", db, "--json");
  assert.equal(JSON.parse(search.stdout).total, 1);
  const cited = JSON.parse(run("cited-by", "673 F.2d 1020", "--db", db, "--json").stdout);
  assert.equal(cited.documents.length, 1);
  const missing = run("search", "x", "--db", join(dir, "missing.db"));
  assert.equal(missing.status, EXIT.NO_INPUT);
  assert.equal(missing.stderr.trim().split("\n").length, 1);
});
