/**
 * The store test suite every backend passes: the same calls, the same answers. Each
 * backend's test file calls `storeSuite` with a factory that opens a fresh, empty store.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Citation } from "../../src/model/types.js";
import type { AuthoritiesOptions, SearchOptions, Store } from "../../src/store/index.js";
import { caseCite, makeReading, recordCite, ruleCite, sampleOrder, shortCite, statuteCite } from "./factory.js";

/** A store the suite can test: any backend, plus recomputing its kept counts. */
export type TestStore = Store & { rebuildCounts(): void | Promise<void> };

/** Parses the few citation shapes the tests query with, standing in for the citation core. @example testParser("673 F.2d 1020") */
export function testParser(text: string): Citation[] {
  if (/ at \d/.test(text)) return [{ ...shortCite(text, 0), start: 0, end: text.length, antecedent: null } as Citation];
  const spec = /U\.S\.C\./.test(text) ? statuteCite(text) : /R\. Civ\. P\./.test(text) ? ruleCite(text) : /^\d+ \S+ \d+/.test(text) ? caseCite(text) : null;
  return spec ? [{ ...spec, start: 0, end: text.length, antecedent: null } as Citation] : [];
}

/**
 * Registers the suite for one backend; `skip` (a reason) marks every test skipped.
 *
 * @example storeSuite("sqlite", async () => SqliteStore.open(":memory:", { parseCitations: testParser }));
 */
