/**
 * The HTTP API and the viewer in one Hono app over a `Store`. API routes are declared with
 * zod schemas (`api.ts`): their parameters are checked before a handler runs, and
 * `/openapi.json` is generated from the same schemas. Errors are mapped to responses in
 * one place (`onError`): RFC 9457 problem details for the API, an HTML page for the viewer.
 */
import { noDiskPaths } from "./no-paths.js";
import { availableParallelism } from "node:os";
import { serve } from "@hono/node-server";
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Hono } from "hono";
import type { BlankEnv } from "hono/types";
import { cors } from "hono/cors";
import { CasefileError, EXIT } from "../model/errors.js";
import type { Reading } from "../model/types.js";
import type { Store } from "../store/types.js";
import { registerWebRoutes } from "../web/index.js";
import { errorPage } from "../web/pages.js";
import { registerApiRoutes } from "./api.js";
import { apiKeyGuard, type ApiKey } from "./auth.js";
import { registerCitationLookup } from "./citation-lookup.js";
import { formTokens, isLoopback, ownHostNames, requestGuard } from "./guard.js";
import { isApiPath, problem } from "./problem.js";
import { readPool } from "./read-pool.js";
import { timeBudget } from "./budget.js";
import { offLoop, poolable, queryPool, type QueryPool } from "./query-pool.js";
import { MAX_UPLOAD_BYTES } from "./upload.js";

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
  /** When given, every request but `/openapi.json` needs one of these keys (401), within its rate (429). */
  apiKeys?: readonly ApiKey[];
  /** Origins allowed to call the API from a browser (CORS); none by default. */
  corsOrigins?: readonly string[];
  /** The base URL `/openapi.json` names in `servers`; default the URL it was asked at. */
  publicUrl?: string;
  /** Heavy read queries (search, cited-by, lists) go to these worker threads instead of the store itself. */
  queries?: QueryPool;
  /** Milliseconds a GET may take before it is answered 503. Default 30 s. */
  requestBudgetMs?: number;
  /** Milliseconds a write (an upload being read, then stored) may take before it is answered 503. Default 90 s. */
  writeBudgetMs?: number;
}

/** The pipeline's `read`, imported lazily so the server starts without loading it. @example await pipelineRead({ path: "a.txt", bytes }) */
export const pipelineRead: ReadFn = async (input) => {
  const mod = await import("../read.js");
  return mod.read(input);
};

/**
 * Builds the app; test it in-process with `app.request()`.
 *
 * @example const app = createApp(SqliteStore.open(":memory:")); const res = await app.request("/api/search?q=stay");
 */
