/**
 * The line every layout step works on, and the one edit a step may make to its text:
 * cutting ranges out. A cut carries the line's emphasis with it, so offsets inside a
 * line are never recovered by comparing texts.
 */
import type { LineEmphasis, SourceLine } from "../model/types.js";

/** One source line on its way to `Document.text`, with where it came from. */
export interface WorkLine {
  text: string;
  /** Emphasis within `text` (line-relative). */
  emphasis: LineEmphasis[];
  /** Page as counted after pagination (1-based). */
  page: number;
  /** The printed pleading line number, else the physical line on the page. */
  line: number;
  /** Whether `line` is a printed pleading line number. */
  printed: boolean;
  /** Physical position on the page (1-based), counting every line of the page. */
  physical: number;
  /** Leading spaces the line had after its margin number: a paragraph indent in text input. */
  indent: number;
  role: NonNullable<SourceLine["role"]>;
  /** A margin line number alone on its line: no content of its own. */
  marginOnly: boolean;
}

/** A half-open range of a line's text to remove. */
export type Cut = readonly [start: number, end: number];

/**
 * Where position `p` of a text lands after `cuts` (sorted, disjoint) are removed.
 *
 * @example mapThroughCuts(10, [[0, 3]]) // → 7
 */
export function mapThroughCuts(p: number, cuts: readonly Cut[]): number {
  let removed = 0;
  for (const [start, end] of cuts) {
    if (p >= end) removed += end - start;
    else if (p > start) removed += p - start;
    else break;
  }
  return p - removed;
}

/**
 * Removes ranges from a line's text, moving its emphasis with the text that stays.
 *
 * @example cutLine({ text: "12 See Id.", emphasis: [{ start: 7, end: 10, style: "italic" }] }, [[0, 3]])
 * // → { text: "See Id.", emphasis: [{ start: 4, end: 7, style: "italic" }] }
 */
export function cutLine<T extends { text: string; emphasis: LineEmphasis[] }>(line: T, cuts: readonly Cut[]): T {
  const sorted = [...cuts].filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  if (sorted.length === 0) return line;
  let text = "";
  let at = 0;
  for (const [start, end] of sorted) {
    if (start > at) text += line.text.slice(at, start);
    at = Math.max(at, end);
  }
  text += line.text.slice(at);
  const emphasis = line.emphasis
    .map((e) => ({ ...e, start: mapThroughCuts(e.start, sorted), end: mapThroughCuts(e.end, sorted) }))
    .filter((e) => e.end > e.start);
  return { ...line, text, emphasis };
}

/**
 * Trims a line and collapses runs of spaces inside it to one, through `cutLine`.
 *
 * @example tidyLine({ text: "  a   b ", emphasis: [] }).text // → "a b"
 */
export function tidyLine<T extends { text: string; emphasis: LineEmphasis[] }>(line: T): T {
  const cuts: Cut[] = [];
  // a run of glyphs the text layer could not name ("(cid:3)(cid:3)(cid:3) AGREED ORDER") is no text
  const glyphs = /(?:\(cid:\d{1,5}\)[ \t]?){3,}/g;
  for (let m = glyphs.exec(line.text); m; m = glyphs.exec(line.text)) cuts.push([m.index, m.index + m[0].length]);
  const lead = /^[\s\u00a0]+/.exec(line.text);
  if (lead) cuts.push([0, lead[0].length]);
  // e.g. the second and third space of "42  U.S.C.   §"
  const runs = /[ \t\u00a0]{2,}/g;
  for (let m = runs.exec(line.text); m; m = runs.exec(line.text)) {
    if (m.index === 0) continue;
    if (m.index + m[0].length === line.text.length) cuts.push([m.index, line.text.length]);
    else cuts.push([m.index + 1, m.index + m[0].length]);
  }
  // Found by trimming, not by a `\s+$` pattern, which backtracks over every inner run.
  const trailAt = line.text.trimEnd().length;
  if (trailAt > 0 && trailAt < line.text.length && !cuts.some(([, e]) => e === line.text.length)) cuts.push([trailAt, line.text.length]);
  let out = cutLine(line, cuts);
  // A lone tab or no-break space inside a line reads as a plain space.
  if (/[\t\u00a0]/.test(out.text)) out = { ...out, text: out.text.replace(/[\t\u00a0]/g, " ") };
  return out;
}
