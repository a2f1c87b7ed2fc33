import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { WorkLine } from "../../src/layout/line.js";
import type { WorkPage } from "../../src/layout/paginate.js";
import { dropRunning, runningKey } from "../../src/layout/running.js";

/** A work line with defaults for everything but its text. */
const line = (text: string, role: WorkLine["role"] = "body"): WorkLine => ({
  text,
  emphasis: [],
  page: 1,
  line: 1,
  printed: false,
  physical: 1,
  indent: 0,
  role,
  marginOnly: false,
});
const page = (n: number, texts: string[]): WorkPage => ({ number: n, stamp: null, lines: texts.map((t) => line(t)) });
const kept = (pages: WorkPage[]): string[][] => dropRunning(pages).map((p) => p.lines.map((l) => l.text));

describe("runningKey", () => {
  const table: [string, string][] = [
    [" 17cv218-MMA (BLM) ", "#cv#-mma (blm)"],
    ["Page 2 of 6", "page # of #"],
    ["ACLU  v.  DOJ", "aclu v. doj"],
  ];
  for (const [input, expected] of table) it(input, () => assert.equal(runningKey(input), expected));
});

describe("dropRunning", () => {
  it("removes repeated heads and feet and page numbers at the edges", () => {
    const pages = [1, 2, 3].map((n) => page(n, ["ACLU v. DOJ", `Body text ${"abc"[n - 1]} of the page.`, `- ${n} -`, "17cv218-MMA (BLM)"]));
    assert.deepEqual(kept(pages), [["Body text a of the page."], ["Body text b of the page."], ["Body text c of the page."]]);
  });

  it("keeps a court heading repeated on every page where it is the caption: page 1", () => {
    const pages = [1, 2, 3].map((n) => page(n, ["UNITED STATES DISTRICT COURT", "CENTRAL DISTRICT OF CALIFORNIA", `Minutes text ${"abc"[n - 1]}.`]));
    assert.deepEqual(kept(pages), [["UNITED STATES DISTRICT COURT", "CENTRAL DISTRICT OF CALIFORNIA", "Minutes text a."], ["Minutes text b."], ["Minutes text c."]]);
  });

  it("removes a form's long header table repeated below the lines ingest marked as header", () => {
    const longHead = "Case No. LA CV17-00308 JAK (AFMx) Date September 18, 2018 Title Jason Lust v. Animal Logic Entertainment US, et al. and others";
    const pages = [1, 2, 3, 4].map((n): WorkPage => ({
      number: n,
      stamp: null,
      lines: [line("UNITED STATES DISTRICT COURT", "header"), line("CIVIL MINUTES - GENERAL", "header"), line(longHead), line(["Alpha text.", "Beta words here.", "Gamma, then more.", "Delta at last."][n - 1])],
    }));
    assert.deepEqual(kept(pages).slice(1), [["Beta words here."], ["Gamma, then more."], ["Delta at last."]]);
  });

  it("removes lines ingest marked as header or footer", () => {
    const p: WorkPage = { number: 1, stamp: null, lines: [line("Running head", "header"), line("Text."), line("Foot", "footer")] };
    assert.deepEqual(kept([p]), [["Text."]]);
  });
});

describe("dropRunning: lines that stay", () => {
  const negatives: [string, WorkPage[]][] = [
    ["a number inside the text", [page(1, ["Intro.", "2", "More text.", "End."])]],
    ["a footnote mark above its note at the foot", [page(1, ["Body.", "1", "The note's text."])]],
    ["a line repeated on one page of three", [page(1, ["ORDER", "a"]), page(2, ["b", "c"]), page(3, ["d", "e"])]],
    ["roman-looking words", [page(1, ["CIVIL", "Text.", "mix"])]],
  ];
  for (const [name, pages] of negatives) {
    it(name, () => assert.deepEqual(kept(pages), pages.map((p) => p.lines.map((l) => l.text))));
  }
});
