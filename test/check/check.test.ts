// The check verb case by case, against generated CourtListener files: statuses, the
// suggestion, and the findings about pins, years and courts. Names are compared by their
// distinctive words, abbreviations standing for the words they begin.
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { checkReading, compareNames, nameKeys } from "../../src/check/index.js";
import { ownCites } from "../../src/check/own-cites.js";
import { SqliteAuthorityIndex } from "../../src/store/authorities.js";
import { loadCourtListener } from "../../src/store/courtlistener.js";
import { SqliteStore } from "../../src/store/index.js";
import { caseCite, makeReading } from "../store/factory.js";
import { writeCourtListener, type FixtureCase } from "./fixture.js";

test("names agree by their distinctive words", () => {
  const table: [string, string, boolean][] = [
    ["Ahrenholz v. Bd. of Trs. of the Univ. of Ill.", "Ahrenholz v. Board of Trustees of the University of Illinois", true],
    ["United Nat’l Ins. Co. v. Spectrum Worldwide, Inc.", "United National Insurance Co. v. Spectrum Worldwide, Inc.", true],
    ["Swint v. Chambers Cnty. Comm’n", "Swint v. Chambers County Commission", true],
    ["In re Cement Antitrust Litig.", "In re Cement Antitrust Litigation", true],
    ["Peña v. Lindley", "Pena v. Lindley", true],
    ["Varghese v. China Southern Airlines Co.", "Tripati v. Henman", false],
    ["Ahrenholz v. Bd. of Trs.", "Quintero-Baylis v. Marwood Tool Co.", false],
    // Only party types in common is no agreement.
    ["United States v. Tenet Healthcare Corp.", "United States v. Olano", false],
    ["United States v. State", "United States v. State", true],
  ];
  for (const [printed, known, agrees] of table) assert.equal(compareNames(printed, [known]).agrees, agrees, `${printed} / ${known}`);
});

test("name keys: the first distinctive word of each party", () => {
  const table: [string, string[]][] = [
    ["Ahrenholz v. Bd. of Trs. of the Univ. of Ill.", ["ahrenholz", "ill"]],
    ["In re Gugliuzza", ["gugliuzza"]],
    ["United States v. Tenet Healthcare Corp.", ["tenet"]],
    ["People v. Doe", []],
  ];
  for (const [name, keys] of table) assert.deepEqual(nameKeys(name), keys, name);
});

const CASES: FixtureCase[] = [
  { id: 1, name: "Marlowe v. Ostrander", short: "Marlowe", date: "2001-03-02", court: "ca9", cites: [[240, "F.3d", "100"]] },
  { id: 2, name: "Penhallow Dairy Co. v. Tresk", short: "Penhallow", date: "2001-03-09", court: "ca9", cites: [[240, "F.3d", "112"]] },
  { id: 3, name: "Ivers v. Kettleby", short: "Ivers", date: "2001-03-20", court: "ca2", cites: [[240, "F.3d", "130"]] },
  // Two cases reported at one page (a case and its companion).
  { id: 4, name: "Sandoval v. Brookline", short: "Sandoval", date: "2002-01-05", court: "ca1", cites: [[250, "F.3d", "10"]] },
  { id: 5, name: "Sandoval v. Wexford", short: "Sandoval", date: "2002-01-05", court: "ca1", cites: [[250, "F.3d", "10"]] },
];

async function index() {
  const dir = mkdtempSync(join(tmpdir(), "casefile-check-unit-"));
  writeCourtListener(dir, CASES);
  const store = SqliteStore.open(":memory:");
  await loadCourtListener(store.db, [dir]);
  return { store, index: new SqliteAuthorityIndex(store.db) };
}

