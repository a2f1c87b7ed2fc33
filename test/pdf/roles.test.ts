import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { composeLine, type BuiltLine } from "../../src/ingest/pdf/lines.js";
import { classifyPage, isPageNumberText, isStampText, joinStampTails, markRepeats, type PageWork } from "../../src/ingest/pdf/roles.js";
import type { Rule } from "../../src/ingest/pdf/rules.js";
import { makeRun } from "../../src/ingest/pdf/run.js";

describe("isStampText: CM/ECF stamps of every court kind", () => {
  const stamps = [
    "Case 3:17-cv-00218-MMA-BLM Document 50 Filed 04/05/18 PageID.318 Page 1 of 6",
    "Case 2:06-cv-01963-DDP-PLA Document 74-3 Filed 01/02/2008 Page 2 of 9",
    "Case: 17-16789, 04/05/2018, ID: 10826789, DktEntry: 45-1, Page 1 of 6",
    "Case 17-12345-abc Doc 50 Filed 04/05/18 Entered 04/05/18 12:34:56 Desc Main Document Page 1 of 6",
    "USCA4 Appeal: 17-1234 Doc: 45 Filed: 04/05/2018 Pg: 1 of 6",
    "USCA Case #17-5123 Document #1726789 Filed: 04/05/2018 Page 1 of 6",
    "Case: 19-1234 Document: 45 Page: 1 Filed: 04/05/2019",
    "Appellate Case: 22-1801 Page: 1 Date Filed: 01/19/2023 Entry ID: 5237514",
  ];
  for (const s of stamps) it(s, () => assert.equal(isStampText(s), true));
});

describe("isStampText: lines that are not stamps", () => {
  const lines = [
    "Case No.: 17cv218-MMA (BLM)",
    "In this case, the Court filed its order on the document.",
    "Plaintiff filed Document 44 on March 16, 2018.",
    "UNITED STATES DISTRICT COURT",
    "",
    "Case Management Conference",
  ];
  for (const s of lines) it(JSON.stringify(s), () => assert.equal(isStampText(s), false));
});

describe("isPageNumberText", () => {
  const cases: [string, boolean][] = [
    ["4", true],
    ["- 4 -", true],
    ["Page 4 of 12", true],
    ["4 of 12", true],
    ["17cv218-MMA (BLM)", false],
    ["28 U.S.C. § 1292", false],
    ["Dated: April 5, 2018", false],
  ];
  for (const [text, want] of cases) it(text, () => assert.equal(isPageNumberText(text), want));
});

/** A line from text at a place; size sets every run's font size; `mark` opens it with a raised mark. */
function line(text: string, y: number, opts: { x?: number; size?: number; mark?: string } = {}): BuiltLine {
  const size = opts.size ?? 12;
  const x = opts.x ?? 80;
  const runs = [makeRun({ text, x: x + (opts.mark ? 5 : 0), y, size, right: x + text.length * size * 0.45 })];
  if (opts.mark) runs.unshift(makeRun({ text: opts.mark, x, y: y - size * 0.35, size: size * 0.62, right: x + 3, superscript: true }));
  return composeLine(runs);
}

function page(lines: BuiltLine[], rules: Rule[] = [], number = 1): PageWork {
  return { number, width: 612, height: 792, lines, numbers: [], rules, roles: [] };
}

const bodyOf = (page: number) => Array.from({ length: 10 }, (_, i) => line(`body text line ${i} of the order on page ${"abcdefgh"[page]}`, 84 + i * 24));
const bodyLines = bodyOf(0);

describe("classifyPage: roles by position", () => {
  it("stamp at the top, centered page number at the foot", () => {
    const p = page([line("Case 3:17-cv-00218-MMA-BLM Document 50 Filed 04/05/18 PageID.318 Page 1 of 6", 36, { x: 72, size: 10 }), ...bodyLines, line("3", 776, { x: 303 })]);
    const roles = classifyPage(p, 12);
    assert.equal(roles[0], "stamp");
    assert.equal(roles[roles.length - 1], "footer");
    assert.ok(roles.slice(1, -1).every((r) => r === "body"));
  });
  it("a stamp printed at the foot of the page (Eighth Circuit style)", () => {
    const roles = classifyPage(page([...bodyLines, line("Appellate Case: 22-1801 Page: 1 Date Filed: 01/19/2023 Entry ID: 5237514", 778, { x: 90 })]), 12);
    assert.equal(roles[roles.length - 1], "stamp");
  });
  it("footnotes: smaller type under a short rule", () => {
    const notes = [line("As such, the Court also denies the stay.", 700, { size: 10, mark: "1" }), line("See Doc. No. 49-1 at 4.", 712, { size: 10 })];
    const roles = classifyPage(page([...bodyLines, ...notes], [{ x1: 80, x2: 224, y: 688 }]), 12);
    assert.deepEqual(roles.slice(-2), ["footnote", "footnote"]);
    assert.ok(roles.slice(0, -2).every((r) => r === "body"));
  });
  it("a footnote continued from the last page: small type under the rule, no mark", () => {
    const roles = classifyPage(page([...bodyLines, line("the rest of the note from the page before.", 712, { size: 10 })], [{ x1: 80, x2: 224, y: 700 }]), 12);
    assert.equal(roles[roles.length - 1], "footnote");
  });
  it("footnotes without a rule: a block of small type opening with a mark", () => {
    const roles = classifyPage(page([...bodyLines, line("As such, the Court also denies the stay.", 700, { size: 10, mark: "2" }), line("pending appeal.", 712, { size: 10 })]), 12);
    assert.deepEqual(roles.slice(-2), ["footnote", "footnote"]);
  });
  it("a running footer under a full-width rule", () => {
    const roles = classifyPage(page([...bodyLines, line("17cv218-MMA (BLM)", 760, { x: 446, size: 10 })], [{ x1: 80, x2: 540, y: 746 }]), 12);
    assert.equal(roles[roles.length - 1], "footer");
  });
});

