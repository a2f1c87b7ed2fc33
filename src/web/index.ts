/**
 * The viewer's routes: search, document, authority and upload pages, served by the
 * same app as the API and calling the same store verbs.
 */
import type { Context, Hono } from "hono";
import { CasefileError, EXIT } from "../model/errors.js";
import type { Reading } from "../model/types.js";
import type { Store } from "../store/types.js";
import { isCount, isIsoDate, rowId } from "../server/params.js";
import { readBody, uploadFormat, uploadName } from "../server/upload.js";
import { caseOf } from "../server/case-param.js";
import { casePage, casesPage } from "./case-pages.js";
import { authoritiesPage, authorityPage, docName, documentPage, homePage, searchPage, uploadPage } from "./pages.js";
import { hasSourcePdf, PAGE_SCRIPT, PAGE_SCRIPT_PATH, PDFJS_PATH, pdfjsAsset, pdfPageView, sourcePdf } from "./pdf-view.js";
import { type RulingFilters, rulingsCsv, rulingsOptions, rulingsPage } from "./rulings-page.js";

export interface WebDeps {
  store: Store;
  read: (input: { path: string; bytes: Uint8Array }) => Promise<Reading>;
  maxUploadBytes: number;
  /** Makes and checks the upload form's token; without it the form carries none and none is asked. */
  csrf?: { token(form: string): string; check(value: unknown, form?: string): boolean };
}

// Multipart framing around the file: boundaries and part headers.
const MULTIPART_OVERHEAD = 64 * 1024;

function dateOrUndefined(c: Context, name: string): string | undefined {
  const v = c.req.query(name);
  return v && isIsoDate(v) ? v : undefined;
}

/** How many rulings the CSV export holds at most. */
export const CSV_MAX_ROWS = 100_000;
const RULINGS_PAGE = 50;

const SEARCH_KEYS = ["q", "court", "judge", "from", "to", "disposition", "offset"];

function offsetOf(c: Context): number {
  const v = c.req.query("offset");
  if (v === undefined || v === "") return 0;
  if (!isCount(v)) throw new CasefileError("bad-request", "offset must be a non-negative integer", EXIT.USAGE, 400);
  return Number(v);
}

function rulingFilters(c: Context): RulingFilters {
  const recommended = c.req.query("recommended") || undefined;
  if (recommended !== undefined && recommended !== "true" && recommended !== "false") throw new CasefileError("bad-request", "recommended must be true or false", EXIT.USAGE, 400);
  return {
    judge: c.req.query("judge") || undefined,
    court: c.req.query("court") || undefined,
    requestType: c.req.query("requestType") || undefined,
    disposition: c.req.query("disposition") || undefined,
    recommended,
  };
}

/**
 * Adds the viewer's pages to an app.
 *
 * @example registerWebRoutes(app, { store, read, maxUploadBytes: 25 << 20 });
 */
