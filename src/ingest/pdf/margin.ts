import type { TextRun } from "./run.js";

/** A printed pleading-paper line number found in the left margin. */
export interface MarginNumber {
  value: number;
  /** Baseline, top-left origin. */
  y: number;
}

/** The margin numbers of one page and the runs left once they are taken out. */
export interface MarginSplit {
  numbers: MarginNumber[];
  runs: TextRun[];
}

// A margin number is a bare small integer: "7", " 28 ".
const MARGIN_NUMBER = /^\s*(?<value>[1-9]\d?)\s*$/;

/** Fewer numbers than this in one column is a list or a table, not pleading paper. */
const MIN_NUMBERS = 8;

/** Longest run of strictly increasing values, top to bottom (n ≤ a few dozen). */
function increasingChain(cands: { run: TextRun; value: number }[]): { run: TextRun; value: number }[] {
  const best: number[] = cands.map(() => 1);
  const prev: number[] = cands.map(() => -1);
  for (let i = 0; i < cands.length; i++) {
    for (let j = 0; j < i; j++) {
      if (cands[j].value < cands[i].value && cands[j].run.y < cands[i].run.y - 1 && best[j] + 1 > best[i]) {
        best[i] = best[j] + 1;
        prev[i] = j;
      }
    }
  }
  let end = 0;
  for (let i = 1; i < cands.length; i++) if (best[i] > best[end]) end = i;
  const chain: { run: TextRun; value: number }[] = [];
  for (let i = cands.length ? end : -1; i >= 0; i = prev[i]) chain.unshift(cands[i]);
  return chain;
}

/**
 * Finds pleading-paper line numbers by where they sit, not by what they say: a narrow
 * column of small integers, aligned on one edge, increasing down the page, left of
 * the text. Numbers in the body (a list, "28 U.S.C.") fail one of those tests.
 *
 * @example splitMargin(runs, 612).numbers.map((n) => n.value) // [1, 2, …, 28]
 */
export function splitMargin(input: readonly TextRun[], pageWidth: number): MarginSplit {
  const runs = joinDigitPieces(input, pageWidth);
  const cands = runs
    .map((run) => ({ run, m: MARGIN_NUMBER.exec(run.text) }))
    .filter((c) => c.m && c.run.x < pageWidth * 0.25)
    .map((c) => ({ run: c.run, value: Number(c.m?.groups?.value) }))
    .filter((c) => c.value <= 40);
  // A real margin holds at most a few dozen numbers; more is a table, and would make the chain search slow.
  if (cands.length < MIN_NUMBERS || cands.length > 300) return { numbers: [], runs: [...runs] };
  // Numbers are right-aligned ("9" and "10" share a right edge) or left-aligned.
  let column: { run: TextRun; value: number }[] = [];
  for (const edge of ["right", "x"] as const) {
    const edges = [...new Set(cands.map((c) => Math.round(c.run[edge])))];
    for (const at of edges) {
      const same = cands.filter((c) => Math.abs(c.run[edge] - at) <= 3).sort((a, b) => a.run.y - b.run.y);
      const chain = increasingChain(same);
      if (chain.length > column.length) column = chain;
    }
  }
  if (column.length < MIN_NUMBERS) return { numbers: [], runs: [...runs] };
  const taken = new Set(column.map((c) => c.run));
  const edgeRight = Math.max(...column.map((c) => c.run.right));
  const rest = runs.filter((r) => !taken.has(r));
  // Body text starts right of the column; if most text starts left of it, this is no margin.
  const leftOf = rest.filter((r) => r.x < edgeRight - 1 && r.text.trim() !== "").length;
  if (leftOf > rest.length * 0.2) return { numbers: [], runs: [...runs] };
  return { numbers: column.map((c) => ({ value: c.value, y: c.run.y })), runs: rest };
}

/**
 * Some producers draw "24" as "2" and "4" (a kerning adjustment splits the run). Digit
 * runs in the left margin that touch on one baseline are joined back together.
 */
function joinDigitPieces(runs: readonly TextRun[], pageWidth: number): TextRun[] {
  // A piece of a number: "2", "4".
  const digits = /^\d+$/;
  const pieces = runs.filter((r) => digits.test(r.text) && r.x < pageWidth * 0.25).sort((a, b) => a.y - b.y || a.x - b.x);
  if (pieces.length < 2) return [...runs];
  const joined = new Map<TextRun, TextRun>();
  const dropped = new Set<TextRun>();
  let head: TextRun | null = null;
  for (const r of pieces) {
    const cur: TextRun | null = head ? (joined.get(head) ?? head) : null;
    if (head && cur && Math.abs(r.y - cur.y) < 0.5 && r.x - cur.right < 0.15 * r.size && r.x - cur.right > -0.5 * r.size) {
      joined.set(head, { ...cur, text: cur.text + r.text, right: r.right });
      dropped.add(r);
      continue;
    }
    head = r;
  }
  if (dropped.size === 0) return [...runs];
  return runs.filter((r) => !dropped.has(r)).map((r) => joined.get(r) ?? r);
}

/** Median distance between consecutive numbers, per unit of value. */
function pitch(numbers: readonly MarginNumber[]): number {
  const steps: number[] = [];
  for (let i = 1; i < numbers.length; i++) {
    const dv = numbers[i].value - numbers[i - 1].value;
    if (dv > 0) steps.push((numbers[i].y - numbers[i - 1].y) / dv);
  }
  steps.sort((a, b) => a - b);
  return steps.length ? steps[Math.floor(steps.length / 2)] : 24;
}

/**
 * The printed line number a text line belongs to: the number on its baseline when one
 * is close, else the last number above it (a single-spaced quote between two numbers
 * belongs to the upper one). Lines beyond the numbered block get null.
 *
 * @example assignLineNumber(160.5, numbers) // 4, when "4" is printed at y 158
 */
export function assignLineNumber(y: number, numbers: readonly MarginNumber[]): number | null {
  if (numbers.length === 0) return null;
  const step = pitch(numbers);
  const first = numbers[0];
  const last = numbers[numbers.length - 1];
  if (y < first.y - 0.6 * step || y > last.y + 0.75 * step) return null;
  let nearest = first;
  let above: MarginNumber | null = null;
  for (const n of numbers) {
    if (Math.abs(n.y - y) < Math.abs(nearest.y - y)) nearest = n;
    if (n.y <= y + 0.3 * step) above = n;
  }
  if (Math.abs(nearest.y - y) <= 0.3 * step) return nearest.value;
  return (above ?? nearest).value;
}
