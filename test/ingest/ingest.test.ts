import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, it } from "node:test";
import { ingest } from "../../src/ingest/index.js";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("ingest", () => {
  it("reads text with its hash, size and pages", async () => {
    const bytes = utf8("ORDER\fPage two");
    const ing = await ingest(bytes, { path: "a.txt" });
    assert.deepEqual(ing.source, {
      path: "a.txt",
      format: "text",
      sha256: createHash("sha256").update(bytes).digest("hex"),
      pages: 2,
      bytes: bytes.length,
    });
  });

  it("reads HTML", async () => {
    const ing = await ingest(utf8("<p>See <i>Id.</i></p>"), { path: "a.html" });
    assert.equal(ing.source.format, "html");
    assert.deepEqual(ing.pages[0].lines[0].emphasis, [{ start: 4, end: 7, style: "italic" }]);
  });

  it("notes a windows-1252 fallback as a finding", async () => {
    const ing = await ingest(new Uint8Array([...new TextEncoder().encode("See 42 U.S.C. "), 0xa7, 0x20, 0x31]), { path: "a.txt" });
    assert.equal(ing.pages[0].lines[0].text, "See 42 U.S.C. § 1");
    assert.deepEqual(ing.findings.map((f) => f.code), ["input.encoding"]);
  });

  const errors: [string, Uint8Array, string][] = [
    ["empty input", new Uint8Array(0), "input.empty"],
    ["only whitespace", utf8(" \n\n "), "input.empty"],
    ["binary bytes", new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]), "input.binary"],
  ];
  for (const [name, bytes, code] of errors) {
    it(`throws ${code} on ${name}`, async () => {
      await assert.rejects(ingest(bytes, { path: "x" }), { name: "CasefileError", code });
    });
  }
});
