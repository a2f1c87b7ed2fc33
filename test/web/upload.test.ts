import assert from "node:assert/strict";
import { test } from "node:test";
import { createApp, type ReadFn } from "../../src/server/index.js";
import { SqliteStore } from "../../src/store/index.js";
import { caseCite, makeReading } from "../store/factory.js";

const fakeRead: ReadFn = async ({ path, bytes }) => {
  const text = new TextDecoder().decode(bytes);
  return makeReading({ text, path, title: "UPLOADED ORDER", citations: text.includes("1 F.3d 2") ? [caseCite("1 F.3d 2")] : [] });
};

// The form's token, as the upload page carries it.
let csrf = "";
async function tokenOf(app: ReturnType<typeof createApp>): Promise<string> {
  const page = await (await app.request("/upload")).text();
  return (csrf = /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? "");
}

function form(text: string, store: boolean, type = "text/plain"): FormData {
  const f = new FormData();
  f.set("csrf", csrf);
  f.set("file", new Blob([text], { type }), "order.txt");
  if (store) f.set("store", "1");
  return f;
}

test("the upload form reads and shows a document, or stores it and redirects to it", async () => {
  const store = SqliteStore.open(":memory:");
  const app = createApp(store, { read: fakeRead, maxUploadBytes: 1000 });
  const page = await app.request("/upload");
  assert.equal(page.status, 200);
  assert.match(await page.text(), /<form [^>]*method="post" action="\/upload" enctype="multipart\/form-data">/);
  assert.ok(await tokenOf(app));

  const shown = await app.request("/upload", { method: "POST", body: form("ORDER. See 1 F.3d 2.", false) });
  assert.equal(shown.status, 200);
  const html = await shown.text();
  assert.match(html, /Read, not stored\./);
  assert.match(html, /<span class="cite cite-case" id="c0"[^>]*>1 F\.3d 2<\/span>/);
  assert.equal((await store.stats()).documents, 0);

  const stored = await app.request("/upload", { method: "POST", body: form("ORDER. See 1 F.3d 2.", true) });
  assert.equal(stored.status, 303);
  assert.equal(stored.headers.get("location"), "/documents/1");
  assert.equal((await store.stats()).documents, 1);
});

test("the upload form refuses what it cannot read, as an HTML error page", async () => {
  const store = SqliteStore.open(":memory:");
  const app = createApp(store, { read: fakeRead, maxUploadBytes: 1000 });
  await tokenOf(app);
  const noFile = new FormData();
  noFile.set("csrf", csrf);
  const noToken = form("ORDER", true);
  noToken.delete("csrf");
  const badToken = form("ORDER", true);
  badToken.set("csrf", "forged");
  const table: [string, RequestInit, number][] = [
    ["too large", { method: "POST", body: form("x".repeat(5000), false) }, 413],
    ["not multipart", { method: "POST", body: "ORDER", headers: { "content-type": "text/plain" } }, 415],
    ["no file", { method: "POST", body: noFile }, 422],
    ["no token", { method: "POST", body: noToken }, 403],
    ["a forged token", { method: "POST", body: badToken }, 403],
    ["image", { method: "POST", body: form("GIF89a", false, "image/gif") }, 415],
  ];
  for (const [name, init, status] of table) {
    const res = await app.request("/upload", init);
    assert.equal(res.status, status, name);
    assert.match(res.headers.get("content-type") ?? "", /^text\/html/, name);
    assert.match(await res.text(), new RegExp(`<h1>${status}</h1>`), name);
  }
});
