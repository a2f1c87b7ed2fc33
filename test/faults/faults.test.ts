// Faults a store meets in use, run through the built command line as a user would meet
// them: a SIGKILL mid-ingest then a resume, two ingests into one store at once, a full
// disk, and a damaged store file. Each prints its figures (`npm run test:faults`).
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";

const root = fileURLToPath(new URL("../..", import.meta.url));
const bin = join(root, "bin", "casefile.js");
const built = existsSync(join(root, "dist", "cli", "index.js"));
const skip = !built && "dist/ not built: run `npm run build` first";
const dir = mkdtempSync(join(tmpdir(), "casefile-faults-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function casefile(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd: dir, timeout: 300_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Writes `count` short orders of our own, each citing a different number of cases. */
function orders(name: string, count: number): string {
  const folder = join(dir, name);
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < count; i++) {
    const cites = Array.from({ length: (i % 5) + 1 }, (_, k) => `See Alder v. Birch, ${100 + k} F.3d ${200 + i} (9th Cir. 2001).`).join(" ");
    writeFileSync(join(folder, `order-${i}.txt`), `UNITED STATES DISTRICT COURT\nDISTRICT OF NOWHERE\n\nORDER NUMBER ${i}\n\nThe Court DENIES the motion to stay number ${i}. ${cites}\n\nIT IS SO ORDERED.\n`);
  }
  return folder;
}

/** What a store holds, read-only: documents, distinct texts, and SQLite's own integrity check. */
function inspect(db: string): { documents: number; distinct: number; integrity: string } {
  const d = new Database(db, { readonly: true });
  try {
    return {
      documents: d.prepare(`SELECT count(*) FROM documents`).pluck().get() as number,
      distinct: d.prepare(`SELECT count(DISTINCT sha256) FROM documents`).pluck().get() as number,
      integrity: d.prepare(`PRAGMA integrity_check`).pluck().get() as string,
    };
  } finally {
    d.close();
  }
}

const ingested = (stderr: string): number => Number(/ingested (\d+) document/.exec(stderr)?.[1] ?? NaN);

test("faults: SIGKILL during ingest, then resume: nothing lost, nothing twice, integrity ok", { skip }, async () => {
  const count = 60;
  const folder = orders("killed", count);
  const db = join(dir, "killed.db");
  const t0 = performance.now();
  const child = spawn(process.execPath, [bin, "ingest", folder, "--db", db, "--jobs", "1"], { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
  let before = 0;
  await new Promise<void>((resolve, reject) => {
    let stored = 0;
    child.stderr.on("data", (chunk: Buffer) => {
      stored += (chunk.toString().match(/ stored /g) ?? []).length;
      if (stored >= 5 && child.exitCode === null) child.kill("SIGKILL");
    });
    child.on("exit", () => resolve());
    child.on("error", reject);
  });
  if (existsSync(db)) before = inspect(db).documents;
  assert.ok(before < count, `the ingest finished (${before} of ${count}) before it could be killed`);
  const resumed = casefile(["ingest", folder, "--db", db, "--jobs", "2"]);
  assert.equal(resumed.code, 0, resumed.err);
  const after = inspect(db);
  assert.equal(after.documents, count, "nothing lost");
  assert.equal(after.distinct, count, "nothing twice");
  assert.equal(after.integrity, "ok");
  assert.equal(ingested(resumed.err), count - before);
  console.log(`faults: killed after ${before}/${count} stored; resume stored ${count - before}; integrity ${after.integrity}; ${((performance.now() - t0) / 1000).toFixed(1)} s`);
});

test("faults: two ingests into one store at once: each counts only what it stored, integrity ok", { skip }, async () => {
  const count = 40;
  const folder = orders("twice", count);
  const db = join(dir, "twice.db");
  const run = () =>
    new Promise<{ code: number | null; err: string }>((resolve) => {
      const c = spawn(process.execPath, [bin, "ingest", folder, "--db", db, "--jobs", "1"], { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
      let err = "";
      c.stderr.on("data", (s: Buffer) => (err += s.toString()));
      c.on("exit", (code) => resolve({ code, err }));
    });
  const [a, b] = await Promise.all([run(), run()]);
  assert.equal(a.code, 0, a.err);
  assert.equal(b.code, 0, b.err);
  const got = inspect(db);
  assert.equal(ingested(a.err) + ingested(b.err), count, `${ingested(a.err)} + ${ingested(b.err)}`);
  assert.equal(got.documents, count);
  assert.equal(got.integrity, "ok");
  console.log(`faults: two ingests at once stored ${ingested(a.err)} + ${ingested(b.err)} = ${got.documents}/${count}; integrity ${got.integrity}`);
});

/** A small tmpfs to fill, or why there is none (mounting needs root). */
function smallDisk(): { path: string; unmount: () => void } | string {
  if (process.platform !== "linux" || process.getuid?.() !== 0) return "a small tmpfs needs root on Linux";
  const path = join(dir, "small");
  mkdirSync(path);
  const m = spawnSync("mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", path], { encoding: "utf8" });
  if (m.status !== 0) return `cannot mount a tmpfs: ${(m.stderr || "").trim()}`;
  return { path, unmount: () => void spawnSync("umount", ["-l", path]) };
}

test("faults: a full disk stops ingest with one line and a non-zero exit; what was stored stays whole", { skip }, async (t) => {
  const disk = smallDisk();
  if (typeof disk === "string") {
    t.skip(disk);
    return;
  }
  try {
    const folder = join(dir, "big");
    mkdirSync(folder);
    // Enough text to outgrow a 1 MB disk a few times over.
    for (let i = 0; i < 40; i++) writeFileSync(join(folder, `order-${i}.txt`), `ORDER ${i}\n\n` + `The Court DENIES the motion to stay number ${i}. `.repeat(2500));
    const db = join(disk.path, "full.db");
    const r = casefile(["ingest", folder, "--db", db, "--jobs", "1"]);
    assert.notEqual(r.code, 0, "a full disk is a failure");
    assert.doesNotMatch(r.err, /\n\s+at /, "no stack trace");
    assert.match(r.err, /ENOSPC|disk|full|space/i, r.err);
    const got = inspect(db);
    assert.equal(got.integrity, "ok");
    console.log(`faults: disk full (1 MB tmpfs) after ${got.documents} documents; exit ${r.code}; integrity ${got.integrity}; message: ${r.err.trim().split("\n").pop()}`);
  } finally {
    disk.unmount();
  }
});

test("faults: a damaged store file gives one clear line and a non-zero exit", { skip }, () => {
  const folder = orders("damaged", 10);
  const db = join(dir, "damaged.db");
  assert.equal(casefile(["ingest", folder, "--db", db]).code, 0);
  // Overwrite pages in the middle of the file, past the header, as a bad disk would.
  const size = statSync(db).size;
  const fd = openSync(db, "r+");
  const junk = Buffer.alloc(Math.min(16384, Math.floor(size / 2)), 0xa5);
  writeSync(fd, junk, 0, junk.length, Math.floor(size / 4));
  closeSync(fd);
  const garbage = join(dir, "garbage.db");
  writeFileSync(garbage, Buffer.alloc(8192, 0x5a));
  for (const [file, args] of [
    [db, ["search", "motion"]],
    [db, ["authorities"]],
    [garbage, ["search", "motion"]],
    [garbage, ["cited-by", "28 U.S.C. § 1292"]],
  ] as const) {
    const r = casefile([...args, "--db", file]);
    assert.notEqual(r.code, 0, `${args.join(" ")} on a damaged store: ${r.out}`);
    assert.doesNotMatch(r.err, /\n\s+at /, "no stack trace");
    assert.equal(r.err.trim().split("\n").length, 1, r.err);
    console.log(`faults: ${args[0]} on a ${file === db ? "damaged" : "garbage"} store: exit ${r.code}: ${r.err.trim()}`);
  }
});
