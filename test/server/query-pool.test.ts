/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are probed field by field */
// Heavy queries in worker threads: a cheap request is answered while a search is still in
// flight, and a query past its budget gets 503. Shown by order, not by time: a test gate
// holds each query in its worker until the test opens it.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { createApp, startServer, type ReadFn } from "../../src/server/index.js";
import { queryPool } from "../../src/server/query-pool.js";
import { SqliteStore } from "../../src/store/index.js";
import { makeReading, sampleOrder } from "../store/factory.js";

const dir = mkdtempSync(join(tmpdir(), "casefile-queries-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const fakeRead: ReadFn = async ({ path, bytes }) => {
  const text = new TextDecoder().decode(bytes);
  return makeReading({ text, path, title: text.split("\n")[0].slice(0, 80) });
};

let n = 0;
async function fileStore() {
  const store = SqliteStore.open(join(dir, `s${++n}.db`), { create: true });
  await store.put(sampleOrder(1));
  await store.put(sampleOrder(2, { court: "nysd", judge: "Other Judge" }));
  return store;
}

/** A gate the workers wait at while it holds 0. */
function gate() {
  const buffer = new SharedArrayBuffer(4);
  const view = new Int32Array(buffer);
  return { buffer, open: () => (Atomics.store(view, 0, 1), Atomics.notify(view, 0)) };
}

/** A promise with a flag saying whether it has settled. */
function tracked<T>(value: T | Promise<T>) {
  const p = Promise.resolve(value);
  const t = { settled: false, promise: p };
  p.finally(() => (t.settled = true)).catch(() => undefined);
  return t;
}

test("a cheap request is answered while a heavy query is held in its worker", async () => {
  const store = await fileStore();
  const g = gate();
  const pool = queryPool({ path: store.path, size: 1, gate: g.buffer });
  const app = createApp(store, { queries: pool, read: fakeRead, log: () => undefined });
  try {
    const search = tracked(app.request("/api/search?q=interlocutory"));
    const citedBy = tracked(app.request("/api/cited-by?citation=673%20F.2d%201020"));
    // The worker holds the search at the gate; the event loop is free for everything else.
    const health = await app.request("/api/health");
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { status: "ok" });
    const doc = await app.request("/api/documents/1");
    assert.equal(doc.status, 200);
    assert.equal(((await doc.json()) as any).id, 1);
    assert.equal(search.settled, false, "the search is still held in its worker");
    assert.equal(citedBy.settled, false, "the cited-by query waits its turn");

    g.open();
    const hits = (await (await search.promise).json()) as any;
    assert.equal(hits.count, 2);
    assert.match(hits.results[0].snippetHtml, /<mark>interlocutory<\/mark>/i);
    const cited = await citedBy.promise;
    assert.equal(cited.status, 200);
    assert.equal(((await cited.json()) as any).documents.length, 2);

    // A store error thrown in the worker answers as it would in-process.
    const bad = await app.request("/api/cited-by?citation=hello");
    assert.equal(bad.status, 400);
    assert.equal(((await bad.json()) as any).code, "bad-request");
    // A document stored through the main connection is found by the workers' own.
    const put = await app.request("/api/documents?name=new.txt", { method: "POST", body: "ORDER ON A ZEPHYRLIKE MOTION", headers: { "content-type": "text/plain" } });
    assert.equal(put.status, 201);
    assert.equal(((await (await app.request("/api/search?q=zephyrlike")).json()) as any).count, 1);
    for (const url of ["/api/documents", "/api/authorities", "/api/cases", "/api/rulings/stats", "/api/authorities/1", "/rulings", "/"]) {
      assert.equal((await app.request(url)).status, 200, url);
    }
  } finally {
    g.open();
    await pool.close();
    await store.close();
  }
});

test("a query past its budget ends its worker with 503; the pool goes on", async () => {
  const store = await fileStore();
  const g = gate();
  const pool = queryPool({ path: store.path, size: 1, budgetMs: 300, gate: g.buffer });
  const app = createApp(store, { queries: pool, read: fakeRead, log: () => undefined });
  try {
    // The gate stays shut, so the query cannot finish: only its budget ends it.
    const res = await app.request("/api/search?q=interlocutory");
    assert.equal(res.status, 503);
    assert.equal(((await res.json()) as any).code, "query.timeout");
    g.open();
    const again = await app.request("/api/search?q=interlocutory");
    assert.equal(again.status, 200);
    assert.equal(((await again.json()) as any).count, 2);
  } finally {
    g.open();
    await pool.close();
    await store.close();
  }
});

test("a request past the server's budget is answered 503 while others go on", async () => {
  const store = await fileStore();
  const g = gate();
  const pool = queryPool({ path: store.path, size: 1, gate: g.buffer });
  const app = createApp(store, { queries: pool, read: fakeRead, requestBudgetMs: 200, log: () => undefined });
  try {
    const res = await app.request("/api/search?q=interlocutory");
    assert.equal(res.status, 503);
    assert.equal(((await res.json()) as any).code, "request.timeout");
    assert.equal((await app.request("/api/health")).status, 200);
    const page = await app.request("/search?q=interlocutory");
    assert.equal(page.status, 503);
    assert.match(page.headers.get("content-type") ?? "", /text\/html/);
  } finally {
    g.open();
    await pool.close();
    await store.close();
  }
});

test("serving an SQLite file answers its queries from worker threads", async () => {
  const store = await fileStore();
  const server = await startServer(store, { port: 0, read: fakeRead, log: () => undefined });
  try {
    const res = await fetch(`${server.url}/api/search?q=interlocutory`);
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as any).count, 2);
    assert.equal((await fetch(`${server.url}/api/health`)).status, 200);
  } finally {
    await server.close();
    await store.close();
  }
});
