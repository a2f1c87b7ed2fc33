// The Bluebook form and the full span of each citation, and the annotated HTML, on text written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { annotateHtml, citationUrl } from "../../src/cite/annotate.js";
import { bluebookDate, findCitations } from "../../src/cite/index.js";

const forms: [string, string, string[]][] = [
  ["spacing and court", "See Ramos v. Ortiz, 712 F. 2d 44, 47 (3d Cir. 1983).", ["Ramos v. Ortiz, 712 F.2d 44, 47 (3d Cir. 1983)"]],
  ["a Supreme Court report names its court", "Kline v. Amato, 501 U.S. 12 (1991).", ["Kline v. Amato, 501 U.S. 12 (1991)"]],
  [
    "parallel cites are one citation",
    "Kline v. Amato, 501 U.S. 12, 15, 111 S.Ct. 900, 113 L. Ed. 2d 7 (1991).",
    Array(3).fill("Kline v. Amato, 501 U.S. 12, 15, 111 S. Ct. 900, 113 L. Ed. 2d 7 (1991)"),
  ],
  ["a database cite keeps its date", "Ng v. Pruitt, 2019 WL 4455667, at *2 (N.D. Cal. Mar. 3, 2019).", ["Ng v. Pruitt, 2019 WL 4455667, at *2 (N.D. Cal. Mar. 3, 2019)"]],
  [
    "short forms, Id. and supra",
    "Ramos v. Ortiz, 712 F.2d 44 (3d Cir. 1983). Id. at 46. Ramos, 712 F.2d at 48. Ramos, supra, at 49.",
    ["Ramos v. Ortiz, 712 F.2d 44 (3d Cir. 1983)", "Id. at 46", "Ramos, 712 F.2d at 48", "Ramos, 712 F.2d at 49"],
  ],
  ["codes, rules and the Constitution", "28 U. S. C. § 1331; 40 C.F.R. § 52.21(b); Fed.R.Civ.P. 56(a); U.S. Const. amend. XIV.", ["28 U.S.C. § 1331", "40 C.F.R. § 52.21(b)", "Fed. R. Civ. P. 56(a)", "U.S. Const. amend. XIV"]],
  ["a record cite", "(Dkt. No. 12-3 at 4.)", ["ECF No. 12-3, at 4"]],
  ["a journal", "See 88 Yale L.J. 100, 104 (1979).", ["88 Yale L.J. 100, 104 (1979)"]],
];

for (const [name, text, expected] of forms) {
  test(`bluebook: ${name}`, () => {
    assert.deepEqual(
      findCitations(text).map((c) => c.bluebook),
      expected,
    );
  });
}

test("bluebook dates use the Bluebook's month abbreviations, and only a whole date", () => {
  const cases: [string | null, string | null][] = [
    ["2019-09-30", "Sept. 30, 2019"],
    ["2001-06-01", "June 1, 2001"],
    ["2001-13-01", null],
    ["2001", null],
    [null, null],
  ];
  for (const [iso, want] of cases) assert.equal(bluebookDate(iso), want, String(iso));
});

test("the full span runs from the case name through the last parenthetical, shared by parallels", () => {
  const text = "As held in Kline v. Amato, 501 U.S. 12, 111 S. Ct. 900 (1991) (per curiam), the rule stands. Kline, 501 U.S. at 14 (noting x).";
  const cites = findCitations(text);
  const spans = cites.map((c) => text.slice(c.fullSpan!.start, c.fullSpan!.end));
  assert.deepEqual(spans, ["Kline v. Amato, 501 U.S. 12, 111 S. Ct. 900 (1991) (per curiam)", "Kline v. Amato, 501 U.S. 12, 111 S. Ct. 900 (1991) (per curiam)", "Kline, 501 U.S. at 14 (noting x)"]);
  // Other kinds: their own span.
  const [statute] = findCitations("under 28 U.S.C. § 1331 here");
  assert.deepEqual(statute.fullSpan, { start: statute.start, end: statute.end });
});

test("annotated HTML links cases (short forms too), marks other kinds, and escapes the text", () => {
  const text = "Ramos & Co. v. Ortiz, 712 F.2d 44 (3d Cir. 1983) <see> 28 U.S.C. § 1331. Id. at 46.";
  const html = annotateHtml(text, findCitations(text), { fragment: true });
  assert.equal(
    html,
    'Ramos &amp; Co. v. Ortiz, <a class="cite cite-case" href="https://www.courtlistener.com/c/F.2d/712/44/" title="Ramos &amp; Co. v. Ortiz, 712 F.2d 44 (3d Cir. 1983)">712 F.2d 44</a> (3d Cir. 1983) &lt;see&gt; ' +
      '<span class="cite cite-statute" title="28 U.S.C. § 1331">28 U.S.C. § 1331</span>. ' +
      '<a class="cite cite-id" href="https://www.courtlistener.com/c/F.2d/712/44/" title="Id. at 46">Id. at 46</a>.',
  );
  // No template: nothing is linked, everything is still marked.
  const plain = annotateHtml(text, findCitations(text), { fragment: true, urlTemplate: null });
  assert.equal((plain.match(/<a /g) ?? []).length, 0);
  assert.equal((plain.match(/<span class="cite/g) ?? []).length, 3);
  // A whole page by default.
  assert.match(annotateHtml(text, findCitations(text)), /^<!doctype html>[^]*<pre class="casefile-annotated">/);
});

test("URL templates are filled with encoded parts; overlapping or out-of-range spans are skipped", () => {
  const [c] = findCitations("Ramos v. Ortiz, 712 F. Supp. 2d 44, 46 (D. Del. 2010).");
  assert.equal(citationUrl("https://x.test/{reporter}/{volume}/{page}?pin={pin}", c, c.pin), "https://x.test/F.%20Supp.%202d/712/44?pin=46");
  const text = "abc 712 F.2d 44 def";
  const [one] = findCitations(text);
  const html = annotateHtml(text, [one, { ...one }, { ...one, start: 2, end: 999 }], { fragment: true, urlTemplate: null });
  assert.equal((html.match(/<span/g) ?? []).length, 1);
  assert.ok(html.endsWith(" def"));
});
