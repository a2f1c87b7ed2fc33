/**
 * End to end: the seed order as a filed PDF must read exactly as its text does.
 * Runs `read()` on the PDF the renderer makes from examples/linlor-v-futero.txt; when
 * ../shared is present, also scores it with the shared check-read tool.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { read } from "../../src/read.js";
import type { Reading } from "../../src/model/types.js";
import { renderSeed } from "../fixtures/pdf/seed.js";

const SEED_PATH = new URL("../../examples/linlor-v-futero.txt", import.meta.url);
const SEED = readFileSync(SEED_PATH, "utf8");
const SHARED = new URL("../../../shared/", import.meta.url);

const norm = (s: string) => s.normalize("NFKC").replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, " ").toLowerCase();

/** What a citation says, without where it sits. */
const citeKey = (c: Reading["citations"][number]) => [c.kind, c.volume, c.reporter, c.page, c.pin, c.title, c.section, c.rule, c.document, c.attachment].map((v) => v ?? "").join("|");

describe("read() on the seed order as a PDF", () => {
  it("reads the same as the text: citations, caption, rulings, events", async () => {
    const { pdf } = await renderSeed(SEED, { textOffset: 3 });
    const fromPdf = await read({ path: "linlor-v-futero.pdf", bytes: pdf });
    const fromText = await read({ path: "linlor-v-futero.txt", bytes: new Uint8Array(readFileSync(SEED_PATH)) });
    assert.equal(fromPdf.source.format, "pdf");
    for (const s of [
      "Tripati v. Henman, 845 F.2d 205, 206 n.1 (9th Cir. 1988)",
      "Exxon Shipping Co. v. Baker, 554 U.S. 471, 485 n.5 (2008)",
      "Ahrenholz v. Bd. of Trs. of the Univ. of Ill., 219 F.3d 647, 675-77 (7th Cir. 2000)",
      "Villarreal v. Caremark LLC, 85 F. Supp. 3d 1063, 1067 (D. Ariz. 2015)",
      "In re Gugliuzza, 852 F.3d 884, 898 (9th Cir. 2017)",
    ]) {
      assert.ok(norm(fromPdf.text).includes(norm(s)), s);
    }
    // No stamp, no running footer line, no page numbers left in the text.
    for (const noise of [/PageID\.3\d\d/, /(^|\n)17cv218-MMA \(BLM\)(\n|$)/, /Page \d of 6/, /(^|\n)\d{1,2}(\n|$)/]) assert.doesNotMatch(fromPdf.text, noise);
    assert.deepEqual(fromPdf.citations.map(citeKey), fromText.citations.map(citeKey));
    assert.deepEqual(fromPdf.caption, fromText.caption);
    assert.equal(fromPdf.date, fromText.date);
    assert.deepEqual(fromPdf.judge, fromText.judge);
    assert.deepEqual(fromPdf.rulings.map((r) => [r.disposition, r.request]), fromText.rulings.map((r) => [r.disposition, r.request]));
    assert.deepEqual(fromPdf.events.map((e) => [e.date, e.docket]), fromText.events.map((e) => [e.date, e.docket]));
    assert.equal(fromPdf.stamp?.caseNumber, "3:17-cv-00218-MMA-BLM");
    assert.equal(fromPdf.stamp?.document, "50");
  });

  it("scores on the shared check-read gold file exactly as the text does, when ../shared is here", async (t) => {
    const tool = new URL("tools/check-read.mjs", SHARED);
    const gold = new URL("seed/expected.json", SHARED);
    if (!existsSync(tool) || !existsSync(gold)) return t.skip("../shared is not present");
    const { pdf } = await renderSeed(SEED, { textOffset: 3 });
    const dir = mkdtempSync(join(tmpdir(), "casefile-seed-pdf-"));
    /** check-read's failed checks and its `P/T` line for one reading. */
    const score = (name: string, reading: Reading) => {
      const out = join(dir, `${name}.json`);
      writeFileSync(out, JSON.stringify(reading));
      const r = spawnSync(process.execPath, [tool.pathname, gold.pathname, out], { encoding: "utf8" });
      const lines = r.stdout.trim().split("\n");
      return { status: r.status, fails: lines.filter((l) => l.startsWith("FAIL")), summary: lines[lines.length - 1] };
    };
    try {
      const fromPdf = score("pdf", await read({ path: "linlor-v-futero.pdf", bytes: pdf }));
      const fromText = score("text", await read({ path: "linlor-v-futero.txt", bytes: new Uint8Array(readFileSync(SEED_PATH)) }));
      // What the text copy gets right, the PDF must too; once the text passes, so must the PDF.
      assert.deepEqual(fromPdf.fails.filter((f) => !fromText.fails.includes(f)), [], `pdf ${fromPdf.summary} vs text ${fromText.summary}`);
      if (fromText.status === 0) assert.equal(fromPdf.status, 0, fromPdf.fails.join("\n"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
