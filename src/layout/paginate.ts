/**
 * Source pages → work pages. Text copies often lose their form feeds; there a CM/ECF
 * stamp line, or the margin numbering starting over at 1, opens a new page. The margin
 * numbers come off the lines here and become each line's `line`.
 */
import type { Page, SourceFormat, SourceLine, Stamp } from "../model/types.js";
import { cutLine, type WorkLine } from "./line.js";
import { findMarginNumbers, marginRestarts, type MarginNumber } from "./margin.js";
import { newestStamp, parseStamp } from "./stamp.js";

/** One page as layout sees it, once split and stripped of margin numbers and stamp. */
export interface WorkPage {
  number: number;
  lines: WorkLine[];
  stamp: Stamp | null;
}

/** Only the first few lines of a page (or, in some courts, the last two) carry its stamp. */
const STAMP_ZONE = 4;

function quickStamp(text: string): Stamp | null {
  // cheap prefilter before the parser
  if (text.length > 400 || !/Case|CASE|USCA|Appeal|^\s{0,4}case\s|^[^A-Za-z0-9\s]{0,4}\s{0,4}\d{1,2}:\d{2}-[A-Za-z]{2}-\d/.test(text.slice(0, 40))) return null;
  return parseStamp(text);
}

function toWorkLine(src: SourceLine, page: number, physical: number): WorkLine {
  return {
    text: src.text,
    emphasis: src.emphasis ? src.emphasis.map((e) => ({ ...e })) : [],
    page,
    line: physical,
    printed: false,
    physical,
    indent: 0,
    role: src.role ?? "body",
    marginOnly: false,
  };
}

// e.g. "-9-", "12", "- 3 -", "Page 4", "Page 4 of 20"
const LONE_PAGE_NUMBER = /^\s{0,40}(?:[-–—]\s{0,2})?(?:Page\s{1,3})?(?<value>\d{1,3})(?:\s{1,3}of\s{1,3}\d{1,4})?(?:\s{0,2}[-–—])?\s{0,40}$/i;
/** A run of printed page numbers this long is pagination, not a list or footnote marks. */
const MIN_PAGE_RUN = 3;

/**
 * Page breaks shown only by printed page numbers (a text copy with no form feeds, stamps
 * or margin numbers): lone numbers that count up one by one through the text.
 */
function pageNumberBreaks(lines: readonly SourceLine[], numbers: readonly (MarginNumber | null)[]): number[] {
  const runs: { values: number[]; lines: number[] }[] = [];
  let open: { values: number[]; lines: number[] }[] = [];
  const blank = (i: number): boolean => i < 0 || i >= lines.length || lines[i].text.trim() === "";
  lines.forEach((l, i) => {
    if (numbers[i]) return;
    const m = LONE_PAGE_NUMBER.exec(l.text);
    if (!m?.groups) return;
    // A page number stands apart from the text by a blank line; a footnote mark on its
    // own line ("1" over the note's text) sits between lines of text.
    if (!blank(i - 1) && !blank(i + 1)) return;
    const v = Number(m.groups.value);
    const run = open.find((r) => r.values[r.values.length - 1] + 1 === v);
    if (run) {
      run.values.push(v);
      run.lines.push(i);
      return;
    }
    const fresh = { values: [v], lines: [i] };
    runs.push(fresh);
    open = [...open.slice(-2), fresh];
  });
  const out: number[] = [];
  for (const run of runs) {
    if (run.lines.length < MIN_PAGE_RUN) continue;
    for (const i of run.lines) {
      // A number followed by a blank line closes its page; one after a blank line opens the next.
      const nextBlank = i + 1 >= lines.length || lines[i + 1].text.trim() === "";
      out.push(nextBlank ? i + 1 : i);
    }
  }
  return out;
}

/** Where one text page must be cut: at stamp lines and where the numbering starts over. */
function breakPoints(lines: readonly SourceLine[], numbers: readonly (MarginNumber | null)[]): number[] {
  const stamps: number[] = [];
  let firstPage: number | null = null;
  lines.forEach((l, i) => {
    const s = quickStamp(l.text.trim());
    if (!s) return;
    if (stamps.length === 0) firstPage = s.page;
    stamps.push(i);
  });
  const cuts = new Set<number>();
  // Scan debris above the first stamp ("I", "-. 0 0") is not a page of its own.
  let before = 0;
  let from = 0;
  const charsBefore = (i: number): number => {
    for (; from < i; from++) before += lines[from].text.replace(/\s+/g, "").length;
    return before;
  };
  // Some text layers put the stamp last on its page: "Page 1 of 51" after a page of text.
  const atFoot = stamps.length > 0 && firstPage === 1 && charsBefore(stamps[0]) >= 400;
  for (let k = 0; k < stamps.length; k++) {
    const s = stamps[k];
    // A second stamp right under the first (a re-filed document) is the same page.
    if (k > 0 && s - stamps[k - 1] <= 2) continue;
    if (atFoot) {
      if (s + 1 < lines.length) cuts.add(s + 1);
    } else if (charsBefore(s) >= 30) cuts.add(s);
  }
  for (const r of marginRestarts(numbers)) {
    // The stamp above a restarted page is where that page begins; footer lines above it
    // stay with the page before.
    let at = r;
    for (let k = r - 1; k >= 0 && k >= r - 12; k--) {
      if (numbers[k]) break;
      if (stamps.includes(k)) {
        at = k;
        break;
      }
    }
    if (at > 0) cuts.add(at);
  }
  // Printed page numbers are the last resort: stamps and margin numbers, where a copy has
  // them, place page breaks better than a footer line does.
  if (cuts.size === 0) {
    const after: number[] = new Array<number>(lines.length + 1).fill(0);
    for (let i = lines.length - 1; i >= 0; i--) after[i] = after[i + 1] + (lines[i].text.trim() !== "" ? 1 : 0);
    const contentAfter = (i: number): number => after[i];
    for (const b of pageNumberBreaks(lines, numbers)) if (b > 0 && b < lines.length && contentAfter(b) > 2) cuts.add(b);
  }
  return [...cuts].sort((a, b) => a - b);
}

