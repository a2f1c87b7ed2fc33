/**
 * The API's routes, each declared once with `createRoute`: its parameters' zod schemas
 * check every request before the handler runs (a bad or unknown parameter is a 400
 * problem), and the same declarations generate `/openapi.json`.
 */
import { createRoute, type OpenAPIHono, type RouteConfig, z } from "@hono/zod-openapi";
import type { BlankEnv } from "hono/types";
import type { Context } from "hono";
import { CasefileError, EXIT } from "../model/errors.js";
import type { Reading } from "../model/types.js";
import type { Store } from "../store/types.js";
import { markedSnippet } from "../web/pages.js";
import { caseOf } from "./case-param.js";
import { decodeCursor, pageLinks } from "./paging.js";
import { problem, validationDetail } from "./problem.js";
import * as S from "./schemas.js";
import { readBody, uploadFormat, uploadName } from "./upload.js";

export interface ApiDeps {
  store: Store;
  read: (input: { path: string; bytes: Uint8Array }) => Promise<Reading>;
  maxUploadBytes: number;
  publicUrl?: string;
  /** Whether the server asks for API keys (the spec then says security is required). */
  keys: boolean;
}

const VERSION = "0.1.0";
const problemContent = { "application/problem+json": { schema: S.Problem } };
const err = (description: string) => ({ description, content: problemContent });
/** Every route may answer these. */
const COMMON = {
  400: err("A parameter is malformed, unknown, or out of range; `detail` says which"),
  401: err("An API key is required (the server was started with --api-key-file) and none, or an unknown one, was sent"),
  403: err("A write from another origin, or a Host that is not this server's"),
  429: err("Past the key's rate limit; Retry-After says when to try again"),
};
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { "application/json": { schema } } });
const uploadBody = {
  required: true,
  description: "The document's bytes as they are (not multipart): a PDF, plain text or HTML.",
  content: {
    "application/pdf": { schema: z.string().openapi({ format: "binary" }) },
    "text/plain": { schema: z.string() },
    "text/html": { schema: z.string() },
    "application/octet-stream": { schema: z.string().openapi({ format: "binary" }) },
  },
};
const uploadErrors = {
  413: err("Larger than the server's upload limit (25 MB by default)"),
  415: err("A content type casefile does not read"),
  422: err("Empty, not the declared kind of document, or unreadable"),
  503: err("The document took longer than the server's time budget to read"),
};

