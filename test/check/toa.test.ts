// The table of authorities: every authority once, with its pages, passim at five; and a
// brief's own table compared with its body (printed pages run behind the file's pages
// by the front matter).
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Finding } from "../../src/model/types.js";
import { read } from "../../src/read.js";
import { compareToa, formatToa, toa } from "../../src/toa/index.js";

const enc = (s: string) => new TextEncoder().encode(s);

/** A short brief: its own table on page 1, then the argument on pages 2 and 3. */
function brief(table: string): string {
  return [
    "                         TABLE OF AUTHORITIES",
    "",
    "Cases",
    "",
    table,
    "",
    "Statutes",
    "",
    "28 U.S.C. § 1331 ................................................ 1",
    "\f                              ARGUMENT",
    "",
    "The court has jurisdiction. 28 U.S.C. § 1331. See Marlowe v. Ostrander, 240 F.3d 100, 104 (9th Cir. 2001).",
    "\f",
    "The rule is settled. Marlowe, 240 F.3d at 105. See also Dovecote Farms v. Pruitt, 275 F.3d 20, 22 (9th Cir. 2001).",
    "",
  ].join("\n");
}

test("a brief's own table against its body: missing, extra and wrong pages", async () => {
  const table: [string, string, [string, RegExp][]][] = [
    [
      "an entry never cited, an authority left out",
      "Marlowe v. Ostrander, 240 F.3d 100 (9th Cir. 2001) ............ 1, 2\n\nQuennell v. Abbott Mills, 310 F.3d 55 (9th Cir. 2002) ........... 2",
      [
        ["toa.extra", /Quennell v\. Abbott Mills, 310 F\.3d 55 \(9th Cir\. 2002\), which the brief never cites/],
        ["toa.missing", /Dovecote Farms v\. Pruitt/],
      ],
    ],
    [
      "wrong pages",
      "Dovecote Farms v. Pruitt, 275 F.3d 20 (9th Cir. 2001) ........ 2\n\nMarlowe v. Ostrander, 240 F.3d 100 (9th Cir. 2001) ............ 1, 3",
      [["toa.wrong-pages", /Marlowe v\. Ostrander.* at 1, 3; the brief cites it at 1, 2/]],
    ],
    ["a table that agrees", "Dovecote Farms v. Pruitt, 275 F.3d 20 (9th Cir. 2001) ........ 2\n\nMarlowe v. Ostrander, 240 F.3d 100 (9th Cir. 2001) ............ 1, 2", []],
  ];
  for (const [what, entries, expected] of table) {
    const reading = await read({ path: "brief.txt", bytes: enc(brief(entries)) });
    const findings: Finding[] = compareToa(reading);
    assert.deepEqual(
      findings.map((f) => f.code),
      expected.map(([code]) => code),
      what,
    );
    findings.forEach((f, i) => assert.match(f.message, expected[i][1], what));
    // The brief's own table lists authorities; it does not cite them.
    assert.deepEqual(
      toa(reading).entries.map((e) => [e.label, e.pages]),
      [
        ["Dovecote Farms v. Pruitt, 275 F.3d 20 (9th Cir. 2001)", [3]],
        ["Marlowe v. Ostrander, 240 F.3d 100 (9th Cir. 2001)", [2, 3]],
        ["28 U.S.C. § 1331", [2]],
      ],
      what,
    );
  }
});

test("five pages or more is passim; every form counts toward its authority", async () => {
  const pages = ["Marlowe v. Ostrander, 240 F.3d 100, 101 (9th Cir. 2001).", "Marlowe, 240 F.3d at 102.", "Id. at 103.", "Marlowe, 240 F.3d at 104.", "Id. at 105."];
  const lead = ["The first point is made.", "A second reason follows from it.", "Third, the record shows as much.", "Fourth, no rule says otherwise.", "Last, the equities agree."];
  const reading = await read({ path: "b.txt", bytes: enc(pages.map((p, i) => `${lead[i]} ${p}\n`).join("\f")) });
  const t = toa(reading);
  assert.deepEqual(
    t.entries.map((e) => [e.caseName, e.pages, e.passim]),
    [["Marlowe v. Ostrander", [1, 2, 3, 4, 5], true]],
  );
  const formats: [Parameters<typeof formatToa>[1], RegExp][] = [
    ["md", /\| \*Marlowe v\. Ostrander\*, 240 F\.3d 100 \(9th Cir\. 2001\) \| \*passim\* \|/],
    ["html", /<td><i>Marlowe v\. Ostrander<\/i>, 240 F\.3d 100 \(9th Cir\. 2001\)<\/td><td><i>passim<\/i><\/td>/],
    ["csv", /^Cases,"Marlowe v\. Ostrander, 240 F\.3d 100 \(9th Cir\. 2001\)",passim$/m],
  ];
  for (const [format, pattern] of formats) assert.match(formatToa(t, format), pattern, format);
});

test("parallel cites are one entry", async () => {
  const text = "ARGUMENT\n\nSee Exley Tanning Co. v. Baird, 501 U.S. 12, 111 S. Ct. 900 (1991).\f\nExley, 501 U.S. at 15.\n";
  const t = toa(await read({ path: "p.txt", bytes: enc(text) }));
  assert.deepEqual(
    t.entries.map((e) => [e.caseName, e.cites, e.pages]),
    [["Exley Tanning Co. v. Baird", ["501 U.S. 12", "111 S. Ct. 900"], [1, 2]]],
  );
});

test("html escapes what the brief prints", async () => {
  const text = "ARGUMENT\n\nSee <Script> Co. v. Baird & Sons, 501 U.S. 12 (1991).\n";
  const html = formatToa(toa(await read({ path: "h.txt", bytes: enc(text) })), "html");
  assert.doesNotMatch(html, /<Script>/);
});
