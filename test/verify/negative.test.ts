import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import type { Citation, Reading } from "../../src/model/types.js";
import { verify } from "../../src/verify/index.js";
import { caseCite, makeReading, recordCite, shortCite, type CiteSpec } from "./factory.js";

interface SeedGold {
  date: string;
  cases: { volume: string; reporter: string; page: string; pin: string; year: number; court: string; name: string }[];
  shortCases: { volume: string; reporter: string; pin: string; antecedent: { volume: string; page: string } }[];
  records: string[];
}

const gold: SeedGold = JSON.parse(readFileSync(new URL("../../examples/linlor-v-futero.expected.json", import.meta.url), "utf8"));

/** The seed order's citations, as a correct reading of it holds them. */
function seedReading(): Reading {
  const specs: CiteSpec[] = gold.cases.map((c) =>
    caseCite(`${c.volume} ${c.reporter} ${c.page}`, { pin: c.pin, year: c.year, yearProvenance: "stated", court: c.court, courtProvenance: "stated", caseName: c.name }),
  );
  for (const s of gold.shortCases) {
    const antecedent = specs.findIndex((c) => c.volume === s.antecedent.volume && c.page === s.antecedent.page);
    specs.push(shortCite("case-short", `${s.volume} ${s.reporter} at ${s.pin}`, antecedent, { volume: s.volume, reporter: s.reporter, pin: s.pin }));
  }
  for (const doc of gold.records) specs.push(recordCite(`Doc. No. ${doc}`, doc));
  specs.push(shortCite("id", "Id. at 3-4", specs.length - 1, { pin: "3-4" }));
  return makeReading(specs, { date: gold.date, document: "50" });
}

test("the seed order's citations yield no finding", () => {
  const reading = seedReading();
  assert.equal(reading.citations.filter((c: Citation) => c.kind === "case").length, 12);
  assert.deepEqual(verify(reading), []);
});

/** The reading with its text replaced and its one citation placed where its text now is. */
function withText(reading: Reading, text: string): Reading {
  const c = reading.citations[0];
  const start = text.indexOf(c.text);
  return { ...reading, text, citations: [{ ...c, start, end: start + c.text.length }] };
}

