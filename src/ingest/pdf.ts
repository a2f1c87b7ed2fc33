/**
 * PDF ingest: court PDFs as CM/ECF serves them → positioned, classified lines per page.
 *
 * pdfjs gives text runs with positions and fonts; everything after that (lines, margin
 * numbers, caption columns, stamps, footers, footnotes) is in `./pdf/`, pure functions
 * over runs that are tested without a PDF.
 */
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { getDocument, OPS, Util, type PDFDocumentProxy, type PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { CasefileError, EXIT } from "../model/errors.js";
import type { Finding, Ingested, Page, SourceLine } from "../model/types.js";
import { reorderCaption, reorderGutterCaption } from "./pdf/columns.js";
import { buildLines, composeLine, dominantSize } from "./pdf/lines.js";
import { assignLineNumber, splitMargin } from "./pdf/margin.js";
import { paragraphStarts, textBlock } from "./pdf/paragraphs.js";
import { assessTextLayer } from "./pdf/quality.js";
import { classifyPage, isStampText, joinStampTails, markRepeats, type PageWork } from "./pdf/roles.js";
import { findRules } from "./pdf/rules.js";
import type { TextRun } from "./pdf/run.js";

export { isStampText, isPageNumberText } from "./pdf/roles.js";

/** Options for `ingestPdf`. */
export interface PdfOptions {
  path: string;
  /** Pages read at most; later pages are reported, not read. */
  maxPages?: number;
  /** Characters of text read at most over the whole document. */
  maxChars?: number;
  /** Wall-clock budget in milliseconds; pages past it are reported, not read. */
  budgetMs?: number;
}

/**
 * Where pdfjs finds metrics for the 14 standard fonts. Court PDFs often use Times or
 * Arial without embedding them; without these files the widths, and so the spaces
 * between runs, come out wrong.
 */
function standardFontDir(): string | undefined {
  try {
    return join(dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "standard_fonts") + "/";
  } catch {
    return undefined;
  }
}

const MAX_PAGES = 2000;
const MAX_CHARS = 5_000_000;
const BUDGET_MS = 12_000;

// Font names say the style: "TimesNewRomanPS-ItalicMT", "ABCDEE+Arial,BoldItalic", "Times-Oblique".
const ITALIC_NAME = /italic|oblique|[-,](?:it|ital)$|[-,]\w*It(?:MT)?$/i;
const BOLD_NAME = /bold|black|heavy|semibold|demibold|[-,]\w*Bd(?:MT)?$/i;

interface FontInfo {
  name?: string;
  italic?: boolean;
  bold?: boolean;
  black?: boolean;
}

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}

/** Runs of one page plus what could not be placed on a line (rotated text). */
interface PageRuns {
  runs: TextRun[];
  rotated: string[];
}

function fontStyle(page: PDFPageProxy, fontName: string, family: string | undefined): { italic: boolean; bold: boolean } {
  let font: FontInfo | null;
  try {
    font = page.commonObjs.has(fontName) ? (page.commonObjs.get(fontName) as FontInfo) : null;
  } catch {
    font = null;
  }
  const name = font?.name ?? family ?? "";
  return {
    italic: !!font?.italic || ITALIC_NAME.test(name),
    bold: !!font?.bold || !!font?.black || BOLD_NAME.test(name),
  };
}

async function extractRuns(page: PDFPageProxy, viewport: number[]): Promise<PageRuns> {
  const content = await page.getTextContent();
  const runs: TextRun[] = [];
  const rotated: string[] = [];
  let order = 0;
  for (const raw of content.items) {
    if (!("str" in raw)) continue;
    const item = raw as TextItemLike;
    if (item.str === "") continue;
    const m = Util.transform(viewport, item.transform) as number[];
    const size = Math.hypot(m[2], m[3]) || Math.hypot(m[0], m[1]);
    if (!(size > 0) || Math.abs(m[1]) > 0.05 * size) {
      rotated.push(item.str);
      continue;
    }
    const style = fontStyle(page, item.fontName, content.styles[item.fontName]?.fontFamily);
    // A skewed text matrix is a synthesized oblique: italic whatever the font says.
    const skewed = Math.abs(m[2]) > 0.1 * size;
    runs.push({
      text: item.str.normalize("NFC"),
      x: m[4],
      y: m[5],
      right: m[4] + Math.abs(item.width) * (Math.hypot(m[0], m[1]) / Math.max(1e-6, Math.hypot(item.transform[0], item.transform[1]))),
      size,
      italic: style.italic || skewed,
      bold: style.bold,
      order: order++,
    });
  }
  return { runs, rotated };
}

function mapLoadError(err: unknown, path: string): CasefileError {
  const name = (err as { name?: string } | null)?.name ?? "";
  const message = err instanceof Error ? err.message : String(err);
  if (name === "PasswordException") return new CasefileError("pdf.encrypted", `PDF is password-protected and cannot be read: ${path}`, EXIT.DATA);
  return new CasefileError("pdf.invalid", `not a readable PDF: ${path} (${message.split("\n")[0].slice(0, 120)})`, EXIT.DATA);
}

async function withTimeout<T>(p: Promise<T>, ms: number, onTimeout: () => void): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new Error(`gave up after ${Math.round(ms / 1000)} s`));
    }, ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * Reads a PDF into positioned lines, page by page, with pleading-paper line numbers
 * taken out and given to their lines, and stamps, headers, footers and footnotes
 * marked. Unreadable input throws `CasefileError` (`pdf.encrypted`, `pdf.invalid`);
 * problems in readable input become findings.
 *
 * @example const ingested = await ingestPdf(await readFile("order.pdf"), { path: "order.pdf" });
 */
