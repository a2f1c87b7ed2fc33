import assert from "node:assert/strict";
import { test } from "node:test";
import {
  abbreviationSource,
  alternation,
  anchoredMatches,
  anchorHits,
  compileSpelling,
  execAtLiteral,
  triggerRegex,
  triggerStart,
  TriggerWords,
  WordIndexedPattern,
  type Spelling,
} from "../../src/cite/recognizers/codified.js";
import { constitutionRecognizer } from "../../src/cite/recognizers/constitution.js";
import { recordRecognizer } from "../../src/cite/recognizers/record.js";
import { ruleRecognizer } from "../../src/cite/recognizers/rule.js";
import { statuteRecognizer } from "../../src/cite/recognizers/statute.js";
import { STATUTE_CODES } from "../../src/cite/tables/codes.js";
import { RULE_BODIES } from "../../src/cite/tables/rules.js";

// The fast paths must find exactly what the plain regexes they replace would find. Each test
// compares the two over texts generated here.

const spelling = (printed: string): Spelling => ({ source: abbreviationSource(printed), printed });

/** One big alternation of the spellings, the way the word index used to be built. */
function bigRegex(spellings: readonly Spelling[], tail: string, flags: string): RegExp {
  return new RegExp(`(?<code>${alternation(spellings.map((s) => s.source))})${tail}`, `y${flags}`);
}

/** What the big alternation finds at `pos`. */
function regexAt(re: RegExp, text: string, pos: number): { index: number; text: string; code: string } | null {
  re.lastIndex = pos;
  const m = re.exec(text);
  return m ? { index: m.index, text: m[0], code: m.groups?.code ?? "" } : null;
}

/** The word index's answer at `pos`, in the same shape. */
function indexAt(p: WordIndexedPattern, text: string, pos: number): { index: number; text: string; code: string } | null {
  const m = p.execAt(text, pos);
  return m ? { index: m.index, text: m[0], code: m.groups?.code ?? "" } : null;
}

// Printed forms a spelling takes: as written, in capitals, periods dropped, spaces doubled or gone after periods.
function printings(s: string): string[] {
  return [s, s.toUpperCase(), s.replace(/\./g, ""), s.replace(/ /g, "  "), s.replace(/\. /g, "."), s.replace(/&/g, "and"), s.replace(/ /g, "    ")];
}

const SECTION_TAIL = ",?\\s{0,3}(?:(?<mark>§§?)\\s{0,3})?(?<section>\\d{1,6}(?:[.-]\\d{1,4}){0,2})";
const SUFFIXES = [" § 12", " 12", ", § 3-4", "§12", " Ann. § 5", "x § 1", "", " §"];

test("word index: statute spellings match as one alternation would (table)", () => {
  const spellings = STATUTE_CODES.flatMap((r) => [r.code, ...r.variants]).map(spelling);
  for (const flags of ["i", ""]) {
    const p = new WordIndexedPattern(spellings, "code", SECTION_TAIL, flags);
    const re = bigRegex(spellings, SECTION_TAIL, flags);
    let compared = 0;
    for (const s of spellings.slice(0, 400)) {
      for (const printed of printings(s.printed)) {
        for (const suffix of SUFFIXES) {
          const text = `${printed}${suffix}`;
          assert.deepEqual(indexAt(p, text, 0), regexAt(re, text, 0), `${flags} ${JSON.stringify(text)}`);
          compared++;
        }
      }
    }
    assert.ok(compared > 1000);
  }
});

test("word index: bracketed rule names match as one alternation would (table)", () => {
  const spellings: Spelling[] = RULE_BODIES.flatMap((r) => r.names).map((n) => ({
    source: n
      .split(" ")
      .map((w) => `\\[?${abbreviationSource(w)}\\]?`)
      .join("\\s{1,3}"),
    printed: n,
  }));
  const p = new WordIndexedPattern(spellings, "code", "\\s{0,3}(?<rule>\\d{1,3})", "");
  const re = bigRegex(spellings, "\\s{0,3}(?<rule>\\d{1,3})", "");
  const cases: [string, string | null][] = [
    ["Federal Rule of Civil Procedure 15", "Federal Rule of Civil Procedure 15"],
    ["[Federal] Rule [of Civil Procedure] 26", "[Federal] Rule [of Civil Procedure] 26"],
    ["Federal  Rules of  Evidence 403", "Federal  Rules of  Evidence 403"],
    ["Local Rule 7.1", "Local Rule 7"],
    ["federal rule of civil procedure 15", null],
    ["Federal Rule of Civil Procedures 15", null],
  ];
  for (const [text, expected] of cases) {
    const want = regexAt(re, text, 0);
    assert.deepEqual(indexAt(p, text, 0), want, text);
    assert.equal(want?.text ?? null, expected, text);
  }
});

