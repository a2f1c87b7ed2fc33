/* eslint-disable @typescript-eslint/no-explicit-any -- the spec is probed field by field */
// Issue 14, "the OpenAPI is thin": the description is generated from the routes' zod
// schemas, and it says what a client needs: operationIds, typed shapes, license, servers,
// the API-key scheme. Responses are checked against the same schemas.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import type { Citation } from "../../src/model/types.js";
import { createApp } from "../../src/server/index.js";
import * as S from "../../src/server/schemas.js";
import { SqliteStore } from "../../src/store/index.js";
import { storeCaseInputs } from "../cases/fixture.js";
import { caseCite, sampleOrder } from "../store/factory.js";

const parse = (text: string): Citation[] => (/^\d+ \S+ \d+$/.test(text) ? [{ ...caseCite(text), start: 0, end: text.length, antecedent: null } as Citation] : []);
const METHODS = ["get", "post", "put", "patch", "delete"];

async function spec(options: Parameters<typeof createApp>[1] = {}) {
  const app = createApp(SqliteStore.open(":memory:"), { log: () => undefined, ...options });
  const res = await app.request("http://127.0.0.1:3000/openapi.json");
  assert.equal(res.status, 200);
  return (await res.json()) as any;
}

test("openapi.json: operationIds, license, servers, an API-key scheme, problems for errors", async () => {
  const doc = await spec();
  assert.equal(doc.openapi, "3.1.0");
  assert.equal(doc.info.license.name, "MIT");
  assert.deepEqual(doc.servers, [{ url: "http://127.0.0.1:3000", description: "This server" }]);
  assert.deepEqual(doc.components.securitySchemes.ApiKey, { type: "apiKey", in: "header", name: "X-API-Key", description: doc.components.securitySchemes.ApiKey.description });
  assert.deepEqual(doc.security, [{ ApiKey: [] }, {}], "optional while the server asks for no key");
  assert.deepEqual((await spec({ apiKeys: [{ key: "k".repeat(20), perMinute: 60 }] })).security, [{ ApiKey: [] }]);
  assert.equal((await spec({ publicUrl: "https://casefile.example" })).servers[0].url, "https://casefile.example");
  const ids = new Set<string>();
  for (const [path, item] of Object.entries<any>(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      assert.match(op.operationId ?? "", /^[a-z][A-Za-z]+$/, `${method} ${path} has an operationId`);
      assert.ok(!ids.has(op.operationId), `operationId ${op.operationId} is unique`);
      ids.add(op.operationId);
      assert.ok(op.summary, `${method} ${path} has a summary`);
      const errors = Object.entries<any>(op.responses).filter(([code]) => /^[45]/.test(code));
      assert.ok(errors.length > 0, `${method} ${path} says its errors`);
      for (const [code, r] of errors) assert.deepEqual(r.content, { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } }, `${method} ${path} ${code}`);
    }
  }
  assert.ok(ids.size >= 14);
  for (const id of ["listDocuments", "deleteDocument", "searchDocuments", "listAuthorities", "listCases"]) assert.ok(ids.has(id), id);
});

test("openapi.json: Reading is typed (casefile/1's top-level fields), parameters carry their constraints", async () => {
  const doc = await spec();
  const reading = doc.components.schemas.Reading;
  for (const field of ["schema", "source", "stamp", "caption", "kind", "author", "date", "judge", "text", "pages", "sections", "footnotes", "emphasis", "citations", "rulings", "events", "findings", "docket"]) {
    assert.ok(reading.properties[field], `Reading.${field} is described`);
  }
  assert.deepEqual(reading.properties.schema, { type: "string", enum: ["casefile/1"] });
  assert.deepEqual(reading.properties.citations.items, { $ref: "#/components/schemas/Citation" });
  assert.ok(doc.components.schemas.Citation.properties.kind.enum.includes("case-short"));
  assert.ok(doc.components.schemas.Ruling.properties.disposition.enum.includes("granted-in-part"));
  const search = doc.paths["/api/search"].get.parameters;
  const p = (name: string) => search.find((x: any) => x.name === name);
  assert.equal(p("from").schema.format, "date");
  assert.equal(p("limit").schema.maximum, 200);
  assert.ok(p("disposition").schema.enum.includes("denied"));
  assert.match(p("q").description, /NOT/);
  assert.deepEqual(doc.paths["/api/authorities"].get.parameters.find((x: any) => x.name === "kind").schema.enum, ["case", "statute", "rule", "record", "regulation", "constitution"]);
});

