/**
 * Lines → the document's text. Lines of a paragraph join with one space (a line ending
 * in a hyphen or dash joins with none, keeping it), paragraphs with a blank line,
 * headings stand alone and open sections, footnotes follow the body. Every line leaves
 * an anchor at the offset where its text starts: that is the source map.
 */
import type { Anchor, EmphasisSpan, Footnote, PageSpan, Section, SourceFormat, Span } from "../model/types.js";
import type { FootnoteDraft } from "./footnotes.js";
import type { WorkLine } from "./line.js";
import type { WorkPage } from "./paginate.js";

/** The laid-out text and everything that points into it. */
export interface Joined {
  text: string;
  anchors: Anchor[];
  emphasis: EmphasisSpan[];
  pages: PageSpan[];
  sections: Section[];
  footnotes: Footnote[];
}

/** Headings are short: longer lines are text even when in capitals. */
const MAX_HEADING_LENGTH = 90;
// e.g. "II. BACKGROUND", "A. Standard of Review", "3. Irreparable Harm"
// e.g. "A. ", "III. ", "2. " opening a heading
const HEADING_NUMBER = /^(?:[IVX]{1,6}|[A-H]|\d{1,2})\.\s/;
const NUMBERED_HEADING = /^(?:[IVX]{1,6}|[A-H]|\d{1,2})\.\s{1,3}[A-Z“"][^.;]{1,80}$/;

const hasText = (l: WorkLine): boolean => !l.marginOnly && l.text.trim() !== "";

/**
 * Whether a line reads as a heading: short, and in capitals, bold or underlined as a
 * whole, or numbered like "II. BACKGROUND"; a line ending as a sentence or a list is not.
 *
 * @example isHeading({ text: "MOTION FOR RECONSIDERATION", emphasis: [] }) // → true
 */
export function isHeading(line: Pick<WorkLine, "text" | "emphasis">): boolean {
  return headingKind(line) !== null;
}

/** How a line shows it is a heading: capitals, emphasis over it all, or a number like "II.". */
function headingKind(line: Pick<WorkLine, "text" | "emphasis">): "capitals" | "emphasis" | "numbered" | null {
  const t = line.text.trim();
  if (t.length < 3 || t.length > MAX_HEADING_LENGTH) return null;
  if (/[.,;:]$/.test(t) && !/^[IVX]{1,6}\.$/.test(t)) return null;
  const upper = (t.match(/[A-Z]/g) ?? []).length;
  const lower = (t.match(/[a-z]/g) ?? []).length;
  if (upper + lower < 3) return null;
  if (upper >= 4 && lower <= upper * 0.1 && !/\d{3,}/.test(t)) return "capitals";
  const lead = line.text.length - line.text.trimStart().length;
  const whole = line.emphasis.some((e) => (e.style === "bold" || e.style === "underline") && e.start <= lead && e.end >= lead + t.length);
  if (whole) return "emphasis";
  return NUMBERED_HEADING.test(t) && t.split(/\s+/).length <= 14 ? "numbered" : null;
}

/** A numbered heading follows the end of a sentence; "A. Smith testified …" mid-sentence does not. */
function headingInContext(line: WorkLine, prev: WorkLine | null, blankBefore: boolean, prevHeading: boolean): boolean {
  const kind = headingKind(line);
  if (kind !== "numbered") return kind !== null;
  return prev === null || blankBefore || prevHeading || /[.:;!?)\]"”’]$/.test(prev.text);
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[s.length >> 1];
}

/** Joins text of the next line onto `text`: one space, or none after a line-end hyphen or dash. */
function glue(text: string): string {
  return /[A-Za-z][-–—]$/.test(text) ? "" : " ";
}

/** Sorts spans; overlapping spans of one style become one. */
function mergeEmphasis(spans: EmphasisSpan[]): EmphasisSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: EmphasisSpan[] = [];
  const lastOf: Record<string, EmphasisSpan | undefined> = {};
  for (const s of sorted) {
    const last = lastOf[s.style];
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      continue;
    }
    const copy = { ...s };
    out.push(copy);
    lastOf[s.style] = copy;
  }
  return out;
}

/**
 * Builds the document text, its anchors and spans from body pages and footnotes.
 *
 * @example joinLines(pages, notes, "text").text.includes("Tripati v. Henman, 845 F.2d 205, 206 n.1") // → true
 */