export function storeSuite(backend: string, open: () => Promise<TestStore>, skip: string | false = false): void {
  test(`${backend}: put is idempotent by content hash and stores everything in one row set`, { skip }, async () => {
    const store = await open();
    const r = sampleOrder(1);
    const first = await store.put(r);
    const again = await store.put(r);
    assert.equal(first.created, true);
    assert.deepEqual(again, { id: first.id, created: false });
    assert.deepEqual(await store.stats(), { documents: 1, citations: 7, authorities: 5 });
    const doc = await store.document(first.id);
    assert.equal(doc?.reading.text, r.text);
    assert.deepEqual(doc?.reading.citations, r.citations);
    assert.equal(await store.has(r.source.sha256), true);
    assert.deepEqual(await store.hashes(), new Set([r.source.sha256]));
    await store.close();
  });

  test(`${backend}: a short form, Id. and a subsection all count toward the authority they resolve to`, { skip }, async () => {
    const store = await open();
    const { id } = await store.put(sampleOrder(1));
    const doc = await store.document(id);
    const ids = doc!.authorityIds;
    // 673 F.2d 1020, 673 F.2d at 1026 and Id. at 1027 share one authority.
    assert.equal(ids[2], ids[3]);
    assert.equal(ids[3], ids[4]);
    assert.notEqual(ids[2], ids[6]);
    assert.ok(ids.every((x) => x !== null));
  });

  test(`${backend}: authorities are ranked by documents citing them, counting every form`, { skip }, async () => {
    const store = await open();
    for (let n = 1; n <= 3; n++) await store.put(sampleOrder(n));
    const top = await store.authorities({ limit: 10 });
    const cement = top.find((a) => a.key === "case:673|F.2d|1020");
    assert.deepEqual(
      { citations: cement?.citations, documents: cement?.documents, label: cement?.label },
      { citations: 9, documents: 3, label: "In re Cement Antitrust Litig., 673 F.2d 1020" },
    );
    assert.equal(top[0].key, "case:673|F.2d|1020");
    const cases: [AuthoritiesOptions, string[]][] = [
      [{ kind: "statute" }, ["statute:28|U.S.C.|1292"]],
      [{ kind: "rule" }, ["rule:Fed. R. Civ. P.|59"]],
      [{ kind: "record" }, ["record:3:17-cv-00218-MMA-BLM|49|"]],
      [{ court: "nysd" }, []],
      [{ judge: "jane" , kind: "rule" }, ["rule:Fed. R. Civ. P.|59"]],
    ];
    for (const [options, keys] of cases) assert.deepEqual((await store.authorities(options)).map((a) => a.key), keys, JSON.stringify(options));
    // Kept counts (unfiltered) agree with counts computed from the citations (filtered).
    assert.deepEqual(await store.authorities({ court: "casd", limit: 10 }), top);
    await store.rebuildCounts();
    assert.deepEqual(await store.authorities({ limit: 10 }), top);
  });

  test(`${backend}: citedBy finds every passage through short forms and Id., with page, line and snippet`, { skip }, async () => {
    const store = await open();
    await store.put(sampleOrder(1));
    await store.put(sampleOrder(2, { date: "2019-01-01" }));
    const table: [string, string | null, number, string[]][] = [
      ["673 F.2d 1020", "case:673|F.2d|1020", 2, ["673 F.2d 1020", "673 F.2d at 1026", "Id. at 1027"]],
      ["28 U.S.C. § 1292(b)", "statute:28|U.S.C.|1292", 2, ["28 U.S.C. § 1292(b)"]],
      ["28 U.S.C. § 1292(a)", "statute:28|U.S.C.|1292", 2, ["28 U.S.C. § 1292(b)"]],
      ["Fed. R. Civ. P. 59(e)", "rule:Fed. R. Civ. P.|59", 2, ["Fed. R. Civ. P. 59(e)"]],
      ["673 F.2d at 1026", "case:673|F.2d|1020", 2, ["673 F.2d 1020", "673 F.2d at 1026", "Id. at 1027"]],
      ["673 F.2d at 1000", null, 0, []],
      ["999 F.3d 1", "case:999|F.3d|1", 0, []],
      ["nothing citable here", null, 0, []],
    ];
    for (const [query, key, docs, passages] of table) {
      const r = await store.citedBy(query);
      assert.equal(r.key, key, query);
      assert.equal(r.documents.length, docs, query);
      assert.deepEqual(r.documents[0]?.passages.map((p) => p.text) ?? [], passages, query);
    }
    const r = await store.citedBy("673 F.2d 1020");
    assert.equal(r.documents[0].date, "2019-01-01", "newest first");
    const p = r.documents[0].passages[1];
    assert.deepEqual({ page: p.page, line: p.line }, { page: 1, line: 4 });
    assert.equal(p.snippet.slice(p.markStart, p.markEnd), "673 F.2d at 1026");
  });

  test(`${backend}: record cites are keyed by case number, so ECF No. 49 of two cases are two authorities`, { skip }, async () => {
    const store = await open();
    const text = "The motion [Doc. No. 49] is denied.";
    await store.put(makeReading({ text, caseNumber: "1:20-cv-00001", citations: [recordCite("Doc. No. 49", "49")] }));
    await store.put(makeReading({ text: text + " ", caseNumber: "1:20-cv-00002", citations: [recordCite("Doc. No. 49", "49")] }));
    const keys = (await store.authorities({ kind: "record" })).map((a) => a.key).sort();
    assert.deepEqual(keys, ["record:1:20-cv-00001|49|", "record:1:20-cv-00002|49|"]);
  });

  test(`${backend}: search ranks with bm25, highlights matches and applies filters`, { skip }, async () => {
    const store = await open();
    await store.put(sampleOrder(1, { court: "casd", judge: "Michael M. Anello", date: "2018-04-05" }));
    await store.put(sampleOrder(2, { court: "nysd", judge: "Other Judge", date: "2020-01-01" }));
    await store.put(makeReading({ text: "Motion to stay GRANTED pending appeal. The stay stays.", court: "casd", rulings: [{ disposition: "granted", request: "stay", text: "Motion to stay GRANTED" }] }));
    const table: [string, SearchOptions, number][] = [
      ["interlocutory", {}, 2],
      ["interlocutory", { court: "casd" }, 1],
      ["interlocutory", { judge: "anello" }, 1],
      ["interlocutory", { judge: "%" }, 0],
      ["interlocutory", { from: "2019-01-01" }, 1],
      ["interlocutory", { to: "2019-01-01" }, 1],
      ["stay", { disposition: "granted" }, 1],
      ["stay", { disposition: "denied" }, 0],
      ['"controlling question of law"', {}, 2],
      ['"question controlling"', {}, 0],
      ["F.2d", {}, 2],
      ["stay OR interlocutory", {}, 3],
      ["", { court: "nysd" }, 1],
      ["", {}, 0],
    ];
    for (const [q, options, total] of table) assert.equal((await store.search(q, options)).total, total, `${q} ${JSON.stringify(options)}`);
    const hit = (await store.search("stay")).hits[0];
    assert.ok(hit.marks.length > 0);
    assert.ok(hit.marks.every((m) => /^stay/i.test(hit.snippet.slice(m.start, m.end))));
    assert.equal((await store.search("interlocutory", { limit: 1, offset: 1 })).hits.length, 1);
  });

  test(`${backend}: search never raises an FTS syntax error on hostile input`, { skip }, async () => {
    const store = await open();
    await store.put(sampleOrder(1));
    for (const q of ['"', "AND(", "NEAR(a b", "*", "col:umn", "a AND", "OR", "((()))", '"unterminated phrase', "-x", "^", "'", "a\u0000b", "x".repeat(5000)]) {
      const r = await store.search(q);
      assert.ok(r.total >= 0, q);
    }
  });

  test(`${backend}: rulingStats counts dispositions by request type and by judge`, { skip }, async () => {
    const store = await open();
    await store.put(sampleOrder(1, { judge: "A. Judge" }));
    await store.put(sampleOrder(2, { judge: "B. Judge" }));
    await store.put(makeReading({ text: "Motion to stay GRANTED.", judge: "A. Judge", rulings: [{ disposition: "granted", request: "stay", requestType: "stay", text: "Motion to stay GRANTED." }] }));
    const stats = await store.rulingStats();
    assert.equal(stats.total, 3);
    assert.deepEqual(stats.byRequestType, [
      { group: "interlocutory-appeal", total: 2, dispositions: { denied: 2 } },
      { group: "stay", total: 1, dispositions: { granted: 1 } },
    ]);
    assert.deepEqual(stats.byJudge, [
      { group: "A. Judge", total: 2, dispositions: { denied: 1, granted: 1 } },
      { group: "B. Judge", total: 1, dispositions: { denied: 1 } },
    ]);
    assert.equal((await store.rulingStats({ requestType: "stay" })).total, 1);
    assert.equal((await store.rulingStats({ judge: "b. judge" })).total, 1);
  });

  test(`${backend}: rulingStats counts decisions; a magistrate judge's recommendations only when asked for`, { skip }, async () => {
    const store = await open();
    await store.put(makeReading({ text: "Motion to stay GRANTED.", judge: "A. Judge", rulings: [{ disposition: "granted", request: "stay", requestType: "stay", text: "Motion to stay GRANTED." }] }));
    await store.put(
      makeReading({
        text: "It is RECOMMENDED that the motion to stay be DENIED.",
        judge: "M. Judge",
        rulings: [{ disposition: "denied", request: "stay", requestType: "stay", text: "It is RECOMMENDED that the motion to stay be DENIED.", recommended: true }],
      }),
    );
    const decided = await store.rulingStats();
    assert.deepEqual(decided.byJudge, [{ group: "A. Judge", total: 1, dispositions: { granted: 1 } }]);
    const recommended = await store.rulingStats({ recommended: true });
    assert.deepEqual(recommended.byJudge, [{ group: "M. Judge", total: 1, dispositions: { denied: 1 } }]);
  });

  test(`${backend}: rulings lists each ruling with its document, filtered and paged, with a count by disposition`, { skip }, async () => {
    const store = await open();
    const one = await store.put(sampleOrder(1, { judge: "A. Judge", date: "2018-01-02" }));
    await store.put(sampleOrder(2, { judge: "B. Judge", court: "nysd", date: "2019-03-04" }));
    await store.put(makeReading({ text: "Motion to stay GRANTED.", judge: "A. Judge", date: "2017-05-06", rulings: [{ disposition: "granted", request: "stay", requestType: "stay", text: "Motion to stay GRANTED." }] }));
    await store.put(
      makeReading({
        text: "It is RECOMMENDED that the motion to stay be DENIED.",
        judge: "M. Judge",
        date: "2016-07-08",
        rulings: [{ disposition: "denied", request: "stay", requestType: "stay", text: "It is RECOMMENDED that the motion to stay be DENIED.", recommended: true }],
      }),
    );
    const all = await store.rulings();
    assert.equal(all.total, 4);
    assert.deepEqual(all.dispositions, { denied: 3, granted: 1 });
    // Newest first.
    assert.deepEqual(all.rulings.map((r) => [r.date, r.judge, r.disposition, r.recommended]), [
      ["2019-03-04", "B. Judge", "denied", false],
      ["2018-01-02", "A. Judge", "denied", false],
      ["2017-05-06", "A. Judge", "granted", false],
      ["2016-07-08", "M. Judge", "denied", true],
    ]);
    const first = all.rulings[1];
    assert.equal(first.document, one.id);
    assert.equal(first.index, 0);
    assert.equal(first.requestType, "interlocutory-appeal");
    assert.equal(first.request, "certification of an interlocutory appeal");
    assert.equal(first.start, sampleOrder(1).text.indexOf("The motion is DENIED."));
    const table: [Parameters<TestStore["rulings"]>[0], number][] = [
      [{ judge: "a. judge" }, 2],
      [{ court: "nysd" }, 1],
      [{ requestType: "stay" }, 2],
      [{ disposition: "granted" }, 1],
      [{ recommended: true }, 1],
      [{ recommended: false }, 3],
      [{ requestType: "stay", recommended: false }, 1],
      [{ judge: "nobody" }, 0],
    ];
    for (const [options, total] of table) assert.equal((await store.rulings(options)).total, total, JSON.stringify(options));
    const page = await store.rulings({ limit: 2, offset: 2 });
    assert.equal(page.total, 4);
    assert.deepEqual(page.rulings.map((r) => r.judge), ["A. Judge", "M. Judge"]);
  });

  test(`${backend}: overview counts what the store holds and lists the documents stored last`, { skip }, async () => {
    const store = await open();
    assert.deepEqual(await store.overview(), { documents: 0, cases: 0, rulings: 0, authorities: 0, recent: [] });
    const ids = [];
    for (const n of [1, 2, 3]) ids.push((await store.put(sampleOrder(n))).id);
    const o = await store.overview(2);
    assert.deepEqual([o.documents, o.rulings, o.authorities], [3, 3, 5]);
    assert.equal(o.cases, 1);
    assert.deepEqual(o.recent.map((d) => d.id), [ids[2], ids[1]]);
    assert.equal(o.recent[0].title, sampleOrder(3).caption.title);
  });

  test(`${backend}: source names the file a document was read from`, { skip }, async () => {
    const store = await open();
    const r = sampleOrder(1);
    const { id } = await store.put(r);
    assert.deepEqual(await store.source(id), { id, path: "order-1.txt", sha256: r.source.sha256, format: "text", pages: 1 });
    assert.equal(await store.source(id + 100), null);
  });

  test(`${backend}: each search hit's snippet comes from its own document`, { skip }, async () => {
    const store = await open();
    await store.put(makeReading({ text: "Alpha order: the interlocutory appeal is certified for alpha reasons.", court: "casd" }));
    await store.put(makeReading({ text: "Beta order: no interlocutory appeal lies for beta reasons here.", court: "nysd" }));
    const { hits } = await store.search("interlocutory");
    assert.equal(hits.length, 2);
    for (const hit of hits) {
      const own = hit.court === "casd" ? /alpha/i : /beta/i;
      assert.match(hit.snippet, own, `${hit.court}: ${hit.snippet}`);
    }
  });

  test(`${backend}: a bare rule is filed under its own number, not its antecedent's`, { skip }, async () => {
    const store = await open();
    const text = "Sanctions under Fed. R. Civ. P. 11 were denied. Relief under Rule 59(e) is rare.";
    const reading = makeReading({
      text,
      citations: [ruleCite("Fed. R. Civ. P. 11"), { text: "Rule 59(e)", kind: "rule", body: "Fed. R. Civ. P.", rule: "59", subdivision: "(e)", antecedent: 0 }],
    });
    await store.put(reading);
    const eleven = await store.citedBy("Fed. R. Civ. P. 11");
    assert.deepEqual(eleven.documents[0]?.passages.map((p) => p.text), ["Fed. R. Civ. P. 11"]);
    const fiftyNine = await store.citedBy("Fed. R. Civ. P. 59(e)");
    assert.equal(fiftyNine.key, "rule:Fed. R. Civ. P.|59");
    assert.deepEqual(fiftyNine.documents[0]?.passages.map((p) => p.text), ["Rule 59(e)"]);
  });
}
