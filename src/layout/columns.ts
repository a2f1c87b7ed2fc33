/**
 * Two-column pages a text copy printed side by side. A publisher's two-column reprint, copied
 * to text, often comes as one line per printed row: the left column's line, a run of spaces, the
 * right column's line ("… certain drugs).  standing to seek declaratory relief."). Read as it
 * stands, every sentence runs across both columns and no decision reads whole.
 *
 * `splitColumns` finds such pages and lays each out column by column: the left column's lines,
 * then the right column's. Each half keeps its printed page and line, so places still point at
 * the printed row.
 *
 * Telling the column gap from the wide spaces of justified text: a justified line spaces all its
 * words alike, so a row whose words are spaced one way up to a gap and another way after it
 * (`a b c  d  e  f`, `a  b  c  d e f`, `a b  c d`) splits at one place only. A page is two-column
 * when many of its rows split so, all at about the same width; a typed page with two spaces after
 * a period splits its rows at every width, and is left alone. Rows whose words are spaced alike
 * throughout are split where the halves come nearest the page's usual column widths.
 */
import { cutLine, type WorkLine } from "./line.js";
import type { WorkPage } from "./paginate.js";

/** A gap between words: where it starts and ends in the line, and whether it is wide (2+ spaces). */
interface Gap {
  start: number;
  end: number;
  wide: boolean;
}

/** Rows shorter than this are not two columns' worth of text. */
const MIN_ROW = 60;
/** Longer than two printed columns side by side. */
const MAX_ROW = 240;
/** Each half of a split row holds at least this much. */
const MIN_HALF = 12;

function gapsOf(text: string): Gap[] {
  const out: Gap[] = [];
  const end = text.trimEnd().length;
  let i = text.length - text.trimStart().length;
  while (i < end) {
    if (text[i] !== " ") {
      i++;
      continue;
    }
    let j = i;
    while (j < end && text[j] === " ") j++;
    out.push({ start: i, end: j, wide: j - i >= 2 });
    i = j;
  }
  return out;
}

/** Whether the gaps `gaps[from, to)` are all of one kind (or there are none). */
function alike(gaps: readonly Gap[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (gaps[k].wide !== gaps[from].wide) return false;
  return true;
}

/** Where a row can split: each wide gap, with whether the words each side are spaced alike. */
function candidates(text: string): { gap: Gap; left: number; right: number; clean: boolean }[] {
  // two printed columns and their gap fit in MAX_ROW characters; a longer row is no such row, and
  // is not searched (which keeps the work per row bounded on a text of one long line)
  if (text.length > MAX_ROW && text.trim().length > MAX_ROW) return [];
  const body = text.trimEnd();
  const lead = text.length - text.trimStart().length;
  const gaps = gapsOf(text);
  const out: { gap: Gap; left: number; right: number; clean: boolean }[] = [];
  gaps.forEach((gap, k) => {
    if (!gap.wide) return;
    const left = gap.start - lead;
    const right = body.length - gap.end;
    if (left < MIN_HALF || right < MIN_HALF) return;
    out.push({ gap, left, right, clean: alike(gaps, 0, k) && alike(gaps, k + 1, gaps.length) });
  });
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

function spread(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length * 3) / 4)] - s[Math.floor(s.length / 4)];
}

/** The usual widths of a two-column page's halves, or null when the page is not two columns. */
export function columnWidths(lines: readonly string[]): { left: number; right: number } | null {
  const rows = lines.filter((t) => t.trim().length > 0);
  if (rows.length < 8) return null;
  const lefts: number[] = [];
  const rights: number[] = [];
  for (const t of rows) {
    if (t.trimEnd().length < MIN_ROW) continue;
    const clean = candidates(t).filter((c) => c.clean);
    if (clean.length !== 1) continue;
    lefts.push(clean[0].left);
    rights.push(clean[0].right);
  }
  // a page of two columns is mostly long rows; enough of them split one way only
  const long = rows.filter((t) => t.trimEnd().length >= MIN_ROW).length;
  if (lefts.length < 6 || lefts.length < long * 0.25) return null;
  const left = median(lefts);
  const right = median(rights);
  // A column is a printed column's width, and the halves of a page split alike.
  if (left < 30 || left > 80 || right < 30 || right > 80) return null;
  if (spread(lefts) > 12 || spread(rights) > 14) return null;
  return { left, right };
}

