import assert from "node:assert/strict";
import { test } from "node:test";
import { lookupReporter, REPORTERS } from "../../src/cite/tables/reporters.js";
import { matchFullCore } from "../../src/cite/scan.js";

const VARIANTS: [found: string, edition: string][] = [
  ["F.2d", "F.2d"], ["F. 2d", "F.2d"], ["F.2nd", "F.2d"], ["F 2d", "F.2d"], ["So.2d", "So. 2d"], ["So. 2d", "So. 2d"],
  ["Cal.App.4th", "Cal. App. 4th"], ["Cal. App. 4th", "Cal. App. 4th"], ["U. S.", "U.S."], ["S.Ct.", "S. Ct."],
  ["L.Ed.2d", "L. Ed. 2d"], ["L. Ed. 2d", "L. Ed. 2d"], ["F. Appx.", "F. App'x"], ["Fed. Appx.", "F. App'x"], ["F. App’x", "F. App'x"],
  ["Wn.2d", "Wash. 2d"], ["N.Y.S.2d", "N.Y.S.2d"], ["N. Y. S. 2d", "N.Y.S.2d"], ["F.Supp.2d", "F. Supp. 2d"],
];

test("reporters: variant spellings normalize to their edition", () => {
  for (const [found, edition] of VARIANTS) assert.equal(lookupReporter(found)?.name, edition, found);
});

test("reporters: spacing variants match in text", () => {
  for (const [text, edition] of [["5 Cal.App. 4th 1", "Cal. App. 4th"], ["5 F.Supp. 3d 1", "F. Supp. 3d"], ["5 U.\nS. 1", "U.S."]] as const) {
    assert.equal(matchFullCore(text, 2)?.edition.name, edition, text);
  }
});

test("reporters: every edition has a sane year range", () => {
  for (const r of REPORTERS) {
    if (r.start !== null && r.end !== null) assert.ok(r.start <= r.end, r.name);
  }
  assert.equal(lookupReporter("U.S.")?.court, "scotus");
  assert.equal(lookupReporter("F. Supp.")?.court, null);
});

test("reporters: words that are not reporters", () => {
  for (const w of ["Street", "Marshals", "U.S.C.", "USC", "Plaintiff"]) assert.equal(lookupReporter(w), null, w);
});

test("reporters: one citation of every edition in the table is read, with that edition", async () => {
  const { findCitations } = await import("../../src/cite/index.js");
  const misses: string[] = [];
  for (const r of REPORTERS) {
    const year = r.end ?? (r.start !== null ? r.start + 1 : 2000);
    const text = `See Smith v. Jones, 12 ${r.name} 345, 350 (${year}).`;
    const found = findCitations(text).filter((c) => c.kind === "case");
    if (found.length !== 1 || found[0].reporter !== r.name || found[0].volume !== "12" || found[0].page !== "345") {
      misses.push(`${r.name}: ${JSON.stringify(found.map((c) => [c.volume, c.reporter, c.page]))}`);
    }
  }
  assert.deepEqual(misses, []);
  assert.ok(REPORTERS.length > 200, `${REPORTERS.length} editions`);
});
