import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isoDate, parseStamp, parseStamps } from "../../src/layout/stamp.js";
import type { Stamp } from "../../src/model/types.js";

/** A stamp with every field null but the ones a row states. */
const stamp = (fields: Partial<Stamp>): Partial<Stamp> => ({
  document: null,
  attachment: null,
  filed: null,
  page: null,
  pages: null,
  pageId: null,
  entryId: null,
  entered: null,
  ...fields,
});

const pick = (s: Stamp | null): Partial<Stamp> | null => {
  if (!s) return null;
  const { raw: _raw, court: _court, ...rest } = s;
  return rest;
};

const rows: [string, Partial<Stamp>][] = [
  ["Case 3:17-cv-00218-MMA-BLM Document 50 Filed 04/05/18 PageID.318 Page 1 of 6",
    stamp({ caseNumber: "3:17-cv-00218-MMA-BLM", document: "50", filed: "2018-04-05", page: 1, pages: 6, pageId: "318" })],
  ["Case 8:16-cv-01261-DOC-KES Document 40 Filed 08/05/16 Page 1 of 4 Page ID #:365",
    stamp({ caseNumber: "8:16-cv-01261-DOC-KES", document: "40", filed: "2016-08-05", page: 1, pages: 4, pageId: "365" })],
  ["Case: 1:18-cv-05587 Document #: 1000 Filed: 06/01/21 Page 8 of 18 PageID #:32475",
    stamp({ caseNumber: "1:18-cv-05587", document: "1000", filed: "2021-06-01", page: 8, pages: 18, pageId: "32475" })],
  ["Case: 20-16276, 08/05/2020, ID: 11778722, DktEntry: 19, Page 1 of 15",
    stamp({ caseNumber: "20-16276", document: "19", filed: "2020-08-05", page: 1, pages: 15, entryId: "11778722" })],
  ["Case 17-3510, Document 1-1, 10/31/2017, 2161300, Page1 of 2",
    stamp({ caseNumber: "17-3510", document: "1", attachment: "1", filed: "2017-10-31", page: 1, pages: 2, entryId: "2161300" })],
  ["Case 09-00429 Doc 83 Filed 03/09/10 Entered 03/09/10 09:03:58",
    stamp({ caseNumber: "09-00429", document: "83", filed: "2010-03-09", entered: "2010-03-09" })],
  ["Case 09-00429 Doc 83 Filed 03/09/10 Entered 03/09/10 09:03:58 Desc Main Document Page 2 of 5",
    stamp({ caseNumber: "09-00429", document: "83", filed: "2010-03-09", entered: "2010-03-09", page: 2, pages: 5 })],
  ["Case 2:12-cv-00601-ROS Document 4213-1 Filed 10/20/21 Page 3 of 12",
    stamp({ caseNumber: "2:12-cv-00601-ROS", document: "4213", attachment: "1", filed: "2021-10-20", page: 3, pages: 12 })],
  ["•  Case 4:03-cv-00493-GTE   Document 10    Filed 08/14/03   Page 1 of 2",
    stamp({ caseNumber: "4:03-cv-00493-GTE", document: "10", filed: "2003-08-14", page: 1, pages: 2 })],
  ["Case4:11-cv-05221-YGR   Document22   Filed02/16/12   Page1 of 5",
    stamp({ caseNumber: "4:11-cv-05221-YGR", document: "22", filed: "2012-02-16", page: 1, pages: 5 })],
  ["Case 2:99-cv-00001-XY   Document 7   Filed 01/02/99   Page 2 of 9   Pg ID 88",
    stamp({ caseNumber: "2:99-cv-00001-XY", document: "7", filed: "1999-01-02", page: 2, pages: 9, pageId: "88" })],
  ["Case 1:13-cv-00957-JMS-MJD  Document  183  Filed  06/01/16  Page  1  of  31  PagelD  #:  5617",
    stamp({ caseNumber: "1:13-cv-00957-JMS-MJD", document: "183", filed: "2016-06-01", page: 1, pages: 31, pageId: "5617" })],
  ["Case 2:06-cv-01963-DDP-PLA     Document 17     Filed 07/14/2006     Page 1 of 5(cid:10)",
    stamp({ caseNumber: "2:06-cv-01963-DDP-PLA", document: "17", filed: "2006-07-14", page: 1, pages: 5 })],
  ["CASE 0:16-cv-02623-DWF-LIB   Doc. 189   Filed 02/21/18   Page 1 of 17",
    stamp({ caseNumber: "0:16-cv-02623-DWF-LIB", document: "189", filed: "2018-02-21", page: 1, pages: 17 })],
  ["Case 1:07-cv-21088-CMA     Document 81      Entered on FLSD Docket 06/04/2008     Page 1 of 21",
    stamp({ caseNumber: "1:07-cv-21088-CMA", document: "81", filed: "2008-06-04", entered: "2008-06-04", page: 1, pages: 21 })],
  ["(1 of 20), Page 1 of 20  Case: 25-2808, 05/14/2025, DktEntry: 17.1, Page 1 of 20",
    stamp({ caseNumber: "25-2808", document: "17", attachment: "1", filed: "2025-05-14", page: 1, pages: 20 })],
  ["Case: 12-2209 Document: 00116475093 Page: 1 Date Filed: 01/03/2013 Entry ID: 5700979",
    stamp({ caseNumber: "12-2209", document: "00116475093", filed: "2013-01-03", page: 1, entryId: "5700979" })],
  ["USCA4 Appeal: 17-2218 Doc: 17 Filed: 10/31/2017 Pg: 1 of 1",
    stamp({ caseNumber: "17-2218", document: "17", filed: "2017-10-31", page: 1, pages: 1 })],
  ["Case: 17-2400 Document: 3 Filed: 07/13/2017 Pages: 1",
    stamp({ caseNumber: "17-2400", document: "3", filed: "2017-07-13", pages: 1 })],
  ["Appellate Case: 22-1801 Page: 1 Date Filed: 01/19/2023 Entry ID: 5237514",
    stamp({ caseNumber: "22-1801", filed: "2023-01-19", page: 1, entryId: "5237514" })],
  ["Appeal: 17-2218 Doc: 17 Filed: 10/31/2017 Pg: 1 of 1",
    stamp({ caseNumber: "17-2218", document: "17", filed: "2017-10-31", page: 1, pages: 1 })],
  ["Case 2:21-cv-10042-ABC-DEF   ECF No. 64   filed 03/02/21    PageID.1207    Page 1 of 9",
    stamp({ caseNumber: "2:21-cv-10042-ABC-DEF", document: "64", filed: "2021-03-02", page: 1, pages: 9, pageId: "1207" })],
  ["Case 1:14-cv-00121-XYZ ECF No. 3-2 filed 05/06/14 PageID.40 Page 2 of 3",
    stamp({ caseNumber: "1:14-cv-00121-XYZ", document: "3", attachment: "2", filed: "2014-05-06", page: 2, pages: 3, pageId: "40" })],
  ["case 1:88-cv-00412-XY-ZW   document 38   filed 05/17/94   page 2 of 16",
    stamp({ caseNumber: "1:88-cv-00412-XY-ZW", document: "38", filed: "1994-05-17", page: 2, pages: 16 })],
  ["USCA Case #10-5159      Document #1328193      Filed: 09/06/2011      Page 1 of 19",
    stamp({ caseNumber: "10-5159", document: "1328193", filed: "2011-09-06", page: 1, pages: 19 })],
];