/** Where a row of a two-column page splits, or null when it is one column's line alone. */
function splitAt(text: string, widths: { left: number; right: number }): Gap | null {
  const all = candidates(text);
  // one place only where the spacing changes: the column gap, wherever the halves end
  const clean = all.filter((c) => c.clean);
  if (clean.length === 1 && clean[0].left <= widths.left + 8 && clean[0].right <= widths.right + 8) return clean[0].gap;
  // spaced alike throughout: split only where both halves are a full column's line, so that one
  // column's justified line alone is not cut in two
  let best: Gap | null = null;
  let bestScore = Infinity;
  for (const c of all) {
    const score = Math.max(Math.abs(c.left - widths.left), Math.abs(c.right - widths.right));
    if (score < bestScore) {
      bestScore = score;
      best = c.gap;
    }
  }
  return bestScore <= 10 ? best : null;
}

/**
 * A row of a two-column page: its left and right column's lines (`right` null: a blank there).
 * `alone`: a column's line alone on its row, whose column is not yet known; `only`: the one
 * column it was found to be in, the other having no line on this row.
 */
interface Row {
  line: WorkLine;
  left: WorkLine;
  right: WorkLine | null;
  alone?: boolean;
  only?: "left" | "right";
}

function blank(line: WorkLine): WorkLine {
  return { ...line, text: "", emphasis: [], indent: 0 };
}

/** Columns' widths as wide as the page's rows that split one way only: two or more of them agree with `widths`. */
function fits(lines: readonly string[], widths: { left: number; right: number }): boolean {
  let n = 0;
  for (const t of lines) {
    if (t.trimEnd().length < MIN_ROW) continue;
    const clean = candidates(t).filter((c) => c.clean);
    if (clean.length === 1 && Math.abs(clean[0].left - widths.left) <= 8 && Math.abs(clean[0].right - widths.right) <= 8) n++;
    if (n >= 2) return true;
  }
  return false;
}

/**
 * The columns' widths a document's pages share: those of its first page that reads as two columns
 * on its own, or null. A page with fewer rows side by side (the last page of an opinion, where
 * the columns' lines mostly fall on rows of their own) is read with them when its rows agree.
 */
export function documentColumns(pages: readonly WorkPage[]): { left: number; right: number } | null {
  for (const p of pages) {
    const w = columnWidths(p.lines.map((l) => l.text));
    if (w) return w;
  }
  return null;
}

