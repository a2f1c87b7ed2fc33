/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are probed field by field */
// Issue 14, item 2: an optional API key with per-key rate limits (401, 429 + Retry-After),
// off on loopback, required by default on any other address; CORS off unless configured.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { serveCommand } from "../../src/cli/store-commands.js";
import { apiKeyGuard, parseApiKeys, readApiKeyFile } from "../../src/server/auth.js";
import { createApp, startServer } from "../../src/server/index.js";
import { SqliteStore } from "../../src/store/index.js";
import { makeReading, sampleOrder } from "../store/factory.js";

const CLERK = "clerk-key-0123456789";
const BOT = "robot-key-abcdefghij";
const dir = mkdtempSync(join(tmpdir(), "casefile-auth-"));

async function app(perMinute = 600, extra: Parameters<typeof createApp>[1] = {}) {
  const store = SqliteStore.open(":memory:");
  await store.put(sampleOrder(1));
  return createApp(store, { log: () => undefined, read: async ({ bytes }) => makeReading({ text: new TextDecoder().decode(bytes) }), apiKeys: [{ key: CLERK, perMinute }, { key: BOT, perMinute }], ...extra });
}

test("a key file: one key a line, an optional rate, comments; mistakes name the line", () => {
  assert.deepEqual(parseApiKeys(`# the clerk\n${CLERK} 120\n\n${BOT}   # the nightly job\n`), [
    { key: CLERK, perMinute: 120 },
    { key: BOT, perMinute: 600 },
  ]);
  const bad: [string, RegExp][] = [
    ["short 10\n", /line 1: a key must be at least 16 characters/],
    [`${CLERK} fast\n`, /line 1: the limit must be requests per minute/],
    [`# none\n${CLERK} 0\n`, /line 2: the limit/],
    [`${CLERK} 10 extra\n`, /line 1: write a key and, optionally/],
    ["# only comments\n", /holds no key/],
  ];
  for (const [text, message] of bad) assert.throws(() => parseApiKeys(text, "keys.txt"), (e: any) => e.code === "serve.api-key-file" && message.test(e.message), text);
  assert.throws(() => readApiKeyFile(join(dir, "missing.txt")), /cannot read .*missing\.txt: ENOENT/);
});

test("with keys, a request needs one (401 problem), X-API-Key or Bearer; openapi.json stays public", async () => {
  const a = await app();
  const table: [string, Record<string, string>, number][] = [
    ["/api/search?q=order", {}, 401],
    ["/api/search?q=order", { "x-api-key": "not-a-key-of-this-server" }, 401],
    ["/api/search?q=order", { "x-api-key": CLERK }, 200],
    ["/api/search?q=order", { authorization: `Bearer ${BOT}` }, 200],
    ["/", {}, 401],
    ["/documents/1", { "x-api-key": CLERK }, 200],
    ["/openapi.json", {}, 200],
  ];
  for (const [url, headers, status] of table) {
    const res = await a.request(url, { headers });
    assert.equal(res.status, status, `${url} ${JSON.stringify(headers)}`);
    if (status === 401) {
      assert.equal(res.headers.get("content-type"), "application/problem+json");
      assert.match(res.headers.get("www-authenticate") ?? "", /^Bearer/);
      assert.match(((await res.json()) as any).code, /^auth\.key-(required|unknown)$/);
    }
  }
  const write = await a.request("/api/documents", { method: "POST", body: "ORDER", headers: { "content-type": "text/plain" } });
  assert.equal(write.status, 401, "a write needs a key too");
});

test("each key has its own rate: past it, 429 with Retry-After, and the other key is unaffected", async () => {
  const a = await app(2);
  const get = (key: string) => a.request("/api/documents", { headers: { "x-api-key": key } });
  assert.equal((await get(CLERK)).status, 200);
  const second = await get(CLERK);
  assert.equal(second.status, 200);
  assert.equal(second.headers.get("ratelimit-limit"), "2");
  const third = await get(CLERK);
  assert.equal(third.status, 429);
  assert.equal(third.headers.get("retry-after"), "30");
  const body = (await third.json()) as any;
  assert.equal(body.code, "rate-limited");
  assert.match(body.detail, /2 requests a minute; try again in 30 s/);
  assert.equal((await get(BOT)).status, 200, "another key's budget is its own");
});

