// The seed order through the whole pipeline: every caption, ruling, event, date and judge
// value the project's gold file lists for it (values copied here so the test stands alone).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import type { Reading } from "../../src/model/types.js";
import { read } from "../../src/read.js";

const norm = (s: unknown) => String(s ?? "").replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, " ").trim().toLowerCase();

let reading: Reading;
test.before(async () => {
  const path = new URL("../../examples/linlor-v-futero.txt", import.meta.url);
  reading = await read({ path: "examples/linlor-v-futero.txt", bytes: new Uint8Array(readFileSync(path)) });
});

test("seed caption", () => {
  const c = reading.caption;
  assert.equal(c.court?.id, "casd");
  assert.equal(c.caseNumber?.raw, "17cv218-MMA (BLM)");
  assert.equal(c.caseNumber?.normalized, "3:17-cv-00218-MMA-BLM");
  assert.deepEqual(c.parties, [
    { name: "James Linlor", role: "plaintiff", proSe: true },
    { name: "Futero, Inc.", role: "defendant" },
    { name: "Does 1-9", role: "defendant", doe: true },
  ]);
  assert.ok(norm(c.title).includes(norm("EX PARTE MOTION FOR MODIFICATION TO ORDER TO PERMIT INTERLOCUTORY APPEAL")), String(c.title));
  assert.deepEqual(c.docketRefs, ["49"]);
});

test("seed date and judge", () => {
  assert.equal(reading.date, "2018-04-05");
  assert.deepEqual(reading.judge, { name: "Michael M. Anello", title: "United States District Judge" });
});

test("seed rulings", () => {
  const r = reading.rulings;
  const find = (about: RegExp) => r.find((x) => about.test(x.request));
  const reconsider = find(/reconsider/);
  assert.equal(reconsider?.disposition, "denied");
  assert.equal(reconsider?.requestType, "reconsideration");
  assert.deepEqual(reconsider?.motion.docket, ["49"]);
  const certify = find(/certification/);
  assert.equal(certify?.disposition, "denied");
  assert.equal(certify?.requestType, "interlocutory-appeal");
  const stay = find(/stay/);
  assert.equal(stay?.disposition, "denied-as-moot");
  assert.equal(stay?.requestType, "stay");
  assert.equal(stay?.inFootnote, true);
  const whole = find(/ex parte motion for modification/);
  assert.equal(whole?.disposition, "denied");
  assert.deepEqual(whole?.motion.docket, ["49"]);
  // nothing from the history of the March 22 order or from the cited cases
  assert.equal(r.length, 4, JSON.stringify(r.map((x) => x.request)));
  for (const x of r) assert.equal(reading.text.slice(x.start, x.end), x.text);
});

test("seed events", () => {
  assert.deepEqual(
    reading.events.map((e) => [e.date, e.docket]),
    [
      ["2017-01-04", []],
      ["2017-01-13", []],
      ["2017-07-28", []],
      ["2017-12-27", []],
      ["2018-03-16", ["44", "46"]],
      ["2018-03-22", ["47"]],
    ],
  );
  assert.equal(reading.events[4].type, "filing");
  assert.equal(reading.events[5].type, "order");
  for (const e of reading.events) assert.equal(reading.text.slice(e.start, e.end), e.text);
});
