/**
 * Words read by OCR, turned into the runs a text layer gives, so that lines, margin
 * numbers, caption columns, stamps, headers and footers are found on a scanned page
 * exactly as on a born-digital one. Pure functions: tested without tesseract.
 */
import type { Finding } from "../../model/types.js";
import type { BuiltLine } from "./lines.js";
import { assessTextLayer } from "./quality.js";
import { isStampText } from "./roles.js";
import type { TextRun } from "./run.js";

/** One word as tesseract read it: its box in pixels (origin top-left) and its confidence (0–100). */
export interface OcrWord {
  text: string;
  confidence: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One line as tesseract found it: its words, the baseline and the row height, in pixels. */
export interface OcrLine {
  words: OcrWord[];
  baseline: number;
  rowHeight: number;
}

/** What OCR read on one page; pixels are `scale` times PDF points. */
export interface OcrPage {
  lines: OcrLine[];
  scale: number;
}

/** Confidence of a page's kept words, weighted by their length. */
export interface OcrTally {
  words: number;
  chars: number;
  /** Sum of confidence × characters; divided by `chars` it is the mean. */
  weighted: number;
}

// A word with a letter or a digit in it; anything else is punctuation or a speck of dirt.
const HAS_ALNUM = /[\p{L}\p{N}]/u;
/** Punctuation-only "words" below this confidence are specks of the scan. */
const SPECK_CONFIDENCE = 60;
/** Row heights within this share of the page's usual one are the usual type size, read unevenly. */
const SIZE_SNAP = 0.12;
/** Below this mean word confidence OCR'd text is more guess than reading. */
const LOW_CONFIDENCE = 70;
/** Fewer characters than this outside the CM/ECF stamp, and a page has no text layer to speak of. */
const MIN_LAYER_CHARS = 50;

function roundHalf(n: number): number {
  return Math.round(n * 2) / 2;
}

/**
 * Turns a page's OCR lines into text runs in PDF points: one run a word, every word of a
 * line on the line's baseline, the type size taken from the row height. Row heights vary
 * a little from line to line for one size of type, so sizes near the page's usual one are
 * set to it (footnotes and headings stay apart). Specks read as punctuation are dropped.
 *
 * @example recognizedRuns({ scale: 2, lines: [{ baseline: 200, rowHeight: 24, words: [{ text: "ORDER", confidence: 95, x0: 144, y0: 176, x1: 230, y1: 200 }] }] })
 * // → { runs: [{ text: "ORDER", x: 72, y: 100, right: 115, size: 12, … }], tally: { words: 1, chars: 5, weighted: 475 } }
 */
export function recognizedRuns(page: OcrPage, firstOrder = 0): { runs: TextRun[]; tally: OcrTally } {
  const scale = page.scale > 0 ? page.scale : 1;
  const tally: OcrTally = { words: 0, chars: 0, weighted: 0 };
  const kept = page.lines.map((line) => ({
    size: roundHalf(line.rowHeight / scale),
    y: line.baseline / scale,
    words: line.words.filter((w) => w.text.trim() !== "" && (HAS_ALNUM.test(w.text) || w.confidence >= SPECK_CONFIDENCE)),
  }));
  const usual = usualSize(kept.map((l) => ({ size: l.size, chars: l.words.reduce((n, w) => n + w.text.length, 0) })));
  const runs: TextRun[] = [];
  let order = firstOrder;
  for (const line of kept) {
    const size = usual > 0 && Math.abs(line.size - usual) <= SIZE_SNAP * usual ? usual : line.size;
    for (const w of line.words) {
      const text = w.text.trim().normalize("NFC");
      runs.push({ text, x: w.x0 / scale, y: line.y, right: w.x1 / scale, size: size > 0 ? size : 12, italic: false, bold: false, order: order++ });
      tally.words++;
      tally.chars += text.length;
      tally.weighted += Math.max(0, Math.min(100, w.confidence)) * text.length;
    }
  }
  return { runs, tally };
}

/** The size most characters are set in. */
function usualSize(lines: { size: number; chars: number }[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) if (l.chars > 0) weight.set(l.size, (weight.get(l.size) ?? 0) + l.chars);
  let best = 0;
  let bestWeight = 0;
  for (const [size, w] of weight) {
    if (w > bestWeight) {
      best = size;
      bestWeight = w;
    }
  }
  return best;
}

/**
 * Whether a page's text layer needs OCR: `missing` when it holds next to nothing beyond
 * the CM/ECF stamp a court adds to a scanned filing, `unreliable` when what it holds does
 * not read as words (see `assessTextLayer`), else null.
 *
 * @example textLayerNeed([]) // "missing"
 */
export function textLayerNeed(lines: readonly Pick<BuiltLine, "text">[]): "missing" | "unreliable" | null {
  const own = lines.filter((l) => !isStampText(l.text)).map((l) => l.text);
  if (own.join("").replace(/\s+/g, "").length < MIN_LAYER_CHARS) return "missing";
  return assessTextLayer(own.join("\n")) ? "unreliable" : null;
}

function box(r: TextRun): { left: number; right: number; top: number; bottom: number } {
  return { left: r.x, right: Math.max(r.right, r.x), top: r.y - 0.8 * r.size, bottom: r.y + 0.2 * r.size };
}

/**
 * The text layer's runs, plus the OCR runs that fall where the layer has no text: a
 * scanned filing keeps the court's stamp (and sometimes a page number) as real text,
 * which OCR reads a second time from the picture.
 *
 * @example mergeRuns([stampRun], [stampWordRun, bodyWordRun]) // [stampRun, bodyWordRun]
 */
export function mergeRuns(layer: readonly TextRun[], ocr: readonly TextRun[]): TextRun[] {
  const boxes = layer.filter((r) => r.text.trim() !== "").map(box);
  const fresh = ocr.filter((r) => {
    const b = box(r);
    const area = Math.max(1e-6, (b.right - b.left) * (b.bottom - b.top));
    return !boxes.some((o) => {
      const w = Math.min(b.right, o.right) - Math.max(b.left, o.left);
      const h = Math.min(b.bottom, o.bottom) - Math.max(b.top, o.top);
      return w > 0 && h > 0 && (w * h) / area > 0.3;
    });
  });
  return [...layer, ...fresh];
}

/**
 * The finding that says which pages were read by OCR and how sure it was: the mean
 * confidence of their words, weighted by length. Info, or a warning when it is low.
 *
 * @example ocrFinding([2, 3], { words: 300, chars: 1500, weighted: 138000 }, 3)?.message
 * // "the text of 2 pages (2-3) of 3 was read by OCR, mean word confidence 92%"
 */
export function ocrFinding(pages: readonly number[], tally: OcrTally, numPages: number): Finding | null {
  if (pages.length === 0) return null;
  const mean = Math.round(tally.weighted / Math.max(1, tally.chars));
  const which = pages.length === 1 ? `page ${pages[0]}` : `${pages.length} pages (${pageList(pages)})`;
  const low = mean < LOW_CONFIDENCE;
  return {
    severity: low ? "warning" : "info",
    code: "pdf.ocr",
    message: `the text of ${which} of ${numPages} was read by OCR, mean word confidence ${mean}%${low ? " (low: check the text against the scan)" : ""}`,
  };
}

/**
 * Page numbers in ascending order, runs joined.
 *
 * @example pageList([1, 2, 3, 7]) // "1-3, 7"
 */
export function pageList(pages: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < pages.length; ) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j] + 1) j++;
    parts.push(j > i ? `${pages[i]}-${pages[j]}` : String(pages[i]));
    i = j + 1;
  }
  return parts.join(", ");
}
