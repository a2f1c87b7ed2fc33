#!/usr/bin/env node
// Writes the hostile inputs of test/hostile/manifest.json into a folder, byte for byte the
// same on every run (no clock, no Math.random: random bytes come from SHA-256 of a seed and a
// counter). The manifest says what each input is, how it is made (`make`), what is run on it
// and the exit code and the time and memory bounds expected; this script only makes the bytes.
// Big inputs (a 50 MB text) are made here, never committed.
// usage: node scripts/gen-hostile.mjs [DIR] [NAME ...]   (DIR defaults to test/hostile/inputs, gitignored)
import { createHash } from "node:crypto";
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const manifestPath = join(root, "test", "hostile", "manifest.json");

/** `n` bytes that look random, the same for the same seed. */
function randomBytes(n, seed) {
  const out = Buffer.alloc(n);
  let filled = 0;
  for (let i = 0; filled < n; i++) {
    const block = createHash("sha256").update(`${seed}:${i}`).digest();
    filled += block.copy(out, filled);
  }
  return out;
}

/** A small deterministic counter-driven pick, so long texts vary without a random source. */
const pick = (list, i) => list[(i * 7919 + 13) % list.length];

const NAMES = ["Aldren", "Bexley", "Corvane", "Dunmore", "Elsworth", "Farrady", "Gilcrest", "Hollin", "Istvan", "Jorvik"];
const VERBS = ["DENIES", "GRANTS", "GRANTS in part and DENIES in part", "TAKES UNDER SUBMISSION"];
const MOTIONS = ["motion to dismiss", "motion to stay", "motion for summary judgment", "motion to compel", "motion for leave to amend"];

/** One invented paragraph of an order, its numbers drawn from `i`. */
function paragraph(i) {
  const a = pick(NAMES, i);
  const b = pick(NAMES, i + 3);
  const vol = 100 + (i % 900);
  const page = 1 + ((i * 31) % 1400);
  return [
    `The Court ${pick(VERBS, i)} the ${pick(MOTIONS, i)} (ECF No. ${1 + (i % 400)}).`,
    `See ${a} v. ${b}, ${vol} F.3d ${page}, ${page + 2} (9th Cir. ${1990 + (i % 30)}); 42 U.S.C. § ${1981 + (i % 8)}.`,
    `Id. at ${page + 3}. The parties dispute whether the ${pick(MOTIONS, i + 1)} was timely filed`,
    `under Fed. R. Civ. P. ${1 + (i % 80)}(b), and the record (Doc. No. ${i % 500}-1 at ${1 + (i % 9)}) is silent.`,
  ].join("\n");
}

/** Text of about `bytes` bytes: paragraphs in lines, a form feed every fifty paragraphs. */
function prose(bytes, { newlines = true } = {}) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    let p = paragraph(i) + (i % 50 === 49 ? "\n\f" : "\n\n");
    if (!newlines) p = p.replace(/[\n\f]+/g, " ");
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  return Buffer.from(parts.join("")).subarray(0, bytes);
}