/** Keys a schema's object takes, to say them when an unknown one is sent. */
function keysOf(schema: unknown): string[] {
  const shape = (schema as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
}

/**
 * Adds a route with its validation hook: a failed path parameter is a 404 (the id names
 * nothing), any other a 400 problem naming the parameter.
 */
function route<R extends RouteConfig>(app: OpenAPIHono<BlankEnv>, config: R, handler: (c: Context) => Promise<Response> | Response): void {
  // A route that takes no query parameter refuses any too.
  const request = { ...config.request, query: config.request?.query ?? z.object({}).strict() };
  const allowed = keysOf(request.query);
  app.openapi(
    createRoute({ ...config, request }),
    handler as never,
    ((result: { success: boolean; target: string; error?: z.ZodError }, c: Context) => {
      if (result.success || !result.error) return;
      if (result.target === "param") return problem(c, 404, "not-found", "no such item");
      return problem(c, 400, "bad-request", validationDetail(result.error, result.target, (k) => c.req.query(k), allowed));
    }) as never,
  );
}

/** The validated query or path parameters of a request (set by the route's validator). */
const valid = <T>(c: Context, target: "query" | "param"): T => (c.req as unknown as { valid(t: string): T }).valid(target);

/**
 * Adds the API's routes and `/openapi.json`.
 *
 * @example registerApiRoutes(app, { store, read, maxUploadBytes: 25 << 20, keys: false })
 */
export function registerApiRoutes(app: OpenAPIHono<BlankEnv>, deps: ApiDeps): void {
  const { store, read, maxUploadBytes } = deps;

  app.openAPIRegistry.registerComponent("securitySchemes", "ApiKey", {
    type: "apiKey",
    in: "header",
    name: "X-API-Key",
    description: "Needed when the server was started with --api-key-file (the default when it listens on a non-loopback address). `Authorization: Bearer KEY` works too.",
  });

  route(
    app,
    {
      method: "get",
      path: "/api/health",
      operationId: "health",
      tags: ["meta"],
      summary: "Whether the server answers; it touches no store, so it is answered at once even while heavy queries run",
      responses: { 200: json(z.object({ status: z.literal("ok") }).openapi("Health"), "The server is up"), ...COMMON },
    },
    (c) => c.json({ status: "ok" as const }),
  );

  route(
    app,
    {
      method: "get",
      path: "/api/search",
      operationId: "searchDocuments",
      tags: ["documents"],
      summary: "Full-text search, ranked, with highlighted snippets",
      description: "Words, phrases, prefix*, AND/OR/NOT, court: and judge: (see `q`). With no terms, the filters alone list documents, newest first.",
      request: { query: S.SearchQuery },
      responses: { 200: json(S.pageOf(S.SearchHit, "SearchPage", { query: z.string() }), "A page of hits"), ...COMMON },
    },
    async (c) => {
      const q = valid<z.infer<typeof S.SearchQuery>>(c, "query");
      const offset = decodeCursor(q.cursor);
      const limit = q.limit ?? 20;
      const query = q.q ?? "";
      const result = await store.search(query, { court: q.court, judge: q.judge, from: q.from, to: q.to, disposition: q.disposition, limit, offset });
      return c.json({
        query,
        count: result.total,
        ...pageLinks(c, offset, limit, result.total),
        results: result.hits.map((h) => ({ ...h, snippetHtml: markedSnippet(h.snippet, h.marks).value })),
      });
    },
  );

  route(
    app,
    {
      method: "get",
      path: "/api/documents",
      operationId: "listDocuments",
      tags: ["documents"],
      summary: "Stored documents in brief, most recently stored first",
      request: { query: S.DocumentsQuery },
      responses: { 200: json(S.pageOf(S.DocumentSummary, "DocumentPage"), "A page of documents"), ...COMMON },
    },
    async (c) => {
      const q = valid<z.infer<typeof S.DocumentsQuery>>(c, "query");
      const offset = decodeCursor(q.cursor);
      const limit = q.limit ?? 20;
      const page = await store.documents({ court: q.court, judge: q.judge, limit, offset });
      return c.json({ count: page.count, ...pageLinks(c, offset, limit, page.count), results: page.results });
    },
  );

  route(
    app,
    {
      method: "get",
      path: "/api/documents/{id}",
      operationId: "getDocument",
      tags: ["documents"],
      summary: "A stored document: its casefile/1 reading and the authority of each citation",
      request: { params: S.IdParams },
      responses: { 200: json(S.StoredDocument, "The document"), 404: err("No such document"), ...COMMON },
    },
    async (c) => {
      const doc = await store.document(Number(valid<{ id: string }>(c, "param").id));
      if (!doc) throw new CasefileError("not-found", "no such document", EXIT.NO_INPUT, 404);
      return c.json(doc);
    },
  );

  route(
    app,
    {
      method: "delete",
      path: "/api/documents/{id}",
      operationId: "deleteDocument",
      tags: ["documents"],
      summary: "Remove a stored document and everything read from it",
      request: { params: S.IdParams },
      responses: { 204: { description: "Removed" }, 404: err("No such document"), ...COMMON },
    },
    async (c) => {
      const gone = await store.deleteDocument(Number(valid<{ id: string }>(c, "param").id));
      if (!gone) throw new CasefileError("not-found", "no such document", EXIT.NO_INPUT, 404);
      return c.body(null, 204);
    },
  );

  /** Reads the request body as one document, with every limit applied. */
  const readUpload = async (c: Context): Promise<Reading> => {
    const bytes = await readBody(c.req.raw, maxUploadBytes);
    const format = uploadFormat(c.req.header("content-type"), bytes);
    return read({ path: uploadName(valid<{ name?: string }>(c, "query").name, format), bytes });
  };

  route(
    app,
    {
      method: "post",
      path: "/api/documents",
      operationId: "storeDocument",
      tags: ["documents"],
      summary: "Read a document and store it (idempotent by content hash)",
      request: { query: S.NameQuery, body: uploadBody },
      responses: { 201: json(S.PutResult, "Stored"), 200: json(S.PutResult, "Already stored (the same sha256)"), ...uploadErrors, ...COMMON },
    },
    async (c) => {
      const reading = await readUpload(c);
      const put = await store.put(reading);
      const doc = await store.document(put.id);
      const { reading: _r, authorityIds: _a, ...document } = doc!;
      return c.json({ ...put, document }, put.created ? 201 : 200);
    },
  );

  route(
    app,
    {
      method: "post",
      path: "/api/read",
      operationId: "readDocument",
      tags: ["documents"],
      summary: "Read a document without storing it",
      request: { query: S.NameQuery, body: uploadBody },
      responses: { 200: json(S.Reading, "The reading (contract casefile/1)"), ...uploadErrors, ...COMMON },
    },
    async (c) => c.json(await readUpload(c)),
  );

  route(
    app,
    {
      method: "get",
      path: "/api/authorities",
      operationId: "listAuthorities",
      tags: ["authorities"],
      summary: "Authorities, most cited first",
      request: { query: S.AuthoritiesQuery },
      responses: { 200: json(S.pageOf(S.AuthorityCount, "AuthorityPage"), "A page of authorities"), ...COMMON },
    },
    async (c) => {
      const q = valid<z.infer<typeof S.AuthoritiesQuery>>(c, "query");
      const offset = decodeCursor(q.cursor);
      const limit = q.limit ?? 25;
      const filters = { court: q.court, judge: q.judge, kind: q.kind };
      const [count, results] = [await store.countAuthorities(filters), await store.authorities({ ...filters, limit, offset })];
      return c.json({ count, ...pageLinks(c, offset, limit, count), results });
    },
  );

  route(
    app,
    {
      method: "get",
      path: "/api/authorities/{id}",
      operationId: "getAuthority",
      tags: ["authorities"],
      summary: "One authority and every document and passage citing it",
      request: { params: S.IdParams },
      responses: { 200: json(S.AuthorityDetail, "The authority"), 404: err("No such authority"), ...COMMON },
    },
    async (c) => {
      const a = await store.authority(Number(valid<{ id: string }>(c, "param").id));
      if (!a) throw new CasefileError("not-found", "no such authority", EXIT.NO_INPUT, 404);
      return c.json(a);
    },
  );

  route(
    app,
    {
      method: "get",
      path: "/api/cited-by",
      operationId: "citedBy",
      tags: ["authorities"],
      summary: "Every document citing an authority, in any form (full, short, Id., supra)",
      description: "A citation that names no authority (`hello`) is a 400; one that names an authority no stored document cites answers with `authority: null`.",
      request: { query: S.CitedByQuery },
      responses: { 200: json(S.CitedByResult, "Citing documents with passages"), ...COMMON },
    },
    async (c) => {
      const { citation, broad } = valid<z.infer<typeof S.CitedByQuery>>(c, "query");
      const result = await store.citedBy(citation, { broad: broad === true });
      if (result.key === null) {
        const shown = citation.length > 60 ? citation.slice(0, 60) + "…" : citation;
        throw new CasefileError("bad-request", `citation: "${shown}" names no authority and no cited case is named so; write one as a brief would, e.g. 673 F.2d 1020, 28 U.S.C. § 1292(b), Fed. R. Civ. P. 59(e), or a case name`, EXIT.USAGE, 400);
      }
      return c.json(result);
    },
  );

  route(
    app,
    {
      method: "get",
      path: "/api/rulings/stats",
      operationId: "rulingStats",
      tags: ["rulings"],
      summary: "Counts of dispositions by request type and by judge",
      request: { query: S.RulingStatsQuery },
      responses: { 200: json(S.RulingStats, "Counts"), ...COMMON },
    },
    async (c) => {
      const q = valid<z.infer<typeof S.RulingStatsQuery>>(c, "query");
      return c.json(await store.rulingStats({ judge: q.judge, court: q.court, requestType: q.requestType, recommended: q.recommended }));
    },
  );

  route(
    app,
    {
      method: "get",
      path: "/api/cases",
      operationId: "listCases",
      tags: ["cases"],
      summary: "The cases stored documents belong to, by court and normalized case number",
      request: { query: S.CasesQuery },
      responses: { 200: json(S.pageOf(S.CaseSummary, "CasePage"), "A page of cases"), ...COMMON },
    },
    async (c) => {
      const q = valid<z.infer<typeof S.CasesQuery>>(c, "query");
      const offset = decodeCursor(q.cursor);
      const limit = q.limit ?? 100;
      const filters = { court: q.court, judge: q.judge, pending: q.pending };
      const [count, results] = [await store.countCases(filters), await store.cases({ ...filters, limit, offset })];
      return c.json({ count, ...pageLinks(c, offset, limit, count), results });
    },
  );

  route(
    app,
    {
      method: "get",
      path: "/api/cases/{id}",
      operationId: "getCase",
      tags: ["cases"],
      summary: "One case: its docket, each entry's documents and rulings, rulings joined to motions with days to decision, pending motions",
      request: { params: S.CaseParams },
      responses: { 200: json(S.CaseDetail, "The case"), 404: err("No such case"), ...COMMON },
    },
    async (c) => c.json(await caseOf(store, valid<{ id: string }>(c, "param").id)),
  );

  app.openAPIRegistry.registerPath({
    method: "post",
    path: "/api/rest/v4/citation-lookup",
    operationId: "citationLookup",
    tags: ["authorities"],
    summary: "CourtListener's citation lookup, against the loaded authorities",
    description: "Form fields (urlencoded, multipart, or a JSON object): `text`, or `volume`, `reporter` and `page`. Also served at the path with a trailing slash, as CourtListener's clients write it.",
    request: {
      body: {
        required: true,
        content: {
          "application/x-www-form-urlencoded": {
            schema: z.object({ text: z.string().optional(), volume: z.string().optional(), reporter: z.string().optional(), page: z.string().optional() }).openapi("CitationLookupForm"),
          },
        },
      },
    },
    responses: { 200: json(S.LookupResult, "One object per citation"), 501: err("This store keeps no authority database"), ...COMMON },
  });

  const document = (c: Context) => {
    const spec = app.getOpenAPI31Document({
      openapi: "3.1.0",
      info: {
        title: "casefile",
        version: VERSION,
        description:
          "Read U.S. court filings into structured data (contract casefile/1); search stored documents and walk the citation graph. Errors are RFC 9457 problem details. Lists page with cursors: follow `next` and `previous`.",
        license: { name: "MIT", url: "https://opensource.org/licenses/MIT" },
      },
      servers: [{ url: deps.publicUrl ?? new URL(c.req.url).origin, description: "This server" }],
      tags: [
        { name: "documents", description: "Reading, storing and finding documents" },
        { name: "authorities", description: "What documents cite, and who cites it" },
        { name: "rulings", description: "Dispositions counted" },
        { name: "cases", description: "Documents grouped by case, with dockets" },
        { name: "meta", description: "This description, and whether the server is up" },
      ],
      // Keys are optional unless the server was started with them.
      security: deps.keys ? [{ ApiKey: [] }] : [{ ApiKey: [] }, {}],
    });
    return spec;
  };

  route(
    app,
    {
      method: "get",
      path: "/openapi.json",
      operationId: "getOpenApi",
      tags: ["meta"],
      summary: "This description, OpenAPI 3.1, generated from the routes' schemas",
      security: [{}],
      responses: { 200: { description: "OpenAPI 3.1 document", content: { "application/json": { schema: z.looseObject({ openapi: z.string() }) } } }, 400: COMMON[400] },
    },
    (c) => c.json(document(c)),
  );
}
