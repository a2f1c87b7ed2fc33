/**
 * Telling what bytes are before reading them: PDF, HTML or plain text, and decoding text.
 */
import { CasefileError, EXIT } from "../model/errors.js";
import type { SourceFormat } from "../model/types.js";

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

/** How far into the file to look for a PDF header or HTML tags. */
const SNIFF_WINDOW = 1024;

function startsWithPdf(bytes: Uint8Array): boolean {
  // Some PDFs carry a few junk bytes (a BOM, a mail header line) before the magic.
  const limit = Math.min(bytes.length - PDF_MAGIC.length, SNIFF_WINDOW);
  for (let i = 0; i <= limit; i++) {
    let ok = true;
    for (let k = 0; k < PDF_MAGIC.length; k++) {
      if (bytes[i + k] !== PDF_MAGIC[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return true;
  }
  return false;
}

// e.g. "<!DOCTYPE html>", "<html lang=en>", "<section class=\"casebody\">", "<p id=\"p-1\">"
const HTML_TAG = /<(?:!doctype\s{1,5}html|html|head|body|p|div|section|article|span|br|table|meta|title|script|h[1-6])(?=[\s>/])/i;

/**
 * Guesses the format of a file from its first bytes.
 *
 * @example sniffFormat(new TextEncoder().encode("%PDF-1.7 …")) // → "pdf"
 */
export function sniffFormat(bytes: Uint8Array): SourceFormat {
  if (startsWithPdf(bytes)) return "pdf";
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const head = new TextDecoder("latin1").decode(bytes.subarray(bom, bom + SNIFF_WINDOW));
  const firstTag = head.search(/</);
  // HTML opens with markup; a text order that merely quotes "<p>" further down is still text.
  if (firstTag >= 0 && head.slice(0, firstTag).trim() === "" && HTML_TAG.test(head)) return "html";
  return "text";
}

/** windows-1252 0x80–0x9F (Node's decoder treats the label as Latin-1 and misses these). */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/**
 * Decodes windows-1252 bytes.
 *
 * @example decodeWindows1252(new Uint8Array([0x93, 0x41, 0x94])) // → "“A”"
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes: number[] = [];
    for (const b of bytes.subarray(i, i + CHUNK)) codes.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b);
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** Share of a sample that is control characters other than tab, newlines and form feed. */
function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) bad++;
  }
  return bad / text.length;
}

/**
 * Decodes text bytes: UTF-8 (BOM stripped), else windows-1252 when UTF-8 is invalid but the
 * bytes look like text. Binary input is misuse, not a finding: it throws `input.binary`.
 *
 * @example decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])) // → { text: "A", encoding: "utf-8" }
 */
export function decodeText(bytes: Uint8Array, path = "input"): { text: string; encoding: "utf-8" | "windows-1252" } {
  let nul = 0;
  const sample = bytes.subarray(0, 65536);
  for (const b of sample) if (b === 0) nul++;
  if (nul > 0) throw new CasefileError("input.binary", `not a text, HTML or PDF file (binary bytes): ${path}`, EXIT.DATA, 415);
  let text: string;
  let encoding: "utf-8" | "windows-1252" = "utf-8";
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Count how much of the input fails as UTF-8; a few bad bytes are an old 8-bit encoding,
    // a lot of them are binary.
    const lossy = new TextDecoder("utf-8").decode(sample);
    let replaced = 0;
    for (let i = 0; i < lossy.length; i++) if (lossy.charCodeAt(i) === 0xfffd) replaced++;
    if (replaced / Math.max(1, lossy.length) > 0.3) {
      throw new CasefileError("input.binary", `not a text, HTML or PDF file (invalid UTF-8): ${path}`, EXIT.DATA, 415);
    }
    text = decodeWindows1252(bytes);
    encoding = "windows-1252";
  }
  if (controlShare(text.slice(0, 65536)) > 0.05) {
    throw new CasefileError("input.binary", `not a text, HTML or PDF file (control characters): ${path}`, EXIT.DATA, 415);
  }
  return { text, encoding };
}
