/**
 * What a client uploads: bytes read with a hard cap, and the document format decided
 * from the declared type and the bytes themselves. The client's file name is only ever
 * a label; nothing a client sends reaches the file system.
 */
import { CasefileError, EXIT } from "../model/errors.js";
import type { SourceFormat } from "../model/types.js";

/** Default cap on one upload: a long opinion PDF is a few MB. @example createApp(store, { maxUploadBytes: MAX_UPLOAD_BYTES }) */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

const tooLarge = (limit: number) => new CasefileError("upload.too-large", `upload exceeds ${limit} bytes`, EXIT.DATA, 413);

/**
 * Reads a request body, refusing it with 413 as soon as it passes `limit` (declared or actual).
 *
 * @example const bytes = await readBody(c.req.raw, MAX_UPLOAD_BYTES);
 */
export async function readBody(req: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(req.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  if (!req.body) return new Uint8Array(new ArrayBuffer(0));
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(new ArrayBuffer(size));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

function looksLikePdf(bytes: Uint8Array): boolean {
  // Some PDFs carry junk before the header; the spec allows it within the first KB.
  const head = bytes.subarray(0, 1024);
  outer: for (let i = 0; i + PDF_MAGIC.length <= head.length; i++) {
    for (let j = 0; j < PDF_MAGIC.length; j++) if (head[i + j] !== PDF_MAGIC[j]) continue outer;
    return true;
  }
  return false;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

// An opening tag of a body-level element, for HTML without a doctype: "<p>", "<div class".
const HTML_TAG = /<(?:body|p|div|center)[\s>]/;

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 2048)).trimStart().slice(0, 200).toLowerCase();
  return head.startsWith("<!doctype html") || head.startsWith("<html") || HTML_TAG.test(head);
}

/**
 * Decides an upload's format from its Content-Type and bytes: 415 for a type casefile
 * does not read, 422 for bytes that do not match the type or are empty.
 *
 * @example uploadFormat("application/pdf", bytes) // → "pdf"
 */
export function uploadFormat(contentType: string | null | undefined, bytes: Uint8Array): SourceFormat {
  const type = (contentType ?? "").split(";")[0].trim().toLowerCase();
  if (bytes.length === 0) throw new CasefileError("upload.empty", "the upload is empty", EXIT.DATA, 422);
  const sniff = (): SourceFormat => {
    if (looksLikePdf(bytes)) return "pdf";
    if (looksBinary(bytes)) throw new CasefileError("upload.not-a-document", "the upload is binary but not a PDF", EXIT.DATA, 422);
    return looksLikeHtml(bytes) ? "html" : "text";
  };
  switch (type) {
    case "application/pdf":
      if (!looksLikePdf(bytes)) throw new CasefileError("upload.not-a-pdf", "declared application/pdf but the bytes are not a PDF", EXIT.DATA, 422);
      return "pdf";
    case "text/plain":
    case "text/html":
    case "application/xhtml+xml":
      if (looksBinary(bytes)) throw new CasefileError("upload.not-text", `declared ${type} but the bytes are binary`, EXIT.DATA, 422);
      return type === "text/plain" ? "text" : "html";
    case "":
    case "application/octet-stream":
      return sniff();
    default:
      throw new CasefileError("upload.unsupported-type", `cannot read ${type}: send application/pdf, text/plain or text/html`, EXIT.DATA, 415);
  }
}

// A file extension: ".pdf" in "order.pdf".
const EXTENSION_SUFFIX = /\.[A-Za-z0-9]{1,5}$/;
// Characters outside a portable file name: " ", "/", "<".
const UNSAFE_RUN = /[^\w.-]+/g;
// Dots and underscores a name must not start with: "..", "._".
const LEADING_DOTS = /^[._]+/;

const EXTENSION: Record<SourceFormat, string> = { pdf: ".pdf", text: ".txt", html: ".html" };

/**
 * A display name for an upload: the client's base name reduced to safe characters, with
 * the extension of the detected format. Used only as `source.path`, never opened.
 *
 * @example uploadName("../../etc/passwd", "text") // → "passwd.txt"
 */
export function uploadName(clientName: string | null | undefined, format: SourceFormat): string {
  const base = (clientName ?? "").split(/[\\/]/).pop() ?? "";
  const stem = base.replace(EXTENSION_SUFFIX, "").replace(UNSAFE_RUN, "_").replace(LEADING_DOTS, "").slice(0, 100);
  return (stem || "upload") + EXTENSION[format];
}
