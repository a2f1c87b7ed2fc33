/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are probed field by field */
import assert from "node:assert/strict";
import { test } from "node:test";
import { createApp } from "../../src/server/index.js";
import { SqliteStore } from "../../src/store/index.js";
import { storeCaseInputs } from "../cases/fixture.js";

test("GET /api/cases, /api/cases/{id} and the viewer's case pages", async () => {
  const store = SqliteStore.open(":memory:");
  const ids = await storeCaseInputs(store);
  const app = createApp(store, { log: () => undefined });
  const table: [string, number, (body: any) => unknown, unknown][] = [
    ["/api/cases", 200, (b) => b.results.map((c: any) => [c.id, c.title, c.documents, c.entries, c.pendingMotions]), [["casd:3:19-cv-04417", "Quillfeather v. Marrowgate Logistics, Inc. et al", 2, 6, 1]]],
    ["/api/cases?pending=true&court=casd", 200, (b) => b.count, 1],
    ["/api/cases?judge=nobody", 200, (b) => [b.count, b.results.length], [0, 0]],
    ["/api/cases?pending=maybe", 400, (b) => b.code, "bad-request"],
    ["/api/cases?limit=x", 400, (b) => b.code, "bad-request"],
    ["/api/cases/casd:3:19-cv-04417", 200, (b) => b.rulings.map((r: any) => [r.entry, r.motionEntry, r.disposition, r.daysToDecision, r.document]), [["20", "12", "granted", 21, null], ["50", "49", "denied", 13, ids.order]]],
    ["/api/cases/casd%3A3%3A19-cv-04417-RQT-ALB", 200, (b) => b.entries.find((e: any) => e.number === "50").documents.map((d: any) => d.id), [ids.order]],
    ["/api/cases/-:19-cv-04417", 200, (b) => b.pendingMotions.map((p: any) => p.entry), ["51"]],
    ["/api/cases/casd:3:19-cv-09999", 404, (b) => b.code, "not-found"],
    ["/api/cases/nonsense", 404, (b) => b.code, "not-found"],
  ];
  for (const [path, status, pick, want] of table) {
    const res = await app.request(path);
    assert.equal(res.status, status, path);
    assert.deepEqual(pick(await res.json()), want, path);
  }

  const page = await app.request("/cases/casd:3:19-cv-04417");
  assert.equal(page.status, 200);
  const body = await page.text();
  assert.match(body, new RegExp(`<tr id="e50"><td class="num">50</td>[^]*?<a class="entry-doc" href="/documents/${ids.order}">`));
  assert.match(body, /<tr id="e49">[^]*?decided by <a class="order-link" href="#e50">entry 50<\/a>/);
  assert.match(body, /decides <a class="motion-link" href="#e49">motion 49<\/a><\/span> <span class="days">13 days<\/span>/);
  assert.match(body, /<tr id="e51" class="pending">/);
  const list = await (await app.request("/cases?pending=true")).text();
  assert.match(list, /<a class="case-link" href="\/cases\/casd:3:19-cv-04417">Quillfeather v\. Marrowgate Logistics, Inc\. et al<\/a>/);
  const doc = await (await app.request(`/documents/${ids.order}`)).text();
  assert.match(doc, /<a class="case-link" href="\/cases\/casd:3:19-cv-04417">3:19-cv-04417<\/a>/);
  assert.equal((await app.request("/cases/casd:3:19-cv-09999")).status, 404);
  await store.close();
});
