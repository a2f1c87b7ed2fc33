/**
 * The signature block: the date the document is dated or signed, and the judge who signed.
 */
import type { Anchor, Judge, Span } from "../model/types.js";
import { findDates, isoDate, ORDINAL_DAY_WORDS } from "./dates.js";
import { dropRepeatedName, properCase } from "./names.js";

/** What the signature block says, and where it is. */
export interface Signature {
  date: string | null;
  judge: Judge | null;
  /** From the first dating or signing words to the end of the block. */
  span: Span | null;
}

// "Dated: April 5, 2018", "DATED this 5th day of April, 2018", "Signed on …", "ENTERED: 4/5/18", "Date:", "SO ORDERED this"
// (a day may be written out: "DATED this twenty-first day of May, 2021"; a place's abbreviations
// keep their periods: "Dated at St. Louis, Missouri, this 3rd day of April, 2000"; the place may take a line
// of its own: "Dated: New York, New York\n May 3, 2021")
const DAY_WORD_ALT = ["twenty", "thirty", "thirtieth", ...ORDINAL_DAY_WORDS].flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]).join("|");
const DATED = new RegExp(
  `\\b(?:DATED|Dated|(?:DATE|Date)(?!\\s{1,2}of\\b)|SIGNED|Signed|ENTERED|Entered|(?:ENTER|Enter)(?=\\s{0,2}:)|(?:SO|So)\\s{1,2}ordered|Done\\s{1,2}and\\s{1,2}(?:ordered|ORDERED)|DONE\\s{1,2}AND\\s{1,2}ORDERED|ORDERED|Ordered|Issued|ISSUED|Filed|FILED)\\b(?:\\s{1,2}(?:on|at|in|this|the))?(?:[^\\n.]|(?<=\\b[A-Z][a-z]?)\\.|\\n(?!\\s{0,3}\\n)){0,60}?(?=\\d|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|${DAY_WORD_ALT})\\b)`,
  "g",
);
// the formal dating of old decrees and papers: "THIS the 17th day of February, 1977", "Respectfully submitted this 14th day of"
const DAY_OF_DATED = /\b(?:THIS|This|this)\s{1,2}(?:the\s{1,2})?(?=\d{1,2}(?:st|nd|rd|th)?\s{1,2}day\s{0,2}of)/g;
// a decree right after a dating: "…, 1987,\n\nORDERED that", "…, 2019, it is hereby ORDERED", "…, 1990, upon consideration of"
const DECREE_AFTER = /^[,.;:]?\s{0,6}(?:(?:it|It|IT)\s{1,2}(?:is|IS)\s{1,2}(?:(?:hereby|HEREBY|further|FURTHER)\s{1,2})?)?(?:ORDERED|Ordered|ADJUDGED|upon|Upon|UPON)\b/;
// "IT IS SO ORDERED." — the formal end of the body
const SO_ORDERED = /\b(?:IT\s{1,2}IS\s{1,2}SO\s{1,2}ORDERED|SO\s{1,2}ORDERED|It\s{1,2}is\s{1,2}so\s{1,2}ordered|IT\s{1,2}IS\s{1,2}SO\s{1,2}RECOMMENDED)\b/g;
// … tested once, without the global flag's state
const SO_ORDERED_ONE = new RegExp(SO_ORDERED.source);
const TITLE =
  "(?:(?:Chief|Senior|CHIEF|SENIOR)\\s{1,2})?(?:(?:United\\s{1,2}States|UNITED\\s{1,2}STATES|U\\.\\s?S\\.)\\s{1,2})?(?:District|DISTRICT|Magistrate|MAGISTRATE|Bankruptcy|BANKRUPTCY|Circuit|CIRCUIT)\\s{1,2}(?:Court\\s{1,2})?(?:Judges?|JUDGES?)";
