/**
 * Court rules: `Fed. R. Civ. P. 59(e)`, `Federal Rule of Civil Procedure 15`,
 * `[Federal] Rule [of Civil Procedure] 26`, `Federal Rules of Civil Procedure 26 and 45`
 * (two cites), `Rule 12(b)(6) of the Federal Rules of Civil Procedure`, `Civ. L.R. 7-3`,
 * `D. Ariz. LRCiv 7.2`, `9th Cir. R. 36-3`, and the bare `Rule 59(e)` whose body the
 * resolver fills from context.
 */
import type { Candidate, CiteContext, Recognizer } from "../recognizer.js";
import { CIRCUITS, RULE_BODIES, type RuleBody } from "../tables/rules.js";
import { abbreviationKey, abbreviationSource, anchoredMatches, dropOverlaps, WordIndexedPattern, type Spelling } from "./codified.js";

/** A spelled-out name where any word may sit in an editor's brackets: `[Federal] Rule [of Civil Procedure]`. */
function bracketedNameSource(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((word) => `\\[?${abbreviationSource(word)}\\]?`)
    .join("\\s{1,3}");
}

const BY_KEY = new Map<string, RuleBody>();
// Spellings as printed (periods kept) first: `CivLR` and `Civ. L.R.` are different families.
const BY_PRINT = new Map<string, RuleBody>();
const printKey = (s: string) => s.replace(/[\s[\]]+/g, "");
const BODY_SPELLINGS: Spelling[] = [];
for (const row of RULE_BODIES) {
  for (const a of [row.body, ...row.abbreviations]) {
    BODY_SPELLINGS.push({ source: abbreviationSource(a), printed: a });
    if (!BY_PRINT.has(printKey(a))) BY_PRINT.set(printKey(a), row);
    if (!BY_KEY.has(abbreviationKey(a))) BY_KEY.set(abbreviationKey(a), row);
  }
  for (const n of row.names) {
    BODY_SPELLINGS.push({ source: bracketedNameSource(n), printed: n });
    if (!BY_KEY.has(abbreviationKey(n))) BY_KEY.set(abbreviationKey(n), row);
  }
}

function bodyOf(printed: string): RuleBody | undefined {
  return BY_PRINT.get(printKey(printed)) ?? BY_KEY.get(abbreviationKey(printed.replace(/[[\]]/g, "")));
}

// A rule number: `59`, `7-3`, `7.1`, `56.1`, `8.500`, `91a`, `36-3`.
const NUMBER_SOURCE = "\\d{1,4}(?:[.-]\\d{1,4}){0,3}[a-z]?(?![\\w])";

// Subdivisions glued to the number (`(b)(6)`); one stray space before the first is tolerated (`15 (a)`).
// A subdivision is a letter, a number or a roman numeral: `83.9 (cag)` ends with a clerk's initials.
const SUBDIVISION_SOURCE = "(?:\\s?\\((?:[A-Za-z]|[ivxlIVXL]{2,5}|\\d{1,2})\\))?(?:\\((?:[A-Za-z]|[ivxlIVXL]{2,5}|\\d{1,3})\\)){0,6}";

// A district court in front of its local rules: `D. Ariz.`, `S.D. Cal.`, `S.D.N.Y.`, `D.D.C.`.
const DISTRICT_SOURCE = "(?:[NSEWMC]\\.\\s?D\\.|D\\.)\\s?(?:[A-Z]\\.\\s?[A-Z]\\.|[A-Z][a-z]{1,10}\\.?)";

// `Fed. R. Civ. P. 59(e)`, `Federal Rules of Civil Procedure 26`, `D. Ariz. LRCiv 7.2`, `Cal. Rules of Court, rule 8.500`
const BODY_FIRST = new WordIndexedPattern(
  BODY_SPELLINGS,
  "body",
  `,?\\s{0,3}(?:(?<word>[Rr]ules?|[Rr]\\.)\\s{0,3})?(?<rule>${NUMBER_SOURCE})(?<subdivision>${SUBDIVISION_SOURCE})`,
  "",
);

// The district just before a local rule's body: `D. Ariz. ` of `D. Ariz. LRCiv 7.2`.
const DISTRICT_BEFORE = new RegExp(`(?<![\\w.])(?<district>${DISTRICT_SOURCE})\\s{1,3}$`);

// `Rule 59(e)`, `Rules 12(b)(6) and 56`, `rule 8.500` (the lookbehind after the first letter lets the engine skip to `R`/`r`).
const NUMBER_FIRST = new RegExp(`(?<word>R(?<![\\w.]R)(?:ules?|ULES?)|r(?<![\\w.]r)ules?)\\s{1,3}(?<rule>${NUMBER_SOURCE})(?<subdivision>${SUBDIVISION_SOURCE})`, "g");

