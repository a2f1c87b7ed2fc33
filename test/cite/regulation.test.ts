import assert from "node:assert/strict";
import { test } from "node:test";
import type { Candidate } from "../../src/cite/recognizer.js";
import { regulationRecognizer } from "../../src/cite/recognizers/regulation.js";
import { REGULATION_CODES } from "../../src/cite/tables/codes.js";
import { unmark } from "./annotate.js";


type Fields = Partial<Pick<Candidate, "title" | "code" | "section" | "subsection" | "jurisdiction" | "pin" | "date">>;
/** A regulation's fields. */
const reg = (code: string, title: string | null, section: string, subsection: string | null = null, jurisdiction = "us"): Fields => ({ code, title, section, subsection, jurisdiction });

const TABLE: [string, Fields[]][] = [
  ["under <c>29 C.F.R. § 1630.2(g)</c>, a", [reg("C.F.R.", "29", "1630.2", "(g)")]],
  ["exempt under <c>29 C.F.R. pt. 541</c>.", [reg("C.F.R.", "29", "541")]],
  ["<c>42 CFR 431.17</c>", [reg("C.F.R.", "42", "431.17")]],
  ["<c>8 C.F.R. §§ 208.13</c>, <c>208.16</c>", [reg("C.F.R.", "8", "208.13"), reg("C.F.R.", "8", "208.16")]],
  ["<c>85 Fed. Reg. 12345 (Mar. 2, 2020)</c>", [{ code: "Fed. Reg.", title: "85", section: "12345", pin: null, date: "2020-03-02" }]],
  ["<c>80 Fed. Reg. 10146, 10147</c>", [{ code: "Fed. Reg.", title: "80", section: "10146", pin: "10147" }]],
  ["<c>Cal. Code Regs. tit. 15, § 3084</c>", [reg("Cal. Code Regs.", "15", "3084", null, "ca")]],
  ["<c>15 CCR § 3084.1(a)</c>", [reg("Cal. Code Regs.", "15", "3084.1", "(a)", "ca")]],
  ["<c>9 NYCRR 8002.6</c>", [reg("N.Y. Comp. Codes R. & Regs.", "9", "8002.6", null, "ny")]],
  ["<c>20 Ill. Adm. Code 504.810</c>", [reg("Ill. Admin. Code", "20", "504.810", null, "il")]],
];

function pick(c: object, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, (c as Record<string, unknown>)[k] ?? null]));
}

test("regulation recognizer: table", () => {
  for (const [marked, expected] of TABLE) {
    const { text, spans } = unmark(marked);
    const found = regulationRecognizer.find({ text, emphasis: [] });
    assert.deepEqual(
      found.map((c) => ({ start: c.start, end: c.end })),
      spans,
      `spans in ${marked}`,
    );
    found.forEach((c, i) => {
      assert.equal(c.kind, "regulation");
      const keys = Object.keys(expected[i]);
      assert.deepEqual(pick(c, keys), pick(expected[i], keys), `${c.text} in ${marked}`);
    });
  }
});

test("regulation recognizer: one cite of every code in the table", () => {
  for (const row of REGULATION_CODES) {
    const lead = row.titled ? "12 " : "";
    const tail = row.titleRequired ? " tit. 12," : "";
    const text = `See ${lead}${row.code}${tail} § 123.45(a).`;
    const found = regulationRecognizer.find({ text, emphasis: [] });
    assert.equal(found.length, 1, text);
    assert.equal(found[0].code, row.code, text);
    assert.equal(found[0].jurisdiction, row.jurisdiction, text);
    assert.equal(found[0].section, "123.45", text);
  }
});

test("regulation recognizer: register cites in the short form", () => {
  const found = regulationRecognizer.find({ text: "published at 85 FR 12345.", emphasis: [] });
  assert.deepEqual(
    found.map((c) => [c.text, c.code, c.title, c.section]),
    [["85 FR 12345", "Fed. Reg.", "85", "12345"]],
  );
});
