// Is every case the seed order cites real? CourtListener-format files hold the seed's
// cases at their reported pages (Ahrenholz at 219 F.3d 674, where the order prints 647);
// they are loaded through the CLI's verb, and the seed is checked, looked up over HTTP
// and tabled.
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies are probed field by field */
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { checkCommand, loadCommand, toaCommand } from "../../src/cli/check-commands.js";
import type { Reading } from "../../src/model/types.js";
import { createApp } from "../../src/server/index.js";
import { SqliteStore } from "../../src/store/index.js";
import { writeCourtListener } from "./fixture.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const seed = join(root, "examples", "linlor-v-futero.txt");
const dir = mkdtempSync(join(tmpdir(), "casefile-check-"));
const db = join(dir, "authorities.db");

function capture() {
  let out = "";
  let err = "";
  return { io: { out: (t: string) => void (out += t), err: (t: string) => void (err += t) }, out: () => out, err: () => err };
}

const loaded = (async () => {
  writeCourtListener(join(dir, "bulk"));
  const c = capture();
  assert.equal(await loadCommand([join(dir, "bulk")], { db }, c.io), 0);
  return c.err();
})();

test("casefile authorities load reads the four bulk files", async () => {
  const log = await loaded;
  assert.match(log, /courts 4 rows/);
  assert.match(log, /clusters 14 rows/);
  assert.match(log, /citations 17 rows/);
  // A second run finds every file loaded.
  const again = capture();
  await loadCommand([join(dir, "bulk")], { db }, again.io);
  assert.equal((again.err().match(/already loaded/g) ?? []).length, 4);
});

test("casefile check on the seed: Ahrenholz is at 674, the others are found, WL cites are not covered", async () => {
  await loaded;
  const c = capture();
  const code = await checkCommand(seed, { db, json: true, failOn: "error" }, c.io);
  const reading = JSON.parse(c.out()) as Reading;
  const checked = reading.citations.filter((x) => x.check).map((x) => [x.caseName?.split(" v. ")[0].replace(/^In re /, ""), `${x.volume} ${x.reporter} ${x.page}`, x.check!.status, x.check!.suggestion]);
  assert.deepEqual(checked, [
    ["Tripati", "845 F.2d 205", "found", null],
    ["Carroll", "342 F.3d 934", "found", null],
    ["McDowell", "197 F.3d 1253", "found", null],
    ["Exxon Shipping Co.", "554 U.S. 471", "found", null],
    ["United Nat’l Ins. Co.", "555 F.3d 772", "found", null],
    ["Cement Antitrust Litig.", "673 F.2d 1020", "found", null],
    ["United States", "2004 WL 3030121", "not-covered", null],
    ["Swint", "514 U.S. 35", "found", null],
    ["Brizzee", "2008 WL 426510", "not-covered", null],
    ["Gugliuzza", "852 F.3d 884", "found", null],
    ["Villarreal", "85 F. Supp. 3d 1063", "found", null],
    ["Ahrenholz", "219 F.3d 647", "not-found", "219 F.3d 674"],
  ]);
  const tripati = reading.citations.find((x) => x.volume === "845")!.check!.clusters[0];
  assert.deepEqual(tripati, { id: 101, caseName: "Tripati v. Henman", dateFiled: "1988-05-03", court: "ca9", citations: ["845 F.2d 205"] });
  // The wrong cite is an error, so --fail-on error fails; the found ones raise nothing.
  assert.equal(code, 1);
  const codes = reading.findings.filter((f) => f.code.startsWith("authority.") && f.severity !== "info").map((f) => f.code);
  assert.deepEqual(codes, ["authority.not-found"]);
});

test("the check summary prints the checked cites, problems first", async () => {
  await loaded;
  const c = capture();
  await checkCommand(seed, { db }, c.io);
  const rows = c
    .out()
    .split("\n")
    .filter((l) => /^ {2}(found|not-found|not-covered|name-mismatch|ambiguous) /.test(l))
    .map((l) => l.trim().split(/\s{2,}/)[0]);
  assert.deepEqual(rows, ["not-found", "not-covered", "not-covered", ...Array(9).fill("found")]);
  assert.match(c.out(), /219 F\.3d 647 .*really at 219 F\.3d 674/);
});

