import assert from "node:assert/strict";
import { test } from "node:test";
import { caseRecognizer } from "../../src/cite/recognizers/case.js";
import type { Candidate } from "../../src/cite/recognizer.js";
import { annotate, italics, pick, run } from "./annotate.js";

type Expect = Partial<Candidate>;
/** A row: marked input (`*italic*`), annotated output, fields of the first cite. */
const row = (input: string, annotated: string, first: Expect): [string, string, Expect] => [input, annotated, first];

const TABLE: [string, string, Expect][] = [
  row("See Tripati v. Henman, 845 F.2d 205, 206 n.1 (9th Cir. 1988).", "See Tripati v. Henman, <c>845 F.2d 205, 206 n.1</c> (9th Cir. 1988).",
    { volume: "845", reporter: "F.2d", page: "205", pin: "206 n.1", year: 1988, yearProvenance: "stated", court: "ca9", courtProvenance: "stated", caseName: "Tripati v. Henman", signal: "See" }),
  row("Exxon Shipping Co. v. Baker, 554 U.S. 471, 485 n.5 (2008).", "Exxon Shipping Co. v. Baker, <c>554 U.S. 471, 485 n.5</c> (2008).",
    { reporter: "U.S.", court: "scotus", courtProvenance: "inferred", year: 2008, plaintiff: "Exxon Shipping Co.", defendant: "Baker" }),
  row("Villarreal v. Caremark LLC, 85 F. Supp. 3d 1063, 1067 (D. Ariz. 2015)", "Villarreal v. Caremark LLC, <c>85 F. Supp. 3d 1063, 1067</c> (D. Ariz. 2015)",
    { reporter: "F. Supp. 3d", reporterFound: "F. Supp. 3d", court: "azd", pin: "1067" }),
  row("Smith v. Jones, 12 F. 2d 34, 36-37 (2d Cir. 1930)", "Smith v. Jones, <c>12 F. 2d 34, 36-37</c> (2d Cir. 1930)",
    { reporter: "F.2d", reporterFound: "F. 2d", pin: "36-37", court: "ca2" }),
  row("People v. Doe, 5 Cal.App.4th 100 (1992)", "People v. Doe, <c>5 Cal.App.4th 100</c> (1992)",
    { reporter: "Cal. App. 4th", reporterFound: "Cal.App.4th", court: "calctapp", courtProvenance: "inferred" }),
  row("*United States v. Tenet Healthcare Corp.*, No. CV04-857 GAF(JTLX), 2004 WL 3030121, at *1 (C.D. Cal. Dec. 27, 2004)",
    "United States v. Tenet Healthcare Corp., No. CV04-857 GAF(JTLX), <c>2004 WL 3030121, at *1</c> (C.D. Cal. Dec. 27, 2004)",
    { reporter: "WL", page: "3030121", pin: "*1", docketNumber: "CV04-857 GAF(JTLX)", date: "2004-12-27", court: "cacd", year: 2004, caseName: "United States v. Tenet Healthcare Corp." }),
  row("Brizzee v. Fred Meyer Stores, Inc., 2008 WL 426510, at * 4 (D. Or. Feb. 13, 2008)", "Brizzee v. Fred Meyer Stores, Inc., <c>2008 WL 426510, at * 4</c> (D. Or. Feb. 13, 2008)",
    { pin: "*4", defendant: "Fred Meyer Stores, Inc.", court: "ord" }),
  row("In re Gugliuzza, 852 F.3d 884, 898 (9th Cir. 2017) (noting that (a) holds)", "In re Gugliuzza, <c>852 F.3d 884, 898</c> (9th Cir. 2017) (noting that (a) holds)",
    { caseName: "In re Gugliuzza", parenthetical: "noting that (a) holds" }),
  row("Doe v. Roe, 2010 U.S. Dist. LEXIS 12345, at *3 (S.D.N.Y. Jan. 5, 2010)", "Doe v. Roe, <c>2010 U.S. Dist. LEXIS 12345, at *3</c> (S.D.N.Y. Jan. 5, 2010)",
    { reporter: "U.S. Dist. LEXIS", court: "nysd", date: "2010-01-05" }),
  row("State v. Fry, 2020 ND 12, 940 N.W.2d 1", "State v. Fry, <c>2020 ND 12</c>, <c>940 N.W.2d 1</c>",
    { reporter: "ND", volume: "2020", page: "12", year: 2020, court: "nd", parallel: [1] }),
  row("State v. Bell, 2022-NCSC-1.", "State v. Bell, <c>2022-NCSC-1</c>.", { reporter: "NCSC", court: "nc" }),
  row("Roe v. Wade, 410 U.S. 113, 93 S. Ct. 705, 35 L. Ed. 2d 147 (1973)", "Roe v. Wade, <c>410 U.S. 113</c>, <c>93 S. Ct. 705</c>, <c>35 L. Ed. 2d 147</c> (1973)",
    { parallel: [1, 2], year: 1973, caseName: "Roe v. Wade" }),
  row("Ahrenholz v. Bd. of Trs. of the Univ. of Ill., 219 F.3d 647, 675-77 (7th Cir. 2000)", "Ahrenholz v. Bd. of Trs. of the Univ. of Ill., <c>219 F.3d 647, 675-77</c> (7th Cir. 2000)",
    { defendant: "Bd. of Trs. of the Univ. of Ill.", court: "ca7" }),
  row("the court in Smith v. Jones, 1 So.2d 5, aff'd, 2 So. 2d 6 (Fla. 1941)", "the court in Smith v. Jones, <c>1 So.2d 5</c>, aff'd, <c>2 So. 2d 6</c> (Fla. 1941)",
    { plaintiff: "Smith", history: [{ phrase: "aff'd", citation: 1 }] }),
  row("1 U.S. ___ (2024)", "<c>1 U.S. ___</c> (2024)", { page: null, year: 2024 }),
  row("Strickland v Washington, 466 US 668, 686; 104 S Ct 2052; 80 L Ed 2d 674 (1984)", "Strickland v Washington, <c>466 US 668, 686</c>; <c>104 S Ct 2052</c>; <c>80 L Ed 2d 674</c> (1984)",
    { reporter: "U.S.", reporterFound: "US", parallel: [1, 2], year: 1984, caseName: "Strickland v Washington" }),
  row("Smith v. Jones, 1 F.3d 2; 3 F.3d 4 (2d Cir. 1993)", "Smith v. Jones, <c>1 F.3d 2</c>; <c>3 F.3d 4</c> (2d Cir. 1993)", { parallel: undefined, year: null }),
  row("Hurst v. Florida, — U.S. —, 136 S.Ct. 616 (2016)", "Hurst v. Florida, — U.S. —, <c>136 S.Ct. 616</c> (2016)", { defendant: "Florida", year: 2016 }),
  row("In re K.F. (2009) 173 Cal.App.4th 655, 660 [92 Cal.Rptr.3d 784]", "In re K.F. (2009) <c>173 Cal.App.4th 655, 660</c> [<c>92 Cal.Rptr.3d 784</c>]",
    { caseName: "In re K.F.", year: 2009, parallel: [1] }),
  row("Rogers v Rogers (63 NY2d 582 [1984])", "Rogers v Rogers (<c>63 NY2d 582</c> [1984])", { reporter: "N.Y.2d", year: 1984, caseName: "Rogers v Rogers" }),
];

