import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { decodeEntities, htmlToPages } from "../../src/ingest/html.js";
import type { SourceLine } from "../../src/model/types.js";

const lines = (html: string): SourceLine[] => htmlToPages(html)[0].lines;
const texts = (html: string): string[] => lines(html).map((l) => l.text);
/** Each emphasis span as `style:text`. */
const spans = (html: string): string[] => lines(html).flatMap((l) => (l.emphasis ?? []).map((e) => `${e.style}:${l.text.slice(e.start, e.end)}`));

describe("htmlToPages", () => {
  const table: [string, string, string[]][] = [
    ["paragraphs are separated by a blank line", "<p>One.</p><p>Two.</p>", ["One.", "", "Two."]],
    ["br breaks a line", "<p>A v.<br> B</p>", ["A v.", "B"]],
    ["whitespace collapses", "<p>  Smith\n   v.   Jones </p>", ["Smith v. Jones"]],
    ["entities decode", "<p>A &amp; B &sect;&#160;1983 &#x2014; &ldquo;x&rdquo;</p>", ["A & B §\u00a01983 — “x”"]],
    ["script, style and head are dropped", "<html><head><title>T</title><style>p{}</style></head><body><script>var a = '<p>';</script><p>Body</p></body></html>", ["Body"]],
    ["comments are dropped", "<p>a<!-- <p>hidden</p> -->b</p>", ["ab"]],
    ["page labels are dropped", '<p><a class="page-label">*1079</a>Deborah Persico</p>', ["Deborah Persico"]],
    ["unknown tags are ignored", "<p>a <custom-tag>b</custom-tag> c</p>", ["a b c"]],
    ["an unclosed tag and stray < are tolerated", "<p>x < y <b>bold", ["x < y bold"]],
  ];
  for (const [name, html, expected] of table) it(name, () => assert.deepEqual(texts(html), expected));

  it("records emphasis from i, em, b, strong and u", () => {
    assert.deepEqual(spans("<p>See <i>Id.</i> and <em>Roe</em>, <b>DENIED</b> <strong>so</strong> <u>under</u></p>"), [
      "italic:Id.",
      "italic:Roe",
      "bold:DENIED",
      "bold:so",
      "underline:under",
    ]);
  });

  it("merges one style split by an inner tag", () => {
    assert.deepEqual(spans("<p><i>Smith <span>v.</span> Jones</i>, 1 U.S. 1</p>"), ["italic:Smith v. Jones"]);
  });

  it("marks footnote asides and keeps the mark on the note's first line", () => {
    const out = lines('<p>text<a class="footnotemark">1</a></p><aside class="footnote"><a href="#r1">1</a><p>The note.</p></aside>');
    const notes = out.filter((l) => l.role === "footnote").map((l) => l.text);
    assert.deepEqual(notes, ["1 The note."]);
    assert.equal(out[0].text, "text1");
  });
});

describe("htmlToPages: markup that yields no text", () => {
  const negatives = ["", "<script>alert('<p>x</p>')</script>", "<style>p { color: red }</style>", "<!-- only a comment -->", "<head><title>Title only</title></head>"];
  for (const html of negatives) it(JSON.stringify(html), () => assert.deepEqual(texts(html), []));
});

describe("decodeEntities", () => {
  const table: [string, string][] = [
    ["&amp;&lt;&gt;&quot;&apos;", "&<>\"'"],
    ["&#167; &#xA7;", "§ §"],
    ["&unknown; &#0; &", "&unknown; &#0; &"],
  ];
  for (const [input, expected] of table) it(input, () => assert.equal(decodeEntities(input), expected));
});

describe("htmlToPages on hostile markup", () => {
  it("reads deeply nested and stray tags", () => {
    const html = `<p>${"<b>x".repeat(20000)}${"</i>y".repeat(20000)}</p>`;
    const [only] = lines(html);
    assert.equal(only.text, `${"x".repeat(20000)}${"y".repeat(20000)}`);
    assert.deepEqual(only.emphasis, [{ start: 0, end: 40000, style: "bold" }]);
  });
});

describe("htmlToPages: <pre>", () => {
  it("keeps the lines and blank lines of preformatted text", () => {
    assert.deepEqual(texts("<pre>  ORDER\n\n1 The Court\n2 finds</pre>"), ["  ORDER", "", "1 The Court", "2 finds"]);
  });
});
