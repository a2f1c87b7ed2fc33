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
  // text layers that drop the space after the month or put a comma after it
  ["Dated:  April12, 2016", ["2016-04-12"]],
  ["FILED: January, 29, 2006", ["2006-01-29"]],
  ["the order of June 3,2019", ["2019-06-03"]],
  // old decrees write the day out, and some add the era
  ["DATED this twenty-first day of May, 2021.", ["2021-05-21"]],
  ["DONE this Third day of June, A.D. 1975.", ["1975-06-03"]],
  ["THE THIRTY-FIRST DAY OF JANUARY, 2000", ["2000-01-31"]],
  ["the thirteenth day of July, 2001", ["2001-07-13"]],
  ["the 5th day of April, A.D. 1968", ["1968-04-05"]],
];

test("findDates reads dates in every common form", () => {
  for (const [input, expected] of table) assert.deepEqual(findDates(input).map((d) => d.iso), expected, input);
});

test("findDates spans cover the date text", () => {
  const t = "On March 16, 2018, Plaintiff";
  const [d] = findDates(t);
  assert.equal(t.slice(d.start, d.end), "March 16, 2018");
});

const negatives = ["February 30, 2018", "13/45/2018", "28 U.S.C. § 1292(b)", "Doc. No. 49-1 at 2-3", "page 12 of 2018 pages", "May I ask, 2018", "in March, 2006", "Sep 2019", "the December 2019 term",
  "the thirty-first day of April 2020", "the first of May 2020", "a first May 2020 meeting"];
test("findDates yields nothing for numbers that are not dates", () => {
  for (const n of negatives) assert.deepEqual(findDates(n), [], n);
});

test("isoDate and parseDate", () => {
  assert.equal(isoDate(2018, 4, 5), "2018-04-05");
  assert.equal(isoDate(2019, 2, 29), null);
  assert.equal(parseDate("Dated: April 5, 2018"), "2018-04-05");
  assert.equal(parseDate("no date here"), null);
});
