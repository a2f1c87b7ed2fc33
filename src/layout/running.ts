/**
 * Running headers and footers: the short title, case number or page number printed at
 * the head or foot of every page. Found by repetition across pages (the page number
 * may vary) and by the shape of a page number, only at the edges of a page.
 */
import type { WorkPage } from "./paginate.js";

/** How many content lines at each edge of a page may be running heads or feet. */
const HEAD_ZONE = 3;
const FOOT_ZONE = 4;
/** Longer lines are text, even when repeated… */
const MAX_RUNNING_LENGTH = 90;
/** …unless they repeat at the edge of most pages, as a form's header table does
 * ("Case No. LA CV17-00308 JAK (AFMx) Date September 18, 2018 Title Jason Lust v. …"). */
const MAX_FORM_HEADER_LENGTH = 240;

// e.g. "- 2 -", "2", "Page 2 of 6", "— 12 —"
const PAGE_NUMBER = /^(?:[-–—]\s{0,2})?(?:Page\s{1,3})?\d{1,4}(?:\s{1,3}of\s{1,3}\d{1,4})?(?:\s{0,2}[-–—])?$/i;
// e.g. "- ii -": roman numbers only between dashes, or "CIVIL" would be a page number
const ROMAN_PAGE_NUMBER = /^[-–—]\s{0,2}[ivxlc]{1,6}\s{0,2}[-–—]$/i;

// e.g. "UNITED STATES DISTRICT COURT", "CIVIL MINUTES -- GENERAL", "Central District of California"
const NAMES_A_COURT = /\b(?:court|district|circuit|minutes)\b/i;

/**
 * The shape of a line with its numbers blanked, so "Page 2 of 6" and "Page 3 of 6" match.
 *
 * @example runningKey(" 17cv218-MMA (BLM) ") // → "#cv#-mma (blm)"
 */
export function runningKey(text: string): string {
  return text.trim().replace(/\d+/g, "#").replace(/\s+/g, " ").toLowerCase();
}

function edgeIndexes(page: WorkPage): { head: number[]; foot: number[] } {
  const content: number[] = [];
  page.lines.forEach((l, i) => {
    // Lines ingest already knows to be heads or feet don't use up the zone: a form's
    // header table runs on below them.
    if (!l.marginOnly && l.text.trim() !== "" && l.role !== "footnote" && l.role !== "header" && l.role !== "footer") content.push(i);
  });
  return { head: content.slice(0, HEAD_ZONE), foot: content.slice(-FOOT_ZONE) };
}

/**
 * Removes running heads and feet and page numbers from the pages, returning new pages.
 * A line is removed from an edge only while every line between it and the edge goes
 * too, so a footnote mark or a short last line of text is never taken for a page number.
 *
 * @example dropRunning(pages).every((p) => p.lines.every((l) => l.text.trim() !== "- 2 -")) // → true
 */
export function dropRunning(pages: readonly WorkPage[]): WorkPage[] {
  const counts = new Map<string, number>();
  for (const page of pages) {
    const { head, foot } = edgeIndexes(page);
    const keys = new Set([...head, ...foot].map((i) => page.lines[i].text).filter((t) => t.trim().length <= MAX_FORM_HEADER_LENGTH).map(runningKey));
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const repeatedEnough = (key: string): boolean => {
    const n = counts.get(key) ?? 0;
    if (pages.length < 2 || n < 2) return false;
    return n >= Math.max(2, Math.ceil(pages.length * 0.4));
  };
  const running = (text: string): boolean => {
    const t = text.trim();
    if (t.length > MAX_FORM_HEADER_LENGTH) return false;
    if (t.length > MAX_RUNNING_LENGTH) return pages.length >= 3 && (counts.get(runningKey(t)) ?? 0) >= Math.ceil(pages.length * 0.6);
    return PAGE_NUMBER.test(t) || ROMAN_PAGE_NUMBER.test(t) || repeatedEnough(runningKey(t));
  };

  const pageNumber = (text: string): boolean => PAGE_NUMBER.test(text.trim()) || ROMAN_PAGE_NUMBER.test(text.trim());

  return pages.map((page, n) => {
    const drop = new Set<number>();
    const { head, foot } = edgeIndexes(page);
    // The head of the first page is the caption: forms (civil minutes, scheduling
    // orders) repeat the court there on every page, but on the first it must be read.
    const headRunning = n === 0 ? (t: string) => pageNumber(t) || (running(t) && !NAMES_A_COURT.test(t)) : running;
    for (const i of head) {
      if (!headRunning(page.lines[i].text)) break;
      drop.add(i);
    }
    for (const i of [...foot].reverse()) {
      if (drop.has(i) || !running(page.lines[i].text)) break;
      drop.add(i);
    }
    for (let i = 0; i < page.lines.length; i++) {
      const role = page.lines[i].role;
      if (role === "header" || role === "footer") drop.add(i);
    }
    if (drop.size === 0) return page;
    return { ...page, lines: page.lines.filter((_, i) => !drop.has(i)) };
  });
}
