// The seed order, end to end: every fact examples/linlor-v-futero.expected.json lists
// must come out of `read`, with the same tolerance the project's scorer applies.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import type { Citation, Reading } from "../../src/model/types.js";
import { read } from "../../src/read.js";

interface Gold {
  caption: { court: string; caseNumber: string[]; parties: { name: string; role: string; proSe?: boolean }[]; titleContains: string; docketRefs: string[] };
  date: string;
  judge: string;
  cases: { volume: string; reporter: string; page: string; pin: string; year: number; court: string; name: string }[];
  shortCases: { volume: string; reporter: string; pin: string; antecedent: { volume: string; page: string } }[];
  ids: { pin: string | null; antecedent: { kind: string; volume?: string; page?: string; document?: string; attachment?: string } }[];
  statutes: { title: string; section: string }[];
  rules: string[];
  records: string[];
  rulings: { disposition: string; about: string }[];
  events: { date: string; docket?: string[] }[];
  textMustContain: string[];
}

const gold: Gold = JSON.parse(readFileSync(new URL("../../examples/linlor-v-futero.expected.json", import.meta.url), "utf8"));
const norm = (s: unknown) =>
  String(s ?? "")
    .normalize("NFKC")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
const pin = (s: string | null | undefined) => (s == null ? null : norm(s).replace(/^at\s+/, "").replace(/\*\s+/, "*").replace(/[\u2013\u2014]/g, "-"));
const rep = (s: unknown) => norm(s).replace(/\s+/g, "");

let reading: Reading;
const path = new URL("../../examples/linlor-v-futero.txt", import.meta.url);
test.before(async () => {
  reading = await read({ path: "examples/linlor-v-futero.txt", bytes: new Uint8Array(readFileSync(path)) });
});
const at = (c: Citation) => (c.antecedent == null ? null : reading.citations[c.antecedent]);

test("caption", () => {
  const cap = reading.caption;
  assert.equal(cap.court?.id, gold.caption.court);
  assert.equal(cap.caseNumber?.normalized, gold.caption.caseNumber[0]);
  for (const p of gold.caption.parties) {
    const hit = cap.parties.find((q) => norm(q.name) === norm(p.name));
    assert.ok(hit, `party ${p.name} in ${JSON.stringify(cap.parties)}`);
    assert.equal(hit.role, p.role);
    if (p.proSe !== undefined) assert.equal(Boolean(hit.proSe), p.proSe, p.name);
  }
  assert.ok(norm(cap.title).includes(norm(gold.caption.titleContains)), String(cap.title));
  assert.deepEqual(cap.docketRefs, gold.caption.docketRefs);
});

test("date and judge", () => {
  assert.equal(reading.date, gold.date);
  assert.equal(reading.judge?.name, gold.judge);
  assert.equal(reading.judge?.title, "United States District Judge");
});

test("every full case citation, with pin, year, court and name", () => {
  const cases = reading.citations.filter((c) => c.kind === "case");
  assert.equal(cases.length, gold.cases.length);
  for (const g of gold.cases) {
    const c = cases.find((x) => x.volume === g.volume && rep(x.reporter) === rep(g.reporter) && x.page === g.page);
    assert.ok(c, `${g.volume} ${g.reporter} ${g.page}`);
    assert.equal(pin(c.pin), pin(g.pin), `pin of ${c.text}`);
    assert.equal(c.year, g.year, `year of ${c.text}`);
    assert.equal(c.court, g.court, `court of ${c.text}`);
    assert.equal(norm(c.caseName), norm(g.name), `name of ${c.text}`);
  }
});

test("short case citations resolve to their full citation", () => {
  const pool = reading.citations.filter((c) => c.kind === "case-short");
  assert.equal(pool.length, gold.shortCases.length);
  for (const g of gold.shortCases) {
    const i = pool.findIndex((x) => x.volume === g.volume && rep(x.reporter) === rep(g.reporter) && pin(x.pin) === pin(g.pin));
    assert.ok(i >= 0, `${g.volume} ${g.reporter} at ${g.pin}`);
    const t = at(pool[i]);
    assert.equal(t?.kind, "case");
    assert.equal(t?.volume, g.antecedent.volume);
    assert.equal(t?.page, g.antecedent.page);
    pool.splice(i, 1);
  }
});

