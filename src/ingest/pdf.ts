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
import { pageReader, type PageReader } from "./ocr.js";
import type { Finding, Ingested, Page, SourceLine } from "../model/types.js";
import { reorderCaption, reorderGutterCaption } from "./pdf/columns.js";
import { fontStyleOf, type FontFacts } from "./pdf/fonts.js";
import { buildLines, composeLine, dominantSize } from "./pdf/lines.js";
import { assignLineNumber, splitMargin } from "./pdf/margin.js";
import { paragraphStarts, textBlock } from "./pdf/paragraphs.js";
import { assessTextLayer, looksLikeGlyphCodes, shiftGlyphCodes, unshiftGlyphCodes } from "./pdf/quality.js";
import { mergeRuns, ocrFinding, pageList, recognizedRuns, textLayerNeed, type OcrTally } from "./pdf/recognized.js";
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
  /** Read pages without a usable text layer by OCR (default true). */
  ocr?: boolean;
  /** Wall-clock budget for OCR over the whole document, apart from `budgetMs`. */
  ocrBudgetMs?: number;
  /** Resolution pages are rendered at for OCR (default 300). */
  ocrDpi?: number;
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
/** A scanned page takes a second or two to read; ninety seconds is some fifty pages. */
const OCR_BUDGET_MS = 90_000;

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
  /** Runs whose text was glyph numbers, shifted back to characters. */
  repaired: number;
}

function fontStyle(page: PDFPageProxy, fontName: string, family: string | undefined): { italic: boolean; bold: boolean } {
  let font: FontFacts | null;
  try {
    font = page.commonObjs.has(fontName) ? (page.commonObjs.get(fontName) as FontFacts) : null;
  } catch {
    font = null;
  }
  return fontStyleOf(font, family ?? "");
}

type TextContent = Awaited<ReturnType<PDFPageProxy["getTextContent"]>>;

/**
 * The operator list is the costly part of a page (it decodes images too). It is needed
 * only to load a font not seen on an earlier page (its name tells italics) or to find
 * the rules that set off footnotes and footers, which sit above smaller type low on
 * the page.
 */
function needsOperatorList(page: PDFPageProxy, content: TextContent, viewport: number[], height: number): boolean {
  const sizes: number[] = [];
  const low: number[] = [];
  for (const raw of content.items) {
    if (!("str" in raw)) continue;
    const item = raw as TextItemLike;
    if (item.str.trim() === "") continue;
    if (!page.commonObjs.has(item.fontName)) return true;
    const m = Util.transform(viewport, item.transform) as number[];
    const size = Math.hypot(m[2], m[3]) || Math.hypot(m[0], m[1]);
    sizes.push(size);
    if (m[5] > height * 0.5) low.push(size);
  }
  if (sizes.length === 0) return false;
  sizes.sort((a, b) => a - b);
  const typical = sizes[sizes.length >> 1];
  return low.some((s) => s < typical * 0.95);
}

async function extractRuns(page: PDFPageProxy, viewport: number[], content: TextContent): Promise<PageRuns> {
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
      font: item.fontName,
    });
  }
  const repair = repairGlyphCodes(runs);
  return { runs: repair.runs, rotated, repaired: repair.repaired };
}

/**
 * Text set in a font whose "characters" are its glyph numbers is shifted back, font by
 * font (see `unshiftGlyphCodes`); other fonts on the page are left alone.
 */
function repairGlyphCodes(runs: TextRun[]): { runs: TextRun[]; repaired: number } {
  const byFont = new Map<string, TextRun[]>();
  for (const r of runs) {
    const list = byFont.get(r.font ?? "") ?? [];
    list.push(r);
    byFont.set(r.font ?? "", list);
  }
  const fixed = new Map<TextRun, string>();
  const shiftedFonts = new Set<string>();
  for (const [font, list] of byFont) {
    // All the font's text on the page decides for all its runs.
    if (unshiftGlyphCodes(list.map((r) => r.text).join(" ")) !== null) shiftedFonts.add(font);
  }
  if (shiftedFonts.size === 0) return { runs, repaired: 0 };
  for (const [font, list] of byFont) {
    // The producer that did it to one font did it to all: a bold font with three letters on the page too.
    const joined = list.map((r) => r.text).join("");
    if (!shiftedFonts.has(font) && !looksLikeGlyphCodes(joined)) continue;
    for (const r of list) fixed.set(r, shiftGlyphCodes(r.text));
  }
  if (fixed.size === 0) return { runs, repaired: 0 };
  return { runs: runs.map((r) => (fixed.has(r) ? { ...r, text: fixed.get(r) ?? r.text } : r)), repaired: fixed.size };
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
  const ocr = opts.ocr === false ? null : ocrSession(opts);
  try {
    const { works, unread } = await readPages(doc, opts, started, budget, findings, ocr);
    return finish(works, doc.numPages, { path: opts.path, sha256, bytes: bytes.length }, findings, ocr === null ? unread : null);
  } finally {
    await ocr?.reader.close();
    await task.destroy();
  }
}

