import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { textToPages } from "../../src/ingest/text.js";

const shape = (text: string): string[][] => textToPages(text).map((p) => p.lines.map((l) => l.text));

describe("textToPages", () => {
  const table: [string, string, string[][]][] = [
    ["one page without form feeds", "a\nb", [["a", "b"]]],
    ["form feeds split pages", "a\fb\fc", [["a"], ["b"], ["c"]]],
    ["a trailing form feed opens no page", "a\nb\n\f", [["a", "b", ""]]],
    ["CRLF and CR line ends", "a\r\nb\rc", [["a", "b", "c"]]],
    ["lines keep their spaces", "  1  text  ", [["  1  text  "]]],
  ];
  for (const [name, text, expected] of table) it(name, () => assert.deepEqual(shape(text), expected));

  it("numbers pages from 1", () => assert.deepEqual(textToPages("a\fb").map((p) => p.number), [1, 2]));
});

describe("textToPages: nothing that is not a page break splits pages", () => {
  const negatives = ["a\vb", "Page 2 of 6\nmore", "- 2 -\nnext"];
  for (const text of negatives) it(JSON.stringify(text), () => assert.equal(textToPages(text).length, 1));
});