describe("parseStamp", () => {
  for (const [line, expected] of rows) {
    it(line, () => assert.deepEqual(pick(parseStamp(line)), expected));
  }

  it("tells the court form apart", () => {
    assert.equal(parseStamp(rows[0][0])?.court, "district");
    assert.equal(parseStamp(rows[3][0])?.court, "appellate");
    assert.equal(parseStamp(rows[5][0])?.court, "bankruptcy");
  });

  it("keeps the newest of two stamps printed over each other", () => {
    const line = "Case 1:10-cv-00001-AB Document 5 Filed 01/01/10 Page 1 of 3Case 1:10-cv-00001-AB Document 7 Filed 02/02/11 Page 1 of 3";
    assert.equal(parseStamps(line).length, 2);
    assert.deepEqual([parseStamp(line)?.document, parseStamp(line)?.filed], ["7", "2011-02-02"]);
  });

  it("keeps the raw line", () => assert.equal(parseStamp(rows[0][0])?.raw, rows[0][0]));
});

describe("parseStamp: lines that are not stamps", () => {
  const negatives = [
    "Case No. 3:22-cv-257",
    "Case No.: 17cv218-MMA (BLM)",
    "CASE NO. 4:03-CV-00493 GTE",
    "04/05/18",
    "Filed 04/05/18 Page 1 of 6",
    "Page 1 of 6",
    "In this case 3:17-cv-00218 Document 50 was filed on 04/05/18",
    "Case 3:17-cv-00218-MMA-BLM",
    "Appeal: 17-2218 was argued",
    "The Case 2:12-cv-00601 Document 4 Filed 10/20/21 Page 3 of 12 is cited",
    "",
  ];
  for (const line of negatives) it(JSON.stringify(line), () => assert.equal(parseStamp(line), null));

  it("does not slow down on a long hostile line", () => {
    const hostile = `Case 1:${"1".repeat(5000)} ${"Document ".repeat(2000)}`;
    assert.equal(parseStamp(hostile), null);
  });
});

describe("isoDate", () => {
  const table: [string, string | null][] = [
    ["04/05/18", "2018-04-05"],
    ["1/2/69", "2069-01-02"],
    ["12/31/70", "1970-12-31"],
    ["07/14/2006", "2006-07-14"],
    ["13/01/20", null],
    ["4-5-18", null],
  ];
  for (const [input, expected] of table) it(input, () => assert.equal(isoDate(input), expected));
});

it("a stamp that opens with the number itself, without the word Case", () => {
  const a = parseStamp("1:19-cv-04567-ABC-DEF   # 12    Page 1 of 9");
  assert.equal(a?.caseNumber, "1:19-cv-04567-ABC-DEF");
  assert.equal(a?.document, "12");
  assert.equal(a?.pages, 9);
  const b = parseStamp("7:21-cv-00123     Document 4     Filed 05/06/21     Page 1 of 3");
  assert.equal(b?.caseNumber, "7:21-cv-00123");
  assert.equal(b?.filed, "2021-05-06");
  // a sentence that opens with a number is no stamp
  assert.equal(parseStamp("1:19-cv-04567 was filed in this court; see page 1 of 2"), null);
});

it("a stamp whose word 'Case' OCR read as marks is still a stamp; a sentence after marks is not", () => {
  const s = parseStamp("...  3:95-cv-71234-XYZ   Doc # 12   Filed 02/03/99   Pg 4 of 9    Pg ID 88");
  assert.equal(s?.caseNumber, "3:95-cv-71234-XYZ");
  assert.equal(s?.document, "12");
  assert.equal(s?.page, 4);
  assert.equal(parseStamp("... 3:95-cv-71234 was filed on 02/03/99"), null);
});
