/**
 * Constitutions: `U.S. Const. art. III, § 2, cl. 1`, `U.S. CONST. amend. XIV, § 1`,
 * `Cal. Const. art. I, § 7`, `article I, section 7 of the California Constitution`, and
 * the amendments by name (`the Fourteenth Amendment`, `the Fifth and Fourteenth
 * Amendments`). The article or amendment goes in `section` (`art. III`, `amend. XIV`), the
 * rest in `subsection` (`§ 2, cl. 1`).
 */
import type { Candidate, CiteContext, Recognizer } from "../recognizer.js";
import { FEDERAL_CONSTITUTION, STATES } from "../tables/codes.js";
import { abbreviationKey, abbreviationSource, alternation, anchoredMatches, dropOverlaps, WordIndexedPattern, type Spelling, type WordMatch } from "./codified.js";

interface Charter {
  code: string;
  jurisdiction: string;
}

const BY_KEY = new Map<string, Charter>();
const SPELLINGS: Spelling[] = [];
const NAMES: string[] = [];
function addCharter(charter: Charter, spellings: readonly string[], names: readonly string[]): void {
  for (const s of spellings) {
    // Small capitals come out of PDFs as capitals: `U.S. CONST. amend. XIV`.
    SPELLINGS.push({ source: abbreviationSource(s), printed: s }, { source: abbreviationSource(s.toUpperCase()), printed: s.toUpperCase() });
    BY_KEY.set(abbreviationKey(s), charter);
  }
  for (const n of names) {
    NAMES.push(abbreviationSource(n));
    BY_KEY.set(abbreviationKey(n), charter);
  }
}
addCharter({ code: FEDERAL_CONSTITUTION.code, jurisdiction: "us" }, FEDERAL_CONSTITUTION.variants, ["United States"]);
for (const state of STATES) {
  const code = `${state.abbreviations[0]} Const.`;
  addCharter({ code, jurisdiction: state.postal }, [...state.abbreviations.map((a) => `${a} Const.`), `${state.name} Constitution`], [state.name]);
}

// `art. III`, `amend. XIV`, `Article 1`: the part of a constitution.
const PART_SOURCE = "(?:(?<article>[Aa]rt(?:icle)?s?\\.?|ART(?:ICLE)?\\.?)|(?<amendment>[Aa]mend(?:ment)?s?\\.?|AMEND(?:MENT)?\\.?))\\s{0,2}(?<number>[IVXLCivxlc]{1,7}|\\d{1,2})(?![\\w])";

// `, § 2, cl. 1`, `, section 7(a)`: what follows the article or amendment.
const REST_SOURCE = "(?<rest>(?:\\s{0,2},?\\s{0,2}(?:§§?|[Ss]ec(?:tion|s?\\.)|SEC\\.|cl\\.|[Cc]lause|CL\\.|pt\\.)\\s{0,2}[\\dIVXivx]{1,6}[a-z]?(?:\\((?:[a-z]{1,3}|\\d{1,3})\\)){0,3}){0,3})";

// `U.S. Const. amend. XIV, § 1`
const FORMAL = new WordIndexedPattern(SPELLINGS, "charter", `,?\\s{0,3}${PART_SOURCE}${REST_SOURCE}`, "");

// `article I, section 7 of the California Constitution`
const NAMED_AFTER = new RegExp(`(?<![\\w.])${PART_SOURCE}${REST_SOURCE},?\\s{1,3}of\\s{1,3}the\\s{1,3}(?<charter>${alternation(NAMES)})\\s{1,3}Constitution(?![\\w])`, "g");

const ORDINALS = [
  "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
  "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth", "Twentieth",
];
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX",
  "XXI", "XXII", "XXIII", "XXIV", "XXV", "XXVI", "XXVII"];
// `First` … `Twentieth`, `Twenty-First` … `Twenty-Seventh`
const ORDINAL_SOURCE = `(?:Twenty-?\\s?(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh)|${[...ORDINALS].reverse().join("|")})`;

// `the Fourteenth Amendment`, `Fifth and Fourteenth Amendments`, `First, Fourth, and Fourteenth Amendments`
const NAMED_AMENDMENTS = new RegExp(
  `(?<![\\w-])${ORDINAL_SOURCE}(?:(?:\\s{0,2},\\s{0,2}(?:and\\s{1,2}|or\\s{1,2})?|\\s{1,2}(?:and|or)\\s{1,2})${ORDINAL_SOURCE}){0,6}\\s{1,2}Amendments?(?![\\w-])`,
  "gi",
);
const ONE_ORDINAL = new RegExp(ORDINAL_SOURCE, "gi");

// `Amendment`, `AMENDMENT`: the rare word every named amendment ends with, found before the ordinals
// are read. A lower-case `amendment` is prose (the match is dropped) and no match can run across one.
const AMENDMENT_WORD = /A[Mm][Ee][Nn][Dd][Mm][Ee][Nn][Tt]/g;

// `Const`, `CONST`: in every spelling of a charter, found before the spellings are tried.
const CONST_WORD = ["Const", "CONST"];

// `Constitution`: the word `article I of the California Constitution` ends with.
const CONSTITUTION_WORD = ["Constitution"];

