/**
 * bytes → pages: sniffs the format and hands the bytes to the PDF, HTML or text reader.
 */
import { createHash } from "node:crypto";
import { CasefileError, EXIT } from "../model/errors.js";
import type { Ingested } from "../model/types.js";
import { htmlToPages } from "./html.js";
import { decodeText, sniffFormat } from "./sniff.js";
import { textToPages } from "./text.js";

export { decodeText, sniffFormat } from "./sniff.js";
export { textToPages } from "./text.js";
export { htmlToPages, decodeEntities } from "./html.js";

interface PdfModule {
  ingestPdf(bytes: Uint8Array, opts: IngestOptions): Promise<Ingested>;
}

/** Options for `ingest`. */
export interface IngestOptions {
  /** Shown in `source.path` and in messages. */
  path: string;
  /** Read scanned PDF pages (no usable text layer) by OCR; default true. */
  ocr?: boolean;
}

/** Loaded on demand, so reading text never loads pdfjs. */
async function loadPdf(): Promise<PdfModule> {
  return (await import("./pdf.js")) as PdfModule;
}

/**
 * Reads a filing's bytes into pages of lines. Throws `input.empty` / `input.binary` for
 * input casefile cannot read; everything else is a finding.
 *
 * @example const ing = await ingest(new TextEncoder().encode("ORDER\n…"), { path: "order.txt" }); ing.source.format // → "text"
 */
export async function ingest(bytes: Uint8Array, opts: IngestOptions): Promise<Ingested> {
  if (bytes.length === 0) throw new CasefileError("input.empty", `file is empty: ${opts.path}`, EXIT.DATA);
  // UTF-16 text (Windows tools write it, with a byte-order mark) is read as the text it is,
  // not refused for its NUL bytes: it is turned into UTF-8 before anything looks at it.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : null;
  const body = utf16 ? new TextEncoder().encode(new TextDecoder(utf16).decode(bytes)) : bytes;
  const format = sniffFormat(body);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  if (format === "pdf") {
    const ing = await (await loadPdf()).ingestPdf(bytes, opts);
    return { ...ing, source: { ...ing.source, path: opts.path, format: "pdf", sha256, bytes: bytes.length } };
  }
  const { text, encoding } = decodeText(body, opts.path);
  if (text.trim() === "") throw new CasefileError("input.empty", `file has no text: ${opts.path}`, EXIT.DATA);
  const pages = format === "html" ? htmlToPages(text) : textToPages(text);
  const findings: Ingested["findings"] = [];
  if (utf16) findings.push({ severity: "info", code: "input.encoding", message: `read as ${utf16.toUpperCase()} (byte-order mark)` });
  else if (encoding !== "utf-8") {
    findings.push({ severity: "info", code: "input.encoding", message: `not valid UTF-8; read as ${encoding}` });
  }
  return {
    source: { path: opts.path, format, sha256, pages: pages.length, bytes: bytes.length },
    pages,
    findings,
    ...(format === "html" ? { markup: text } : {}),
  };
}
