import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join, resolve } from "node:path";
import { test, type TestContext } from "node:test";
import type { Browser, Page } from "playwright-core";
import { startServer } from "../../src/server/index.js";
import { SqliteStore } from "../../src/store/index.js";
import { storeCaseInputs } from "../cases/fixture.js";
import { makeReading, sampleOrder } from "../store/factory.js";
import { stayOrderPdf } from "./fixture.js";

/** Debian's chromium as `command -v chromium` finds it (CHROMIUM overrides), or null. */
function findChromium(): string | null {
  if (process.env.CHROMIUM) return existsSync(process.env.CHROMIUM) ? process.env.CHROMIUM : null;
  for (const dir of (process.env.PATH ?? "").split(delimiter)) if (dir && existsSync(join(dir, "chromium"))) return join(dir, "chromium");
  return existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : null;
}
const CHROMIUM = findChromium() ?? "chromium";
const skip = findChromium() ? false : "chromium not found (command -v chromium): install the Debian chromium package to run the browser test";

test("in a browser: search result → document → authority → back to the document", { skip, timeout: 60_000 }, async () => {
  const { chromium } = await import("playwright-core");
  const store = SqliteStore.open(":memory:");
  await store.put(sampleOrder(1, { date: "2018-04-05" }));
  await store.put(sampleOrder(2, { date: "2019-06-01", court: "nysd" }));
  const server = await startServer(store, { port: 0, read: async () => sampleOrder(3) });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.fill("input[name=q]", "controlling question");
    await page.selectOption("select[name=disposition]", "denied");
    await page.click("button[type=submit]");
    assert.equal(await page.textContent("p.count"), "2 documents");
    assert.match((await page.locator("ol.hits mark").first().textContent()) ?? "", /controlling/i);

    await page.locator("a.hit").first().click();
    await page.waitForURL(/\/documents\/\d+$/);
    const documentUrl = page.url();
    assert.match((await page.textContent(".caption h1")) ?? "", /INTERLOCUTORY APPEAL/);
    assert.equal(await page.locator("ul.rulings li").count(), 1);

    await page.locator("a.cite-case", { hasText: "673 F.2d 1020" }).click();
    await page.waitForURL(/\/authorities\/\d+$/);
    assert.equal(await page.textContent("h1"), "In re Cement Antitrust Litig., 673 F.2d 1020 (9th Cir. 1982)");
    assert.equal(await page.locator("a.citing").count(), 2);
    assert.equal(await page.locator(".passage mark").count(), 6, "full cite, short form and Id. in each document");

    await page.goBack();
    await page.waitForURL(documentUrl);
    await page.locator("a.citing").first().waitFor({ state: "detached" });
    // The short form links to the same authority as the full cite.
    const full = await page.locator("a.cite-case", { hasText: "673 F.2d 1020" }).getAttribute("href");
    const short = await page.locator("a.cite-case-short").first().getAttribute("href");
    assert.equal(short, full);

    await page.goto(`${server.url}/authorities/1`);
    await page.locator(".passage a").first().click();
    await page.waitForURL(/\/documents\/\d+#c\d+$/);
  } finally {
    await browser.close();
    await server.close();
    await store.close();
  }
});

