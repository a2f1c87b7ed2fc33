/**
 * CM/ECF header stamps: the line the clerk's system prints at the top of every page of
 * a filed document (district, bankruptcy and appellate forms).
 */
import type { Stamp } from "../model/types.js";

/** Where a stamp begins: `Case 3:17-…`, `Case: 20-16276,`, `Case4:11-cv-…` (no space, OCR). */
// e.g. "Case 3:17-cv-00218-MMA-BLM" / "Case: 20-16276" / "Appellate Case: 22-1801" / "USCA4 Appeal: 17-2218" / "USCA Case #10-5159"
// / "case 1:86-cv-00325-AB-CD document 38 filed 05/17/94 page 1 of 16" (an older print, all in lower case)
const STAMP_START = /(?:(?:Appellate\s|USCA\s)?Case|CASE|case|(?:USCA\d{1,2}\s)?Appeal|^(?=\d{1,2}:\d{2}-[A-Za-z]{2}-\d{3,6}))\s{0,3}:?\s{0,3}#?(?<caseNumber>(?:\d{1,2}:)?\d{2}-[A-Za-z]{1,4}-\d{1,6}(?:-[A-Za-z0-9]{1,8}){0,4}|\d{2}-\d{3,6}(?:-[A-Za-z]{1,5})?)(?![\w:])/g;