/** OCR over one document: one reader, its own time budget, what it read and where it stopped. */
interface OcrSession {
  reader: PageReader;
  budget: number;
  spent: number;
  pages: number[];
  tally: OcrTally;
  /** The page OCR ran out of time on, if it did. */
  capped: number | null;
  failed: { page: number; message: string }[];
}

function ocrSession(opts: PdfOptions): OcrSession {
  return {
    reader: pageReader({ dpi: opts.ocrDpi }),
    budget: opts.ocrBudgetMs ?? OCR_BUDGET_MS,
    spent: 0,
    pages: [],
    tally: { words: 0, chars: 0, weighted: 0 },
    capped: null,
    failed: [],
  };
}

/** Reads page `n` by OCR within what is left of the budget; null when it cannot. */
async function ocrPage(session: OcrSession, page: PDFPageProxy, n: number, firstOrder: number): Promise<TextRun[] | null> {
  const left = session.budget - session.spent;
  if (session.capped !== null || left <= 0) {
    session.capped ??= n;
    return null;
  }
  const t0 = Date.now();
  try {
    // A page that outlasts the budget takes the worker down with it; nothing else would stop it.
    const got = await withTimeout(session.reader.read(page), left, () => void session.reader.close());
    const { runs, tally } = recognizedRuns(got, firstOrder);
    if (runs.length > 0) session.pages.push(n);
    session.tally.words += tally.words;
    session.tally.chars += tally.chars;
    session.tally.weighted += tally.weighted;
    return runs;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/^gave up after/.test(message)) session.capped = n;
    else session.failed.push({ page: n, message: message.split("\n")[0].slice(0, 120) });
    return null;
  } finally {
    session.spent += Date.now() - t0;
  }
}

function ocrFindings(session: OcrSession, numPages: number): Finding[] {
  const out: Finding[] = [];
  const read = ocrFinding(session.pages, session.tally, numPages);
  if (read) out.push(read);
  if (session.failed.length > 0) {
    const first = session.failed[0];
    out.push({ severity: "warning", code: "pdf.ocr-failed", message: `OCR could not read ${session.failed.length === 1 ? "page" : "pages"} ${pageList(session.failed.map((f) => f.page))} (${first.message})` });
  }
  if (session.capped !== null) {
    out.push({ severity: "warning", code: "pdf.ocr-cap", message: `OCR stopped at page ${session.capped} of ${numPages} (time limit); pages after it without a text layer are unread` });
  }
  return out;
}

async function readPages(doc: PDFDocumentProxy, opts: PdfOptions, started: number, budget: number, findings: Finding[], ocr: OcrSession | null): Promise<{ works: PageWork[]; unread: number[] }> {
  const maxPages = opts.maxPages ?? MAX_PAGES;
  const maxChars = opts.maxChars ?? MAX_CHARS;
  const works: PageWork[] = [];
  let chars = 0;
  let rotatedDropped = 0;
  let repaired = 0;
  const count = Math.min(doc.numPages, maxPages);
  // Pages that want OCR when it is turned off.
  const unread: number[] = [];
  if (doc.numPages > maxPages) {
    findings.push({ severity: "warning", code: "pdf.page-cap", message: `read the first ${maxPages} of ${doc.numPages} pages` });
  }
  // Time spent on OCR has its own budget and is not charged to reading text layers.
  const elapsed = () => Date.now() - started - (ocr?.spent ?? 0);
  for (let n = 1; n <= count; n++) {
    const empty: PageWork = { number: n, width: 612, height: 792, lines: [], numbers: [], rules: [], roles: [] };
    if (elapsed() > budget || chars > maxChars) {
      findings.push({ severity: "warning", code: "pdf.read-cap", message: `stopped reading at page ${n} of ${doc.numPages} (time or text limit)` });
      for (let k = n; k <= count; k++) works.push({ ...empty, number: k });
      break;
    }
    try {
      // One page may not take the rest of the budget hostage (a huge image in the operator list).
      const ocrLeft = ocr && ocr.capped === null ? Math.max(0, ocr.budget - ocr.spent) : 0;
      const read = await withTimeout(readPage(doc, n, ocr), Math.max(1, budget - elapsed()) + ocrLeft, () => undefined);
      chars += read.chars;
      rotatedDropped += read.rotatedDropped;
      repaired += read.repaired;
      if (read.scanned && !ocr) unread.push(n);
      works.push(read.work);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (/^gave up after/.test(message)) {
        findings.push({ severity: "warning", code: "pdf.read-cap", message: `stopped reading at page ${n} of ${doc.numPages} (${message})` });
        for (let k = n; k <= count; k++) works.push({ ...empty, number: k });
        break;
      }
      findings.push({ severity: "warning", code: "pdf.page-unreadable", message: `page ${n} could not be read (${message.split("\n")[0].slice(0, 120)})` });
      works.push(empty);
    }
  }
  if (ocr) findings.push(...ocrFindings(ocr, doc.numPages));
  if (repaired > 0) {
    findings.push({ severity: "info", code: "pdf.glyph-codes", message: `${repaired} runs of text were glyph numbers without a Unicode map and were shifted back to characters` });
  }
  if (rotatedDropped > 0) {
    findings.push({ severity: "info", code: "pdf.rotated-text", message: `${rotatedDropped} runs of rotated text (side margins, watermarks) were left out` });
  }
  return { works, unread };
}