test("the bucket refills with time", async () => {
  let now = 0;
  const guard = apiKeyGuard([{ key: CLERK, perMinute: 60 }], () => now);
  const { Hono } = await import("hono");
  const a = new Hono();
  a.use("*", guard);
  a.get("/x", (c) => c.text("ok"));
  const hit = async () => (await a.request("/x", { headers: { "x-api-key": CLERK } })).status;
  for (let i = 0; i < 60; i++) assert.equal(await hit(), 200);
  assert.equal(await hit(), 429);
  now += 1000;
  assert.equal(await hit(), 200, "one more a second at 60 a minute");
  assert.equal(await hit(), 429);
});

test("keys are off by default on loopback and required on any other address", async () => {
  const store = SqliteStore.open(":memory:");
  // Refused before it listens: nothing is bound to 0.0.0.0 by this test.
  for (const host of ["0.0.0.0", "192.0.2.10", "::"]) {
    await assert.rejects(startServer(store, { host, port: 0 }), (e: any) => e.code === "serve.api-key-required" && /--api-key-file FILE, or --no-api-key/.test(e.message), host);
  }
  const open = await startServer(store, { host: "127.0.0.1", port: 0, read: async () => makeReading({ text: "x" }) });
  try {
    assert.equal((await fetch(`${open.url}/api/documents`)).status, 200, "no key asked on loopback");
  } finally {
    await open.close();
  }
  const keyed = await startServer(store, { host: "127.0.0.1", port: 0, read: async () => makeReading({ text: "x" }), apiKeys: [{ key: CLERK, perMinute: 10 }] });
  try {
    assert.equal((await fetch(`${keyed.url}/api/documents`)).status, 401, "keys given are asked for, on loopback too");
    assert.equal((await fetch(`${keyed.url}/api/documents`, { headers: { "x-api-key": CLERK } })).status, 200);
  } finally {
    await keyed.close();
  }
});

test("casefile serve: a non-loopback --host without --api-key-file is a usage error; a bad key file too", async () => {
  const db = join(dir, "store.db");
  const s = SqliteStore.open(db, { create: true });
  await s.close();
  const io = { out: () => undefined, err: () => undefined, tty: false };
  await assert.rejects(serveCommand({ db, host: "0.0.0.0", port: 0 }, io), (e: any) => e.code === "serve.api-key-required" && e.exitCode === 64);
  const keys = join(dir, "keys.txt");
  writeFileSync(keys, "short\n");
  await assert.rejects(serveCommand({ db, host: "127.0.0.1", port: 0, apiKeyFile: keys }, io), (e: any) => e.code === "serve.api-key-file" && e.exitCode === 64);
  await assert.rejects(serveCommand({ db, port: 0, corsOrigin: ["https://app.example.org/path"] }, io), (e: any) => /write an origin/.test(e.message) && e.exitCode === 64);
  const root = fileURLToPath(new URL("../..", import.meta.url));
  if (existsSync(join(root, "dist", "cli", "index.js"))) {
    const r = spawnSync(process.execPath, [join(root, "bin", "casefile.js"), "serve", "--db", db, "--host", "0.0.0.0", "--port", "3999"], { encoding: "utf8", timeout: 60_000 });
    assert.equal(r.status, 64, r.stderr);
    assert.match(r.stderr, /0\.0\.0\.0 is not a loopback address: give --api-key-file FILE, or --no-api-key/);
  }
});

test("CORS is off unless configured; a configured origin may read and write, others still may not", async () => {
  const plain = await app(600, { apiKeys: [] });
  const res = await plain.request("/api/search?q=order", { headers: { origin: "https://app.example.org" } });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get("access-control-allow-origin"), null);
  const a = await app(600, { apiKeys: [], corsOrigins: ["https://app.example.org"] });
  const pre = await a.request("/api/documents", { method: "OPTIONS", headers: { origin: "https://app.example.org", "access-control-request-method": "POST", "access-control-request-headers": "x-api-key, content-type" } });
  assert.equal(pre.status, 204);
  assert.equal(pre.headers.get("access-control-allow-origin"), "https://app.example.org");
  assert.match(pre.headers.get("access-control-allow-headers") ?? "", /X-API-Key/i);
  const get = await a.request("/api/search?q=order", { headers: { origin: "https://app.example.org" } });
  assert.equal(get.headers.get("access-control-allow-origin"), "https://app.example.org");
  const other = await a.request("/api/search?q=order", { headers: { origin: "https://attacker.example" } });
  assert.equal(other.headers.get("access-control-allow-origin"), null);
  const post = (origin: string) => a.request("/api/documents", { method: "POST", body: `ORDER from ${origin}`, headers: { origin, "content-type": "text/plain" } });
  assert.equal((await post("https://app.example.org")).status, 201);
  assert.equal((await post("https://attacker.example")).status, 403);
});