export function joinLines(pages: readonly WorkPage[], notes: readonly FootnoteDraft[], format: SourceFormat): Joined {
  let text = "";
  const anchors: Anchor[] = [];
  const emphasis: EmphasisSpan[] = [];
  const pageSpans: PageSpan[] = [];
  const headingSpans: Span[] = [];
  const lineStart = new Map<WorkLine, number>();

  // Spans that reach the end of the line placed last: an emphasis that runs on to the
  // next line of the paragraph continues them instead of starting a new span.
  let carry: EmphasisSpan[] = [];
  // Whether the text placed last ended a paragraph (asked of a flag, not of the growing
  // string: looking at a concatenated string's end flattens it, quadratic over a document).
  let paragraphEnded = true;
  const place = (line: WorkLine): void => {
    const start = text.length;
    const joinedOn = !paragraphEnded;
    paragraphEnded = false;
    lineStart.set(line, start);
    anchors.push({ start, page: line.page, line: line.line });
    text += line.text;
    const next: EmphasisSpan[] = [];
    for (const e of line.emphasis) {
      const continued = joinedOn && e.start === 0 ? carry.find((c) => c.style === e.style) : undefined;
      const span = continued ?? { start: start + e.start, end: start + e.end, style: e.style };
      if (continued) continued.end = start + e.end;
      else emphasis.push(span);
      if (e.end === line.text.length) next.push(span);
    }
    carry = next;
  };

  let prev: WorkLine | null = null;
  let prevHeading = false;
  let headingStart = -1;
  for (const page of pages) {
    let pageStart = -1;
    const content = page.lines.filter(hasText);
    const typical = median(content.map((l) => l.text.length));
    let blank = false;
    let firstOnPage = true;
    for (const line of page.lines) {
      if (!hasText(line)) {
        if (!line.marginOnly && prev !== null && !firstOnPage) blank = true;
        continue;
      }
      const heading = headingInContext(line, prev, blank, prevHeading);
      let sep = "";
      if (prev !== null) {
        const prevText = prev.text;
        const shortEnd = typical >= 40 && prevText.length < typical * 0.6 && /[.:!?]["”’)]?$/.test(prevText);
        const indented = format === "text" && line.indent >= 2 && line.indent > prev.indent;
        if (firstOnPage) sep = heading || prevHeading || indented ? "\n\n" : glue(prevText);
        else if (blank) sep = "\n\n";
        else if (heading !== prevHeading) sep = "\n\n";
        // "III. LEGAL STANDARD" over "A. Rule 12(b)(1)" are two headings, not one
        else if (heading) sep = HEADING_NUMBER.test(line.text) ? "\n\n" : " ";
        else if (indented || shortEnd) sep = "\n\n";
        else if (typical >= 40 && prevText.length < typical * 0.5 && line.text.length < typical * 0.5) sep = "\n";
        else sep = glue(prevText);
      }
      if (sep === "\n\n" && headingStart >= 0) {
        headingSpans.push({ start: headingStart, end: text.length });
        headingStart = -1;
      }
      text += sep;
      if (sep === "\n\n") paragraphEnded = true;
      if (heading && headingStart < 0) headingStart = text.length;
      place(line);
      if (pageStart < 0) pageStart = lineStart.get(line) ?? text.length;
      prev = line;
      prevHeading = heading;
      blank = false;
      firstOnPage = false;
    }
    pageSpans.push({ number: page.number, start: pageStart < 0 ? text.length : pageStart, end: text.length });
  }
  if (headingStart >= 0) headingSpans.push({ start: headingStart, end: text.length });
  const bodyEnd = text.length;
  // Each page runs to where the next begins, so every body offset has a page.
  for (let i = 0; i < pageSpans.length; i++) pageSpans[i].end = i + 1 < pageSpans.length ? pageSpans[i + 1].start : bodyEnd;

  const sections: Section[] = headingSpans.map((h, i) => ({
    heading: text.slice(h.start, h.end),
    start: h.start,
    end: i + 1 < headingSpans.length ? headingSpans[i + 1].start : bodyEnd,
  }));
  // The span from the heading to the next one must not swallow blank separators.
  for (const s of sections) {
    while (s.end > s.start && /\s/.test(text[s.end - 1])) s.end--;
  }

  const footnotes: Footnote[] = [];
  for (const note of notes) {
    const lines = note.lines.filter(hasText);
    text += text.length ? "\n\n" : "";
    paragraphEnded = true;
    const start = text.length;
    lines.forEach((line, i) => {
      if (i > 0) text += glue(lines[i - 1].text);
      place(line);
    });
    const refs: Span[] = [];
    for (const r of note.refs) {
      const at = lineStart.get(r.line);
      if (at !== undefined) refs.push({ start: at + r.start, end: at + r.end });
    }
    footnotes.push({ mark: note.mark, start, end: text.length, refs });
  }
  return { text, anchors, emphasis: mergeEmphasis(emphasis), pages: pageSpans, sections, footnotes };
}
