import assert from "node:assert/strict";
import { test } from "node:test";
import { caseRecognizer } from "../../src/cite/recognizers/case.js";
import type { Candidate } from "../../src/cite/recognizer.js";
import { editionForYear } from "../../src/cite/tables/reporters.js";
import { annotate, run } from "./annotate.js";

type Expect = Partial<Candidate>;
/** A row: input, annotated output, fields of the cite at `index` (the first by default). */
const row = (input: string, annotated: string, fields: Expect, index = 0): [string, string, Expect, number] => [input, annotated, fields, index];

const TABLE: [string, string, Expect, number][] = [
  // A comma right after the reporter, as older opinions print it.
  row("foo 1 U.S., 1 bar", "foo <c>1 U.S., 1</c> bar", { volume: "1", reporter: "U.S.", page: "1", court: "scotus" }),
  row("Hollister v. State, 9 Idaho, 8, 71 P. 541, said", "Hollister v. State, <c>9 Idaho, 8</c>, <c>71 P. 541</c>, said",
    { reporter: "Idaho", page: "8", plaintiff: "Hollister", parallel: [1] }),
  row("Marbury v. Madison, 1 Cranch, 137, 177 (1803)", "Marbury v. Madison, <c>1 Cranch, 137, 177</c> (1803)", { page: "137", pin: "177", year: 1803 }),
  // The Tax Court's numbered opinions.
  row("the 1 T.C. No. 233", "the <c>1 T.C. No. 233</c>", { reporter: "T.C. No.", page: "233", court: "tax" }),
  // Nominative reporters.
  row("Something v. Else, 1 Miles 3; 1 Miles 10", "Something v. Else, <c>1 Miles 3</c>; <c>1 Miles 10</c>", { reporter: "Miles", plaintiff: "Something", defendant: "Else" }),
  row("Com. v. Doe, 4 Yeates 267, 269", "Com. v. Doe, <c>4 Yeates 267, 269</c>", { reporter: "Yeates", court: "pa" }),
  // A spelling several reporters share, settled by the year.
  row("1 P.R. 1 (1831)", "<c>1 P.R. 1</c> (1831)", { reporter: "Pen. & W.", reporterFound: "P.R.", court: "pa", year: 1831 }),
  row("1 P.R. 1 (1950)", "<c>1 P.R. 1</c> (1950)", { reporter: "P.R.R.", court: "pr" }),
  row("1 Johnson 1 (1890)", "<c>1 Johnson 1</c> (1890)", { reporter: "N.M. (J.)", court: "nm" }),
  row("1 Johnson 1 (1810)", "<c>1 Johnson 1</c> (1810)", { reporter: "Johns.", court: "ny" }),
  // Louisiana's docket cites: the court and date in the parentheses.
  row("blah blah, 2009 12345 (La.App. 1 Cir. 05/10/10). blah", "blah blah, <c>2009 12345</c> (La.App. 1 Cir. 05/10/10). blah",
    { volume: "2009", reporter: "La.App. 1 Cir.", page: "12345", court: "lactapp", year: 2010 }),
  row("Smith v. Jones, 2009-1234 (La. 5/10/10), 36 So. 3d 1, 5.", "Smith v. Jones, <c>2009-1234</c> (La. 5/10/10), <c>36 So. 3d 1, 5</c>.",
    { pin: "5", caseName: "Smith v. Jones", year: 2010, parallel: [0] }, 1),
  row("Lake Hosp. v. Vanner, 95-0754, p. 3 (La.App. 1 Cir. 12/15/95), 669 So.2d 463, 464;", "Lake Hosp. v. Vanner, 95-0754, p. 3 (La.App. 1 Cir. 12/15/95), <c>669 So.2d 463, 464</c>;",
    { plaintiff: "Lake Hosp.", defendant: "Vanner", docketNumber: "95-0754" }),
  // Looseleaf services, cited by paragraph.
  row("blah blah Bankr. L. Rep. (CCH) P12,345. blah", "blah blah <c>Bankr. L. Rep. (CCH) P12,345</c>. blah",
    { volume: null, reporter: "Bankr. L. Rep.", reporterFound: "Bankr. L. Rep. (CCH)", page: "12,345" }),
  row("In re X, 5 Fed. Sec. L. Rep. (CCH) ¶ 98,123 (S.D.N.Y. 1990)", "In re X, <c>5 Fed. Sec. L. Rep. (CCH) ¶ 98,123</c> (S.D.N.Y. 1990)",
    { volume: "5", reporter: "Fed. Sec. L. Rep.", page: "98,123", court: "nysd", caseName: "In re X" }),
  // Georgia's parallel in parentheses after the division number.
  row("see also Harper v. State, 286 Ga. 216, 218 (1) (686 SE2d 786) (2009)", "see also Harper v. State, <c>286 Ga. 216, 218</c> (1) (<c>686 SE2d 786</c>) (2009)",
    { reporter: "S.E.2d", plaintiff: "Harper", defendant: "State", year: 2009, parallel: [0] }, 1),
];

test("case forms: table", () => {
  for (const [input, annotated, fields, index] of TABLE) {
    const got = run(caseRecognizer, input);
    assert.equal(annotate(input, got), annotated, input);
    const c = got[index];
    for (const [k, v] of Object.entries(fields)) assert.deepEqual(c[k as keyof Candidate], v, `${input} → ${k}`);
  }
});

test("case forms: what must not be read as these forms", () => {
  const none = [
    "He walked 1 Miles away, then 2 more.",
    "In 2009 12345 people (La. residents) moved.",
    "Bankr. L. Rep. (CCH) is a looseleaf service.",
    "Some Service (CCH) ¶ 12,345 is not a known reporter.",
    "See section 5 (1) (a) of the act.",
    "the 1 T.C. Nos. were",
  ];
  for (const text of none) assert.deepEqual(run(caseRecognizer, text), [], text);
  // A comma after the reporter never swallows the next cite's volume.
  const got = run(caseRecognizer, "Saucier, 533 U.S., 121 S. Ct. 2151");
  assert.deepEqual(got.map((c) => c.text), ["121 S. Ct. 2151"]);
});

test("case forms: year settles only an ambiguous spelling it singles out", () => {
  const cases: [found: string, year: number | null, edition: string | null][] = [
    ["P.R.", 1831, "Pen. & W."], ["P.R.", 1960, "P.R.R."], ["P.R.", 1850, null], ["P.R.", null, null], ["F.2d", 1950, null], ["Johnson", 1870, "N.M. (J.)"],
  ];
  for (const [found, year, edition] of cases) assert.equal(editionForYear(found, year)?.name ?? null, edition, `${found} ${year}`);
});
