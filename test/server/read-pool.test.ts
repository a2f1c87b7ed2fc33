// Reading in worker threads: the event loop keeps answering while a document is read, and a
// read past its budget is ended with 503.
import assert from "node:assert/strict";
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { test } from "node:test";
import { CasefileError } from "../../src/model/errors.js";
import { readPool } from "../../src/server/read-pool.js";

// A stand-in reader: "spin" busies its thread until told to stop, "bad" throws as the pipeline does.
const dir = mkdtempSync(join(tmpdir(), "casefile-pool-"));
const reader = join(dir, "reader.mjs");
writeFileSync(
  reader,
  `export async function read({ path, bytes }) {
  const text = new TextDecoder().decode(bytes);
  if (text === "spin") for (;;);
  if (text === "bad") { const e = new Error("file is empty: x.txt"); e.name = "CasefileError"; e.code = "input.empty"; e.status = 422; e.exitCode = 65; throw e; }
  return { schema: "casefile/1", text, source: { path } };
}`,
);

test("a read runs off the event loop; past its budget it is stopped with 503", async () => {
  // One worker, started (slowly, under tsx) by the first read; the budget then counts reading only.
  const pool = readPool({ size: 1, readerUrl: pathToFileURL(reader).href });
  try {
    const ok = await pool.read({ path: "a.txt", bytes: new TextEncoder().encode("ORDER") });
    assert.equal(ok.text, "ORDER");
    // While a read spins, the loop still turns: timers fire on time.
    const spinning = pool.read({ path: "s.txt", bytes: new TextEncoder().encode("spin") }, { budgetMs: 1500 });
    let ticks = 0;
    const timer = setInterval(() => ticks++, 50);
    await assert.rejects(spinning, (e: CasefileError) => e.code === "read.timeout" && e.status === 503);
    clearInterval(timer);
    assert.ok(ticks >= 5, `${ticks} ticks while the read ran`);
    await assert.rejects(pool.read({ path: "b.txt", bytes: new TextEncoder().encode("bad") }), (e: CasefileError) => e.code === "input.empty" && e.status === 422);
    // The pool goes on after a worker was ended.
    assert.equal((await pool.read({ path: "c.txt", bytes: new TextEncoder().encode("again") })).text, "again");
  } finally {
    await pool.close();
  }
});