test("every Id. resolves to the citation just before it, record cites too", () => {
  const ids = reading.citations.filter((c) => c.kind === "id");
  assert.equal(ids.length, gold.ids.length);
  gold.ids.forEach((g, n) => {
    const c = ids[n];
    assert.equal(pin(c.pin), pin(g.pin), `Id. #${n + 1} pin`);
    const t = at(c);
    assert.ok(t, `Id. #${n + 1} has an antecedent`);
    assert.equal(t.kind, g.antecedent.kind, `Id. #${n + 1} kind`);
    if (g.antecedent.kind === "record") {
      assert.equal(t.document, g.antecedent.document);
      assert.equal(t.attachment ?? "", g.antecedent.attachment ?? "");
    } else {
      assert.equal(t.volume, g.antecedent.volume);
      assert.equal(t.page, g.antecedent.page);
    }
  });
});

test("statutes, rules and record cites", () => {
  for (const g of gold.statutes) assert.ok(reading.citations.some((c) => c.kind === "statute" && c.title === g.title && c.section === g.section), `28 U.S.C. § ${g.section}`);
  for (const r of gold.rules) assert.ok(reading.citations.some((c) => c.kind === "rule" && c.rule === r && /civ/i.test(c.body ?? "")), `Rule ${r}`);
  const docs = new Set(reading.citations.filter((c) => c.kind === "record").map((c) => (c.attachment ? `${c.document}-${c.attachment}` : c.document)));
  assert.deepEqual([...docs].sort(), [...gold.records].sort());
  const bare = reading.citations.filter((c) => c.kind === "statute-short");
  assert.ok(bare.length > 0 && bare.every((c) => c.antecedent != null && reading.citations[c.antecedent].title === "28"), "every bare § resolves to Title 28");
});

test("what was decided", () => {
  for (const g of gold.rulings) {
    const re = new RegExp(g.about, "i");
    assert.ok(
      reading.rulings.some((r) => r.disposition === g.disposition && re.test(`${r.request} ${r.text}`)),
      `${g.disposition} ~ ${g.about} in ${JSON.stringify(reading.rulings.map((r) => [r.disposition, r.request]))}`,
    );
  }
  for (const r of reading.rulings) assert.ok(r.motion.docket.includes("49"), `ruling "${r.request}" is tied to Doc. No. 49`);
});

test("what happened when", () => {
  for (const g of gold.events) {
    assert.ok(
      reading.events.some((e) => e.date === g.date && (g.docket ?? []).every((d) => e.docket.includes(d))),
      `event ${g.date} ${g.docket ?? ""} in ${JSON.stringify(reading.events.map((e) => [e.date, e.docket]))}`,
    );
  }
});

test("clean text: cites whole across lines and pages, no margin numbers", () => {
  for (const s of gold.textMustContain) assert.ok(norm(reading.text).includes(norm(s)), s);
  assert.doesNotMatch(reading.text, /\n\d{1,2} /);
  assert.doesNotMatch(reading.text, /\*\*|\*Id\.\*/);
});

test("every citation maps back to its page and line", () => {
  const tripati = reading.citations.find((c) => c.kind === "case" && c.page === "205");
  assert.deepEqual(tripati?.loc, { page: 2, line: 28 });
  for (const c of reading.citations) assert.equal(reading.text.slice(c.start, c.end), c.text);
});

test("rulings and events carry the printed page and line", () => {
  const reconsider = reading.rulings.find((r) => r.requestType === "reconsideration");
  assert.deepEqual(reconsider?.loc, { page: 3, line: 19 });
  const stay = reading.rulings.find((r) => r.disposition === "denied-as-moot");
  assert.deepEqual(stay?.loc, { page: 6, line: 28 });
  const filed = reading.events.find((e) => e.date === "2018-03-16");
  assert.deepEqual(filed?.loc, { page: 2, line: 2 });
});