const IMAGE_OPS = new Set(Object.entries(OPS).filter(([name]) => /^paint\w*Image/.test(name)).map(([, code]) => code));

/** Whether a page's operator list paints a picture (a scan, a photo, a stamp image). */
function paintsImage(fnArray: readonly number[]): boolean {
  return fnArray.some((op) => IMAGE_OPS.has(op));
}

/**
 * Reads one page: runs (from the text layer, or by OCR where the layer is missing or
 * unreliable), margin numbers out, lines, caption columns, stamp tails, rules.
 */
async function readPage(doc: PDFDocumentProxy, n: number, ocr: OcrSession | null): Promise<{ work: PageWork; chars: number; rotatedDropped: number; repaired: number; scanned: boolean }> {
  const page = await doc.getPage(n);
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  // The operator list loads the fonts (their names give italics) and holds the drawn rules.
  const ops = needsOperatorList(page, content, viewport.transform, viewport.height) ? await page.getOperatorList() : null;
  const layer = await extractRuns(page, viewport.transform, content);
  let runs = layer.runs;
  let repaired = layer.repaired;
  let { numbers, runs: rest } = splitMargin(runs, viewport.width);
  let built = buildLines(rest);
  const need = textLayerNeed(built);
  // A page with a little text and no picture (a short last page) has nothing more to read;
  // one with no text at all is rendered when OCR is on (its words may be drawn as outlines).
  const hasText = runs.some((r) => r.text.trim() !== "");
  const scanned = need === "missing" && (hasText || !ocr) ? paintsImage((ops ?? (await page.getOperatorList())).fnArray) : need !== null;
  if (ocr && scanned) {
    const read = await ocrPage(ocr, page, n, runs.length);
    if (read && read.length > 0) {
      // Building lines marked the layer's runs (raised marks); they are placed afresh among the new words.
      runs = need === "missing" ? mergeRuns(runs.map((r) => ({ ...r, superscript: undefined })), read) : read;
      if (need === "unreliable") repaired = 0;
      ({ numbers, runs: rest } = splitMargin(runs, viewport.width));
      built = buildLines(rest);
    }
  }
  const { rotated } = layer;
  // A caption divided by ")" is found anywhere; one divided by white space only on the first page.
  let lines = reorderCaption(built);
  if (n === 1 && lines.every((l, i) => l === built[i])) lines = reorderGutterCaption(built, viewport.height);
  lines = joinStampTails(lines, viewport.height);
  // A stamp printed sideways along the margin still counts as the stamp; other sideways text is left out.
  const sideways = rotated.join(" ");
  let rotatedDropped = 0;
  if (isStampText(sideways)) lines.unshift(composeLine([{ text: sideways, x: 0, y: 0, right: 0, size: 10, italic: false, bold: false, order: 0 }]));
  else rotatedDropped = rotated.length;
  const rules = ops ? findRules(ops.fnArray, ops.argsArray, OPS, viewport.transform) : [];
  page.cleanup();
  return {
    work: { number: n, width: viewport.width, height: viewport.height, lines, numbers, rules, roles: [] },
    chars: runs.reduce((s, r) => s + r.text.length, 0),
    rotatedDropped,
    repaired,
    scanned,
  };
}

function finish(works: PageWork[], numPages: number, src: { path: string; sha256: string; bytes: number }, findings: Finding[], unread: number[] | null): Ingested {
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
    const why = unread ? "and OCR was turned off" : "and OCR found no text in it";
    findings.push({ severity: "error", code: "pdf.no-text-layer", message: `the PDF has no text layer ${why} (${src.path})` });
  } else {
    if (unread && unread.length > 0) {
      const which = `${unread.length === 1 ? "page" : "pages"} ${pageList(unread)} of ${numPages} ${unread.length === 1 ? "has" : "have"}`;
      findings.push({ severity: "warning", code: "pdf.ocr-skipped", message: `${which} no usable text layer and OCR was turned off` });
    }
    const quality = assessTextLayer(allText);
    if (quality) findings.push(quality);
  }
  return { source: { path: src.path, format: "pdf", sha256: src.sha256, pages: numPages, bytes: src.bytes }, pages, findings };
}