/** Margin numbers off the lines of one page; lines between numbers take the one above. */
function applyMargin(lines: WorkLine[], numbers: readonly (MarginNumber | null)[]): WorkLine[] {
  let current: MarginNumber | null = null;
  let since = 0;
  let loneRun = 0;
  let detached = false;
  return lines.map((line, i) => {
    const m = numbers[i];
    if (m) {
      current = m;
      since = 0;
      if (m.lone) {
        loneRun++;
        if (loneRun >= 5) detached = true;
      } else {
        loneRun = 0;
        detached = false;
      }
      const cut = cutLine(line, [[0, m.contentStart]]);
      return { ...cut, line: m.value, printed: true, indent: m.indent, marginOnly: m.lone };
    }
    since++;
    if (line.text.trim() !== "") loneRun = 0;
    // After a detached column of numbers (page 1 of many text copies) the text that
    // follows cannot be lined up with them; it keeps its physical line.
    if (current && since <= 8 && !detached) return { ...line, line: current.value, printed: true };
    return line;
  });
}

function leadingSpaces(text: string): number {
  return /^[ \t]*/.exec(text)?.[0].length ?? 0;
}

/**
 * Splits and converts source pages. PDF pages keep their boundaries and the margin numbers
 * ingest separated; text pages are split at stamps and numbering restarts.
 *
 * @example paginate([{ number: 1, lines: [{ text: "1 a" }, { text: "2 b" }, { text: "3 c" }, { text: "4 d" }, { text: "1 e" }, { text: "2 f" }, { text: "3 g" }, { text: "4 h" }] }], "text").length // → 2
 */
export function paginate(pages: readonly Page[], format: SourceFormat): WorkPage[] {
  const out: WorkPage[] = [];
  for (const page of pages) {
    if (format !== "text") {
      const lines = page.lines
        .filter((l) => l.role !== "margin")
        .map((l, i) => {
          const w = toWorkLine(l, 0, i + 1);
          if (typeof l.lineNumber === "number") return { ...w, line: l.lineNumber, printed: true };
          return w;
        });
      out.push({ number: 0, lines, stamp: null });
      continue;
    }
    const numbers = findMarginNumbers(page.lines.map((l) => l.text));
    const cuts = [0, ...breakPoints(page.lines, numbers), page.lines.length];
    for (let k = 0; k + 1 < cuts.length; k++) {
      const from = cuts[k];
      const to = cuts[k + 1];
      if (to <= from) continue;
      const lines = page.lines.slice(from, to).map((l, i) => {
        const w = toWorkLine(l, 0, i + 1);
        return numbers[from + i] ? w : { ...w, indent: leadingSpaces(l.text) };
      });
      out.push({ number: 0, lines: applyMargin(lines, numbers.slice(from, to)), stamp: null });
    }
  }
  // Pages that hold nothing but blank lines are debris of the split (a trailing newline).
  const kept = out.filter((p, i) => i === 0 || p.lines.some((l) => l.text.trim() !== ""));
  kept.forEach((p, i) => {
    p.number = i + 1;
    for (const l of p.lines) l.page = i + 1;
  });
  return kept;
}

/**
 * Takes the CM/ECF stamp off the top of each page (PDF ingest may have marked it
 * `role: "stamp"` already) and records it on the page.
 *
 * @example takeStamps([{ number: 1, stamp: null, lines: [] }])[0].stamp // → null
 */
export function takeStamps(pages: WorkPage[]): WorkPage[] {
  return pages.map((page) => {
    const drop = new Set<number>();
    const content: number[] = [];
    page.lines.forEach((l, i) => {
      if (l.text.trim() !== "") content.push(i);
    });
    // The stamp heads the page; some courts (the Eighth Circuit) print it at the foot.
    const zone = new Set([...content.slice(0, STAMP_ZONE), ...content.slice(-2)]);
    const found: Stamp[] = [];
    page.lines.forEach((line, i) => {
      if (line.role === "stamp") drop.add(i);
      // A re-filed document can carry a second stamp on the next line; all of them go.
      if (!(zone.has(i) || line.role === "stamp" || line.role === "footer" || line.role === "header")) return;
      const text = line.text.trim();
      // A stamp wrapped by the text layer: "… Page 1 of 29   Page ID" + "#:1885"
      const next = page.lines[i + 1]?.text.trim() ?? "";
      const wrapped = /Page\s?ID$/i.test(text) && /^#?:?\s{0,2}\d{1,9}$/.test(next);
      const s = quickStamp(wrapped ? `${text} ${next}` : text);
      if (s) {
        found.push(s);
        drop.add(i);
        if (wrapped) drop.add(i + 1);
      }
    });
    return { ...page, lines: page.lines.filter((_, i) => !drop.has(i)), stamp: newestStamp(found) };
  });
}
