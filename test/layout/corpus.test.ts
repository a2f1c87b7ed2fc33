/**
 * Runs layout over the shared development corpus when it is present next to the
 * repository (it is not part of it): no crash, no margin numbers or stamps left at line
 * starts, and page-1 stamps equal to the corpus labels. Skipped on a fresh clone.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { ingest } from "../../src/ingest/index.js";
import { layout } from "../../src/layout/index.js";

const ROOT = new URL("../../../shared/corpus/", import.meta.url);
const TEXT = new URL("docs/text/", ROOT);
const present = existsSync(TEXT);

interface Label {
  file: string;
  stamp: Record<string, string | number | null> | null;
}

const labels = (): Map<string, Label> => {
  const out = new Map<string, Label>();
  for (const line of readFileSync(new URL("labels.jsonl", ROOT), "utf8").split("\n")) {
    if (line.trim()) {
      const l = JSON.parse(line) as Label;
      out.set(l.file, l);
    }
  }
  return out;
};

// e.g. "Case 3:17-cv-00218-MMA-BLM Document 50 Filed 04/05/18" left in the text
const LEFT_STAMP = /^.{0,4}Case\s?:?\s?\d{1,2}:\d{2}-[a-z]{2}-\d+\S*\s+Doc/im;

describe("layout over the development corpus", { skip: !present && "../shared/corpus is not present" }, () => {
  it("reads every text document, leaving no stamp, and finds the labelled stamps", async () => {
    const byFile = labels();
    let labelled = 0;
    let matching = 0;
    const misses: string[] = [];
    for (const name of readdirSync(TEXT).sort()) {
      const doc = layout(await ingest(readFileSync(new URL(name, TEXT)), { path: name }));
      assert.doesNotMatch(doc.text, LEFT_STAMP, name);
      // A run of four paragraphs or lines that open with consecutive numbers is a margin left behind.
      const starts = doc.text.split("\n").map((l) => /^(\d{1,2}) /.exec(l)?.[1]).map((v) => (v ? Number(v) : null));
      for (let i = 3; i < starts.length; i++) {
        const run = starts.slice(i - 3, i + 1);
        const counting = run.every((v, k) => v !== null && (k === 0 || v === (run[k - 1] ?? 0) + 1));
        assert.ok(!counting, `${name}: margin numbers left near line ${i}`);
      }
      const gold = byFile.get(`text/${name}`)?.stamp;
      if (!gold) continue;
      labelled++;
      const got = doc.stamp as unknown as Record<string, unknown> | null;
      const fields = ["caseNumber", "document", "attachment", "filed", "page", "pages", "pageId"];
      if (fields.every((k) => String(gold[k] ?? null) === String(got?.[k] ?? null))) matching++;
      else misses.push(name);
    }
    // The labels' own parser misses a few forms this one reads (e.g. "Pageid#:", "1 of 16").
    assert.ok(matching >= labelled - 3, `stamps matching labels: ${matching}/${labelled}; ${misses.join(", ")}`);
  });
});
