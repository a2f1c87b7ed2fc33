import assert from "node:assert/strict";
import { test } from "node:test";
import { findDates, isoDate, parseDate } from "../../src/analyze/dates.js";

const table: [string, string[]][] = [
  ["On March 16, 2018, Plaintiff filed", ["2018-03-16"]],
  ["filed on Mar. 16, 2018 and", ["2018-03-16"]],
  ["entered 3/16/2018.", ["2018-03-16"]],
  ["ENTERED: 4/5/18", ["2018-04-05"]],
  ["signed 16 March 2018", ["2018-03-16"]],
  ["DATED this 5th day of April, 2018.", ["2018-04-05"]],
  ["DONE and ORDERED on this 23rd dayof August, 2006.", ["2006-08-23"]],
  ["on or about Sept. 1, 2019", ["2019-09-01"]],
  ["April 5th, 2018", ["2018-04-05"]],
  ["on January 4, 2017, a First Amended Complaint on January 13, 2017", ["2017-01-04", "2017-01-13"]],
];

test("findDates reads dates in every common form", () => {
  for (const [input, expected] of table) assert.deepEqual(findDates(input).map((d) => d.iso), expected, input);
});

test("findDates spans cover the date text", () => {
  const t = "On March 16, 2018, Plaintiff";
  const [d] = findDates(t);
  assert.equal(t.slice(d.start, d.end), "March 16, 2018");
});

const negatives = ["February 30, 2018", "13/45/2018", "28 U.S.C. § 1292(b)", "Doc. No. 49-1 at 2-3", "page 12 of 2018 pages", "May I ask, 2018"];
test("findDates yields nothing for numbers that are not dates", () => {
  for (const n of negatives) assert.deepEqual(findDates(n), [], n);
});

test("isoDate and parseDate", () => {
  assert.equal(isoDate(2018, 4, 5), "2018-04-05");
  assert.equal(isoDate(2019, 2, 29), null);
  assert.equal(parseDate("Dated: April 5, 2018"), "2018-04-05");
  assert.equal(parseDate("no date here"), null);
});