// `, 56`, ` and 45`, `, and 15(a)`: the next member of `Rules 12(b)(6) and 56`.
const NEXT_RULE = new RegExp(`(?:\\s{0,3},\\s{0,3}(?:and\\s{1,3}|or\\s{1,3})?|\\s{1,3}(?:and|or|&)\\s{1,3})(?<rule>${NUMBER_SOURCE})(?<subdivision>${SUBDIVISION_SOURCE})`, "y");

// ` of the Federal Rules of Civil Procedure`: the body named after the number.
const OF_THE = /,?\s{1,3}of\s{1,3}(?:the\s{1,3})?/y;
const BODY_AT = new WordIndexedPattern(BODY_SPELLINGS, "body", "", "");

/** `of the Federal Rules of Civil Procedure` at `pos`: the body and where the phrase ends. */
function ofBody(text: string, pos: number): { row: RuleBody; end: number } | null {
  OF_THE.lastIndex = pos;
  if (!OF_THE.exec(text)) return null;
  const m = BODY_AT.execAt(text, OF_THE.lastIndex);
  const row = m ? bodyOf(m.groups?.body ?? "") : undefined;
  return m && row ? { row, end: m.index + m[0].length } : null;
}

const ORDINALS: Record<string, string> = { first: "1st", second: "2d", third: "3d", fourth: "4th", fifth: "5th", sixth: "6th", seventh: "7th", eighth: "8th", ninth: "9th", tenth: "10th", eleventh: "11th" };

// `9th Cir. R. 36-3`, `Ninth Circuit Rule 36-3`, `D.C. Cir. R. 28(a)`
const CIRCUIT_RULE = new RegExp(
  `(?<![\\w.])(?<circuit>${CIRCUITS.map((c) => c.replace(/\./g, "\\.")).join("|")}|${Object.keys(ORDINALS)
    .map((o) => o[0].toUpperCase() + o.slice(1))
    .join("|")})\\s{1,2}Cir(?:\\.|cuit)\\s{0,2}(?:R\\.|Rule)\\s{0,3}(?<rule>${NUMBER_SOURCE})(?<subdivision>${SUBDIVISION_SOURCE})`,
  "g",
);

// `Cir` of `Cir. R.` and `Circuit Rule`: the rare part of every circuit rule, found before the whole pattern is tried.
const CIRCUIT_ANCHOR = ["Cir"];

function circuitBody(printed: string): string {
  const c = ORDINALS[printed.toLowerCase()] ?? printed.replace(/^2nd$/, "2d").replace(/^3rd$/, "3d");
  return `${c} Cir. R.`;
}

function make(text: string, start: number, end: number, body: string | null, rule: string, subdivision: string, jurisdiction: string | null): Candidate {
  return { kind: "rule", text: text.slice(start, end), start, end, body, rule, subdivision: subdivision.replace(/^\s+/, "") || null, jurisdiction };
}

// ` and (6)` of `Rule 12(b)(1) and (6)`: a sibling subdivision of the same rule.
const SIBLING = /(?:\s{0,3},\s{0,3}(?:and\s{1,3}|or\s{1,3})?|\s{1,3}(?:and|or|&)\s{1,3})(?<subdivision>(?:\((?:[A-Za-z]{1,4}|\d{1,3})\)){1,4})(?![\w(])/y;

/** `Rule 12(b)(1) and (6)`: the `(6)` is `12(b)(6)`, its own cite over its own text. */
function siblings(text: string, first: Candidate): Candidate[] {
  const out: Candidate[] = [];
  const levels = (first.subdivision ?? "").match(/\([^)]*\)/g) ?? [];
  let pos = first.end;
  for (let n = 0; n < 10 && levels.length; n++) {
    SIBLING.lastIndex = pos;
    const m = SIBLING.exec(text);
    if (!m) break;
    const own = m.groups?.subdivision ?? "";
    const depth = (own.match(/\(/g) ?? []).length;
    // A sibling replaces as many levels as it has: `(b)(1) and (6)` → `(b)(6)`; `(a) and (c)(1)` → `(c)(1)`.
    const subdivision = levels.slice(0, Math.max(0, levels.length - depth)).join("") + own;
    out.push({ ...first, text: own, start: SIBLING.lastIndex - own.length, end: SIBLING.lastIndex, subdivision });
    pos = SIBLING.lastIndex;
  }
  return out;
}

/** Reads the members after the first of a plural list; returns them and where the list ends. */
function listAfter(text: string, from: number, body: string | null, jurisdiction: string | null): Candidate[] {
  const out: Candidate[] = [];
  let pos = from;
  for (let n = 0; n < 30; n++) {
    NEXT_RULE.lastIndex = pos;
    const m = NEXT_RULE.exec(text);
    if (!m) break;
    const number = (m.groups?.rule ?? "") + (m.groups?.subdivision ?? "");
    out.push(make(text, NEXT_RULE.lastIndex - number.length, NEXT_RULE.lastIndex, body, m.groups?.rule ?? "", m.groups?.subdivision ?? "", jurisdiction));
    pos = NEXT_RULE.lastIndex;
  }
  return out;
}

function bodyFirst(text: string): Candidate[] {
  const out: Candidate[] = [];
  const it = BODY_FIRST.matches(text);
  for (let r = it.next(); !r.done; ) {
    const m = r.value;
    const g = m.groups ?? {};
    const row = bodyOf(g.body);
    let resume = m.index + m[0].length;
    if (row) {
      let start = m.index;
      let body = row.body;
      const district = row.local ? DISTRICT_BEFORE.exec(text.slice(Math.max(0, m.index - 16), m.index)) : null;
      if (district) {
        start -= district[0].length;
        body = `${(district.groups?.district ?? "").replace(/\s+/g, " ")} ${row.body}`;
      }
      const first = make(text, start, m.index + m[0].length, body, g.rule, g.subdivision ?? "", row.jurisdiction);
      out.push(first);
      const sibs = siblings(text, first);
      out.push(...sibs);
      if (sibs.length) resume = sibs[sibs.length - 1].end;
      // `Federal Rules of Civil Procedure 26 and 45`: a plural name governs a list.
      if (/rules\]?$/i.test(g.body.trim()) || /rules\s/i.test(g.body) || /^rules$/i.test(g.word ?? "")) {
        const more = listAfter(text, first.end, body, row.jurisdiction);
        out.push(...more);
        if (more.length) resume = more[more.length - 1].end;
      }
    }
    r = it.next(resume);
  }
  return out;
}

