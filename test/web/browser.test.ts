import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { test } from "node:test";
import { startServer } from "../../src/server/index.js";
import { SqliteStore } from "../../src/store/index.js";
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
