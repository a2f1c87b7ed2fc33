/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are probed field by field */
// Issue 14, "the API accepts nonsense silently" and "search syntax fails silently": every
// bad parameter is a 400 problem (RFC 9457) that says what to change.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Citation } from "../../src/model/types.js";
import { createApp } from "../../src/server/index.js";
import { SqliteStore } from "../../src/store/index.js";
import { caseCite, sampleOrder } from "../store/factory.js";

const parse = (text: string): Citation[] => (/^\d+ \S+ \d+$/.test(text) ? [{ ...caseCite(text), start: 0, end: text.length, antecedent: null } as Citation] : []);

async function setup() {
  const store = SqliteStore.open(":memory:", { parseCitations: parse });
  await store.put(sampleOrder(1));
  await store.put(sampleOrder(2, { court: "nysd", judge: "Other Judge" }));
  return createApp(store, { log: () => undefined });
}

test("a bad parameter is a 400 problem that names it and says what it must be", async () => {
  const app = await setup();
  const table: [string, string, RegExp][] = [
    ["/api/authorities?kind=cases", "bad-request", /^kind: must be one of case, statute, rule, record, regulation, constitution \(got "cases"\)$/],
    ["/api/search?from=2020-13-45", "bad-request", /^from: must be a calendar date, YYYY-MM-DD .*\(got "2020-13-45"\)$/],
    ["/api/search?to=2021-02-29", "bad-request", /^to: must be a calendar date/],
    ["/api/rulings/stats?recommended=yes", "bad-request", /^recommended: must be one of true, false \(got "yes"\)$/],
    ["/api/cited-by?citation=hello", "bad-request", /^citation: "hello" names no authority and no cited case is named so; write one as a brief would/],
    ["/api/cited-by", "bad-request", /^citation: is required/],
    ["/api/search?q=stay&sort=date", "bad-request", /^unknown query parameter "sort"; this endpoint takes q, court, judge, from, to, disposition, limit, cursor$/],
    ["/api/authorities?kind=case&offset=5", "bad-request", /unknown query parameter "offset"/],
    ["/api/documents/1?verbose=1", "bad-request", /unknown query parameter "verbose"/],
    ["/api/search?q=stay&q=moot", "bad-request", /^q: must be given once/],
    ["/api/search?limit=0", "bad-request", /^limit: must be from 1 to 200/],
    ["/api/search?limit=201", "bad-request", /^limit: must be from 1 to 200/],
    ["/api/search?limit=1e2", "bad-request", /^limit: must be a whole number/],
    ["/api/search?disposition=won", "bad-request", /^disposition: must be one of granted, denied/],
    ["/api/cases?pending=maybe", "bad-request", /^pending: must be one of true, false/],
    ["/api/search?court=%3Cscript%3E", "bad-request", /^court: must be a court id/],
    ["/api/authorities?cursor=bogus", "bad-request", /^cursor: not one this server made/],
    ['/api/search?q=%22motion%20to%20stay', "search.syntax", /^the " at column 1 is not closed/],
    ["/api/search?q=stay%20NOT", "search.syntax", /^NOT at column 6 has no term after it/],
    ["/api/search?q=NOT%20moot", "search.syntax", /^NOT at column 1 needs a term before it/],
  ];
  for (const [url, code, detail] of table) {
    const res = await app.request(url);
    assert.equal(res.status, 400, url);
    assert.equal(res.headers.get("content-type"), "application/problem+json", url);
    const body = (await res.json()) as any;
    assert.deepEqual(Object.keys(body).sort(), ["code", "detail", "instance", "status", "title", "type"], url);
    assert.equal(body.type, `urn:casefile:problem:${code}`, url);
    assert.equal(body.title, "Bad request", url);
    assert.equal(body.status, 400, url);
    assert.equal(body.instance, url, url);
    assert.match(body.detail, detail, url);
  }
});

test("empty parameters are absent ones, and good ones still answer", async () => {
  const app = await setup();
  for (const url of ["/api/search?q=interlocutory&court=&judge=&from=&to=&limit=", "/api/authorities?kind=", "/api/rulings/stats?recommended=false", "/api/search?from=2020-02-29"]) {
    assert.equal((await app.request(url)).status, 200, url);
  }
});

test("an unsupported method is a 405 with Allow, and an unknown path a 404 problem", async () => {
  const app = await setup();
  const table: [string, string, string][] = [
    ["DELETE", "/api/search", "GET"],
    ["POST", "/api/authorities", "GET"],
    ["PUT", "/api/documents/1", "GET, DELETE"],
    ["PATCH", "/api/documents", "GET, POST"],
  ];
  for (const [method, url, allow] of table) {
    const res = await app.request(url, { method });
    assert.equal(res.status, 405, `${method} ${url}`);
    assert.equal(res.headers.get("allow"), allow, `${method} ${url}`);
    assert.equal(((await res.json()) as any).code, "method-not-allowed");
  }
  const missing = await app.request("/api/nothing");
  assert.equal(missing.status, 404);
  assert.equal(missing.headers.get("content-type"), "application/problem+json");
});

test("search syntax through the API: prefix, NOT, court:, and a repeated word asked once", async () => {
  const app = await setup();
  const count = async (q: string) => ((await (await app.request(`/api/search?q=${encodeURIComponent(q)}`)).json()) as any).count;
  assert.equal(await count("interlocut*"), 2);
  assert.equal(await count('interlocutory NOT "number 1"'), 1);
  assert.equal(await count("interlocutory court:nysd"), 1);
  assert.equal(await count('judge:"other judge"'), 1);
  // 64 repeats took minutes before duplicates were dropped; now one term.
  const started = performance.now();
  assert.equal(await count(Array(64).fill("the").join(" ")), 2);
  assert.ok(performance.now() - started < 5000);
});
