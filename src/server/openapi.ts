/**
 * The HTTP API described by hand in OpenAPI 3.1. Kept beside the routes it describes;
 * the server test checks that every route the app serves appears here.
 */

const str = { type: "string" };
const strOrNull = { type: ["string", "null"] };
const int = { type: "integer" };
const q = (name: string, description: string, schema: object = str, required = false) => ({ name, in: "query", required, description, schema });
const idParam = { name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1 } };
const json = (ref: string) => ({ "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } });
const errors = {
  "400": { description: "Bad request", content: json("Error") },
  "404": { description: "Not found", content: json("Error") },
};
const uploadBody = {
  required: true,
  description: "The document's bytes, as they are (not multipart).",
  content: {
    "application/pdf": { schema: { type: "string", format: "binary" } },
    "text/plain": { schema: { type: "string" } },
    "text/html": { schema: { type: "string" } },
    "application/octet-stream": { schema: { type: "string", format: "binary" } },
  },
};
const uploadErrors = {
  "413": { description: "Upload larger than the server's limit (25 MB by default)", content: json("Error") },
  "415": { description: "A content type casefile does not read", content: json("Error") },
  "422": { description: "Empty, or bytes that are not the declared kind of document, or unreadable", content: json("Error") },
};
const summary = {
  type: "object",
  required: ["id", "sha256", "path"],
  properties: { id: int, sha256: str, path: str, title: strOrNull, court: strOrNull, caseNumber: strOrNull, date: strOrNull, judge: strOrNull },
};
const authorityCount = {
  type: "object",
  required: ["id", "key", "kind", "label", "citations", "documents"],
  properties: {
    id: int,
    key: { type: "string", examples: ["case:673|F.2d|1020", "statute:28|U.S.C.|1292", "rule:Fed. R. Civ. P.|59"] },
    kind: { enum: ["case", "statute", "rule", "record", "regulation", "constitution"] },
    label: str,
    citations: { type: "integer", description: "Every form counts: full, short, Id., supra" },
    documents: int,
  },
};

/** @example app.get("/openapi.json", (c) => c.json(OPENAPI)) */
export const OPENAPI = {
  openapi: "3.1.0",
  info: {
    title: "casefile",
    version: "0.1.0",
    description: "Read U.S. court filings into structured data (contract casefile/1); search stored documents and walk the citation graph.",
  },
  paths: {
    "/api/search": {
      get: {
        summary: "Full-text search, ranked by bm25, with highlighted snippets",
        parameters: [
          q("q", 'Words and "quoted phrases"; OR between terms. Operators are otherwise searched as text.'),
          q("court", "Court id, e.g. casd"),
          q("judge", "Any part of the judge's name"),
          q("from", "ISO date, inclusive", { type: "string", format: "date" }),
          q("to", "ISO date, inclusive", { type: "string", format: "date" }),
          q("disposition", "Documents with a ruling of this disposition"),
          q("limit", "1–200, default 20", int),
          q("offset", "default 0", int),
        ],
        responses: { "200": { description: "Hits", content: json("SearchResult") }, ...errors },
      },
    },
    "/api/documents": {
      post: {
        summary: "Read a document and store it (idempotent by content hash)",
        parameters: [q("name", "A display name for the document; never used as a path")],
        requestBody: uploadBody,
        responses: {
          "201": { description: "Stored", content: json("PutResult") },
          "200": { description: "Already stored (same sha256)", content: json("PutResult") },
          ...uploadErrors,
        },
      },
    },
    "/api/documents/{id}": {
      get: {
        summary: "A stored document: its casefile/1 reading and the authority of each citation",
        parameters: [idParam],
        responses: { "200": { description: "The document", content: json("StoredDocument") }, ...errors },
      },
    },
    "/api/read": {
      post: {
        summary: "Read a document without storing it",
        parameters: [q("name", "A display name for the document; never used as a path")],
        requestBody: uploadBody,
        responses: { "200": { description: "The reading (contract casefile/1)", content: json("Reading") }, ...uploadErrors },
      },
    },
    "/api/authorities": {
      get: {
        summary: "Most-cited authorities",
        parameters: [q("court", "Only citations in this court's documents"), q("judge", "Only citations in this judge's documents"), q("kind", "case, statute, rule, record …"), q("limit", "1–1000, default 25", int)],
        responses: { "200": { description: "Authorities, most cited first", content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/AuthorityCount" } } } } }, ...errors },
      },
    },
    "/api/authorities/{id}": {
      get: {
        summary: "One authority and every document and passage citing it",
        parameters: [idParam],
        responses: { "200": { description: "The authority", content: json("AuthorityDetail") }, ...errors },
      },
    },
    "/api/cited-by": {
      get: {
        summary: "Every document citing an authority, in any form (full, short, Id., supra)",
        parameters: [q("citation", "A citation as written, e.g. 673 F.2d 1020, 28 U.S.C. § 1292(b), Fed. R. Civ. P. 59(e); or an authority key", str, true)],
        responses: { "200": { description: "Citing documents with passages", content: json("CitedByResult") }, ...errors },
      },
    },
    "/api/rulings/stats": {
      get: {
        summary: "Counts of dispositions by request type and by judge",
        parameters: [
          q("judge", "Any part of the judge's name"),
          q("court", "Court id"),
          q("requestType", "e.g. stay, dismissal, reconsideration"),
          q("recommended", "true: count magistrate judges' recommendations instead of decisions"),
        ],
        responses: { "200": { description: "Counts", content: json("RulingStats") }, ...errors },
      },
    },
    "/api/cases": {
      get: {
        summary: "The cases stored documents belong to, grouped by court and normalized case number",
        parameters: [q("court", "Court id, e.g. casd"), q("judge", "Any part of the judge's name"), q("pending", "true: only cases with a pending motion"), q("limit", "1–1000, default 100", int), q("offset", "default 0", int)],
        responses: { "200": { description: "Cases", content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/CaseSummary" } } } } }, ...errors },
      },
    },
    "/api/cases/{id}": {
      get: {
        summary: "One case: its docket, each entry's stored documents and rulings, rulings joined to motion entries with days to decision, pending motions",
        parameters: [{ name: "id", in: "path", required: true, description: "court:number, e.g. casd:3:17-cv-00218 (- for no court); the number in any printed form", schema: { type: "string", examples: ["casd:3:17-cv-00218"] } }],
        responses: { "200": { description: "The case", content: json("CaseDetail") }, ...errors },
      },
    },
    "/api/rest/v4/citation-lookup/": {
      post: {
        summary: "CourtListener's citation lookup, against the loaded authorities: form fields text, or volume, reporter and page",
        requestBody: {
          content: {
            "application/x-www-form-urlencoded": {
              schema: { type: "object", properties: { text: str, volume: str, reporter: str, page: str } },
            },
          },
        },
        responses: {
          "200": {
            description: "One object per citation: citation, normalized_citations, start_index, end_index, status (200, 300, 400, 404, 429), error_message, clusters",
            content: { "application/json": { schema: { type: "array", items: { type: "object" } } } },
          },
          ...errors,
        },
      },
    },
    "/openapi.json": { get: { summary: "This description", responses: { "200": { description: "OpenAPI 3.1 document" } } } },
  },
  components: {
    schemas: {
      Error: {
        type: "object",
        required: ["error"],
        properties: { error: { type: "object", required: ["code", "message"], properties: { code: str, message: str } } },
      },
      DocumentSummary: summary,
      Marks: { type: "array", items: { type: "object", properties: { start: int, end: int } } },
      SearchResult: {
        type: "object",
        properties: {
          query: str,
          total: int,
          hits: {
            type: "array",
            items: {
              allOf: [
                { $ref: "#/components/schemas/DocumentSummary" },
                { type: "object", properties: { rank: { type: "number" }, snippet: str, marks: { $ref: "#/components/schemas/Marks" }, snippetHtml: { type: "string", description: "snippet, escaped, with <mark> around matches" } } },
              ],
            },
          },
        },
      },
      Passage: {
        type: "object",
        properties: {
          citation: { type: "integer", description: "Index into the document's citations[]" },
          kind: str,
          text: str,
          start: int,
          end: int,
          page: { type: ["integer", "null"] },
          line: { type: ["integer", "null"] },
          snippet: str,
          markStart: int,
          markEnd: int,
        },
      },
      CitingDocument: { allOf: [{ $ref: "#/components/schemas/DocumentSummary" }, { type: "object", properties: { passages: { type: "array", items: { $ref: "#/components/schemas/Passage" } } } }] },
      AuthorityCount: authorityCount,
      AuthorityDetail: { allOf: [{ $ref: "#/components/schemas/AuthorityCount" }, { type: "object", properties: { citedBy: { type: "array", items: { $ref: "#/components/schemas/CitingDocument" } } } }] },
      CitedByResult: {
        type: "object",
        properties: {
          query: str,
          key: strOrNull,
          authority: { oneOf: [{ $ref: "#/components/schemas/AuthorityCount" }, { type: "null" }] },
          documents: { type: "array", items: { $ref: "#/components/schemas/CitingDocument" } },
        },
      },
      RulingCount: { type: "object", properties: { group: str, total: int, dispositions: { type: "object", additionalProperties: int } } },
      RulingStats: {
        type: "object",
        properties: { total: int, byRequestType: { type: "array", items: { $ref: "#/components/schemas/RulingCount" } }, byJudge: { type: "array", items: { $ref: "#/components/schemas/RulingCount" } } },
      },
      CaseSummary: {
        type: "object",
        required: ["id", "court", "caseNumber"],
        properties: {
          id: { type: "string", examples: ["casd:3:17-cv-00218"] },
          court: strOrNull,
          caseNumber: { type: "string", description: "office:yy-type-nnnnn, without judges' initials" },
          title: strOrNull,
          judge: strOrNull,
          dateFiled: strOrNull,
          dateTerminated: strOrNull,
          documents: int,
          entries: int,
          pendingMotions: int,
        },
      },
      CaseRuling: {
        type: "object",
        properties: {
          disposition: str,
          request: str,
          entry: { type: ["string", "null"], description: "The entry that decided it" },
          motionEntry: { type: ["string", "null"], description: "The motion's entry" },
          filed: strOrNull,
          decided: strOrNull,
          daysToDecision: { type: ["integer", "null"] },
          document: { type: ["integer", "null"], description: "The stored document it was read from" },
        },
      },
      CaseDocument: { type: "object", properties: { id: int, path: str, kind: strOrNull, title: strOrNull } },
      CaseDetail: {
        type: "object",
        required: ["id", "court", "caseNumber", "entries", "rulings", "pendingMotions"],
        properties: {
          id: str,
          court: strOrNull,
          caseNumber: str,
          title: strOrNull,
          judge: strOrNull,
          parties: { type: "array", items: { type: "object", properties: { name: str, role: str, attorneys: { type: "array", items: str } } } },
          dateFiled: strOrNull,
          dateTerminated: strOrNull,
          entries: {
            type: "array",
            items: {
              type: "object",
              properties: {
                number: strOrNull,
                dateFiled: strOrNull,
                dateEntered: strOrNull,
                description: str,
                refs: { type: "array", items: str },
                documents: { type: "array", items: { $ref: "#/components/schemas/CaseDocument" } },
                rulings: { type: "array", items: { $ref: "#/components/schemas/CaseRuling" } },
              },
            },
          },
          rulings: { type: "array", items: { $ref: "#/components/schemas/CaseRuling" } },
          pendingMotions: { type: "array", items: { type: "object", properties: { entry: str, description: str, filed: strOrNull } } },
          documents: {
            type: "array",
            items: { allOf: [{ $ref: "#/components/schemas/CaseDocument" }, { type: "object", properties: { entry: strOrNull, attachment: strOrNull, date: strOrNull } }] },
          },
          recordCites: {
            type: "array",
            items: { type: "object", properties: { document: int, citation: int, text: str, entry: str, attachment: strOrNull, target: { type: ["integer", "null"] } } },
          },
        },
      },
      PutResult: { type: "object", properties: { id: int, created: { type: "boolean" }, document: { $ref: "#/components/schemas/DocumentSummary" } } },
      StoredDocument: {
        allOf: [
          { $ref: "#/components/schemas/DocumentSummary" },
          { type: "object", properties: { authorityIds: { type: "array", items: { type: ["integer", "null"] } }, reading: { $ref: "#/components/schemas/Reading" } } },
        ],
      },
      Reading: {
        type: "object",
        description: "The casefile/1 contract (see DESIGN.md): schema, source, stamp, caption, date, judge, text, pages, sections, footnotes, citations, rulings, events, findings.",
        required: ["schema", "source", "caption", "text", "citations", "rulings", "events", "findings"],
        properties: { schema: { const: "casefile/1" } },
        additionalProperties: true,
      },
    },
  },
} as const;