test("POST /api/rest/v4/citation-lookup/ answers like CourtListener", async () => {
  await loaded;
  const store = SqliteStore.open(db);
  try {
    const app = createApp(store, { log: () => undefined });
    const post = (body: string, type = "application/x-www-form-urlencoded") => app.request("/api/rest/v4/citation-lookup/", { method: "POST", body, headers: { "content-type": type } });
    const text = "See Tripati v. Henman, 845 F.2d 205 (9th Cir. 1988); Ahrenholz, 219 F.3d 647.";
    const res = await post(new URLSearchParams({ text }).toString());
    assert.equal(res.status, 200);
    const body = (await res.json()) as any[];
    assert.deepEqual(
      body.map((r) => [r.citation, r.normalized_citations, text.slice(r.start_index, r.end_index), r.status, r.clusters.map((k: any) => k.case_name)]),
      [
        ["845 F.2d 205", ["845 F.2d 205"], "845 F.2d 205", 200, ["Tripati v. Henman"]],
        ["219 F.3d 647", ["219 F.3d 647"], "219 F.3d 647", 404, []],
      ],
    );
    assert.equal(body[0].error_message, "");
    assert.match(body[1].error_message, /not found/i);
    assert.deepEqual(body[0].clusters[0].citations, [{ volume: 845, reporter: "F.2d", page: "205" }]);

    const table: [string, string, number[]][] = [
      ["volume, reporter, page", new URLSearchParams({ volume: "219", reporter: "F.3d", page: "674" }).toString(), [200]],
      ["a reporter spelled loosely", new URLSearchParams({ volume: "219", reporter: "F. 3d", page: "674" }).toString(), [200]],
      ["an unknown reporter", new URLSearchParams({ volume: "219", reporter: "Fake Rptr.", page: "674" }).toString(), [400]],
      ["no citation in the text", new URLSearchParams({ text: "No citations here." }).toString(), []],
    ];
    for (const [what, form, statuses] of table) {
      const r = await post(form);
      assert.equal(r.status, 200, what);
      assert.deepEqual(((await r.json()) as any[]).map((x) => x.status), statuses, what);
    }
    const json = await post(JSON.stringify({ text: "554 U.S. 471" }), "application/json");
    assert.deepEqual(((await json.json()) as any[]).map((x) => x.clusters[0].citations.length), [3]);
    const missing = await post("");
    assert.equal(missing.status, 400);
  } finally {
    await store.close();
  }
});

test("past 250 citations a request, the rest answer 429", async () => {
  await loaded;
  const store = SqliteStore.open(db);
  try {
    const app = createApp(store, { log: () => undefined });
    const text = Array.from({ length: 252 }, (_, i) => `${100 + i} F.3d ${200 + i}`).join("; ");
    const res = await app.request("/api/rest/v4/citation-lookup/", { method: "POST", body: new URLSearchParams({ text }).toString(), headers: { "content-type": "application/x-www-form-urlencoded" } });
    const statuses = ((await res.json()) as any[]).map((r) => r.status);
    assert.equal(statuses.length, 252);
    assert.deepEqual([statuses[249], statuses[250], statuses[251]], [404, 429, 429]);
  } finally {
    await store.close();
  }
});

test("casefile toa on the seed lists its twelve cases once each, with pages", async () => {
  const c = capture();
  await toaCommand(seed, { format: "csv" }, c.io);
  const rows = c
    .out()
    .trim()
    .split("\n")
    .slice(1)
    .map((l) => l.match(/^([^,]+),("(?:[^"]|"")*"|[^,]*),(.*)$/)!.slice(1));
  const cases = rows.filter(([part]) => part === "Cases").map(([, label, pages]) => [label.replace(/^"|"$/g, "").split(",")[0], pages.replace(/"/g, "")]);
  assert.deepEqual(cases, [
    ["Ahrenholz v. Bd. of Trs. of the Univ. of Ill.", "5"],
    ["Brizzee v. Fred Meyer Stores", "4, 5"],
    ["Carroll v. Nakatani", "3"],
    ["Exxon Shipping Co. v. Baker", "3"],
    ["In re Cement Antitrust Litig.", "4"],
    ["In re Gugliuzza", "4, 6"],
    ["McDowell v. Calderon", "3"],
    ["Swint v. Chambers Cnty. Comm’n", "4"],
    ["Tripati v. Henman", "2"],
    ["United Nat’l Ins. Co. v. Spectrum Worldwide", "3"],
    ["United States v. Tenet Healthcare Corp.", "4"],
    ["Villarreal v. Caremark LLC", "4"],
  ]);
  const parts = [...new Set(rows.map(([part]) => part))];
  assert.deepEqual(parts, ["Cases", "Statutes", "Rules"]);
});