export async function ingestPdf(bytes: Uint8Array, opts: PdfOptions): Promise<Ingested> {
  const started = Date.now();
  const budget = opts.budgetMs ?? BUDGET_MS;
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  // pdfjs may take ownership of the buffer it is given; the caller keeps theirs.
  const data = new Uint8Array(bytes);
  const task = getDocument({ data, disableFontFace: true, useSystemFonts: false, isEvalSupported: false, verbosity: 0, stopAtErrors: false, standardFontDataUrl: standardFontDir() });
  let doc: PDFDocumentProxy;
  try {
    doc = await withTimeout(task.promise, budget, () => void task.destroy());
  } catch (err) {
    void task.destroy();
    throw mapLoadError(err, opts.path);
  }
  const findings: Finding[] = [];
  try {
    const works = await readPages(doc, opts, started, budget, findings);
    return finish(works, doc.numPages, { path: opts.path, sha256, bytes: bytes.length }, findings);
  } finally {
    await task.destroy();
  }
}

async function readPages(doc: PDFDocumentProxy, opts: PdfOptions, started: number, budget: number, findings: Finding[]): Promise<PageWork[]> {
  const maxPages = opts.maxPages ?? MAX_PAGES;
  const maxChars = opts.maxChars ?? MAX_CHARS;
  const works: PageWork[] = [];
  let chars = 0;
  let rotatedDropped = 0;
  const count = Math.min(doc.numPages, maxPages);
  if (doc.numPages > maxPages) {
    findings.push({ severity: "warning", code: "pdf.page-cap", message: `read the first ${maxPages} of ${doc.numPages} pages` });
  }
  for (let n = 1; n <= count; n++) {
    const empty: PageWork = { number: n, width: 612, height: 792, lines: [], numbers: [], rules: [], roles: [] };
    if (Date.now() - started > budget || chars > maxChars) {
      findings.push({ severity: "warning", code: "pdf.read-cap", message: `stopped reading at page ${n} of ${doc.numPages} (time or text limit)` });
      for (let k = n; k <= count; k++) works.push({ ...empty, number: k });
      break;
    }
    try {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      // The operator list loads the fonts (their names give italics) and holds the drawn rules.
      const ops = await page.getOperatorList();
      const { runs, rotated } = await extractRuns(page, viewport.transform);
      chars += runs.reduce((s, r) => s + r.text.length, 0);
      const stampRuns = rotated.join(" ");
      const { numbers, runs: rest } = splitMargin(runs, viewport.width);
      const built = buildLines(rest);
      // A caption divided by ")" is found anywhere; one divided by white space only on the first page.
      let lines = reorderCaption(built);
      if (lines.every((l, i) => l === built[i]) && n === 1) lines = reorderGutterCaption(built, viewport.height);
      lines = joinStampTails(lines, viewport.height);
      if (isStampText(stampRuns)) {
        lines.unshift(composeLine([{ text: stampRuns, x: 0, y: 0, right: 0, size: 10, italic: false, bold: false, order: 0 }]));
      } else if (rotated.length) rotatedDropped += rotated.length;
      const rules = findRules(ops.fnArray, ops.argsArray, OPS, viewport.transform);
      works.push({ number: n, width: viewport.width, height: viewport.height, lines, numbers, rules, roles: [] });
      page.cleanup();
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      findings.push({ severity: "warning", code: "pdf.page-unreadable", message: `page ${n} could not be read (${message.split("\n")[0].slice(0, 120)})` });
      works.push(empty);
    }
  }
  if (rotatedDropped > 0) {
    findings.push({ severity: "info", code: "pdf.rotated-text", message: `${rotatedDropped} runs of rotated text (side margins, watermarks) were left out` });
  }
  return works;
}

function finish(works: PageWork[], numPages: number, src: { path: string; sha256: string; bytes: number }, findings: Finding[]): Ingested {
  const bodySize = dominantSize(works.flatMap((w) => w.lines.flatMap((l) => l.runs))) || 12;
  for (const w of works) w.roles = classifyPage(w, bodySize);
  markRepeats(works);
  const block = textBlock(works.flatMap((w) => w.lines.filter((_, i) => w.roles[i] === "body")));
  const pages: Page[] = works.map((w) => {
    const starts = paragraphStarts(w.lines, w.roles, block);
    const lines: SourceLine[] = [];
    w.lines.forEach((l, i) => {
      const role = w.roles[i];
      if (role === "margin" || l.text === "") return;
      // A PDF has no blank lines; a paragraph break becomes one, as in a text copy.
      if (starts[i]) lines.push({ text: "", lineNumber: null, x: round(l.x), y: round(l.y - l.size), role: "body" });
      const numbered = role === "body" || role === "footnote";
      lines.push({
        text: l.text,
        ...(l.emphasis.length ? { emphasis: l.emphasis } : {}),
        lineNumber: numbered ? assignLineNumber(l.y, w.numbers) : null,
        x: round(l.x),
        y: round(l.y),
        right: round(l.right),
        fontSize: round(l.size),
        role,
      });
    });
    return { number: w.number, width: round(w.width), height: round(w.height), lines };
  });
  const allText = pages.map((p) => p.lines.map((l) => l.text).join("\n")).join("\n");
  if (allText.trim() === "") {
    findings.push({ severity: "error", code: "pdf.no-text-layer", message: `the PDF has no text layer; OCR is needed to read it (${src.path})` });
  } else {
    const quality = assessTextLayer(allText);
    if (quality) findings.push(quality);
  }
  return { source: { path: src.path, format: "pdf", sha256: src.sha256, pages: numPages, bytes: src.bytes }, pages, findings };
}