// a line that ends a sentence, one that ends a clause, and one broken by a hyphen
const CLOSED = /[.!?]["”’)]?$/;
const CLAUSE = /[,;:]$/;
const HYPHENATED = /[A-Za-z]-$/;

/**
 * How well `next` goes on from `prev`, the last line of one column: a word broken by a hyphen
 * goes on in lower case; a full line cut mid-sentence goes on in lower case; a short line, or a
 * heading, ends its paragraph, and the next one starts in capitals.
 */
function goesOn(prev: string | null, next: string, width: number): number {
  if (!prev) return 0;
  const lower = /^[a-z]/.test(next);
  if (HYPHENATED.test(prev)) return lower ? 4 : -4;
  // a justified column's line falls short only at its paragraph's end
  const short = prev.length < width * 0.75;
  const heading = !/[a-z]/.test(prev) && /[A-Z]{3}/.test(prev);
  if (short || heading) return lower ? -3 : 2;
  if (CLOSED.test(prev)) return lower ? -2 : 1;
  if (CLAUSE.test(prev)) return lower ? 2 : 0.5;
  return lower ? 2 : -0.5;
}

/** A column's lines with a blank line after each short one that the next, in capitals, does not go on from. */
function paragraphed(lines: readonly WorkLine[], width: number): WorkLine[] {
  const out: WorkLine[] = [];
  lines.forEach((l, k) => {
    out.push(l);
    const t = l.text.trim();
    const next = lines[k + 1]?.text.trim() ?? "";
    if (t && next && t.length < width * 0.75 && !HYPHENATED.test(t) && /^[A-Z*]/.test(next)) out.push(blank(l));
  });
  return out;
}

/**
 * A page laid out column by column when its text copy printed two columns side by side;
 * any other page as it was. `known` is the document's columns (see `documentColumns`), for a
 * page with too few rows side by side to tell on its own. `interleaved`: whether a line alone on
 * its row may be the right column's by how it reads on (not on a first page, whose caption,
 * headings and counsel's lines read on from nothing).
 *
 * A column's line alone on its row is the left column's, unless it is indented past the left
 * column or goes on better from the right column's last line than from the left's (a print
 * that sets the two columns' lines on rows of their own, one after the other).
 *
 * @example splitColumns(page).lines.map((l) => l.text) // → the left column's lines, then the right's
 */
export function splitColumns(page: WorkPage, known: { left: number; right: number } | null = null, interleaved = true): WorkPage {
  const texts = page.lines.map((l) => l.text);
  const widths = columnWidths(texts) ?? (known && fits(texts, known) ? known : null);
  if (!widths) return page;
  const rows = page.lines.map((line): Row => {
    const text = line.text;
    // a left column's line alone keeps the spaces where the right column's would be
    const trailing = text.length - text.trimEnd().length;
    const leftAlone = trailing >= 2 && text.trim().length <= widths.left + 12;
    const gap = !leftAlone && text.trimEnd().length >= 2 * MIN_HALF + 2 ? splitAt(text, widths) : null;
    if (gap) return { line, left: cutLine(line, [[gap.start, text.length]]), right: cutLine(line, [[0, gap.end]]) };
    if (text.trim() === "") return { line, left: line, right: line };
    // one column's line alone: the right column's stands indented past the left's
    const lead = text.length - text.trimStart().length;
    if (lead >= 2 && text.trim().length <= widths.right + 10) return { line, left: blank(line), right: { ...line, indent: 0 } };
    return { line, left: line, right: null, alone: !leftAlone };
  });
  // the columns run from the first row split in two to the last
  const split = (r: (typeof rows)[number]): boolean => r.right !== null && r.right !== r.left && r.left.text.trim() !== "" && r.right.text.trim() !== "";
  const first = rows.findIndex(split);
  if (first < 0) return page;
  const last = rows.findLastIndex(split);
  // between them, a line alone on its row goes with the column it goes on from best; a tie
  // goes to the column the row before did not (the columns' rows alternate)
  let lastLeft: string | null = null;
  let lastRight: string | null = null;
  let before = "right" as "left" | "right";
  for (let k = first; k <= last; k++) {
    const r = rows[k];
    const text = r.line.text.trim();
    if (text === "") continue;
    if (r.alone && interleaved) {
      const toLeft = goesOn(lastLeft, text, widths.left);
      const toRight = goesOn(lastRight, text, widths.right);
      const side: "left" | "right" = toRight > toLeft || (toRight === toLeft && before === "left") ? "right" : "left";
      // the other column has no line on this row: it gets none, not a blank one
      rows[k] = side === "right" ? { line: r.line, left: r.line, right: r.line, only: "right" } : { ...r, only: "left" };
      before = side;
    } else before = r.right === null || r.right.text.trim() === "" ? "left" : "right";
    const now = rows[k];
    if (now.only !== "right" && now.left.text.trim()) lastLeft = now.left.text.trim();
    if (now.only !== "left" && now.right?.text.trim()) lastRight = now.right.text.trim();
  }
  const head = page.lines.slice(0, first);
  const tail = page.lines.slice(last + 1);
  const middle = rows.slice(first, last + 1);
  let lefts = middle.filter((r) => r.only !== "right").map((r) => r.left);
  let rights = middle.filter((r) => r.only !== "left").map((r) => r.right ?? blank(r.line));
  // columns whose lines fall on rows of their own mark no paragraph with a blank row: a short line
  // before one in capitals ends one
  if (middle.some((r) => r.only === "right")) {
    lefts = paragraphed(lefts, widths.left);
    rights = paragraphed(rights, widths.right);
  }
  // the columns part as a paragraph does: a blank line between them
  return { ...page, lines: [...head, ...lefts, blank(middle[middle.length - 1].line), ...rights, ...tail] };
}
