import assert from "node:assert/strict";
import { test } from "node:test";
import { escapeHtml, html, raw } from "../../src/web/html.js";
import { placeOf, renderText } from "../../src/web/document-view.js";
import { markedSnippet } from "../../src/web/pages.js";
import { caseCite, idCite, makeReading, recordCite, shortCite } from "../store/factory.js";

/** Reduces rendered markup to the annotated-text form: `See <c0>1 F.3d 2</c0>`. */
function annotate(markup: string): string {
  return markup
    .replace(/<a class="cite[^"]*" id="c(\d+)" href="\/authorities\/(\d+)"[^>]*>/g, "<c$1→$2>")
    .replace(/<span class="cite[^"]*" id="c(\d+)"[^>]*>/g, "<c$1>")
    .replace(/<span class="page-mark" id="p(\d+)">page \d+<\/span>/g, "<p$1>")
    .replace(/<span class="anchor" id="o(\d+)"><\/span>/g, "<o$1>")
    .replace(/<\/(?:a|span)>/g, "</>");
}

test("citations become links to their authority; pages, rulings and events get anchors", () => {
  const table: [Parameters<typeof makeReading>[0], (number | null)[], string][] = [
    [{ text: "See 1 F.3d 2.", citations: [caseCite("1 F.3d 2")] }, [7], "See <c0→7>1 F.3d 2</>."],
    [{ text: "See 1 F.3d 2.", citations: [caseCite("1 F.3d 2")] }, [null], "See <c0>1 F.3d 2</>."],
    [
      { text: "See 1 F.3d 2, 4. 1 F.3d at 5. Id. [Doc. 9]", citations: [caseCite("1 F.3d 2"), shortCite("1 F.3d at 5", 0), idCite("Id.", 1), recordCite("Doc. 9", "9")] },
      [3, 3, 3, 4],
      "See <c0→3>1 F.3d 2</>, 4. <c1→3>1 F.3d at 5</>. <c2→3>Id.</> [<c3→4>Doc. 9</>]",
    ],
    [{ text: "One.\fTwo 1 F.3d 2.", citations: [caseCite("1 F.3d 2")] }, [1], "One.\f<p2>Two <c0→1>1 F.3d 2</>."],
    [{ text: "A <b>&</b> 1 F.3d 2", citations: [caseCite("1 F.3d 2")] }, [1], "A &lt;b&gt;&amp;&lt;/b&gt; <c0→1>1 F.3d 2</>"],
    [{ text: "Filed. The motion is DENIED.", rulings: [{ disposition: "denied", request: "x", text: "The motion is DENIED." }] }, [], "Filed. <o7>The motion is DENIED."],
  ];
  for (const [spec, ids, expected] of table) assert.equal(annotate(renderText(makeReading(spec), ids).value), expected, spec.text);
});

test("overlapping and out-of-range citation spans are skipped, never duplicated or thrown on", () => {
  const r = makeReading({ text: "See 1 F.3d 2 here.", citations: [caseCite("1 F.3d 2")] });
  r.citations.push({ ...r.citations[0], start: 6, end: 12 }, { ...r.citations[0], start: 50, end: 60 }, { ...r.citations[0], start: 3, end: 3 });
  assert.equal(annotate(renderText(r, [1, 2, 3, 4]).value), "See <c0→1>1 F.3d 2</> here.");
});

test("text without citations or anchors renders as escaped text only", () => {
  for (const text of ["", "plain order text", "<script>alert(1)</script>", "a & b < c > d \" ' e"]) {
    const out = renderText(makeReading({ text }), []).value;
    assert.equal(out, escapeHtml(text));
    assert.doesNotMatch(out, /<(?!\/?mark)/);
  }
});

test("html escapes interpolations unless they are SafeHtml", () => {
  const table: [string, string][] = [
    [html`<p>${"<script>"}</p>`.value, "<p>&lt;script&gt;</p>"],
    [html`<a title="${'"><x'}">`.value, '<a title="&quot;&gt;&lt;x">'],
    [html`${["<a>", raw("<b>")]}`.value, "&lt;a&gt;<b>"],
    [html`${null}${undefined}${false}${0}`.value, "0"],
    [markedSnippet("a <b> c", [{ start: 2, end: 5 }]).value, "a <mark>&lt;b&gt;</mark> c"],
  ];
  for (const [actual, expected] of table) assert.equal(actual, expected);
});

test("placeOf counts pages and lines of the clean text", () => {
  const r = makeReading({ text: "a\nb\fc\nd\ne" });
  const table: [number, { page: number; line: number }][] = [
    [0, { page: 1, line: 1 }],
    [2, { page: 1, line: 2 }],
    [4, { page: 2, line: 1 }],
    [8, { page: 2, line: 3 }],
  ];
  for (const [offset, expected] of table) assert.deepEqual(placeOf(r.text, r.pages, offset), expected, String(offset));
});

test("the glance marks a recommendation as such and escapes its request", async () => {
  const { renderGlance } = await import("../../src/web/document-view.js");
  const reading = makeReading({
    text: "It is RECOMMENDED that the <motion> be DENIED. The motion is GRANTED.",
    rulings: [
      { disposition: "denied", request: "the <motion>", text: "It is RECOMMENDED that the <motion> be DENIED.", recommended: true },
      { disposition: "granted", request: "the motion", text: "The motion is GRANTED." },
    ],
  });
  const out = renderGlance(reading).value;
  assert.match(out, /<span class="disposition d-denied">recommended denied<\/span> the &lt;motion&gt;/);
  assert.match(out, /<span class="disposition d-granted">granted<\/span> the motion/);
});
