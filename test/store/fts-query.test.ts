import assert from "node:assert/strict";
import { test } from "node:test";
import { CasefileError } from "../../src/model/errors.js";
import { parseSearch, toFtsQuery } from "../../src/store/fts-query.js";

test("user queries become quoted FTS5 strings", () => {
  const table: [string, string][] = [
    ["interlocutory appeal", '"interlocutory" "appeal"'],
    ['"motion to stay" denied', '"motion to stay" "denied"'],
    ["F.2d", '"F.2d"'],
    ["AND(", '"AND("'],
    ["stay OR dismiss", '"stay" OR "dismiss"'],
    ["OR stay", '"stay"'],
    ["stay OR", '"stay"'],
    ["§ 1292(b)", '"1292(b)"'],
    ["col:umn", '"col:umn"'],
  ];
  for (const [input, expected] of table) assert.equal(toFtsQuery(input), expected, input);
});

test("input with nothing searchable yields no query", () => {
  for (const input of ["", "   ", '""', "(", "OR", "AND", "* - ^", "§", "\u0000", "*"]) {
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

test("the search syntax: prefix *, AND, OR, NOT, court: and judge:", () => {
  const table: [string, string | null][] = [
    ["immun*", '"immun" *'],
    ['"motion to st"*', '"motion to st" *'],
    ["stay AND dismiss", '"stay" "dismiss"'],
    ["stay NOT moot", '"stay" NOT "moot"'],
    ['stay NOT moot NOT "as moot" deny', '"stay" "deny" NOT "moot" NOT "as moot"'],
    ["stay NOT moot OR dismiss*", '"stay" NOT "moot" OR "dismiss" *'],
    ["immun* immun* immun", '"immun" * "immun"'],
    ["and or not", '"and" "or" "not"'],
    ["stay court:casd judge:Anello", '"stay"'],
    ['judge:"Jane Roe"', null],
  ];
  for (const [input, expected] of table) assert.equal(toFtsQuery(input), expected, input);
  assert.deepEqual(parseSearch('stay court:casd judge:"Jane Roe"'), { groups: [{ all: [{ text: "stay", phrase: false, prefix: false }], none: [] }], court: "casd", judge: "Jane Roe" });
});

test("a syntax error says what and at which column (search.syntax, HTTP 400)", () => {
  const table: [string, RegExp][] = [
    ['say "hi', /" at column 5 is not closed/],
    ['a"b', /" at column 2 is not closed/],
    ['"', /column 1 is not closed/],
    ["NOT moot", /NOT at column 1 needs a term before it/],
    ["stay NOT", /NOT at column 6 has no term after it/],
    ["stay OR NOT moot", /NOT at column 9 needs a term before it/],
    ["stay court:", /court: at column 6 has no value/],
    ["court:casd court:nysd", /court: is given twice/],
    ['judge:"Jane', /not closed/],
  ];
  for (const [input, message] of table) {
    assert.throws(() => parseSearch(input), (err: unknown) => err instanceof CasefileError && err.code === "search.syntax" && err.status === 400 && message.test(err.message), input);
  }
});
