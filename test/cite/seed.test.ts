import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { findCitations } from "../../src/cite/index.js";
import { italics } from "./annotate.js";

/**
 * The seed order's body as layout will hand it over: margin line numbers and `//` fillers
 * removed, lines joined with single spaces, `**bold**` dropped, `*italic*` turned into spans.
 */
function seedText(): { text: string; emphasis: ReturnType<typeof italics>["emphasis"] } {
  const raw = readFileSync(new URL("../../examples/linlor-v-futero.txt", import.meta.url), "utf8");
  const lines = raw
    .split("\n")
    .map((l) => l.replace(/^\d{1,2} /, ""))
    .filter((l) => !/^\s*(?:\d{1,2}|\/\/)\s*$/.test(l));
  return italics(lines.join(" ").replace(/\*\*/g, "").replace(/\s+/g, " "));
}

// The 12 full case cites of the seed (shared/seed/expected.json).
const EXPECTED: [volume: string, reporter: string, page: string, pin: string, year: number, court: string, name: string][] = [
  ["845", "F.2d", "205", "206 n.1", 1988, "ca9", "Tripati v. Henman"],
  ["342", "F.3d", "934", "945", 2003, "ca9", "Carroll v. Nakatani"],
  ["197", "F.3d", "1253", "1255", 1999, "ca9", "McDowell v. Calderon"],
  ["554", "U.S.", "471", "485 n.5", 2008, "scotus", "Exxon Shipping Co. v. Baker"],
  ["555", "F.3d", "772", "780", 2009, "ca9", "United Nat’l Ins. Co. v. Spectrum Worldwide, Inc."],
  ["673", "F.2d", "1020", "1025-26", 1982, "ca9", "In re Cement Antitrust Litig."],
  ["2004", "WL", "3030121", "*1", 2004, "cacd", "United States v. Tenet Healthcare Corp."],
  ["514", "U.S.", "35", "47", 1995, "scotus", "Swint v. Chambers Cnty. Comm’n"],
  ["2008", "WL", "426510", "*3", 2008, "ord", "Brizzee v. Fred Meyer Stores, Inc."],
  ["852", "F.3d", "884", "898", 2017, "ca9", "In re Gugliuzza"],
  ["85", "F. Supp. 3d", "1063", "1067", 2015, "azd", "Villarreal v. Caremark LLC"],
  ["219", "F.3d", "647", "675-77", 2000, "ca7", "Ahrenholz v. Bd. of Trs. of the Univ. of Ill."],
];

test("seed order: the 12 full case cites with names, pins, courts, years", () => {
  const { text, emphasis } = seedText();
  const full = findCitations(text, { emphasis }).filter((c) => c.kind === "case");
  assert.deepEqual(
    full.map((c) => [c.volume, c.reporter, c.page, c.pin, c.year, c.court, c.caseName]),
    EXPECTED,
  );
});

test("seed order: WL cite carries docket number and date", () => {
  const { text, emphasis } = seedText();
  const tenet = findCitations(text, { emphasis }).find((c) => c.page === "3030121")!;
  assert.equal(tenet.docketNumber, "CV04-857 GAF(JTLX)");
  assert.equal(tenet.date, "2004-12-27");
});

test("seed order: short cites resolve to their full cites", () => {
  const { text, emphasis } = seedText();
  const cites = findCitations(text, { emphasis });
  const shorts = cites.filter((c) => c.kind === "case-short");
  assert.deepEqual(
    shorts.map((c) => [c.volume, c.reporter, c.pin, cites[c.antecedent!].page]),
    [
      ["673", "F.2d", "1026", "1020"],
      ["673", "F.2d", "1026", "1020"],
      ["2008", "WL", "*4", "426510"],
      ["2008", "WL", "*4", "426510"],
      ["852", "F.3d", "898", "884"],
    ],
  );
  // `Id. at 1026` follows `Under § 1292(b)` in prose: it still points at In re Cement.
  const id1026 = cites.find((c) => c.kind === "id" && c.pin === "1026")!;
  assert.equal(cites[id1026.antecedent!].page, "1020");
});

test("seed order: every Id. points at the citation just before it, record cites included", () => {
  const { text, emphasis } = seedText();
  const cites = findCitations(text, { emphasis });
  const ids = cites.filter((c) => c.kind === "id");
  const described = ids.map((c) => {
    const a = c.antecedent === null ? null : cites[c.antecedent];
    if (!a) return [c.pin ?? null, null];
    return [c.pin ?? null, a.kind === "record" ? `record ${a.document}${a.attachment ? `-${a.attachment}` : ""}` : `${a.kind} ${a.volume} ${a.page}`];
  });
  // shared/seed/expected.json "ids"
  assert.deepEqual(described, [
    ["3-4", "record 49-1"],
    ["3", "record 47"],
    ["3-4", "record 47"],
    ["2", "record 49-1"],
    ["1026", "case 673 1020"],
    [null, "case 85 1063"],
    ["2", "record 49-1"],
    [null, "record 19"],
  ]);
});

test("seed order: bare sections and rules take the code and body in force", () => {
  const { text, emphasis } = seedText();
  const cites = findCitations(text, { emphasis });
  for (const c of cites.filter((x) => x.kind === "statute-short")) {
    assert.equal(c.title, "28", c.text);
    assert.notEqual(c.antecedent, null, c.text);
  }
  for (const c of cites.filter((x) => x.kind === "rule")) assert.equal(c.body, "Fed. R. Civ. P.", c.text);
});
