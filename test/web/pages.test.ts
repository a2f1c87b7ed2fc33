import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import type { Docket, Reading } from "../../src/model/types.js";
import { createApp } from "../../src/server/index.js";
import { SqliteStore } from "../../src/store/index.js";
import type { RulingList, RulingRow, StoreOverview } from "../../src/store/types.js";
import { docketTable, documentPage, homePage, pager, searchPage } from "../../src/web/pages.js";
import { pdfjsAsset, pdfPageView } from "../../src/web/pdf-view.js";
import { csvField, rulingsCsv, rulingsPage } from "../../src/web/rulings-page.js";
import { makeReading, sampleOrder } from "../store/factory.js";

const EVIL = `<script>alert(1)</script>"'&`;
const ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;";

/** A page without its style sheet, whose selectors name the classes tested for. */
function bodyOf(page: string): string {
  return page.slice(page.indexOf("</style>"));
}

function assertNoMarkupFrom(page: string): void {
  assert.doesNotMatch(page, /<script>alert/);
  assert.match(page, new RegExp(ESCAPED.replace(/[()]/g, "\\$&")));
}

test("the pager links the previous and next pages and says which items are shown", () => {
  const table: [number, number, number, string | null, string | null, string][] = [
    [0, 20, 45, null, "/search?q=stay&offset=20", "1–20 of 45"],
    [20, 20, 45, "/search?q=stay", "/search?q=stay&offset=40", "21–40 of 45"],
    [40, 20, 45, "/search?q=stay&offset=20", null, "41–45 of 45"],
    [10, 20, 45, "/search?q=stay", "/search?q=stay&offset=30", "11–30 of 45"],
    [60, 20, 45, "/search?q=stay&offset=40", null, "none of 45"],
  ];
  for (const [offset, limit, total, prev, next, range] of table) {
    const out = pager("/search", { q: "stay", court: undefined }, offset, limit, total).value;
    assert.equal(/rel="prev" href="([^"]+)"/.exec(out)?.[1]?.replace(/&amp;/g, "&") ?? null, prev, `${offset}: prev`);
    assert.equal(/rel="next" href="([^"]+)"/.exec(out)?.[1]?.replace(/&amp;/g, "&") ?? null, next, `${offset}: next`);
    assert.match(out, new RegExp(`<span class="range">${range}</span>`), `${offset}: range`);
  }
  assert.equal(pager("/search", {}, 0, 20, 7).value, "", "one page: no pager");
});

