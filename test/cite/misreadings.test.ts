import assert from "node:assert/strict";
import { test } from "node:test";
import { findCitations } from "../../src/cite/index.js";
import type { Citation } from "../../src/model/types.js";

/** The citations of `text` with the fields a row names. */
function cite(text: string): Citation[] {
  return findCitations(text);
}

test("misreadings: a regulation printed in full is one regulation cite with its code", () => {
  const rows: [string, Partial<Citation>][] = [
    ["See 29 C.F.R. § 1630.2(g).", { kind: "regulation", code: "C.F.R.", title: "29", section: "1630.2", subsection: "(g)" }],
    ["under 40 C.F.R. § 52.21(b)(1), the", { kind: "regulation", code: "C.F.R.", title: "40", section: "52.21", subsection: "(b)(1)" }],
  ];
  for (const [text, want] of rows) {
    const got = cite(text);
    assert.equal(got.length, 1, text);
    for (const [k, v] of Object.entries(want)) assert.equal(got[0][k as keyof Citation], v, `${text}: ${k}`);
  }
});

test("misreadings: a bare section takes the code and title it was cited under", () => {
  const rows: [string, string, string | null, string][] = [
    // text, the bare section's text, its title, its code
    ["See 8 C.F.R. § 214.3. Id. § 214.4(b).", "§ 214.4(b)", "8", "C.F.R."],
    ["Under 18 U.S.C. § 3582(c)(2) and 21 U.S.C. § 841, the motion under § 3582(c)(2) fails.", "§ 3582(c)(2)", "18", "U.S.C."],
    ["He sued under 42 U.S.C. § 1983 and Cal. Civ. Code § 52.1. Section 1983 claims need a state actor.", "Section 1983", "42", "U.S.C."],
    ["Under 21 U.S.C. § 841 and 18 U.S.C. § 924, see also § 841(b)(1).", "§ 841(b)(1)", "21", "U.S.C."],
    // A section never cited in full takes the last code cited.
    ["Under 21 U.S.C. § 841 and 18 U.S.C. § 924, see also § 922(g).", "§ 922(g)", "18", "U.S.C."],
  ];
  for (const [text, bare, title, code] of rows) {
    const c = cite(text).find((x) => x.kind === "statute-short" && x.text === bare);
    assert.ok(c, `${text}: ${bare} read`);
    assert.equal(c.title, title, text);
    assert.equal(c.code, code, text);
  }
});

test("misreadings: an Id. with a page pin never points into a code or a constitution", () => {
  for (const text of ["U.S. Const. amend. IV. Id. at 125.", "See 28 U.S.C. § 1292(b). Id. at 7.", "See 29 C.F.R. § 1630.2(g). Id. at 12."]) {
    const id = cite(text).find((c) => c.kind === "id");
    assert.ok(id, text);
    assert.equal(id.antecedent, null, text);
  }
  // A case that holds the page still takes it past the constitution cited in between.
  const cs = cite("Doe v. Roe, 500 U.S. 100 (1990). U.S. Const. amend. IV. Id. at 125.");
  assert.equal(cs.find((c) => c.kind === "id")?.antecedent, 0);
});

test("misreadings: a pleading's defined term with paragraphs is not a code", () => {
  for (const text of ["(FAC ¶¶ 1, 2.)", "(SAC ¶ 4.)", "Compl. ¶ 3; TAC ¶ 9."]) {
    assert.deepEqual(cite(text).filter((c) => c.kind === "regulation" || c.kind === "statute").map((c) => c.text), [], text);
  }
  // The code in its own forms still reads.
  assert.equal(cite("See F.A.C. 64B-8.")[0]?.code, "Fla. Admin. Code");
});

test("misreadings: a running head repeated at page tops is not a citation", () => {
  const head = "Able v. Baker County Bd. of Educ., 412 F.2d 300 (1970)";
  const body = ["The court heard the matter.", "See Carter v. Dunn, 390 U.S. 20 (1968).", "Relief was ordered.", "The order is affirmed."];
  const text = body.map((p) => `${head}\n\n${p}\n`).join("\n");
  const cases = cite(text).filter((c) => c.kind === "case");
  assert.deepEqual(cases.map((c) => c.text), ["390 U.S. 20"]);
  // Twice is not a running head: a document may cite the same case on two lines.
  const twice = `${head}\nmore\n${head}\n`;
  assert.equal(cite(twice).filter((c) => c.kind === "case").length, 2);
});

test("misreadings: local rules are the issuing court's, never the Federal Rules", () => {
  const rows: [string, string, string, string | null][] = [
    // text, rule text, body, subdivision
    ["See Civil L.R. 7-3.", "Civil L.R. 7-3", "Civ. L.R.", null],
    ["under LR 56.1, the", "LR 56.1", "L.R.", null],
    ["UNITED STATES DISTRICT COURT\nPursuant to local rule 83.9 (cag), the", "local rule 83.9", "L.R.", null],
    ["UNITED STATES DISTRICT COURT\nUnder Local Rule 7.1(a), and Rule 7.1(b), the", "Rule 7.1(b)", "L.R.", "(b)"],
  ];
  for (const [text, ruleText, body, subdivision] of rows) {
    const c = cite(text).find((x) => x.kind === "rule" && x.text === ruleText);
    assert.ok(c, `${text}: ${ruleText}`);
    assert.equal(c.body, body, text);
    assert.equal(c.subdivision ?? null, subdivision, text);
  }
  // In a federal civil order a bare rule the local rules never cited is a Federal Rule.
  const frcp = cite("UNITED STATES DISTRICT COURT\nSee Civil L.R. 7-3; Rule 11.").find((c) => c.text === "Rule 11");
  assert.equal(frcp?.body, "Fed. R. Civ. P.");
});

test("misreadings: ambiguous page arithmetic leaves a short cite unresolved", () => {
  const base = "Foo v. Bar, 1 U.S. 1, 77. Foo, 1 U.S. at 99. Lorem v. Ipsum, 1 U.S. 50.";
  // Foo is known to run to page 99, past Lorem's first page: page 51 may be in either.
  assert.equal(cite(`${base} See 1 U.S. at 51.`).at(-1)?.antecedent, null);
  // Without Foo's later pins the page is past the last case's first page: Lorem's.
  const lorem = cite("Foo v. Bar, 1 U.S. 1. Lorem v. Ipsum, 1 U.S. 50. See 1 U.S. at 51.");
  assert.equal(lorem.at(-1)?.antecedent, 1);
});
