/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are probed field by field */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Citation } from "../../src/model/types.js";
import { createApp, type ReadFn } from "../../src/server/index.js";
import { SqliteStore } from "../../src/store/index.js";
import { caseCite, makeReading, sampleOrder } from "../store/factory.js";

/** Stands in for the pipeline: the bytes are the text; "v. Co., 1 F.3d 2" is a citation. */
const fakeRead: ReadFn = async ({ path, bytes }) => {
  const text = new TextDecoder().decode(bytes);
  const cites = text.includes("1 F.3d 2") ? [caseCite("1 F.3d 2")] : [];
  return makeReading({ text, path, title: text.split("\n")[0].slice(0, 80), citations: cites });
};

const parse = (text: string): Citation[] => (/^\d+ \S+ \d+$/.test(text) ? [{ ...caseCite(text), start: 0, end: text.length, antecedent: null } as Citation] : []);

async function setup(maxUploadBytes?: number) {
  const store = SqliteStore.open(":memory:", { parseCitations: parse });
  await store.put(sampleOrder(1));
  await store.put(sampleOrder(2, { court: "nysd", judge: "Other Judge" }));
  const app = createApp(store, { read: fakeRead, maxUploadBytes, log: () => undefined });
  return { store, app };
}

test("GET endpoints answer with JSON", async () => {
  const { app } = await setup();
  const table: [string, number, (body: any) => unknown, unknown][] = [
    ["/api/search?q=interlocutory", 200, (b) => b.count, 2],
    ["/api/search?q=interlocutory&court=nysd", 200, (b) => b.results.map((h: any) => h.court), ["nysd"]],
    ["/api/search?q=%22%22&limit=5", 200, (b) => b.count, 0],
    ["/api/search?q=x&from=yesterday", 400, (b) => b.code, "bad-request"],
    ["/api/search?q=x&limit=-1", 400, (b) => b.code, "bad-request"],
    ["/api/documents/1", 200, (b) => b.reading.schema, "casefile/1"],
    ["/api/documents/999", 404, (b) => b.code, "not-found"],
    ["/api/documents/abc", 404, (b) => b.code, "not-found"],
    ["/api/authorities?kind=case", 200, (b) => b.results.map((a: any) => a.key), ["case:673|F.2d|1020", "case:514|U.S.|35"]],
    ["/api/authorities/1", 200, (b) => b.citedBy.length, 2],
    ["/api/cited-by?citation=673%20F.2d%201020", 200, (b) => b.documents[0].passages.length, 3],
    ["/api/cited-by", 400, (b) => b.code, "bad-request"],
    ["/api/rulings/stats?judge=other", 200, (b) => b.total, 1],
    ["/api/nothing", 404, (b) => b.code, "not-found"],
  ];
  for (const [url, status, pick, expected] of table) {
    const res = await app.request(url);
    assert.equal(res.status, status, url);
    assert.deepEqual(pick(await res.json()), expected, url);
  }
  const hit = ((await (await app.request("/api/search?q=interlocutory")).json()) as any).results[0];
  assert.match(hit.snippetHtml, /<mark>interlocutory<\/mark>/i);
});

test("POST /api/read reads without storing; POST /api/documents stores once", async () => {
  const { app, store } = await setup();
  const body = "ORDER ON MOTION\nSee Smith v. Co., 1 F.3d 2 (9th Cir. 1993).";
  const read = await app.request("/api/read?name=order.txt", { method: "POST", body, headers: { "content-type": "text/plain" } });
  assert.equal(read.status, 200);
  const reading = (await read.json()) as any;
  assert.equal(reading.citations[0].text, "1 F.3d 2");
  assert.equal((await store.stats()).documents, 2);
  const first = await app.request("/api/documents", { method: "POST", body, headers: { "content-type": "text/plain" } });
  assert.equal(first.status, 201);
  const again = await app.request("/api/documents", { method: "POST", body, headers: { "content-type": "text/plain" } });
  assert.equal(again.status, 200);
  assert.equal(((await again.json()) as any).created, false);
  assert.equal((await store.stats()).documents, 3);
});

test("uploads are refused by size (413), type (415) and content (422)", async () => {
  const { app } = await setup(1024);
  const table: [string, BodyInit, Record<string, string>, number, string][] = [
    ["declared too large", "x".repeat(2048), { "content-type": "text/plain" }, 413, "upload.too-large"],
    ["streamed too large", new Blob(["y".repeat(4096)]).stream(), { "content-type": "text/plain" }, 413, "upload.too-large"],
    ["image", "GIF89a", { "content-type": "image/gif" }, 415, "upload.unsupported-type"],
    ["json", "{}", { "content-type": "application/json" }, 415, "upload.unsupported-type"],
    ["empty", "", { "content-type": "text/plain" }, 422, "upload.empty"],
    ["fake pdf", "hello", { "content-type": "application/pdf" }, 422, "upload.not-a-pdf"],
    ["binary text", new Uint8Array([104, 0, 105, 0]), { "content-type": "text/plain" }, 422, "upload.not-text"],
    ["binary unknown", new Uint8Array([1, 0, 2, 0]), { "content-type": "application/octet-stream" }, 422, "upload.not-a-document"],
  ];
  for (const [name, body, headers, status, code] of table) {
    const init: RequestInit & { duplex?: string } = { method: "POST", body, headers, duplex: "half" };
    const res = await app.request("/api/read", init);
    assert.equal(res.status, status, name);
    assert.equal(((await res.json()) as any).code, code, name);
  }
});

