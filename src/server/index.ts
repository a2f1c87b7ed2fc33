/**
 * The HTTP API and the viewer in one Hono app over a `Store`. Errors are mapped to
 * responses in one place (`onError`); routes only throw `CasefileError`.
 */
import { serve } from "@hono/node-server";
import { Hono, type Context } from "hono";
import { CasefileError, EXIT } from "../model/errors.js";
import type { Reading } from "../model/types.js";
import type { Store } from "../store/types.js";
import { caseOf } from "./case-param.js";
import { registerWebRoutes } from "../web/index.js";
import { errorPage, markedSnippet } from "../web/pages.js";
import { registerCitationLookup } from "./citation-lookup.js";
import { formTokens, isLoopback, ownHostNames, requestGuard } from "./guard.js";
import { OPENAPI } from "./openapi.js";
import { readPool } from "./read-pool.js";
import { isCount, isIsoDate, rowId } from "./params.js";
import { MAX_UPLOAD_BYTES, readBody, uploadFormat, uploadName } from "./upload.js";

export { rowId } from "./params.js";

/** Reads one document's bytes: `read` from the pipeline, or a stand-in in tests. @example const read: ReadFn = pipelineRead; */
export type ReadFn = (input: { path: string; bytes: Uint8Array }) => Promise<Reading>;

export interface AppOptions {
  /** Defaults to the pipeline's `read` (loaded on first upload). */
  read?: ReadFn;
  /** Uploads above this many bytes are refused with 413. Default 25 MB. */
  maxUploadBytes?: number;
  /** Where unexpected errors are reported; default stderr. */
  log?: (line: string) => void;
  /** Host names served besides loopback ones (DNS rebinding guard); `startServer` adds the address it listens on. */
  allowedHosts?: readonly string[];
}

/** The pipeline's `read`, imported lazily so the server starts without loading it. @example await pipelineRead({ path: "a.txt", bytes }) */
export const pipelineRead: ReadFn = async (input) => {
  const mod = await import("../read.js");
  return mod.read(input);
};

function intParam(c: Context, name: string): number | undefined {
  const v = c.req.query(name);
  if (v === undefined || v === "") return undefined;
  if (!isCount(v)) throw new CasefileError("bad-request", `${name} must be a non-negative integer`, EXIT.USAGE, 400);
  return Number(v);
}

function dateParam(c: Context, name: string): string | undefined {
  const v = c.req.query(name);
  if (!v) return undefined;
  if (!isIsoDate(v)) throw new CasefileError("bad-request", `${name} must be an ISO date (YYYY-MM-DD)`, EXIT.USAGE, 400);
  return v;
}

/** Search filters from a query string. @example store.search(q, searchParams(c)) */
export function searchParams(c: Context) {
  return {
    court: c.req.query("court") || undefined,
    judge: c.req.query("judge") || undefined,
    from: dateParam(c, "from"),
    to: dateParam(c, "to"),
    disposition: c.req.query("disposition") || undefined,
    limit: intParam(c, "limit"),
    offset: intParam(c, "offset"),
  };
}

const wantsJson = (path: string) => path.startsWith("/api/") || path === "/openapi.json";

/**
 * Builds the app; test it in-process with `app.request()`.
 *
 * @example const app = createApp(SqliteStore.open(":memory:")); const res = await app.request("/api/search?q=stay");
 */
