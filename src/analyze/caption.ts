/**
 * The caption: court, case number, parties, title and the docket entries the document
 * answers, read from the head of the clean text (before the first paragraph of prose).
 */
import { courtById as tableCourtById } from "../cite/tables/courts.js";
import type { Anchor, Caption, Citation, Document, Party, Span, Stamp } from "../model/types.js";
import { findCaseNumbers, normalizeCaseNumber, sameCase, type CaseNumberMatch } from "./caseNumber.js";
import { captionHeadingEnd, defaultOffice, readCourt, type CourtReading } from "./court.js";
import { docketsIn, uniqueDocuments } from "./dockets.js";
import { REPRINT_CITE, ROLE_WORD, endsWithRole, markProSe, parseParties, roleMarkerEnds } from "./parties.js";
import { paragraphs } from "./sentences.js";
import { authorLines } from "./judge.js";
import { isPartyPaperTitle } from "./kind.js";

/** A caption and where in the text it ends (the body starts). */
export interface CaptionReading {
  caption: Caption;
  /** Offset where the caption zone ends. */
  end: number;
  /** The title's span, when found. */
  title: Span | null;
}

// "[Doc. No. 49]", "(ECF Nos. 5, 7)", "[Dkt. 30]", "Re: Dkt. No. 30", "[Doc. Nos. 44, 46]"
const DOCKET_REF = /(?:[[(]\s{0,2}(?:Re:?\s{0,2})?|\bRe:\s{0,2})(?:Doc(?:ument)?s?|Dkts?|Docket|ECF)\b[^\])\n]{0,80}?(?:[\])]|$|(?=\n))/gim;
// "(#1942)" — a docket number in the Central District of California's caption style
const HASH_REF = /[([]#\s{0,2}(?<number>\d{1,5})[)\]]/g;
// caption furniture that is neither party nor title: "(Ex)", "JS-6", "(WO)", a lone "Order"
const FURNITURE = /\((?:#\s{0,2}\d{1,5}|[A-Z][A-Za-z]{0,3}x?|WO[^)]{0,20})\)|\bJS-\d\b|(?:^|\s)(?:ORDER|Order|MEMORANDUM|Memorandum|OPINION|Opinion)(?:\s{1,2}(?:AND|and)\s{1,2}(?:ORDER|Order))?(?=\s|$)/g;
// a paragraph that is a caption title: "ORDER DENYING …", "MEMORANDUM OPINION AND ORDER", "[PROPOSED] ORDER"
const TITLE_START = /^\s{0,3}(?:\[PROPOSED\]\s{0,3})?(?:(?:AMENDED|MEMORANDUM|OPINION|FINAL|PRELIMINARY|STIPULATED|PROTECTIVE|SCHEDULING|CASE\s{1,2}MANAGEMENT|AGREED|CONSENT|DEFAULT|PARTIAL|SUPPLEMENTAL|FURTHER|INTERIM|CORRECTED|SECOND|THIRD|REVISED)\s{1,3}(?:AND\s{1,3})?){0,3}(?:ORDER|OPINION|MEMORANDUM|JUDGMENT|DECISION|REPORT\s{1,3}AND\s{1,3}RECOMMENDATIONS?|FINDINGS|RULING|DECREE|NOTICE|PERMANENT\s{1,3}INJUNCTION|TEMPORARY\s{1,3}RESTRAINING)\b/;
// a title inside a column-mixed caption line: "… ) ORDER GRANTING IN PART …"
const TITLE_INLINE = /(?:^|[)\s])(?<title>(?:(?:MEMORANDUM|OPINION|AMENDED|FINAL)\s{1,3}(?:AND\s{1,3})?){0,2}(?:ORDER|OPINION|MEMORANDUM|JUDGMENT|REPORT\s{1,3}AND\s{1,3}RECOMMENDATION)(?:[ \t]{1,3}[A-Z0-9'’,.;:&\-/]{1,30}(?![a-z])){0,40})/;
// a paragraph of prose: long, mostly lower-case words
const PROSE_WORD = /\b[a-z]{2,}\b/g;

function isProse(p: string): boolean {
  const lower = p.match(PROSE_WORD)?.length ?? 0;
  // a column rule of a caption is a ")" standing alone; a citation's ")" closes a word
  const columns = p.match(/(?:^|\s)\)(?=\s|$)/g)?.length ?? 0;
  return p.length > 160 && lower >= 18 && columns < Math.max(4, lower / 10);
}

// a heading that starts the body: "BACKGROUND", "I. INTRODUCTION"
const BODY_HEADING = /^\s{0,3}(?:[IVX]{1,4}\.\s{1,3}|[A-H]\.\s{1,3})?(?:BACKGROUND|INTRODUCTION|DISCUSSION|PROCEDURAL\s{1,3}(?:HISTORY|BACKGROUND)|FACTUAL\s{1,3}BACKGROUND|LEGAL\s{1,3}STANDARDS?|ANALYSIS|OPINION|FACTS|STATEMENT\s{1,3}OF)\b/;

/** Where a run of prose starts in `s`: 15 words, 11 or more of them lower case. */
function proseRunStart(s: string): number {
  const words = [...s.slice(0, 4000).matchAll(/\S+/g)];
  for (let i = 0; i + 15 <= words.length; i++) {
    let lower = 0;
    for (let j = i; j < i + 15; j++) if (/^[a-z]/.test(words[j][0])) lower++;
    if (lower >= 11) return words[i].index;
  }
  return -1;
}

// a short body paragraph still opens like one: "The Court DENIES …", "IT IS ORDERED …"
const BODY_START = /^\s{0,3}(?:The\s+Court|This\s+Court|IT\s+IS|It\s+is|Before\s+the\s+Court|Pending\s+before|Presently\s+before|This\s+matter|This\s+case|Having\s+considered|Upon|On\s+[A-Z][a-z]{2,8}\.?\s+\d)\b[^]{30}/;

// the formulae a caption sues or is sued in, which read like prose but name no prose: "individually and on behalf
// of all others similarly situated", "in his official capacity as", "by her next friend", "on their own"
const CAPTION_FORMULA = /\b(?:individually(?:\s{1,3}and)?|on\s{1,3}behalf\s{1,3}of(?:\s{1,3}(?:(?:him|her|them|it)sel(?:f|ves)|(?:his|her|their|its)(?:\s{1,3}(?:minor|infant))?\s{1,3}(?:children|child|sons?|daughters?|members)|a\s{1,3}class\s{1,3}of|all\s{1,3}others))?|on\s{1,3}(?:his|her|their|its)\s{1,3}own(?:\s{1,3}behalf)?|(?:all\s{1,3})?others\s{1,3}similarly\s{1,3}situated(?:\s{1,3}persons)?|similarly\s{1,3}situated(?:\s{1,3}persons)?|in\s{1,3}(?:his|her|their|its)\s{1,3}(?:official|individual)(?:\s{1,3}and\s{1,3}(?:official|individual))?\s{1,3}capacit(?:y|ies)(?:\s{1,3}as)?|by\s{1,3}(?:and\s{1,3}through\s{1,3})?(?:his|her|their)\s{1,3}(?:next\s{1,3}friends?|parents?|guardians?(?:\s{1,3}ad\s{1,3}litem)?|mother|father))(?![A-Za-z])/gi;

/** `s` with a caption's formulae blanked, offsets kept, so that only the body's sentences read as prose. */
const withoutFormulae = (s: string) => s.replace(CAPTION_FORMULA, (m) => " ".repeat(m.length));

function zoneEnd(text: string): number {
  const limit = Math.min(text.length, 6000);
  for (const p of paragraphs(text, 0, limit)) {
    const s = withoutFormulae(text.slice(p.start, p.end));
    if (BODY_HEADING.test(s) || BODY_START.test(s)) return p.start;
    if (!isProse(s)) continue;
    // a caption whose names and capacities read like prose still ends on its role word
    if (p.start < 2500 && endsWithRole(s)) continue;
    // a caption run together with the first paragraph (text layers without blank lines):
    // the caption ends after its last role word, case number or docket reference before the prose
    let run = proseRunStart(s);
    // no run of prose at all, and both sides' role words: a long caption paragraph of names and capacities
    if (run < 0 && roleMarkerEnds(s).length > 1) continue;
    // else the run its formulae make, if any, as the caption's last word's landmark
    if (run < 0) run = proseRunStart(text.slice(p.start, p.end));
    if (run < 40) return p.start;
    const head = s.slice(0, run);
    const landmarks = [
      ...roleMarkerEnds(head),
      ...findCaseNumbers(head).map((c) => c.end),
      ...[...head.matchAll(DOCKET_REF)].map((m) => m.index + m[0].length),
      ...[...head.matchAll(/\(#\s{0,2}\d{1,5}\)|\bJS-\d\b/g)].map((m) => m.index + m[0].length),
    ].filter((e) => e <= run);
    return landmarks.length ? p.start + Math.max(...landmarks) : p.start;
  }
  return limit;
}

// what introduces another case's number in a caption: the court appealed from ("Appeal from U.S. District Court for
// the … (2:16-cv-04313-FJG)", "D.C. No. 1:05-cv-03619") or a case consolidated with the lead one ("Consolidated with 25-5055")
const OTHER_CASE = /(?:\bAppeals?\s{1,3}from\b|\bConsolidated\s{1,3}with\b|\bcons\.\s{0,2}w\/|\bD\.\s{0,2}C\.\s{0,2}(?:No|Docket)\b|\bLower\s{1,3}(?:Court|Tribunal)\b|\bOriginating\s{1,3}Case\b)[^]{0,150}$/i;

function pickCaseNumber(zone: string, stamp: Stamp | null, labeledOnly = false): CaseNumberMatch | null {
  const found = findCaseNumbers(zone);
  // a number another case's words introduce is not this one's, when the caption prints its own
  const own = found.filter((c) => {
    const from = Math.max(0, c.start - 160);
    const m = OTHER_CASE.exec(zone.slice(from, c.start));
    return !m || found.some((d) => d.start > from + m.index && d.start < c.start);
  });
  const all = own.length ? own : found;
  // a number labeled "Case No." / "No." / "Civil Action" / "CASE #:" is the caption's own
  const labeled = all.filter((c) => /(?:Nos?\.?|Number|Action|Case|#)\s{0,3}[:.]?\s{0,3}$/i.test(zone.slice(Math.max(0, c.start - 24), c.start)) || /^(?:No|CV|CR|C\b|Civ|\d{2}\s{1,2}(?:Civ|CV|Cr|CR)\b)/i.test(c.raw) || (c.office !== null && c.type !== null));
  // a number in a form no pattern knows is read only when no known form is labeled
  const known = labeled.find((c) => !c.generic) ?? labeled[0];
  if (labeledOnly) return known ?? null;
  const stampNo = stamp?.caseNumber ? findCaseNumbers(stamp.caseNumber)[0] : undefined;
  const matchingStamp = stampNo ? all.find((c) => sameCase(c, stampNo)) : undefined;
  return matchingStamp ?? known ?? all[0] ?? null;
}

// a title piece that goes on from the one before: "TO DISMISS …", "APPROVING PARTIES’ …", "AND DENYING IN PART …"
const TITLE_VERB = "(?:GRANTING|DENYING|APPROVING|ADOPTING|DISMISSING|REMANDING|SETTING|VACATING|STAYING|STRIKING|ENTERING|CERTIFYING|AFFIRMING|REVERSING|ENJOINING|REGARDING|CONFIRMING|DIRECTING|REQUIRING|TRANSFERRING|COMPELLING|EXTENDING|CONTINUING|AUTHORIZING|ACCEPTING|APPOINTING|SUSTAINING|OVERRULING|MODIFYING|PERMITTING|GOVERNING|ESTABLISHING|RESOLVING|CONCERNING|FOLLOWING)";
const TITLE_GOES_ON = new RegExp(`^(?:AND|OR|FOR|TO|OF|IN|ON|WITH|AS|RE:?|PURSUANT|UNDER|${TITLE_VERB}|MOTIONS?|PETITION|APPLICATION|REQUEST|STIPULATION)\\b`);
// a title piece that stops mid-phrase: "… IN PART AND", "… PLAINTIFFS’", "… PRELIMINARILY", "… MOTION TO"
const TITLE_CUT = new RegExp(`\\b(?:AND|OR|TO|FOR|OF|THE|RE:?|IN|ON|WITH|A|AN|[A-Z]{3,}(?:ARILY|ALLY|NTLY|ATELY)|${TITLE_VERB}|IN\\s{1,3}PART|MOTIONS?|PRELIMINARY|PARTIAL|TEMPORARY|PERMANENT|SUMMARY|HABEAS|CLASS|[A-Z]+['’]S?|[A-Z]+S['’]|[A-Z]+-)$`);
// a column layout's line: the party column's role word or "v." around a piece of the title ("Plaintiff, TO DISMISS FOR vs.")
const ROLE_LEAD = /^\s{0,3}(?:(?:Plaintiffs?|Defendants?|Petitioners?|Respondents?|Appellants?|Appellees?)[-A-Za-z]{0,20}\s{0,2}[,.]|v\.|vs\.)\s{1,3}/;
// a paragraph that is only the party column's furniture: "Plaintiffs,", "Defendant.", "v.", ") )"
const COLUMN_LINE = /^[\s)]{0,20}(?:(?:Plaintiffs?|Defendants?|Petitioners?|Respondents?|Appellants?|Appellees?)(?:[-/][A-Za-z]{1,20}){0,2}\s{0,2}[,.]?|v\.?|vs\.?|-?against-?)?[\s)]{0,20}$/i;
const VERSUS_TAIL = /\s{1,3}(?:v\.|vs\.|versus|-against-)\s{0,3}$/;

/** The all-capital piece of a caption paragraph that may carry on the title, with a party column's role word or "v." cut away. */
function titlePiece(text: string, z: Span): Span | null {
  let start = z.start;
  let end = z.end;
  const s = text.slice(start, end);
  const lead = ROLE_LEAD.exec(s);
  if (lead) start += lead[0].length;
  while (start < end && /[\s)]/.test(text[start])) start++;
  const tail = VERSUS_TAIL.exec(text.slice(start, end));
  if (tail) end -= tail[0].length;
  while (end > start && /[\s)]/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

// a civil minutes form's "Title" line: "Title RYAN LEWIS v. TRAVERTINE, INC., ET AL." (to the end of the line)
const MINUTES_TITLE = /\bTitle:?[ \t]{1,3}(?<plaintiff>[A-Z][^\n]{1,150}?)[ \t]{1,3}(?:v\.|vs\.|V\.|VS\.)[ \t]{1,3}(?<defendant>[A-Z][^\n]{1,150}?)[ \t]*(?=\n|$)/;

function titleOf(text: string, zone: Span[], from: number): Span | null {
  for (const p of zone) {
    if (p.end <= from) continue;
    const s = text.slice(p.start, p.end);
    if (TITLE_START.test(s) && s.length < 600) {
      // the bracketed docket reference under the title is not part of it
      // so is a body heading run into the same paragraph ("ORDER I. INTRODUCTION")
      const cut = s.search(/\s[[(](?:Re:?\s{0,2})?(?:Doc|Dkt|ECF)|\sRe:\s{0,2}(?:Doc|Dkt|ECF)|\s(?:[IVX]{1,4}\.\s{1,3})?(?:INTRODUCTION|BACKGROUND|DISCUSSION|Introduction|Background)\b/i);
      const lead = s.length - s.trimStart().length;
      // a bare "ORDER" (a scanning cover sheet's, a running head's) gives way to the caption's own title beside the parties
      if (/^\s{0,3}(?:ORDER|OPINION|MEMORANDUM|JUDGMENT)\s{0,3}$/.test(s)) {
        const word = s.trim();
        for (const q of zone) {
          if (q.start <= p.start) continue;
          const m = TITLE_INLINE.exec(text.slice(q.start, q.end));
          if (!m || !m.groups!.title.startsWith(word) || m.groups!.title.trim().split(/\s+/).length < 3) continue;
          const start = q.start + m.index + m[0].length - m.groups!.title.length;
          return { start, end: start + m.groups!.title.trimEnd().length };
        }
      }
      return { start: p.start + lead, end: p.start + (cut > 0 ? cut : s.trimEnd().length) };
    }
  }
  for (const p of zone) {
    if (p.end <= from) continue;
    const m = TITLE_INLINE.exec(text.slice(p.start, p.end));
    if (m) {
      const start = p.start + m.index + m[0].length - m.groups!.title.length;
      return { start, end: start + m.groups!.title.trimEnd().length };
    }
  }
  return null;
}

// a heading that names the document, standing as its own paragraph past the caption: a reprint's "OPINION",
// "MEMORANDUM OPINION AND ORDER", "OPINION OF THE COURT", "MEMORANDUM OF DECISION ON …", "ON PETITIONS FOR REHEARING …"
const HEADING_TITLE = new RegExp(`^(?:${TITLE_START.source.slice(1)}|\\s{0,3}(?:OPINION\\s{1,3}OF\\s{1,3}THE\\s{1,3}COURT|MEMORANDUM\\s{1,3}OF\\s{1,3}DECISION|DECISION\\s{1,3}AND\\s{1,3}(?:ORDER|ENTRY)|ON\\s{1,3}(?:PETITIONS?|MOTIONS?|APPLICATION|REHEARING|APPEAL)\\b))`);

// a body's first section heading, not a piece of the document's title: "I. BACKGROUND", "A. FACTS", "INTRODUCTION"
const SECTION_HEADING = /^(?:(?:[IVX]{1,5}|[A-H]|\d{1,2})\.\s|(?:INTRODUCTION|BACKGROUND|DISCUSSION|CONCLUSION|FACTS|ANALYSIS|SUMMARY)\b)/;

/**
 * The document's own heading where the caption zone has none: a paragraph in capitals past the
 * caption (after a reprint's synopsis and counsel), the one nearest before the opinion's author
 * line when there is one. A heading broken across a two-column layer carries on past the other
 * column's prose: the next paragraph in capitals that goes on from it.
 *
 * @example headingTitle("Counsel for plaintiffs.\n\nOPINION AND ORDER\n\nHARRIS, District Judge.\n\nThe Court …", 41) // → { start: 25, end: 42 }
 */
export function headingTitle(text: string, authorAt: number | null): Span[] | null {
  const limit = authorAt ?? Math.min(text.length, 30000, Math.max(6000, Math.floor(text.length / 4)));
  const zone = paragraphs(text, 0, Math.min(text.length, limit + 2));
  let found = -1;
  let heading: { pieces: Span[]; last: number } | null = null;
  for (let i = 0; i < zone.length; i++) {
    const s = text.slice(zone[i].start, zone[i].end).trim();
    if (s.length > 300 || !inCapitals(s) || !HEADING_TITLE.test(s)) continue;
    // a heading's own later piece ("… (3) GRANTING DEFENDANTS’ MOTION FOR SUMMARY" / "JUDGMENT") is no heading of its own
    if (heading && i <= heading.last) continue;
    found = i;
    heading = headingPieces(text, zone, i, authorAt);
    // without an author line the first heading names the document; with one, the nearest before it
    if (authorAt === null) break;
  }
  if (found < 0 || (authorAt !== null && authorAt - zone[found].end > 2500)) {
    // an author line at the very top (a print's "Opinion" header) says nothing of where the heading is
    if (authorAt !== null && authorAt < 200) return headingTitle(text, null);
    // a two-column layer runs the heading into the other column's prose: "… to be traveling OPINION at a low rate …"
    if (authorAt === null) return null;
    const near = text.slice(Math.max(0, authorAt - 600), authorAt);
    const inline = [...near.matchAll(INLINE_HEADING)].pop();
    if (!inline) return null;
    const start = Math.max(0, authorAt - 600) + inline.index + inline[0].length - inline.groups!.heading.length;
    return [{ start, end: start + inline.groups!.heading.length }];
  }
  return heading!.pieces;
}

/** Whether a paragraph is set in capitals, a title's little words aside ("INJUNCTIVE RELIEF, and (3) GRANTING"). */
function inCapitals(s: string): boolean {
  return !/[a-z]/.test(s.replace(/\b(?:and|of|the|in|on|for|to)\b/g, ""));
}

/**
 * The pieces of a heading that opens at `zone[found]`, and the index of the last paragraph it takes. A heading
 * broken across a two-column layer carries on past the other column's prose: the next paragraph in capitals
 * that goes on from it.
 */
function headingPieces(text: string, zone: readonly Span[], found: number, authorAt: number | null): { pieces: Span[]; last: number } {
  const pieces: Span[] = [trimmed(text, zone[found])];
  let lastAt = found;
  // once the other column's prose has stood between two pieces, the layer interleaves the columns line by line:
  // a piece in capitals after one more line of prose goes on with the heading even where no word says it is cut
  let interleaved = false;
  for (let i = found + 1, skipped = 0; i < zone.length && pieces.length < 8; i++) {
    const s = text.slice(zone[i].start, zone[i].end).trim();
    const last = text.slice(pieces[pieces.length - 1].start, pieces[pieces.length - 1].end);
    // the author line closes the heading: the zone's last paragraph is cut short there
    if (authorAt !== null && zone[i].start >= authorAt) break;
    const continues = TITLE_GOES_ON.test(s) || TITLE_CUT.test(last) || /^\(\d{1,2}\)/.test(s) || (skipped === 1 && interleaved && !SECTION_HEADING.test(s));
    // a heading word goes on only from a phrase cut short ("… MOTION FOR SUMMARY" / "JUDGMENT"), not after a whole "NOTICE OF MOTION"
    const cutShort = TITLE_CUT.test(last) && !/\bMOTIONS?$/.test(last);
    if (inCapitals(s) && s.length < 200 && continues && !/^\[|^\((?:Doc|ECF|Dkt)/i.test(s) && (!HEADING_TITLE.test(s) || cutShort)) {
      pieces.push(trimmed(text, zone[i]));
      lastAt = i;
      if (skipped) interleaved = true;
      skipped = 0;
      continue;
    }
    // the other column's prose between two pieces of a title cut mid-phrase, or of a heading set line by line
    // between the other column's lines
    if (!inCapitals(s) && (TITLE_CUT.test(last) || interleaved) && skipped++ === 0) continue;
    break;
  }
  return { pieces, last: lastAt };
}

/**
 * A party's filing's own title: the first paragraph in capitals near the caption that names a
 * party's paper. Where a two-column caption splits it ("FIRST AMENDED CLASS ACTION" … "COMPLAINT"),
 * the pieces in capitals between the party lines are joined.
 *
 * @example partyTitle("ACME, Plaintiff, v. ROE, Defendant.\n\nPLAINTIFF’S MOTION TO COMPEL\n\nPlaintiff moves …") // → spans of "PLAINTIFF’S MOTION TO COMPEL"
 */
export function partyTitle(text: string, from = 0): Span[] | null {
  const zone = paragraphs(text, from, Math.min(text.length, from + 6000));
  for (let i = 0; i < zone.length; i++) {
    const s = text.slice(zone[i].start, zone[i].end).trim();
    if (s.length > 400 || /[a-z]/.test(s.replace(/\b(?:and|of|the|in|on|for|to|by|a|an)\b/g, ""))) continue;
    if (!isPartyPaperTitle(s)) continue;
    // "COMPLAINT PRELIMINARY STATEMENT": the body's first heading run into the title
    const cut = s.search(/\s(?:PRELIMINARY\s{1,3}STATEMENT|INTRODUCTION|TABLE\s{1,3}OF\s{1,3}CONTENTS|JURY\s{1,3}TRIAL\s{1,3}DEMAND)/);
    const span = trimmed(text, zone[i]);
    return [{ start: span.start, end: cut > 0 ? span.start + cut : span.end }];
  }
  return null;
}

// the short headings an opinion opens with, run into prose: only these, to be sure it is no sentence's words
const INLINE_HEADING = /(?:^|\s)(?<heading>(?:MEMORANDUM\s{1,3}(?:AND\s{1,3})?)?(?:OPINION|DECISION)(?:\s{1,3}AND\s{1,3}ORDER)?|MEMORANDUM\s{1,3}AND\s{1,3}ORDER|OPINION\s{1,3}OF\s{1,3}THE\s{1,3}COURT)(?=\s{1,3}[a-z(]|\s{0,3}$)/g;

/**
 * A reprint's caption up to its last role word: the first one that closes a side with a period
 * ("…, Defendants.") and no other side's role word within 500 characters after it (consolidated
 * captions follow each other closely; the synopsis and the body further on name parties too).
 */
function captionRun(s: string): string {
  const ends = roleMarkerEnds(s);
  for (let i = 0; i < ends.length; i++) {
    if (!/\.\s*$/.test(s.slice(Math.max(0, ends[i] - 2), ends[i]))) continue;
    if (i + 1 >= ends.length || ends[i + 1] - ends[i] > 500) return s.slice(0, ends[i]);
  }
  return s;
}

// the words a heading set letter by letter is made of, longest first
const SPACED_WORDS = ["RECOMMENDATIONS", "RECOMMENDATION", "MEMORANDUM", "JUDGMENT", "DECISION", "OPINION", "AMENDED", "DECREE", "REPORT", "ORDER", "FINAL", "COURT", "AND", "THE", "OF", "&"];

/**
 * A heading printed with a space between its letters, read as words: "O P I N I O N A N D O R D E R" → "OPINION AND ORDER".
 * Only a heading made wholly of a document's heading words is read.
 *
 * @example spacedHeading("M E M O R A N D U M  O P I N I O N") // → "MEMORANDUM OPINION"
 */
export function spacedHeading(s: string): string | null {
  const t = s.trim();
  if (t.length > 120 || !/^(?:[A-Z&] {1,3}){5,}[A-Z]$/.test(t)) return null;
  let rest = t.replace(/\s+/g, "");
  const out: string[] = [];
  while (rest) {
    const w = SPACED_WORDS.find((x) => rest.startsWith(x));
    if (!w) return null;
    out.push(w);
    rest = rest.slice(w.length);
  }
  const heading = out.join(" ");
  return TITLE_START.test(heading) ? heading : null;
}

// the reporter's citations before a collapsed caption paragraph: "412 Mass. 759 (1992) 592 N.E.2d 1303"
const CITES_LEAD = new RegExp(String.raw`^(?:${REPRINT_CITE}(?: \(\d{4}\))? ?)+`);

// one side of a caption without role words: a short run of names in capitals, "et al." or "& others" after it
const PLAIN_SIDE = /^(?:\[\d{1,3}\]\s{1,3})?[A-Z][A-Z0-9.,'’&\- ]{1,120}?(?:,?\s{1,3}(?:ET\s{1,2}AL\.?|et\s{1,2}al\.?|(?:&|and)\s{1,2}(?:others|another)\.?))?[.,]?$/;

/**
 * The parties of a caption that prints no role words, "A v. B" on one line or "A" / "v." / "B" on three:
 * a petition for certiorari's sides are petitioner and respondent, a trial or state court's plaintiff and
 * defendant; a federal court of appeals' caption without roles says nothing of who appeals.
 *
 * @example plainCaption("TEXAS ET AL. v. CHERYL J. HOPWOOD ET AL.", [{ start: 0, end: 40 }], "scotus") // → Texas (petitioner), Cheryl J. Hopwood (respondent)
 */
export function plainCaption(text: string, zone: readonly Span[], court: string | null): Party[] {
  if (court && /^(?:ca\d{1,2}|cadc|cafc)$/.test(court)) return [];
  const head = text.slice(0, Math.min(text.length, 3000));
  const [first, second] = court === "scotus" || /\bCERTIORARI\b/i.test(head) ? ["Petitioner", "Respondent"] : ["Plaintiff", "Defendant"];
  // each paragraph collapsed, a footnote mark ("[2]") dropped, and a "v." at either edge set on its own
  const paras = zone
    .map((z) => text.slice(z.start, z.end).replace(/\[\d{1,3}\]/g, " ").replace(/\s+/g, " ").trim())
    // a reporter's citations before the caption: "412 Mass. 759 (1992) 592 N.E.2d 1303"
    .map((p) => p.replace(CITES_LEAD, ""))
    .flatMap((p) => p.split(/(?:^|\s)((?:v|vs|V|VS)\.)(?=\s|$)/).map((x) => x.trim()))
    .filter((p) => p);
  const side = (x: string | undefined) => (x && PLAIN_SIDE.test(x.trim()) && !/\b(?:COURT|DISTRICT\s{1,2}OF|CIRCUIT|DIVISION|No\.|NO\.)/.test(x) ? x.trim().replace(/^\[\d{1,3}\]\s{1,3}/, "").replace(/,?\s{1,3}(?:&|and)\s{1,2}(?:others|another)\.?$/i, "") : null);
  for (let i = 0; i < paras.length; i++) {
    let a: string | null = null;
    let b: string | null = null;
    if (/^(?:v\.?|vs\.?|versus)$/i.test(paras[i]) && i > 0) [a, b] = [side(paras[i - 1]), side(paras[i + 1])];
    if (a && b) return parseParties(`${a.replace(/[.,]$/, "")}, ${first}, v. ${b.replace(/[.,]$/, "")}, ${second}.`);
  }
  return [];
}

// a caption's own line: a side's role word closing it, or the "v." between the sides
const CAPTION_LINE = new RegExp(`${ROLE_WORD}\\s{0,2}[,.;]|^\\s{0,3}(?:v|vs)\\.?\\s{0,3}$`);
// a name in capitals opening a line: "Mario M. CUOMO,", "Paul R. QUINCE,"
const CAPPED_NAME_LINE = /^(?:[A-Z][a-z'’]{1,15}\.?\s{1,2}){1,3}(?:[A-Z]\.\s{1,2})?[A-Z]{3,}[A-Z'’-]*\b/;
// a citation of the other column: "502 U.S. 367", "417 F.2d 852"
const REPORTER_CITE = /\b\d{1,4}\s{1,2}(?:U\.\s?S\.|S\.\s?Ct\.|F\.\s?(?:Supp\.|\dd)|F\.R\.D\.|L\.\s?Ed\.)/;
// words of prose: lower-case words
// (not a name's little words, nor a caption's own words for how a party is sued: "sued in his official
// capacity as", "on behalf of its members", "individually and as next friend of", "all others similarly situated")
const CAPTION_WORDS = "and|the|for|of|de|la|le|du|da|di|von|van|der|del|des|et|al|rel|ex|sued|in|his|her|their|its|official|individual|individually|capacity|capacities|as|on|behalf|next|friend|by|through|members|minor|minors|successor|successors|office|all|others|similarly|situated|persons|nfr|ppa|dba|aka|fka|inc|ltd|formerly|known|doing|business|also|now|acting|former";
const LINE_PROSE_WORD = new RegExp(`(?:^|[\\s(“"])(?!(?:${CAPTION_WORDS})\\b)[a-z]{2,}\\b`, "g");
// a line that runs on mid-sentence: "… Earle J. Schwarz, filed a"
const RUNS_ON_LINE = new RegExp(`(?:^|\\s)(?!(?:${CAPTION_WORDS})$)[a-z]{1,20}$`);
// a sentence of the other column closing a line ("Affirmed.", "… the motion was denied."): a caption's
// line closes on a role word, "et al.", a company's or a person's abbreviation, or an initial
const SENTENCE_END_LINE = /(?<!\b(?:al|Inc|Co|Corp|Ltd|Jr|Sr|Bros|Dept|Ass'n|Assn|Cir|[A-Z]))\.$/;

/**
 * The printed lines of a reprint's caption between two offsets, without the other column's prose
 * lines that a two-column text layer sets between them ("request denied." between "… Ronald" and
 * "Haddad, Defendants."): a line with two words of prose, ending on one or closing a sentence is the
 * other column's, unless a side's role word closes it or it opens on a name in capitals.
 */
function captionLines(text: string, anchors: readonly Anchor[], from: number, to: number): string {
  const starts = anchors.map((a) => a.start).filter((x) => x > from && x < to).sort((a, b) => a - b);
  const bounds = [from, ...starts, to];
  const kept: string[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const line = text.slice(bounds[i], bounds[i + 1]).trim();
    if (!line) continue;
    const bare = line.replace(/\([^()]{0,120}\)|“[^“”]{0,80}”/g, " ");
    // a line that opens on a name set in capitals ("Mario M. CUOMO, as Governor of …") is the caption's,
    // whatever the other column runs on beside it
    if (CAPTION_LINE.test(line) || CAPPED_NAME_LINE.test(line)) kept.push(line);
    // not a line closing on a sentence's period (the court line's ", Southern Division.") or a colon, a mark
    // alone (".") or the other column's citation
    else if ((bare.match(LINE_PROSE_WORD) ?? []).length < 2 && !RUNS_ON_LINE.test(bare.trim()) && !SENTENCE_END_LINE.test(line) && !/:$/.test(line) && /[A-Za-z]{2}/.test(line) && !REPORTER_CITE.test(line)) kept.push(line);
  }
  return kept.join("\n");
}

/** Parties read from a caption not mixed with prose: both sides named, no name with prose words in it. */
function cleanSides(parties: readonly Party[]): boolean {
  if (new Set(parties.map((p) => p.role)).size < 2) return false;
  // a one-word name is a place or a fragment of counsel's lines ("Jackson", "Miss")
  return parties.every((p) => p.doe || (/\s/.test(p.name) &&(p.name.match(/(?:^|\s)[a-z]{3,}\b/g) ?? []).filter((w) => !/^\s?(?:and|the|for)$/.test(w)).length < 2 && p.name.length < 90));
}

function trimmed(text: string, z: Span): Span {
  let { start, end } = z;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * A party block without the case numbers of a consolidated caption's other cases ("-against- 00 CV 5155 (JBW)
 * NICHOLAS ROE"), which would otherwise run into the name after them: each number of a district court's form,
 * through its sequence number (the judges' initials after it may be a name's first word).
 */
function withoutCaseNumbers(block: string): string {
  let out = block;
  for (const c of findCaseNumbers(block)) {
    if (c.type === null || /\bin\s{1,3}$/.test(block.slice(Math.max(0, c.start - 4), c.start))) continue;
    const through = c.start + c.raw.indexOf(c.number) + c.number.length;
    // initials joined to the number ("-HSG", "(JBW)") go with it; a word after a space may be a name's
    const end = /^[-–(/]/.test(block.slice(through, c.end)) ? c.end : through;
    out = out.slice(0, c.start) + " ".repeat(end - c.start) + out.slice(end);
  }
  return out;
}

// what marks a Westlaw print: its flags, headings and notices
const WESTLAW_PRINT = /\bKeyCite\b|\bSynopsis\b|\bAttorneys\s{1,3}and\s{1,3}Law\s{1,3}Firms\b|\bWest\s{1,3}Headnotes\b|\bThomson\s{1,3}Reuters\b|\bOnly\s{1,3}the\s{1,3}Westlaw\s{1,3}citation\b/;
// a state court's line as a Westlaw print sets it over the caption: "Supreme Court of Illinois.", "Court of Appeals of
// Indiana.", "Supreme Judicial Court of Massachusetts, Suffolk.", "Supreme Court, Appellate Division, Third Department, New York."
const STATE_COURT_LINE = /\b(?:(?:Supreme|Superior|Appellate|District|Circuit|Commonwealth|Chancery|County|Family|Probate|Juvenile|Tax|Civil|Criminal)\s{1,2}(?:Judicial\s{1,2})?Court|Court\s{1,2}of\s{1,2}(?:Appeals?|Criminal\s{1,2}Appeals|Special\s{1,2}Appeals|Chancery|Common\s{1,2}Pleas|Claims))(?:,?\s{1,2}[A-Z][A-Za-z'’]{1,20}|\s{1,2}of(?:\s{1,2}the)?|\s{1,2}for(?:\s{1,2}the)?|,){0,10}\.(?=\s)/;

// the kinds of court that review another's decision
const REVIEWING = new Set(["scotus", "appellate", "bankruptcy-appellate", "state-supreme", "state-appellate"]);

// the pairs of roles one caption uses
// (an appeal's and a petition's go together: "Plaintiffs-Appellants" against "Defendants-Respondents")
const ROLE_FAMILY: Record<string, string> = { appellant: "review", appellee: "review", petitioner: "review", respondent: "review", plaintiff: "trial", defendant: "trial" };

/** The parties of the pair of roles most of them have: in a reprint run together with its prose, a "defendant" among appellants is the prose's. */
function oneFamily(parties: Party[]): Party[] {
  const count = new Map<string, number>();
  for (const p of parties) if (ROLE_FAMILY[p.role]) count.set(ROLE_FAMILY[p.role], (count.get(ROLE_FAMILY[p.role]) ?? 0) + 1);
  const [top] = [...count.entries()].sort((a, b) => b[1] - a[1]);
  return top ? parties.filter((p) => !ROLE_FAMILY[p.role] || ROLE_FAMILY[p.role] === top[0]) : parties;
}

/** Where a state court's Westlaw print names its court over the caption, within its first lines; null for any other text. */
function westlawCourtLine(text: string): Span | null {
  const head = text.slice(0, 3000);
  if (!WESTLAW_PRINT.test(text.slice(0, 6000))) return null;
  const m = STATE_COURT_LINE.exec(head);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/**
 * How far into the text a labelled case number is looked for when the caption zone has none: a reprint prints
 * its number after the parties, past its court line; a page printed in two columns under a "Cite as" line may
 * set the caption's lines, number and all, between the headnotes' lines.
 */
function numberReach(court: CourtReading | null): number {
  if (court?.from === "reprint-header") return Math.max(1500, (court.source?.end ?? 0) + 3000);
  if (court?.from === "cite-as") return 5000;
  return 1500;
}

/**
 * Reads the caption at the head of a document.
 *
 * @example readCaption(doc, citations).caption.court // → { id: "casd", name: "…Southern District of California" }
 */
export function readCaption(doc: Pick<Document, "text" | "stamp"> & { anchors?: readonly Anchor[] }, citations: readonly Citation[] = []): CaptionReading {
  const text = doc.text;
  const end = zoneEnd(text);
  const zoneText = text.slice(0, end);
  const zone = paragraphs(text, 0, end);

  // the caption first; an opinion's heading may sit past the first prose (reporter headnotes),
  // but a sentence about an appeal "to the United States Court of Appeals" names another court;
  // a page extract without its caption still has the court's header-stamp form
  const court = readCourt(text, zoneText, doc.stamp?.raw);
  const headingEnd = captionHeadingEnd(zoneText);

  // a caption run into the first paragraph may end the zone early: a labeled number near the top still counts
  // a reprint prints its number after the parties, and a two-column text layer may push it past the zone
  const cn = pickCaseNumber(zoneText, doc.stamp) ?? (doc.stamp?.caseNumber ? null : pickCaseNumber(text.slice(0, numberReach(court)), doc.stamp, true));
  let caseNumber: Caption["caseNumber"] = null;
  if (cn) {
    const stampNo = doc.stamp?.caseNumber ? findCaseNumbers(doc.stamp.caseNumber)[0] : undefined;
    const same = !!stampNo && sameCase(cn, stampNo);
    const office = same ? stampNo.office : court ? defaultOffice(court.id) : null;
    // the caption's own print of the stamp's case ("No. 87-369-Civ-T-10A", "22-cv-11715") is normalized from the
    // stamp's fuller form, with its type and judges
    const fuller = same && !!stampNo.type && (!cn.type || (!cn.judges.length && stampNo.judges.length > 0));
    caseNumber = { raw: cn.raw, normalized: normalizeCaseNumber(fuller ? stampNo : cn, office) };
  } else if (doc.stamp?.caseNumber) {
    const s = findCaseNumbers(doc.stamp.caseNumber)[0];
    caseNumber = { raw: doc.stamp.caseNumber, normalized: s ? normalizeCaseNumber(s) : null };
  }

  const title = titleOf(text, zone, headingEnd);
  // a title wrapped beside the party column comes back in pieces: "ORDER SETTING …" … "AND ADR DEADLINES"
  const titleParts: Span[] = title ? [title] : [];
  if (title) {
    let afterVersus = false;
    for (const z of zone.filter((y) => y.start >= title.end).slice(0, 8)) {
      // the party column's own lines sit between pieces of the title: "Plaintiffs,", "v.", ")"
      if (COLUMN_LINE.test(text.slice(z.start, z.end))) continue;
      const p = titlePiece(text, z);
      if (!p) break;
      const piece = text.slice(p.start, p.end);
      const last = text.slice(titleParts[titleParts.length - 1].start, titleParts[titleParts.length - 1].end).trim();
      // the piece goes on from a title cut mid-phrase ("… IN PART AND" / "DENYING IN PART …")
      // after "v." the party column names the other side: a line goes on from the title only by its own first word
      const continues = TITLE_GOES_ON.test(piece) || (!afterVersus && TITLE_CUT.test(last));
      if (!/[a-z]/.test(piece) && continues && piece.length < 200 && !/^\[|^\((?:Doc|ECF|Dkt)/i.test(piece)) titleParts.push(p);
      else break;
      if (/^\s{0,3}(?:v|vs)\.\s/.test(text.slice(z.start, z.end))) afterVersus = true;
    }
  }
  if (!title) {
    const heading = headingTitle(text, authorLines(text, 40000)[0]?.start ?? null);
    if (heading) titleParts.push(...heading);
    else {
      const own = partyTitle(text, headingEnd);
      if (own) titleParts.push(...own);
    }
  }
  let titleText = titleParts.length ? titleParts.map((t) => text.slice(t.start, t.end).trim()).join(" ").replace(/\s+/g, " ").trim() : null;
  // a heading set letter by letter ("O P I N I O N  A N D  O R D E R") closes the caption
  if (!titleText) {
    for (const z of paragraphs(text, 0, Math.min(text.length, end + 400))) {
      const heading = spacedHeading(text.slice(z.start, z.end));
      if (heading) {
        titleText = heading;
        break;
      }
    }
  }

  // docket refs: bracketed right under the title, else anywhere in the caption zone
  const refs: string[] = [];
  const refFrom = title ? title.start : headingEnd;
  for (const m of zoneText.slice(refFrom).matchAll(DOCKET_REF)) {
    const s = refFrom + m.index;
    refs.push(...uniqueDocuments(docketsIn(text, { start: s, end: s + m[0].length }, citations)));
  }
  for (const m of zoneText.slice(headingEnd).matchAll(HASH_REF)) refs.push(String(Number(m.groups!.number)));

  // parties: from the court heading to the end of the caption, with the case number,
  // title and docket references blanked (a column layout mixes them into the party lines)
  const blank = (from: number, to: number) => " ".repeat(Math.max(0, to - from));
  let zoneCopy = zoneText;
  for (const t of titleParts.filter((x) => x.end <= zoneText.length)) zoneCopy = zoneCopy.slice(0, t.start) + blank(t.start, t.end) + zoneCopy.slice(t.end);
  const cleanBlock = (raw: string) =>
    // (not where a role names the appeal it is in: "Appellants in 09-3603")
    withoutCaseNumbers(cn ? raw.split(new RegExp(`(?<!\\bin\\s{1,3})${cn.raw.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`)).join(" ") : raw)
      .replace(DOCKET_REF, " ")
      // a note on the number beside the parties: "(cons. w/ 3:96-1056)", "(D. C. No. 1-05-cv-03619)"
      .replace(/\([^()\n]{0,40}\d[^()\n]{0,40}\)/g, " ")
      // a state court's department beside the first name: "Department 305 RICHARD SANDER"
      .replace(/\b(?:Department|DEPARTMENT|Dept\.|DEPT\.)\s{1,2}\d{1,4}\b/g, " ")
      .replace(FURNITURE, " ")
      .replace(/\b(?:(?:Civil|Criminal)\s{1,2})?(?:Case|Civil|Criminal)?\s{0,2}(?:Action\s{1,2})?(?:No|Number)s?\.?\s{0,2}:?\s{0,2}(?=\s|$)/gi, " ");
  // a court heading the court table does not know ("… DISTRICT OF HAWAI‘I") still heads the caption:
  // the parties start after the last short paragraph naming a court before the first role word
  const firstRole = roleMarkerEnds(zoneText)[0] ?? 0;
  // and a second heading under a clerk's stamp ("ENTERED … UNITED STATES DISTRICT COURT … GALVESTON DIVISION")
  // moves the start past it too: its division and clerk's lines are no party's
  const courtLine = zone
    .slice(0, 12)
    .findLast((z) => z.end <= firstRole && z.end - z.start < 200 && (headingEnd > 0 ? z.start >= headingEnd : true) && (headingEnd > 0 ? /\b(?:COURT|DIVISION|Division|Clerk|CLERK)\b/ : /\b(?:COURT|Court)\b/).test(text.slice(z.start, z.end)));
  const partiesFrom = courtLine ? Math.max(courtLine.end, headingEnd) : headingEnd;
  // a court that reviews cases names the sides of the review: "Defendants-Respondents" are respondents there
  const review = REVIEWING.has(court ? (tableCourtById(court.id)?.type ?? "") : "");
  let parties = parseParties(cleanBlock(zoneCopy.slice(partiesFrom)), { review });
  // a reported opinion names the parties before the court ("Harold WILLIAMS, et al., Plaintiffs, Appellees, v. …
  // United States Court of Appeals, First Circuit.")
  if (!parties.length && partiesFrom > 0) parties = parseParties(cleanBlock(zoneCopy.slice(0, partiesFrom)), { review });
  // a reprint's caption past its court line may run together with the other column's prose
  // (a state court's Westlaw print heads its caption with the court's line too: "Supreme Court of Illinois.")
  const printed = court?.from === "reprint-header" && court.source ? court.source : court?.from === "heading" && !cleanSides(parties) ? westlawCourtLine(text) : null;
  if (court && printed) {
    const westlaw = court.from === "heading";
    const after = text.slice(printed.end, printed.end + 2500);
    const stop = after.search(/\bAttorneys\s+and\s+Law\s+Firms\b|\bWest\s+Headnotes\b|\bOpinion\s*\n/);
    let runs = parseParties(cleanBlock(captionRun(stop > 0 ? after.slice(0, stop) : after)), { interleaved: true, review });
    if (!runs.length && !westlaw) {
      // before the court line: past the print's running head and "Cite as" line
      let before = text.slice(Math.max(0, printed.start - 2500), printed.start);
      const cite = /\bCite\s[^\n]{0,60}\n/.exec(before.slice(0, 400));
      if (cite) before = before.slice(cite.index + cite[0].length);
      runs = parseParties(cleanBlock(captionRun(before)), { interleaved: true, review });
    }
    // a two-column print sets the caption's lines between the other column's: read without those lines,
    // a name the other column cut in two ("Chief of Police Ronald" … "Haddad, Defendants.") is whole again
    if (doc.anchors?.length) {
      const from = printed.end;
      const lines = captionLines(text, doc.anchors, from, from + (stop > 0 ? stop : after.length));
      const byLine = parseParties(cleanBlock(captionRun(lines)), { interleaved: true, review });
      // … when it names both sides, and each side and as many parties as the run-together reading
      const sides = new Set(byLine.map((p) => p.role));
      if (sides.size > 1 && byLine.length >= runs.length && runs.every((p) => sides.has(p.role))) runs = byLine;
    }
    // a caption set apart from the other column (its own lines, no prose among the names) reads whole
    // (a state print's, read only where the heading's reading is not clean, when it names both sides)
    if (westlaw) runs = oneFamily(runs);
    if (runs.length && !cleanSides(parties) && (!westlaw || new Set(runs.map((p) => p.role)).size > 1)) parties = runs;
  }
  // a minutes form names the case on one line: "Title RYAN LEWIS v. ACME, INC., ET AL."
  const minutes = parties.length ? null : MINUTES_TITLE.exec(zoneText);
  if (minutes) parties = parseParties(`${minutes.groups!.plaintiff}, Plaintiff, v. ${minutes.groups!.defendant}, Defendant.`);
  // a caption printed without role words ("TEXAS ET AL. v. CHERYL J. HOPWOOD ET AL."): the sides by the court's kind
  if (!parties.length) parties = plainCaption(text, zone, court?.id ?? null);
  markProSe(parties, text.slice(0, Math.min(text.length, end + 4000)));

  return {
    caption: { court, caseNumber, parties, title: titleText, docketRefs: [...new Set(refs)] },
    end,
    title,
  };
}