/** A PDF object table written by hand: objects in order, the xref table from their offsets. */
function pdfFile(objects, { trailer = "", header = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" } = {}) {
  const chunks = [Buffer.from(header, "latin1")];
  let at = chunks[0].length;
  const offsets = [];
  objects.forEach((body, k) => {
    offsets.push(at);
    const b = Buffer.concat([Buffer.from(`${k + 1} 0 obj\n`), Buffer.isBuffer(body) ? body : Buffer.from(body, "latin1"), Buffer.from("\nendobj\n")]);
    chunks.push(b);
    at += b.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`)].join("");
  chunks.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${at}\n%%EOF\n`, "latin1"));
  return Buffer.concat(chunks);
}

const stream = (content) => `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`;
const pdfString = (s) => `(${s.replace(/[\\()]/g, (c) => `\\${c}`)})`;

/**
 * A PDF of `pages` pages, a few lines of invented order text on each (Helvetica, not embedded).
 * Objects: 1 catalog, 2 pages, 3 font, then a page and its content stream per page.
 */
function pdfPages(pages, { linesPerPage = 3 } = {}) {
  const objects = ["<< /Type /Catalog /Pages 2 0 R >>", "", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"];
  const kids = [];
  for (let p = 0; p < pages; p++) {
    const pageObj = objects.length + 1;
    kids.push(`${pageObj} 0 R`);
    const lines = [`Page ${p + 1} of an invented order.`, ...paragraph(p).split("\n").slice(0, linesPerPage - 1)];
    const ops = lines.map((l, k) => `BT /F1 11 Tf 72 ${720 - 16 * k} Td ${pdfString(l)} Tj ET`).join("\n");
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageObj + 1} 0 R >>`);
    objects.push(stream(ops));
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(" ")}] /Count ${pages} >>`;
  return pdfFile(objects);
}

/**
 * A PDF under the standard security handler (RC4, revision 2) whose user password is not
 * empty: /O and /U are bytes no password gives, so a reader must ask for one.
 */
function pdfEncrypted() {
  const hex = (seed) => randomBytes(32, seed).toString("hex");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
    stream(randomBytes(48, "encrypted-content").toString("latin1")),
    `<< /Filter /Standard /V 1 /R 2 /O <${hex("owner")}> /U <${hex("user")}> /P -3904 >>`,
  ];
  const id = randomBytes(16, "file-id").toString("hex");
  return pdfFile(objects, { trailer: `/Encrypt 6 0 R /ID [<${id}> <${id}>] ` });
}

/** Text with a byte that is not UTF-8 every `every` bytes (a lone continuation byte, an overlong lead, 0xFF). */
function invalidUtf8(bytes, every) {
  const text = Buffer.from(prose(bytes));
  const bad = [0x80, 0xc0, 0xff, 0xfe, 0xed];
  for (let i = every - 1, k = 0; i < text.length; i += every, k++) text[i] = bad[k % bad.length];
  return text;
}

/** `depth` nested elements with one line of text at the bottom, closed or not. */
function htmlNested(depth, tag, closed) {
  const open = `<${tag}>`.repeat(depth);
  const close = closed ? `</${tag}>`.repeat(depth) : "";
  return Buffer.from(`<!DOCTYPE html>\n<html><body>${open}ORDER. The Court DENIES the motion to stay. See 28 U.S.C. § 1292(b).${close}</body></html>\n`);
}

/** `unit` repeated to `bytes` bytes (the last repeat cut), wrapped in a page if `html`. */
function repeated(unit, bytes, html) {
  const body = unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
  const b = Buffer.from(body).subarray(0, bytes);
  return html ? Buffer.concat([Buffer.from("<html><body><p>"), b, Buffer.from("</p></body></html>\n")]) : b;
}

/** The bytes of one manifest input. */
export function make(spec) {
  switch (spec.kind) {
    case "pdf-pages":
      return pdfPages(spec.pages);
    case "pdf-truncated": {
      const whole = pdfPages(spec.pages);
      return whole.subarray(0, Math.floor(whole.length * spec.keep));
    }
    case "pdf-encrypted":
      return pdfEncrypted();
    case "pdf-garbage":
      return Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(spec.bytes, spec.seed)]);
    case "random":
      return randomBytes(spec.bytes, spec.seed);
    case "prose":
      return prose(spec.bytes, { newlines: spec.newlines !== false });
    case "invalid-utf8":
      return invalidUtf8(spec.bytes, spec.every);
    case "html-nested":
      return htmlNested(spec.depth, spec.tag ?? "div", spec.closed !== false);
    case "repeat":
      return repeated(spec.unit, spec.bytes, spec.html === true);
    case "jsonl":
      return Buffer.from(Array.from({ length: spec.lines }, (_, i) => JSON.stringify({ id: i, text: repeated(spec.unit, spec.bytes, false).toString() })).join("\n") + "\n");
    default:
      throw new Error(`gen-hostile: unknown kind ${spec.kind}`);
  }
}

/** Writes every input of the manifest (or those named) into `dir`; returns the manifest. */
export function generate(dir, names = []) {
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  mkdirSync(dir, { recursive: true });
  for (const input of manifest.inputs) {
    if (names.length && !names.includes(input.name)) continue;
    const bytes = make(input.make);
    // Written in pieces: one write of 50 MB is fine, but this keeps the peak low for the bench.
    const fd = openSync(join(dir, input.file), "w");
    try {
      for (let at = 0; at < bytes.length; at += 1 << 24) writeSync(fd, bytes, at, Math.min(1 << 24, bytes.length - at));
    } finally {
      closeSync(fd);
    }
  }
  return manifest;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dirArg, ...names] = process.argv.slice(2);
  const dir = resolve(dirArg ?? join(root, "test", "hostile", "inputs"));
  const manifest = generate(dir, names);
  const count = names.length ? names.length : manifest.inputs.length;
  writeFileSync(join(dir, ".generated"), `${count} inputs from test/hostile/manifest.json\n`);
  console.log(`gen-hostile: ${count} inputs written to ${dir}`);
}
