/**
 * A pleading's defined term read as a code: `FAC ¶¶ 1, 2` (First Amended Complaint), `SAC ¶ 4`,
 * `TAC ¶ 9` print a capital acronym without periods and then paragraphs. Codes are cited by
 * section; an acronym a code shares with a pleading (`FAC`, Florida's Administrative Code) is
 * that code only with a section mark or in its dotted form (`F.A.C.`).
 */
import type { Candidate } from "../recognizer.js";

// `FAC`, `SAC`, `TAC`: two to four capitals printed run together.
const BARE_ACRONYM = /^[A-Z]{2,4}$/;
// `¶`, `¶¶`, `para.`, `paras.` right after the code's spelling.
const PARAGRAPH_MARK = /^\s{0,3}(?:¶|paras?\.)/;

/**
 * Whether a codified candidate is a pleading's paragraph cite (`FAC ¶ 12`), not a code.
 *
 * @example isDefinedTerm("(FAC ¶¶ 1, 2)", { start: 1, codeFound: "FAC" } as Candidate) // true
 */
export function isDefinedTerm(text: string, c: Candidate): boolean {
  const found = c.codeFound ?? "";
  if (!BARE_ACRONYM.test(found) || c.title) return false;
  const at = text.indexOf(found, c.start);
  if (at < 0 || at > c.start + 4) return false;
  return PARAGRAPH_MARK.test(text.slice(at + found.length, at + found.length + 12));
}

/**
 * Drops the candidates that are a pleading's defined term, and the later members of their lists.
 *
 * @example dropDefinedTerms(text, candidates)
 */
export function dropDefinedTerms(text: string, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  // A list (`FAC ¶¶ 1, 2`) shares its first member's code spelling; drop the members with it.
  let droppedCode: string | null = null;
  let droppedEnd = -1;
  for (const c of cands) {
    if (isDefinedTerm(text, c)) {
      droppedCode = c.codeFound ?? null;
      droppedEnd = c.end;
      continue;
    }
    if (droppedCode !== null && c.codeFound === droppedCode && c.start - droppedEnd <= 12 && /^[\s,&and]*$/.test(text.slice(droppedEnd, c.start))) {
      droppedEnd = c.end;
      continue;
    }
    droppedCode = null;
    out.push(c);
  }
  return out;
}