export function registerWebRoutes(app: Hono, deps: WebDeps): void {
  const { store } = deps;

  const search = async (c: Context) => {
    const q = c.req.query("q") ?? "";
    const options = {
      court: c.req.query("court") || undefined,
      judge: c.req.query("judge") || undefined,
      from: dateOrUndefined(c, "from"),
      to: dateOrUndefined(c, "to"),
      disposition: c.req.query("disposition") || undefined,
      limit: 20,
      offset: offsetOf(c),
    };
    const asked = q.trim() !== "" || Boolean(options.court || options.judge || options.from || options.to || options.disposition);
    return c.html(searchPage(q, options, asked ? await store.search(q, options) : null));
  };

  app.get("/", async (c) => {
    // The search form used to live here: its links still work.
    if (SEARCH_KEYS.some((k) => c.req.query(k) !== undefined)) return search(c);
    return c.html(homePage(await store.overview(10)));
  });

  app.get("/search", search);

  app.get("/rulings", async (c) => {
    const filters = rulingFilters(c);
    const offset = offsetOf(c);
    const [list, types] = await Promise.all([store.rulings({ ...rulingsOptions(filters), limit: RULINGS_PAGE, offset }), store.rulingStats({})]);
    return c.html(rulingsPage(list, filters, { offset, limit: RULINGS_PAGE, requestTypes: types.byRequestType.map((g) => g.group) }));
  });

  app.get("/rulings.csv", async (c) => {
    const list = await store.rulings({ ...rulingsOptions(rulingFilters(c)), limit: CSV_MAX_ROWS });
    c.header("Content-Disposition", 'attachment; filename="rulings.csv"');
    if (list.total > list.rulings.length) c.header("X-Casefile-Rows", `${list.rulings.length} of ${list.total}`);
    return c.body(rulingsCsv(list.rulings, new URL(c.req.url).origin), 200, { "Content-Type": "text/csv; charset=utf-8" });
  });

  app.get("/documents/:id/source.pdf", async (c) => {
    const bytes = await sourcePdf(await store.source(rowId(c.req.param("id"))));
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, { "Content-Type": "application/pdf", "Content-Disposition": "inline", "Cache-Control": "private, max-age=300" });
  });

  app.get("/documents/:id/pages/:page", async (c) => {
    const id = rowId(c.req.param("id"));
    const src = await store.source(id);
    if (!(await hasSourcePdf(src))) throw new CasefileError("not-found", "no source PDF is at hand for this document", EXIT.NO_INPUT, 404);
    const page = rowId(c.req.param("page"));
    if (page > src!.pages) throw new CasefileError("not-found", `the PDF has ${src!.pages} page${src!.pages === 1 ? "" : "s"}`, EXIT.NO_INPUT, 404);
    const lineParam = c.req.query("line");
    if (lineParam !== undefined && lineParam !== "" && !isCount(lineParam)) throw new CasefileError("bad-request", "line must be a non-negative integer", EXIT.USAGE, 400);
    const doc = await store.document(id);
    const title = doc?.reading.caption?.title ?? (doc ? docName(doc) : `Document ${id}`);
    return c.html(pdfPageView({ id, title, page, pages: src!.pages, line: lineParam ? Number(lineParam) || null : null }));
  });

  // Browsers ask for it on every page; there is none, and a 404 would only be noise.
  app.get("/favicon.ico", (c) => c.body(null, 204));

  app.get(PAGE_SCRIPT_PATH, (c) => c.body(PAGE_SCRIPT, 200, { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "no-cache" }));

  app.get(`${PDFJS_PATH}/:dir/:name`, async (c) => {
    const asset = await pdfjsAsset(c.req.param("dir"), c.req.param("name"));
    if (!asset) throw new CasefileError("not-found", "no such file", EXIT.NO_INPUT, 404);
    return c.body(asset.body as Uint8Array<ArrayBuffer>, 200, { "Content-Type": asset.type, "Cache-Control": "public, max-age=86400" });
  });

  app.get("/documents/:id", async (c) => {
    const doc = await store.document(rowId(c.req.param("id")));
    if (!doc) throw new CasefileError("not-found", "no such document", EXIT.NO_INPUT, 404);
    return c.html(documentPage(doc, undefined, { pdf: await hasSourcePdf(await store.source(doc.id)) }));
  });

  app.get("/authorities", async (c) => {
    const filters = { kind: c.req.query("kind") || undefined, court: c.req.query("court") || undefined, judge: c.req.query("judge") || undefined };
    return c.html(authoritiesPage(await store.authorities({ ...filters, limit: 200 }), filters));
  });

  app.get("/authorities/:id", async (c) => {
    const a = await store.authority(rowId(c.req.param("id")));
    if (!a) throw new CasefileError("not-found", "no such authority", EXIT.NO_INPUT, 404);
    return c.html(authorityPage(a));
  });

  app.get("/cases", async (c) => {
    const filters = { court: c.req.query("court") || undefined, judge: c.req.query("judge") || undefined, pending: c.req.query("pending") === "true" };
    return c.html(casesPage(await store.cases({ ...filters, limit: 200 }), filters));
  });

  app.get("/cases/:id", async (c) => c.html(casePage(await caseOf(store, c.req.param("id")))));

  app.get("/upload", (c) => c.html(uploadPage(deps.maxUploadBytes, deps.csrf?.token("upload"))));

  app.post("/upload", async (c) => {
    const type = c.req.header("content-type") ?? "";
    if (!type.toLowerCase().startsWith("multipart/form-data")) {
      throw new CasefileError("upload.unsupported-type", "the upload form posts multipart/form-data", EXIT.DATA, 415);
    }
    const body = await readBody(c.req.raw, deps.maxUploadBytes + MULTIPART_OVERHEAD);
    const form = await new Response(body, { headers: { "content-type": type } }).formData().catch(() => {
      throw new CasefileError("upload.malformed", "the form data could not be parsed", EXIT.DATA, 400);
    });
    if (deps.csrf && !deps.csrf.check(form.get("csrf"))) throw new CasefileError("upload.bad-token", "the form has expired or was not sent from this page: open the upload page again", EXIT.USAGE, 403);
    const file = form.get("file");
    if (!file || typeof file === "string") throw new CasefileError("upload.no-file", "choose a file to read", EXIT.DATA, 422);
    if (file.size > deps.maxUploadBytes) throw new CasefileError("upload.too-large", `upload exceeds ${deps.maxUploadBytes} bytes`, EXIT.DATA, 413);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const format = uploadFormat(file.type || "application/octet-stream", bytes);
    const reading = await deps.read({ path: uploadName(file.name, format), bytes });
    if (form.get("store")) {
      const put = await store.put(reading);
      return c.redirect(`/documents/${put.id}`, 303);
    }
    return c.html(documentPage({ reading }, "Read, not stored."));
  });
}