test("word index: matches() finds every cite a word scan would, left to right", () => {
  const spellings = ["U.S.C.", "Cal. Civ. Proc. Code", "A.R.S.", "Fed. R. Civ. P."].map(spelling);
  const p = new WordIndexedPattern(spellings, "code", SECTION_TAIL, "");
  const text = "See Cal. Civ. Proc. Code § 425.16 and ARS 13-1105; cf. xA.R.S. 5, Fed.R.Civ.P. 56 and U.S.C. § 1.";
  const found = [...p.matches(text)].map((m) => m[0]);
  assert.deepEqual(found, ["Cal. Civ. Proc. Code § 425.16", "ARS 13-1105", "Fed.R.Civ.P. 56", "U.S.C. § 1"]);
});

test("word index: words that begin no spelling yield nothing", () => {
  const p = new WordIndexedPattern(["Cal. Penal Code", "U.S.C."].map(spelling), "code", SECTION_TAIL, "i");
  const NOTHING = ["California has a penal code.", "the Cal. Penal Code generally", "xCal. Penal Code § 5", "U.S. 12", "cal. penal code § 12", "Cal Penal Coder § 1"];
  for (const text of NOTHING) assert.deepEqual([...p.matches(text)], [], text);
});

test("compileSpelling: steps follow the source (table)", () => {
  // [source, text, the prefix of text the spelling covers (null: no match)]
  const cases: [string, string, string | null][] = [
    [abbreviationSource("U.S.C."), "U. S. C. § 1", "U. S. C."],
    [abbreviationSource("U.S.C."), "USC § 1", "USC"],
    [abbreviationSource("Fed. R. Civ. P."), "Fed.R.Civ.P. 12", "Fed.R.Civ.P."],
    [abbreviationSource("Fish & Game Code"), "Fish and Game Code § 2", "Fish and Game Code"],
    [abbreviationSource("Gov't Code"), "Gov’t Code § 3", "Gov’t Code"],
    [abbreviationSource("Md. Code Ann., Crim. Law"), "Md. Code Ann. Crim. Law § 3", "Md. Code Ann. Crim. Law"],
    [abbreviationSource("Stat"), "Statement", null],
    [abbreviationSource("Stat."), "Stat.", "Stat."],
    [abbreviationSource("Code"), "Code\u00a0§ 1", "Code"],
  ];
  for (const [source, text, expected] of cases) {
    const regex = new RegExp(source, "y").exec(text)?.[0] ?? null;
    assert.equal(regex, expected, `regex ${source}`);
    assert.ok(compileSpelling(source, false).length > 0);
    // Keyed by the text's own first word, so the steps alone decide.
    const word = /[A-Za-z]+/.exec(text)?.[0] ?? "";
    const p = new WordIndexedPattern([{ source, printed: word }], "code", "", "");
    assert.equal(p.execAt(text, 0)?.[0] ?? null, expected, `steps ${source}`);
  }
});

test("compileSpelling: a construct outside its vocabulary throws", () => {
  for (const source of ["a*", "(?:a|b)", "[abc]", "a{2}", "a+"]) {
    assert.throws(() => compileSpelling(source, false), /cannot read/, source);
  }
});

