import assert from "node:assert/strict";
import { test } from "node:test";
import {
  assembleCase,
  caseId,
  caseKey,
  chooseCase,
  daysBetween,
  decidesRefs,
  isMotionEntry,
  linkDocument,
  mergeEntries,
  parseCaseId,
  type CaseRows,
  type DocumentRow,
  type EntryRow,
} from "../../src/store/cases.js";
import type { DocketItem } from "../../src/model/types.js";

test("caseKey: one court-independent key for every printed form of a number", () => {
  const table: [string | null, string | null][] = [
    ["3:17-cv-01234-ABC-DEF", "3:17-cv-01234"],
    ["3:17-cv-218-MMA (BLM)", "3:17-cv-00218"],
    ["17cv218-MMA (BLM)", "17-cv-00218"],
    ["1:09-cr-00418-JSW-1", "1:09-cr-00418"],
    ["03:17-CV-00218", "3:17-cv-00218"],
    ["2:19−cv−05555", "2:19-cv-05555"],
    ["CV 10-1061-PHX-SRB", "2:10-cv-01061"],
    ["18-55555", "18-55555"],
    ["08-22504-rdd", "08-22504"],
    ["Case No. 3:05-bk-01013", "3:05-bk-01013"],
    ["", null],
    [null, null],
  ];
  for (const [raw, want] of table) assert.equal(caseKey(raw), want, String(raw));
});

test("case ids: court and number, '-' for no court", () => {
  const table: [string | null, string, string][] = [
    ["casd", "3:17-cv-00218", "casd:3:17-cv-00218"],
    [null, "17-cv-00218", "-:17-cv-00218"],
  ];
  for (const [court, number, id] of table) {
    assert.equal(caseId(court, number), id);
    assert.deepEqual(parseCaseId(id), { court, number });
  }
  for (const bad of ["", "casd", "casd:", ":3:17-cv-1"]) assert.equal(parseCaseId(bad), null, bad);
});

test("chooseCase: same court and number; office digit or court missing on one side", () => {
  const cases = [
    { court: "casd", number: "3:17-cv-00218" },
    { court: "nysd", number: "1:17-cv-00218" },
    { court: "", number: "18-55555" },
  ];
  const table: [{ court: string; number: string }, number][] = [
    [{ court: "casd", number: "3:17-cv-00218" }, 0],
    [{ court: "casd", number: "17-cv-00218" }, 0],
    [{ court: "nysd", number: "17-cv-00218" }, 1],
    [{ court: "cand", number: "3:17-cv-00218" }, -1],
    // no court: only a number held by one case is enough
    [{ court: "", number: "17-cv-00218" }, -1],
    [{ court: "", number: "1:17-cv-00218" }, 1],
    // a court-less case takes the first court that names it
    [{ court: "ca9", number: "18-55555" }, 2],
  ];
  for (const [ref, want] of table) assert.equal(chooseCase(ref, cases), want, JSON.stringify(ref));
});

test("isMotionEntry: a motion being filed, not a paper about one", () => {
  const table: [string, boolean][] = [
    ["MOTION to Dismiss for Failure to State a Claim by Acme Corp.", true],
    ["EX PARTE MOTION for Leave to File Sur-Reply by Jane Roe", true],
    ["Joint MOTION to Continue Trial Date", true],
    ["NOTICE OF MOTION AND MOTION for Summary Judgment filed by Ann Poe", true],
    ["Emergency MOTION for Temporary Restraining Order", true],
    ["RESPONSE in Opposition re 12 MOTION to Dismiss filed by Jane Roe", false],
    ["ORDER granting 12 Motion to Dismiss", false],
    ["NOTICE of Withdrawal of 12 MOTION to Dismiss", false],
    ["REPLY to Response to Motion re 12 MOTION to Dismiss", false],
    ["COMPLAINT against Acme Corp.", false],
    ["", false],
  ];
  for (const [text, want] of table) assert.equal(isMotionEntry(text), want, text);
});

test("decidesRefs: orders and notes that take a motion off the docket", () => {
  const table: [string, boolean][] = [
    ["ORDER granting 12 Motion to Dismiss", true],
    ["MINUTE ORDER: the hearing on 12 is vacated", true],
    ["MINUTE ENTRY for proceedings held before Judge Poe: Motion hearing held re 12", true],
    ["NOTICE of Withdrawal of 12 MOTION to Dismiss", true],
    ["TEXT ORDER finding as moot 30 Motion to Compel", true],
    ["RESPONSE in Opposition re 12 MOTION to Dismiss", false],
    ["REPLY to Response to Motion re 12", false],
  ];
  for (const [text, want] of table) assert.equal(decidesRefs(text), want, text);
});

