// The tables generated from reporters-db and courts-db (src/cite/tables/generated, written by
// `npm run gen:tables`): each row read back through the citation engine, and text that must not be.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findCitations } from "../../src/cite/index.js";
import { COURTS, courtById, courtFromCitation } from "../../src/cite/tables/courts.js";
import { COURTS_DB } from "../../src/cite/tables/generated/courts.js";
import { JOURNALS_DB } from "../../src/cite/tables/generated/journals.js";
import { LAWS_DB } from "../../src/cite/tables/generated/laws.js";
import { REPORTERS_DB } from "../../src/cite/tables/generated/reporters.js";
import { CASE_NAME_ABBREVIATIONS, STATE_ABBREVIATIONS } from "../../src/cite/tables/generated/abbreviations.js";
import { editionForYear, lookupReporter } from "../../src/cite/tables/reporters.js";

/** The case citations of a text, as `[volume, reporter, page]`. */
function cases(text: string): [string, string, string][] {
  return findCitations(text)
    .filter((c) => c.kind === "case")
    .map((c) => [String(c.volume), String(c.reporter), String(c.page)]);
}

/** A year inside an edition's dates (upstream writes 1750 for an unknown start). */
function yearIn([start, end]: readonly [string | null, string | null]): number {
  const s = start ? Number(start.slice(0, 4)) : null;
  const e = end ? Number(end.slice(0, 4)) : null;
  if (s !== null && s > 1750) return e !== null ? Math.min(s + 1, e) : s + 1;
  return e ?? 1900;
}

test("generated reporters: one citation of every edition of reporters-db is read, normalized to it", () => {
  const misses: string[] = [];
  let n = 0;
  for (const r of REPORTERS_DB) {
    for (const [edition, dates] of Object.entries(r.editions)) {
      // Upstream lists a few spellings under two reporters; the one its own lookup or its year gives is read.
      const year = yearIn(dates);
      if (lookupReporter(edition)?.name !== edition && editionForYear(edition, year)?.name !== edition) continue;
      n++;
      const text = `See Roe v. Doe, 1 ${edition} 1 (${year}).`;
      const found = cases(text);
      if (JSON.stringify(found) !== JSON.stringify([["1", edition, "1"]])) misses.push(`${text} → ${JSON.stringify(found)}`);
    }
  }
  assert.deepEqual(misses, []);
  assert.ok(n > 1300, `${n} editions`);
});

test("generated reporters: every variant spelling is normalized to its edition", () => {
  const misses: string[] = [];
  for (const r of REPORTERS_DB) {
    for (const [variant, edition] of Object.entries(r.variations)) {
      // A spelling that is also another edition's name stays that edition's (`Okla.`); a volume is
      // followed by a capital, so `p.2d` is not read.
      const year = yearIn(r.editions[edition] ?? [null, null]);
      if (!/^[A-Z0-9]/.test(variant) || (lookupReporter(variant)?.name !== edition && editionForYear(variant, year)?.name !== edition)) continue;
      const found = cases(`See Roe v. Doe, 12 ${variant} 345, 350 (${year}).`);
      if (JSON.stringify(found) !== JSON.stringify([["12", edition, "345"]])) misses.push(`${variant} → ${JSON.stringify(found)} (want ${edition})`);
    }
  }
  assert.deepEqual(misses, []);
});

test("generated reporters: forms of older reports and neutral cites", () => {
  const TABLE: [string, [string, string, string][]][] = [
    // The year printed between volume and page.
    ["Roe v. Doe, 4 Am. Law Rev. (1870) 210.", [["4", "Amer. L. Rev.", "210"]]],
    ["Roe v. Doe, 7 Chi. Leg. News (1875) 12.", [["7", "Chi. Leg. News", "12"]]],
    // New Mexico's public-domain cite, spaced.
    ["Roe v. Doe, 2011 -NMSC- 021.", [["2011", "NMSC", "021"]]],
    ["Roe v. Doe, 2011-NMCA-004.", [["2011", "NMCA", "004"]]],
  ];
  for (const [text, expected] of TABLE) assert.deepEqual(cases(text), expected, text);
});

test("generated reporters: text that is not a case citation yields none", () => {
  const NOTHING = [
    // An Oklahoma statute: its year is no page.
    "see 12 O.S. 1971 § 1031 and 47 O.S.Supp. 1988, § 11-902",
    "under 68 O.S. 1981 2402, the",
    // A year in parentheses with no page after it.
    "the 4 Am. Law Rev. (1870) articles",
    // Lower-case words after a number are prose, whatever spellings upstream lists.
    "we waited 3 days and 4 nights",
    "1 mills 2",
  ];
  for (const text of NOTHING) assert.deepEqual(cases(text), [], text);
});

test("generated courts: every courts-db court is known by id, and read from its citation string", () => {
  const handCitations = new Set(COURTS.flatMap((c) => c.citation.map((a) => a.toLowerCase().replace(/[\s.,'’]+/g, ""))));
  const misses: string[] = [];
  for (const c of COURTS_DB) {
    const court = courtById(c.id);
    if (!court) misses.push(`${c.id}: no court`);
    if (!c.citation) continue;
    const id = courtFromCitation(c.citation);
    // The hand table reads a few strings first (`S.D. Cal.` is casd there too).
    const key = c.citation.toLowerCase().replace(/[\s.,'’]+/g, "");
    if (id === null || (!handCitations.has(key) && id !== c.id)) misses.push(`${c.citation} → ${id} (want ${c.id})`);
  }
  assert.deepEqual(misses, []);
  assert.equal(courtById("cal")?.type, "state-supreme");
  assert.equal(courtFromCitation("Cal. Super. Ct."), "calsuperct");
});

test("generated courts: words that are no court's citation string", () => {
  for (const text of ["Plaintiff", "the court", "Id.", "Doe"]) assert.equal(courtFromCitation(text), null, text);
});

test("generated laws, journals and abbreviations: every row is there", () => {
  for (const rows of [LAWS_DB, JOURNALS_DB]) {
    for (const row of rows) assert.ok(row.key && typeof row.name === "string" && Array.isArray(row.variations), JSON.stringify(row));
  }
  assert.ok(LAWS_DB.length > 100 && JOURNALS_DB.length > 500);
  assert.equal(STATE_ABBREVIATIONS["Cal."], "California");
  assert.deepEqual(CASE_NAME_ABBREVIATIONS["Ass'n"], ["Association"]);
});

test("generated journals: one citation of every journal of reporters-db is read as a journal", async () => {
  const { journalRecognizer } = await import("../../src/cite/recognizers/journal.js");
  const { JOURNALS } = await import("../../src/cite/tables/journals.js");
  const misses: string[] = [];
  for (const j of JOURNALS_DB) {
    if (!/\s/.test(j.key.trim())) continue;
    const text = `12 ${j.key} 345`;
    const found = journalRecognizer.find({ text, emphasis: [] });
    // A hand row may name the journal first, in its own canonical form.
    const row = JOURNALS.find((r) => r.journal === j.key || r.variants.includes(j.key));
    if (found.length !== 1 || found[0].journal !== row?.journal || found[0].page !== "345") misses.push(`${text} → ${JSON.stringify(found.map((c) => c.journal))}`);
  }
  assert.deepEqual(misses, []);
});
