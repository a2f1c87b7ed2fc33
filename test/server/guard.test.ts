// Cross-site and rebinding: a page elsewhere must not write to the store or read it through
// a name that resolves to this machine. Tested in-process with app.request().
import assert from "node:assert/strict";
import { test } from "node:test";
import { formTokens, isLoopback } from "../../src/server/guard.js";
import { createApp, type ReadFn } from "../../src/server/index.js";
import { SqliteStore } from "../../src/store/index.js";
import { makeReading } from "../store/factory.js";

const fakeRead: ReadFn = async ({ path, bytes }) => makeReading({ text: new TextDecoder().decode(bytes), path, title: "ORDER" });

test("a write from a foreign Origin is refused with 403 and stores nothing", async () => {
  const store = SqliteStore.open(":memory:");
  const app = createApp(store, { read: fakeRead });
  const table: [string, string, Record<string, string>, number][] = [
    ["foreign Origin, text/plain", "/api/documents", { origin: "https://attacker.example", "content-type": "text/plain" }, 403],
    ["foreign Origin on /api/read", "/api/read", { origin: "https://attacker.example", "content-type": "text/plain" }, 403],
    ["Origin null (a sandboxed page)", "/api/documents", { origin: "null", "content-type": "text/plain" }, 403],
    ["another port of this host", "/api/documents", { origin: "http://localhost:8080", "content-type": "text/plain" }, 403],
    ["cross-site fetch without Origin", "/api/documents", { "sec-fetch-site": "cross-site", "content-type": "text/plain" }, 403],
    ["foreign Origin on the upload form", "/upload", { origin: "https://attacker.example", "content-type": "multipart/form-data; boundary=x" }, 403],
    ["same origin", "/api/documents", { origin: "http://localhost", "content-type": "text/plain" }, 201],
    ["no Origin (curl, a script)", "/api/read", { "content-type": "text/plain" }, 200],
  ];
  for (const [what, path, headers, status] of table) {
    const res = await app.request(path, { method: "POST", body: `ORDER ${what}`, headers });
    assert.equal(res.status, status, what);
  }
  assert.equal((await store.stats()).documents, 1, "only the same-origin write was stored");
  // Reads from elsewhere are not writes: a GET with a foreign Origin is answered.
  assert.equal((await app.request("/api/search?q=order", { headers: { origin: "https://attacker.example" } })).status, 200);
});

test("a Host that is not this server's own name or a loopback address is refused (DNS rebinding)", async () => {
  const app = createApp(SqliteStore.open(":memory:"), { read: fakeRead, allowedHosts: ["casefile.internal"] });
  const table: [string, number][] = [
    ["http://attacker.example/api/search?q=x", 403],
    ["http://attacker.example:3000/", 403],
    ["http://192.168.1.9:3000/api/search?q=x", 403],
    ["http://localhost:3000/api/search?q=x", 200],
    ["http://127.0.0.1:3000/api/search?q=x", 200],
    ["http://[::1]:3000/api/search?q=x", 200],
    ["http://casefile.internal/api/search?q=x", 200],
  ];
  for (const [url, status] of table) assert.equal((await app.request(url)).status, status, url);
});

test("loopback names", () => {
  const table: [string, boolean][] = [
    ["localhost", true],
    ["LOCALHOST", true],
    ["app.localhost", true],
    ["127.0.0.1", true],
    ["127.1.2.3", true],
    ["[::1]", true],
    ["::1", true],
    ["127.0.0.1.attacker.example", false],
    ["localhost.attacker.example", false],
    ["0.0.0.0", false],
    ["10.0.0.1", false],
  ];
  for (const [host, loopback] of table) assert.equal(isLoopback(host), loopback, host);
});

test("form tokens: made by this process, checked in constant time, refused otherwise", () => {
  const a = formTokens();
  const b = formTokens();
  assert.ok(a.check(a.token("upload")));
  assert.ok(!a.check(b.token("upload")), "another process's token");
  assert.ok(!a.check(a.token("other")), "another form's token");
  for (const bad of [undefined, null, "", "x", 42]) assert.ok(!a.check(bad), String(bad));
});

test("unsupported methods get 405 with Allow, unknown paths 404", async () => {
  const app = createApp(SqliteStore.open(":memory:"), { read: fakeRead });
  const table: [string, string, number, RegExp | null][] = [
    ["DELETE", "/api/search", 405, /GET/],
    ["PUT", "/api/read", 405, /POST/],
    ["POST", "/api/search", 405, /GET/],
    ["PATCH", "/upload", 405, /GET.*POST|POST.*GET/],
    ["GET", "/api/read", 405, /POST/],
    ["GET", "/api/nothing", 404, null],
  ];
  for (const [method, path, status, allow] of table) {
    const res = await app.request(path, { method, headers: { "content-type": "text/plain" } });
    assert.equal(res.status, status, `${method} ${path}`);
    if (allow) assert.match(res.headers.get("allow") ?? "", allow, `${method} ${path}`);
  }
});
