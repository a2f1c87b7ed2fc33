import assert from "node:assert/strict";
import { test } from "node:test";
import { headDate, readSignature } from "../../src/analyze/signature.js";

const body = "For the foregoing reasons, the Court DENIES the motion.\n\n";
// [signature block, date, judge name, judge title]
const table: [string, string | null, string | null, string | null][] = [
  ["IT IS SO ORDERED.\n\nDated: April 5, 2018\n\nHon. Michael M. Anello\n\nUnited States District Judge", "2018-04-05", "Michael M. Anello", "United States District Judge"],
  ["IT IS SO ORDERED.\n\nDated: April 5, 2018\n\nHon. Michael M. Anello United States District Judge", "2018-04-05", "Michael M. Anello", "United States District Judge"],
  ["DATED this 5th day of April, 2018.\n\n/s/ Jane Q. Roe", "2018-04-05", "Jane Q. Roe", null],
  ["IT IS SO ORDERED. April 5, 2018\n\nJANE DOE, UNITED STATES MAGISTRATE JUDGE", "2018-04-05", "Jane Doe", "United States Magistrate Judge"],
  ["Signed on March 1, 2019.\n\nMICHAEL M. ANELLO\n\nUnited States District Judge", "2019-03-01", "Michael M. Anello", "United States District Judge"],
  ["SO ORDERED, this the 4th day of September, 2013.\n\ns/ HENRY T. WINGATE____________ UNITED STATES DISTRICT JUDGE", "2013-09-04", "Henry T. Wingate", "United States District Judge"],
  ["Dated: March 3, 2021\n\nAlan Jay Weil Alan Jay Weil United States Magistrate Judge", "2021-03-03", "Alan Jay Weil", "United States Magistrate Judge"],
  ["ENTERED: 4/5/18\n\nRICHARD SEEBORG Chief United States District Judge", "2018-04-05", "Richard Seeborg", "Chief United States District Judge"],
  ["SO ORDERED.\n\nDate: 02/03/2020 ________________________ HON. ROBERT E. SMITH JR. U.S. District Judge", "2020-02-03", "Robert E. Smith Jr.", "U.S. District Judge"],
];

test("signature blocks give the date and the judge", () => {
  for (const [block, date, name, title] of table) {
    const text = body + block;
    const sig = readSignature(text);
    assert.equal(sig.date, date, block);
    assert.equal(sig.judge?.name ?? null, name, block);
    assert.equal(sig.judge?.title ?? null, title, block);
    assert.ok(sig.span && sig.span.end === text.length, block);
  }
});

test("counsel's dated signature on a stipulation is not the order's date", () => {
  const text = "DATED: February 10, 2012 Respectfully submitted, /s/ Mark Rumold Attorneys for Plaintiff\n\nPURSUANT TO STIPULATION, IT IS SO ORDERED.\n\nDated: February 16, 2012\n\nHon. Yvonne Gonzalez Rogers United States District Judge";
  assert.equal(readSignature(text).date, "2012-02-16");
  assert.equal(readSignature(text.replace("Dated: February 16, 2012", "Dated:")).date, null);
});

test("appellate opinions: author, per curiam, panel", () => {
  assert.deepEqual(readSignature("Before: SMITH, JONES, and LEE, Circuit Judges.\n\nPER CURIAM:\n\nWe affirm.").judge, { name: "Per Curiam", title: null });
  assert.deepEqual(readSignature("Before: Smith, Jones, and Lee, Circuit Judges.\n\nWe affirm.").judge, { name: "Smith, Jones, and Lee", title: "Circuit Judges" });
  assert.deepEqual(readSignature("Before: Smith, Jones, and Lee, Circuit Judges.\n\nJONES, Circuit Judge:\n\nWe affirm.").judge, { name: "Jones", title: "Circuit Judge" });
});

const negatives = [
  "On March 22, 2018, the Court denied Plaintiff leave to amend his complaint.",
  "Plaintiff filed his original Complaint on January 4, 2017.",
  "The matter was referred to the magistrate judge for a report.",
];
test("body prose yields no signature", () => {
  for (const n of negatives) {
    const sig = readSignature(n);
    assert.equal(sig.date, null, n);
    assert.equal(sig.judge, null, n);
  }
});

const heads: [string, string | null][] = [
  ["Argued February 8, 2011  Decided September 6, 2011", "2011-09-06"],
  ["Heard May 9, 1990.\n\nDecided July 6, 1990.", "1990-07-06"],
  ["Submitted: April 11, 2024\n\nFiled: August 12, 2025", "2025-08-12"],
  ["No. 99-6238. | Feb. 23, 2000.", "2000-02-23"],
  ["December 21, 2000, Decided", "2000-12-21"],
  ["Opinion issued July 31, 2012", "2012-07-31"],
  ["Argued: April 29, 2011\n\nDecided and Filed: May 26, 2011 Before: DAUGHTREY, MOORE, and CLAY, Circuit Judges.", "2011-05-26"],
  ["No. 06-14927\n\n(September 15, 2006)", "2006-09-15"],
  ["On March 1, 2018, Plaintiff filed a complaint.", null],
];
test("an opinion's heading dates it", () => {
  for (const [head, iso] of heads) assert.equal(headDate(head), iso, head);
  assert.equal(headDate("No. 06-14927\n\n(September 15, 2006)", false), null);
});
