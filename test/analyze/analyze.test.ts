import assert from "node:assert/strict";
import { test } from "node:test";
import { analyze } from "../../src/analyze/index.js";
import type { Citation } from "../../src/model/types.js";
import { makeDocument, makeStamp } from "./factory.js";

const caption = "UNITED STATES DISTRICT COURT\n\nDISTRICT OF ARIZONA\n\nJANE ROE,\n\nPlaintiff,\n\nv.\n\nACME CORP.,\n\nDefendant.\n\nNo. CV-19-01234-PHX-DLR\n\nORDER\n\n";
const body =
  "Before the Court is Defendant's Motion to Dismiss, which the parties have fully briefed and which the Court decides without oral argument for the reasons below. (Doc. 12.) On May 1, 2019, Plaintiff filed her Complaint. (Doc. 1.)\n\nIT IS ORDERED that Defendant's Motion to Dismiss (Doc. 12) is GRANTED.";

test("the whole reading: schema, caption, rulings, events, date from the stamp when unsigned", () => {
  const doc = makeDocument(caption + body, { stamp: makeStamp("2:19-cv-01234-DLR", { filed: "2019-09-30" }) });
  const r = analyze(doc, []);
  assert.equal(r.schema, "casefile/1");
  assert.equal(r.caption.court?.id, "azd");
  assert.equal(r.caption.caseNumber?.normalized, "2:19-cv-01234-DLR");
  assert.deepEqual(r.caption.parties.map((p) => [p.name, p.role]), [["Jane Roe", "plaintiff"], ["Acme Corp.", "defendant"]]);
  assert.equal(r.caption.title, "ORDER");
  assert.deepEqual(r.rulings.map((x) => [x.disposition, x.requestType, x.motion.docket]), [["granted", "dismissal", ["12"]]]);
  assert.deepEqual(r.events.map((e) => [e.date, e.docket, e.type]), [["2019-05-01", ["1"], "filing"]]);
  assert.equal(r.date, "2019-09-30");
  assert.equal(r.judge, null);
  assert.ok(r.findings.some((f) => f.code === "analyze.date-from-stamp"));
  assert.equal(r.text, doc.text);
});

test("record citations from the citation core name the docket entries", () => {
  const text = caption + "The Court DENIES the motion to stay. See Motion, ECF 7.\n\nIT IS SO ORDERED.";
  const at = text.indexOf("ECF 7");
  const record: Citation = { kind: "record", text: "ECF 7", start: at, end: at + 5, document: "7", antecedent: null };
  const r = analyze(makeDocument(text), [record]);
  assert.deepEqual(r.rulings.map((x) => x.motion.docket), [["7"]]);
});

test("a document with no caption and no rulings reads as empty, with findings", () => {
  const r = analyze(makeDocument("Notes from a meeting about the schedule, which was discussed at length by everyone who attended it and agreed upon by all."), []);
  assert.equal(r.caption.court, null);
  assert.equal(r.caption.caseNumber, null);
  assert.deepEqual(r.rulings, []);
  assert.deepEqual(r.events, []);
  assert.equal(r.date, null);
  assert.ok(r.findings.some((f) => f.code === "analyze.no-court"));
});