test("what the API answers conforms to the schemas the description is made of", async () => {
  const store = SqliteStore.open(":memory:", { parseCitations: parse });
  await store.put(sampleOrder(1));
  await store.put(sampleOrder(2, { court: "nysd", judge: "Other Judge" }));
  await storeCaseInputs(store);
  const app = createApp(store, { log: () => undefined });
  const table: [string, { safeParse(v: unknown): { success: boolean; error?: unknown } }][] = [
    ["/api/search?q=interlocutory", S.pageOf(S.SearchHit, "SearchPage")],
    ["/api/documents", S.pageOf(S.DocumentSummary, "DocumentPage")],
    ["/api/documents/1", S.StoredDocument],
    ["/api/authorities", S.pageOf(S.AuthorityCount, "AuthorityPage")],
    ["/api/authorities/1", S.AuthorityDetail],
    ["/api/cited-by?citation=673%20F.2d%201020", S.CitedByResult],
    ["/api/rulings/stats", S.RulingStats],
    ["/api/cases", S.pageOf(S.CaseSummary, "CasePage")],
    ["/api/cases/casd:3:19-cv-04417", S.CaseDetail],
    ["/api/authorities?kind=cases", S.Problem],
  ];
  for (const [url, schema] of table) {
    const body = await (await app.request(url)).json();
    const r = schema.safeParse(body);
    assert.ok(r.success, `${url}: ${JSON.stringify(r.error)}`);
  }
});

test("a reading from the real pipeline conforms to the Reading schema", async () => {
  const { read } = await import("../../src/read.js");
  const text = [
    "UNITED STATES DISTRICT COURT",
    "SOUTHERN DISTRICT OF CALIFORNIA",
    "",
    "ALMA RIVERS, Plaintiff,",
    "v.",
    "NORTHWIND FREIGHT CO., Defendant.",
    "",
    "Case No.: 3:21-cv-01234-ABC-DEF",
    "",
    "ORDER GRANTING MOTION TO DISMISS",
    "",
    "Defendant moves to dismiss. [Doc. No. 7.] See Bell Atl. Corp. v. Twombly, 550 U.S. 544, 570 (2007); Id. at 556.",
    "The motion is GRANTED.",
    "IT IS SO ORDERED.",
    "Dated: May 3, 2021",
  ].join("\n");
  const reading = await read({ path: "order.txt", bytes: new TextEncoder().encode(text) });
  const r = S.Reading.safeParse(reading);
  assert.ok(r.success, JSON.stringify(r.error));
});

test("openapi.json lints clean with Redocly's recommended rules", async (t) => {
  const bin = join(process.cwd(), "node_modules", ".bin", "redocly");
  if (!existsSync(bin)) return t.skip("@redocly/cli is not installed");
  const file = join(mkdtempSync(join(tmpdir(), "casefile-openapi-")), "openapi.json");
  writeFileSync(file, JSON.stringify(await spec()));
  const r = spawnSync(bin, ["lint", file, "--extends", "recommended", "--format", "stylish"], { encoding: "utf8", env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" } });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  // Only the lint's own lines: the CLI also prints a notice about Node.js versions.
  const report = (r.stdout + r.stderr).split("\n").filter((l) => !/[║╔╚]/.test(l)).join("\n");
  assert.match(report, /Your API description is valid/);
  assert.doesNotMatch(report, /\bwarning\b/, "no warnings either");
});