test("case recognizer: table", () => {
  for (const [input, annotated, first] of TABLE) {
    const { text, emphasis } = italics(input);
    const got = run(caseRecognizer, text, emphasis);
    assert.equal(annotate(text, got), annotated, input);
    assert.deepEqual(pick(got[0], Object.keys(first) as (keyof Candidate)[]), first, input);
  }
});

test("case recognizer: spans are offsets into the text", () => {
  const text = "See Carroll v. Nakatani, 342 F.3d 934, 945 (9th Cir. 2003).";
  const [c] = run(caseRecognizer, text);
  assert.equal(text.slice(c.start, c.end), c.text);
});

const NEGATIVE = [
  "The office is on 12 F. Street near the courthouse.",
  "He was escorted by 3 U.S. Marshals to the hearing.",
  "The hearing was held on March 22, 2018 at 10 a.m.",
  "Plaintiff seeks $15,000 in damages and 3 F. of storage.",
  "Call 555 123 4567 or 800 555 1212 for information.",
  "See 28 U.S.C. § 1292(b); 18 U.S.C. 1961.",
  "Chapter 11 A. The debtor filed 2 Schedules.",
  "In 2019 IL residents voted; 2020 ND weather.",
  "Page 5 of 12 Document 50 Filed 04/05/18",
  "23 III. DISCUSSION 24 A. 42 U.S.C. § 1983 25 Plaintiff argues",
  "See 80 Fed. 4 Reg. 10146, 10156.",
];

test("case recognizer: prose with numbers yields nothing", () => {
  for (const text of NEGATIVE) assert.deepEqual(run(caseRecognizer, text), [], text);
});
