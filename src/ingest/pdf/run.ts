/**
 * A run of text as the PDF drew it: one pdfjs text item, placed on the page with a
 * top-left origin. Everything after extraction works on runs, so it can be tested
 * without a PDF.
 */
export interface TextRun {
  text: string;
  /** Left edge of the run's baseline (points, origin top-left). */
  x: number;
  /** Baseline (points, origin top-left; grows downward). */
  y: number;
  /** Right edge: `x` plus the advance width pdfjs reports. */
  right: number;
  /** Font size in points after all transforms. */
  size: number;
  italic: boolean;
  bold: boolean;
  /** Position in the content stream: the order the PDF drew runs in. */
  order: number;
  /** The PDF font resource the run is set in, when known. */
  font?: string;
  /** Set by line building when the run is raised and smaller than its line (a footnote mark). */
  superscript?: boolean;
}

/**
 * Fills defaults so tests and callers can describe a run by what matters to them.
 *
 * @example makeRun({ text: "Id.", x: 72, y: 100, italic: true })
 */
export function makeRun(p: Partial<TextRun> & { text: string; x: number; y: number }): TextRun {
  const size = p.size ?? 12;
  return {
    text: p.text,
    x: p.x,
    y: p.y,
    size,
    right: p.right ?? p.x + p.text.length * size * 0.5,
    italic: p.italic ?? false,
    bold: p.bold ?? false,
    order: p.order ?? 0,
    ...(p.superscript ? { superscript: true } : {}),
  };
}
