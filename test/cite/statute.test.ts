import assert from "node:assert/strict";
import { test } from "node:test";
import type { Candidate } from "../../src/cite/recognizer.js";
import { statuteRecognizer } from "../../src/cite/recognizers/statute.js";
import { STATUTE_CODES } from "../../src/cite/tables/codes.js";
import { unmark } from "./annotate.js";


type Fields = Partial<Pick<Candidate, "kind" | "title" | "code" | "codeFound" | "section" | "subsection" | "jurisdiction" | "pin" | "year" | "publisher" | "parenthetical">>;

/** A full statute with the defaults of a federal cite. */
const usc = (title: string, section: string, subsection: string | null = null): Fields => ({ kind: "statute", title, code: "U.S.C.", section, subsection, jurisdiction: "us" });
/** A state statute. */
const state = (jurisdiction: string, code: string, section: string, title: string | null = null, subsection: string | null = null): Fields => ({ kind: "statute", title, code, section, subsection, jurisdiction });
/** A bare `§ 1292(b)` waiting for resolution. */
const short = (section: string, subsection: string | null = null): Fields => ({ kind: "statute-short", title: null, code: null, section, subsection });

const TABLE: [string, Fields[]][] = [
  ["pursuant to <c>28 U.S.C. § 1292(b)</c>. Doc.", [usc("28", "1292", "(b)")]],
  ["jurisdiction under <c>28 U.S.C. §§ 1331</c>, <c>1343</c>.", [usc("28", "1331"), usc("28", "1343")]],
  ["<c>42 U.S.C. §§ 1981-1983</c> apply", [usc("42", "1981-1983")]],
  ["under <c>15 U.S.C. § 1 et seq.</c>, the Act", [usc("15", "1")]],
  // the edition parenthetical is read, not covered, as a case's court-and-year parenthetical
  ["<c>42 U.S.C.A. § 2000e-5(f)(1)</c> (West 2012).", [{ ...usc("42", "2000e-5", "(f)(1)"), year: 2012, publisher: "West" }]],
  ["<c>Ariz. Rev. Stat. Ann. § 36-3701 et seq.</c> (West 2009)", [{ ...state("az", "Ariz. Rev. Stat.", "36-3701"), pin: "et seq.", year: 2009, publisher: "West", codeFound: "Ariz. Rev. Stat. Ann." }]],
  ["<c>Ohio Rev. Code Ann. § 5739.02(B)(7)</c> (Lexis Supp. 2010)", [{ ...state("oh", "Ohio Rev. Code", "5739.02", null, "(B)(7)"), year: 2010, publisher: "Lexis Supp." }]],
  ["<c>Ark. Code Ann. § 23-3-119(a)(2) and (d)</c> (1987)", [{ ...state("ar", "Ark. Code Ann.", "23-3-119", null, "(a)(2) and (d)"), year: 1987 }]],
  ["<c>Kan. Stat. Ann. § 21-3516(a)(2)</c> (repealed) (ignore this)", [{ ...state("ks", "Kan. Stat. Ann.", "21-3516", null, "(a)(2)"), parenthetical: "repealed" }]],
  ["<c>Wis. Stat. § 655.002(2)(c)</c> (2005-06)", [{ ...state("wi", "Wis. Stat.", "655.002", null, "(2)(c)"), year: 2005 }]],
  ["<c>18 U.S.C.S. § 924(c)</c>", [usc("18", "924", "(c)")]],
  ["a claim under <c>42 U.S.C. 1983</c> fails", [usc("42", "1983")]],
  ["under <c>section 1983 of Title 42</c>, a", [usc("42", "1983")]],
  ["<c>Title 42, United States Code, Section 1983</c>", [usc("42", "1983")]],
  ["See <c>110 Stat. 1321</c>.", [{ kind: "statute", title: "110", code: "Stat.", section: "1321" }]],
  ["the PLRA, <c>Pub. L. No. 104-134</c>, amended", [{ kind: "statute", code: "Pub. L.", section: "104-134", jurisdiction: "us" }]],
  ["<c>Cal. Civ. Proc. Code § 425.16</c>", [state("ca", "Cal. Civ. Proc. Code", "425.16")]],
  ["<c>Cal. Penal Code § 187(a)</c>", [state("ca", "Cal. Penal Code", "187", null, "(a)")]],
  ["<c>Code Civ. Proc., § 425.16</c>, subd. (b)", [state("ca", "Cal. Civ. Proc. Code", "425.16")]],
  ["<c>N.Y. C.P.L.R. 3211(a)(7)</c>", [state("ny", "N.Y. C.P.L.R.", "3211", null, "(a)(7)")]],
  ["<c>N.Y. Penal Law § 125.25</c>", [state("ny", "N.Y. Penal Law", "125.25")]],
  ["<c>Tex. Civ. Prac. & Rem. Code Ann. § 27.001</c>", [state("tx", "Tex. Civ. Prac. & Rem. Code", "27.001")]],
  ["<c>Fla. Stat. § 768.28</c>", [state("fl", "Fla. Stat.", "768.28")]],
  ["<c>42 Pa. Cons. Stat. § 8371</c>", [state("pa", "Pa. Cons. Stat.", "8371", "42")]],
  ["<c>Ariz. Rev. Stat. § 13-1105</c> and <c>A.R.S. § 13-1105</c>", [state("az", "Ariz. Rev. Stat.", "13-1105"), state("az", "Ariz. Rev. Stat.", "13-1105")]],
  ["<c>Mass. Gen. Laws ch. 93A, § 2</c>", [state("ma", "Mass. Gen. Laws", "2", "93A")]],
  ["<c>735 ILCS 5/2-619</c>", [state("il", "ILCS", "5/2-619", "735")]],
  ["<c>Ohio Rev. Code Ann. § 2305.10</c>", [state("oh", "Ohio Rev. Code", "2305.10")]],
  ["<c>Mich. Comp. Laws § 600.2912</c>", [state("mi", "Mich. Comp. Laws", "600.2912")]],
  ["<c>Va. Code Ann. § 8.01-243</c>", [state("va", "Va. Code Ann.", "8.01-243")]],
  ["<c>Okla. Stat. tit. 12, § 95</c>", [state("ok", "Okla. Stat.", "95", "12")]],
  ["<c>RCW 4.16.080(2)</c>", [state("wa", "Wash. Rev. Code", "4.16.080", null, "(2)")]],
  ["<c>CAL. PENAL CODE § 187</c>", [state("ca", "Cal. Penal Code", "187")]],
  ["<c>Md. Code Ann., Cts. & Jud. Proc. § 5-101</c>", [state("md", "Md. Code Ann., Cts. & Jud. Proc.", "5-101")]],
  ["Under <c>§ 1292(b)</c>, the court may", [short("1292", "(b)")]],
  ["order pursuant to <c>§ 1292</c> where", [short("1292")]],
  ["<c>§§ 1331</c>, <c>1343</c> and", [short("1331"), short("1343")]],
  ["a <c>Section 1983</c> claim", [short("1983")]],
  ["under <c>section 425.16</c>, subdivision", [short("425.16")]],
  ["<c>Section 10(b)</c> of the Securities Exchange Act", [short("10", "(b)")]],
  ["<c>section 2</c> of the Act provides", [short("2")]],
  ["<c>Tex. Code Crim. Proc. Ann. art. 38.22, § 3</c>", [state("tx", "Tex. Code Crim. Proc.", "38.22", null, "§ 3")]],
  ["<c>La. Civ. Code art. 2315</c>", [state("la", "La. Civ. Code", "2315")]],
  ["<c>N.J. Stat. Ann. § 2A:14-2</c>", [state("nj", "N.J. Stat.", "2A:14-2")]],
  ["<c>Del. Code Ann. tit. 10, § 8119</c>", [state("de", "Del. Code Ann.", "8119", "10")]],
];