test("daysBetween: whole days, null without both dates", () => {
  const table: [string | null, string | null, number | null][] = [
    ["2019-08-01", "2019-08-14", 13],
    ["2019-12-31", "2020-01-01", 1],
    ["2020-03-07", "2020-03-09", 2],
    ["2019-08-14", "2019-08-01", -13],
    [null, "2019-08-01", null],
    ["2019-08-01", null, null],
  ];
  for (const [a, b, want] of table) assert.equal(daysBetween(a, b), want, `${a} → ${b}`);
});

const entry = (number: string | null, date: string, description: string, refs: string[] = [], seq = 0): EntryRow => ({
  number,
  dateFiled: date,
  dateEntered: date,
  description,
  refs,
  attachments: [],
  seq,
});

const doc = (id: number, fields: Partial<DocumentRow>): DocumentRow => ({ id, path: `d${id}.pdf`, kind: "order", title: null, date: null, stamp: null, docket: false, ...fields });

test("linkDocument: by the stamp's document number, else by date and title words", () => {
  const entries = [
    entry("12", "2020-01-10", "MOTION to Compel Discovery Responses by Ann Poe"),
    entry("14", "2020-02-03", "ORDER DENYING MOTION TO COMPEL DISCOVERY RESPONSES. Signed by Judge Roe"),
    entry("15", "2020-02-03", "NOTICE of Appearance by Bo Lee"),
    entry("16", "2020-02-04", "ORDER setting hearing"),
  ];
  const table: [string, DocumentRow, [string | null, string | null, string | null]][] = [
    ["stamped", doc(1, { stamp: { document: "014", attachment: null, filed: "2020-02-03" } }), ["14", null, "stamp"]],
    ["stamped attachment", doc(2, { stamp: { document: "12", attachment: "1", filed: "2020-01-10" } }), ["12", "1", "stamp"]],
    ["title and date", doc(3, { title: "Order Denying Motion to Compel", date: "2020-02-03" }), ["14", null, "text"]],
    ["title, wrong date", doc(4, { title: "Order Denying Motion to Compel", date: "2020-02-05" }), [null, null, null]],
    ["date, one word shared", doc(5, { title: "Order", date: "2020-02-04" }), [null, null, null]],
    ["no date", doc(6, { title: "Order Denying Motion to Compel" }), [null, null, null]],
    ["a docket report is no entry", doc(7, { docket: true, stamp: { document: "14", attachment: null, filed: null } }), [null, null, null]],
  ];
  for (const [name, d, [e, a, by]] of table) assert.deepEqual(linkDocument(d, entries), { entry: e, attachment: a, by }, name);
});

const item = (number: string | null, date: string, description: string): DocketItem => ({
  number,
  dateFiled: date,
  dateEntered: date,
  description,
  docketRefs: [],
  attachments: [],
  pacerDocId: null,
  pacerSeqNo: null,
});

test("mergeEntries: a later docket updates entries by number and keeps what it lacks", () => {
  const first = mergeEntries([], [item("1", "2020-01-02", "COMPLAINT"), item("2", "2020-01-05", "SUMMONS Issued"), item(null, "2020-01-06", "Clerk's note")]);
  const merged = mergeEntries(first, [item("2", "2020-01-05", "SUMMONS Issued as to Acme"), item("3", "2020-01-09", "ANSWER"), item(null, "2020-01-06", "Clerk's note")]);
  assert.deepEqual(
    merged.map((e) => [e.number, e.description, e.seq]),
    [
      ["1", "COMPLAINT", 0],
      ["2", "SUMMONS Issued as to Acme", 1],
      [null, "Clerk's note", 2],
      ["3", "ANSWER", 3],
    ],
  );
});

function rows(entries: EntryRow[], documents: DocumentRow[], rulings: CaseRows["rulings"]): CaseRows {
  return {
    case: { court: "casd", number: "3:20-cv-00001", title: "Poe v. Acme", judge: "Jo Roe", dateFiled: "2020-01-02", dateTerminated: null, parties: [] },
    entries,
    documents,
    rulings,
  };
}

