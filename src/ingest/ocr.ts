/**
 * OCR of PDF pages that have no usable text layer: pdfjs paints the page onto a canvas
 * (@napi-rs/canvas, whose binary comes inside its npm package), and tesseract.js reads
 * the picture with the English model from npm (@tesseract.js-data/eng).
 *
 * Nothing is fetched at run time. The model is read from node_modules (`langPath` is a
 * directory, never a URL) and never cached to disk (`cacheMethod: "none"`, so no
 * `eng.traineddata` appears in the working directory); the worker script and the wasm
 * core are required from tesseract.js and tesseract.js-core, which read the .wasm beside
 * them with `fs`.
 *
 * One worker per document, started on the first page that needs it, one page at a time,
 * and terminated when the document is done: memory stays at one page picture and one model.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { OcrLine, OcrPage, OcrWord } from "./pdf/recognized.js";

/** 300 dpi, the resolution courts scan at and tesseract reads best. */
const DPI = 300;
/** A page picture holds at most this many pixels (a letter page at 300 dpi is 8.4 million). */
const MAX_PIXELS = 12_000_000;
/** Fewer dark pixels than this share and the page is blank: nothing to read. */
const MIN_INK = 0.0005;

/** The few parts of tesseract.js's output read here. */
interface TessBbox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
interface TessWord {
  text: string;
  confidence: number;
  bbox: TessBbox;
}
interface TessLine {
  words: TessWord[];
  bbox: TessBbox;
  baseline?: TessBbox;
  rowAttributes?: { rowHeight?: number };
}
interface TessBlock {
  paragraphs: { lines: TessLine[] }[];
}
interface TessWorker {
  recognize(image: Buffer, options: object, output: object): Promise<{ data: { blocks: TessBlock[] | null } }>;
  terminate(): Promise<unknown>;
}
interface TessModule {
  createWorker(langs: string, oem: number, options: object): Promise<TessWorker>;
}

/** LSTM only: the `best_int` model has no legacy engine data, and the LSTM reads better. */
const OEM_LSTM_ONLY = 1;

/**
 * Where the English model lies in node_modules.
 *
 * @example modelDir() // "/…/node_modules/@tesseract.js-data/eng/4.0.0_best_int"
 */
export function modelDir(): string {
  return join(dirname(createRequire(import.meta.url).resolve("@tesseract.js-data/eng/package.json")), "4.0.0_best_int");
}

/**
 * The page as a grey-scale PGM picture: tesseract's image library reads it as is, with
 * no encoding or decoding on either side. Returns null for a blank page.
 */
function toPgm(rgba: Uint8ClampedArray, width: number, height: number): Buffer | null {
  const header = Buffer.from(`P5\n${width} ${height}\n255\n`, "latin1");
  const out = Buffer.allocUnsafe(header.length + width * height);
  header.copy(out);
  let ink = 0;
  for (let i = 0, o = header.length, n = width * height; i < n; i++, o++) {
    const p = i * 4;
    const grey = (rgba[p] * 77 + rgba[p + 1] * 150 + rgba[p + 2] * 29) >> 8;
    out[o] = grey;
    if (grey < 128) ink++;
  }
  return ink < MIN_INK * width * height ? null : out;
}

function toWord(w: TessWord): OcrWord {
  return { text: w.text, confidence: w.confidence, x0: w.bbox.x0, y0: w.bbox.y0, x1: w.bbox.x1, y1: w.bbox.y1 };
}

function toLine(l: TessLine): OcrLine {
  // Tesseract fits one baseline to the row; its height halfway along stands for the whole line.
  const baseline = l.baseline ? (l.baseline.y0 + l.baseline.y1) / 2 : l.bbox.y1;
  const rowHeight = l.rowAttributes?.rowHeight && l.rowAttributes.rowHeight > 0 ? l.rowAttributes.rowHeight : l.bbox.y1 - l.bbox.y0;
  return { words: l.words.map(toWord), baseline, rowHeight };
}

/** Reads pages by OCR, one at a time, with one tesseract worker. */
export interface PageReader {
  /** Renders the page and reads it; positions in the result are pixels at `scale` × points. */
  read(page: PDFPageProxy): Promise<OcrPage>;
  /** Ends the worker (also after a failure); the reader can start a new one afterwards. */
  close(): Promise<void>;
}

/**
 * A reader that starts its worker on the first page and keeps it until `close`.
 *
 * @example const ocr = pageReader(); try { const got = await ocr.read(page); } finally { await ocr.close(); }
 */
export function pageReader(opts: { dpi?: number } = {}): PageReader {
  let worker: Promise<TessWorker> | null = null;
  const start = async (): Promise<TessWorker> => {
    const tesseract = (await import("tesseract.js")).default as unknown as TessModule;
    return tesseract.createWorker("eng", OEM_LSTM_ONLY, {
      langPath: modelDir(),
      gzip: true,
      cacheMethod: "none",
      // Without a handler tesseract.js throws a failed job from its message listener, which no caller can catch.
      errorHandler: () => undefined,
      logger: () => undefined,
    });
  };
  return {
    async read(page) {
      const { createCanvas } = await import("@napi-rs/canvas");
      const base = page.getViewport({ scale: 1 });
      const wanted = (opts.dpi ?? DPI) / 72;
      const scale = Math.min(wanted, Math.sqrt(MAX_PIXELS / Math.max(1, base.width * base.height)));
      const viewport = page.getViewport({ scale });
      const width = Math.max(1, Math.ceil(viewport.width));
      const height = Math.max(1, Math.ceil(viewport.height));
      const canvas = createCanvas(width, height);
      const ctx = canvas.getContext("2d");
      ctx.fillStyle = "#ffffff";
      ctx.fillRect(0, 0, width, height);
      let image: Buffer | null;
      try {
        await page.render({ canvasContext: ctx as unknown as CanvasRenderingContext2D, viewport }).promise;
        image = toPgm(ctx.getImageData(0, 0, width, height).data, width, height);
      } finally {
        // Give the pixels back now rather than at the next collection.
        canvas.width = 0;
        canvas.height = 0;
      }
      if (!image) return { lines: [], scale };
      worker ??= start();
      const { data } = await (await worker).recognize(image, {}, { blocks: true, text: false });
      const lines = (data.blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines.map(toLine)));
      return { lines, scale };
    },
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.then((x) => x.terminate()).catch(() => undefined);
    },
  };
}
