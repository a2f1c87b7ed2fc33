import { composeLine, type BuiltLine } from "./lines.js";
import { isStampText } from "./roles.js";
import type { TextRun } from "./run.js";

// The caption's divider is a column of lone ")" (or "§", ":") between the parties and the case number.
const DIVIDER = /^\s*[)§:]\s*$/;

/** Fewest divider rows that make a caption table. */
const MIN_DIVIDERS = 3;

function dividerOf(line: BuiltLine, at: number | null): TextRun | null {
  return line.runs.find((r) => DIVIDER.test(r.text) && (at === null || Math.abs(r.x - at) <= 4)) ?? null;
}

/**
 * Finds the caption table (parties left, case number and title right, split by a
 * column of ")") and returns the lines so that each column reads in order: the left
 * column's lines, then the right column's. Pages without such a table come back as
 * they were.
 *
 * @example reorderCaption(lines).map((l) => l.text) // ["JAMES LINLOR,", "Plaintiff,", …, "Case No.: 17cv218", …]
 */
export function reorderCaption(lines: readonly BuiltLine[]): BuiltLine[] {
  const xs = new Map<number, number>();
  for (const l of lines) {
    for (const r of l.runs) if (DIVIDER.test(r.text)) xs.set(Math.round(r.x / 4), (xs.get(Math.round(r.x / 4)) ?? 0) + 1);
  }
  let bestKey = -1;
  let bestCount = 0;
  for (const [k, n] of xs) {
    const near = n + (xs.get(k - 1) ?? 0) + (xs.get(k + 1) ?? 0);
    if (near > bestCount) {
      bestCount = near;
      bestKey = k;
    }
  }
  if (bestCount < MIN_DIVIDERS) return [...lines];
  const at = bestKey * 4;
  const rows = lines.map((l, i) => ({ i, d: dividerOf(l, at) })).filter((r) => r.d);
  const first = rows[0].i;
  const last = rows[rows.length - 1].i;
  // Dividers scattered over the page (a table of ")"s in the body) are not a caption.
  if (last - first + 1 > rows.length * 3) return [...lines];
  const divider = rows[0].d as TextRun;
  const cut = (divider.x + divider.right) / 2;
  const left: BuiltLine[] = [];
  const right: BuiltLine[] = [];
  for (let i = first; i <= last; i++) {
    const runs = lines[i].runs.filter((r) => !(DIVIDER.test(r.text) && Math.abs(r.x - at) <= 4));
    const l = runs.filter((r) => (r.x + r.right) / 2 < cut);
    const r = runs.filter((r) => (r.x + r.right) / 2 >= cut);
    if (l.length) left.push(composeLine(l));
    if (r.length) right.push(composeLine(r));
  }
  // Rows of the table are single-spaced; a wider step is a blank row, and so a new block.
  const steps = lines.slice(first + 1, last + 1).map((l, k) => l.y - lines[first + k].y).filter((d) => d > 1);
  const row = steps.length ? Math.min(...steps) : 0;
  for (const column of [left, right]) {
    column.forEach((l, k) => {
      if (k === 0 || (row > 0 && l.y - column[k - 1].y > row * 1.5)) l.breakBefore = true;
    });
  }
  const after = lines.slice(last + 1).map((l, k) => (k === 0 ? { ...l, breakBefore: true } : l));
  return [...lines.slice(0, first), ...left, ...right, ...after];
}

/** A gutter is at least this many ems of empty space between two runs of one line. */
const GUTTER_EMS = 2.5;
/** Fewest lines that start a run at the right column's edge. */
const MIN_GUTTER_ROWS = 3;

/**
 * The caption table without a divider: the parties on the left, the case number and
 * title on the right, with only white space between. The right column is found as an
 * edge several lines start a run at, after a wide gap or at the line's start, that no
 * run of the block crosses. Looks at the top of the page only (where captions are).
 *
 * @example reorderGutterCaption(lines, 792).map((l) => l.text) // ["TRACIE STILL,", "Plaintiff,", …, "No. 1:11-cv-00637", "ORDER GRANTING …"]
 */
