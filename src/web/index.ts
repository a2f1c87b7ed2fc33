/**
 * The viewer's routes: search, document, authority and upload pages, served by the
 * same app as the API and calling the same store verbs.
 */
import type { Context, Hono } from "hono";
import { CasefileError, EXIT } from "../model/errors.js";
import type { Reading } from "../model/types.js";
import type { Store } from "../store/types.js";
import { isIsoDate, rowId } from "../server/params.js";
import { readBody, uploadFormat, uploadName } from "../server/upload.js";
import { caseOf } from "../server/case-param.js";
import { casePage, casesPage } from "./case-pages.js";
import { authoritiesPage, authorityPage, documentPage, searchPage, uploadPage } from "./pages.js";

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

/**
 * Adds the viewer's pages to an app.
 *
 * @example registerWebRoutes(app, { store, read, maxUploadBytes: 25 << 20 });
 */
export function registerWebRoutes(app: Hono, deps: WebDeps): void {
  const { store } = deps;

  app.get("/", async (c) => {
    const q = c.req.query("q") ?? "";
    const offset = Number(c.req.query("offset") ?? "0");
    const options = {
      court: c.req.query("court") || undefined,
      judge: c.req.query("judge") || undefined,
      from: dateOrUndefined(c, "from"),
      to: dateOrUndefined(c, "to"),
      disposition: c.req.query("disposition") || undefined,
      limit: 20,
      offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
    };
    const asked = q.trim() !== "" || Boolean(options.court || options.judge || options.from || options.to || options.disposition);
    return c.html(searchPage(q, options, asked ? await store.search(q, options) : null));
  });

  app.get("/documents/:id", async (c) => {
    const doc = await store.document(rowId(c.req.param("id")));
    if (!doc) throw new CasefileError("not-found", "no such document", EXIT.NO_INPUT, 404);
    return c.html(documentPage(doc));
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
