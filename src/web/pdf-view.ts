/**
 * The source PDF, page by page: a page that pdf.js renders in the browser, opened at the
 * page and line a page:line reference names. pdf.js and the page's own script are served
 * from this server ('self'), so the strict CSP holds: no inline script, no other origin.
 */
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { CasefileError, EXIT } from "../model/errors.js";
import type { DocumentSource } from "../store/types.js";
import { html } from "./html.js";
import { layout, pdfPagePath } from "./pages.js";

/** The largest source file served back; larger ones are refused rather than read into memory. */
export const MAX_SOURCE_BYTES = 200 * 1024 * 1024;

/** Where pdf.js is served from. */
export const PDFJS_PATH = "/assets/pdfjs";
/** The page view's own script. */
export const PAGE_SCRIPT_PATH = "/assets/page-view.js";

let pdfjsRoot: string | null = null;

/** The folder pdfjs-dist is installed in. @example pdfjsDir() // → "/…/node_modules/pdfjs-dist" */
export function pdfjsDir(): string {
  pdfjsRoot ??= dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
  return pdfjsRoot;
}

// A file name within one of pdf.js's folders: "pdf.min.mjs", "FoxitSerif.pfb"; never "..".
const ASSET_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,100}$/;
// The build files the page loads: the library and its worker, nothing else of build/.
const BUILD_FILES: ReadonlySet<string> = new Set(["pdf.min.mjs", "pdf.worker.min.mjs"]);
const ASSET_DIRS: ReadonlySet<string> = new Set(["build", "standard_fonts", "cmaps"]);

/**
 * One of pdf.js's files (library, worker, standard fonts, CMaps) with its content type, or
 * null for anything else.
 *
 * @example await pdfjsAsset("build", "pdf.min.mjs") // → { body, type: "text/javascript; charset=utf-8" }
 */
export async function pdfjsAsset(dir: string, name: string): Promise<{ body: Uint8Array; type: string } | null> {
  if (!ASSET_DIRS.has(dir) || !ASSET_NAME.test(name)) return null;
  if (dir === "build" && !BUILD_FILES.has(name)) return null;
  try {
    const body = await readFile(join(pdfjsDir(), dir, name));
    return { body, type: name.endsWith(".mjs") ? "text/javascript; charset=utf-8" : "application/octet-stream" };
  } catch {
    return null;
  }
}

/**
 * The bytes of a stored document's source PDF, read from where it was ingested and only
 * when they are still the bytes that were read (same SHA-256). Anything else is a 404:
 * the server never serves a file the store did not read.
 *
 * @example const bytes = await sourcePdf(await store.source(3))
 */
export async function sourcePdf(src: DocumentSource | null): Promise<Uint8Array> {
  if (!src) throw new CasefileError("not-found", "no such document", EXIT.NO_INPUT, 404);
  if (src.format !== "pdf") throw new CasefileError("not-found", "this document was not read from a PDF", EXIT.NO_INPUT, 404);
  const gone = () => new CasefileError("not-found", "the source PDF is no longer where it was read from, or has changed since", EXIT.NO_INPUT, 404);
  const path = resolve(src.path);
  const info = await stat(path).catch(() => null);
  if (!info?.isFile() || info.size > MAX_SOURCE_BYTES) throw gone();
  const bytes = await readFile(path).catch(() => null);
  if (!bytes || createHash("sha256").update(bytes).digest("hex") !== src.sha256) throw gone();
  return bytes;
}

/** Whether a stored document's source PDF is still on disk (a cheap check, without hashing). @example await hasSourcePdf(src) */
export async function hasSourcePdf(src: DocumentSource | null): Promise<boolean> {
  if (!src || src.format !== "pdf") return false;
  const info = await stat(resolve(src.path)).catch(() => null);
  return Boolean(info?.isFile() && info.size <= MAX_SOURCE_BYTES);
}

/**
 * The page view: a canvas pdf.js draws page `page` on, with line `line` marked.
 *
 * @example pdfPageView({ id: 3, title: "ORDER", page: 2, pages: 6, line: 14 })
 */
