import assert from "node:assert/strict";
import { test } from "node:test";
import { readCaseName } from "../../src/cite/names.js";
import { italics } from "./annotate.js";

// [text before the cite (the cite's volume follows), caseName, plaintiff, defendant, signal]
const TABLE: [string, string | null, string | null, string | null, string | null][] = [
  ["See Tripati v. Henman, ", "Tripati v. Henman", "Tripati", "Henman", "See"],
  ["the court. *See also In re Gugliuzza*, ", "In re Gugliuzza", "In re Gugliuzza", null, "See also"],
  ["(citing *Swint v. Chambers Cnty. Comm’n*, ", "Swint v. Chambers Cnty. Comm’n", "Swint", "Chambers Cnty. Comm’n", "citing"],
  ["bob Lissner v. Test ", "Lissner v. Test", "Lissner", "Test", null],
  ["Judge Regan in Thrift Funds Canal, Inc. v. Foy, ", "Thrift Funds Canal, Inc. v. Foy", "Thrift Funds Canal, Inc.", "Foy", null],
  ["review.” *Ahrenholz v. Bd. of Trs. of the Univ. of Ill.*, ", "Ahrenholz v. Bd. of Trs. of the Univ. of Ill.", "Ahrenholz", "Bd. of Trs. of the Univ. of Ill.", null],
  ["*See Villarreal v. Caremark LLC*, ", "Villarreal v. Caremark LLC", "Villarreal", "Caremark LLC", "See"],
  ["Ex parte Young, ", "Ex parte Young", "Ex parte Young", null, null],
  ["United States v. Am. Sav. Bank, ", "United States v. Am. Sav. Bank", "United States", "Am. Sav. Bank", null],
  ["see also Digital Sin, Inc. v. Does 1–5698, ", "Digital Sin, Inc. v. Does 1–5698", "Digital Sin, Inc.", "Does 1–5698", "see also"],
];

test("case names: table", () => {
  for (const [marked, caseName, plaintiff, defendant, signal] of TABLE) {
    const { text, emphasis } = italics(`${marked}1 U.S. 1`);
    const n = readCaseName(text, text.length - "1 U.S. 1".length, emphasis);
    assert.deepEqual([n?.caseName ?? null, n?.plaintiff ?? null, n?.defendant ?? null, n?.signal ?? null], [caseName, plaintiff, defendant, signal], marked);
  }
});

test("case names: nothing where no name stands", () => {
  for (const before of ["lissner test ", "before Foo,” ", "The court held in 2019 that ", "(1) the ", "1 U.S. 1; "]) {
    const text = `${before}1 U.S. 1`;
    assert.equal(readCaseName(text, before.length), null, before);
  }
});

test("case names: spacing of any kind reads as one space (table)", () => {
  const cases: [string, string, string][] = [
    ["See Tripati  v.\u00a0Henman, ", "Tripati v. Henman", "Henman"],
    ["See Fred\nMeyer Stores v. Baker\u200b Co., ", "Fred Meyer Stores v. Baker Co.", "Baker Co."],
    ["See Amick v. Baker\t\tLtd., ", "Amick v. Baker Ltd.", "Baker Ltd."],
  ];
  for (const [before, caseName, defendant] of cases) {
    const name = readCaseName(`${before}1 F.3d 2`, before.length);
    assert.equal(name?.caseName, caseName, JSON.stringify(before));
    assert.equal(name?.defendant, defendant, JSON.stringify(before));
  }
});
