import assert from "node:assert/strict";
import { test } from "node:test";
import { caseShortRecognizer } from "../../src/cite/recognizers/caseShort.js";
import { idRecognizer } from "../../src/cite/recognizers/id.js";
import { supraRecognizer } from "../../src/cite/recognizers/supra.js";
import type { Candidate, Recognizer } from "../../src/cite/recognizer.js";
import { annotate, italics, pick, run } from "./annotate.js";

type Row = [input: string, annotated: string, first: Partial<Candidate>];

const SHORT: Row[] = [
  ["*In re Cement Antitrust Litig.*, 673 F.2d at 1026.", "In re Cement Antitrust Litig., <c>673 F.2d at 1026</c>.", { volume: "673", reporter: "F.2d", pin: "1026", caseName: "In re Cement Antitrust Litig." }],
  ["before Foo, 1 U. S., at 20-25 (overruling xyz)", "before Foo, <c>1 U. S., at 20-25</c> (overruling xyz)", { reporterFound: "U. S.", reporter: "U.S.", pin: "20-25", caseName: "Foo", parenthetical: "overruling xyz" }],
  ["174 Cal.App.2d at p. 651", "<c>174 Cal.App.2d at p. 651</c>", { reporter: "Cal. App. 2d", pin: "651", caseName: null }],
  ["See Iqbal, 556 U.S. at 686-87.", "See Iqbal, <c>556 U.S. at 686-87</c>.", { caseName: "Iqbal", pin: "686-87" }],
  ["1 U. S., at 2 (2016)", "<c>1 U. S., at 2</c> (2016)", { parenthetical: null }],
];

const ID: Row[] = [
  ["*Id.* at 3-4.", "<c>Id. at 3-4</c>.", { kind: "id", pin: "3-4" }],
  ["See id.", "See <c>id.</c>", { pin: null }],
  ["Ibid. The court", "<c>Ibid.</c> The court", { pin: null }],
  ["Id., at *2.", "<c>Id., at *2</c>.", { pin: "*2" }],
  ["Id. ¶ 5.", "<c>Id. ¶ 5</c>.", { pin: "¶ 5" }],
  ["Id. at 62-63, 67-68. f", "<c>Id. at 62-63, 67-68</c>. f", { pin: "62-63, 67-68" }],
];

const SUPRA: Row[] = [
  ["Smith, supra, at 5.", "Smith, <c>supra, at 5</c>.", { caseName: "Smith", pin: "5" }],
  ["Smith, supra note 3.", "Smith, <c>supra note 3</c>.", { caseName: "Smith", pin: "note 3" }],
  ["before asdf, 123 supra, at 2", "before asdf, 123 <c>supra, at 2</c>", { caseName: "asdf", volume: "123", pin: "2" }],
  ["Foo, supra (overruling ...) (ignore this)", "Foo, <c>supra</c> (overruling ...) (ignore this)", { parenthetical: "overruling ..." }],
];

function check(r: Recognizer, rows: Row[]): void {
  for (const [input, annotated, first] of rows) {
    const { text, emphasis } = italics(input);
    const got = run(r, text, emphasis);
    assert.equal(annotate(text, got), annotated, input);
    assert.deepEqual(pick(got[0], Object.keys(first) as (keyof Candidate)[]), first, input);
  }
}

test("short case cites: table", () => check(caseShortRecognizer, SHORT));
test("Id.: table", () => check(idRecognizer, ID));
test("supra: table", () => check(supraRecognizer, SUPRA));

test("short forms: prose yields nothing", () => {
  const prose = [
    "The plaintiff paid. The idea was valid. Ida. Said. Lucid.",
    "The supra-national body met at 5 p.m.",
    "He arrived at 10 and left at 12; the 3 Fs at 4 degrees.",
    "The 2 U.S. at issue here are allies.",
  ];
  for (const text of prose) {
    for (const r of [caseShortRecognizer, idRecognizer, supraRecognizer]) assert.deepEqual(run(r, text), [], `${r.name}: ${text}`);
  }
});