export function pdfPageView(v: { id: number; title: string; page: number; pages: number; line: number | null }): string {
  const at = (page: number) => pdfPagePath(v.id, { page, line: 0 });
  const prev = v.page > 1 ? html`<a rel="prev" href="${at(v.page - 1)}">previous page</a>` : "";
  const next = v.page < v.pages ? html`<a rel="next" href="${at(v.page + 1)}">next page</a>` : "";
  const where = `page ${v.page} of ${v.pages}${v.line ? `, line ${v.line}` : ""}`;
  return layout(
    `${v.title} — page ${v.page}`,
    html`<p class="meta"><a class="back" href="/documents/${v.id}">← the document as read</a></p>
<h1>${v.title}</h1>
<nav class="pager">${prev}<span class="range">${where}</span>${next}<a class="source" href="/documents/${v.id}/source.pdf">the whole PDF</a></nav>
<div class="pdf-view" id="pdf-view" data-src="/documents/${v.id}/source.pdf" data-page="${v.page}" data-line="${v.line ?? ""}" data-pdfjs="${PDFJS_PATH}">
<canvas></canvas><div class="line-mark" hidden></div>
<p class="pdf-status" role="status">Loading page ${v.page}…</p>
<noscript><p class="pdf-status">Showing the page takes JavaScript; <a href="/documents/${v.id}/source.pdf">open the PDF</a> instead.</p></noscript>
</div>
<script type="module" src="${PAGE_SCRIPT_PATH}"></script>`,
  );
}

/**
 * The page view's script, served as a file (the CSP allows no inline script). It renders
 * the page with pdf.js and marks the line: the printed pleading number in the left margin
 * when the page has one, else the nth line of text from the top. It reports on the
 * container: `data-state` ("rendered" / "failed") and `data-line-found` ("margin" /
 * "counted" / "none").
 */
export const PAGE_SCRIPT = `const view = document.getElementById("pdf-view");
const status = view.querySelector(".pdf-status");
const canvas = view.querySelector("canvas");
const mark = view.querySelector(".line-mark");
const base = view.dataset.pdfjs;
const pageNo = Number(view.dataset.page);
const line = Number(view.dataset.line || 0);

function lineOf(items, viewport, n) {
  // A printed pleading line number: the number alone, in the left fifth of the page.
  const margin = items.filter((i) => i.str === String(n) && i.x < viewport.width * 0.2).sort((a, b) => a.x - b.x);
  if (margin.length) return { ...margin[0], found: "margin" };
  // Else the nth line from the top: items whose baselines are within half a line height.
  const sorted = [...items].sort((a, b) => a.y - b.y);
  const lines = [];
  for (const it of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(it.y - last.y) < Math.max(2, Math.min(it.h, last.h) * 0.5)) last.h = Math.max(last.h, it.h);
    else lines.push({ y: it.y, h: it.h });
  }
  const hit = lines[n - 1];
  return hit ? { ...hit, found: "counted" } : null;
}

try {
  const pdfjs = await import(base + "/build/pdf.min.mjs");
  pdfjs.GlobalWorkerOptions.workerSrc = base + "/build/pdf.worker.min.mjs";
  const pdf = await pdfjs.getDocument({
    url: view.dataset.src,
    isEvalSupported: false,
    standardFontDataUrl: base + "/standard_fonts/",
    cMapUrl: base + "/cmaps/",
    cMapPacked: true,
  }).promise;
  const page = await pdf.getPage(Math.min(Math.max(1, pageNo), pdf.numPages));
  const unscaled = page.getViewport({ scale: 1 });
  const width = Math.min(view.clientWidth || unscaled.width, 1100);
  const viewport = page.getViewport({ scale: width / unscaled.width });
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.floor(viewport.width * ratio);
  canvas.height = Math.floor(viewport.height * ratio);
  canvas.style.width = viewport.width + "px";
  canvas.style.height = viewport.height + "px";
  await page.render({ canvasContext: canvas.getContext("2d"), viewport, transform: ratio === 1 ? null : [ratio, 0, 0, ratio, 0, 0] }).promise;
  let found = "none";
  if (line > 0) {
    const content = await page.getTextContent();
    const items = content.items
      .filter((i) => typeof i.str === "string" && i.str.trim() !== "")
      .map((i) => {
        const [x, y] = viewport.convertToViewportPoint(i.transform[4], i.transform[5]);
        return { str: i.str.trim(), x, y, h: Math.max(4, Math.hypot(i.transform[2], i.transform[3]) * viewport.scale) };
      });
    const hit = lineOf(items, viewport, line);
    if (hit) {
      found = hit.found;
      mark.style.top = Math.max(0, hit.y - hit.h * 1.05) + "px";
      mark.style.height = hit.h * 1.35 + "px";
      mark.style.width = viewport.width + "px";
      mark.hidden = false;
      mark.scrollIntoView({ block: "center" });
    }
  }
  view.dataset.lineFound = found;
  view.dataset.state = "rendered";
  status.textContent = "Page " + page.pageNumber + " of " + pdf.numPages + (line > 0 ? (found === "none" ? "; line " + line + " was not found on it" : ", line " + line + " marked") : "");
} catch (err) {
  view.dataset.state = "failed";
  status.textContent = "The page could not be shown: " + (err && err.message ? err.message : String(err));
}
`;
