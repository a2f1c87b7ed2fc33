import assert from "node:assert/strict";
import { test } from "node:test";
import type { Candidate } from "../../src/cite/recognizer.js";
import { ruleRecognizer } from "../../src/cite/recognizers/rule.js";
import { RULE_BODIES } from "../../src/cite/tables/rules.js";
import { unmark } from "./annotate.js";


type Fields = { body: string | null; rule: string; subdivision: string | null };
const FRCP = "Fed. R. Civ. P.";
/** A rule cite's fields; `body` null is a bare `Rule 59(e)`. */
const r = (body: string | null, rule: string, subdivision: string | null = null): Fields => ({ body, rule, subdivision });

const TABLE: [string, Fields[]][] = [
  ["pursuant to <c>Federal Rule of Civil Procedure 15</c>, and", [r(FRCP, "15")]],
  ["reconsider. <c>Fed. R. Civ. P. 59(e)</c>. A", [r(FRCP, "59", "(e)")]],
  ["A <c>Rule 59(e)</c> motion seeks", [r(null, "59", "(e)")]],
  ["Plaintiff's <c>[Federal] Rule [of Civil Procedure] 26</c> and <c>[Federal] Rule [of Civil Procedure] 45</c> rights.", [r(FRCP, "26"), r(FRCP, "45")]],
  ["pursuant to <c>Federal Rules of Civil Procedure 26</c> and <c>45</c> are premature", [r(FRCP, "26"), r(FRCP, "45")]],
  ["under <c>Rules 12(b)(6)</c> and <c>56</c>, the", [r(null, "12", "(b)(6)"), r(null, "56")]],
  ["<c>Rule 12(b)(6) of the Federal Rules of Civil Procedure</c> permits", [r(FRCP, "12", "(b)(6)")]],
  ["<c>FRCP 12(b)(6)</c>; <c>Fed.R.Civ.P. 56</c>; <c>Fed. R. Civ. Pro. 12</c>; <c>F.R.C.P. 11</c>", [r(FRCP, "12", "(b)(6)"), r(FRCP, "56"), r(FRCP, "12"), r(FRCP, "11")]],
  ["<c>Fed. R. App. P. 4(a)(1)(A)</c>", [r("Fed. R. App. P.", "4", "(a)(1)(A)")]],
  ["<c>Fed. R. Evid. 401</c>", [r("Fed. R. Evid.", "401")]],
  ["<c>Fed. R. Crim. P. 11</c>", [r("Fed. R. Crim. P.", "11")]],
  ["<c>Fed. R. Bankr. P. 9023</c>", [r("Fed. R. Bankr. P.", "9023")]],
  ["<c>Sup. Ct. R. 10</c>", [r("Sup. Ct. R.", "10")]],
  ["<c>Civ. L.R. 7-3</c>; <c>CivLR 7.1</c>; <c>L.R. 56.1</c>", [r("Civ. L.R.", "7-3"), r("CivLR", "7.1"), r("L.R.", "56.1")]],
  ["<c>Local Rule 7.1(d)</c>; <c>Local Civil Rule 7.1</c>", [r("L.R.", "7.1", "(d)"), r("L. Civ. R.", "7.1")]],
  ["<c>D. Ariz. LRCiv 7.2</c>; <c>N.D. Cal. Civ. L.R. 7-9(b)</c>", [r("D. Ariz. LRCiv", "7.2"), r("N.D. Cal. Civ. L.R.", "7-9", "(b)")]],
  ["<c>Tex. R. Civ. P. 91a</c>", [r("Tex. R. Civ. P.", "91a")]],
  ["<c>Cal. Rules of Court, rule 8.1115</c>", [r("Cal. R. Ct.", "8.1115")]],
  ["<c>9th Cir. R. 36-3</c>; <c>Ninth Circuit Rule 36-3</c>", [r("9th Cir. R.", "36-3"), r("9th Cir. R.", "36-3")]],
  ["<c>Federal Rule of Evidence 702</c>", [r("Fed. R. Evid.", "702")]],
  ["under <c>rule 12(b)(6)</c>", [r(null, "12", "(b)(6)")]],
  ["under <c>Rule 12(b)(1)</c> and <c>(6)</c>, the", [r(null, "12", "(b)(1)"), r(null, "12", "(b)(6)")]],
  ["<c>Fed. R. Civ. P. 12(b)(2)</c>, <c>(5)</c>, and <c>(6)</c>", [r(FRCP, "12", "(b)(2)"), r(FRCP, "12", "(b)(5)"), r(FRCP, "12", "(b)(6)")]],
  ["<c>Rule 56(a)</c> and <c>(c)(1)</c>", [r(null, "56", "(a)"), r(null, "56", "(c)(1)")]],
];

test("rule recognizer: table", () => {
  for (const [marked, expected] of TABLE) {
    const { text, spans } = unmark(marked);
    const found = ruleRecognizer.find({ text, emphasis: [] });
    assert.deepEqual(
      found.map((c) => ({ start: c.start, end: c.end })),
      spans,
      `spans in ${marked}`,
    );
    found.forEach((c: Candidate, i) => {
      assert.equal(c.kind, "rule");
      assert.equal(c.text, text.slice(c.start, c.end));
      assert.deepEqual({ body: c.body ?? null, rule: c.rule, subdivision: c.subdivision ?? null }, expected[i], `${c.text} in ${marked}`);
    });
  }
});

test("rule recognizer: one cite of every body in the table", () => {
  for (const row of RULE_BODIES) {
    for (const spelling of [row.body, ...row.abbreviations, ...row.names]) {
      const text = `See ${spelling} 12(b).`;
      const found = ruleRecognizer.find({ text, emphasis: [] });
      assert.equal(found.length, 1, text);
      assert.equal(found[0].body, row.body, text);
      assert.equal(found[0].rule, "12", text);
      assert.equal(found[0].subdivision, "(b)", text);
    }
  }
});

test("rule recognizer: the seed order's rules", async () => {
  const { readFile } = await import("node:fs/promises");
  const raw = await readFile(new URL("../../examples/linlor-v-futero.txt", import.meta.url), "utf8");
  // Layout strips pleading line numbers; a crude stand-in is enough here.
  const text = raw.replace(/^\s{0,3}\d{1,2} /gm, "").replace(/\s+/g, " ");
  const found = ruleRecognizer.find({ text, emphasis: [] });
  const withBody = new Set(found.filter((c) => c.body === FRCP).map((c) => c.rule));
  assert.deepEqual([...withBody].sort(), ["15", "26", "45", "59"]);
  // `Rule 59(e)` and `Rule 59` alone wait for resolution to name their body.
  assert.ok(found.some((c) => c.body === null && c.rule === "59"));
  assert.ok(found.every((c) => c.body === null || c.body === FRCP));
});