function ordinalNumber(word: string): string | null {
  const w = word.toLowerCase().replace(/[-\s]/g, "");
  const i = ORDINALS.findIndex((o) => o.toLowerCase() === w);
  if (i >= 0) return ROMAN[i];
  const twenty = /^twenty(\w+)$/.exec(w);
  if (twenty) {
    const j = ORDINALS.findIndex((o) => o.toLowerCase() === twenty[1]);
    if (j >= 0 && j < 7) return ROMAN[20 + j];
  }
  return null;
}

/** `art. III` / `amend. XIV`: the part in its canonical spelling. */
function partOf(g: Record<string, string | undefined>): string {
  const number = /^[ivxlc]+$/i.test(g.number ?? "") ? (g.number ?? "").toUpperCase() : (g.number ?? "");
  return `${g.amendment ? "amend." : "art."} ${number}`;
}

/** `, § 2, cl. 1` → `§ 2, cl. 1`. */
function restOf(rest: string | undefined): string | null {
  const r = (rest ?? "")
    .replace(/^\s*,?\s*/, "")
    .replace(/\b(?:sections?|secs?\.)\s*/gi, "§ ")
    .replace(/\bclause\s*/gi, "cl. ")
    .replace(/\s+/g, " ")
    .trim();
  return r === "" ? null : r;
}

function fromMatch(m: WordMatch): Candidate | null {
  const g = m.groups ?? {};
  const charter = BY_KEY.get(abbreviationKey(g.charter ?? ""));
  if (!charter) return null;
  return { kind: "constitution", text: m[0], start: m.index, end: m.index + m[0].length, code: charter.code, title: null, section: partOf(g), subsection: restOf(g.rest), jurisdiction: charter.jurisdiction };
}

// `, XIV`, ` and XIV`: the next amendment of `U.S. Const. amends. V, XIV`.
const NEXT_AMENDMENT = /(?:\s{0,2},\s{0,2}(?:and\s{1,2})?|\s{1,2}and\s{1,2})(?<number>[IVXLC]{1,7})(?![\w])/y;

/** The members after the first of `amends. V, XIV`, each a cite of its own. */
function moreAmendments(text: string, first: Candidate): Candidate[] {
  const out: Candidate[] = [];
  let pos = first.end;
  for (let n = 0; n < 27; n++) {
    NEXT_AMENDMENT.lastIndex = pos;
    const m = NEXT_AMENDMENT.exec(text);
    if (!m) break;
    const number = m.groups?.number ?? "";
    const start = NEXT_AMENDMENT.lastIndex - number.length;
    out.push({ ...first, text: number, start, end: NEXT_AMENDMENT.lastIndex, section: `amend. ${number}`, subsection: null });
    pos = NEXT_AMENDMENT.lastIndex;
  }
  return out;
}

function formal(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Every spelling holds `Const` (`Const.`, `Constitution`) within 30 characters of its start.
  for (const m of FORMAL.matchesNear(text, CONST_WORD, 60)) {
    const c = fromMatch(m);
    if (!c) continue;
    out.push(c);
    if (/^amend\w*s\.?$/i.test(m.groups?.amendment ?? "") && !c.subsection) out.push(...moreAmendments(text, c));
  }
  // The article and its sections take under 140 characters, `of the District of Columbia` under 40.
  for (const m of anchoredMatches(text, CONSTITUTION_WORD, NAMED_AFTER, 240, 4)) {
    const c = fromMatch(m);
    if (c) out.push(c);
  }
  return out;
}

function namedAmendments(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Seven ordinals of at most 14 letters with their commas and `and`s take under 170 characters.
  for (const m of anchoredMatches(text, AMENDMENT_WORD, NAMED_AMENDMENTS, 200, 4)) {
    const whole = m[0];
    // Title Case or ALL CAPS only: `the first amendment to the lease` is prose.
    const word = /Amendments?$/i.exec(whole)?.[0] ?? "";
    if (word[0] !== "A") continue;
    const members: Candidate[] = [];
    ONE_ORDINAL.lastIndex = 0;
    let o: RegExpExecArray | null;
    while ((o = ONE_ORDINAL.exec(whole)) !== null) {
      const roman = ordinalNumber(o[0]);
      if (!roman) continue;
      const start = m.index + o.index;
      members.push({ kind: "constitution", text: o[0], start, end: start + o[0].length, code: "U.S. Const.", title: null, section: `amend. ${roman}`, subsection: null, jurisdiction: "us" });
    }
    if (!members.length) continue;
    const last = members[members.length - 1];
    last.end = m.index + whole.length;
    last.text = text.slice(last.start, last.end);
    out.push(...members);
  }
  return out;
}

/**
 * Finds constitution citations.
 *
 * @example constitutionRecognizer.find({ text: "U.S. Const. amend. XIV, § 1", emphasis: [] })[0].section // "amend. XIV"
 */
export const constitutionRecognizer: Recognizer = {
  name: "constitution",
  precedence: 56,
  find(ctx: CiteContext): Candidate[] {
    const { text } = ctx;
    return dropOverlaps([...formal(text), ...namedAmendments(text)]);
  },
};