test("in a browser: cases → case page → a stored document → back to its case", { skip, timeout: 90_000 }, async () => {
  const { chromium } = await import("playwright-core");
  const store = SqliteStore.open(":memory:");
  const ids = await storeCaseInputs(store);
  const server = await startServer(store, { port: 0, read: async () => sampleOrder(3) });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.locator("header.top a", { hasText: "Cases" }).click();
    await page.waitForURL(/\/cases$/);
    await page.check("input[name=pending]");
    await page.click("button[type=submit]");
    assert.equal(await page.textContent("p.count"), "1 case");
    await page.locator("a.case-link").click();
    await page.waitForURL(/\/cases\/casd:3:19-cv-04417$/);
    const caseUrl = page.url();
    assert.equal(await page.textContent(".case h1"), "Quillfeather v. Marrowgate Logistics, Inc. et al");
    assert.equal(await page.locator("table.docket tbody tr").count(), 6);
    // The motion at 49 links to the order that decided it, and the order back to the motion.
    await page.locator("#e49 a.order-link").click();
    await page.waitForURL(/#e50$/);
    assert.match((await page.textContent("#e50 .entry-rulings")) ?? "", /denied.*decides motion 49.*13 days/s);
    assert.equal(await page.locator("table.rulings tbody tr").count(), 2);
    assert.match((await page.textContent("ul.pending")) ?? "", /entry 51.*MOTION to Compel/s);

    await page.locator("#e50 a.entry-doc").click();
    await page.waitForURL(new RegExp(`/documents/${ids.order}$`));
    assert.match((await page.textContent(".caption h1")) ?? "", /ORDER DENYING PLAINTIFF'S EX PARTE MOTION/);
    await page.locator("p.case-link a").click();
    await page.waitForURL(caseUrl);
    assert.equal(await page.locator("#e50 a.entry-doc").count(), 1);
  } finally {
    await browser.close();
    await server.close();
    await store.close();
  }
});

// ---- the viewer's pages, with a screenshot of each ----------------------------------

/** Where the run's screenshots go: CASEFILE_SCREENSHOTS, else tmp/screenshots (git-ignored). */
const SHOTS = resolve(process.env.CASEFILE_SCREENSHOTS ?? "tmp/screenshots");

async function shot(t: TestContext, page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage });
  t.diagnostic(`screenshot: ${path}`);
}