// "Hon. Michael M. Anello United States District Judge", "MICHAEL M. ANELLO, UNITED STATES DISTRICT JUDGE", "/s/ Jane Doe"
const NAME_TITLE = new RegExp(`(?<name>(?:[A-Z][A-Za-z'’.\\-]{0,20}[ \\t]{1,3}){1,5}?[A-Z][A-Za-z'’\\-]{1,20}(?:,?[ \\t]{1,2}(?:Jr|JR|Sr|SR|II|III|IV)\\.?)?)(?:[\\s,]{1,4}|[\\s,]{0,3}_{2,40}[\\s,]{0,3})(?<title>${TITLE})\\b`, "g");
// "/s/ Jane Q. Roe" (the name stays on its line: the next line is the typed name or a title)
const SLASH_S = /\/s\/[ \t]{0,3}(?<name>[A-Z][A-Za-z'’.\-]{0,20}(?:[ \t]{1,2}[A-Z][A-Za-z'’.\-]{0,20}){1,4})/g;
// appellate: "PER CURIAM", "Before: X, Y, and Z, Circuit Judges", "SMITH, Circuit Judge:"
const PER_CURIAM = /\bPER\s{1,2}CURIAM\b|\bPer\s{1,2}Curiam\b/;
// "Before: SMITH, JONES, and LEE, Circuit Judges."
const BEFORE = /\bBefore:?\s{1,3}(?<panel>[A-Z][^:]{2,200}?),?\s{1,3}(?<title>Circuit\s{1,2}Judges|CIRCUIT\s{1,2}JUDGES|Judges)\b/;
// "JONES, Circuit Judge:" opening the opinion
const AUTHOR = /(?:^|\n\n)\s{0,3}(?<name>[A-Z][A-Za-z'’\-]{1,20}(?:\s{1,2}[A-Z][A-Za-z'’.\-]{1,20}){0,2}),\s{1,2}(?<title>(?:Chief\s{1,2})?(?:Circuit|District)\s{1,2}Judge|Judge)\s{0,2}:/;