export function reorderGutterCaption(lines: readonly BuiltLine[], pageHeight: number): BuiltLine[] {
  const top = lines.filter((l) => l.y < pageHeight * 0.7);
  const left = Math.min(...top.map((l) => l.x));
  // Candidate edges: where a run starts after a wide gap, or a line starts well right of the margin.
  const edges = new Map<number, number>();
  for (const l of top) {
    const runs = l.runs.filter((r) => r.text.trim() !== "");
    runs.forEach((r, k) => {
      const gapBefore = k === 0 ? r.x - left : r.x - runs[k - 1].right;
      if (gapBefore >= GUTTER_EMS * r.size && r.x > left + 100) {
        const key = Math.round(r.x / 3);
        edges.set(key, (edges.get(key) ?? 0) + 1);
      }
    });
  }
  const ranked = [...edges.entries()].map(([k, n]) => [k, n + (edges.get(k - 1) ?? 0) + (edges.get(k + 1) ?? 0)] as const).sort((a, b) => b[1] - a[1]);
  for (const [key, count] of ranked) {
    if (count < MIN_GUTTER_ROWS) break;
    const edge = key * 3;
    const result = splitAtGutter(lines, top, edge);
    if (result) return result;
  }
  return [...lines];
}

function splitAtGutter(lines: readonly BuiltLine[], top: readonly BuiltLine[], edge: number): BuiltLine[] | null {
  const left = Math.min(...top.map((l) => l.x));
  // A row of the right column: a run at the edge after a gutter (or opening its line), in a line that is no stamp.
  const starts = (l: BuiltLine) => {
    if (isStampText(l.text)) return false;
    const runs = l.runs.filter((r) => r.text.trim() !== "");
    return runs.some((r, k) => Math.abs(r.x - edge) <= 4 && (k === 0 ? r.x - left : r.x - runs[k - 1].right) >= GUTTER_EMS * r.size);
  };
  const crosses = (l: BuiltLine) => l.runs.some((r) => r.text.trim() !== "" && r.x < edge - 4 && r.right > edge + 2);
  const hasLeft = (l: BuiltLine) => l.runs.some((r) => r.text.trim() !== "" && r.right <= edge - 4);
  const rows = top.map((l) => lines.indexOf(l)).filter((i) => starts(lines[i]));
  if (rows.length < MIN_GUTTER_ROWS) return null;
  // The block runs from the first row at the edge while no line crosses the gutter.
  const first = rows[0];
  let last = first;
  for (let i = first; i < lines.length && top.includes(lines[i]); i++) {
    if (crosses(lines[i])) break;
    if (starts(lines[i])) last = i;
  }
  // The left column may run on below the right one ("Defendant."): take its lines while they keep close.
  const pitchOf = (a: number, b: number) => lines.slice(a + 1, b + 1).map((l, k) => l.y - lines[a + k].y).filter((d) => d > 1);
  const pitch = Math.min(...pitchOf(first, last), Infinity);
  while (last + 1 < lines.length && top.includes(lines[last + 1]) && !crosses(lines[last + 1]) && !lines[last + 1].runs.some((r) => r.right > edge + 2)) {
    if (!(lines[last + 1].y - lines[last].y <= 2.5 * Math.max(pitch === Infinity ? 0 : pitch, lines[last + 1].size))) break;
    last++;
  }
  const block = lines.slice(first, last + 1);
  // Two columns side by side, not a lone indented column (a signature block, a quotation).
  const rightRows = block.filter(starts);
  const leftRows = block.filter(hasLeft);
  if (rightRows.length < MIN_GUTTER_ROWS || leftRows.length < 2) return null;
  const span = (ls: BuiltLine[]) => [Math.min(...ls.map((l) => l.y)), Math.max(...ls.map((l) => l.y))];
  const [r0, r1] = span(rightRows);
  const [l0, l1] = span(leftRows);
  if (r0 > l1 || l0 > r1) return null;
  const leftCol: BuiltLine[] = [];
  const rightCol: BuiltLine[] = [];
  for (const l of block) {
    const lr = l.runs.filter((r) => r.x < edge - 4);
    const rr = l.runs.filter((r) => r.x >= edge - 4);
    if (lr.some((r) => r.text.trim() !== "")) leftCol.push(composeLine(lr));
    if (rr.some((r) => r.text.trim() !== "")) rightCol.push(composeLine(rr));
  }
  const steps = block.slice(1).map((l, k) => l.y - block[k].y).filter((d) => d > 1);
  const row = steps.length ? Math.min(...steps) : 0;
  for (const column of [leftCol, rightCol]) {
    column.forEach((l, k) => {
      if (k === 0 || (row > 0 && l.y - column[k - 1].y > row * 1.5)) l.breakBefore = true;
    });
  }
  const after = lines.slice(last + 1).map((l, k) => (k === 0 ? { ...l, breakBefore: true } : l));
  return [...lines.slice(0, first), ...leftCol, ...rightCol, ...after];
}
