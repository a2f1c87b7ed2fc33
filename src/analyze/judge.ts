/**
 * The judge who wrote or signed a document: one person, as printed.
 *
 * Shaped like chrono: an ordered list of small parsers, each recognizing one form (an
 * opinion's author line, a signature block, an electronic "/s/" signature) and declining
 * with `null`, then one choice among what they found. A panel ("Before: A, B and C") names
 * no author, and a per curiam opinion has none: both give `null` and say so.
 */
import type { Judge, Span } from "../model/types.js";
import { dropRepeatedName, properCase } from "./names.js";

/** Where a judge was read from. */
export type JudgeSource = "author-line" | "signature" | "electronic-signature" | "report-heading";

/** A judge one parser found, with where. */
export interface JudgeCandidate extends Span {
  judge: Judge;
  source: JudgeSource;
}

/** What the judge reader decided. */
export interface JudgeReading {
  judge: Judge | null;
  source: (Span & { from: JudgeSource }) | null;
  /** Set when the document says it has no single author. */
  perCuriam: boolean;
  /** The panel a "Before:" line lists, when there is one. */
  panel: string | null;
}

// a surname in capitals, Mc/Mac/O' forms and hyphens included: "McCALLA", "O'CONNOR", "SMITH-JONES"
const CAP_WORD = "(?:Mc|Mac|O['’]|D['’]|De|Di|La|Le|Van|Von)?[A-Z][A-Z'’\\-]{1,20}";
// a word of a name in proper case, or an initial: "Paul", "D.", "McCalla"
const PROPER_WORD = "(?:[A-Z]\\.|(?:Mc|Mac|O['’])?[A-Z][a-z'’\\-]{1,20}(?:[A-Z][a-z]{1,20})?)";
const SUFFIX = "(?:,?[ \\t]{1,2}(?:Jr|JR|Sr|SR|II|III|IV)\\.?)?";
// "PAUL D. BORMAN", "ANNE E. THOMPSON", "McCALLA", "Wilkins": up to four words, the last a surname
const AUTHOR_NAME = `(?:(?:${CAP_WORD}|[A-Z]\\.)[ \\t]{1,2}){0,3}${CAP_WORD}${SUFFIX}|(?:${PROPER_WORD}[ \\t]{1,2}){0,3}${PROPER_WORD}${SUFFIX}`;
// what follows the name on an author line: "District Judge", "Chief Judge", "CHIEF U.S. DISTRICT JUDGE",
// "J.", "C.J.", "District J.", "Circuit Justice", "Senior District Judge"
const AUTHOR_TITLE =
  "(?:(?:Chief|CHIEF|Senior|SENIOR|Associate|ASSOCIATE|Presiding|PRESIDING|Acting|ACTING)[ \\t]{1,2})?(?:(?:United[ \\t]States|UNITED[ \\t]STATES|U\\.[ \\t]?S\\.)[ \\t]{1,2})?(?:(?:District|DISTRICT|Circuit|CIRCUIT|Magistrate|MAGISTRATE|Bankruptcy|BANKRUPTCY|Superior[ \\t]Court|SUPERIOR[ \\t]COURT|Appellate|Trial)[ \\t,]{1,3})?(?:Judge|JUDGE|Justice|JUSTICE|J\\.A\\.D\\.|P\\.J\\.A\\.D\\.|J\\.|C\\.[ \\t]?J\\.|P\\.[ \\t]?J\\.)";