function pick(c: Candidate, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, (c as unknown as Record<string, unknown>)[k] ?? null]));
}

test("statute recognizer: table", () => {
  for (const [marked, expected] of TABLE) {
    const { text, spans } = unmark(marked);
    const found = statuteRecognizer.find({ text, emphasis: [] });
    assert.deepEqual(
      found.map((c) => ({ start: c.start, end: c.end })),
      spans,
      `spans in ${marked}`,
    );
    found.forEach((c, i) => {
      assert.equal(c.text, text.slice(c.start, c.end));
      const keys = Object.keys(expected[i]);
      assert.deepEqual(pick(c, keys), pick(expected[i] as Candidate, keys), `fields of ${c.text} in ${marked}`);
    });
  }
});

test("statute recognizer: one cite of every code in the table", () => {
  for (const row of STATUTE_CODES) {
    const lead = row.titled === "before" || row.titled === "either" ? "12 " : "";
    const tail = row.titleRequired ? " tit. 12," : "";
    const text = `See ${lead}${row.code}${tail} § 123.45(a).`;
    const found = statuteRecognizer.find({ text, emphasis: [] });
    assert.equal(found.length, 1, text);
    assert.equal(found[0].kind, "statute", text);
    assert.equal(found[0].code, row.code, text);
    assert.equal(found[0].jurisdiction, row.jurisdiction, text);
    assert.equal(found[0].section, "123.45", text);
    assert.equal(found[0].subsection, "(a)", text);
    for (const v of row.variants) {
      const vtext = `See ${lead}${v}${tail} § 123.45(a).`;
      const vfound = statuteRecognizer.find({ text: vtext, emphasis: [] });
      assert.equal(vfound[0]?.code, row.code, vtext);
    }
  }
});

test("statute recognizer: Ohio's bare R.C. form", () => {
  const found = statuteRecognizer.find({ text: "under R.C. 2305.10(A), the", emphasis: [] });
  assert.deepEqual(
    found.map((c) => [c.text, c.code, c.section, c.subsection]),
    [["R.C. 2305.10(A)", "Ohio Rev. Code", "2305.10", "(A)"]],
  );
});

test("statute recognizer: the seed order's statutes", async () => {
  const { readFile } = await import("node:fs/promises");
  const raw = await readFile(new URL("../../examples/linlor-v-futero.txt", import.meta.url), "utf8");
  // Layout strips pleading line numbers; a crude stand-in is enough here.
  const text = raw.replace(/^\s{0,3}\d{1,2} /gm, "").replace(/\s+/g, " ");
  const found = statuteRecognizer.find({ text, emphasis: [] });
  const full = new Set(found.filter((c) => c.kind === "statute").map((c) => `${c.title} ${c.code} § ${c.section}${c.subsection ?? ""}`));
  assert.deepEqual([...full].sort(), ["28 U.S.C. § 1291", "28 U.S.C. § 1292(b)"]);
  const shorts = found.filter((c) => c.kind === "statute-short");
  assert.ok(shorts.length >= 5, "the bare § 1292(b) and § 1292 are short forms");
  assert.ok(shorts.every((c) => c.section === "1292"));
});
