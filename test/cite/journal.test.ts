import assert from "node:assert/strict";
import { test } from "node:test";
import { journalRecognizer } from "../../src/cite/recognizers/journal.js";
import { JOURNALS } from "../../src/cite/tables/journals.js";
import { unmark } from "./annotate.js";


type Fields = { volume: string; journal: string; page: string; pin: string | null; year: number | null; parenthetical?: string | null };
/** A journal cite's fields. */
const j = (volume: string, journal: string, page: string, pin: string | null = null, year: number | null = null): Fields => ({ volume, journal, page, pin, year });

const TABLE: [string, Fields[]][] = [
  ["see <c>25 Texas L.Rev. 199</c>.", [j("25", "Tex. L. Rev.", "199")]],
  ["<c>100 Harv. L. Rev. 1, 5 (1986)</c>", [j("100", "Harv. L. Rev.", "1", "5", 1986)]],
  ["<c>77 Marq. L. Rev. 475 (1993-94)</c>", [j("77", "Marq. L. Rev.", "475", null, 1993)]],
  ["<c>1 Minn. L. Rev. 1, 2-3 (2007)</c> (discussing the rule) (ignore this)", [{ ...j("1", "Minn. L. Rev.", "1", "2-3", 2007), parenthetical: "discussing the rule" }]],
  ["<c>93 Yale L.J. 455</c>", [j("93", "Yale L.J.", "455")]],
  ["<c>86 Colum. L. Rev. 1, 12-13 n.4 (1986)</c>", [j("86", "Colum. L. Rev.", "1", "12-13 n.4", 1986)]],
  ["<c>50 Stan. L. Rev. 3</c>; <c>73 U. Chi. L. Rev. 1 (2006)</c>", [j("50", "Stan. L. Rev.", "3"), j("73", "U. Chi. L. Rev.", "1", null, 2006)]],
  ["<c>98 Geo. L.J. 1 (2010)</c>", [j("98", "Geo. L.J.", "1", null, 2010)]],
  ["<c>2005 Wis. L. Rev. 1</c>", [j("2005", "Wis. L. Rev.", "1")]],
  ["<c>120 Harv. J.L. & Pub. Pol'y 3</c>", [j("120", "Harv. J.L. & Pub. Pol'y", "3")]],
  ["<c>41 Loy. U. Chi. L.J. 245 (2009)</c>", [j("41", "Loy. U. Chi. L.J.", "245", null, 2009)]],
  ["<c>12 Some New L. Rev. 7, 9</c>", [j("12", "Some New L. Rev.", "7", "9")]],
  ["<c>102 YALE L.J. 639</c>", [j("102", "Yale L.J.", "639")]],
  ["<c>1 F. B. I. S. 1</c>", [j("1", "F.B.I.S.", "1")]],
];

test("journal recognizer: the journal as printed is kept beside its canonical form", () => {
  const [c] = journalRecognizer.find({ text: "1 F. B. I. S. 1 and", emphasis: [] });
  assert.equal(c.reporterFound, "F. B. I. S.");
  assert.equal(c.journal, "F.B.I.S.");
});

test("journal recognizer: table", () => {
  for (const [marked, expected] of TABLE) {
    const { text, spans } = unmark(marked);
    const found = journalRecognizer.find({ text, emphasis: [] });
    assert.deepEqual(
      found.map((c) => ({ start: c.start, end: c.end })),
      spans,
      `spans in ${marked}`,
    );
    found.forEach((c, i) => {
      assert.equal(c.kind, "journal");
      const got = { volume: c.volume, journal: c.journal, page: c.page, pin: c.pin ?? null, year: c.year ?? null };
      assert.deepEqual("parenthetical" in expected[i] ? { ...got, parenthetical: c.parenthetical ?? null } : got, expected[i], `${c.text} in ${marked}`);
    });
  }
});

test("journal recognizer: one cite of every journal in the table", () => {
  for (const row of JOURNALS) {
    for (const spelling of [row.journal, ...row.variants]) {
      const text = `See ${"4"}2 ${spelling} 123, 130 (1999).`;
      const found = journalRecognizer.find({ text, emphasis: [] });
      assert.equal(found.length, 1, text);
      assert.equal(found[0].journal, row.journal, text);
      assert.equal(found[0].page, "123", text);
      assert.equal(found[0].pin, "130", text);
      assert.equal(found[0].year, 1999, text);
    }
  }
});