export function createApp(rawStore: Store, options: AppOptions = {}): Hono {
  // Heavy queries off the event loop when a pool is given; the citation lookup keeps the store itself.
  const store = options.queries ? offLoop(rawStore, options.queries) : rawStore;
  const read = options.read ?? pipelineRead;
  const maxUploadBytes = options.maxUploadBytes ?? MAX_UPLOAD_BYTES;
  const log = options.log ?? ((line: string) => process.stderr.write(line + "\n"));
  const app = new OpenAPIHono<BlankEnv>();
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

  // CORS only when configured: a browser page elsewhere may then read the API, nothing more.
  const corsOrigins = options.corsOrigins ?? [];
  if (corsOrigins.length) {
    app.use("/api/*", cors({ origin: [...corsOrigins], allowHeaders: ["X-API-Key", "Authorization", "Content-Type"], allowMethods: ["GET", "POST", "DELETE"], exposeHeaders: ["Retry-After", "RateLimit-Limit", "RateLimit-Remaining"], maxAge: 600 }));
  }
  // After the headers middleware, so a refusal carries them too.
  app.use("*", requestGuard({ allowedHosts: options.allowedHosts, allowedOrigins: corsOrigins }));
  if (options.apiKeys?.length) app.use("*", apiKeyGuard(options.apiKeys));
  const requestBudget = options.requestBudgetMs ?? 30_000;
  const writeBudget = options.writeBudgetMs ?? 90_000;
  app.use("*", timeBudget((c) => (c.req.method === "GET" || c.req.method === "HEAD" ? requestBudget : writeBudget)));

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
    if (isApiPath(c.req.path)) return problem(c, status, code, message);
    return c.html(errorPage(status, message), status as 400);
  });
  app.notFound((c) => {
    // A path served under other methods is a 405 with the methods it takes, not a 404.
    const allow = methodsOf(app, c.req.path).filter((m) => m !== c.req.method);
    if (allow.length) {
      if (isApiPath(c.req.path)) return problem(c, 405, "method-not-allowed", `${c.req.method} is not served at ${c.req.path}; use ${allow.join(" or ")}`, { Allow: allow.join(", ") });
      c.header("Allow", allow.join(", "));
      return c.html(errorPage(405, `${c.req.method} is not served here`), 405);
    }
    if (isApiPath(c.req.path)) return problem(c, 404, "not-found", `no route ${c.req.method} ${c.req.path}`);
    return c.html(errorPage(404, "no such page"), 404);
  });

  app.use("/api/*", noDiskPaths());
  registerApiRoutes(app, { store, read, maxUploadBytes, publicUrl: options.publicUrl, keys: Boolean(options.apiKeys?.length) });
  registerCitationLookup(app, rawStore);
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
  /**
   * Whether requests need a key. Default: when the host is not a loopback address. Serving
   * such a host without keys needs `requireApiKey: false`, said on purpose.
   */
  requireApiKey?: boolean;
  /** Milliseconds one upload may be read for (in a worker thread) before it gets 503. Default 60 s. */
  readBudgetMs?: number;
  /**
   * Threads answering heavy queries of an SQLite file store (off the event loop). Default: one
   * core fewer than the machine has (at least 1, at most 4), so the event loop keeps a core
   * for cheap requests; 0 answers them in-process.
   */
  queryWorkers?: number;
}

/**
 * Serves the app over HTTP until `close()` is called.
 *
 * @example const { url, close } = await startServer(store, { port: 3000 });
 */
export function startServer(store: Store, options: ServeOptions = {}): Promise<{ url: string; port: number; close: () => Promise<void> }> {
  const host = options.host ?? "127.0.0.1";
  const required = options.requireApiKey ?? !isLoopback(host);
  if (required && !options.apiKeys?.length) {
    return Promise.reject(
      new CasefileError("serve.api-key-required", `${host} is not a loopback address: give --api-key-file FILE, or --no-api-key to serve every client without one`, EXIT.USAGE, 400),
    );
  }
  // Uploads are read in worker threads, each within a time budget: the event loop stays free.
  const pool = options.read ? null : readPool({ budgetMs: options.readBudgetMs });
  // Heavy queries of an SQLite file run in worker threads with their own read-only connections;
  // PostgreSQL's are already asynchronous, and `:memory:` has no file to share.
  const queries = options.queries ?? (poolable(store) && options.queryWorkers !== 0 ? queryPool({ path: store.path, size: options.queryWorkers ?? Math.max(1, Math.min(4, availableParallelism() - 1)), budgetMs: options.requestBudgetMs }) : undefined);
  const ownQueries = options.queries ? undefined : queries;
  const writeBudgetMs = options.writeBudgetMs ?? (options.readBudgetMs ?? 60_000) + 30_000;
  const app = createApp(store, { ...options, queries, writeBudgetMs, read: options.read ?? pool!.read, allowedHosts: [...(options.allowedHosts ?? []), ...(isLoopback(host) ? [] : ownHostNames(host))] });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port ?? 3000, hostname: host }, (info) => {
      const shown = host.includes(":") ? `[${host}]` : host;
      resolve({ url: `http://${shown}:${info.port}`, port: info.port, close: () => new Promise<void>((done) => {
        server.close(() => void Promise.all([pool?.close(), ownQueries?.close()]).then(() => done()));
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
