// parseHtml (analyze/docket/parse.ts) builds the tree htmlparser2's parseDocument builds, in
// time linear in the nesting depth (the library's own stack is quadratic in it).
import assert from "node:assert/strict";
import { test } from "node:test";
import type { ChildNode, Document } from "domhandler";
import { parseDocument } from "htmlparser2";
import { innermostFirstStack, parseHtml } from "../../src/analyze/docket/parse.js";
import { growth } from "../hostile/growth.js";

const OPTIONS = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true };

function shape(nodes: ChildNode[], out: string[] = []): string[] {
  // Iterative: a tree 100,000 deep must not overflow the call stack here either.
  const todo: (ChildNode | string)[] = [...nodes].reverse();
  while (todo.length) {
    const n = todo.pop()!;
    if (typeof n === "string") out.push(n);
    else if (n.type === "text") out.push(JSON.stringify(n.data));
    else if ("attribs" in n && "children" in n) {
      out.push(`<${n.name} ${JSON.stringify(n.attribs)}>`);
      todo.push(`</${n.name}>`, ...[...n.children].reverse());
    } else out.push(n.type);
  }
  return out;
}
const tree = (d: Document) => shape(d.children).join("");

test("parseHtml: the tree parseDocument builds, on pages that lean on implied closes and foreign content", () => {
  const pages = [
    "<html><body><table><tr><td>1<td>01/02/2020<td>ORDER<tr><td>2<td>01/03/2020<td>MOTION</table></body></html>",
    "<p>one<p>two<div>three</p>four</div><li>a<li>b<ul><li>c</ul>",
    "<form><div><form>inner</form></div></form><select><option>a<option>b</select>",
    "<svg><foreignObject><p>x</p></foreignObject><clipPath>y</clipPath></svg><math><mi>z</mi></math>text",
    "<b><i>bold italic</b> after</i><br/></br><img src=a><span>unclosed",
    "<div><span></div></span></p><h1>head<h2>sub</h1>tail",
    "<!DOCTYPE html><!-- comment --><script>if (a < b) x = '</div>';</script><style>p{}</style><title>T</title>",
  ];
  for (const html of pages) assert.equal(tree(parseHtml(html, OPTIONS)), tree(parseDocument(html, OPTIONS)), html);
});

test("parseHtml: 100,000 nested elements, the same tree as parseDocument's at a smaller depth", () => {
  for (const depth of [50, 3000]) {
    for (const html of [`${"<div>".repeat(depth)}x${"</div>".repeat(depth)}`, `${"<div><span>".repeat(depth)}x</p>`, `${"<svg><g>".repeat(depth)}y`]) {
      assert.equal(tree(parseHtml(html, OPTIONS)), tree(parseDocument(html, OPTIONS)), `${html.slice(0, 20)}… at depth ${depth}`);
    }
  }
  const deep = parseHtml(`${"<div>".repeat(100_000)}bottom`, OPTIONS);
  let node: ChildNode | undefined = deep.children[0];
  let depth = 0;
  while (node && "children" in node && node.children.length) {
    depth++;
    node = node.children[0];
  }
  assert.equal(depth, 100_000);
  assert.equal(node && node.type === "text" ? node.data : null, "bottom");
});

test("parseHtml: nesting depth x8, about x8 the work (parseDocument's stack gives x64)", async () => {
  const make = (n: number) => `${"<div>".repeat(n)}x${"</div>".repeat(n)}`;
  const g = await growth(make, (html) => parseHtml(html, OPTIONS), 6000);
  assert.ok(g.ratio < g.bound, `x8 depth took x${g.ratio.toFixed(1)} the time (${g.small.toFixed(0)} → ${g.large.toFixed(0)} ms)`);
});

test("innermostFirstStack reads as the array it stands for", () => {
  const s = innermostFirstStack<string>(["c", "b", "a"]);
  assert.equal(s.length, 3);
  assert.deepEqual([s[0], s[1], s[2]], ["c", "b", "a"]);
  assert.equal(s.unshift("d"), 4);
  assert.equal(s.indexOf("b"), 2);
  assert.equal(s.indexOf("z"), -1);
  assert.equal(s.includes("a"), true);
  assert.equal(s.shift(), "d");
  assert.deepEqual(s.slice(0, 2), ["c", "b"]);
  s.length = 0;
  assert.equal(s.length, 0);
  assert.equal(s.includes("a"), false);
  assert.equal(s.shift(), undefined);
});
