/**
 * The store test suite every backend passes: the same calls, the same answers. Each
 * backend's test file calls `storeSuite` with a factory that opens a fresh, empty store.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Citation } from "../../src/model/types.js";
import type { AuthoritiesOptions, SearchOptions, Store } from "../../src/store/index.js";
import { caseCite, idCite, makeReading, recordCite, ruleCite, sampleOrder, shortCite, statuteCite, type CiteSpec } from "./factory.js";

/** A store the suite can test: any backend, plus recomputing its kept counts. */
export type TestStore = Store & { rebuildCounts(): void | Promise<void> };

/** Parses the few citation shapes the tests query with, standing in for the citation core. @example testParser("673 F.2d 1020") */
export function testParser(text: string): Citation[] {
  if (/ at \d/.test(text)) return [{ ...shortCite(text, 0), start: 0, end: text.length, antecedent: null } as Citation];
  const spec = /U\.S\.C\./.test(text) ? statuteCite(text) : /R\. Civ\. P\./.test(text) ? ruleCite(text) : /^\d+ .{1,20}? \d+/.test(text) ? caseCite(text) : null;
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
      { citations: 9, documents: 3, label: "In re Cement Antitrust Litig., 673 F.2d 1020 (9th Cir. 1982)" },
    );
    assert.equal(top[0].key, "case:673|F.2d|1020");
    const cases: [AuthoritiesOptions, string[]][] = [
      [{ kind: "statute" }, ["statute:28|U.S.C.|1292(b)"]],
      [{ kind: "rule" }, ["rule:Fed. R. Civ. P.|59(e)"]],
      [{ kind: "record" }, ["record:3:17-cv-00218-MMA-BLM|49|"]],
      [{ court: "nysd" }, []],
      [{ judge: "jane" , kind: "rule" }, ["rule:Fed. R. Civ. P.|59(e)"]],
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
      ["28 U.S.C. § 1292(b)", "statute:28|U.S.C.|1292(b)", 2, ["28 U.S.C. § 1292(b)"]],
      // Exact by default: § 1292(a) is not § 1292(b) (see the `broad` test for subsections).
      ["28 U.S.C. § 1292(a)", "statute:28|U.S.C.|1292(a)", 0, []],
      ["Fed. R. Civ. P. 59(e)", "rule:Fed. R. Civ. P.|59(e)", 2, ["Fed. R. Civ. P. 59(e)"]],
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
    for (const q of ["AND(", "NEAR(a b", "*", "col:umn", "a AND", "OR", "((()))", "-x", "^", "'", "a\u0000b", "x".repeat(5000), "x':* & y", "immun\\*"]) {
      const r = await store.search(q);
      assert.ok(r.total >= 0, q);
    }
    // An unclosed quote is the user's error, said as one (HTTP 400), never an engine's.
    for (const q of ['"', '"unterminated phrase']) await assert.rejects(store.search(q), (err: { code?: string }) => err.code === "search.syntax", q);
  });

  test(`${backend}: search syntax: prefix, AND, OR, NOT, court: and judge:`, { skip }, async () => {
    const store = await open();
    await store.put(sampleOrder(1));
    await store.put(sampleOrder(2, { court: "nysd", judge: "Other Judge" }));
    const table: [string, number][] = [
      ["interlocut*", 2],
      ["interloc", 0],
      ['"controlling question of la"*', 2],
      ['interlocutory AND "number 1"', 1],
      ['interlocutory NOT "number 1"', 1],
      ['"number 1" NOT interlocutory', 0],
      ['"number 1" OR "number 2" NOT appeal', 1],
      ["interlocutory court:nysd", 1],
      ['interlocutory judge:"other judge"', 1],
      ["court:casd", 1],
      ["interlocutory interlocutory INTERLOCUTORY", 2],
    ];
    for (const [q, total] of table) assert.equal((await store.search(q)).total, total, q);
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
    assert.equal(fiftyNine.key, "rule:Fed. R. Civ. P.|59(e)");
    assert.deepEqual(fiftyNine.documents[0]?.passages.map((p) => p.text), ["Rule 59(e)"]);
  });

  // Issue 10, item 3: authorities are cases, not strings. All text below is written for these tests.

  /** A full cite and its parallel cites (`parallel` set both ways), as the reader marks them. */
  const parallels = (specs: CiteSpec[], first: number): CiteSpec[] =>
    specs.map((c, i) => ({ ...c, parallel: specs.map((_, j) => first + j).filter((j) => j !== first + i) }));
  const brisk = (text: string, extra: Partial<CiteSpec> = {}) => caseCite(text, { caseName: "Alder Grain Co. v. Brisk", year: 2031, court: "scotus", courtProvenance: "inferred", ...extra });

  test(`${backend}: parallel cites are one authority, found by any of its cites, in any order of arrival`, { skip }, async () => {
    const store = await open();
    // Each parallel cite alone first: two rows, until a document shows they are one case.
    await store.put(makeReading({ text: "Pleading standards tightened. Brisk, 141 S. Ct. 77, 80 (2031).", citations: [brisk("141 S. Ct. 77", { caseName: "Brisk" })] }));
    await store.put(makeReading({ text: "See Alder Grain Co. v. Brisk, 901 U.S. 12 (2031). 901 U.S. at 15.", citations: [brisk("901 U.S. 12"), shortCite("901 U.S. at 15", 0)] }));
    await store.put(
      makeReading({
        text: "Alder Grain Co. v. Brisk, 901 U.S. 12, 141 S. Ct. 77, 209 L. Ed. 2d 5 (2031). Id. at 14.",
        citations: [...parallels([brisk("901 U.S. 12"), brisk("141 S. Ct. 77"), brisk("209 L. Ed. 2d 5", { reporter: "L. Ed. 2d", page: "5" })], 0), idCite("Id. at 14", 0)],
      }),
    );
    const byUs = await store.citedBy("901 U.S. 12");
    const bySct = await store.citedBy("141 S. Ct. 77");
    const byLed = await store.citedBy("209 L. Ed. 2d 5");
    assert.equal(bySct.key, "case:141|S. Ct.|77");
    for (const r of [byUs, bySct, byLed]) {
      assert.equal(r.authority?.id, byUs.authority?.id, r.query);
      assert.equal(r.documents.length, 3, r.query);
      assert.deepEqual({ citations: r.authority?.citations, documents: r.authority?.documents }, { citations: 7, documents: 3 }, r.query);
    }
    // One line per authority, with every cite, its clean name and its year.
    const cases = await store.authorities({ kind: "case" });
    assert.deepEqual(
      cases.map((a) => [a.label, a.citations, a.documents]),
      [["Alder Grain Co. v. Brisk, 901 U.S. 12, 141 S. Ct. 77, 209 L. Ed. 2d 5 (2031)", 7, 3]],
    );
    assert.equal((await store.stats()).authorities, 1);
    await store.rebuildCounts();
    assert.deepEqual((await store.authorities({ kind: "case" })).map((a) => [a.citations, a.documents]), [[7, 3]]);
    // A short form of the parallel cite counts toward the case too.
    assert.equal((await store.citedBy("141 S. Ct. at 80")).authority?.id, byUs.authority?.id);
    await store.close();
  });

  test(`${backend}: cited-by takes a case name: whole words, any case, most cited first, the others listed`, { skip }, async () => {
    const store = await open();
    const quill = (text: string) => caseCite(text, { caseName: "Quillon v. Marsh Ferry Co.", year: 1999, court: "ca9" });
    await store.put(makeReading({ text: "Quillon v. Marsh Ferry Co., 511 F.3d 90 (9th Cir. 1999) controls.", citations: [quill("511 F.3d 90")] }));
    await store.put(makeReading({ text: "As Quillon v. Marsh Ferry Co., 511 F.3d 90 (9th Cir. 1999) holds.", citations: [quill("511 F.3d 90")] }));
    await store.put(makeReading({ text: "But see Estate of Quillon, 77 P.3d 4 (Or. 2003).", citations: [caseCite("77 P.3d 4", { caseName: "Estate of Quillon", year: 2003 })] }));
    await store.put(makeReading({ text: "Cf. Quillonez v. Dabb, 12 F.4th 8 (2022).", citations: [caseCite("12 F.4th 8", { caseName: "Quillonez v. Dabb", year: 2022 })] }));
    const r = await store.citedBy("quillon");
    assert.equal(r.matchedBy, "name");
    assert.equal(r.key, "case:511|F.3d|90");
    assert.equal(r.documents.length, 2);
    assert.deepEqual(r.alternatives?.map((a) => a.key), ["case:77|P.3d|4"], "Quillonez is another word");
    const phrase = await store.citedBy("Marsh Ferry");
    assert.equal(phrase.key, "case:511|F.3d|90");
    assert.deepEqual(phrase.alternatives, []);
    for (const none of ["Quill", "Ferry Marsh", "Zzyzx"]) {
      const miss = await store.citedBy(none);
      assert.deepEqual([miss.key, miss.authority, miss.documents], [null, null, []], none);
    }
    await store.close();
  });

  test(`${backend}: cited-by is exact by default; broad takes in subsections of a statute and a rule`, { skip }, async () => {
    const store = await open();
    const text = "Appeal lies under 28 U.S.C. § 1292(b), not § 1292(a)(1). Dismissal under Fed. R. Civ. P. 12(b)(6) and Fed. R. Civ. P. 12 generally.";
    await store.put(
      makeReading({
        text,
        citations: [
          statuteCite("28 U.S.C. § 1292(b)"),
          { text: "§ 1292(a)(1)", kind: "statute-short", title: "28", code: "U.S.C.", section: "1292", subsection: "(a)(1)", antecedent: 0 },
          ruleCite("Fed. R. Civ. P. 12(b)(6)"),
          ruleCite("Fed. R. Civ. P. 12"),
        ],
      }),
    );
    const passages = async (q: string, broad = false) => (await store.citedBy(q, { broad })).documents.flatMap((d) => d.passages.map((p) => p.text));
    assert.deepEqual(await passages("28 U.S.C. § 1292(b)"), ["28 U.S.C. § 1292(b)"]);
    // The short form is filed under its own subsection, not its antecedent's.
    assert.deepEqual(await passages("28 U.S.C. § 1292(a)(1)"), ["§ 1292(a)(1)"]);
    assert.deepEqual(await passages("28 U.S.C. § 1292(a)"), []);
    assert.deepEqual(await passages("28 U.S.C. § 1292"), []);
    assert.deepEqual(await passages("28 U.S.C. § 1292", true), ["28 U.S.C. § 1292(b)", "§ 1292(a)(1)"]);
    assert.deepEqual(await passages("28 U.S.C. § 1292(a)", true), ["§ 1292(a)(1)"]);
    assert.deepEqual(await passages("Fed. R. Civ. P. 12"), ["Fed. R. Civ. P. 12"]);
    assert.deepEqual(await passages("Fed. R. Civ. P. 12(b)(6)"), ["Fed. R. Civ. P. 12(b)(6)"]);
    assert.deepEqual(await passages("Fed. R. Civ. P. 12", true), ["Fed. R. Civ. P. 12(b)(6)", "Fed. R. Civ. P. 12"]);
    const broad = await store.citedBy("Fed. R. Civ. P. 12", { broad: true });
    assert.equal(broad.authority?.key, "rule:Fed. R. Civ. P.|12");
    assert.deepEqual(broad.authorities?.map((a) => a.key).sort(), ["rule:Fed. R. Civ. P.|12", "rule:Fed. R. Civ. P.|12(b)(6)"]);
    await store.close();
  });

  test(`${backend}: authority names are clean: no sentence period, no lone company suffix`, { skip }, async () => {
    const store = await open();
    const text = "See Pell Rigging, Inc., 402 U.S. 9 (1971); Corvan Sales v. Ostrander., 77 F.2d 3 (2d Cir. 1935); Brill v. Tamsin Co., 88 F.3d 1 (1st Cir. 1996).";
    await store.put(
      makeReading({
        text,
        citations: [
          caseCite("402 U.S. 9", { caseName: "Inc.", year: 1971, court: "scotus" }),
          caseCite("77 F.2d 3", { caseName: "Corvan Sales v. Ostrander.", year: 1935, court: "ca2" }),
          caseCite("88 F.3d 1", { caseName: "Brill v. Tamsin Co.", year: 1996, court: "ca1" }),
        ],
      }),
    );
    const labels = (await store.authorities({ kind: "case" })).map((a) => a.label).sort();
    assert.ok(labels.every((l) => !/scotus|\bInc\.,/.test(l)), labels.join(" | "));
    assert.deepEqual(labels, ["402 U.S. 9 (1971)", "Corvan Sales v. Ostrander, 77 F.2d 3 (2d Cir. 1935)", "Brill v. Tamsin Co., 88 F.3d 1 (1st Cir. 1996)"].sort());
    await store.close();
  });

  test(`${backend}: documents lists in pages; counts match the lists; deleteDocument undoes a put`, { skip }, async () => {
    const store = await open();
    const a = await store.put(sampleOrder(1));
    const b = await store.put(sampleOrder(2, { court: "nysd", judge: "Other Judge" }));
    const c = await store.put(makeReading({ text: "Motion to stay GRANTED. See 999 F.3d 1.", citations: [caseCite("999 F.3d 1")] }));
    const all = await store.documents();
    assert.equal(all.count, 3);
    assert.deepEqual(all.results.map((d) => d.id), [c.id, b.id, a.id], "most recently stored first");
    assert.deepEqual((await store.documents({ limit: 1, offset: 1 })).results.map((d) => d.id), [b.id]);
    assert.deepEqual(await store.documents({ court: "nysd" }).then((p) => [p.count, p.results.map((d) => d.id)]), [1, [b.id]]);
    assert.equal((await store.documents({ offset: 10 })).results.length, 0);
    for (const options of [{}, { kind: "case" }, { court: "casd" }, { court: "casd", kind: "statute" }, { judge: "other" }] as AuthoritiesOptions[]) {
      const listed = await store.authorities({ ...options, limit: 1000 });
      assert.equal(await store.countAuthorities(options), listed.length, JSON.stringify(options));
      assert.deepEqual(await store.authorities({ ...options, limit: 2, offset: 1 }), listed.slice(1, 3), JSON.stringify(options));
    }
    assert.equal(await store.countCases(), (await store.cases()).length);
    const before = await store.stats();
    assert.equal(await store.deleteDocument(c.id), true);
    assert.equal(await store.deleteDocument(c.id), false);
    assert.equal(await store.document(c.id), null);
    assert.equal((await store.search("stay")).total, 0);
    assert.equal((await store.citedBy("999 F.3d 1")).authority, null, "an authority no document cites is gone");
    assert.deepEqual(await store.stats(), { documents: 2, citations: before.citations - 1, authorities: before.authorities - 1 });
    await store.deleteDocument(b.id);
    const left = await store.authorities({ limit: 100 });
    assert.ok(left.every((x) => x.documents === 1), "kept counts follow the delete");
    await store.rebuildCounts();
    assert.deepEqual(await store.authorities({ limit: 100 }), left, "the kept counts equal counts rebuilt from scratch");
    assert.equal((await store.put(sampleOrder(2, { court: "nysd", judge: "Other Judge" }))).created, true, "a deleted document can be stored again");
  });
}
