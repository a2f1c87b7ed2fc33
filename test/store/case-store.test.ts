import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import Database from "better-sqlite3";
import type { Docket, DocketItem, Reading } from "../../src/model/types.js";
import { migrate } from "../../src/store/migrations.js";
import { SqliteStore } from "../../src/store/index.js";
import { makeReading, recordCite } from "./factory.js";

const item = (number: string | null, date: string, description: string, refs: string[] = []): DocketItem => ({
  number,
  dateFiled: date,
  dateEntered: date,
  description,
  docketRefs: refs,
  attachments: [],
  pacerDocId: null,
  pacerSeqNo: null,
});

/** A docket report's reading: the `docket` object and the rulings its order lines state. */
function docketReading(tag: string, entries: DocketItem[], fields: Partial<Docket> = {}): Reading {
  const base = makeReading({ text: `CIVIL DOCKET FOR CASE #: 2:20-cv-00777-AB ${tag}`, court: "azd", caseNumber: "2:20-cv-00777-AB", title: null, date: null, judge: null });
  const docket: Docket = {
    kind: "district",
    court: { id: "azd", name: "U.S. District Court, District of Arizona" },
    docketNumber: "2:20-cv-00777-AB",
    caseName: "Poe v. Acme Widgets LLC",
    dateFiled: "2020-01-02",
    dateTerminated: null,
    dateConverted: null,
    dateDischarged: null,
    assignedTo: "Alma Brightwater",
    referredTo: null,
    cause: null,
    natureOfSuit: null,
    juryDemand: null,
    demand: null,
    jurisdiction: null,
    mdlStatus: null,
    parties: [
      { name: "Ann Poe", role: "Plaintiff", extraInfo: "", dateTerminated: null, attorneys: [{ name: "Lee Counsel", contact: "", roles: [] }] },
      { name: "Acme Widgets LLC", role: "Defendant", extraInfo: "", dateTerminated: null, attorneys: [] },
    ],
    dateColumn: "filed",
    entries,
    ...fields,
  };
  return { ...base, kind: "docket-report", caption: { ...base.caption, parties: [] }, docket };
}

test("store: a docket report opens the case; a later docket merges entries; orders link by stamp or by their words", async () => {
  const store = SqliteStore.open(":memory:");
  await store.put(
    docketReading("first", [
      item("1", "2020-01-02", "COMPLAINT against Acme Widgets LLC"),
      item("9", "2020-03-02", "MOTION to Stay Discovery by Acme Widgets LLC"),
      item("10", "2020-03-04", "MOTION for Extension of Time by Ann Poe"),
    ]),
  );
  let c = await store.case("azd", "2:20-cv-00777");
  assert.deepEqual(
    c?.pendingMotions.map((p) => p.entry),
    ["9", "10"],
  );
  // A later report of the same case: entry 10 decided by 11 (a ruling the docket's line states), 12 new.
  const second = docketReading("second", [
      item("9", "2020-03-02", "MOTION to Stay Discovery by Acme Widgets LLC"),
      item("10", "2020-03-04", "MOTION for Extension of Time by Ann Poe"),
      item("11", "2020-03-06", "ORDER granting 10 Motion for Extension of Time", ["10"]),
    item("12", "2020-04-01", "ORDER GRANTING DEFENDANT'S MOTION TO STAY DISCOVERY. Signed by Judge Alma Brightwater"),
  ]);
  second.rulings = [{ disposition: "granted", request: "Motion for Extension of Time", motion: { docket: ["10"] }, text: "granting 10 Motion", start: 0, end: 1, docketEntry: "11" }];
  await store.put(second);
  // The order at 12 without a stamp: its date and title words find the entry. Another, stamped, is a brief at 9.
  const order = makeReading({
    text: "ORDER GRANTING MOTION TO STAY DISCOVERY\nThe motion to stay discovery is GRANTED. [Doc. 9.]",
    court: "azd",
    caseNumber: "CV-20-00777-PHX-AB",
    title: "ORDER GRANTING MOTION TO STAY DISCOVERY",
    date: "2020-04-01",
    judge: "Alma Brightwater",
    rulings: [{ disposition: "granted", request: "motion to stay discovery", text: "The motion to stay discovery is GRANTED." }],
    citations: [recordCite("Doc. 9", "9")],
  });
  order.rulings[0].motion = { docket: ["9"] };
  const orderId = (await store.put(order)).id;
  const brief = makeReading({ text: "MOTION TO STAY DISCOVERY\nDefendant moves to stay discovery.", court: "azd", caseNumber: "2:20-cv-00777-AB", title: "MOTION TO STAY DISCOVERY", date: "2020-03-02" });
  const briefId = (await store.put({ ...brief, kind: "motion", author: "party", stamp: { caseNumber: "2:20-cv-00777-AB", document: "9", attachment: null, filed: "2020-03-02", page: 1, pages: 3, pageId: null, raw: "Case 2:20-cv-00777-AB Document 9" } })).id;

  c = await store.case("azd", "2:20-cv-00777-AB");
  assert.ok(c);
  assert.equal(c.title, "Poe v. Acme Widgets LLC");
  assert.equal(c.judge, "Alma Brightwater");
  assert.deepEqual(c.parties, [
    { name: "Ann Poe", role: "Plaintiff", attorneys: ["Lee Counsel"] },
    { name: "Acme Widgets LLC", role: "Defendant", attorneys: [] },
  ]);
  assert.deepEqual(
    c.entries.map((e) => [e.number, e.documents.map((d) => d.id)]),
    [
      ["1", []],
      ["9", [briefId]],
      ["10", []],
      ["11", []],
      ["12", [orderId]],
    ],
  );
  assert.deepEqual(
    c.rulings.map((r) => [r.entry, r.motionEntry, r.disposition, r.daysToDecision]),
    [
      ["11", "10", "granted", 2],
      ["12", "9", "granted", 30],
    ],
  );
  assert.deepEqual(c.pendingMotions, []);
  assert.deepEqual(
    c.recordCites.map((r) => [r.document, r.entry, r.target]),
    [[orderId, "9", briefId]],
  );
  assert.deepEqual(
    (await store.cases()).map((s) => [s.id, s.documents, s.entries, s.pendingMotions]),
    [["azd:2:20-cv-00777", 4, 5, 0]],
  );
  assert.equal((await store.cases({ pending: true })).length, 0);
  assert.equal((await store.cases({ judge: "brightwater", court: "AZD" })).length, 1);
  // A number that is another case's, or another court's, finds nothing.
  assert.equal(await store.case("azd", "2:20-cv-00778"), null);
  assert.equal(await store.case("cand", "2:20-cv-00777"), null);
  assert.equal(await store.case("azd", "no number here"), null);
  await store.close();
});

