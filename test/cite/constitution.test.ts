import assert from "node:assert/strict";
import { test } from "node:test";
import { constitutionRecognizer } from "../../src/cite/recognizers/constitution.js";
import { STATES } from "../../src/cite/tables/codes.js";
import { unmark } from "./annotate.js";


type Fields = { code: string; section: string; subsection: string | null; jurisdiction: string };
/** A constitution cite's fields. */
const k = (section: string, subsection: string | null = null, code = "U.S. Const.", jurisdiction = "us"): Fields => ({ code, section, subsection, jurisdiction });

const TABLE: [string, Fields[]][] = [
  ["<c>U.S. Const. art. III, § 2</c>", [k("art. III", "§ 2")]],
  ["<c>U.S. Const. art. I, § 8, cl. 3</c>", [k("art. I", "§ 8, cl. 3")]],
  ["<c>U.S. Const. amend. XIV, § 1</c>", [k("amend. XIV", "§ 1")]],
  ["<c>U.S. CONST. amend. IV</c>", [k("amend. IV")]],
  ["<c>Cal. Const. art. I, § 7</c>", [k("art. I", "§ 7", "Cal. Const.", "ca")]],
  ["<c>article I, section 7 of the California Constitution</c>", [k("art. I", "§ 7", "Cal. Const.", "ca")]],
  ["under the <c>Fourteenth Amendment</c>, a", [k("amend. XIV")]],
  ["the <c>Fifth</c> and <c>Fourteenth Amendments</c>", [k("amend. V"), k("amend. XIV")]],
  ["<c>First</c>, <c>Fourth</c>, and <c>Fourteenth Amendments</c>", [k("amend. I"), k("amend. IV"), k("amend. XIV")]],
  ["the <c>Twenty-First Amendment</c>", [k("amend. XXI")]],
  ["<c>FIRST AMENDMENT</c> RETALIATION", [k("amend. I")]],
  ["<c>U.S. Const. amends. V</c>, <c>XIV</c>.", [k("amend. V"), k("amend. XIV")]],
];

test("constitution recognizer: table", () => {
  for (const [marked, expected] of TABLE) {
    const { text, spans } = unmark(marked);
    const found = constitutionRecognizer.find({ text, emphasis: [] });
    assert.deepEqual(
      found.map((c) => ({ start: c.start, end: c.end })),
      spans,
      `spans in ${marked}`,
    );
    found.forEach((c, i) => {
      assert.equal(c.kind, "constitution");
      assert.deepEqual({ code: c.code, section: c.section, subsection: c.subsection ?? null, jurisdiction: c.jurisdiction }, expected[i], `${c.text} in ${marked}`);
    });
  }
});

test("constitution recognizer: every state's constitution", () => {
  for (const state of STATES) {
    for (const a of state.abbreviations) {
      const text = `See ${a} Const. art. II, § 4.`;
      const found = constitutionRecognizer.find({ text, emphasis: [] });
      assert.equal(found.length, 1, text);
      assert.equal(found[0].code, `${state.abbreviations[0]} Const.`, text);
      assert.equal(found[0].jurisdiction, state.postal, text);
      assert.equal(found[0].section, "art. II", text);
    }
  }
});