export function createApp(store: Store, options: AppOptions = {}): Hono {
  const read = options.read ?? pipelineRead;
  const maxUploadBytes = options.maxUploadBytes ?? MAX_UPLOAD_BYTES;
  const log = options.log ?? ((line: string) => process.stderr.write(line + "\n"));
  const app = new Hono();
  const csrf = formTokens();

  app.use("*", async (c, next) => {
    await next();
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Referrer-Policy", "no-referrer");
    // Court text is data: even if markup slipped through, no script would run.
    if ((c.res.headers.get("content-type") ?? "").startsWith("text/html")) {
      c.header("Content-Security-Policy", "default-src 'none'; script-src 'self'; worker-src 'self'; connect-src 'self'; font-src 'self'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
    }
  });

  // After the headers middleware, so a refusal carries them too.
  app.use("*", requestGuard({ allowedHosts: options.allowedHosts }));

  app.onError((err, c) => {
    let status = 500;
    let code = "internal";
    let message = "internal error";
    if (err instanceof CasefileError) {
      status = err.status;
      code = err.code;
      message = err.message;
    } else {
      log(`casefile serve: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
    if (wantsJson(c.req.path)) return c.json({ error: { code, message } }, status as 400);
    return c.html(errorPage(status, message), status as 400);
  });
  app.notFound((c) => {
    // A path served under other methods is a 405 with the methods it takes, not a 404.
    const allow = methodsOf(app, c.req.path).filter((m) => m !== c.req.method);
    if (allow.length) {
      c.header("Allow", allow.join(", "));
      if (wantsJson(c.req.path)) return c.json({ error: { code: "method-not-allowed", message: `${c.req.method} is not served at ${c.req.path}; use ${allow.join(" or ")}` } }, 405);
      return c.html(errorPage(405, `${c.req.method} is not served here`), 405);
    }
    if (wantsJson(c.req.path)) return c.json({ error: { code: "not-found", message: `no route ${c.req.method} ${c.req.path}` } }, 404);
    return c.html(errorPage(404, "no such page"), 404);
  });

  app.get("/openapi.json", (c) => c.json(OPENAPI));

  app.get("/api/search", async (c) => {
    const result = await store.search(c.req.query("q") ?? "", searchParams(c));
    return c.json({ ...result, hits: result.hits.map((h) => ({ ...h, snippetHtml: markedSnippet(h.snippet, h.marks).value })) });
  });

  app.get("/api/documents/:id", async (c) => {
    const doc = await store.document(rowId(c.req.param("id")));
    if (!doc) throw new CasefileError("not-found", "no such document", EXIT.NO_INPUT, 404);
    return c.json(doc);
  });

  app.get("/api/authorities", async (c) =>
    c.json(await store.authorities({ court: c.req.query("court") || undefined, judge: c.req.query("judge") || undefined, kind: c.req.query("kind") || undefined, limit: intParam(c, "limit") })),
  );

  app.get("/api/authorities/:id", async (c) => {
    const a = await store.authority(rowId(c.req.param("id")));
    if (!a) throw new CasefileError("not-found", "no such authority", EXIT.NO_INPUT, 404);
    return c.json(a);
  });

  app.get("/api/cited-by", async (c) => {
    const citation = c.req.query("citation")?.trim();
    if (!citation) throw new CasefileError("bad-request", "citation is required, e.g. ?citation=673 F.2d 1020", EXIT.USAGE, 400);
    if (citation.length > 500) throw new CasefileError("bad-request", "citation is too long", EXIT.USAGE, 400);
    return c.json(await store.citedBy(citation));
  });

  app.get("/api/cases", async (c) => {
    const pending = c.req.query("pending");
    if (pending !== undefined && pending !== "" && pending !== "true" && pending !== "false") throw new CasefileError("bad-request", "pending must be true or false", EXIT.USAGE, 400);
    return c.json(
      await store.cases({ court: c.req.query("court") || undefined, judge: c.req.query("judge") || undefined, pending: pending === "true", limit: intParam(c, "limit"), offset: intParam(c, "offset") }),
    );
  });

  app.get("/api/cases/:id", async (c) => {
    const detail = await caseOf(store, c.req.param("id"));
    return c.json(detail);
  });

  app.get("/api/rulings/stats", async (c) =>
    c.json(
      await store.rulingStats({
        judge: c.req.query("judge") || undefined,
        court: c.req.query("court") || undefined,
        requestType: c.req.query("requestType") || undefined,
        recommended: c.req.query("recommended") === "true",
      }),
    ),
  );

  /** Reads the request body as one document, with every limit applied. */
  const readUpload = async (c: Context): Promise<Reading> => {
    const bytes = await readBody(c.req.raw, maxUploadBytes);
    const format = uploadFormat(c.req.header("content-type"), bytes);
    return read({ path: uploadName(c.req.query("name"), format), bytes });
  };

  app.post("/api/read", async (c) => c.json(await readUpload(c)));

  app.post("/api/documents", async (c) => {
    const reading = await readUpload(c);
    const put = await store.put(reading);
    const doc = await store.document(put.id);
    const { reading: _r, authorityIds: _a, ...document } = doc!;
    return c.json({ ...put, document }, put.created ? 201 : 200);
  });

  registerCitationLookup(app, store);
  registerWebRoutes(app, { store, read, maxUploadBytes, csrf });
  return app;
}

/** The methods whose routes (not middleware) match a path. */
function methodsOf(app: Hono, path: string): string[] {
  const out: string[] = [];
  for (const m of ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"]) {
    const [matches] = app.router.match(m, path) as unknown as [[[unknown, { method: string }], unknown][]];
    if (matches.some(([[, route]]) => route && route.method !== "ALL")) out.push(m);
  }
  return out;
}

export interface ServeOptions extends AppOptions {
  port?: number;
  host?: string;
  /** Milliseconds one upload may be read for (in a worker thread) before it gets 503. Default 60 s. */
  readBudgetMs?: number;
}

/**
 * Serves the app over HTTP until `close()` is called.
 *
 * @example const { url, close } = await startServer(store, { port: 3000 });
 */
export function startServer(store: Store, options: ServeOptions = {}): Promise<{ url: string; port: number; close: () => Promise<void> }> {
  const host = options.host ?? "127.0.0.1";
  // Uploads are read in worker threads, each within a time budget: the event loop stays free.
  const pool = options.read ? null : readPool({ budgetMs: options.readBudgetMs });
  const app = createApp(store, { ...options, read: options.read ?? pool!.read, allowedHosts: [...(options.allowedHosts ?? []), ...(isLoopback(host) ? [] : ownHostNames(host))] });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port ?? 3000, hostname: host }, (info) => {
      const shown = host.includes(":") ? `[${host}]` : host;
      resolve({ url: `http://${shown}:${info.port}`, port: info.port, close: () => new Promise<void>((done) => {
        server.close(() => void (pool ? pool.close() : Promise.resolve()).then(() => done()));
        // Idle keep-alive sockets would hold close() open until they time out.
        (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
      }) });
    });
    server.once("error", (err: NodeJS.ErrnoException) => {
      if (err.code === "EADDRINUSE") reject(new CasefileError("serve.port-in-use", `port ${options.port} on ${host} is already in use`, EXIT.IO, 500));
      else reject(err);
    });
  });
}