test("search results carry the query and filters into their page links, and number the hits from the offset", () => {
  const hits = Array.from({ length: 20 }, (_, i) => ({ id: i + 1, sha256: "x", path: "/srv/a.txt", title: i ? `Order ${i}` : null, court: "casd", caseNumber: null, date: null, judge: null, rank: 0, snippet: "a stay", marks: [] }));
  const out = searchPage(`"stay" <b>`, { court: "casd", disposition: "denied", limit: 20, offset: 20 }, { query: "stay", total: 57, hits });
  assert.match(out, /<ol class="hits" start="21">/);
  assert.match(out, /rel="prev" href="\/search\?q=%22stay%22\+%3Cb%3E&amp;court=casd&amp;disposition=denied"/);
  assert.match(out, /rel="next" href="\/search\?q=%22stay%22\+%3Cb%3E&amp;court=casd&amp;disposition=denied&amp;offset=40"/);
  assert.match(out, /value="&quot;stay&quot; &lt;b&gt;"/);
  // A document without a title is named by its file, never by a path of the server's disk.
  assert.match(out, /<a class="hit" href="\/documents\/1">a\.txt<\/a>/);
  assert.doesNotMatch(out, /\/srv\//);
});

test("the home page shows the store's counts and its last documents, escaped", () => {
  const o: StoreOverview = {
    documents: 12345,
    cases: 3,
    rulings: 7,
    authorities: 0,
    recent: [{ id: 9, sha256: "x", path: "/home/u/in/order.pdf", title: EVIL, court: "casd", caseNumber: "3:17-cv-1", date: "2020-01-02", judge: "J" }],
  };
  const out = homePage(o);
  assert.match(out, /<div class="count-documents"><dt>Documents<\/dt><dd>12,345<\/dd><\/div>/);
  assert.match(out, /<div class="count-cases"><dt><a href="\/cases">Cases<\/a><\/dt><dd>3<\/dd><\/div>/);
  assert.match(out, /<div class="count-rulings"><dt><a href="\/rulings">Rulings<\/a><\/dt><dd>7<\/dd><\/div>/);
  assert.match(out, /<div class="count-authorities"><dt><a href="\/authorities">Authorities<\/a><\/dt><dd>0<\/dd><\/div>/);
  assert.match(out, /<a class="recent-doc" href="\/documents\/9">/);
  assert.match(out, /<form class="search" method="get" action="\/search">/);
  assertNoMarkupFrom(out);
  assert.match(homePage({ ...o, recent: [] }), /No document is stored yet/);
});

function rulingRow(over: Partial<RulingRow> = {}): RulingRow {
  return { document: 4, index: 0, title: EVIL, court: "casd", caseNumber: "3:17-cv-1", date: "2020-01-02", judge: "Ann Judge", disposition: "denied", request: EVIL, requestType: "stay", recommended: false, docketEntry: null, start: 17, ...over };
}

test("the rulings page echoes its filters, counts by disposition, links the CSV of the same filters and escapes court text", () => {
  const list: RulingList = { total: 120, dispositions: { denied: 100, granted: 20 }, rulings: [rulingRow(), rulingRow({ recommended: true, disposition: "granted", index: 1, start: 40 })] };
  const out = rulingsPage(list, { judge: `O'Neil "J"`, court: "casd", requestType: "stay", recommended: "true" }, { offset: 50, limit: 50, requestTypes: ["stay", "seal"] });
  assert.match(out, /<input name="judge" value="O&#39;Neil &quot;J&quot;"/);
  assert.match(out, /<option value="true" selected>recommendations<\/option>/);
  assert.match(out, /<select name="disposition"><option value="" selected>any<\/option>/);
  assert.match(out, /<datalist id="request-types"><option value="stay"><option value="seal"><\/datalist>/);
  assert.match(out, /<p class="count">120 rulings<\/p>/);
  assert.match(out, /href="\/rulings\?judge=O%27Neil\+%22J%22&amp;court=casd&amp;requestType=stay&amp;disposition=granted&amp;recommended=true"><span class="disposition d-granted">granted<\/span><\/a> 20/);
  assert.match(out, /<a class="csv" href="\/rulings\.csv\?judge=O%27Neil\+%22J%22&amp;court=casd&amp;requestType=stay&amp;recommended=true" download="rulings\.csv">/);
  assert.match(out, /<span class="disposition d-granted">recommended granted<\/span>/);
  assert.match(out, /<a class="ruling-doc" href="\/documents\/4#o17">/);
  assert.match(out, /rel="prev" href="\/rulings\?judge=O%27Neil/);
  assert.match(out, /rel="next" href="[^"]*offset=100"/);
  assertNoMarkupFrom(out);
  assert.match(rulingsPage({ total: 0, dispositions: {}, rulings: [] }, {}, { offset: 0, limit: 50, requestTypes: [] }), /No stored ruling matches\./);
});

test("a CSV field is quoted when it must be, and court text never starts a spreadsheet formula", () => {
  const table: [string | number | boolean | null, string][] = [
    ["plain", "plain"],
    ["a, b", '"a, b"'],
    ['say "no"', '"say ""no"""'],
    ["two\nlines", '"two\nlines"'],
    ["=HYPERLINK(1)", "'=HYPERLINK(1)"],
    ["+1", "'+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["=1,2", `"'=1,2"`],
    ["2020-01-02", "2020-01-02"],
    [null, ""],
    [12, "12"],
    [false, "false"],
  ];
  for (const [value, expected] of table) assert.equal(csvField(value), expected, String(value));
  const csv = rulingsCsv([rulingRow({ title: "ORDER, IN PART", request: "=cmd" })], "http://127.0.0.1:3000");
  assert.equal(
    csv,
    "document,date,court,case_number,judge,title,request_type,request,disposition,recommended,docket_entry,link\r\n" +
      `4,2020-01-02,casd,3:17-cv-1,Ann Judge,"ORDER, IN PART",stay,'=cmd,denied,false,,http://127.0.0.1:3000/documents/4#o17\r\n`,
  );
});

function docketReading(): Reading {
  const docket: Docket = {
    kind: "district",
    court: { id: "casd", name: "Southern District of California" },
    docketNumber: "3:20-cv-00001",
    caseName: "Able v. <Baker>",
    dateFiled: "2020-01-02",
    dateTerminated: null,
    dateConverted: null,
    dateDischarged: null,
    assignedTo: "Judge Cora Dunn",
    referredTo: null,
    cause: null,
    natureOfSuit: null,
    juryDemand: null,
    demand: null,
    jurisdiction: null,
    mdlStatus: null,
    parties: [],
    dateColumn: "filed",
    entries: [
      { number: "1", dateFiled: "2020-01-02", dateEntered: "2020-01-03", description: "COMPLAINT <filed>", docketRefs: [], attachments: [{ number: 1, description: "Exhibit", pageCount: null, pacerDocId: null }], pacerDocId: null, pacerSeqNo: null },
      { number: null, dateFiled: "2020-01-04", dateEntered: null, description: "Clerk's notice", docketRefs: [], attachments: [], pacerDocId: null, pacerSeqNo: null },
    ],
  };
  return { ...makeReading({ text: "docket text as read" }), kind: "docket-report", docket };
}

test("a docket report is shown as a table of its entries, its text folded away; other documents show their text", () => {
  const table = docketTable(docketReading().docket!).value;
  assert.match(table, /<h2>Docket \(2 entries\)<\/h2>/);
  assert.match(table, /<tr id="d1"><td class="num">1<\/td><td class="date">2020-01-02<\/td><td class="entry-text">COMPLAINT &lt;filed&gt;<div class="meta">1 attachment<\/div><\/td><\/tr>/);
  assert.match(table, /<tr><td class="num"><\/td><td class="date">2020-01-04<\/td><td class="entry-text">Clerk&#39;s notice<\/td><\/tr>/);
  assert.match(table, /Able v\. &lt;Baker&gt;/);
  const byEntered = docketTable({ ...docketReading().docket!, dateColumn: "entered" }).value;
  assert.match(byEntered, /<th>Entered<\/th>/);
  assert.match(byEntered, /<td class="date">2020-01-03<\/td>/);

  const page = documentPage({ reading: docketReading() });
  assert.match(page, /<table class="list entries">/);
  assert.match(page, /<details class="text-as-read"><summary>[^<]*<\/summary><article class="text" id="text">docket text as read<\/article><\/details>/);
  const order = bodyOf(documentPage({ reading: sampleOrder(1) }));
  assert.doesNotMatch(order, /class="list entries"|text-as-read/);
});

test("the decision panel comes before the text in the markup, once", () => {
  const page = documentPage({ reading: sampleOrder(1) });
  const panel = page.indexOf('<aside class="panel">');
  const main = page.indexOf('<div class="main">');
  assert.ok(panel > 0 && main > panel);
  assert.ok(page.indexOf('<ul class="rulings">') < main);
  assert.equal(page.split('<ul class="rulings">').length, 2);
  assert.equal(page.split('<article class="text"').length, 2);
  // Narrow screens keep that order: one column, panel area first.
  assert.match(page, /@media \(max-width: 60rem\) \{[^}]*grid-template-areas: "panel" "text"/);
});

function storedPdfReading(path: string, bytes: Uint8Array): Reading {
  const r = makeReading({
    text: "ORDER\fThe motion to stay is DENIED.",
    title: EVIL,
    rulings: [{ disposition: "denied", request: "stay", text: "The motion to stay is DENIED." }],
    citations: [],
  });
  r.rulings[0].loc = { page: 2, line: 14 };
  return { ...r, source: { path, format: "pdf", sha256: createHash("sha256").update(bytes).digest("hex"), pages: 2 } };
}

test("a stored PDF's page:line references and page marks link to its pages; other documents have no such links", async () => {
  const dir = mkdtempSync(join(tmpdir(), "casefile-pages-"));
  const path = join(dir, "order.pdf");
  const bytes = new TextEncoder().encode("%PDF-1.4 not really a PDF, but the bytes that were read");
  writeFileSync(path, bytes);
  const store = SqliteStore.open(":memory:");
  const { id } = await store.put(storedPdfReading(path, bytes));
  const text = await store.put(sampleOrder(1));
  const app = createApp(store, { read: async () => sampleOrder(2) });

  const page = await (await app.request(`/documents/${id}`)).text();
  assert.match(page, new RegExp(`<a class="pdf-link" href="/documents/${id}/pages/2\\?line=14" title="[^"]*">PDF</a>`));
  assert.match(page, new RegExp(`<a class="page-mark" id="p2" href="/documents/${id}/pages/2">page 2</a>`));
  assert.match(page, new RegExp(`<a class="pdf-page" href="/documents/${id}/pages/1">`));
  assert.doesNotMatch(page, new RegExp(dir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")), "no disk path in the page");
  const plain = bodyOf(await (await app.request(`/documents/${text.id}`)).text());
  assert.doesNotMatch(plain, /pdf-link|pdf-page|<a class="page-mark"/);

  const view = await app.request(`/documents/${id}/pages/2?line=14`);
  assert.equal(view.status, 200);
  const csp = view.headers.get("content-security-policy") ?? "";
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'self';/);
  assert.match(csp, /worker-src 'self';/);
  assert.doesNotMatch(csp, /unsafe-eval|script-src[^;]*unsafe-inline/);
  const html = await view.text();
  assert.match(html, new RegExp(`data-src="/documents/${id}/source.pdf" data-page="2" data-line="14" data-pdfjs="/assets/pdfjs"`));
  assert.match(html, /<script type="module" src="\/assets\/page-view\.js"><\/script>/);
  assert.doesNotMatch(html, /<script>|<script type="module">/, "no inline script");
  assertNoMarkupFrom(html);

  const source = await app.request(`/documents/${id}/source.pdf`);
  assert.equal(source.status, 200);
  assert.equal(source.headers.get("content-type"), "application/pdf");
  assert.deepEqual(new Uint8Array(await source.arrayBuffer()), bytes);

  const statuses: [string, number][] = [
    [`/documents/${id}/pages/3`, 404],
    [`/documents/${id}/pages/0`, 404],
    [`/documents/${id}/pages/x`, 404],
    [`/documents/${id}/pages/1?line=-1`, 400],
    [`/documents/${text.id}/pages/1`, 404],
    [`/documents/${text.id}/source.pdf`, 404],
    [`/documents/999/source.pdf`, 404],
  ];
  for (const [url, status] of statuses) assert.equal((await app.request(url)).status, status, url);

  // A file changed since it was read is not served.
  writeFileSync(path, "%PDF-1.4 other bytes");
  assert.equal((await app.request(`/documents/${id}/source.pdf`)).status, 404);
  await store.close();
});

test("the page view escapes its title and links the pages around it", () => {
  const out = pdfPageView({ id: 3, title: EVIL, page: 2, pages: 3, line: 14 });
  assertNoMarkupFrom(out);
  assert.match(out, /rel="prev" href="\/documents\/3\/pages\/1"/);
  assert.match(out, /rel="next" href="\/documents\/3\/pages\/3"/);
  assert.match(out, /page 2 of 3, line 14/);
  const first = pdfPageView({ id: 3, title: "x", page: 1, pages: 1, line: null });
  assert.doesNotMatch(first, /rel="prev"|rel="next"/);
  assert.match(first, /data-line=""/);
});

test("only pdf.js's library, worker, fonts and CMaps are served from node_modules", async () => {
  const table: [string, string, string | null][] = [
    ["build", "pdf.min.mjs", "text/javascript; charset=utf-8"],
    ["build", "pdf.worker.min.mjs", "text/javascript; charset=utf-8"],
    ["standard_fonts", "FoxitSerif.pfb", "application/octet-stream"],
    ["cmaps", "78-H.bcmap", "application/octet-stream"],
    ["build", "pdf.mjs", null],
    ["build", "..", null],
    ["web", "viewer.mjs", null],
    ["..", "package.json", null],
    ["standard_fonts", "../../package.json", null],
    ["standard_fonts", ".hidden", null],
  ];
  for (const [dir, name, type] of table) assert.equal((await pdfjsAsset(dir, name))?.type ?? null, type, `${dir}/${name}`);
  const app = createApp(SqliteStore.open(":memory:"), { read: async () => sampleOrder(1) });
  const urls: [string, number][] = [
    ["/assets/pdfjs/build/pdf.min.mjs", 200],
    ["/assets/page-view.js", 200],
    ["/assets/pdfjs/build/..%2F..%2Fpackage.json", 404],
    ["/assets/pdfjs/build/%2e%2e", 404],
    ["/assets/pdfjs/../package.json", 404],
  ];
  for (const [url, status] of urls) {
    const res = await app.request(url);
    assert.equal(res.status, status, url);
    if (status === 200) assert.match(res.headers.get("content-type") ?? "", /^text\/javascript/, url);
  }
});

test("the rulings page and its CSV take the same filters; bad ones are a 400", async () => {
  const store = SqliteStore.open(":memory:");
  await store.put(sampleOrder(1, { judge: "Ada Brennan" }));
  await store.put(sampleOrder(2, { judge: "Cyrus Dole" }));
  await store.put(makeReading({ text: "Motion to stay GRANTED.", judge: "Ada Brennan", title: EVIL, rulings: [{ disposition: "granted", request: EVIL, requestType: "stay", text: "Motion to stay GRANTED." }] }));
  const app = createApp(store, { read: async () => sampleOrder(3) });
  const table: [string, number][] = [
    ["", 3],
    ["?judge=brennan", 2],
    ["?judge=brennan&disposition=denied", 1],
    ["?requestType=stay", 1],
    ["?recommended=true", 0],
    ["?recommended=false", 3],
  ];
  for (const [q, n] of table) {
    const page = await app.request(`/rulings${q}`);
    assert.equal(page.status, 200, q);
    const html = await page.text();
    assert.match(html, new RegExp(`<p class="count">${n} ruling${n === 1 ? "" : "s"}</p>`), q);
    assert.doesNotMatch(html, /<script>alert/, q);
    const csv = await app.request(`/rulings.csv${q}`);
    assert.equal(csv.status, 200, q);
    assert.equal(csv.headers.get("content-type"), "text/csv; charset=utf-8");
    assert.equal(csv.headers.get("content-disposition"), 'attachment; filename="rulings.csv"');
    assert.equal((await csv.text()).trimEnd().split("\r\n").length, n + 1, q);
  }
  for (const url of ["/rulings?recommended=yes", "/rulings.csv?recommended=1", "/rulings?offset=-5", "/search?q=stay&offset=abc"]) {
    const res = await app.request(url);
    assert.equal(res.status, 400, url);
    assert.match(res.headers.get("content-type") ?? "", /^text\/html/, url);
  }
  await store.close();
});

test("the home page is at /, search at /search, and / with search parameters still searches", async () => {
  const store = SqliteStore.open(":memory:");
  await store.put(sampleOrder(1));
  const app = createApp(store, { read: async () => sampleOrder(3) });
  const home = await (await app.request("/")).text();
  assert.match(home, /<dl class="counts">/);
  assert.match(home, /<div class="count-documents"><dt>Documents<\/dt><dd>1<\/dd>/);
  for (const url of ["/search?q=interlocutory", "/?q=interlocutory"]) assert.match(await (await app.request(url)).text(), /<p class="count">1 document<\/p>/, url);
  assert.match(await (await app.request("/search")).text(), /Search the full text/);
  assert.equal((await app.request("/favicon.ico")).status, 204);
  await store.close();
});
