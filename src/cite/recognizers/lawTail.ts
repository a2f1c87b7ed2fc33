/**
 * What may follow a statute or regulation section: more subsections ("(a)(2) and (d)"),
 * "et seq.", and parentheticals giving the code's year and publisher ("(West 2009)",
 * "(Lexis Supp. 2010)", "(2005-06)") or a note ("(repealed)").
 */
import type { Candidate } from "../recognizer.js";

// ` and (d)`, `, (e)`: more subsections of the same section
const MORE_SUBSECTIONS = /(?:\s{0,2},)?\s{1,2}(?:and|or|&)\s{1,2}((?:\([A-Za-z0-9]{1,5}\)){1,6})/y;
// ` et seq.`
const ET_SEQ = /,?\s{0,3}et\.?\s{1,2}seq\.?/y;
// one parenthetical, bounded, no nesting: ` (West 2009)`
const PAREN = /\s{0,2}\(([^()\n]{1,60})\)/y;
// `West 2009`, `Lexis Supp. 2010`, `2005-06`, `McKinney 2020`, `Supp. IV 1986`
const YEAR_NOTE =
  /^(?:(?<publisher>[A-Z][A-Za-z.&' ]{0,30}?(?:\s{1,2}(?:Cum\.\s{1,2})?Supp\.(?:\s{1,2}[IVX]{1,4})?)?|(?:Cum\.\s{1,2})?Supp\.(?:\s{1,2}[IVX]{1,4})?)\s{1,2})?(?<year>1[6-9]\d\d|20\d\d)(?:\s{0,1}[-–]\s{0,1}\d{2,4})?$/;

/**
 * Extends a statute or regulation candidate over what follows its section.
 *
 * @example readLawTail("Fla. Stat. § 120.68 (2007).", { …, end: 19 }).year // 2007
 */
export function readLawTail(text: string, c: Candidate): Candidate {
  let pos = c.end;
  const out: Candidate = { ...c };
  MORE_SUBSECTIONS.lastIndex = pos;
  const more = out.subsection ? MORE_SUBSECTIONS.exec(text) : null;
  if (more) {
    out.subsection = `${out.subsection} and ${more[1]}`;
    pos = MORE_SUBSECTIONS.lastIndex;
    out.end = pos;
  }
  ET_SEQ.lastIndex = pos;
  if (ET_SEQ.exec(text)) {
    out.pin = "et seq.";
    pos = ET_SEQ.lastIndex;
    out.end = pos;
  }
  // The span ends with the section; parentheticals are read but not covered, as for cases.
  for (let n = 0; n < 2; n++) {
    PAREN.lastIndex = pos;
    const p = PAREN.exec(text);
    if (!p) break;
    const inner = p[1].trim();
    const y = YEAR_NOTE.exec(inner);
    if (y && out.year == null) {
      out.year = Number(y.groups?.year);
      out.yearProvenance = "stated";
      if (y.groups?.publisher) out.publisher = y.groups.publisher.trim();
    } else if (!y && out.parenthetical == null && /^[a-z]/.test(inner)) {
      // a note in lower case ("repealed", "emphasis added"); a capitalized one is a case name or court
      out.parenthetical = inner;
      break;
    } else break;
    pos = PAREN.lastIndex;
  }
  if (out.end !== c.end) out.text = text.slice(out.start, out.end);
  return out;
}
