/**
 * Markdown-style emphasis in text copies (`*Id.*`, `**DENIES**`): the markers leave the
 * text and become emphasis. An emphasis may run over a line break (`*United Nat'l … Spectrum*`
 * + `*Worldwide, Inc.*` is two spans; `*Swint v.` + `Chambers*` is one). Westlaw star pages
 * (`at *1`, `at * 4`) and `* * *` are text.
 */
import type { EmphasisStyle, LineEmphasis } from "../model/types.js";
import { cutLine, type Cut } from "./line.js";

interface Marker {
  line: number;
  start: number;
  end: number;
  style: EmphasisStyle;
  canOpen: boolean;
  canClose: boolean;
}

/** How many lines an emphasis may run over before an opener is given up as a stray `*`. */
const MAX_SPAN_LINES = 4;

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
// Characters that may sit right outside an emphasis: "(*see*", "*Id.*,", "“*Id.*”"
const isOuterPunct = (c: string | undefined): boolean => c !== undefined && /[([{"'“‘—–\-/.,;:!?)\]}"”’]/.test(c);

function markersOf(text: string, line: number): Marker[] {
  const out: Marker[] = [];
  // e.g. "*", "**", "***"
  const runs = /\*{1,4}/g;
  for (let m = runs.exec(text); m; m = runs.exec(text)) {
    const len = m[0].length;
    if (len > 3) continue;
    const before = m.index > 0 ? text[m.index - 1] : undefined;
    const after = text[m.index + len];
    const afterOk = !isSpace(after) && !/\d/.test(after ?? "");
    // Opens before a word (not a star page "*1"), after a space or an opening mark.
    const canOpen = afterOk && (isSpace(before) || isOuterPunct(before));
    // Closes after a word, before a space, punctuation or the line's end.
    const canClose = !isSpace(before) && (isSpace(after) || isOuterPunct(after));
    if (!canOpen && !canClose) continue;
    const at = m.index;
    if (len === 3) {
      // "***x***" is bold and italic: the outer two stars are bold on the opening side.
      out.push({ line, start: at, end: at + 2, style: "bold", canOpen, canClose });
      out.push({ line, start: at + 2, end: at + 3, style: "italic", canOpen, canClose });
    } else {
      out.push({ line, start: at, end: at + len, style: len === 2 ? "bold" : "italic", canOpen, canClose });
    }
  }
  return out;
}

/** A paired opening and closing marker. */
interface Pair {
  open: Marker;
  close: Marker;
}

function pairMarkers(markers: readonly Marker[]): Pair[] {
  const pairs: Pair[] = [];
  const stacks: Record<string, Marker[]> = { bold: [], italic: [], underline: [] };
  for (const m of markers) {
    const stack = stacks[m.style];
    while (stack.length && m.line - stack[stack.length - 1].line > MAX_SPAN_LINES) stack.pop();
    if (m.canClose && stack.length) {
      pairs.push({ open: stack.pop() as Marker, close: m });
      continue;
    }
    if (m.canOpen) stack.push(m);
  }
  return pairs;
}

/**
 * Takes markdown emphasis markers out of a block of lines (consecutive lines a marker
 * may span), turning them into line emphasis. Lines keep their other fields.
 *
 * @example stripMarkdown([{ text: "See *Id.* at 3", emphasis: [] }])[0] // → { text: "See Id. at 3", emphasis: [{ start: 4, end: 7, style: "italic" }] }
 */
export function stripMarkdown<T extends { text: string; emphasis: LineEmphasis[] }>(lines: readonly T[]): T[] {
  const markers: Marker[] = [];
  lines.forEach((l, i) => {
    if (l.text.includes("*")) markers.push(...markersOf(l.text, i));
  });
  if (markers.length === 0) return [...lines];
  const pairs = pairMarkers(markers);
  const cuts: Cut[][] = lines.map(() => []);
  const added: LineEmphasis[][] = lines.map(() => []);
  for (const { open, close } of pairs) {
    cuts[open.line].push([open.start, open.end]);
    cuts[close.line].push([close.start, close.end]);
    for (let i = open.line; i <= close.line; i++) {
      const start = i === open.line ? open.end : 0;
      const end = i === close.line ? close.start : lines[i].text.length;
      if (end > start) added[i].push({ start, end, style: open.style });
    }
  }
  return lines.map((line, i) => {
    if (cuts[i].length === 0 && added[i].length === 0) return line;
    if (cuts[i].length === 0) return { ...line, emphasis: [...line.emphasis, ...added[i]] };
    return cutLine({ ...line, emphasis: [...line.emphasis, ...added[i]] }, cuts[i]);
  });
}