async function launch(): Promise<Browser> {
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** A page that fails the test on any CSP violation or script error. */
async function strictPage(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || /Content Security Policy/i.test(m.text())) problems.push(m.text());
  });
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${new URL(r.url()).pathname}`);
  });
  page.on("pageerror", (e) => problems.push(e.message));
  return { page, problems };
}

test("in a browser: the home page counts what is stored and lists the documents stored last", { skip, timeout: 60_000 }, async (t) => {
  const store = SqliteStore.open(":memory:");
  for (const n of [1, 2, 3]) await store.put(sampleOrder(n, { date: `2018-04-0${n}` }));
  const server = await startServer(store, { port: 0, read: async () => sampleOrder(9) });
  const browser = await launch();
  try {
    const { page, problems } = await strictPage(browser);
    await page.goto(`${server.url}/`);
    const counts = Object.fromEntries(
      await Promise.all(["documents", "cases", "rulings", "authorities"].map(async (k) => [k, await page.textContent(`dl.counts .count-${k} dd`)])),
    );
    assert.deepEqual(counts, { documents: "3", cases: "1", rulings: "3", authorities: "5" });
    assert.deepEqual(await page.locator("ol.recent a.recent-doc").allTextContents(), [3, 2, 1].map((n) => sampleOrder(n).caption.title));
    await shot(t, page, "home");
    await page.locator("dl.counts a", { hasText: "Rulings" }).click();
    await page.waitForURL(/\/rulings$/);
    await page.goto(`${server.url}/`);
    await page.fill("input[name=q]", "controlling");
    await page.click("button[type=submit]");
    await page.waitForURL(/\/search\?q=controlling/);
    assert.equal(await page.textContent("p.count"), "3 documents");
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
    await store.close();
  }
});

test("in a browser: search results are paged with previous and next links", { skip, timeout: 60_000 }, async (t) => {
  const store = SqliteStore.open(":memory:");
  for (let n = 1; n <= 45; n++) await store.put(sampleOrder(n));
  const server = await startServer(store, { port: 0, read: async () => sampleOrder(99) });
  const browser = await launch();
  try {
    const { page, problems } = await strictPage(browser);
    await page.goto(`${server.url}/search?q=interlocutory`);
    assert.equal(await page.textContent("p.count"), "45 documents");
    assert.equal(await page.textContent("nav.pager .range"), "1–20 of 45");
    assert.equal(await page.locator("nav.pager a[rel=prev]").count(), 0);
    const firstPage = await page.locator("a.hit").allTextContents();
    assert.equal(firstPage.length, 20);
    await page.click("nav.pager a[rel=next]");
    await page.waitForURL(/offset=20/);
    assert.equal(await page.textContent("nav.pager .range"), "21–40 of 45");
    await page.click("nav.pager a[rel=next]");
    await page.waitForURL(/offset=40/);
    assert.equal(await page.textContent("nav.pager .range"), "41–45 of 45");
    assert.equal(await page.locator("a.hit").count(), 5);
    assert.equal(await page.locator("nav.pager a[rel=next]").count(), 0);
    // The query and filters ride along.
    assert.equal(await page.inputValue("input[name=q]"), "interlocutory");
    await shot(t, page, "search-page-3");
    await page.click("nav.pager a[rel=prev]");
    await page.click("nav.pager a[rel=prev]");
    await page.waitForURL((u) => !u.search.includes("offset"));
    assert.deepEqual(await page.locator("a.hit").allTextContents(), firstPage);
    // Every document appears once over the three pages.
    const seen = new Set<string>();
    for (const offset of [0, 20, 40]) {
      await page.goto(`${server.url}/search?q=interlocutory${offset ? `&offset=${offset}` : ""}`);
      for (const href of await page.locator("a.hit").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))) seen.add(href);
    }
    assert.equal(seen.size, 45);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
    await store.close();
  }
});

test("in a browser: the rulings page filters by judge, court, request type, disposition and recommended, and exports the same rows as CSV", { skip, timeout: 60_000 }, async (t) => {
  const store = SqliteStore.open(":memory:");
  await store.put(sampleOrder(1, { judge: "Ada Brennan", date: "2019-02-03" }));
  await store.put(sampleOrder(2, { judge: "Cyrus Dole", court: "nysd", date: "2020-05-06" }));
  await store.put(
    makeReading({
      text: "The motion to stay is GRANTED. The <motion> to \"seal\", =SUM(1) is DENIED.",
      judge: "Ada Brennan",
      date: "2021-07-08",
      title: "ORDER ON <MOTIONS>",
      rulings: [
        { disposition: "granted", request: "motion to stay", requestType: "stay", text: "The motion to stay is GRANTED." },
        { disposition: "denied", request: 'the <motion> to "seal", =SUM(1)', requestType: "seal", text: 'The <motion> to "seal", =SUM(1) is DENIED.' },
      ],
    }),
  );
  await store.put(
    makeReading({
      text: "It is RECOMMENDED that the motion to stay be DENIED.",
      judge: "Mina Ferro",
      date: "2022-01-02",
      rulings: [{ disposition: "denied", request: "motion to stay", requestType: "stay", text: "It is RECOMMENDED that the motion to stay be DENIED.", recommended: true }],
    }),
  );
  const server = await startServer(store, { port: 0, read: async () => sampleOrder(9) });
  const browser = await launch();
  try {
    const { page, problems } = await strictPage(browser);
    await page.goto(`${server.url}/`);
    await page.locator("header.top a", { hasText: "Rulings" }).click();
    await page.waitForURL(/\/rulings$/);
    assert.equal(await page.textContent("p.count"), "5 rulings");
    assert.equal(await page.locator("table.rulings-list tbody tr").count(), 5);
    // Court text is shown as text.
    assert.match((await page.textContent("table.rulings-list")) ?? "", /the <motion> to "seal", =SUM\(1\)/);
    await shot(t, page, "rulings-all");

    const filterTable: [Record<string, string>, string, number][] = [
      [{ judge: "brennan" }, "3 rulings", 3],
      [{ court: "nysd" }, "1 ruling", 1],
      [{ requestType: "stay" }, "2 rulings", 2],
      [{ disposition: "denied" }, "4 rulings", 4],
      [{ recommended: "true" }, "1 ruling", 1],
      [{ recommended: "false", requestType: "stay" }, "1 ruling", 1],
    ];
    for (const [filters, count, rows] of filterTable) {
      await page.goto(`${server.url}/rulings`);
      for (const [name, value] of Object.entries(filters)) {
        if (name === "disposition" || name === "recommended") await page.selectOption(`select[name=${name}]`, value);
        else await page.fill(`input[name=${name}]`, value);
      }
      await page.click("button[type=submit]");
      await page.waitForURL(/\/rulings\?/);
      assert.equal(await page.textContent("p.count"), count, JSON.stringify(filters));
      assert.equal(await page.locator("table.rulings-list tbody tr").count(), rows, JSON.stringify(filters));
    }
    // Recommendations only: the magistrate judge's one row, marked as such.
    await page.goto(`${server.url}/rulings?recommended=true`);
    assert.match((await page.textContent("table.rulings-list tbody")) ?? "", /Mina Ferro.*recommended denied/s);

    await page.goto(`${server.url}/rulings?judge=brennan&disposition=denied`);
    assert.equal(await page.textContent("p.count"), "2 rulings");
    await shot(t, page, "rulings-filtered");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("a.csv")]);
    assert.equal(download.suggestedFilename(), "rulings.csv");
    const csv = readFileSync((await download.path())!, "utf8");
    const lines = csv.trimEnd().split("\r\n");
    assert.equal(lines[0], "document,date,court,case_number,judge,title,request_type,request,disposition,recommended,docket_entry,link");
    assert.equal(lines.length, 3);
    assert.match(lines[1], /^3,2021-07-08,casd,.*,Ada Brennan,ORDER ON <MOTIONS>,seal,"the <motion> to ""seal"", =SUM\(1\)",denied,false,,http:/);
    assert.match(lines[2], /^1,2019-02-03,.*,interlocutory-appeal,.*,denied,false,/);

    // The document link opens the ruling in its document.
    await page.locator("a.ruling-doc").first().click();
    await page.waitForURL(/\/documents\/3#o\d+$/);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
    await store.close();
  }
});

test("in a browser: the decision comes before the text on a narrow screen and beside it on a wide one", { skip, timeout: 60_000 }, async (t) => {
  const store = SqliteStore.open(":memory:");
  const long = Array.from({ length: 120 }, (_, i) => `Paragraph ${i + 1} of the background, which runs on at some length.`).join("\n");
  const reading = makeReading({ text: `${long}\nThe motion to stay is GRANTED.`, rulings: [{ disposition: "granted", request: "motion to stay", requestType: "stay", text: "The motion to stay is GRANTED." }] });
  const { id } = await store.put(reading);
  const server = await startServer(store, { port: 0, read: async () => sampleOrder(9) });
  const browser = await launch();
  try {
    for (const width of [375, 800, 960, 961, 1280]) {
      const { page, problems } = await strictPage(browser, { width, height: 800 });
      await page.goto(`${server.url}/documents/${id}`);
      const panel = (await page.locator(".doc > aside.panel").boundingBox())!;
      const text = (await page.locator(".doc > .main").boundingBox())!;
      const rulings = (await page.locator("ul.rulings").boundingBox())!;
      if (width <= 960) {
        assert.ok(panel.y + panel.height <= text.y + 1, `${width}px: the panel ends above the text`);
        assert.ok(rulings.y < 800, `${width}px: the ruling is on the first screen (y ${rulings.y})`);
        assert.ok(panel.width >= text.width - 1, `${width}px: one column`);
      } else {
        assert.ok(panel.x > text.x + text.width - 1, `${width}px: the panel is beside the text`);
        assert.ok(Math.abs(panel.y - text.y) < 2, `${width}px: both start at the top`);
      }
      assert.match((await page.textContent("ul.rulings")) ?? "", /granted.*motion to stay/s);
      // One panel, one text: nothing is duplicated.
      assert.equal(await page.locator("ul.rulings").count(), 1);
      assert.equal(await page.locator("article.text").count(), 1);
      // No sideways scrolling at any width.
      assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= width, `${width}px: no horizontal scroll`);
      await shot(t, page, `document-${width}px-first-screen`, false);
      assert.deepEqual(problems, []);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
    await store.close();
  }
});

test("in a browser: a docket report is shown as a table of its entries", { skip, timeout: 90_000 }, async (t) => {
  const store = SqliteStore.open(":memory:");
  const ids = await storeCaseInputs(store);
  const server = await startServer(store, { port: 0, read: async () => sampleOrder(3) });
  const browser = await launch();
  try {
    const { page, problems } = await strictPage(browser);
    await page.goto(`${server.url}/documents/${ids.docket}`);
    const rows = page.locator("table.entries tbody tr");
    assert.equal(await rows.count(), 6);
    assert.deepEqual(await page.locator("table.entries tbody td.num").allTextContents(), ["1", "12", "20", "49", "50", "51"]);
    assert.equal(await page.textContent("#d50 td.date"), "2019-08-14");
    assert.match((await page.textContent("#d50 td.entry-text")) ?? "", /^ORDER DENYING PLAINTIFF'S EX PARTE MOTION/);
    // The text as read is still there, folded away.
    assert.equal(await page.locator("details.text-as-read article.text").count(), 1);
    assert.equal(await page.locator("details.text-as-read[open]").count(), 0);
    await shot(t, page, "docket-table");
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
    await store.close();
  }
});

test("in a browser: a page:line reference opens the source PDF at that page with the line marked, under the strict CSP", { skip, timeout: 90_000 }, async (t) => {
  const dir = await mkdtemp(join(tmpdir(), "casefile-viewer-"));
  const path = join(dir, "stay-order.pdf");
  const bytes = await stayOrderPdf();
  writeFileSync(path, bytes);
  const { read } = await import("../../src/read.js");
  const store = SqliteStore.open(":memory:");
  const { id } = await store.put(await read({ path, bytes }));
  const server = await startServer(store, { port: 0, read: async () => sampleOrder(3) });
  const browser = await launch();
  try {
    const { page, problems } = await strictPage(browser);
    const csp: string[] = [];
    page.on("response", (r) => {
      const h = r.headers()["content-security-policy"];
      if (h) csp.push(h);
    });
    await page.goto(`${server.url}/documents/${id}`);
    const ruling = page.locator("ul.rulings li").first();
    assert.match((await ruling.textContent()) ?? "", /denied.*motion to stay.*p\. 2, l\. 4/s);
    await ruling.locator("a.pdf-link").click();
    await page.waitForURL(new RegExp(`/documents/${id}/pages/2\\?line=4$`));
    const view = page.locator("#pdf-view");
    await page.waitForSelector("#pdf-view[data-state]", { timeout: 30_000 });
    assert.equal(await view.getAttribute("data-state"), "rendered", (await page.textContent(".pdf-status")) ?? "");
    assert.equal(await view.getAttribute("data-line-found"), "margin");
    assert.match((await page.textContent(".pdf-status")) ?? "", /Page 2 of 2, line 4 marked/);
    // The canvas holds a drawn page, and the mark covers the line printed at margin number 4.
    const inked = await page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>("#pdf-view canvas")!;
      const d = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
      let dark = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && d[i] < 128) dark++;
      return dark;
    });
    assert.ok(inked > 1000, `the page is drawn (${inked} dark pixels)`);
    const canvas = (await page.locator("#pdf-view canvas").boundingBox())!;
    const mark = (await page.locator("#pdf-view .line-mark").boundingBox())!;
    assert.ok(mark.height > 5 && mark.height < 40, `one line high (${mark.height})`);
    // Margin number 4 sits at slot 4 of 792 points: about 156/792 of the page's height.
    const rel = (mark.y + mark.height / 2 - canvas.y) / canvas.height;
    assert.ok(Math.abs(rel - 156 / 792) < 0.03, `the mark is at line 4 (${rel.toFixed(3)})`);
    await shot(t, page, "pdf-page-2-line-4");
    // The page mark in the text opens a page too; page 1 has a previous-less pager.
    await page.click("nav.pager a[rel=prev]");
    await page.waitForURL(new RegExp(`/documents/${id}/pages/1$`));
    await page.waitForSelector("#pdf-view[data-state=rendered]", { timeout: 30_000 });
    assert.equal(await page.locator("#pdf-view .line-mark").isHidden(), true);
    for (const policy of csp) {
      assert.match(policy, /default-src 'none'/);
      assert.match(policy, /script-src 'self';/);
      assert.doesNotMatch(policy, /unsafe-eval|script-src[^;]*unsafe-inline|\*/);
    }
    assert.ok(csp.length >= 2);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
    await store.close();
  }
});
