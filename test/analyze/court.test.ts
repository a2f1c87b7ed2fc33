import assert from "node:assert/strict";
import { test } from "node:test";
import { courtFromCaptionText, courtFromStamp } from "../../src/analyze/court.js";

// headings whose text layer lost the spaces between words
const squeezed: [string, string][] = [
  ["ROE,Plaintiff-Appellee,v.DOE,Defendant-Appellant.\nNo.09-12345\nUNITEDSTATESCOURTOFAPPEALSFORTHENINTHCIRCUIT", "ca9"],
  ["UNITEDSTATESDISTRICTCOURTFORTHEEASTERNDISTRICTOFNEWYORK\nROE v. DOE", "nyed"],
  ["UNITEDSTATESCOURTOFAPPEALS\nFORTHEDISTRICTOFCOLUMBIACIRCUIT", "cadc"],
];
test("a heading run together still names its court", () => {
  for (const [input, id] of squeezed) assert.equal(courtFromCaptionText(input)?.id, id, input);
});

const squeezedNegatives = [
  "AppealfromtheUnitedStatesDistrictCourtfortheCentralDistrictofCalifornia",
  "UNITEDSTATESOFAMERICAv.DOE",
];
test("a court named in passing, run together, is not the caption's", () => {
  for (const n of squeezedNegatives) assert.equal(courtFromCaptionText(n), null, n);
});

// CM/ECF header stamps whose form only one court prints
const stamps: [string, string][] = [
  ["Appeal: 17-2218   Doc: 17   Filed: 10/31/2017   Pg: 1 of 1", "ca4"],
  ["USCA4 Appeal: 19-1234 Doc: 12 Filed: 01/02/2020 Pg: 1 of 3", "ca4"],
  ["USCA11 Case: 19-12345 Date Filed: 01/02/2020 Page: 1 of 3", "ca11"],
  ["Case: 20-16276, 08/05/2020, ID: 11778722, DktEntry: 19, Page 1 of 15", "ca9"],
  ["USCA Case #10-5159 Document #1234567 Filed: 01/01/2018 Page 1 of 3", "cadc"],
  ["Case: 12-2209 Document: 00116475093 Page: 1 Date Filed: 01/03/2013 Entry ID: 5700979", "ca1"],
  ["Appellate Case: 22-1801 Page: 1 Date Filed: 01/19/2023 Entry ID: 5237514", "ca8"],
  ["Appellate Case: 17-1234 Document: 010110012345 Date Filed: 01/01/2018 Page: 1", "ca10"],
  ["Case: 17-2400 Document: 3 Filed: 07/13/2017 Pages: 1", "ca7"],
  ["Case 1:21-cv-01061-KLM Document 1 Filed 04/16/21 USDC Colorado Page 7 of 16", "cod"],
];
test("a page extract's stamp names the court", () => {
  for (const [raw, id] of stamps) assert.equal(courtFromStamp(raw)?.id, id, raw);
});

const stampNegatives = [
  "Case 3:17-cv-00218-MMA-BLM Document 50 Filed 04/05/18 Page 1 of 6",
  // a state with more than one district does not say which
  "Case 1:20-cv-00001 Document 1 Filed 01/01/20 USDC Ohio Page 1 of 2",
  "Case: 17-1234 Document: 12 Filed: 01/01/2018 Page: 1",
  "",
];
test("stamps every district prints name no court", () => {
  for (const n of stampNegatives) assert.equal(courtFromStamp(n), null, n);
  assert.equal(courtFromStamp(null), null);
});
