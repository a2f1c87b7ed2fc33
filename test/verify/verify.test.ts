import assert from "node:assert/strict";
import { test } from "node:test";
import type { Reading } from "../../src/model/types.js";
import { verify } from "../../src/verify/index.js";
import { caseCite, makeReading, recordCite, shortCite } from "./factory.js";

/** [what is wrong, reading, expected (code, citation index) pairs]. */
const CASES: [string, Reading, [string, number][]][] = [
  ["F.2d year after the edition ended", makeReading([caseCite("845 F.2d 205, 206 (9th Cir. 1998)", { court: "ca9" })]), [["cite.year-out-of-range", 0]]],
  ["F.3d year long before the edition began", makeReading([caseCite("342 F.3d 934, 945 (9th Cir. 1983)", { court: "ca9" })]), [["cite.year-out-of-range", 0]]],
  ["So. 2d year before the edition began", makeReading([caseCite("150 So. 2d 300, 302 (Ala. 1935)", { court: "ala" })]), [["cite.year-out-of-range", 0]]],
  ["a year after the document's date", makeReading([caseCite("852 F.3d 884, 898 (9th Cir. 2019)", { court: "ca9" })], { date: "2018-04-05" }), [["cite.future-date", 0]]],
  [
    "a Westlaw date after the document's date",
    makeReading([caseCite("2018 WL 1234567, at *2", { date: "2018-06-01", court: "casd" })], { date: "2018-04-05" }),
    [["cite.future-date", 0]],
  ],
  [
    "a year after both the signed and the filed date",
    makeReading([caseCite("45 F.4th 500, 505 (6th Cir. 2024)", { court: "ca6" })], { date: "2021-02-01", filed: "2023-05-10", document: "60" }),
    [["cite.future-date", 0]],
  ],
  ["a Westlaw number years from the stated year", makeReading([caseCite("2004 WL 3030121, at *1 (C.D. Cal. 2009)", { court: "cacd" })]), [["cite.database-year-mismatch", 0]]],
  ["F. Supp. with a court of appeals", makeReading([caseCite("85 F. Supp. 3d 1063, 1067 (9th Cir. 2015)", { court: "ca9" })]), [["cite.court-reporter-mismatch", 0]]],
  ["F.3d with a district court", makeReading([caseCite("342 F.3d 934, 945 (D. Ariz. 2003)", { court: "azd" })]), [["cite.court-reporter-mismatch", 0]]],
  ["U.S. with a court of appeals", makeReading([caseCite("554 U.S. 471, 485 (2d Cir. 2008)", { court: "ca2" })]), [["cite.court-reporter-mismatch", 0]]],
  ["a regional reporter with a state outside its region", makeReading([caseCite("100 P.3d 50, 55 (N.Y. 2004)", { court: "ny" })]), [["cite.court-reporter-mismatch", 0]]],
  ["a state reporter with another state's court", makeReading([caseCite("30 Cal. 4th 100, 105 (Tex. 2003)", { court: "tex" })]), [["cite.court-reporter-mismatch", 0]]],
  ["a court of appeals before it existed", makeReading([caseCite("500 F.2d 100, 105 (11th Cir. 1975)", { court: "ca11" })]), [["cite.court-not-established", 0]]],
  ["a pin before the first page", makeReading([caseCite("845 F.2d 205, 200 (9th Cir. 1988)", { court: "ca9" })]), [["cite.pin-before-page", 0]]],
  ["a pin far past the first page", makeReading([caseCite("560 U.S. 100, 10612 (2010)", { court: "scotus" })], { date: "2020-01-01" }), [["cite.pin-far-from-page", 0]]],
  ["a pin range that runs backwards", makeReading([caseCite("673 F.2d 1020, 1025-19 (9th Cir. 1982)", { court: "ca9" })]), [["cite.pin-range-reversed", 0]]],
  [
    "a short form pinned before its case's first page",
    makeReading([caseCite("673 F.2d 1020, 1025 (9th Cir. 1982)", { court: "ca9" }), shortCite("case-short", "673 F.2d at 1010", 0, { volume: "673", reporter: "F.2d", pin: "1010" })]),
    [["cite.pin-before-page", 1]],
  ],
  [
    "an Id. through a short form pinned before the case's first page",
    makeReading([
      caseCite("673 F.2d 1020, 1025 (9th Cir. 1982)", { court: "ca9" }),
      shortCite("case-short", "673 F.2d at 1026", 0, { volume: "673", reporter: "F.2d", pin: "1026" }),
      shortCite("id", "Id. at 6-7", 1, { pin: "6-7" }),
    ]),
    [["cite.pin-before-page", 2]],
  ],
  [
    "a name reference pinned before its case's first page",
    makeReading([caseCite("845 F.2d 205, 206 (9th Cir. 1988)", { court: "ca9" }), shortCite("reference", "Tripati at 20", 0, { pin: "20" })]),
    [["cite.pin-before-page", 1]],
  ],
  ["an Id. with nothing before it", makeReading([shortCite("id", "Id. at 3", null, { pin: "3" })]), [["cite.unresolved-short-form", 0]]],
  ["a supra with no antecedent", makeReading([shortCite("supra", "Smith, supra, at 5", null, { pin: "5" })]), [["cite.unresolved-short-form", 0]]],
  ["a short form with no antecedent", makeReading([shortCite("case-short", "673 F.2d at 1026", null, { volume: "673", reporter: "F.2d", pin: "1026" })]), [["cite.unresolved-short-form", 0]]],
  [
    "a short form before its full citation",
    makeReading([shortCite("case-short", "673 F.2d at 1026", null, { volume: "673", reporter: "F.2d", pin: "1026" }), caseCite("673 F.2d 1020 (9th Cir. 1982)", { court: "ca9" })]),
    [["cite.unresolved-short-form", 0]],
  ],
  ["an antecedent that points forward", makeReading([shortCite("id", "Id.", 1), caseCite("845 F.2d 205 (9th Cir. 1988)", { court: "ca9" })]), [["cite.antecedent-invalid", 0]]],
  ["a docket entry after the document's own", makeReading([recordCite("Doc. No. 49", "49"), recordCite("Doc. No. 52 at 3", "52")], { document: "50" }), [["record.future-entry", 1]]],
  [
    "parallel cites with different years",
    makeReading([caseCite("554 U.S. 471, 485 (2008)", { court: "scotus", parallel: [1] }), caseCite("128 S. Ct. 2605 (2007)", { court: "scotus", parallel: [0] })]),
    [["cite.parallel-inconsistent", 1]],
  ],
  [
    "the same case cited twice with different years",
    makeReading([caseCite("880 F.2d 400, 404 (1st Cir. 1979)", { court: "ca1" }), caseCite("880 F.2d 400, 405 (1st Cir. 1989)", { court: "ca1" })], { date: "1991-01-01" }),
    [["cite.repeated-inconsistent", 1]],
  ],
  ["a title of the U.S. Code that does not exist", makeReading([{ kind: "statute", text: "420 U.S.C. § 1234", title: "420", code: "U.S.C.", section: "1234" }]), [["statute.unknown-title", 0]]],
  ["a Civil Rule past the last", makeReading([{ kind: "rule", text: "Fed. R. Civ. P. 95(b)", body: "Fed. R. Civ. P.", rule: "95", subdivision: "(b)" }]), [["rule.unknown-number", 0]]],
  ["an Evidence Rule between articles", makeReading([{ kind: "rule", text: "Fed. R. Evid. 450", body: "Fed. R. Evid.", rule: "450" }]), [["rule.unknown-number", 0]]],
];

