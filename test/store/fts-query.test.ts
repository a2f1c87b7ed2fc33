import assert from "node:assert/strict";
import { test } from "node:test";
import { toFtsQuery } from "../../src/store/fts-query.js";

test("user queries become quoted FTS5 strings", () => {
  const table: [string, string][] = [
    ["interlocutory appeal", '"interlocutory" "appeal"'],
    ['"motion to stay" denied', '"motion to stay" "denied"'],
    ["F.2d", '"F.2d"'],
    ["AND(", '"AND("'],
    ['say "hi', '"say" "hi"'],
    ['a"b', '"a" "b"'],
    ["stay OR dismiss", '"stay" OR "dismiss"'],
    ["OR stay", '"stay"'],
    ["stay OR", '"stay"'],
    ["§ 1292(b)", '"1292(b)"'],
    ["col:umn", '"col:umn"'],
  ];
  for (const [input, expected] of table) assert.equal(toFtsQuery(input), expected, input);
});

test("input with nothing searchable yields no query", () => {
  for (const input of ["", "   ", '"', '""', "(", "OR", "* - ^", "§", "\u0000"]) {
    assert.equal(toFtsQuery(input), null, JSON.stringify(input));
  }
});

test("a term or an OR branch said twice is asked once (snippet() grows with the square of the terms)", () => {
  const table: [string, string][] = [
    ["the the the the the the the the", '"the"'],
    ["The the THE", '"The"'],
    ['stay "stay" STAY', '"stay"'],
    ['"motion  to stay" "motion to stay"', '"motion  to stay"'],
    ["stay OR stay", '"stay"'],
    ["a b OR b a OR c", '"a" "b" OR "c"'],
    ["a OR b a", '"a" OR "b" "a"'],
    ["stay stay OR dismiss dismiss", '"stay" OR "dismiss"'],
  ];
  for (const [input, expected] of table) assert.equal(toFtsQuery(input), expected, input);
  assert.equal(toFtsQuery(Array(64).fill("the").join(" ")), '"the"');
});
