/**
 * Statutes: `28 U.S.C. § 1292(b)`, `Cal. Civ. Proc. Code § 425.16`, `735 ILCS 5/2-619`,
 * `110 Stat. 1321`, `Pub. L. No. 104-134`, `section 1983 of Title 42`, and the bare
 * `§ 1292(b)` / `Section 1983` whose code is the last one cited (kind `statute-short`).
 */
import { dropDefinedTerms } from "./definedTerm.js";
import { readLawTail } from "./lawTail.js";
import type { Candidate, CiteContext, Recognizer } from "../recognizer.js";
import { STATUTE_CODES } from "../tables/codes.js";
import { anchoredMatches, compileCodes, dropOverlaps, execAtLiteral, SECTION_SOURCE, SUBSECTION_SOURCE } from "./codified.js";

const CODES = compileCodes(STATUTE_CODES, "statute");

// `Pub. L. No. 104-134`, `Public Law 111-148`, `P.L. 94-142`
const PUBLIC_LAW = /(?<![\w.])(?:Pub\.\s{0,2}L\.|Public\s{1,3}Law|P\.\s?L\.)\s{0,3}(?:No\.\s{0,3})?(?<section>\d{2,3}-\d{1,4})(?!\d)/g;

// `§ 1292(b)`, `§§ 1981-1983`: a section with no code in front of it.
// Sticky: it is only tried where a `§` stands (see `execAtLiteral`).
const SECTION_SIGN = new RegExp(`(?<mark>§§?)\\s{0,3}(?<section>${SECTION_SOURCE})(?<subsection>${SUBSECTION_SOURCE})`, "y");

// `Section 1983`, `sections 1981 and 1982`, `section 1983 of Title 42` (the lookbehind after the first letter lets the engine skip to `S`/`s`).
const SECTION_WORD = new RegExp(
  `(?<mark>[Ss](?<![\\w.][Ss])ections?|S(?<![\\w.]S)ECTIONS?)\\s{1,3}(?<section>${SECTION_SOURCE})(?<subsection>${SUBSECTION_SOURCE})` +
    `(?<ofTitle>,?\\s{1,3}of\\s{1,3}(?:the\\s{1,3})?[Tt]itle\\s{1,3}(?<title>\\d{1,2})(?!\\d)(?:,?\\s{1,3}(?:of\\s{1,3}the\\s{1,3})?United\\s{1,3}States\\s{1,3}Code)?)?`,
  "g",
);

// `Title 42, United States Code, Section 1983` / `Title 42 of the United States Code, section 1983`
const TITLE_FIRST = new RegExp(
  `(?<![\\w.])[Tt]itle\\s{1,3}(?<title>\\d{1,2}),?\\s{1,3}(?:of\\s{1,3}the\\s{1,3})?United\\s{1,3}States\\s{1,3}Code,?\\s{1,3}(?:§§?|[Ss]ections?)\\s{0,3}(?<section>${SECTION_SOURCE})(?<subsection>${SUBSECTION_SOURCE})`,
  "g",
);

// `Code` of `United States Code`: in every title-first cite, found before the whole pattern is tried.
const CODE_WORD = ["Code"];

// `L.` of `Pub. L.`, `Law` of `Public Law`: in every public-law cite.
const LAW_WORD = ["L.", "Law"];