test("verify reports what looks wrong", () => {
  for (const [what, reading, expected] of CASES) {
    const found = verify(reading).map((f) => [f.code, f.citation] as [string, number]);
    assert.deepEqual(found, expected, what);
  }
});

test("a caption answering a later docket entry is reported without a citation", () => {
  const reading = makeReading([], { document: "50" });
  reading.caption.docketRefs = ["49", "51"];
  const findings = verify(reading);
  assert.deepEqual(findings.map((f) => [f.code, f.citation]), [["record.future-entry", undefined]]);
  assert.match(findings[0].message, /51/);
});

test("findings carry the citation's span, a severity and a message", () => {
  const reading = makeReading([caseCite("845 F.2d 205, 200 (9th Cir. 1988)", { court: "ca9" })]);
  const [finding] = verify(reading);
  const c = reading.citations[0];
  assert.deepEqual({ start: finding.start, end: finding.end, severity: finding.severity }, { start: c.start, end: c.end, severity: "warning" });
  assert.match(finding.message, /845 F\.2d 205.*200.*205/);
});

test("a short form or Id. off its case's pages is reported softly", () => {
  const reading = makeReading([caseCite("650 F.3d 900, 909 (9th Cir. 2011)", { court: "ca9" }), shortCite("id", "Id. at 6-7", 0, { pin: "6-7" })], { date: "2018-01-01" });
  const findings = verify(reading);
  assert.deepEqual(findings.map((f) => [f.code, f.severity]), [["cite.pin-before-page", "info"]]);
  assert.match(findings[0].message, /not recognized/);
});

test("findings come in text order", () => {
  const reading = makeReading([shortCite("id", "Id. at 3", null), caseCite("845 F.2d 205, 200 (9th Cir. 1998)", { court: "ca9" })]);
  const starts = verify(reading).map((f) => f.start ?? -1);
  assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  assert.equal(starts.length, 3);
});
