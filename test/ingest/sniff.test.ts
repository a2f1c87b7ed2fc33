import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { decodeText, sniffFormat } from "../../src/ingest/sniff.js";
import type { SourceFormat } from "../../src/model/types.js";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("sniffFormat", () => {
  const table: [string, Uint8Array, SourceFormat][] = [
    ["a PDF header", utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj"), "pdf"],
    ["a PDF after junk bytes", utf8("\r\n%PDF-1.4\n"), "pdf"],
    ["an HTML document", utf8("<!DOCTYPE html>\n<html><body><p>Order</p></body></html>"), "html"],
    ["an HTML fragment", utf8('<section class="casebody">\n  <p class="parties">A v. B</p>'), "html"],
    ["indented markup", utf8("\n   <p>Text</p>"), "html"],
    ["markup after a byte-order mark", utf8("\ufeff<html><body>x</body></html>"), "html"],
    ["XHTML with an XML declaration", utf8('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>'), "html"],
    ["plain text", utf8("UNITED STATES DISTRICT COURT\nORDER"), "text"],
  ];
  for (const [name, bytes, expected] of table) it(name, () => assert.equal(sniffFormat(bytes), expected));
});

describe("sniffFormat: text that is not HTML or PDF", () => {
  const negatives: [string, string][] = [
    ["text quoting a tag", "The exhibit reads <p>hello</p> in the middle."],
    ["a less-than sign", "x < y and 3 <4"],
    ["the PDF magic mid-file", `${"a".repeat(2000)}%PDF-1.4`],
  ];
  for (const [name, text] of negatives) it(name, () => assert.equal(sniffFormat(utf8(text)), "text"));
});

describe("decodeText", () => {
  it("strips a UTF-8 byte-order mark", () => {
    assert.deepEqual(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x42])), { text: "AB", encoding: "utf-8" });
  });
  it("reads windows-1252 when UTF-8 is invalid", () => {
    // "under § 1983 – “quoted”" in windows-1252
    const bytes = new Uint8Array([...new TextEncoder().encode("under "), 0xa7, 0x20, 0x31, 0x39, 0x38, 0x33, 0x20, 0x96, 0x20, 0x93, 0x71, 0x94]);
    assert.deepEqual(decodeText(bytes), { text: "under § 1983 – “q”", encoding: "windows-1252" });
  });
  const binaries: [string, Uint8Array][] = [
    ["NUL bytes", new Uint8Array([0x41, 0x00, 0x42, 0x00])],
    ["mostly invalid UTF-8", new Uint8Array(Array.from({ length: 64 }, (_, i) => 0x80 + (i % 64)))],
    ["control characters", new Uint8Array(Array.from({ length: 64 }, (_, i) => (i % 2 ? 0x01 : 0x41)))],
  ];
  for (const [name, bytes] of binaries) {
    it(`throws input.binary on ${name}`, () => assert.throws(() => decodeText(bytes), { code: "input.binary" }));
  }
});