// What follows a `Section N` that is a part of some document, not a statute: `Section 4.2 of the Agreement`.
const OF_A_DOCUMENT =
  /^,?\s{1,3}of\s{1,3}(?:(?:this|that|these|said|its|our|their|his|her|your)\s|the\s{1,3}(?:[\w.'’-]{1,20}\s{1,3}){0,4}(?:agreement|contract|lease|plan|policy|order|opinion|report|settlement|decree|bylaws|charter|stipulation|complaint|motion|brief|memorandum|guidelines|manual|handbook|constitution|rules|protocol|treaty|convention|declaration|indenture|will|trust|ordinance)s?(?![\w]))/i;

// What makes even `Section 2` a statute: `of the Act`, `of the Securities Exchange Act`, `of the Code`.
const OF_AN_ACT = /^,?\s{1,3}of\s{1,3}the\s{1,3}(?:[A-Z][\w.'’-]{0,20}\s{1,3}){0,8}(?:Act|Code|Statute)(?![\w])/;

// Another member of a list after `§§ 1331` or `sections 1981`: `, 1343`, ` and 1985(3)`.
const NEXT_SECTION = new RegExp(`(?:\\s{0,3},\\s{0,3}(?:and\\s{1,3}|or\\s{1,3})?|\\s{1,3}(?:and|or|&)\\s{1,3})(?:§\\s{0,2})?(?<section>${SECTION_SOURCE})(?<subsection>${SUBSECTION_SOURCE})`, "y");


/** Whether a `Section N` names a statute section rather than a part of this document. */
function looksStatutory(section: string, subsection: string): boolean {
  return /^\d{3}/.test(section) || /[.:/-]/.test(section) || subsection !== "" || /[A-Za-z]/.test(section);
}

/** Reads the members of a plural list (`§§ 1331, 1343`) after the first. */
function listMembers(text: string, from: number, template: Candidate): Candidate[] {
  const out: Candidate[] = [];
  let pos = from;
  for (let n = 0; n < 40; n++) {
    NEXT_SECTION.lastIndex = pos;
    const m = NEXT_SECTION.exec(text);
    if (!m) break;
    const number = (m.groups?.section ?? "") + (m.groups?.subsection ?? "");
    const start = NEXT_SECTION.lastIndex - number.length;
    out.push({ ...template, text: number, start, end: NEXT_SECTION.lastIndex, section: m.groups?.section ?? "", subsection: m.groups?.subsection || null });
    pos = NEXT_SECTION.lastIndex;
  }
  return out;
}

function shortForms(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const re of [SECTION_SIGN, SECTION_WORD]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re === SECTION_SIGN ? execAtLiteral(re, text, "§") : re.exec(text)) !== null) {
      const g = m.groups ?? {};
      const subsection = g.subsection ?? "";
      const end = m.index + m[0].length;
      const isWord = re === SECTION_WORD;
      if (isWord && !g.ofTitle) {
        const after = text.slice(end, end + 160);
        if (OF_A_DOCUMENT.test(after)) continue;
        if (!looksStatutory(g.section, subsection) && !OF_AN_ACT.test(after)) continue;
      }
      const full = Boolean(g.title);
      const first: Candidate = {
        kind: full ? "statute" : "statute-short",
        text: m[0],
        start: m.index,
        end,
        title: g.title ?? null,
        code: full ? "U.S.C." : null,
        section: g.section,
        subsection: subsection || null,
        jurisdiction: full ? "us" : null,
      };
      out.push(first);
      if (/^(?:§§|sections)$/i.test(g.mark) && !g.ofTitle) {
        const more = listMembers(text, end, first);
        out.push(...more);
        if (more.length) re.lastIndex = more[more.length - 1].end;
      }
    }
  }
  return out;
}

function titleFirst(text: string): Candidate[] {
  const out: Candidate[] = [];
  // `Title 42, of the United States ` takes under 50 characters before `Code`; the section under 170 after it.
  for (const m of anchoredMatches(text, CODE_WORD, TITLE_FIRST, 60, 220)) {
    const g = m.groups ?? {};
    out.push({ kind: "statute", text: m[0], start: m.index, end: m.index + m[0].length, title: g.title, code: "U.S.C.", section: g.section, subsection: g.subsection || null, jurisdiction: "us" });
  }
  return out;
}

function publicLaws(text: string): Candidate[] {
  const out: Candidate[] = [];
  // `L.` or `Law` stands at most 9 characters into the match; the number takes under 20 after it.
  for (const m of anchoredMatches(text, LAW_WORD, PUBLIC_LAW, 12, 30)) {
    out.push({ kind: "statute", text: m[0], start: m.index, end: m.index + m[0].length, title: null, code: "Pub. L.", section: m.groups?.section ?? "", subsection: null, jurisdiction: "us" });
  }
  return out;
}

/**
 * Finds statute citations, full and short.
 *
 * @example statuteRecognizer.find({ text: "under 28 U.S.C. § 1292(b).", emphasis: [] })[0].subsection // "(b)"
 */
export const statuteRecognizer: Recognizer = {
  name: "statute",
  precedence: 60,
  find(ctx: CiteContext): Candidate[] {
    const { text } = ctx;
    // Full cites are listed first so that at equal starts they win over a bare `§`.
    return dropOverlaps([...dropDefinedTerms(text, CODES.scan(text)), ...titleFirst(text), ...publicLaws(text), ...shortForms(text)]).map((c) => readLawTail(text, c));
  },
};