/** One field of a stamp, tried at each word of its tail (sticky, so each try is anchored). */
const FIELDS: readonly { name: string; re: RegExp }[] = [
  // "Document 4213-1", "Doc. #: 33", "Document #: 1000", "DktEntry: 17.1", "Document145"
  // "Document: 00116475093" (First Circuit: the entry's long number)
  // "ECF No. 11" (Eastern and Western Districts of Michigan)
  // "# 1" right after a bare number ("3:20-cv-03190-SEM-TSH # 1 Page 1 of 11")
  { name: "document", re: /(?:(?:Document|Doc\.?|DktEntry|ECF)\s{0,3}(?:#|No\.?)?|#(?=\s{0,3}\d))\s{0,3}:?\s{0,3}(?<doc>\d{1,12})(?:[-.](?<att>\d{1,3}))?(?!\d)/iy },
  // "Filed 04/05/18", "Filed: 06/01/21", "Filed02/19/10"
  { name: "filed", re: /Filed\s{0,3}:?\s{0,3}(?<date>\d{1,2}\/\d{1,2}\/\d{2,4})/iy },
  // "Entered 03/09/10 09:03:58", "Entered on FLSD Docket 06/04/2008"
  { name: "entered", re: /Entered(?:\s{1,3}on\s{1,3}[A-Z]{2,6}\s{1,3}Docket)?\s{0,3}:?\s{0,3}(?<date>\d{1,2}\/\d{1,2}\/\d{2,4})(?:\s{1,3}\d{1,2}:\d{2}(?::\d{2})?)?/iy },
  // "ID: 11778722" (Ninth Circuit docket entry id)
  { name: "entryId", re: /ID\s{0,2}:\s{0,3}(?<id>\d{4,12})/y },
  // "PageID.318", "Page ID #:365", "PageID #: 32475", "PagelD #: 5617", "Pg ID 12", "Pageid#: 28"
  { name: "pageId", re: /(?:Page|Pg)\s{0,2}[I1l][Dd]\s{0,3}(?:#|\.)?\s{0,3}:?\s{0,3}(?<id>\d{1,9})/iy },
  // "Page 1 of 6", "Page: 1 of 12", "Page1 of 2", "Pg: 1 of 1", bare "1 of 16", "Page: 1"
  { name: "page", re: /(?:(?:Page|Pg)\s{0,3}:?\s{0,3})?(?<page>\d{1,4})\s{1,3}of\s{1,3}(?<pages>\d{1,4})(?!\d)|(?:Page|Pg)\s{0,3}:\s{0,3}(?<only>\d{1,4})(?!\d)/iy },
  // "Pages: 1" (Seventh Circuit: the document's length)
  { name: "pages", re: /Pages\s{0,3}:\s{0,3}(?<pages>\d{1,4})(?!\d)/iy },
  // a bare date in the appellate forms: "08/05/2020"
  { name: "date", re: /(?<date>\d{1,2}\/\d{1,2}\/\d{2,4})(?!\d)/y },
  // the Second Circuit's bare entry id after the date: ", 2161300,"
  { name: "bareId", re: /(?<id>\d{6,12})(?!\d)/y },
];

/**
 * Turns `MM/DD/YY` or `MM/DD/YYYY` into an ISO date; two-digit years 00–69 are 20xx.
 *
 * @example isoDate("04/05/18") // → "2018-04-05"
 */
export function isoDate(mdy: string): string | null {
  const m = /^(?<month>\d{1,2})\/(?<day>\d{1,2})\/(?<year>\d{2}|\d{4})$/.exec(mdy);
  if (!m?.groups) return null;
  const month = Number(m.groups.month);
  const day = Number(m.groups.day);
  let year = Number(m.groups.year);
  if (m.groups.year.length === 2) year += year <= 69 ? 2000 : 1900;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** OCR and extraction debris seen on stamp lines: `(cid:10)`, bullets, runs of spaces. */
function tidy(line: string): string {
  return line
    .replace(/\(cid:\d{1,4}\)/g, " ")
    .replace(/[\u2022\u00b7\u25cf\uf0b7]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function parseTail(caseNumber: string, tail: string, raw: string): Stamp | null {
  const stamp: Stamp = {
    caseNumber,
    document: null,
    attachment: null,
    filed: null,
    page: null,
    pages: null,
    pageId: null,
    entryId: null,
    entered: null,
    court: /^\d{2}-\d/.test(caseNumber) ? "appellate" : /-(?:bk|ap)-/i.test(caseNumber) ? "bankruptcy" : "district",
    raw,
  };
  let bareDate: string | null = null;
  let fields = 0;
  let i = 0;
  while (i < tail.length) {
    let matched = false;
    for (const { name, re } of FIELDS) {
      re.lastIndex = i;
      const m = re.exec(tail);
      if (!m?.groups) continue;
      const g = m.groups;
      switch (name) {
        case "document":
          if (stamp.document !== null) break;
          stamp.document = g.doc;
          stamp.attachment = g.att ? String(Number(g.att)) : null;
          fields++;
          break;
        case "filed":
          stamp.filed ??= isoDate(g.date);
          fields++;
          break;
        case "entered":
          stamp.entered ??= isoDate(g.date);
          fields++;
          break;
        case "entryId":
          stamp.entryId ??= g.id;
          break;
        case "pageId":
          stamp.pageId ??= g.id;
          break;
        case "page":
          if (stamp.page === null) {
            stamp.page = Number(g.page ?? g.only);
            if (g.pages !== undefined) stamp.pages = Number(g.pages);
            fields++;
          }
          break;
        case "pages":
          stamp.pages ??= Number(g.pages);
          break;
        case "date":
          bareDate ??= isoDate(g.date);
          break;
        case "bareId":
          if (bareDate !== null) stamp.entryId ??= g.id;
          break;
      }
      i = re.lastIndex;
      matched = true;
      break;
    }
    if (!matched) {
      // skip to the next word: fields start at word boundaries
      const next = tail.slice(i).search(/[\s,]/);
      i = next < 0 ? tail.length : i + next + 1;
    }
  }
  // The bankruptcy form says Filed … Entered …; the Southern District of Florida only "Entered".
  if (stamp.entered && stamp.filed === null) stamp.filed = stamp.entered;
  if (stamp.filed === null && bareDate !== null) stamp.filed = bareDate;
  // Bankruptcy stamps say both Filed and Entered (and often "Desc Main Document").
  if ((stamp.entered !== null && /Filed/i.test(tail)) || /\bDesc\b/.test(tail)) stamp.court = "bankruptcy";
  // A line is a stamp only when it says at least two of: document, filed date, page.
  if (fields + (bareDate ? 1 : 0) < 2) return null;
  return stamp;
}

// marks standing where a stamp's "Case" was, before the bare number
const BARE_NUMBER_AFTER_MARKS = /^[^A-Za-z0-9\s]{1,4}\s{0,4}(?=\d{1,2}:\d{2}-[A-Za-z]{2}-\d{3,6})/;

/**
 * Every stamp printed on one line (a re-filed document carries two, printed over each other).
 *
 * @example parseStamps("Case 2:12-cv-00601-ROS Document 4213-1 Filed 10/20/21 Page 3 of 12").length // → 1
 */
export function parseStamps(line: string): Stamp[] {
  if (line.length > 600) return [];
  const tidied = tidy(line);
  // a print that dropped the word "Case" opens with the number itself: "2:25-cv-00389 Document 1 Filed 04/14/25 Page 1 of 19",
  // or with OCR's reading of the lost word as marks: "...  2:97-cv-75928-BAF Doc # 42 Filed 08/17/98 Pg 18 of 19"
  const marks = BARE_NUMBER_AFTER_MARKS.exec(tidied);
  const text = marks ? tidied.slice(marks[0].length) : tidied;
  const lead = /^\d{1,2}:\d{2}-[A-Za-z]{2}-\d{3,6}/.test(text) ? 0 : text.search(/Appellate\sCase|USCA\sCase|Case|CASE|USCA\d|Appeal:|^case(?=\s)/);
  // A stamp opens its line; allow a little debris before it (OCR bullets, a stray mark) or
  // the appellate system's page counter, e.g. "(1 of 20), Page 1 of 20  Case: 25-2808, …".
  const prefix = text.slice(0, lead);
  const debris = lead <= 4 && !/[A-Za-z0-9]/.test(prefix);
  if (lead < 0 || (!debris && !/^\(\d{1,4} of \d{1,4}\),? Page \d{1,4} of \d{1,4} $/.test(prefix))) return [];
  const starts: { index: number; end: number; caseNumber: string }[] = [];
  STAMP_START.lastIndex = 0;
  for (let m = STAMP_START.exec(text); m; m = STAMP_START.exec(text)) {
    starts.push({ index: m.index, end: m.index + m[0].length, caseNumber: m.groups?.caseNumber ?? "" });
  }
  if (starts.length === 0 || starts[0].index !== lead) return [];
  const out: Stamp[] = [];
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k];
    const stop = k + 1 < starts.length ? starts[k + 1].index : text.length;
    const stamp = parseTail(s.caseNumber, text.slice(s.end, stop), text.slice(s.index, stop).trim());
    if (stamp) out.push(stamp);
  }
  return out;
}

/** Orders stamps so the newest (latest filed, then highest document number) comes first. */
function newer(a: Stamp, b: Stamp): number {
  const fa = a.filed ?? "";
  const fb = b.filed ?? "";
  if (fa !== fb) return fa < fb ? 1 : -1;
  // Document numbers compare only within one case; across cases the first printed stays first.
  if (a.caseNumber !== b.caseNumber) return 0;
  return Number(b.document ?? 0) - Number(a.document ?? 0);
}

/**
 * Parses a CM/ECF header stamp line; when two are printed over each other, the newest.
 *
 * @example parseStamp("Case 3:17-cv-00218-MMA-BLM Document 50 Filed 04/05/18 PageID.318 Page 1 of 6")
 * // → { caseNumber: "3:17-cv-00218-MMA-BLM", document: "50", filed: "2018-04-05", page: 1, pages: 6, pageId: "318", … }
 */
export function parseStamp(line: string): Stamp | null {
  return newestStamp(parseStamps(line));
}

/**
 * The newest of stamps printed over each other: latest filed date, then highest document.
 *
 * @example newestStamp([]) // → null
 */
export function newestStamp(stamps: readonly Stamp[]): Stamp | null {
  if (stamps.length === 0) return null;
  return [...stamps].sort(newer)[0];
}