/** Readings in which nothing is wrong, each close to a rule's edge. */
const CLEAN: [string, Reading][] = [
  ["no citations at all", makeReading([])],
  ["a court of appeals in its first year", makeReading([caseCite("662 F.2d 1200, 1205 (11th Cir. 1981)", { court: "ca11" })])],
  ["a reporter's first year", makeReading([caseCite("1 F.3d 1, 5 (9th Cir. 1993)", { court: "ca9" })])],
  ["a decision from the year before an edition began", makeReading([caseCite("1 F.3d 1, 5 (9th Cir. 1992)", { court: "ca9" })])],
  ["a reporter still published", makeReading([caseCite("85 F. Supp. 3d 1063, 1067 (D. Ariz. 2015)", { court: "azd" })])],
  ["a year given by inference, not stated", makeReading([caseCite("845 F.2d 205", { year: 2010, yearProvenance: "inferred" })])],
  ["a Westlaw number one year from the decision", makeReading([caseCite("2004 WL 3030121, at *1 (C.D. Cal. 2003)", { court: "cacd" })])],
  ["a star pin on Westlaw", makeReading([caseCite("2008 WL 426510, at *3 (D. Or. 2008)", { court: "ord" })])],
  ["a date on the document's own day", makeReading([caseCite("2018 WL 1234567, at *2", { date: "2018-04-05", court: "casd" })], { date: "2018-04-05" })],
  ["no document date", makeReading([caseCite("10 F.4th 100, 104 (9th Cir. 2030)", { court: "ca9" })], { date: null })],
  ["F.2d printing a district court before F. Supp. began", makeReading([caseCite("10 F.2d 100, 101 (S.D.N.Y. 1925)", { court: "nysd" })])],
  ["B.R. printing a bankruptcy appellate panel", makeReading([caseCite("300 B.R. 10, 12 (B.A.P. 9th Cir. 2003)", { court: "bap9" })])],
  ["F.R.D. printing a court of appeals", makeReading([caseCite("200 F.R.D. 10, 12 (2d Cir. 2001)", { court: "ca2" })])],
  ["F. Supp. printing the Court of International Trade", makeReading([caseCite("100 F. Supp. 2d 10, 12 (Ct. Int'l Trade 2000)", { court: "cit" })])],
  ["a regional reporter in its region", makeReading([caseCite("100 P.3d 50, 55 (Cal. 2004)", { court: "cal" })])],
  ["a state reporter with its own intermediate court", makeReading([caseCite("30 Cal. App. 4th 100, 105 (Cal. Ct. App. 1994)", { court: "calctapp" })])],
  ["a court inferred from the reporter", makeReading([caseCite("554 U.S. 471, 485", { court: "ca9", courtProvenance: "inferred" })])],
  ["an unknown court id", makeReading([caseCite("85 F. Supp. 3d 1063, 1067 (Xyz. 2015)", { court: "xyz" })])],
  ["an unknown reporter", makeReading([caseCite("12 Foo. Rptr. 7, 9 (1950)")])],
  [
    "a short form pinned in its parallel reporter",
    makeReading([
      caseCite("400 Md. 300, 310 (2007)", { court: "md", parallel: [1] }),
      caseCite("920 A.2d 50, 60 (2007)", { court: "md", parallel: [0] }),
      shortCite("case-short", "920 A.2d at 61", 0, { volume: "920", reporter: "A.2d", pin: "61" }),
      shortCite("id", "Id. at 62", 1, { pin: "62" }),
    ]),
  ],
  ["a pin on the first page", makeReading([caseCite("845 F.2d 205, 205 (9th Cir. 1988)", { court: "ca9" })])],
  ["a pin that is a paragraph", makeReading([caseCite("845 F.2d 205, ¶ 3 (9th Cir. 1988)", { court: "ca9" })])],
  ["a dropped-digit range over a round number", makeReading([caseCite("500 F.2d 1050, 1099-00 (9th Cir. 1974)", { court: "ca9" })])],
  ["a dropped-digit range", makeReading([caseCite("219 F.3d 647, 675-77 (7th Cir. 2000)", { court: "ca7" })])],
  ["a slip opinion page", makeReading([caseCite("590 U.S. ___, 12 (2020)", { court: "scotus", page: "___" })], { date: "2021-01-01" })],
  ["an Id. of a record cite, pinned low", makeReading([recordCite("Doc. No. 47", "47"), shortCite("id", "Id. at 3", 0, { pin: "3" })], { document: "50" })],
  ["a record cite to an earlier entry", makeReading([recordCite("Doc. No. 49-1 at 2-3", "49", { attachment: "1" })], { document: "50" })],
  ["a record cite to the document itself", makeReading([recordCite("Doc. No. 50", "50")], { document: "50" })],
  ["a record cite on another case's docket", withText(makeReading([recordCite("ECF No. 50", "50")], { document: "19" }), "See Smith v. Jones, No. 2:15-cv-1234-AB, ECF No. 50.")],
  ["a record cite to another appeal", withText(makeReading([recordCite("Docket Entry No. 20", "20")], { document: "19" }), "Compare Case No. 21-12345, Docket Entry No. 20 at 8.")],
  ["a record cite with no stamp to compare", makeReading([recordCite("ECF No. 120", "120")])],
  [
    "a short form whose earlier full cite the resolver missed",
    makeReading([caseCite("673 F.2d 1020 (9th Cir. 1982)", { court: "ca9" }), shortCite("case-short", "673 F. 2d at 1026", null, { volume: "673", reporter: "F. 2d", pin: "1026" })]),
  ],
  ["a supra pointing at a footnote", makeReading([shortCite("supra", "Doe I, supra note 12", null)])],
  ["a full case cite with no antecedent", makeReading([caseCite("845 F.2d 205 (9th Cir. 1988)", { court: "ca9" })])],
  [
    "parallel cites that agree",
    makeReading([caseCite("554 U.S. 471, 485 (2008)", { court: "scotus", parallel: [1] }), caseCite("128 S. Ct. 2605 (2008)", { court: "scotus", parallel: [0] })]),
  ],
  ["one case cited twice alike", makeReading([caseCite("845 F.2d 205, 206 (9th Cir. 1988)", { court: "ca9" }), caseCite("845 F.2d 205, 207 (9th Cir. 1988)", { court: "ca9" })])],
  ["a real title of the U.S. Code", makeReading([{ kind: "statute", text: "28 U.S.C. § 1292(b)", title: "28", code: "U.S.C.", section: "1292", subsection: "(b)" }])],
  ["a state code with a large title", makeReading([{ kind: "statute", text: "Okla. Stat. tit. 85, § 1", title: "85", code: "Okla. Stat.", section: "1" }])],
  ["a rule whose body came from context", makeReading([{ kind: "rule", text: "Rule 30(b)(6)", body: "Fed. R. Evid.", rule: "30", subdivision: "(b)(6)" }])],
  [
    "a body date misread earlier than the filed stamp",
    makeReading([caseCite("45 F.4th 500, 505 (6th Cir. 2022)", { court: "ca6" })], { date: "2021-02-01", filed: "2023-05-10", document: "60" }),
  ],
  ["a decimal Civil Rule", makeReading([{ kind: "rule", text: "Fed. R. Civ. P. 23.1", body: "Fed. R. Civ. P.", rule: "23.1" }])],
  ["an Evidence Rule", makeReading([{ kind: "rule", text: "Fed. R. Evid. 803(6)", body: "Fed. R. Evid.", rule: "803", subdivision: "(6)" }])],
  ["a Bankruptcy Rule", makeReading([{ kind: "rule", text: "Fed. R. Bankr. P. 9023", body: "Fed. R. Bankr. P.", rule: "9023" }])],
  ["a local rule verify knows nothing of", makeReading([{ kind: "rule", text: "Civ. L.R. 7.1", body: "Civ. L.R.", rule: "7.1" }])],
];

test("verify finds nothing in readings that are right", () => {
  for (const [what, reading] of CLEAN) assert.deepEqual(verify(reading), [], what);
});

test("a number followed by a word is not measured as a pin", () => {
  // "250 P. 1000, 80 C.A. 400": 80 is the volume of a parallel cite.
  const reading = makeReading([caseCite("250 P. 1000, 80", { pin: "80", year: null })]);
  reading.text = reading.text.replace("250 P. 1000, 80. ", "250 P. 1000, 80 C.A. 400. ");
  assert.deepEqual(verify(reading), []);
});

test("verify reads a reading with missing and odd fields without throwing", () => {
  const odd = makeReading([
    { kind: "case", text: "F.2d" },
    { kind: "id", text: "Id.", antecedent: 0, pin: "" },
    { kind: "record", text: "Doc.", document: null },
    { kind: "case-short", text: "at 5", antecedent: 99, pin: "5" },
  ]);
  const codes = verify(odd).map((f) => f.code);
  assert.deepEqual(codes, ["cite.antecedent-invalid"]);
});