test("store: a case with no docket report takes its title, judge and parties from its documents", async () => {
  const store = SqliteStore.open(":memory:");
  await store.put(makeReading({ text: "ORDER ONE", court: "casd", caseNumber: "17cv218-MMA (BLM)", judge: "Michael Roe" }));
  await store.put(makeReading({ text: "ORDER TWO", court: "casd", caseNumber: "3:17-cv-00218-MMA-BLM", judge: "Michael Roe" }));
  const list = await store.cases();
  // The number without an office digit and the one with it are the same case; the fuller number wins.
  assert.deepEqual(
    list.map((c) => [c.id, c.title, c.judge, c.documents, c.entries]),
    [["casd:3:17-cv-00218", "Ann Plaintiff v. Widget Co.", "Michael Roe", 2, 0]],
  );
  assert.equal((await store.case(null, "17-cv-218"))?.documents.length, 2);
  await store.close();
});

test("store: documents stored before cases existed are grouped when the file is opened", async () => {
  const file = join(mkdtempSync(join(tmpdir(), "casefile-cases-")), "old.db");
  const db = new Database(file);
  migrate(db, 7);
  const insert = db.prepare(
    `INSERT INTO documents (sha256, path, format, pages, court, case_number, title, date, judge, stamp_json, text, reading_json) VALUES (?, ?, 'text', 1, 'casd', ?, ?, ?, ?, NULL, ?, ?)`,
  );
  for (const [n, number] of [
    [1, "3:17-cv-00218-MMA-BLM"],
    [2, "3:18-cv-01000-MMA-BLM"],
  ] as const) {
    const { text, ...rest } = makeReading({ text: `ORDER ${n}`, court: "casd", caseNumber: number });
    insert.run(`hash${n}`, `old${n}.txt`, number, "ORDER", "2018-04-05", "Jane Q. Judge", text, JSON.stringify(rest));
  }
  db.close();
  const store = SqliteStore.open(file);
  assert.deepEqual(
    (await store.cases()).map((c) => [c.id, c.documents]),
    [
      ["casd:3:17-cv-00218", 1],
      ["casd:3:18-cv-01000", 1],
    ],
  );
  await store.close();
});
