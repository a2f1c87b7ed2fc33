import type { LineEmphasis } from "../../model/types.js";
import type { TextRun } from "./run.js";

/** A line of text rebuilt from runs that share a baseline. */
export interface BuiltLine {
  runs: TextRun[];
  text: string;
  x: number;
  right: number;
  /** Baseline, top-left origin. */
  y: number;
  /** Dominant font size: the size most characters of the line are set in. */
  size: number;
  emphasis: LineEmphasis[];
  /** The line opens with a raised mark, as a footnote's text does. */
  startsWithMark: boolean;
  /** Set where the line is known to open a new block (a caption column, a caption row after a blank row). */
  breakBefore?: boolean;
}

const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/**
 * Writes a raised footnote mark the way the text ingest sees it: digits become Unicode
 * superscripts, so "appeal.¹" cannot be read as part of a number.
 *
 * @example toSuperscript("12") // "¹²"
 */
export function toSuperscript(mark: string): string {
  return mark.replace(/[0-9]/g, (d) => SUPERSCRIPT_DIGITS[Number(d)]);
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** The size most characters are set in (weighted by text length). */
export function dominantSize(runs: readonly TextRun[]): number {
  const weight = new Map<number, number>();
  for (const r of runs) {
    const key = Math.round(r.size * 2) / 2;
    weight.set(key, (weight.get(key) ?? 0) + Math.max(1, r.text.trim().length));
  }
  let best = 0;
  let bestWeight = -1;
  for (const [size, w] of weight) {
    if (w > bestWeight || (w === bestWeight && size > best)) {
      best = size;
      bestWeight = w;
    }
  }
  return best;
}

/**
 * Clusters runs by baseline. The tolerance follows the type size, so 8-point footnote
 * lines set close together stay apart while a 12-point line drawn in jittery pieces
 * stays whole.
 */
function clusterBaselines(runs: readonly TextRun[]): TextRun[][] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: TextRun[][] = [];
  let current: TextRun[] = [];
  let baseline = 0;
  let size = 0;
  for (const run of sorted) {
    const tol = Math.max(1, 0.3 * Math.min(run.size, size || run.size));
    if (current.length > 0 && Math.abs(run.y - baseline) <= tol) {
      current.push(run);
      continue;
    }
    if (current.length > 0) groups.push(current);
    current = [run];
    baseline = run.y;
    size = run.size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * Moves groups of small raised runs (footnote marks, ordinal suffixes) into the line
 * they sit on, flagged as superscripts.
 */
function attachSuperscripts(groups: TextRun[][]): TextRun[][] {
  const out: TextRun[][] = [];
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    const host = findHost(g, groups, i);
    if (host) {
      for (const r of g) {
        r.superscript = true;
        host.push(r);
      }
      continue;
    }
    out.push(g);
  }
  return out;
}

function findHost(g: TextRun[], groups: TextRun[][], i: number): TextRun[] | null {
  if (!g.every((r) => r.text.trim().length <= 3) || g.every((r) => r.text.trim() === "")) return null;
  const gy = median(g.map((r) => r.y));
  const gSize = Math.max(...g.map((r) => r.size));
  // The host line lies below the raised run (larger y), within most of an em.
  for (let j = i + 1; j < groups.length && j <= i + 3; j++) {
    const h = groups[j];
    const hSize = dominantSize(h);
    const hy = median(h.map((r) => r.y));
    const rise = hy - gy;
    if (rise > 0.75 * hSize) break;
    if (gSize > 0.85 * hSize || rise < 0.12 * hSize) continue;
    const left = Math.min(...h.map((r) => r.x)) - 2 * hSize;
    const right = Math.max(...h.map((r) => r.right)) + hSize;
    if (g.every((r) => r.x >= left && r.x <= right)) return h;
  }
  return null;
}

function styleKey(r: TextRun): string {
  return `${Math.round(r.size)}|${r.bold}|${r.italic}`;
}

/** The style most runs of a layer share, if any run has text. */
function styleOf(runs: readonly TextRun[]): string | null {
  const counts = new Map<string, number>();
  for (const r of runs) if (r.text.trim() !== "") counts.set(styleKey(r), (counts.get(styleKey(r)) ?? 0) + 1);
  let best: string | null = null;
  for (const [k, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = k;
  return best;
}

/** Above this many runs on one baseline, overprint detection (quadratic) is skipped. */
const MAX_LAYERED_RUNS = 400;

function overlap(a: TextRun, b: TextRun): number {
  return Math.min(a.right, b.right) - Math.max(a.x, b.x);
}

/**
 * Separates runs printed over each other on one baseline (a re-filed document carries
 * two CM/ECF stamps at the same place). Runs are taken in drawing order; a run that
 * covers one already placed in the current layer opens or joins another layer. A run
 * that repeats the run just drawn at the same spot is fake bold (drawn twice) and is folded.
 */
function splitLayers(group: TextRun[]): TextRun[][] {
  // Overprinting is a matter of a few dozen runs; a baseline of thousands (a hostile file) is read as one layer.
  if (group.length > MAX_LAYERED_RUNS) return [group];
  const byOrder = [...group].sort((a, b) => a.order - b.order);
  const layers: TextRun[][] = [];
  let current = 0;
  for (const run of byOrder) {
    const width = Math.max(0.5, run.right - run.x);
    const collides = (layer: TextRun[]) =>
      layer.some((o) => overlap(o, run) > 0.5 * Math.min(width, Math.max(0.5, o.right - o.x)) && run.text.trim() !== "" && o.text.trim() !== "");
    // Fake bold repeats a run right after drawing it; an overprinted stamp repeats whole lines much later.
    const twin = layers.flat().find((o) => o.text === run.text && run.order - o.order <= 2 && Math.abs(o.x - run.x) < 1.5 && Math.abs(o.y - run.y) < 1.5);
    if (twin) {
      twin.bold = true;
      continue;
    }
    if (layers.length === 0) {
      layers.push([run]);
      continue;
    }
    if (!collides(layers[current])) {
      layers[current].push(run);
      continue;
    }
    // A lone run in another type (a clerk's "FILED" box) that sits in the way of a run set like
    // the rest of the layer gives way to it, so the layer (the stamp) reads whole.
    const layer = layers[current];
    const blockers = layer.filter((o) => o.text.trim() !== "" && overlap(o, run) > 0.5 * Math.min(width, Math.max(0.5, o.right - o.x)));
    const usual = styleOf(layer.filter((o) => !blockers.includes(o)));
    if (usual && blockers.length === 1 && styleKey(run) === usual && styleKey(blockers[0]) !== usual) {
      layer.splice(layer.indexOf(blockers[0]), 1, run);
      const moved = blockers[0];
      const home = layers.findIndex((l, k) => k !== current && !l.some((o) => overlap(o, moved) > 0));
      if (home >= 0) layers[home].push(moved);
      else layers.push([moved]);
      continue;
    }
    let target = layers.findIndex((l) => !collides(l));
    if (target < 0) {
      layers.push([]);
      target = layers.length - 1;
    }
    layers[target].push(run);
    current = target;
  }
  return layers;
}

interface Styled {
  ch: string;
  italic: boolean;
  bold: boolean;
}

/**
 * Joins runs of one line left to right. A space goes in where the gap between runs is
 * wider than a thin space, and never twice; a raised run hugs the word before it.
 *
 * @example composeLine([makeRun({ text: "See", x: 72, y: 100, right: 90 }), makeRun({ text: "Id.", x: 93, y: 100, right: 108, italic: true })]).text // "See Id."
 */
export function composeLine(runs: readonly TextRun[]): BuiltLine {
  const sorted = [...runs].sort((a, b) => a.x - b.x || a.order - b.order);
  const size = dominantSize(sorted.filter((r) => !r.superscript)) || dominantSize(sorted);
  const chars: Styled[] = [];
  const pushChar = (ch: string, italic: boolean, bold: boolean) => {
    if (ch === " ") {
      if (chars.length === 0 || chars[chars.length - 1].ch === " ") return;
    }
    chars.push({ ch, italic, bold });
  };
  let prev: TextRun | null = null;
  for (const run of sorted) {
    const raised = run.superscript && run.text.trim() !== "";
    const text = (raised ? toSuperscript(run.text.trim()) : run.text).replace(/[\s\u00a0]/g, " ");
    if (prev) {
      const gap = run.x - prev.right;
      const threshold = raised ? 0.3 * size : 0.15 * Math.min(size, Math.max(run.size, prev.size));
      if (gap > threshold) pushChar(" ", run.italic && prev.italic, run.bold && prev.bold);
    }
    for (const ch of text) pushChar(ch, run.italic, run.bold);
    prev = run;
  }
  while (chars.length > 0 && chars[chars.length - 1].ch === " ") chars.pop();
  const text = chars.map((c) => c.ch).join("");
  const first = sorted.find((r) => r.text.trim() !== "") ?? sorted[0];
  return {
    runs: sorted,
    text,
    x: first ? first.x : 0,
    right: sorted.reduce((m, r) => (r.text.trim() === "" ? m : Math.max(m, r.right)), 0),
    y: median(sorted.filter((r) => !r.superscript).map((r) => r.y)) || (first ? first.y : 0),
    size,
    emphasis: emphasisOf(chars),
    startsWithMark: !!first && !!first.superscript,
  };
}

function emphasisOf(chars: readonly Styled[]): LineEmphasis[] {
  const out: LineEmphasis[] = [];
  for (const style of ["italic", "bold"] as const) {
    let start = -1;
    for (let i = 0; i <= chars.length; i++) {
      const on = i < chars.length && chars[i][style];
      if (on && start < 0) start = i;
      if (!on && start >= 0) {
        let s = start;
        let e = i;
        while (s < e && chars[s].ch === " ") s++;
        while (e > s && chars[e - 1].ch === " ") e--;
        if (e > s) out.push({ start: s, end: e, style });
        start = -1;
      }
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Rebuilds the lines of a page from its runs: baseline groups, raised marks attached,
 * overprinted layers apart, sorted top to bottom.
 *
 * @example buildLines(runs).map((l) => l.text) // ["UNITED STATES DISTRICT COURT", …]
 */
export function buildLines(runs: readonly TextRun[]): BuiltLine[] {
  // Space-only runs stay: some producers draw the space between words as its own run.
  const groups = attachSuperscripts(clusterBaselines(runs.filter((r) => r.text !== ""))).filter((g) => g.some((r) => r.text.trim() !== ""));
  const lines: BuiltLine[] = [];
  for (const g of groups) {
    for (const layer of splitLayers(g)) {
      if (layer.length > 0) lines.push(composeLine(layer));
    }
  }
  return lines;
}