test("assembleCase: rulings joined to motion entries with days to decision; pending motions", () => {
  const entries = [
    entry("1", "2020-01-02", "COMPLAINT against Acme", [], 0),
    entry("10", "2020-02-01", "MOTION to Dismiss by Acme", [], 1),
    entry("11", "2020-02-03", "MOTION to Strike by Acme", [], 2),
    entry("12", "2020-02-10", "RESPONSE in Opposition re 10 MOTION to Dismiss", ["10"], 3),
    entry("13", "2020-02-20", "MOTION for Sanctions by Ann Poe", [], 4),
    entry("14", "2020-03-02", "ORDER on motions. Signed by Judge Jo Roe", ["10"], 5),
    entry("15", "2020-03-05", "NOTICE of Withdrawal of 13 MOTION for Sanctions", ["13"], 6),
    entry("16", "2020-03-09", "MOTION for Reconsideration by Acme", [], 7),
  ];
  const documents = [
    doc(1, { kind: "docket-report", docket: true }),
    doc(2, { title: "ORDER ON MOTION TO DISMISS", stamp: { document: "14", attachment: null, filed: "2020-03-02" }, date: "2020-03-02" }),
    doc(3, { kind: "brief", title: "Opposition", stamp: { document: "12", attachment: null, filed: "2020-02-10" } }),
  ];
  const detail = assembleCase({
    ...rows(entries, documents, [
      // the order names no motion: its entry refers to one motion only
      { docId: 2, disposition: "granted", request: "motion to dismiss", motionDocket: [], docketEntry: null, recommended: false },
      // a magistrate judge's recommendation decides nothing
      { docId: 2, disposition: "denied", request: "motion to strike", motionDocket: ["11"], docketEntry: null, recommended: true },
    ]),
    recordCites: [
      { docId: 2, citation: 0, text: "Doc. No. 12", document: "12", attachment: null },
      { docId: 2, citation: 1, text: "Doc. No. 10-1", document: "10", attachment: "1" },
    ],
  });
  assert.equal(detail.id, "casd:3:20-cv-00001");
  assert.deepEqual(
    detail.rulings.map((r) => [r.disposition, r.entry, r.motionEntry, r.filed, r.decided, r.daysToDecision, r.document]),
    [["granted", "14", "10", "2020-02-01", "2020-03-02", 30, 2]],
  );
  assert.deepEqual(
    detail.entries.filter((e) => e.documents.length).map((e) => [e.number, e.documents.map((d) => d.id)]),
    [
      ["12", [3]],
      ["14", [2]],
    ],
  );
  // 11 undecided, 13 withdrawn, 16 filed last
  assert.deepEqual(
    detail.pendingMotions.map((p) => [p.entry, p.filed]),
    [
      ["11", "2020-02-03"],
      ["16", "2020-03-09"],
    ],
  );
  assert.deepEqual(
    detail.recordCites.map((c) => [c.text, c.entry, c.attachment, c.target]),
    [
      ["Doc. No. 12", "12", null, 3],
      ["Doc. No. 10-1", "10", "1", null],
    ],
  );
});

test("assembleCase: a docket line's ruling and the order's own are one decision; the order's wins", () => {
  const entries = [entry("49", "2019-08-01", "EX PARTE MOTION for Leave", [], 0), entry("50", "2019-08-14", "ORDER DENYING [Doc. No. 49]", ["49"], 1)];
  const documents = [doc(1, { kind: "docket-report", docket: true }), doc(2, { stamp: { document: "50", attachment: null, filed: "2019-08-14" } })];
  const detail = assembleCase(
    rows(entries, documents, [
      { docId: 1, disposition: "denied", request: "MOTION FOR LEAVE [Doc", motionDocket: [], docketEntry: "50", recommended: false },
      { docId: 2, disposition: "denied", request: "Plaintiff's ex parte motion for leave", motionDocket: ["49"], docketEntry: null, recommended: false },
    ]),
  );
  assert.deepEqual(
    detail.rulings.map((r) => [r.request, r.entry, r.motionEntry, r.daysToDecision, r.document]),
    [["Plaintiff's ex parte motion for leave", "50", "49", 13, 2]],
  );
  assert.deepEqual(detail.pendingMotions, []);
});
