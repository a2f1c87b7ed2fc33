import assert from "node:assert/strict";
import { test } from "node:test";
import { maskStarPages, publisherMatter } from "../../../src/analyze/rulings/furniture.js";

test("star pages are blanked with offsets kept", () => {
  const table: [string, string][] = [
    ["[*1]  The petition is denied.", "      The petition is denied."],
    ["the order [**12] is vacated", "the order        is vacated"],
    ["the order *1147 is vacated", "the order       is vacated"],
    ["no star here", "no star here"],
    ["5 * 3 is arithmetic", "5 * 3 is arithmetic"],
  ];
  for (const [input, expected] of table) {
    assert.equal(maskStarPages(input), expected, input);
    assert.equal(maskStarPages(input).length, input.length);
  }
});

test("a publisher's synopsis runs to the opinion heading", () => {
  const text = "Roe v. Doe\n\nSynopsis\nHeld: affirmed.\n\nWest Headnotes\n[1] Courts\n\nOpinion\n\nWe affirm.";
  const span = publisherMatter(text)!;
  assert.equal(text.slice(span.start, span.start + 8), "Synopsis");
  assert.equal(text.slice(span.end, span.end + 7), "Opinion");
  assert.equal(publisherMatter("ORDER\n\nThe motion is GRANTED."), null);
  // no heading says where the opinion starts: nothing is set aside
  assert.equal(publisherMatter("Synopsis\nHeld: affirmed.\n\nWe affirm."), null);
});