// an opinion's author line, opening its line: "HARRIS, District Judge.", "WILKINS, J.", "SMITH, Circuit Judge:",
// "JON P. McCALLA, CHIEF U.S. DISTRICT JUDGE"; a two-column text layer may run the other column on after
// two spaces. OCR may put a stray comma inside ("District ,Judge").
const AUTHOR_LINE = new RegExp(
  `(?:^|\\n)[ \\t]{0,6}(?:Opinion[ \\t]{1,3}(?:by|of[ \\t]the[ \\t]Court[ \\t]by)[ \\t]{1,3})?(?<name>${AUTHOR_NAME}),[ \\t]{1,3}(?<title>${AUTHOR_TITLE})(?<after>[.:,]?[ \\t]{0,3}(?:(?<joined>,?[ \\t]{0,2}(?:with[ \\t]whom|in[ \\t]which|joined|writing|delivered|concurring|dissenting|Concurring|Dissenting|CONCURRING|DISSENTING)[^\\n]{0,80})|\\n|$|[ \\t]{2,}|(?<=[.:])[ \\t]))`,
  "g",
);
// a text layer that joins lines, or runs two columns together, puts the author line mid-paragraph: there only a
// name in capitals counts, and the line must end its title with "." or ":" ("… the van, ANNE E. THOMPSON, District Judge. card …")
const AUTHOR_INLINE = new RegExp(
  `(?<=^|\\s)(?<name>(?:(?:${CAP_WORD}|[A-Z]\\.)[ \\t]{1,2}){0,3}${CAP_WORD}${SUFFIX}),[ \\t]{1,3}(?<title>${AUTHOR_TITLE})(?<after>(?<joined>,?[ \\t]{0,2}(?:with[ \\t]whom|in[ \\t]which|joined|writing|delivered|concurring|dissenting|Concurring|Dissenting|CONCURRING|DISSENTING)[^\\n]{0,80})|(?<=\\.)(?=\\s|$)|[.:](?=\\s|$))`,
  "g",
);
// a research print's author field: "OPINION BY: Milan D. Smith, Jr." (a layer without spaces: "OPINIONBY:MilanD.Smith,Jr.")
const OPINION_BY = /(?<=^|\s|>)OPINION[ \t]?BY:[ \t]{0,2}(?<name>[A-Z][a-z'’-]{1,20}(?:[ \t]?[A-Z]\.)?[ \t]?[A-Z][A-Za-z'’-]{1,20}(?:,[ \t]?(?:Jr|Sr|II|III|IV)\.?)?|[A-Z][A-Z'’-]{2,20})(?=[\s;,.[]|$)/g;

/** A name whose layer lost its spaces: "MilanD.Smith,Jr." → "Milan D. Smith, Jr." */
function unglued(name: string): string {
  return name.replace(/([a-z])([A-Z]\.)/g, "$1 $2").replace(/\.(?=[A-Z])/g, ". ").replace(/,(?=\S)/g, ", ");
}
// a separate opinion's author, not the court's: "JONES, Circuit Judge, dissenting:", "…, concurring in part"
const SEPARATE = /\b(?:concurring|dissenting|Concurring|Dissenting|CONCURRING|DISSENTING)\b/;
// a per curiam opinion
const PER_CURIAM = /(?:^|\n)[ \t]{0,6}(?:PER[ \t]{1,2}CURIAM|Per[ \t]{1,2}Curiam)\b/;
// "Before: SMITH, JONES, and LEE, Circuit Judges." / "Present: WILKINS, NOLAN, & LYNCH, JJ."
const PANEL = /\b(?:Before|BEFORE|Present|PRESENT)[ \t]{0,2}:?[ \t]{1,3}(?<panel>[A-Z][^:\n]{2,200}?),?[ \t]{1,3}(?:(?:Chief[ \t]{1,2})?(?:Circuit|District|Senior)?[ \t]{0,2}Judges|CIRCUIT[ \t]{1,2}JUDGES|Justices|JUSTICES|JJ\.)/;

// a signature title, on the name's line or the next: "United States District Judge", "U.S. MAGISTRATE JUDGE",
// "Chief Judge", "Senior United States District Judge", "United States District Court Judge"
const SIGNATURE_TITLE =
  "(?:(?:Chief|CHIEF|Senior|SENIOR)[ \\t]{1,2})?(?:(?:United[ \\t]{1,2}States|UNITED[ \\t]{1,2}STATES|U\\.[ \\t]?S\\.)[ \\t]{1,2})?(?:(?:Chief|CHIEF|Senior|SENIOR)[ \\t]{1,2})?(?:District|DISTRICT|Magistrate|MAGISTRATE|Bankruptcy|BANKRUPTCY|Circuit|CIRCUIT)[ \\t]{1,2}(?:Court[ \\t]{1,2}|COURT[ \\t]{1,2})?(?:Judge|JUDGE)(?![sS])|(?:Chief|CHIEF|Senior|SENIOR)[ \\t]{1,2}(?:Judge|JUDGE)|J\\.(?=[ \\t]*(?:\\n|$))|(?:UNITED[ \\t]{1,2}STATES|United[ \\t]{1,2}States)[ \\t]{1,2}(?:DISTRICT|District)[ \\t]{1,2}(?:COURT|Court)(?![ \\t]{1,2}(?:for|FOR|of|OF|in|IN))|(?:Judge|JUDGE|Justice|JUSTICE)[ \\t]{1,2}of[ \\t]{1,2}the[ \\t]{1,2}(?:[A-Z][a-z]{1,15}[ \\t]{1,2}){0,3}(?:Superior|Circuit|District|Supreme|SUPERIOR|CIRCUIT|DISTRICT|SUPREME)[ \\t]{1,2}(?:Court|COURT)";
// the place of signing set in the left column beside the signature: "Dated: JANE ROE\nDetroit, Michigan  UNITED STATES DISTRICT JUDGE"
const PLACE = "[A-Z][a-z]{2,15}(?:[ \\t][A-Z][a-z]{2,15})?,[ \\t]{1,2}[A-Z][a-z]{1,15}\\.?(?:[ \\t][A-Z][a-z]{2,15})?";
// a name on the line above its title (or before it after a comma): "Hon. Michael M. Anello\nUnited States District Judge",
// "MICHAEL M. ANELLO, UNITED STATES DISTRICT JUDGE", "HON. JANE DOE ______ United States Magistrate Judge"
const SIGNATURE = new RegExp(
  `(?<=^|\\s|/|_)(?:(?:Hon\\.|HON\\.|Honorable|HONORABLE|The[ \\t]Honorable|THE[ \\t]HONORABLE|Judge|JUDGE)[ \\t]{1,3})?(?<name>(?:[A-Z][A-Za-z'’.\\-]{0,20}[ \\t]{1,3}){1,4}?[A-Z][A-Za-z'’\\-]{1,20}${SUFFIX})(?=[ \\t_,\\n])[ \\t_,]{0,60}(?:\\n[ \\t_]{0,60}){0,3}(?:${PLACE}[ \\t]{1,3})?(?<title>${SIGNATURE_TITLE})\\b`,
  "g",
);
// "/s/ Jane Q. Roe", "s/ JANE ROE": an electronic signature; the name stays on its line
const SLASH_S = /(?:^|[\s(/])s\/[ \t]{0,3}(?<name>[A-Z][A-Za-z'’.\-]{0,20}(?:[ \t]{1,2}[A-Z][A-Za-z'’.\-]{0,20}){1,4})/g;
// a lawyer's signature, not a judge's: what stands around it
const COUNSEL_NEAR = /\b(?:Attorneys?|ATTORNEYS?|Counsel|COUNSEL|Esq\.?|ESQ\.?|Bar[ \t]No|State[ \t]Bar|Respectfully[ \t]submitted|RESPECTFULLY[ \t]SUBMITTED|LLP|L\.L\.P\.|P\.C\.|P\.A\.|PLLC|Law[ \t]Offices?|Suite|Telephone|Tel\.|Email|E-mail|Fax|Assistant|Attorney[ \t]General|Deputy|Clerk|CLERK)\b/;
// "IT IS SO ORDERED", "SO ORDERED", "ENTER:", "ENTERED:": the court's block follows
const ORDERED = /\b(?:IT[ \t]{1,2}IS[ \t]{1,2}SO[ \t]{1,2}(?:ORDERED|RECOMMENDED)|SO[ \t]{1,2}ORDERED|It[ \t]{1,2}is[ \t]{1,2}so[ \t]{1,2}ordered|So[ \t]{1,2}ordered|ENTER(?:ED)?[ \t]{0,2}:|Enter(?:ed)?[ \t]{0,2}:|BY[ \t]THE[ \t]COURT|By[ \t]the[ \t]Court)/g;

// words that sit beside a judge's name but are no part of it
const NOT_NAME = /^(?:IT|IS|SO|ORDERED|DATED|Dated|Date|DATE|Hon\.?|Honorable|HONORABLE|HON\.?|Judge|JUDGE|The|THE|By|BY|Signed|SIGNED|Entered|ENTERED|ENTER|Enter|s\/|S\/|of|OF|AM|PM|and|AND|Court|COURT|January|February|March|April|May|June|July|August|September|October|November|December)$/;
// what a name is never: a court's or an office's words
const NOT_A_PERSON = /\b(?:and|AND|Division|DIVISION|Northern|NORTHERN|Southern|SOUTHERN|Eastern|EASTERN|Western|WESTERN|Central|CENTRAL|Middle|MIDDLE|State|STATE|United|States|STATES|UNITED|U\.S\.|Court|COURT|District|DISTRICT|Chief|CHIEF|Senior|SENIOR|Magistrate|MAGISTRATE|Circuit|CIRCUIT|Clerk|CLERK|County|COUNTY|Department|Office|OFFICE|Attorney|ATTORNEY|Order|ORDER|Motion|MOTION|Plaintiffs?|Defendants?|PLAINTIFFS?|DEFENDANTS?|Respectfully|Dated|DATED|Page|PAGE|Case|CASE|Document|Filed|FILED)\b/;

// a heading run into the author line: "OPINION SAND, District Judge."
const HEADING_WORD = /^(?:OPINION|MEMORANDUM|ORDER|DECISION|AND|RULING|JUDGMENT|Opinion|Memorandum|Order)$/;

/** Whether `at` is inside a panel's list, which names judges with their titles: "Before RICHARD A. POSNER, Circuit Judge ANN …". */
function inPanel(text: string, at: number): boolean {
  // the name's own first word may be the panel's heading ("Before RICHARD A. POSNER")
  const before = text.slice(Math.max(0, at - 250), at + 7);
  const panelAt = before.search(/\b(?:Before|BEFORE|Present|PRESENT)\b/);
  // the list ends at its plural title: "… TORRUELLA and BOUDIN, Circuit Judges. BREYER, Chief Judge."
  return panelAt >= 0 && !/\b(?:ORDERED|[Oo]rdered|ENTER)\b|\n\n|\b(?:Judges|JUDGES|Justices|JUSTICES|JJ)\.(?=\s)/.test(before.slice(panelAt, before.length - 7));
}

function cleanName(raw: string): string | null {
  let parts = raw.replace(/\s+/g, " ").trim().split(" ");
  // an electronic signature repeats the name: "Alan Jay Weil Alan Jay"
  parts = dropRepeatedName(parts);
  while (parts.length && (NOT_NAME.test(parts[0].replace(/[.:,]+$/, "")) || HEADING_WORD.test(parts[0]))) parts.shift();
  while (parts.length && NOT_NAME.test(parts[parts.length - 1].replace(/[.:,]+$/, ""))) parts.pop();
  const name = parts.join(" ").replace(/[,:]$/, "");
  if (!name || NOT_A_PERSON.test(name) || !/[A-Za-z]{2}/.test(name)) return null;
  return properCase(name);
}

function titleCase(t: string): string {
  return properCase(t.replace(/\s+/g, " ").replace(/\s*,\s*/g, " ").toUpperCase()).replace(/\bU\.s\.\b/i, "U.S.").replace(/\bJ\.$/i, "J.").replace(/\bC\. ?J\.$/i, "C.J.");
}

/**
 * The opinion's author lines in the first part of the text: the court's opinion first, a
 * separate opinion ("…, dissenting") never.
 *
 * @example authorLines("OPINION\nHARRIS, District Judge.\nOn February 10 …")[0].judge // → { name: "Harris", title: "District Judge" }
 */
export function authorLines(text: string, limit = 40000): JudgeCandidate[] {
  const head = text.slice(0, limit);
  const out: JudgeCandidate[] = [];
  const matches = [...head.matchAll(AUTHOR_LINE), ...head.matchAll(AUTHOR_INLINE), ...head.matchAll(OPINION_BY)].sort((a, b) => a.index - b.index);
  for (const m of matches) {
    const g = m.groups!;
    if (g.joined && SEPARATE.test(g.joined)) continue;
    const name = cleanName(g.title === undefined ? unglued(g.name) : g.name);
    if (!name) continue;
    // a lone initial or a two-letter word is no surname ("J., concurring" cut short)
    if (!/[A-Za-z'’]{3}/.test(name.replace(/,?\s(?:Jr|Sr|II|III|IV)\.?$/i, "").split(" ").pop() ?? "")) continue;
    const lead = m[0].length - m[0].trimStart().length;
    if (inPanel(text, m.index + lead)) continue;
    out.push({ judge: { name, title: g.title === undefined ? null : titleCase(g.title) }, source: "author-line", start: m.index + lead, end: m.index + m[0].length });
  }
  return out;
}

/**
 * Signature blocks (a name over or beside a judge's title), latest first, skipping counsel's.
 *
 * @example signatures("IT IS SO ORDERED.\n\nHon. Jane Q. Roe\nUnited States District Judge")[0].judge.name // → "Jane Q. Roe"
 */
export function signatures(text: string, from: number, to: number): JudgeCandidate[] {
  const zone = text.slice(from, to);
  const out: JudgeCandidate[] = [];
  for (const m of zone.matchAll(SIGNATURE)) {
    const name = cleanName(m.groups!.name);
    if (!name || name.split(" ").length < 2) continue;
    const at = from + m.index + m[0].indexOf(m.groups!.name);
    if (inPanel(text, at)) continue;
    out.push({ judge: { name, title: titleCase(m.groups!.title) }, source: "signature", start: at, end: from + m.index + m[0].length });
  }
  return out.reverse();
}

function slashSignatures(text: string, from: number, to: number): JudgeCandidate[] {
  const zone = text.slice(from, to);
  const out: JudgeCandidate[] = [];
  for (const m of zone.matchAll(SLASH_S)) {
    const name = cleanName(m.groups!.name);
    if (!name || name.split(" ").length < 2) continue;
    // counsel sign with "/s/" too: their firm, bar number or "Attorney for" stands near
    const around = zone.slice(m.index, m.index + m[0].length + 200);
    const before = zone.slice(Math.max(0, m.index - 200), m.index);
    if (COUNSEL_NEAR.test(around) || /\b(?:Respectfully|RESPECTFULLY)\b/.test(before)) continue;
    const start = from + m.index + m[0].indexOf(m.groups!.name);
    out.push({ judge: { name, title: null }, source: "electronic-signature", start, end: start + m.groups!.name.length });
  }
  return out.reverse();
}

/**
 * Reads who wrote or signed the document. An opinion's author line names its writer; an
 * order's signature block (or "/s/") its signer, the block after "SO ORDERED" first.
 *
 * @example readJudge("SO ORDERED.\n\nDated: May 1, 2020\n\n/s/ Jane Roe\nUnited States District Judge").judge
 * // → { name: "Jane Roe", title: "United States District Judge" }
 */
export function readJudge(text: string, bodyEnd = text.length): JudgeReading {
  const panelMatch = PANEL.exec(text.slice(0, 20000));
  const panel = panelMatch ? panelMatch.groups!.panel.replace(/\s+/g, " ").trim() : null;
  const perCuriamAt = text.slice(0, 20000).search(PER_CURIAM);

  const pick = (c: JudgeCandidate | undefined): JudgeReading | null =>
    c ? { judge: c.judge, source: { start: c.start, end: c.end, from: c.source }, perCuriam: false, panel } : null;

  const authors = authorLines(text, Math.min(bodyEnd, 40000));
  // a per curiam opinion before any author line has none; an author line before it is a
  // separate opinion's writer or the court below's
  if (perCuriamAt >= 0 && (!authors.length || authors[0].start > perCuriamAt)) {
    const signed = blockAfterOrdered(text, bodyEnd);
    return signed ? { ...pick(signed)!, perCuriam: false } : { judge: null, source: null, perCuriam: true, panel };
  }
  if (authors.length) {
    // "GALLAGHER, J." heads the opinion and "/s/ John M. Gallagher" signs it: the signature spells the name out
    const author = authors[0];
    if (!author.judge.name.includes(" ")) {
      const signed = blockAfterOrdered(text, bodyEnd) ?? signatures(text, Math.max(0, bodyEnd - 2500), bodyEnd)[0];
      const surname = author.judge.name.toLowerCase();
      if (signed && signed.judge.name.toLowerCase().split(/[\s,]+/).includes(surname)) return pick({ ...author, judge: { name: signed.judge.name, title: author.judge.title } })!;
    }
    return pick(author)!;
  }

  // the block after the last "SO ORDERED", then the end of the body; "/s/" where no title is typed
  const signed = blockAfterOrdered(text, bodyEnd);
  if (signed) return pick(signed)!;
  const tailFrom = Math.max(0, bodyEnd - 2500);
  return pick(signatures(text, tailFrom, bodyEnd)[0] ?? slashSignatures(text, tailFrom, bodyEnd)[0]) ?? { judge: null, source: null, perCuriam: false, panel };
}

/** The signature block after the last "SO ORDERED" / "ENTER:" that has one. */
function blockAfterOrdered(text: string, bodyEnd: number): JudgeCandidate | null {
  const marks = [...text.slice(0, bodyEnd).matchAll(ORDERED)];
  for (let i = marks.length - 1; i >= 0; i--) {
    const from = marks[i].index;
    const to = Math.min(bodyEnd, from + 900);
    const c = signatures(text, from, to).at(-1) ?? slashSignatures(text, from, to).at(-1);
    if (c) return c;
  }
  return null;
}