// an opinion's heading dates it: "Decided July 6, 1990", "Filed: August 12, 2025", "Opinion issued July 31, 2012",
// a minute order's "Date January 15, 2019", a bankruptcy order's "Entered on Docket May 3, 2021" / "Signed and Filed: May 3, 2021"
const HEAD_DATED = /\b(?<word>Decided\s{1,2}and\s{1,2}Filed|DECIDED\s{1,2}AND\s{1,2}FILED|Signed\s{1,2}and\s{1,2}Filed|SIGNED\s{1,2}AND\s{1,2}FILED|Entered\s{1,2}on\s{1,2}Docket|ENTERED\s{1,2}ON\s{1,2}DOCKET|Decided|DECIDED|(?:Filed|FILED)(?:\s{1,2}(?:On|ON|on))?|Opinion\s{1,2}(?:[Ff]iled|[Ii]ssued)|Issued|Released|Date\s{1,2}[Ff]iled|Dated|DATED|Date|DATE|Entered|ENTERED|Signed|SIGNED)\s{0,2}:?\s{0,3}(?=\d|[A-Z][A-Za-z]{2,8}[.,]?\s{0,3}\d)/g;
// a Westlaw print's "No. 99-6238. | Feb. 23, 2000.": the first "Mon. D, YYYY." after the bar, which a
// two-column text layer may push behind the other column's words ("| sophomores only … Jan. 19, 1967.")
const WESTLAW_DATE = /^[A-Z][a-z]{2,8}\.?\s{1,3}\d{1,2},\s{1,2}\d{4}\.$/;
// a labelled date opening its own line in a print's heading: "Signed 09/10/2012", "Filed 03/05/2019"
const BAR_LABELLED = /(?:^|\n)[ \t]{0,3}(?:Signed|Filed|Decided)[ \t]{1,3}(?=\d)/;
// a date that prose runs into on its line: "… filed its response on January 3, 2012." (a date opening
// its own line after the other column's "… a unitary school system on" is the heading's; so unlike
// RUNS_ON, no newline may stand between)
const PROSE_BEFORE_DATE = /\b(?:on|of|since|from|until|by|before|after|dated|in)[ \t]{1,3}$/;
// words before a date after the bar that make it a later event's: "| Rehearing Denied March 27, 1967."
const LATER_EVENT = /\b(?:Rehearing|Denied|Argued|Submitted|Modified|Amended|Certiorari)\b/i;
const COUNTY_CLERK_FILED = /\bFILED:?[ \t]{1,3}[A-Z][A-Z. ]{0,30}?\bCOUNTY[ \t]{1,2}CLERK[ \t]{1,3}(?=\d)/g;
// a paper named just before "dated" on its line: the date is that paper's
const PAPER_BEFORE = /\b(?:ORDER|Order|order|OPINION|Opinion|opinion|DECREE|Decree|decree|JUDGMENT|Judgment|judgment|LETTER|Letter|letter|MOTION|Motion|motion|REPORT|Report|report|AGREEMENT|Agreement|agreement|STIPULATION|Stipulation|stipulation|NOTICE|Notice|notice|MEMORANDUM|Memorandum|memorandum|RECOMMENDATION|Recommendation|recommendation)[ \t]{1,3}$/;
// the word before a "Date:" that makes it some other event's date: "Hearing Date: May 1, 2018"
const OTHER_EVENT_DATE = /\b(?:Hearing|HEARING|Trial|TRIAL|Motion|MOTION|Complaint|COMPLAINT|Conference|CONFERENCE|Action|ACTION|Birth|BIRTH|Sent|SENT)\s{1,2}$/;
// a notice of hearing's block: "DATE: March 19, 2010 TIME: 9:30 a.m. CTRM: 4"; a column layout may
// put a party line between them
const HEARING_TIME = /^[^]{0,60}?\b(?:TIME|Time|CTRM|Ctrm|COURTROOM|Courtroom|DEPT|Dept)\s{0,2}[:.]/;
// a state appellate court's release heading: "FOR PUBLICATION … June 11, 2009 9:00 a.m.", "UNPUBLISHED … March 3, 2015"
const PUBLICATION = /\b(?:FOR\s{1,2}PUBLICATION|UNPUBLISHED)\b/g;
// a clerk's received/filed stamp on a scanned page: "MAY 07 1990", "APR  3 2000", OCR-split "JAN 2 9 2006"
const CLERK_STAMP = /\b(?<month>JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\.?[ \t]{1,3}(?<tens>[0-3])?[ \t]?(?<ones>\d),?[ \t]{1,3}(?<year>(?:19|20)\d{2})\b/g;
// … and with the year glued to the split day's last digit: "APR  2 42007"
const CLERK_STAMP_GLUED = new RegExp(`${CLERK_STAMP.source.slice(0, CLERK_STAMP.source.indexOf("(?<tens>"))}(?<tens>[0-3])[ \\t](?<ones>\\d)(?<year>(?:19|20)\\d{2})\\b`, "g");
const CLERK_MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
// words between the release heading and its date that make the date another event's
const NOT_RELEASE = /\d|\b(?:Argued|Submitted|Heard|Decided|Filed|ARGUED|SUBMITTED|HEARD|DECIDED|FILED)\b/;
// "December 21, 2000, Decided"
const DATED_AFTER = /^\s{0,2},?\s{0,2}(?<word>Decided|DECIDED|Filed|FILED|Argued|Submitted)\b/;
// a date alone on its line, or in parentheses or brackets opening a line ("(September 15, 2006)",
// "[July 3, 2014]"; not a citation's "Roper (Jun. 3, 2005)" or a quotation's "[May 29, 1991].’’"),
// or after a docket number: "No. 06-14927 September 15, 2006"
const ALONE_BEFORE = /(?:(?:^|\n)[ \t]{0,3}[([]?|No\.\s{0,2}[\w-]{3,20}\s{1,3}\(?)\s{0,3}$/;
// … and nothing after it on the line but its closing parenthesis or bracket
// (a text layer that joins lines may run the panel line on: "March 16, 1999 Before JONES, …")
const ALONE_AFTER = /^\s{0,3}(?:\.?\s{0,3}(?:\n|$)|\.?[ \t]{1,3}(?:Before|BEFORE)\b)/;
const CLOSED_AFTER = /^\s{0,3}\.?[)\]][ \t]{0,3}(?:\n|$)/;

// a date alone on its line followed at once by another (a state reporter's argued and decided dates)
const NEXT_DATE = /^\.?\s{0,3}\n?\s{0,3}(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s{1,2}\d{1,2},\s{0,2}\d{4}/;
// "AND NOW, this 8th day of July, 2019," opening an order; a memorandum's "Padova, J. March 21, 2016"
const OPENING_DATE = /\b(?:AND\s{1,2}NOW|And\s{1,2}now),?\s{1,3}this\s{1,2}(?=\d{1,2}(?:st|nd|rd|th)?\s{1,2}day)|\b[A-Z][a-zA-Z'’]{1,20},\s{1,2}(?:C\.\s{0,2})?J\.\s{1,6}(?=(?:January|February|March|April|May|June|July|August|September|October|November|December)\s{1,2}\d)/g;

/**
 * The date a reprint prints under its court line ("United States District Court, D. Nebraska.\nDecember 15, 1995."),
 * or null; of two dates in a row (argued, then decided) the later one.
 *
 * @example reprintDate("United States District Court, D. Nebraska.\nDecember 15, 1995.\nCounsel", 41) // → "1995-12-15"
 */
export function reprintDate(text: string, from: number): string | null {
  const window = text.slice(from, from + 160);
  const dates = findDates(window);
  const first = dates[0];
  if (!first) return null;
  // only words of the court line (a division, an office) stand between
  const before = window.slice(0, first.start);
  // a labelled date ("Argued April 16, 1982.") is the heading's to weigh
  if (/\b[a-z]/.test(before.replace(/\bof\b/g, "")) || /\b(?:Argued|Heard|Submitted|Decided|Filed|Signed|Amended|Rehearing|Reargued|Released)\b/i.test(before) || window[first.end] !== ".") return null;
  let last = first;
  for (const d of dates.slice(1)) {
    if (!/^\.?\s{0,3}$/.test(window.slice(last.end, d.start)) || window[d.end] !== ".") break;
    last = d;
  }
  return last.iso;
}

/**
 * The date an opinion's heading gives ("Decided …" before "Filed …"), or null; `weak`
 * also takes a clerk's stamp ("FILED MAY 07 1990") and then a date standing alone on its line.
 *
 * @example headDate("Argued February 8, 2011  Decided September 6, 2011") // → "2011-09-06"
 */
export function headDate(text: string, weak = true): string | null {
  return headDating(text, weak)?.iso ?? null;
}

/** What an opinion's heading dates it by, and how strongly: rank 0 is a "Decided" date, 0.5 a
 * reprint's date after the bar ("No. 99-6238. | Feb. 23, 2000."), 1 an issued or release date, 2 "Filed", 3 "Dated"/"Entered", 4 a clerk's stamp, 5 a date alone on its line.
 *
 * @example headDating("Argued February 8, 2011  Decided September 6, 2011") // → { rank: 0, iso: "2011-09-06" }
 */
export function headDating(text: string, weak = true): { rank: number; iso: string } | null {
  const head = text.slice(0, 6000);
  let best: { rank: number; iso: string } | null = null;
  const consider = (rank: number, iso: string) => {
    if (!best || rank < best.rank) best = { rank, iso };
  };
  for (const m of head.matchAll(HEAD_DATED)) {
    const from = m.index + m[0].length;
    const d = findDates(head.slice(from, from + 30))[0];
    if (!d || d.start > 0) continue;
    const word = m.groups!.word.toLowerCase();
    // "THE COURT'S ORDER DATED MARCH 5, 2020", "the Consent Decree dated August 10, 1988": another paper's date
    if (/^date/.test(word) && !m[0].includes(":") && PAPER_BEFORE.test(head.slice(Math.max(0, m.index - 20), m.index))) continue;
    if (word === "date" && (OTHER_EVENT_DATE.test(head.slice(Math.max(0, m.index - 20), m.index)) || HEARING_TIME.test(head.slice(from + d.end, from + d.end + 40)))) continue;
    consider(word.startsWith("decided") ? 0 : /issued|released|^signed$/.test(word) ? 1 : word.includes("filed") ? 2 : 3, d.iso);
  }
  // a New York e-filing header: "FILED: NEW YORK COUNTY CLERK 04/17/2020 04:56 PM"
  for (const m of head.matchAll(COUNTY_CLERK_FILED)) {
    const d = findDates(head.slice(m.index + m[0].length, m.index + m[0].length + 12))[0];
    if (d && d.start === 0) consider(2, d.iso);
  }
  for (const m of head.matchAll(OPENING_DATE)) {
    const from = m.index + m[0].length;
    const d = findDates(head.slice(from, from + 40))[0];
    if (d && d.start === 0) consider(1, d.iso);
  }
  for (let bar = head.indexOf("|"); bar !== -1; bar = head.indexOf("|", bar + 1)) {
    const next = head.indexOf("|", bar + 1);
    const window = head.slice(bar + 1, Math.min(bar + 201, next === -1 ? head.length : next));
    // a modern print's "| Signed 09/10/2012" or "| Filed 03/05/2019" on its own line dates it,
    // whatever the other column's prose runs into the segment first
    const labelled = BAR_LABELLED.exec(window);
    const dl = labelled ? findDates(window.slice(labelled.index + labelled[0].length, labelled.index + labelled[0].length + 20))[0] : undefined;
    if (dl && dl.start === 0) {
      consider(0.5, dl.iso);
      continue;
    }
    const d = findDates(window)[0];
    // "| filed Aug. 6, 1998. | terminated …": a segment that names another event is not the decision's;
    // nor is the other column's "… application on January 3, 2012."
    if (d && WESTLAW_DATE.test(window.slice(d.start, d.end + 1)) && !LATER_EVENT.test(window.slice(0, d.start)) && !/\b(?:filed|terminated|last\s{1,2}filing)\b/i.test(window.slice(0, d.start)) && !PROSE_BEFORE_DATE.test(window.slice(Math.max(0, d.start - 12), d.start))) consider(0.5, d.iso);
  }
  for (const m of head.matchAll(PUBLICATION)) {
    const after = head.slice(m.index + m[0].length, m.index + m[0].length + 120);
    const d = findDates(after)[0];
    if (d && !NOT_RELEASE.test(after.slice(0, d.start))) consider(1, d.iso);
  }
  for (const d of findDates(head)) {
    const after = head.slice(d.end, d.end + 20);
    const w = DATED_AFTER.exec(after)?.groups?.word.toLowerCase();
    if (w === "decided") consider(0, d.iso);
    else if (w === "filed") consider(2, d.iso);
    else if (!w && weak) {
      const before = head.slice(Math.max(0, d.start - 30), d.start);
      // "(August 29, 1967.)" closes what it opened; a date "(W.D. Pa.\nNov. 21, 2013)." closing a citation did not open it
      const alone = /[([]\s{0,3}$/.test(before) ? CLOSED_AFTER.test(after) : ALONE_AFTER.test(after);
      if (ALONE_BEFORE.test(before) && alone && !NEXT_DATE.test(after)) consider(5, d.iso);
    }
  }
  if (weak) {
    for (const m of [...head.matchAll(CLERK_STAMP), ...head.matchAll(CLERK_STAMP_GLUED)]) {
      const g = m.groups!;
      const iso = isoDate(Number(g.year), CLERK_MONTHS.indexOf(g.month.slice(0, 3)) + 1, Number(`${g.tens ?? ""}${g.ones}`));
      if (iso) consider(4, iso);
    }
    // a two-column reprint's date heads its printed line, the other column's words after it
    // ("Oct. 8, 2003. cess as part of the …"), a line or three under the court or docket line
    const lines = head.split("\n");
    for (let i = 1; i < lines.length; i++) {
      const d = findDates(lines[i])[0];
      if (!d || !/^\s{0,3}$/.test(lines[i].slice(0, d.start)) || !/^ ?\./.test(lines[i].slice(d.end))) continue;
      if (RUNS_ON.test(lines[i - 1]) || !lines.slice(Math.max(0, i - 3), i).some((l) => COURT_LINE.test(l))) continue;
      consider(6, d.iso);
    }
  }
  return best as { rank: number; iso: string } | null;
}

// words that sit beside a judge's name in signature blocks but are no part of it: "IT IS SO ORDERED", "Hon.", "s/"
const NOT_NAME = /^(?:IT|IS|SO|ORDERED|DATED|Dated|Date|Hon\.?|Honorable|HONORABLE|HON\.?|Judge|JUDGE|The|THE|By|BY|Signed|SIGNED|Entered|ENTERED|\/s\/|s\/|S\/|of|AM|PM|a\.m\.|p\.m\.|January|February|March|April|May|June|July|August|September|October|November|December)$/;

function cleanName(raw: string): string {
  let parts = raw.replace(/\s+/g, " ").trim().split(" ");
  // "… Circuit Judges. JONES": the name starts after the last word of a title
  const lastTitle = parts.findLastIndex((w) => /^(?:Judges?|JUDGES?|Circuit|CIRCUIT|District|DISTRICT|Court|COURT)[.,:]?$/.test(w));
  if (lastTitle >= 0) parts = parts.slice(lastTitle + 1);
  // an electronic signature repeats the name: "Alan Jay Weil Alan Jay"
  parts = dropRepeatedName(parts);
  while (parts.length && (NOT_NAME.test(parts[0]) || NOT_NAME.test(parts[0].replace(/[.:,]+$/, "")))) parts.shift();
  return properCase(parts.join(" ").replace(/,$/, ""));
}

// three lower-case words in a row are prose, not a judge's name or title ("… drafted its admissions policy …")
const PROSE_RUN = /(?:\b[a-z][a-z'’-]{0,20}\b[ \t,]{1,3}){2}\b[a-z][a-z'’-]{0,20}\b/;

/**
 * A panel list with the prose a two-column text layer spliced into it cut away: each comma piece
 * keeps only what follows its last run of lower-case words.
 *
 * @example panelList("SMITH, JONES, The court held that the LEE, and KIM") // → "SMITH, JONES, LEE, and KIM"
 */
export function panelList(raw: string): string {
  return raw
    .replace(/\s+/g, " ")
    .split(/(?<=[,;])/)
    .map((piece) => {
      let p = piece;
      for (let m = PROSE_RUN.exec(p); m; m = PROSE_RUN.exec(p)) p = " " + p.slice(m.index + m[0].length).replace(/^(?:\s{1,3}[a-z][^\s,;]{0,30}){0,20}/, "");
      return p;
    })
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

/** "GEORGEH. WU" where the text has "GEORGE H. WU" elsewhere: the initial glued to the first name. */
function unglue(name: string, text: string): string {
  const m = /^(?<first>[A-Z][a-z]{2,20})(?<initial>[a-z])\.\s(?<rest>.{1,40})$/.exec(name);
  if (!m) return name;
  const g = m.groups!;
  const spaced = `${g.first} ${g.initial.toUpperCase()}. ${g.rest}`;
  return text.toLowerCase().includes(spaced.toLowerCase()) ? spaced : name;
}

function titleCase(t: string): string {
  return properCase(t.replace(/\s+/g, " ").toUpperCase()).replace(/^U\.S\. /, "U.S. ").replace(/\bUnited States\b/i, "United States");
}

/**
 * Reads the signature block of a document body (footnotes excluded).
 *
 * @example readSignature("IT IS SO ORDERED.\n\nDated: April 5, 2018\n\nHon. Michael M. Anello United States District Judge").judge
 * // → { name: "Michael M. Anello", title: "United States District Judge" }
 */
export function readSignature(text: string, bodyEnd = text.length): Signature {
  // a certificate of service after the order carries the clerk's or counsel's date: the order's block comes before it
  const from = Math.max(0, bodyEnd - 6000);
  const service = SERVICE_HEADING.exec(text.slice(from, bodyEnd));
  if (service) {
    const at = from + service.index;
    const before = readBlock(text, at);
    // only an order's own block: a judge with a title, or "SO ORDERED" (a stipulation's counsel sign first)
    const ordered = before.judge?.title || SO_ORDERED_ONE.test(text.slice(Math.max(0, at - 2500), at));
    if (before.date && ordered) return { ...before, span: before.span && { start: before.span.start, end: bodyEnd } };
  }
  return readBlock(text, bodyEnd);
}

// "CERTIFICATE OF SERVICE", "CERTIFICATE OF ELECTRONIC SERVICE", "PROOF OF SERVICE" opening a paragraph
const SERVICE_HEADING = /(?:^|\n)[ \t]{0,3}(?:CERTIFICATE[ \t]{1,3}OF[ \t]{1,3}(?:ELECTRONIC[ \t]{1,3}|MAILING[ \t]{1,3})?SERVICE|PROOF[ \t]{1,3}OF[ \t]{1,3}SERVICE|Certificate[ \t]{1,3}of[ \t]{1,3}Service)\b/;

// "Dated:", "DATE:", "Signed:" as a signature line's label
const DATE_LABEL = /\b(?:DATED|Dated|DATE|Date|SIGNED|Signed)\s{0,2}:/g;

/** Whether a signature line after `from` is labeled for a date and left blank ("Dated: ________"). */
function blankDateAfter(tail: string, from: number): boolean {
  for (const m of tail.slice(from).matchAll(DATE_LABEL)) {
    const at = from + m.index + m[0].length;
    if (!findDates(tail.slice(at, at + 60)).length) return true;
  }
  return false;
}

function readBlock(text: string, bodyEnd: number): Signature {
  const tailStart = Math.max(0, bodyEnd - 2500);
  const tail = text.slice(tailStart, bodyEnd);
  let date: string | null = null;
  let spanStart: number | null = null;

  const soOrdered = [...tail.matchAll(SO_ORDERED)].pop();
  let counselDate: { iso: string; at: number } | null = null;
  const dated = [...tail.matchAll(DATED), ...tail.matchAll(DAY_OF_DATED)].sort((a, b) => a.index - b.index);
  for (const m of dated) {
    const d = findDates(tail.slice(m.index + m[0].length, m.index + m[0].length + 60))[0];
    if (!d || d.start > 2) continue;
    // counsel's signature on a stipulation dates their paper, not the order (a party's own filing is dated by it)
    if (/^[^]{0,120}?\b(?:Respectfully\s{1,2}submitted|Attorneys?\s{1,2}for|Counsel\s{1,2}for)\b/i.test(tail.slice(m.index + m[0].length + d.end, m.index + m[0].length + d.end + 160))) {
      counselDate = { iso: d.iso, at: tailStart + m.index };
      continue;
    }
    // in a body sentence ("filed on March 1, 2018") this is history, not the dating of the order
    if (/^(?:Filed|FILED|Ordered|ORDERED|Issued|ISSUED)$/.test(m[0].split(/[\s,:;]/)[0]) && !(soOrdered && m.index >= soOrdered.index) && !/^(?:ORDERED|Ordered)\s{0,2}(?:this|on|:)/.test(m[0])) continue;
    date = d.iso;
    // "It is on this 14th day of September 1987, ORDERED that …" dates the decree it opens: what follows is no signature block
    const opens = DECREE_AFTER.test(tail.slice(m.index + m[0].length + d.end, m.index + m[0].length + d.end + 80));
    spanStart = opens ? null : tailStart + m.index;
  }
  // the court's own "Dated:" after "SO ORDERED" left blank: a date before it is the parties' (a
  // stipulation's signatures), and the order itself is undated
  if (date && soOrdered && spanStart !== null && spanStart < tailStart + soOrdered.index && blankDateAfter(tail, soOrdered.index)) {
    date = null;
    spanStart = tailStart + soOrdered.index;
  }
  // a party's paper, with no order in it, is dated by its signature
  if (!date && !soOrdered && counselDate) {
    date = counselDate.iso;
    spanStart = counselDate.at;
  }
  if (!date && soOrdered) {
    const after = tail.slice(soOrdered.index, soOrdered.index + 300);
    const d = findDates(after)[0];
    // a date inside a sentence after "SO ORDERED" is a deadline or history ("… not later than April 6, 1994")
    if (d && !PROSE_RUN.test(after.slice(0, d.start))) {
      date = d.iso;
      spanStart = tailStart + soOrdered.index;
    }
  }

  let judge: Judge | null = null;
  let judgeAt = -1;
  for (const m of tail.matchAll(NAME_TITLE)) {
    const name = cleanName(m.groups!.name);
    // "UNITED STATES" of the title, or a seal's lettering, is not a name
    if (/\b(?:United\s+States|U\.S\.|Court|District|Chief|Senior|Magistrate)\b/i.test(name)) continue;
    if (name.split(" ").length < 2) continue;
    judge = { name: unglue(name, text), title: titleCase(m.groups!.title) };
    judgeAt = m.index;
  }
  if (!judge) {
    const m = [...tail.matchAll(SLASH_S)].pop();
    if (m) {
      judge = { name: cleanName(m.groups!.name), title: null };
      judgeAt = m.index;
    }
  }
  if (!judge) {
    const head = text.slice(0, Math.min(text.length, 8000));
    const author = AUTHOR.exec(head);
    const before = BEFORE.exec(head);
    if (author) judge = { name: properCase(author.groups!.name), title: titleCase(author.groups!.title) };
    else if (PER_CURIAM.test(head)) judge = { name: "Per Curiam", title: null };
    else if (before) judge = { name: properCase(panelList(before.groups!.panel)), title: "Circuit Judges" };
  }
  if (judgeAt >= 0 && (spanStart === null || tailStart + judgeAt < spanStart)) {
    // the block starts at the judge's line only when it is near the end
    if (bodyEnd - (tailStart + judgeAt) < 600) spanStart = tailStart + judgeAt;
  }
  return { date, judge, span: spanStart === null ? null : { start: spanStart, end: bodyEnd } };
}

/**
 * The document's lines as printed, in page and line order, one to a line. The reflowed text
 * joins a column's short lines into prose ("… different from the July 3, 1997. usual …"); here a
 * reprint's date under its court line, or a date beside the signer's name, stands on its own line again.
 *
 * @example printedLines("Court. July 3, 1997.", [{ start: 0, page: 1, line: 1 }, { start: 7, page: 1, line: 2 }]) // → "Court.\nJuly 3, 1997."
 */
export function printedLines(text: string, anchors: readonly Anchor[]): string {
  const ends = anchors.map((_, i) => (i + 1 < anchors.length ? anchors[i + 1].start : text.length));
  const order = anchors.map((_, i) => i).sort((x, y) => anchors[x].page - anchors[y].page || anchors[x].line - anchors[y].line || anchors[x].start - anchors[y].start);
  return order.map((i) => text.slice(anchors[i].start, ends[i]).trimEnd()).join("\n");
}

// a reprint's court, docket or caption line: "Eleventh Circuit.", "E. D. New York.", "Raleigh Division.", "No. 84 C 10054.",
// "STATE of New York et al., Respondents."
const COURT_LINE = /\b(?:Circuit|Court|Division|District|Appeals|Defendants?|Plaintiffs?|Appellants?|Appellees?|Respondents?|Petitioners?)\b|\bet\s{1,2}al\.|\bNos?\.\s{0,2}(?:[A-Z]{1,5}[\s-]{0,2})?\d|\b[NSEWMC]\.\s?D\.\s{0,2}[A-Z]/;
// what stands near a signature: "/s/", a signature rule, a judge's title, "SO ORDERED", counsel's "Respectfully submitted",
// a clerk's "Order Entered at the Direction of the Court"
const SIGN_MARK = /\/s\/|\bs\/|_{3,}|\b(?:Clerk|CLERK|Direction\s{1,2}of\s{1,2}the\s{1,2}Court|Judge|JUDGE|U\.\s?S\.\s?D\.\s?J|Respectfully\s{1,2}[Ss]ubmitted|RESPECTFULLY\s{1,2}SUBMITTED|Attorneys?\s{1,2}for|ATTORNEYS?\s{1,2}FOR|Counsel\s{1,2}for|COUNSEL\s{1,2}FOR|SO\s{1,2}ORDERED|So\s{1,2}ordered|It\s{1,2}is\s{1,2}so\s{1,2}ordered)\b/;
// a line that runs on into the next one: "… the hearing held on" before "June 6, 1989."
const RUNS_ON = /\b(?:on|of|to|until|before|after|by|dated|since|from|and|or|the|through|in|at|about|between|than|as)\s{0,2},?$/;
// after the date: nothing, a period, or the other column's words with no period between (a name,
// a telephone number, "Respectfully submitted") that are not prose
const LINE_DATE_AFTER = /^(?:\.?\s{0,3}$|\s{1,40}[A-Z/(]|\.?\s{1,6}(?:Respectfully|RESPECTFULLY)\b)/;

/**
 * A date standing at the head of its own printed line beside a signature ("December 11, 2008." over
 * the signature rule, "April 28, 2015    James C. Cacheris" under "/s/"), in the last lines of a
 * document; the last such date, or null. A tail with a labeled date line ("Dated:") is left to
 * the signature block, which knows a blank one.
 *
 * @example lineSignatureDate("SO ORDERED.\nDecember 11, 2008.\n________________\nJANE ROE\nUNITED STATES DISTRICT JUDGE") // → "2008-12-11"
 */
export function lineSignatureDate(tail: string): string | null {
  if (/\b(?:DATED|Dated|DATE|Date)\s{0,2}:/.test(tail)) return null;
  return besideMark(tail.split("\n"), SIGN_MARK, false);
}

// counsel's signature: "Respectfully submitted", "Attorneys for Plaintiffs", "Counsel for Amicus Curiae", "BY:", "Bar No."
const COUNSEL_MARK = /\bB[Yy]:|\b(?:Bar\s{1,2}No|Respectfully\s{1,2}[Ss]ubmitted|RESPECTFULLY\s{1,2}SUBMITTED|Attorneys?\s{1,2}for|ATTORNEYS?\s{1,2}FOR|Counsel\s{1,2}for|COUNSEL\s{1,2}FOR)\b/;

/**
 * A party's paper dated on a line of its own beside counsel's signature, wherever the signature
 * falls (exhibits may follow it): "May 1, 2017    Respectfully submitted,", "Counsel for Amicus
 * Curiae\nMarch 6, 2006"; the first such date, or null.
 *
 * @example counselDate("The motion should be granted.\nMarch 1, 2022 Respectfully submitted.\nJANE ROE") // → "2022-03-01"
 */
export function counselDate(printed: string): string | null {
  return besideMark(printed.split("\n"), COUNSEL_MARK, true);
}

function besideMark(lines: string[], mark: RegExp, first: boolean): string | null {
  let found: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const d = findDates(line)[0];
    if (!d || !/^\s{0,6}(?:\/s\/\s{0,6})?$/.test(line.slice(0, d.start)) || !LINE_DATE_AFTER.test(line.slice(d.end)) || PROSE_RUN.test(line.slice(d.end))) continue;
    if (i > 0 && RUNS_ON.test(lines[i - 1])) continue;
    if (!mark.test(lines.slice(Math.max(0, i - 4), i + 5).join("\n"))) continue;
    found = d.iso;
    if (first) break;
  }
  return found;
}

// "I hereby certify that on November 15, 2006, I electronically filed", "certifies that on this 14th day of September 1998"
const CERTIFY_ON = new RegExp(`\\b(?:certify|certifies|CERTIFY|CERTIFIES)\\s{1,3}that\\s{1,3}(?:on\\s{1,3})?(?:(?:this|the)\\s{1,3}(?:the\\s{1,3})?)?(?=\\d|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b)`, "g");
// within a certificate: "On October 4, 1985, I mailed", "was mailed this 24th day of August, 1981"
const SERVED_ON = new RegExp(`(?:\\bOn\\s{1,3}|\\b(?:mailed|served|delivered|sent|MAILED|SERVED)\\s{1,3}(?:on\\s{1,3})?(?:this\\s{1,3}(?:the\\s{1,3})?)?)(?=\\d|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b)`, "g");
const SERVICE_HEADINGS = /\b(?:CERTIFICATE[ \t]{1,3}OF[ \t]{1,3}(?:ELECTRONIC[ \t]{1,3}|MAILING[ \t]{1,3})?SERVICE|PROOF[ \t]{1,3}OF[ \t]{1,3}SERVICE|Certificate[ \t]{1,3}of[ \t]{1,3}Service)\b/g;

/**
 * The date a party's paper was served, from its first certificate of service ("I hereby certify
 * that on March 9, 2010, I electronically filed …"), or null: the day the paper went out, which
 * dates a filing its signature leaves undated.
 *
 * @example serviceDate("CERTIFICATE OF SERVICE\n\nI hereby certify that on March 9, 2010, I electronically filed the foregoing.") // → "2010-03-09"
 */
export function serviceDate(text: string): string | null {
  let best: { at: number; iso: string } | null = null;
  for (const m of text.matchAll(CERTIFY_ON)) {
    const from = m.index + m[0].length;
    const d = findDates(text.slice(from, from + 40))[0];
    if (d && d.start === 0) {
      best = { at: m.index, iso: d.iso };
      break;
    }
  }
  for (const h of text.matchAll(SERVICE_HEADINGS)) {
    if (best && h.index > best.at) break;
    const window = text.slice(h.index, h.index + 400);
    for (const m of window.matchAll(SERVED_ON)) {
      const from = m.index + m[0].length;
      const d = findDates(window.slice(from, from + 40))[0];
      if (d && d.start === 0) {
        if (!best || h.index + m.index < best.at) best = { at: h.index + m.index, iso: d.iso };
        break;
      }
    }
    if (best && best.at >= h.index) break;
  }
  return best?.iso ?? null;
}