// `local ` / `Local ` / `LOCAL ` just before a bare `rule 83.9`.
const LOCAL_BEFORE = /(?<![\w.])(?:[Ll]ocal|LOCAL)\s{1,3}$/;
/** The body a local rule takes when the text names no family (`L.R.`, `Civ. L.R.` …). */
const LOCAL_BODY = RULE_BODIES.find((b) => b.local && b.abbreviations.includes("LR"))?.body ?? "L.R.";

function numberFirst(text: string): Candidate[] {
  const out: Candidate[] = [];
  NUMBER_FIRST.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER_FIRST.exec(text)) !== null) {
    const g = m.groups ?? {};
    const end = m.index + m[0].length;
    const members = [make(text, m.index, end, null, g.rule, g.subdivision ?? "", null)];
    members.push(...siblings(text, members[0]));
    if (/^rules$/i.test(g.word)) members.push(...listAfter(text, members[members.length - 1].end, null, null));
    const last = members[members.length - 1];
    const of = ofBody(text, last.end);
    const row = of?.row;
    // Lower-case `rule 5` is prose (`as a general rule 5 times`) unless it is shaped like a cite.
    if (g.word === g.word.toLowerCase() && !row && !g.subdivision && !/[.-]/.test(g.rule)) continue;
    // Four digits are a bankruptcy rule only when the body says so; alone they are a year.
    if (!row && /^\d{4}/.test(g.rule)) continue;
    if (row) {
      for (const c of members) {
        c.body = row.body;
        c.jurisdiction = row.jurisdiction;
      }
      last.end = of?.end ?? last.end;
      last.text = text.slice(last.start, last.end);
    } else {
      // `local rule 83.9`, `Local Rules 7-1 and 56-1`: the issuing court's own rules.
      const local = LOCAL_BEFORE.exec(text.slice(Math.max(0, m.index - 12), m.index));
      if (local) {
        for (const c of members) {
          c.body = LOCAL_BODY;
          c.jurisdiction = "us";
        }
        members[0].start -= local[0].length;
        members[0].text = text.slice(members[0].start, members[0].end);
      }
    }
    out.push(...members);
    NUMBER_FIRST.lastIndex = Math.max(NUMBER_FIRST.lastIndex, last.end);
  }
  return out;
}

function circuitRules(text: string): Candidate[] {
  const out: Candidate[] = [];
  // The circuit (`Eleventh `) stands at most 10 characters before `Cir`; `cuit Rule`, the number and its subdivisions take under 100 after.
  for (const m of anchoredMatches(text, CIRCUIT_ANCHOR, CIRCUIT_RULE, 12, 120)) {
    const g = m.groups ?? {};
    out.push(make(text, m.index, m.index + m[0].length, circuitBody(g.circuit), g.rule, g.subdivision ?? "", "us"));
  }
  return out;
}

/**
 * Finds court-rule citations; a bare `Rule 59(e)` has `body: null`.
 *
 * @example ruleRecognizer.find({ text: "Fed. R. Civ. P. 59(e).", emphasis: [] })[0].subdivision // "(e)"
 */
export const ruleRecognizer: Recognizer = {
  name: "rule",
  precedence: 50,
  find(ctx: CiteContext): Candidate[] {
    const { text } = ctx;
    return dropOverlaps([...circuitRules(text), ...bodyFirst(text), ...numberFirst(text)]);
  },
};
