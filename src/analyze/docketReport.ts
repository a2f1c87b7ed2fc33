/**
 * CM/ECF docket reports read as docket reports: the table of a case's entries
 * (`08/16/2018  1  COMPLAINT against All Defendants … (Entered: 08/16/2018)`) becomes
 * one `DocketEntry` per entry, one event per entry, and a ruling per decision an order
 * entry states. An order or opinion that merely recites dates is never taken for one.
 *
 * Layout reflows lines into paragraphs, so entry boundaries come from the source's line
 * starts (the document's anchors) as well as from the newlines that survived.
 */
import type { Disposition, DocketEntry, Document, ProceduralEvent, Ruling, Span } from "../model/types.js";
import { fullYear, isoDate } from "./dates.js";
import { requestTypeOf } from "./requestTypes.js";

// ── detection ────────────────────────────────────────────────────────────────

// the table header: "Date Filed  #  Docket Text", "Filed # Docket Text", "Date Filed # Page Docket Text"
const TABLE_HEADER = /\bDate\s{0,2}Filed\s{1,6}#\s{1,6}(?:Page\s{1,6})?Docket\s{1,3}Text\b/g;
// the report's title: "CIVIL DOCKET FOR CASE #: 3:18-cv-00190-SLG", "Court of Appeals Docket #: 10-1095"
const REPORT_TITLE = /\b(?:(?:CIVIL|CRIMINAL|BANKRUPTCY|ADVERSARY)\s{1,3}DOCKET\s{1,3}FOR\s{1,3}CASE\s{0,2}#|Court\s{1,3}of\s{1,3}Appeals\s{1,3}Docket\s{0,2}#)/;

/** Without a header, this many numbered entries at line starts make a docket report. */
const MIN_HEADLESS_ENTRIES = 10;

// ── entries ──────────────────────────────────────────────────────────────────

// an entry's head at a line start: "08/16/2018  1  ", "07/12/2002   ", "02/09/2010 1 pg, 127.91 KB"
const ENTRY_HEAD =
  /(?<month>\d{1,2})\/(?<day>\d{1,2})\/(?<year>\d{4}|\d{2})[ \t\u00a0]{1,8}(?:(?<pages>\d{1,5}\s{0,2}pgs?,\s{0,2}[\d.]{1,12}\s{0,2}[KMG]?B)|(?<number>\d{1,6})(?:[ \t\u00a0]{1,8}|(?=[A-Z(])))?/y;
// "(Entered: 08/16/2018)", "[Entered: 02/09/2010 03:25 PM]"
const ENTERED = /[([]Entered:\s{0,3}(?<month>\d{1,2})\/(?<day>\d{1,2})\/(?<year>\d{4}|\d{2})/g;
// where the docket table ends: the PACER receipt printed after it
const TABLE_END = /PACER\s{1,3}Service\s{1,3}Center|Transaction\s{1,3}Receipt\b/g;

/**
 * Page furniture a printed docket repeats on every page, removed from entry text:
 * - `Case: 3:18-cv-190   As of: 07/20/2020 05:26 PM AKDT   2 of 9`
 * - `https://ecf.ilcd.uscourts.gov/cgi-bin/DktRpt.pl?1393…-L_1_0-1 2/6`, `file://C:\DOCUME~1\…htm 2/1/2007`
 * - `11/21/23, 3:55 PM ELECTRONIC FILING SYSTEM - U.S. District Court ILCD`
 * - `3/13/2014 CM/ECF USDC-INND Version 5.1.1 Live DB`, `SDNY CM/ECF Version 2.4 - Docket Report Page 17of 38`
 * - `Case 4:06-cv-277   Document <docnum>   Filed <datefiled>   Page 8 of 22`, `Page 8 of 16`
 * - `Query Reports Utilities Help Log Out`, `RECAP Actions`, a repeated `Date Filed # Docket Text`
 */
const FURNITURE = new RegExp(
  [
    /Case:\s{0,2}[\w:.\u2212\u00ad-]{3,40}\s{1,6}As\s{0,2}of:\s{0,2}\d{1,2}\/\d{1,2}\/\d{2,4}\s{1,3}\d{1,2}:\d\d\s{0,2}[AP]M(?:\s{1,3}[A-Z]{2,5})?(?:\s{1,6}\d{1,5}\s{0,2}of\s{0,2}\d{1,5})?/.source,
    /(?:https?|file):\/\/[^\s]{1,400}(?:\s{1,3}\d{1,2}\/\d{1,2}\/\d{2,4}(?![\d/])|\s{1,3}\d{1,5}\/\d{1,5}(?![\d/]))?/.source,
    /\d{1,2}\/\d{1,2}\/\d{2,4},?\s{1,3}\d{1,2}:\d\d\s{0,2}[AP]M\s{1,3}ELECTRONIC\s{1,3}FILING\s{1,3}SYSTEM(?:\s{1,3}-\s{1,3}U\.S\.\s{1,3}(?:District|Bankruptcy)\s{1,3}Court\s{1,3}[A-Z]{2,6})?/.source,
    /(?:\d{1,2}\/\d{1,2}\/\d{2,4}\s{1,3})?(?:[A-Z]{2,6}\s{1,3})?CM\/ECF\s{1,3}(?:[A-Z]{2,6}-[A-Z]{2,6}\s{1,3})?Version\s{1,3}[\d.]{1,12}(?:\s{1,3}Live\s{1,3}DB|\s{1,3}-\s{1,3}Docket\s{1,3}Report)?/.source,
    /Case\s{1,3}[\w:.\u2212-]{3,40}\s{1,6}Document\s{1,3}(?:<docnum>|\d{1,6})\s{1,6}Filed\s{1,3}(?:<datefiled>|\d{1,2}\/\d{1,2}\/\d{2,4})/.source,
    /\bPage\s{1,3}\d{1,5}\s{0,2}of\s{0,2}\d{1,5}/.source,
    /Query\s{1,3}Reports\s{1,3}Utilities\s{1,3}Help\s{1,3}Log\s{0,2}Out|RECAP\s{1,3}Actions/.source,
    TABLE_HEADER.source,
  ].join("|"),
  "g",
);

/**
 * `text` with a newline at each of its source lines' starts (the anchors'), in the text's own order.
 *
 * @example linedText("a b", [2]) // → "a \nb"
 */
export function linedText(text: string, lineStarts: readonly number[]): string {
  return sourceLines(text, lineStarts).lines.join("\n");
}

/** The lines of `text` cut at its line starts (`lineStartsOf`), each without its newline, and where each starts. */
function sourceLines(text: string, lineStarts: readonly number[]): { starts: number[]; lines: string[] } {
  const starts = lineStartsOf(text, lineStarts);
  return { starts, lines: starts.map((s, i) => text.slice(s, i + 1 < starts.length ? starts[i + 1] : text.length).replace(/\r?\n$/, "")) };
}

/** The line starts of `text`: offset 0, every offset after a newline, and the anchors' starts. */
function lineStartsOf(text: string, extra: readonly number[]): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  for (const s of extra) if (s > 0 && s < text.length) starts.push(s);
  starts.sort((a, b) => a - b);
  return starts.filter((s, i) => i === 0 || s !== starts[i - 1]);
}

// a line that ends wanting its object: "Modified on", "hearing set for", "answer due"
const CONTINUED = /\b(?:on|of|by|until|to|for|dated|due|and|through|thru|before|after|from|at|in|re|RE|dtd)[ \t]{0,3}\r?\n?[ \t]{0,3}$/;

interface Head {
  start: number;
  /** Where the docket text begins, after the date, number and any page/size note. */
  bodyStart: number;
  date: string;
  number: string | null;
  /** `MM/DD/YYYY` vs `M/D/YY`…: entries share one format; a continuation line's date rarely does. */
  shape: string;
}

function headAt(text: string, at: number): Head | null {
  // skip the indentation a line may keep
  let p = at;
  while (p < text.length && p < at + 8 && (text[p] === " " || text[p] === "\t")) p++;
  ENTRY_HEAD.lastIndex = p;
  const m = ENTRY_HEAD.exec(text);
  if (!m?.groups) return null;
  const g = m.groups;
  const bodyStart = p + m[0].length;
  // a date followed by another date is a table of dates ("12/21/2009 12/21/2009"), not an entry
  // …nor is a date and a time ("11/21/2023 14:53:25", a PACER receipt)
  if (bodyStart >= text.length || /^(?:\/|\d{1,2}[/:]\d)/.test(text.slice(bodyStart, bodyStart + 4))) return null;
  // a date that ends a sentence begun on the line before ("Modified on\n05/27/1999 (Entered: …)") continues it
  if (/^[([]Entered\b/.test(text.slice(bodyStart, bodyStart + 9))) return null;
  if (CONTINUED.test(text.slice(Math.max(0, at - 16), at))) return null;
  const date = isoOf(g);
  if (!date) return null;
  const shape = `${g.month.length}${g.day.length}${g.year.length}`;
  return { start: p, bodyStart, date, number: g.number ?? null, shape };
}

function isoOf(g: Record<string, string>): string | null {
  return isoDate(fullYear(g.year), Number(g.month), Number(g.day));
}

/** Removes page furniture and joins the entry's lines into one. */
export function cleanEntryText(raw: string): string {
  return raw.replace(FURNITURE, " ").replace(/\s+/g, " ").trim();
}

function indexFrom(re: RegExp, text: string, from: number): number {
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? m.index : -1;
}

/** Where the entry table begins, and whether the report says so itself. */
function tableStart(text: string): { from: number; titled: boolean } {
  const header = indexFrom(TABLE_HEADER, text, 0);
  if (header >= 0) return { from: header, titled: true };
  const title = REPORT_TITLE.exec(text);
  if (title) return { from: title.index, titled: true };
  return { from: 0, titled: false };
}

/**
 * The entries of a docket report, in the order printed; `[]` when `text` holds none.
 * Runs in time linear in the text: one sticky match per line start.
 *
 * @example parseDocket("Date Filed # Docket Text\n08/16/2018 1 COMPLAINT (Entered: 08/16/2018)")[0].number // → "1"
 */
export function parseDocket(text: string, lineStarts: readonly number[] = []): DocketEntry[] {
  const cmecf = parseCmEcfDocket(text, lineStarts);
  return cmecf.length ? cmecf : parseDatedTable(text, lineStarts);
}

function parseCmEcfDocket(text: string, lineStarts: readonly number[]): DocketEntry[] {
  const { from, titled } = tableStart(text);
  const heads: Head[] = [];
  for (const s of lineStartsOf(text, lineStarts)) {
    if (s < from) continue;
    const h = headAt(text, s);
    if (h && (heads.length === 0 || h.start > heads[heads.length - 1].start)) heads.push(h);
  }
  if (!heads.length) return [];
  // the entries' date shape is the most common one; other dates at a line start continue an entry
  const counts = new Map<string, number>();
  for (const h of heads) counts.set(h.shape, (counts.get(h.shape) ?? 0) + 1);
  let shape = "";
  let best = 0;
  for (const [k, n] of counts) if (n > best) [shape, best] = [k, n];
  const kept = heads.filter((h) => h.shape === shape);
  if (!titled) {
    const numbered = kept.filter((h) => h.number !== null).length;
    if (numbered < MIN_HEADLESS_ENTRIES || numbered < kept.length * 0.6) return [];
  }
  const tableEnd = indexFrom(TABLE_END, text, kept[0].bodyStart);
  const end = tableEnd >= 0 ? tableEnd : text.length;
  const inTable = kept.filter((h) => h.start < end);
  return inTable.map((h, i) => {
    let stop = i + 1 < inTable.length ? inTable[i + 1].start : end;
    while (stop > h.bodyStart && /\s/.test(text[stop - 1])) stop--;
    const raw = text.slice(h.bodyStart, stop);
    let entered: string | null = null;
    for (const m of raw.matchAll(ENTERED)) if (m.groups) entered = isoOf(m.groups) ?? entered;
    return { date: h.date, number: h.number, text: cleanEntryText(raw), entered, start: h.start, end: stop };
  });
}

/**
 * Whether `text` is a docket report: it has the report's title or table header and
 * entries under it, or many numbered dated entries at line starts.
 *
 * @example isDocketReport("CIVIL DOCKET FOR CASE #: 3:18-cv-00190\nDate Filed # Docket Text\n08/16/2018 1 COMPLAINT") // → true
 */
export function isDocketReport(text: string, lineStarts: readonly number[] = []): boolean {
  return parseDocket(text, lineStarts).length > 0;
}

// ── other courts' dated tables ───────────────────────────────────────────────
//
// State courts, appeals courts' own systems and commercial services print a docket as a table
// of dated rows under a column header ("Date  Docket Text", "Entry Date  Paper  Entry Text",
// "DATE  NR.  PROCEEDINGS", "Req #  Filed  #  Docket Text") or under a section title
// ("Case Events", "EVENT LISTING", "DOCKET ENTRIES"). Each row opens with its date; a number
// column, where the header has one, gives the entry's number.

// the words a docket table's column header is made of
const COLUMN_WORDS = new Set(
  [
    "date", "dates", "filed", "filing", "entry", "entries", "entered", "docket", "docketed", "text", "description", "proceedings",
    "orders", "and", "notes", "judge", "paper", "#", "nr", "no", "number", "req", "document", "doc",
    "filings", "—", "–", "-", "/", "party", "datedocketed", "entry#", "event", "events", "representing",
    "participant", "type", "by", "result", "session", "dkt", "dkt#", "item", "status", "issued", "or", "time", "location", "action", "actions",
  ],
);
const DATE_WORDS = new Set(["date", "filed", "filing"]);
const TEXT_WORDS = new Set(["text", "description", "proceedings", "entry", "filings"]);
// a header that says it heads a docket's entries by itself
const DOCKET_WORDS = new Set(["docket", "proceedings", "entry", "entries", "filings", "paper", "#", "nr", "entry#", "dkt#"]);
// what a header's number columns are called: before the date ("Document #", "Entry #") and after it ("#", "NR.", "Paper")
const NUMBER_WORDS = new Set(["#", "nr", "no", "paper", "entry#", "dkt#", "number"]);
// a docket section's title standing alone on its line
const SECTION =
  /^[-–—=\s]{0,12}(?:Docket\s{0,2}Entries|Docket\s{0,2}Information|Docket\s{0,2}Proceedings(?:\s{0,2}\(\d{1,5}\))?|Case\s{1,2}Events|Event\s{1,2}Listing|Events?\s{1,2}(?:&|and)\s{1,2}Orders\s{1,2}of\s{1,2}the\s{1,2}Court|Other\s{1,2}Events\s{1,2}and\s{1,2}Hearings|General\s{1,2}Docket|Register\s{1,2}of\s{1,2}Actions?|Docket\s{1,2}\(Register\s{1,2}of\s{1,2}Actions\)|Dispositions)[-–—=\s]{0,12}$/i;
// a docket's name nearby makes a plainer header ("Date  Description  Notes") a docket's
const DOCKET_NEAR = /\bDocket\b|\bRegister\s{1,2}of\s{1,2}Actions?\b|\bCase\s{1,2}Events\b/i;
// a section that is no part of the entries: fees, parties, the calendar, a receipt
const STOP =
  /^(?:Financial\s{1,2}(?:Information|Summary)|Payments?|Receipts?|Fees|Party\s{1,2}Information|Participant\s{1,2}Information|Parties(?:\s{1,2}and\s{1,2}Attorneys)?|Attorney\s{1,2}Information|Calendar\s{0,2}Information|Case\s{1,2}Information|Related\s{1,2}Cases?|Judgments?|NAME\s{1,2}ADDRESS\s{1,2}PHONE|Attorneys\s{1,2}for\s{1,2}\w{1,20}|PACER\s{1,2}Service\s{1,2}Center|Transaction\s{1,2}Receipt|Balance\s{1,2}Due\b.{0,40}|Total\s{1,2}Financial\b.{0,40})$/i;
const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
// a row's head: a clerk's code ("(E)"), a leading number ("1 -  1", a request's row), the date, a number after it
const ROW_HEAD =
  /(?:[(':]?[A-Z]{1,3}\)\s?)?(?:(?<lead>\d{1,6})(?:\s{0,3}-\s{0,3}\d{1,4})?\s{1,6}|(?<part>-\s{0,3}\d{1,4}\s{1,6}))?(?:(?<month>\d{1,2})\s?(?:\/|-{1,2})\s?(?<day>\d{1,2})\s?(?:\/|-{1,2})(?<year>\d{4}|\d{2})|(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s(?<mday>\d{1,2}),?\s{1,2}(?<myear>\d{4}))(?=[ \t\u00a0]|$)(?:[ \t\u00a0]{1,8}(?:#\s?(?<hash>\d{1,6})|(?<after>\d{1,6})(?:\.\d)?(?=\s)))?/y;
// a page's furniture: a link line, a bare page number, "Page 2 of 7", a copyright line
const PAGE_END = /:\/\/|^data:|^\s{0,8}\d{1,4}\s{0,8}$|\bPage\s{0,2}\d{1,5}(?:\s{0,2}of\s{0,2}\d{1,5})?\s{0,4}$|©|\(c\)\s{0,2}\d{4}|^\d{1,3}\s{0,2}of\s{0,2}\d{1,3}\b/i;

interface Header {
  /** A number before the date is the entry's (`Document #`), or a row count to skip (`Req #`). */
  lead: "number" | "skip" | null;
  /** The header has a number column after the date. */
  after: boolean;
}

/** The columns of a docket table's header line, or null when the line is no such header. */
function headerOf(line: string, above: readonly string[]): Header | null {
  const words = line.replace(/[:.!]/g, " ").trim().split(/\s+/).map((w) => w.toLowerCase());
  if (words.length < 2 || words.length > 14 || !words.every((w) => COLUMN_WORDS.has(w))) return null;
  const at = words.findIndex((w) => DATE_WORDS.has(w));
  if (at < 0 || !words.some((w, i) => i !== at && TEXT_WORDS.has(w))) return null;
  if (!words.some((w) => DOCKET_WORDS.has(w)) && !above.some((l) => DOCKET_NEAR.test(l))) return null;
  const before = words.slice(0, at);
  const lead = before.some((w) => w === "req") ? "skip" : before.some((w) => NUMBER_WORDS.has(w)) ? "number" : null;
  return { lead, after: words.slice(at + 1).some((w) => NUMBER_WORDS.has(w)) };
}

/** Whether a line is made of column words only (another table's header: it ends the entries). */
function columnsOnly(line: string): boolean {
  const words = line.replace(/[:.!]/g, " ").trim().split(/\s+/).map((w) => w.toLowerCase());
  return words.length >= 3 && words.length <= 14 && words.some((w) => DATE_WORDS.has(w)) && words.every((w) => COLUMN_WORDS.has(w));
}

interface Row {
  date: string;
  number: string | null;
  /** Where the row's text begins. */
  body: number;
  kind: string;
}

function rowAt(line: string, header: Header | null): Row | null {
  let p = 0;
  while (p < line.length && p < 12 && /[ \t\u00a0]/.test(line[p])) p++;
  ROW_HEAD.lastIndex = p;
  const m = ROW_HEAD.exec(line);
  if (!m?.groups) return null;
  const g = m.groups;
  // a number before the date belongs to a header that has a column for it (its part number alone when a margin ate the number)
  if ((g.lead || g.part) && !header?.lead) return null;
  const month = g.mon ? MONTHS[g.mon.toLowerCase()] : Number(g.month);
  const year = g.mon ? Number(g.myear) : fullYear(g.year);
  const date = isoDate(year, month, Number(g.mon ? g.mday : g.day));
  if (!date) return null;
  // a number after the date is the entry's only under a header with a number column
  let number: string | null = header?.lead === "number" && g.lead ? g.lead : null;
  let body = m.index + m[0].length;
  const after = g.hash ?? g.after;
  if (after !== undefined) {
    if (header?.after) number = after;
    else body -= m[0].length - m[0].search(/[ \t\u00a0]{1,8}(?:#\s?)?\d{1,6}(?:\.\d)?$/);
  }
  // a date and a time ("11/21/2023 14:53"), or a date that continues a date, is no row
  if (/^\s{0,3}(?:\d{1,2}:\d\d|[/-]\d)/.test(line.slice(body, body + 8))) return null;
  return { date, number: number === null ? null : String(Number(number)), body, kind: g.mon ? "name" : `${g.year.length}` };
}

/**
 * The entries of a docket printed as a dated table under a column header or a section title
 * (state courts, appeals courts' own systems, commercial services); `[]` when `text` has none.
 * At least three dated rows make a table. Linear: each line is looked at once.
 *
 * @example parseDatedTable("Case Events\n01/02/2020 Complaint\n01/03/2020 Summons\n01/09/2020 Answer")[0].text // → "Complaint"
 */
export function parseDatedTable(text: string, lineStarts: readonly number[] = []): DocketEntry[] {
  const { starts, lines } = sourceLines(text, lineStarts);
  const rows: { line: number; row: Row }[] = [];
  // lines that are no row's text: headers, section titles, page furniture
  const skip = new Set<number>();
  const furniture = new Set<number>();
  const seen = new Map<string, number>();
  for (const l of lines) {
    const k = l.replace(/\s+/g, " ").trim();
    if (k) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  let header: Header | null = null;
  let open = false;
  // the line before was a page's end (or this is the first line): a page's title may follow
  let pageTop = true;
  // the line before was a page's link: a dated title line after it is the printed page's
  let linkBefore = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\s+/g, " ").trim();
    if (!line) continue;
    const top = pageTop;
    const afterLink = linkBefore;
    pageTop = false;
    linkBefore = /:\/\//.test(line);
    if (PAGE_END.test(line) && !/^\S{0,3}\s?\d{1,2}[/-]\d{1,2}[/-]\d{2}/.test(line)) {
      skip.add(i);
      furniture.add(i);
      pageTop = true;
      continue;
    }
    // a printed page's title ("6/22/2020 Court Case Information", a service's running head) repeats on every page
    if (top && (seen.get(line) ?? 0) >= 2) {
      skip.add(i);
      furniture.add(i);
      pageTop = true;
      continue;
    }
    if (line.length <= 140) {
      const h = headerOf(line, lines.slice(Math.max(0, i - 5), i));
      if (h) {
        header = h;
        open = true;
        skip.add(i);
        continue;
      }
      if (SECTION.test(line)) {
        header = null;
        open = true;
        skip.add(i);
        continue;
      }
      if (STOP.test(line) || columnsOnly(line)) {
        open = false;
        skip.add(i);
        continue;
      }
    }
    if (!open) continue;
    const row = rowAt(lines[i], header);
    if (!row) continue;
    if (top && afterLink) {
      skip.add(i);
      furniture.add(i);
      continue;
    }
    if (CONTINUED.test(lines[i - 1] ?? "")) continue;
    rows.push({ line: i, row });
  }
  if (rows.length < 3) return [];
  // the rows' dates share one form; a date of another form at a line start continues a row
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.row.kind, (counts.get(r.row.kind) ?? 0) + 1);
  const kind = [...counts].sort((a, b) => b[1] - a[1])[0][0];
  const kept = rows.filter((r) => r.row.kind === kind);
  if (kept.length < 3) return [];
  const out: DocketEntry[] = [];
  kept.forEach((r, k) => {
    const next = k + 1 < kept.length ? kept[k + 1].line : lines.length;
    const parts = [lines[r.line].slice(r.row.body)];
    let last = r.line;
    for (let i = r.line + 1; i < next; i++) {
      // the entry ends where a section, a header or the end of the table does
      if (skip.has(i)) {
        if (furniture.has(i)) continue;
        break;
      }
      parts.push(lines[i]);
      if (lines[i].trim()) last = i;
    }
    const start = starts[r.line];
    const end = starts[last] + lines[last].length;
    const raw = parts.join("\n");
    let entered: string | null = null;
    for (const m of raw.matchAll(ENTERED)) if (m.groups) entered = isoOf(m.groups) ?? entered;
    out.push({ date: r.row.date, number: r.row.number, text: cleanEntryText(raw), entered, start, end });
  });
  return out;
}

// ── entries' references, types and rulings ───────────────────────────────────

/** Words that name a paper on the docket: a number before one refers to that entry ("re 18 Motion"). */
const PAPER_WORDS = new Set(
  [
    "motion", "complaint", "order", "answer", "response", "reply", "memorandum", "brief", "notice",
    "stipulation", "objection", "objections", "petition", "application", "declaration", "affidavit",
    "letter", "judgment", "report", "transcript", "amended", "supplemental", "joint", "proposed",
    "sealed", "status", "mandate", "opinion", "summons", "exhibit", "consent", "request", "emergency",
    "first", "second", "third", "fourth", "renewed", "unopposed", "opposition", "bill", "certificate",
    "minute", "scheduling", "findings", "appeal", "counterclaim", "cross", "sur-reply", "surreply",
    "settlement", "pretrial", "discovery", "deposition", "redacted", "expedited", "interim", "final",
    "preliminary", "verified", "corrected", "errata", "stipulated", "agreed", "protective", "consolidated",
  ],
);

// "18 Motion", "re 25 Order", "to 1  Complaint": a number before a capitalized word
const NUMBER_BEFORE_WORD = /(?<![\w$#.,/:\u2212-])(?<doc>\d{1,5})\s{1,3}(?<word>[A-Z][A-Za-z-]{1,20})/g;
// old CM/ECF references to a document and its motion part: "[2-1]", "[136−1]", "[148- 1]"
const BRACKET_REF = /\[(?<doc>\d{1,5})\s{0,2}[-\u2212\u2010]\s{0,2}\d{1,3}\]/g;

// a number named as an entry: "(d/e 45)", "Doc. 12", "Dkt. No. 7", "ECF No. 30", "Document No. 5"
const NAMED_REF = /(?:\bd\/e|\bDocs?\.|\bDkt\.|\bECF|\bDocument|\b[Dd]ocket)\s{0,2}(?:No\.|#)?\s{0,2}(?<doc>\d{1,5})\b/g;

/** The spans of `(Attachments: # 1 Exhibit A, …)` lists, whose numbers are attachments, not entries. */
function attachmentSpans(body: string): Span[] {
  const out: Span[] = [];
  for (let i = body.indexOf("(Attachments:"); i >= 0; i = body.indexOf("(Attachments:", i + 1)) {
    let depth = 0;
    let j = i;
    for (; j < body.length; j++) {
      if (body[j] === "(") depth++;
      else if (body[j] === ")" && --depth === 0) break;
    }
    out.push({ start: i, end: j + 1 });
    i = j;
  }
  return out;
}

/**
 * The entry numbers an entry's text refers to, in order of first mention.
 *
 * @example entryRefs("ORDER granting 18 Motion for Extension of Time re 1 Complaint") // → ["18", "1"]
 */
export function entryRefs(body: string): string[] {
  const skip = attachmentSpans(body);
  const found: { at: number; doc: string }[] = [];
  for (const m of body.matchAll(NUMBER_BEFORE_WORD)) {
    if (!m.groups || !PAPER_WORDS.has(m.groups.word.toLowerCase())) continue;
    found.push({ at: m.index, doc: m.groups.doc });
  }
  for (const m of body.matchAll(BRACKET_REF)) if (m.groups) found.push({ at: m.index, doc: m.groups.doc });
  for (const m of body.matchAll(NAMED_REF)) if (m.groups) found.push({ at: m.index, doc: m.groups.doc });
  found.sort((a, b) => a.at - b.at);
  const out: string[] = [];
  for (const f of found) {
    if (skip.some((s) => f.at >= s.start && f.at < s.end)) continue;
    const doc = String(Number(f.doc));
    if (!out.includes(doc)) out.push(doc);
  }
  return out;
}

// the court's own papers: "ORDER", "TEXT ORDER", "MEMORANDUM AND ORDER", "STIPULATION AND ORDER", "JUDGMENT", "EO:"
const ORDER_HEAD =
  /^(?:(?:[A-Za-z][A-Za-z'’-]{0,20}|&)[ ]){0,4}(?:order|judgment|decree|opinion|mandate)\b|^(?:EO|ORDER|Order)\s{0,2}[:.]|^(?:Filed\s{1,2})?Memo[_ ]Endorsement/i;
// papers that ask for or propose an order, which are filings however they end
const NOT_ORDER_HEAD =
  /^(?:(?:First|Second|Third|Amended|Joint|Emergency|Renewed|Unopposed|Consent|Sealed|Ex\s{1,2}Parte|Exparte)\s{1,2}){0,3}(?:motion|proposed|notice|response|reply|objection|brief|letter|request|application|petition|appeal|memorandum\s{1,2}(?:in|of)|stipulation\s{1,2}(?:for|to|of)|declaration|affidavit|certificate|transcript|exhibit|clerk'?s|proof|certified|acknowledgement|record)\b/i;
// a hearing held or set: "Minute Entry for proceedings held", "MINUTES of proceedings", "Status Conference set"
const HEARING =
  /^(?:Minute\s{1,2}Entry|Minutes)\b|^(?:[A-Za-z'-]{1,20}\s{1,2}){0,4}(?:hearing|conference|trial)\s{1,2}(?:held|set|reset|continued|begun|concluded)\b|^Notice\s{1,2}of\s{1,2}(?:Hearing|Motion\s{1,2}Hearing)/i;
// deadlines set by the clerk: "Set/Reset Deadlines", "Answer due by 11/30/2012"
const DEADLINE = /^(?:Set\/Reset|Set|Reset)\s{1,2}(?:Deadlines?|Scheduling\s{1,2}Order\s{1,2}Deadlines?)\b|^(?:[A-Za-z'-]{1,20}\s{1,2}){0,4}(?:due|DUE)\s{1,2}(?:by|BY)\b/;
// what a party files: it names who filed it, or it opens with a pleading's name
const FILING =
  /\b(?:filed|submitted)\s{1,2}by\b|\bby\s{1,2}(?:the\s{1,2})?(?:plaintiffs?|defendants?|pltfs?|plfs?|defts?|dfts?|intervenors?|intervening|movants?|petitioners?|respondents?|appellants?|appellees?|amicus|USA|United\s{1,2}States)\b|^(?:[A-Za-z'-]{1,20}\s{1,2}){0,3}(?:motion|complaint|answer|response|reply|memorandum|brief|notice|declaration|affidavit|exhibit|stipulation|petition|application|letter|objection|appearance|certificate|transcript|disclosure|report|statement|proposed|summons\s{1,2}returned|return\s{1,2}of\s{1,2}service|waiver|witness\s{1,2}list|exhibit\s{1,2}list|proof\s{1,2}of|appeal|demand|interrogatories|deposition|subpoena)\b/i;

/**
 * The kind of act an entry records: `order`, `hearing`, `deadline`, `filing` or `other`.
 *
 * @example entryType("TEXT ORDER denying 45 Motion to Expedite.") // → "order"
 */
export function entryType(body: string): string {
  // "(This is a TEXT ENTRY ONLY. There is no pdf document …) Minute entry for …": the note says nothing of the act
  const head = body.replace(/^\([^()]{0,160}\)\s{0,3}/, "").slice(0, 160);
  if (ORDER_HEAD.test(head) && !NOT_ORDER_HEAD.test(head)) return "order";
  if (HEARING.test(head)) return "hearing";
  if (DEADLINE.test(head)) return "deadline";
  if (FILING.test(head)) return "filing";
  return "other";
}

/**
 * One event per entry: its date, text, its own number and the entries it refers to.
 *
 * @example docketEvents(parseDocket(t))[0].docket // → ["1"]
 */
export function docketEvents(entries: readonly DocketEntry[]): ProceduralEvent[] {
  return entries.map((e) => {
    const refs = entryRefs(e.text);
    const docket = e.number ? [e.number, ...refs.filter((r) => r !== e.number)] : refs;
    return { date: e.date, text: e.text, docket, type: entryType(e.text), start: e.start, end: e.end };
  });
}

// what the court did with a request: "granting", "denying as moot", "granting in part and denying in part"
const DECIDING =
  /\b(?<verb>(?:granting|GRANTING)\s{1,3}(?:in\s{1,3}part\s{1,3}and\s{1,3}denying\s{1,3}in\s{1,3}part|IN\s{1,3}PART\s{1,3}AND\s{1,3}DENYING\s{1,3}IN\s{1,3}PART|in\s{1,3}part|IN\s{1,3}PART)|(?:denying|DENYING)\s{1,3}(?:in\s{1,3}part\s{1,3}and\s{1,3}granting\s{1,3}in\s{1,3}part|in\s{1,3}part|as\s{1,3}moot|AS\s{1,3}MOOT|without\s{1,3}prejudice|WITHOUT\s{1,3}PREJUDICE)|granting|GRANTING|denying|DENYING|finding\s{1,3}as\s{1,3}moot|FINDING\s{1,3}AS\s{1,3}MOOT|mooting|MOOTING|adopting|ADOPTING|overruling|OVERRULING|sustaining|SUSTAINING|dismissing|DISMISSING)\b/g;
// where the thing decided ends: a clause or sentence break, a parenthetical, the next decision, the signature
const OBJECT_END =
  /;|\(|\)|(?<!\b[A-Z])\.(?:\s{1,3}[A-Z]|\s{0,3}$)|\s(?:is|are)\s{1,3}(?:hereby\s{1,3})?(?:GRANTED|DENIED|ALLOWED|granted|denied|allowed)\b|,?\s{1,3}(?:and\s{1,3})?(?:granting|GRANTING|denying|DENYING|finding\s{1,3}as|adopting|overruling|sustaining|terminating|setting|directing|dismissing|DISMISSING)\b|\b(?:Signed|SIGNED|Entered|ENTERED)\s{1,3}(?:by|BY)\b|\bby\s{1,3}(?:Judge|JUDGE|Magistrate|Chief|District)\b/;
// what a request is called: "Motion for Extension of Time", "motion to certify class action", "Report and Recommendations"
const REQUEST_WORD =
  /\b(?:(?:Emergency|EMERGENCY|Joint|JOINT|Renewed|Amended|Unopposed|First|Second|Third|Ex\s{1,2}Parte|Sealed|Consent)\s{1,2}){0,3}(?:Motions?|MOTIONS?|motions?|Report\s{1,3}and\s{1,3}Recommendations?|REPORT\s{1,3}AND\s{1,3}RECOMMENDATIONS?|Applications?|APPLICATIONS?|application|Petitions?|PETITIONS?|petition|Requests?|REQUESTS?|request|Objections?|OBJECTIONS?|objections?|Stipulations?|STIPULATIONS?|stipulation|[Ss]ummary\s{1,3}(?:[Jj]udgment|jgmt)|SUMMARY\s{1,3}JUDGMENT)\b/;
const OBJECT_REACH = 220;
// a decision told in the passive: "Motion for Extension of Time (d/e 45) is GRANTED", "43 Motion … is granted in part and denied in part"
const DECIDED =
  /\b(?:is|are|be|was|were)\s{1,3}(?:hereby\s{1,3})?(?<verb>(?:GRANTED|granted|ALLOWED|allowed)(?:\s{1,3}(?:in\s{1,3}part|IN\s{1,3}PART)(?:\s{1,3}(?:and|AND)\s{1,3}(?:DENIED|denied)\s{1,3}(?:in\s{1,3}part|IN\s{1,3}PART))?)?|(?:DENIED|denied)(?:\s{1,3}(?:as\s{1,3}moot|AS\s{1,3}MOOT|without\s{1,3}prejudice|WITHOUT\s{1,3}PREJUDICE|in\s{1,3}part|IN\s{1,3}PART))?|MOOT|moot|ADOPTED|adopted|OVERRULED|overruled|SUSTAINED|sustained)\b/g;
// where the subject of a passive decision begins: the last clause or sentence break before it
const SUBJECT_START = /[.;:](?=\s|[A-Z])|\bORDER\b|\bOrder\b|\b(?:GRANTED|DENIED|ALLOWED|MOOT|granted|denied|allowed|moot)\b,?(?:\s{1,3}and\b)?/g;
const SUBJECT_REACH = 250;

function dispositionOf(verb: string, object: string): Disposition {
  const v = verb
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/^(?:granted|allowed)/, "granting")
    .replace(/^denied/, "denying")
    .replace(/^moot$/, "mooting")
    .replace(/^adopted/, "adopting")
    .replace(/^overruled/, "overruling")
    .replace(/^sustained/, "sustaining");
  if (v.includes("in part")) return "granted-in-part";
  if (v.includes("moot") || v === "mooting") return "denied-as-moot";
  if (v.startsWith("denying")) {
    if (v.includes("without prejudice") || /\bwithout\s{1,3}prejudice\b/i.test(object)) return "denied-without-prejudice";
    if (/\bas\s{1,3}moot\b/i.test(object)) return "denied-as-moot";
    return "denied";
  }
  if (v.startsWith("granting")) return "granted";
  if (v === "adopting") return "adopted";
  if (v === "overruling") return "overruled";
  if (v === "sustaining") return "sustained";
  return "dismissed";
}

/**
 * The rulings an order entry states, each tied to the entry's own number
 * (`docketEntry`) and to the entries of the motions it decides (`motion.docket`).
 *
 * @example entryRulings(e)[0] // → { disposition: "granted", request: "Motion for Extension of Time", motion: { docket: ["18"] }, … }
 */
export function entryRulings(text: string, entry: DocketEntry): Ruling[] {
  const raw = text.slice(entry.start, entry.end);
  const out: Ruling[] = [];
  const push = (verb: string, whole: string, start: number, end: number): void => {
    // "3 Motion for Extension of Time to Answer re 1 Complaint": what follows "re" is the motion's own subject
    const re = /\s(?:re|RE|Re):?\s{1,3}(?:#\s{0,2})?\d/.exec(whole);
    const before = re ? whole.slice(0, re.index) : whole;
    const object = re && REQUEST_WORD.test(before) && /(?:^|\s)(?:#\s{0,2})?\d{1,5}\s|\[\d/.test(before) ? before : whole;
    const docket = entryRefs(object);
    // "Motion for Extension of Time 6 is ALLOWED": the entry number printed after the request's name
    const trailing = /\s(?<doc>\d{1,5})\s{0,3},?\s{0,3}$/.exec(object)?.groups?.doc;
    // "granting 43 Elizabeth Gorman's Motion": the number printed before the movant's name
    const leading = /^\s{0,3}(?:#\s{0,2})?(?<doc>\d{1,5})\s/.exec(object)?.groups?.doc;
    for (const n of [leading, trailing]) if (n && !docket.includes(String(Number(n)))) docket.push(String(Number(n)));
    const named = REQUEST_WORD.exec(object);
    // "dismissing case", "granting leave" decide no request on the docket: only motions and the like count
    if (!named && !docket.length) return;
    const request = cleanEntryText(
      (named ? object.slice(named.index) : object)
        .replace(BRACKET_REF, " ")
        // clerk's notes in brackets: "[EOD Date: 3/9/00]", "[motion referred to Judge …]"
        .replace(/\[[^[\]]{0,60}\]/g, " ")
        .replace(/\((?:d\/e|Doc|Dkt|ECF|#)[^()]{0,30}\)/g, " ")
        .replace(/\s(?:at\s{1,2})?(?:[Dd]ocket|d\/e|Doc\.|Dkt\.|ECF)(?:\s{0,2}No\.)?\s{0,2}\d{1,5}\b/g, " ")
        .replace(/\s(?:as\s{1,3}moot|without\s{1,3}prejudice)\s{0,3}$/i, " "),
    )
      .replace(/^(?:\d{1,5}\s{1,3})+/, "")
      .replace(/[\s,:.]+$/, "")
      .replace(/(?:\s\d{1,5})+$/, "")
      .replace(/(?:\s(?:re|RE|at|and|or|&))+$/, "")
      .replace(/[\s,:]+$/, "");
    if (!request) return;
    out.push({
      disposition: dispositionOf(verb, object),
      request,
      requestType: requestTypeOf(request),
      motion: { docket },
      text: cleanEntryText(text.slice(entry.start + start, entry.start + end)),
      start: entry.start + start,
      end: entry.start + end,
      docketEntry: entry.number,
    });
  };
  for (const m of raw.matchAll(DECIDING)) {
    if (!m.groups) continue;
    const from = m.index + m[0].length;
    const window = raw.slice(from, from + OBJECT_REACH);
    const stop = OBJECT_END.exec(window);
    const object = window.slice(0, stop ? stop.index : window.length);
    push(m.groups.verb, object, m.index, from + object.trimEnd().length);
  }
  for (const m of raw.matchAll(DECIDED)) {
    if (!m.groups) continue;
    const from = Math.max(0, m.index - SUBJECT_REACH);
    const window = raw.slice(from, m.index);
    let begin = 0;
    for (const b of window.matchAll(SUBJECT_START)) begin = b.index + b[0].length;
    const subject = window.slice(begin);
    const lead = subject.length - subject.trimStart().length;
    push(m.groups.verb, subject, from + begin + lead, m.index + m[0].length);
  }
  // a decision told both ways ("granting 18 Motion … re 18 is GRANTED") is one ruling: the first kept
  out.sort((a, b) => a.start - b.start);
  return out.filter((r, i) => i === 0 || r.start >= out[i - 1].end || !overlapsKept(out, i));
}

function overlapsKept(sorted: readonly Ruling[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) if (sorted[j].end > sorted[i].start) return true;
  return false;
}

// a CM/ECF report's title: "CIVIL DOCKET FOR CASE #: 1:98-cv-05083"
const PARTIES_ONLY = /\b(?:CIVIL|CRIMINAL)\s{1,3}DOCKET\s{1,3}FOR\s{1,3}CASE\s{0,2}#:/;

/** What a docket report yields for the reading. */
export interface DocketReading {
  entries: DocketEntry[];
  events: ProceduralEvent[];
  rulings: Ruling[];
  /** `cmecf`: a CM/ECF report's table; `table`: another court's dated table (see `parseDatedTable`). */
  layout: "cmecf" | "table";
}

/**
 * Reads `doc` as a docket report; null when it is not one.
 *
 * @example readDocketReport(layout(ingested))?.entries.length // → 102
 */
export function readDocketReport(doc: Document): DocketReading | null {
  const starts = doc.anchors.map((a) => a.start);
  let entries = parseCmEcfDocket(doc.text, starts);
  const layout = entries.length ? "cmecf" : "table";
  if (!entries.length) entries = parseDatedTable(doc.text, starts);
  // a CM/ECF report printed before any entry was made, or cut after its parties: a docket all the same
  if (!entries.length) return PARTIES_ONLY.test(doc.text.slice(0, 8000)) && /\srepresented\s{1,3}by\s/i.test(doc.text) ? { entries, events: [], rulings: [], layout: "cmecf" } : null;
  const events = docketEvents(entries);
  const rulings: Ruling[] = [];
  entries.forEach((e, i) => {
    if (events[i].type === "order") rulings.push(...entryRulings(doc.text, e));
  });
  return { entries, events, rulings, layout };
}