test("anchoredMatches: the same matches as a global scan (table)", () => {
  const pattern = /(?<![\w-])(?:First|Fifth|Fourteenth)(?:,?\s(?:and\s)?(?:First|Fifth|Fourteenth)){0,3}\sAmendments?(?![\w-])/gi;
  const texts = [
    "the Fifth and Fourteenth Amendments and the First Amendment",
    "Fifth amendment; First, Fifth, and Fourteenth Amendments.",
    "x".repeat(300) + " Fourteenth Amendment " + "y".repeat(300) + "First Amendment",
    "pre-First Amendment and Fifth Amendmentx and Fifth Amendment",
  ];
  for (const text of texts) {
    const global = [...text.matchAll(new RegExp(pattern))].map((m) => [m.index, m[0]]);
    const anchored = [...anchoredMatches(text, /amendment/gi, pattern, 80, 4)].map((m) => [m.index, m[0]]);
    assert.deepEqual(anchored, global, text);
    assert.ok(global.length > 0);
  }
});

test("anchoredMatches: literal anchors find what a global scan does (table)", () => {
  const pattern = /(?<![\w.])(?:\d{1,2}(?:st|d|th)|D\.C\.)\s{1,2}Cir(?:\.|cuit)\s{0,2}(?:R\.|Rule)\s{0,3}\d{1,3}(?:-\d{1,2})?/g;
  const texts = ["9th Cir. R. 36-3; D.C. Circuit Rule 28", "see 2d Cir. 2004; 11th Cir. R. 36-2 and 5th Circuit Rule 47.5", "x9th Cir. R. 3 and 10th  Cir.R. 4"];
  for (const text of texts) {
    const global = [...text.matchAll(new RegExp(pattern))].map((m) => [m.index, m[0]]);
    assert.deepEqual([...anchoredMatches(text, ["Cir"], pattern, 12, 30)].map((m) => [m.index, m[0]]), global, text);
  }
  assert.deepEqual(anchorHits("Const. CONST Const", ["Const", "CONST"]), [[0, 5], [7, 12], [13, 18]]);
});

test("triggerRegex: whole listed words only (table)", () => {
  const re = triggerRegex(["Cal", "Calif", "Code", "US", "USC"]);
  const cases: [string, string[]][] = [
    ["Cal. Code and Calif. and USC", ["Cal", "Code", "Calif", "USC"]],
    ["[Cal] US.C", ["Cal", "US"]],
    ["Califx xCal 5Code Fed.Cal CODE", []],
  ];
  for (const [text, expected] of cases) {
    assert.deepEqual([...text.matchAll(re)].map((m) => m[1]), expected, text);
  }
});

test("matchesNear: what matches() finds, read only near the anchor", () => {
  const p = new WordIndexedPattern(["U.S. Const.", "Cal. Const.", "California Constitution"].map(spelling), "code", ",?\\s{0,3}art\\.\\s(?<n>[IVX]{1,4})", "");
  const texts = [
    "U.S. Const. art. III and Cal. Const. art. I; California Constitution art. II.",
    "Cal. Const. art. I, U.S. Const. art. IV, the Const. art. V",
    "Cal. and U.S. are here; California Constitution, art. X",
  ];
  for (const text of texts) {
    const all = [...p.matches(text)].map((m) => [m.index, m[0]]);
    assert.deepEqual([...p.matchesNear(text, ["Const"], 40)].map((m) => [m.index, m[0]]), all, text);
    assert.ok(all.length > 0);
  }
});

test("anchoredMatches: no anchor, or no match near one, yields nothing", () => {
  const pattern = /\d+(?:st|th) Cir\. R\. \d+/g;
  for (const text of ["9th Cir. 2004", "Rule 36-3 of the Ninth Circuit", "Cir. R. 36", "see 9th Circuit R. 1"]) {
    assert.deepEqual([...anchoredMatches(text, /Cir\. R\./g, pattern, 8, 10)], [], text);
  }
});

test("execAtLiteral: a sticky pattern tried at each literal finds what a global scan does", () => {
  const sticky = /§§?\s?(?<n>\d+)/y;
  const cases: [string, string[]][] = [
    ["§ 1 and §§ 2, § x § 3", ["§ 1", "§§ 2", "§ 3"]],
    ["no sign here", []],
    ["§§§ 4", ["§§ 4"]],
  ];
  for (const [text, expected] of cases) {
    sticky.lastIndex = 0;
    const found: string[] = [];
    let m: RegExpExecArray | null;
    while ((m = execAtLiteral(sticky, text, "§")) !== null) found.push(m[0]);
    assert.deepEqual(found, expected, text);
    assert.deepEqual([...text.matchAll(new RegExp(sticky.source, "g"))].map((x) => x[0]), expected, text);
  }
});

