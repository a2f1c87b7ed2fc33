import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { test } from "node:test";
import { startServer } from "../../src/server/index.js";
import { SqliteStore } from "../../src/store/index.js";
import { storeCaseInputs } from "../cases/fixture.js";
import { sampleOrder } from "../store/factory.js";

const CHROMIUM = "/usr/bin/chromium";
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} not found: install the Debian chromium package to run the browser test`;

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
    assert.equal(await page.textContent("h1"), "In re Cement Antitrust Litig., 673 F.2d 1020");
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