test("a client's file name is a label only: it never becomes a path", async () => {
  const seen: string[] = [];
  const store = SqliteStore.open(":memory:");
  const app = createApp(store, { read: async (input) => (seen.push(input.path), fakeRead(input)) });
  for (const name of ["../../etc/passwd", "/etc/shadow", "..\\..\\boot.ini", "a/b/../../c.txt"]) {
    const res = await app.request(`/api/read?name=${encodeURIComponent(name)}`, { method: "POST", body: "ORDER", headers: { "content-type": "text/plain" } });
    assert.equal(res.status, 200, name);
  }
  assert.deepEqual(seen, ["passwd.txt", "shadow.txt", "boot.txt", "c.txt"]);
});

test("no disk path leaves the server: documents are named by their file name", async () => {
  const store = SqliteStore.open(":memory:", { parseCitations: parse });
  const put = await store.put(makeReading({ text: "ORDER on the motion to stay. See 1 F.3d 2.", path: "/home/clerk/private/intake/order-17.txt", title: "ORDER", citations: [caseCite("1 F.3d 2")] }));
  const app = createApp(store, { read: fakeRead, log: () => undefined });
  for (const url of [`/api/documents/${put.id}`, "/api/documents", "/api/search?q=stay", "/api/cited-by?citation=1%20F.3d%202", "/api/authorities"]) {
    const res = await app.request(url);
    assert.equal(res.status, 200, url);
    const text = await res.text();
    assert.doesNotMatch(text, /\/home\/clerk|private\/intake/, url);
    JSON.parse(text);
  }
  const doc = (await (await app.request(`/api/documents/${put.id}`)).json()) as any;
  assert.equal(doc.path, "order-17.txt");
  assert.equal(doc.reading.source.path, "order-17.txt");
  const listed = (await (await app.request("/api/documents")).json()) as any;
  assert.deepEqual(listed.results.map((d: any) => d.path), ["order-17.txt"]);
});

test("an unexpected error is a 500 without internals", async () => {
  const store = SqliteStore.open(":memory:");
  const logged: string[] = [];
  const app = createApp(store, { read: async () => { throw new Error("secret stack detail"); }, log: (l) => logged.push(l) });
  const res = await app.request("/api/read", { method: "POST", body: "ORDER", headers: { "content-type": "text/plain" } });
  assert.equal(res.status, 500);
  assert.deepEqual(await res.json(), { type: "urn:casefile:problem:internal", title: "Internal error", status: 500, detail: "internal error", instance: "/api/read", code: "internal" });
  assert.equal(logged.length, 1);
});

test("openapi.json is OpenAPI 3.1 and describes every API route the app serves", async () => {
  const { app } = await setup();
  const res = await app.request("/openapi.json");
  assert.equal(res.status, 200);
  const spec = (await res.json()) as any;
  assert.equal(spec.openapi, "3.1.0");
  const served = app.routes
    .filter((r) => (r.path.startsWith("/api/") || r.path === "/openapi.json") && r.method !== "ALL") // ALL: middleware, not a route
    .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, "{$1}").replace(/(.)\/$/, "$1")}`);
  assert.ok(served.length >= 9);
  for (const route of served) {
    const [method, path] = route.split(" ");
    assert.ok((spec.paths as Record<string, Record<string, unknown>>)[path]?.[method], `${route} missing from openapi.json`);
  }
});

test("court text is escaped on every page: a <script> in a document never runs", async () => {
  const store = SqliteStore.open(":memory:");
  const evil = `<script>alert(1)</script> ORDER "><img src=x onerror=alert(2)> See 1 F.3d 2.`;
  const reading = makeReading({ text: evil, title: `<script>alert(3)</script>`, judge: `<b onmouseover=alert(4)>J</b>`, citations: [caseCite("1 F.3d 2", { caseName: "<script>x</script>" })] });
  const { id } = await store.put(reading);
  const app = createApp(store, { read: async () => reading });
  const form = new FormData();
  form.set("file", new Blob([evil], { type: "text/plain" }), "<script>.txt");
  form.set("csrf", /name="csrf" value="([^"]+)"/.exec(await (await app.request("/upload")).text())?.[1] ?? "");
  const pages: [string, RequestInit?][] = [
    [`/documents/${id}`],
    ["/?q=alert"],
    ["/authorities"],
    ["/authorities/1"],
    ["/upload", { method: "POST", body: form }],
    ["/?q=%3Cscript%3E&court=%22%3E%3Cscript%3E"],
  ];
  for (const [url, init] of pages) {
    const res = await app.request(url, init);
    assert.equal(res.status, 200, url);
    const body = await res.text();
    assert.doesNotMatch(body, /<script/i, url);
    assert.doesNotMatch(body, /<img/i, url);
    assert.doesNotMatch(body, /<b onmouseover/i, url);
    assert.match(res.headers.get("content-security-policy") ?? "", /default-src 'none'/, url);
  }
  const doc = await (await app.request(`/documents/${id}`)).text();
  assert.match(doc, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(doc, /<a class="cite cite-case" id="c0" href="\/authorities\/1"[^>]*>1 F\.3d 2<\/a>/);
});