// About 100 KB each of anchors with nothing to match around them: the windows must stay small.
const HOSTILE: [string, string][] = [
  ["amendments", "Amendment ".repeat(10_000)],
  ["ordinals", "First, Fifth and ".repeat(6_000) + "Amendment"],
  ["constitutions", "article I of the Constitution ".repeat(3_500)],
  ["circuit rules", "9th Cir. R. ".repeat(8_000)],
  ["docket anchors", "(R. ECF Doc DE ".repeat(7_000)],
  ["code titles", "Title 42 United States Code ".repeat(4_000)],
  ["lead words", "N.Y. Cal. Tex. Md. ".repeat(5_000)],
  ["one long word", `C${"a".repeat(100_000)}`],
];

test("fast paths finish on hostile input", () => {
  for (const [name, text] of HOSTILE) {
    for (const r of [statuteRecognizer, ruleRecognizer, constitutionRecognizer, recordRecognizer]) {
      const found = r.find({ text, emphasis: [] });
      for (const c of found) assert.equal(c.text, text.slice(c.start, c.end), `${name} ${r.name}`);
    }
  }
});

/** The lead-word regex as it was before `TriggerWords`: the lookbehind first, an optional `[` in the match. */
function plainTrigger(words: readonly string[]): RegExp {
  const alts = [...words].sort((a, b) => b.length - a.length).join("|");
  return new RegExp(`(?<![\\w.])\\[?(${alts})(?![A-Za-z])`, "g");
}

/** Every hit of a `TriggerWords` from `from` on, as [start with any `[`, word]. */
function triggerHits(t: TriggerWords, text: string, from = 0): [number, string][] {
  const out: [number, string][] = [];
  for (let at = t.next(text, from); at >= 0; at = t.next(text, t.end)) out.push([triggerStart(text, at, from), t.word]);
  return out;
}

// Pieces that put a word at every kind of edge: after a bracket, a period, a digit, `_`, a non-ASCII letter.
const TRIGGER_PIECES = ["Cal", "[Cal", "x[Cal", "Cal.", "Calif", "CAL", "Code5", "Fed.Cal", "_Cal", "Califx", "é", "(Code", "[[Code", "US", "USC", "U", "a", "."];
const TRIGGER_GLUE = [" ", "", ".", "[", "-", "  "];

/** A deterministic stream of small numbers (a linear congruential generator). */
function numbers(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x >> 8;
  };
}

test("TriggerWords: the same words and starts as the plain lead-word regex (table)", () => {
  const lists: string[][] = [["Cal", "Calif", "Code", "US", "USC", "U"], ["CAL", "Code"], ["cal", "Code"]];
  const next = numbers(7);
  for (const words of lists) {
    const t = new TriggerWords(new Set(words));
    const re = plainTrigger(words);
    for (let n = 0; n < 400; n++) {
      let text = "";
      for (let k = 0; k < 8; k++) text += TRIGGER_PIECES[next() % TRIGGER_PIECES.length] + TRIGGER_GLUE[next() % TRIGGER_GLUE.length];
      const expected = [...text.matchAll(re)].map((m): [number, string] => [m.index, m[1]]);
      assert.deepEqual(triggerHits(t, text), expected, `${words.join(",")}: ${JSON.stringify(text)}`);
      // Resuming mid-text finds what the regex finds from there.
      const from = next() % (text.length + 1);
      re.lastIndex = from;
      const rest: [number, string][] = [];
      for (let m = re.exec(text); m; m = re.exec(text)) rest.push([m.index, m[1]]);
      assert.deepEqual(triggerHits(t, text, from), rest, `${words.join(",")} from ${from}: ${JSON.stringify(text)}`);
    }
  }
});

test("TriggerWords: words inside other words, or not listed, yield nothing", () => {
  const t = new TriggerWords(new Set(["Cal", "Code", "USC"]));
  for (const text of ["Califx xCal 5Code Fed.Cal _Code", "CODE cal Codes", "", "U.S.C. USCA"]) {
    assert.deepEqual(triggerHits(t, text), [], text);
  }
});
