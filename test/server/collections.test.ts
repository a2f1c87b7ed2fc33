/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are probed field by field */
// Issue 14, "no collection endpoints": every list pages with cursors as CourtListener's do
// ({ count, next, previous, results }), and documents can be listed and deleted.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Hono } from "hono";
import type { Citation } from "../../src/model/types.js";
import { createApp } from "../../src/server/index.js";
import { SqliteStore } from "../../src/store/index.js";
import { storeCaseInputs } from "../cases/fixture.js";
import { caseCite, makeReading, sampleOrder } from "../store/factory.js";

const parse = (text: string): Citation[] => (/^\d+ \S+ \d+$/.test(text) ? [{ ...caseCite(text), start: 0, end: text.length, antecedent: null } as Citation] : []);

/** Follows `next` from the first page to the last, then `previous` back; returns the pages' items. */
async function walk(app: Hono, first: string, key: (item: any) => unknown) {
  const forward: unknown[][] = [];
  let url: string | null = first;
  let last: any = null;
  let count = -1;
  while (url) {
    const res = await app.request(url);
    assert.equal(res.status, 200, url);
    const page = (await res.json()) as any;
    if (count < 0) count = page.count;
    assert.equal(page.count, count, "count is the whole list's, on every page");
    assert.deepEqual(Object.keys(page).filter((k) => k !== "query").sort(), ["count", "next", "previous", "results"]);
    if (forward.length === 0) assert.equal(page.previous, null, "the first page has no previous");
    forward.push(page.results.map(key));
    last = page;
    url = page.next;
    assert.ok(forward.length < 50, "paging ends");
  }
  const backward: unknown[][] = [];
  url = last.previous;
  while (url) {
    const page = (await (await app.request(url)).json()) as any;
    backward.unshift(page.results.map(key));
    url = page.previous;
  }
  assert.deepEqual(backward, forward.slice(0, -1), "previous walks back over the same pages");
  return { count, items: forward.flat(), pages: forward.length };
}

test("search, documents, authorities and cases page with next/previous cursors", async () => {
  const store = SqliteStore.open(":memory:", { parseCitations: parse });
  for (let n = 1; n <= 7; n++) await store.put(sampleOrder(n, { court: n % 2 ? "casd" : "nysd" }));
  const app = createApp(store, { log: () => undefined });
  const search = await walk(app, "/api/search?q=interlocutory&limit=3", (h) => h.id);
  assert.equal(search.count, 7);
  assert.equal(search.pages, 3);
  assert.deepEqual([...search.items].sort(), [1, 2, 3, 4, 5, 6, 7]);
  const docs = await walk(app, "/api/documents?limit=2", (d) => d.id);
  assert.deepEqual(docs.items, [7, 6, 5, 4, 3, 2, 1]);
  assert.deepEqual((await walk(app, "/api/documents?court=nysd&limit=2", (d) => d.id)).items, [6, 4, 2]);
  const all = ((await (await app.request("/api/authorities?limit=1000")).json()) as any).results.map((a: any) => a.key);
  const authorities = await walk(app, "/api/authorities?limit=2", (a) => a.key);
  assert.deepEqual(authorities.items, all);
  assert.equal(authorities.count, all.length);
  // A filter the cursor carries along: the next URL keeps the query it was made from.
  const first = (await (await app.request("/api/search?q=interlocutory&court=casd&limit=1")).json()) as any;
  assert.match(first.next, /court=casd/);
  assert.match(first.next, /q=interlocutory/);
});

test("cases page too; DELETE /api/documents/{id} removes a document and what was read from it; then 404", async () => {
  const store = SqliteStore.open(":memory:", { parseCitations: parse });
  const ids = await storeCaseInputs(store);
  const app = createApp(store, { log: () => undefined });
  const cases = await walk(app, "/api/cases?limit=1", (c) => c.id);
  assert.deepEqual([cases.items, cases.count], [["casd:3:19-cv-04417"], 1]);
  const extra = await store.put(makeReading({ text: "Motion to stay GRANTED. See 999 F.3d 1.", citations: [caseCite("999 F.3d 1")] }));
  const del = await app.request(`/api/documents/${extra.id}`, { method: "DELETE" });
  assert.equal(del.status, 204);
  assert.equal((await app.request(`/api/documents/${extra.id}`)).status, 404);
  assert.equal((await app.request(`/api/documents/${extra.id}`, { method: "DELETE" })).status, 404);
  assert.equal((await app.request("/api/documents/0", { method: "DELETE" })).status, 404);
  assert.equal(((await (await app.request("/api/cited-by?citation=999%20F.3d%201")).json()) as any).authority, null);
  // The order of a case goes; the case stays with its docket, one document fewer.
  assert.equal((await app.request(`/api/documents/${ids.order}`, { method: "DELETE" })).status, 204);
  const c = (await (await app.request("/api/cases/casd:3:19-cv-04417")).json()) as any;
  assert.deepEqual(c.documents.map((d: any) => d.id), [ids.docket]);
  assert.ok(c.rulings.every((r: any) => r.document !== ids.order));
  // Its last document gone, the case is gone.
  assert.equal((await app.request(`/api/documents/${ids.docket}`, { method: "DELETE" })).status, 204);
  assert.equal((await app.request("/api/cases/casd:3:19-cv-04417")).status, 404);
  assert.deepEqual(((await (await app.request("/api/documents")).json()) as any).count, 0);
  // A delete from another origin is a write: refused like a foreign POST.
  const kept = await store.put(sampleOrder(9));
  const foreign = await app.request(`/api/documents/${kept.id}`, { method: "DELETE", headers: { origin: "https://attacker.example" } });
  assert.equal(foreign.status, 403);
  assert.equal((await store.stats()).documents, 1);
});