test("statuses, suggestions and findings, cite by cite", async () => {
  const { store, index: idx } = await index();
  const table: [string, NonNullable<Parameters<typeof caseCite>[1]>, string, string | null, string[]][] = [
    ["240 F.3d 100, 104", { caseName: "Marlowe v. Ostrander", pin: "104", year: 2001, yearProvenance: "stated", court: "ca9", courtProvenance: "stated" }, "found", null, []],
    // The next case starts at 112: a pin at 112 may be this case's last page, 115 cannot be.
    ["240 F.3d 100, 112", { caseName: "Marlowe v. Ostrander", pin: "112" }, "found", null, []],
    ["240 F.3d 100, 115", { caseName: "Marlowe v. Ostrander", pin: "115" }, "found", null, ["authority.pin-past-end"]],
    ["240 F.3d 100", { caseName: "Marlowe v. Ostrander", year: 1999, yearProvenance: "stated" }, "found", null, ["authority.year-mismatch"]],
    ["240 F.3d 100", { caseName: "Marlowe v. Ostrander", court: "ca2", courtProvenance: "stated" }, "found", null, ["authority.court-mismatch"]],
    // An inferred year or court is no statement to contradict.
    ["240 F.3d 100", { caseName: "Marlowe v. Ostrander", year: 1999, yearProvenance: "inferred", court: "ca2", courtProvenance: "inferred" }, "found", null, []],
    ["240 F.3d 112", { caseName: "Ivers v. Kettleby" }, "name-mismatch", "240 F.3d 130", ["authority.name-mismatch"]],
    ["240 F.3d 105", { caseName: "Penhallow Dairy Co. v. Tresk", year: 2001, yearProvenance: "stated" }, "not-found", "240 F.3d 112", ["authority.not-found"]],
    // A name the store does not know gets no suggestion.
    ["240 F.3d 999", { caseName: "Varghese v. China Southern Airlines Co." }, "not-found", null, ["authority.not-found"]],
    ["925 F.3d 1339", { caseName: "Varghese v. China Southern Airlines Co." }, "not-covered", null, ["authority.not-covered"]],
    ["410 So. 2d 113", { caseName: "Roe v. Wade" }, "not-covered", null, ["authority.not-covered"]],
    ["250 F.3d 10", { caseName: "Sandoval v. Wexford" }, "found", null, []],
    ["250 F.3d 10", { caseName: "Sandoval" }, "ambiguous", null, ["authority.ambiguous"]],
    ["250 F.3d 10", { caseName: null }, "ambiguous", null, ["authority.ambiguous"]],
    ["240 F.3d 130", { caseName: null }, "found", null, []],
  ];
  try {
    for (const [text, fields, status, suggestion, codes] of table) {
      const reading = makeReading({ text: `See ${text}.`, citations: [caseCite(text, fields)] });
      const { reading: checked, findings } = await checkReading(reading, idx);
      const what = `${text} ${fields.caseName ?? ""}`;
      assert.equal(checked.citations[0].check?.status, status, what);
      assert.equal(checked.citations[0].check?.suggestion ?? null, suggestion, what);
      assert.deepEqual(findings.map((f) => f.code), codes, what);
    }
  } finally {
    await store.close();
  }
});

test("an ingested opinion's own cite makes it a case check can find", async () => {
  const store = SqliteStore.open(":memory:");
  try {
    const text = "Cite as: 12 F.4th 345\nORDER\nThe motion is denied.";
    const reading = makeReading({ text, citations: [caseCite("12 F.4th 345")] });
    reading.caption.parties = [
      { name: "Alder Holdings", role: "plaintiff" },
      { name: "Quillon", role: "defendant" },
    ];
    assert.deepEqual(ownCites(reading)?.cites, [{ volume: "12", reporter: "F.4th", page: "345" }]);
    await store.put(reading);
    const brief = makeReading({ text: "See Alder Holdings v. Quillon, 12 F.4th 345.", citations: [caseCite("12 F.4th 345", { caseName: "Alder Holdings v. Quillon" })] });
    const { reading: checked } = await checkReading(brief, new SqliteAuthorityIndex(store.db));
    assert.equal(checked.citations[0].check?.status, "found");
    assert.equal(checked.citations[0].check?.clusters[0].caseName, "Alder Holdings v. Quillon");
  } finally {
    await store.close();
  }
});

test("a cite in the body is not the opinion's own", () => {
  const text = "ORDER\n".padEnd(1600, " ") + "\nSee Marlowe v. Ostrander, 240 F.3d 100 (9th Cir. 2001).";
  const reading = makeReading({ text, citations: [caseCite("240 F.3d 100")] });
  assert.equal(ownCites(reading), null);
});

test("hostile text: one long line of many cites costs linear time", async () => {
  const { read } = await import("../../src/read.js");
  const { toa, compareToa } = await import("../../src/toa/index.js");
  const text = "TABLE OF AUTHORITIES " + Array.from({ length: 3000 }, (_, i) => `See Marlowe v. Ostrander, ${200 + (i % 50)} F.3d ${100 + i}, ${101 + i}.`).join(" ");
  const reading = await read({ path: "long.txt", bytes: new TextEncoder().encode(text) });
  const { store, index: idx } = await index();
  try {
    const t0 = performance.now();
    ownCites(reading);
    compareToa(reading, toa(reading));
    await checkReading(reading, idx);
    assert.ok(performance.now() - t0 < 30_000, `took ${performance.now() - t0} ms`);
  } finally {
    await store.close();
  }
});