describe("classifyPage: what must stay body", () => {
  it("a signature line: a short rule with body-size text below", () => {
    const roles = classifyPage(page([...bodyLines, line("Hon. Michael M. Anello", 400, { x: 330 }), line("United States District Judge", 424, { x: 330 })], [{ x1: 330, x2: 500, y: 388 }]), 12);
    assert.ok(roles.every((r) => r === "body"));
  });
  it("small type at the foot without a mark or rule (a block quote, a list)", () => {
    const roles = classifyPage(page([...bodyLines, line("a quoted passage in smaller type", 700, { size: 10 })]), 12);
    assert.ok(roles.every((r) => r === "body"));
  });
  it("a case number line deep in the page is no stamp", () => {
    const roles = classifyPage(page([...bodyLines, line("Case 3:17-cv-00218 Document 50 Filed 04/05/18", 500)]), 12);
    assert.ok(roles.every((r) => r === "body"));
  });
  it("a page number in the outer corner at the foot", () => {
    const roles = classifyPage(page([...bodyLines, line("7", 770, { x: 540 })]), 12);
    assert.equal(roles[roles.length - 1], "footer");
  });
  it("a number in the body is no page number", () => {
    const roles = classifyPage(page([...bodyLines, line("12", 400, { x: 303 })]), 12);
    assert.ok(roles.every((r) => r === "body"));
  });
});

describe("markRepeats", () => {
  it("the same words at the same height on every page are a running header or footer", () => {
    const pages = [1, 2, 3].map((n) => page([line(`SMITH v. JONES — ORDER ${n}`, 50), ...bodyOf(n), line(`17cv218-MMA (BLM) page ${n}`, 740)], [], n));
    for (const p of pages) p.roles = classifyPage(p, 12);
    markRepeats(pages);
    for (const p of pages) {
      // A form repeats its head on every page; on the first page it is the caption, so it stays text.
      assert.equal(p.roles[0], p.number === 1 ? "body" : "header");
      assert.equal(p.roles[p.roles.length - 1], "footer");
      assert.ok(p.roles.slice(1, -1).every((r) => r === "body"));
    }
  });
  it("a line repeated at different heights, or on one page only, stays body", () => {
    const pages = [1, 2].map((n) => page([line("IT IS SO ORDERED.", 60 + n * 30), ...bodyOf(n)], [], n));
    for (const p of pages) p.roles = classifyPage(p, 12);
    markRepeats(pages);
    assert.ok(pages.every((p) => p.roles.every((r) => r === "body")));
  });
});

describe("joinStampTails", () => {
  it("joins the wrapped tail of a long stamp back on", () => {
    const lines = [line("Case 8:16-ml-02693-JLS-KES Document 282-12 Filed 10/04/18 Page 1 of 9 Page ID", 25, { x: 67 }), line("#:6288", 37, { x: 289 }), ...bodyLines];
    const joined = joinStampTails(lines, 792);
    assert.equal(joined[0].text, "Case 8:16-ml-02693-JLS-KES Document 282-12 Filed 10/04/18 Page 1 of 9 Page ID #:6288");
    assert.equal(joined.length, lines.length - 1);
  });
  it("leaves lines under a stamp alone when they are far, long, or no stamp is there", () => {
    const cases: BuiltLine[][] = [
      [line("Case 3:17-cv-00218 Document 50 Filed 04/05/18 Page 1 of 6", 36, { x: 72 }), line("UNITED STATES DISTRICT COURT", 84, { x: 200 })],
      [line("Case 3:17-cv-00218 Document 50 Filed 04/05/18 Page 1 of 6", 36, { x: 72 }), line("a long line of body text right under the stamp", 46, { x: 80 })],
      [line("SMITH v. JONES", 36, { x: 72 }), line("#:6288", 46, { x: 100 })],
    ];
    for (const lines of cases) assert.deepEqual(joinStampTails(lines, 792).map((l) => l.text), lines.map((l) => l.text));
  });
});
