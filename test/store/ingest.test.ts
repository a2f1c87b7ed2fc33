import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import Database from "better-sqlite3";
import { ingestCommand, type CommandIO } from "../../src/cli/store-commands.js";
import { ingestPaths, listDocuments } from "../../src/store/bulk.js";
import { SqliteStore } from "../../src/store/index.js";

const readerUrl = new URL("./fixtures/fake-reader.ts", import.meta.url).href;

/** An order citing `n % 7 + 1` cases, so every document has its own text and citation count. */
function orderText(n: number): string {
  const cites = Array.from({ length: (n % 7) + 1 }, (_, i) => `See Case ${i} v. Co., ${100 + i} F.3d ${200 + n}.`);
  return [`ORDER ${n} ON MOTION TO DISMISS`, ...cites, "The motion is DENIED."].join("\n");
}

function corpus(count: number, extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "casefile-ingest-"));
  mkdirSync(join(dir, "sub", "deeper"), { recursive: true });
  for (let n = 0; n < count; n++) writeFileSync(join(dir, n % 3 === 0 ? "sub" : n % 3 === 1 ? "sub/deeper" : "", `order-${String(n).padStart(4, "0")}.txt`), orderText(n));
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  return dir;
}

const quietIO = (): CommandIO & { lines: string[] } => {
  const lines: string[] = [];
  return { lines, out: (t) => void lines.push(t), err: (t) => void lines.push(t), tty: false };
};

test("listDocuments walks folders for PDF, text and HTML files", async () => {
  const dir = corpus(3, { "a.pdf": "%PDF-1.4", "b.html": "<p>x</p>", "c.htm": "<p>y</p>", "notes.md": "skip", "image.png": "skip" });
  const names = (await listDocuments([dir])).map((p) => p.slice(dir.length + 1));
  assert.deepEqual(names, ["a.pdf", "b.html", "c.htm", "order-0002.txt", "sub/deeper/order-0001.txt", "sub/order-0000.txt"]);
  await assert.rejects(listDocuments([join(dir, "missing")]), /no such file or folder/);
});

test("ingest stores every document once, reports unreadable files and goes on", async () => {
  const dir = corpus(12, { "broken.txt": "UNREADABLE bytes", "copy.txt": orderText(3) });
  const store = SqliteStore.open(":memory:");
  const events: string[] = [];
  const summary = await ingestPaths(store, [dir], { jobs: 3, readerUrl, onEvent: (e) => void events.push(e.type) });
  assert.deepEqual({ files: summary.files, stored: summary.stored, skipped: summary.skipped, failed: summary.failed }, { files: 14, stored: 12, skipped: 1, failed: 1 });
  assert.match(summary.failures[0].path, /broken\.txt$/);
  assert.equal(summary.failures[0].message, "not a readable document");
  assert.equal(events[0], "start");
  assert.equal(events.length, 15);
  const again = await ingestPaths(store, [dir], { jobs: 2, readerUrl });
  assert.deepEqual({ stored: again.stored, skipped: again.skipped, failed: again.failed }, { stored: 0, skipped: 13, failed: 1 });
  assert.equal((await store.stats()).documents, 12);
});

test("ingestCommand writes plain progress lines and a summary when not on a terminal", async () => {
  const dir = corpus(4);
  const db = join(dir, "out.db");
  const io = quietIO();
  assert.equal(await ingestCommand([dir], { db, jobs: 2, readerUrl }, io), 0);
  const text = io.lines.join("");
  assert.match(text, /^ingest: 4 files into /);
  assert.equal(text.match(/\] stored /g)?.length, 4);
  assert.match(text, /ingested 4 documents, 4 pages in [\d.]+s .*; 0 already stored, 0 failed/);
});

test("a reader module that cannot load stops the run with one clear error", async () => {
  const dir = corpus(2);
  const store = SqliteStore.open(":memory:");
  await assert.rejects(ingestPaths(store, [dir], { jobs: 2, readerUrl: new URL("./fixtures/no-such-reader.js", import.meta.url).href }), /cannot load the reader/);
});

test("an ingest killed mid-way resumes: every document whole, none twice", async () => {
  const count = 40;
  const dir = corpus(count);
  const db = join(dir, "resume.db");
  const runner = new URL("./fixtures/ingest-run.ts", import.meta.url).pathname;
  const child = spawn(process.execPath, ["--import", "tsx", runner, db, "2", dir], { env: { ...process.env, FAKE_READER_DELAY_MS: "40" }, stdio: ["ignore", "ignore", "pipe"] });
  // Kill it as soon as a few documents are in, the way a power cut would (SIGKILL).
  await new Promise<void>((resolve, reject) => {
    let seen = 0;
    child.stderr.on("data", (chunk: Buffer) => {
      seen += (chunk.toString().match(/\] stored /g) ?? []).length;
      if (seen >= 5 && child.exitCode === null) {
        child.kill("SIGKILL");
      }
    });
    child.on("exit", () => resolve());
    child.on("error", reject);
  });
  const partial = new Database(db, { readonly: true });
  const storedBefore = partial.prepare(`SELECT count(*) FROM documents`).pluck().get() as number;
  partial.close();
  assert.ok(storedBefore >= 5 && storedBefore < count, `killed after ${storedBefore} of ${count}`);

  const io = quietIO();
  assert.equal(await ingestCommand([dir], { db, jobs: 3, readerUrl }, io), 0);
  assert.match(io.lines.join(""), new RegExp(`ingested ${count - storedBefore} documents.*; ${storedBefore} already stored, 0 failed`));

  const check = new Database(db, { readonly: true });
  const docs = check.prepare(`SELECT id, text, (SELECT count(*) FROM citations c WHERE c.doc_id = d.id) AS cites FROM documents d`).all() as { id: number; text: string; cites: number }[];
  assert.equal(docs.length, count);
  assert.equal(new Set(docs.map((d) => d.text)).size, count, "none twice");
  for (const d of docs) {
    const n = Number(/^ORDER (\d+)/.exec(d.text)?.[1]);
    assert.equal(d.cites, (n % 7) + 1, `document ${n} whole`);
  }
  check.close();
});
