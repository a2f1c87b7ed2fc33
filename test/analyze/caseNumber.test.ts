import assert from "node:assert/strict";
import { test } from "node:test";
import { findCaseNumbers, normalizeCaseNumber } from "../../src/analyze/caseNumber.js";
import { courtFromCaptionText, defaultOffice } from "../../src/analyze/court.js";

// [caption text, office to fill in, normalized]
const table: [string, string | null, string][] = [
  ["Case No.: 17cv218-MMA (BLM)", "3", "3:17-cv-00218-MMA-BLM"],
  ["Case 2:06-cv-01963-DDP-PLA", null, "2:06-cv-01963-DDP-PLA"],
  ["No. CV 04-857 GAF (JTLx)", "2", "2:04-cv-00857-GAF-JTL"],
  ["No. 06-1068", null, "06-1068"],
  ["4:03-CV-00493 GTE", null, "4:03-cv-00493-GTE"],
  ["Civil Action No. 1:18-cv-05587", null, "1:18-cv-05587"],
  ["Case No. C 09-02306 CW", null, "09-cv-02306-CW"],
  ["No. CV 10-1061-PHX-SRB", null, "2:10-cv-01061-SRB"],
  ["Case No. 05cr123-BEN", "3", "3:05-cr-00123-BEN"],
  ["Bankr. Case No. 3:18-bk-01234", null, "3:18-bk-01234"],
  ["Adv. No. 18-90012", null, "18-ap-90012"],
  ["Case No. CIV S-91-0300 GGH P", null, "91-cv-00300-GGH"],
  ["CIVIL NO. C00-439L", null, "00-cv-00439"],
  ["CIVIL DOCKET FOR CASE #: 3:05\u2212cv\u221201013\u2212DMS\u2212PCL", null, "3:05-cv-01013-DMS-PCL"],
];

test("case numbers normalize to the CM/ECF form", () => {
  for (const [input, office, expected] of table) {
    const [c] = findCaseNumbers(input);
    assert.ok(c, input);
    assert.equal(normalizeCaseNumber(c, office), expected, input);
  }
});

test("raw keeps the caption's spelling", () => {
  assert.equal(findCaseNumbers("Case No.: 17cv218-MMA (BLM)\n\nORDER DENYING")[0].raw, "17cv218-MMA (BLM)");
  assert.equal(findCaseNumbers("No. CV 04-857 GAF (JTLx) ORDER")[0].raw, "CV 04-857 GAF (JTLx)");
});

test("multi-case captions yield every number", () => {
  const all = findCaseNumbers("Case No. 3:17-cv-00218-MMA-BLM\nCase No. 3:17-cv-00301-MMA-BLM");
  assert.deepEqual(all.map((c) => normalizeCaseNumber(c)), ["3:17-cv-00218-MMA-BLM", "3:17-cv-00301-MMA-BLM"]);
});

const negatives = ["28 U.S.C. § 1292(b)", "Doc. No. 49-1 at 2-3", "845 F.2d 205, 206 n.1 (9th Cir. 1988)", "on March 16, 2018", "Rule 59(e)"];
test("no case number in citations, dates or statutes", () => {
  for (const n of negatives) assert.deepEqual(findCaseNumbers(n), [], n);
});

const courts: [string, string][] = [
  ["UNITED STATES DISTRICT COURT\n\nSOUTHERN DISTRICT OF CALIFORNIA", "casd"],
  ["IN THE UNITED STATES DISTRICT COURT FOR THE DISTRICT OF ARIZONA", "azd"],
  ["UNITED STATES COURT OF APPEALS FOR THE NINTH CIRCUIT", "ca9"],
  ["IN THE UNITED STATES DISTRICT COURT FOR THE MIDDLE DISTRICT OF ALABAMA NORTHERN DIVISION", "almd"],
];
test("court from the caption heading", () => {
  for (const [input, id] of courts) assert.equal(courtFromCaptionText(input)?.id, id, input);
  assert.equal(courtFromCaptionText("The parties agree that the motion is ripe."), null);
  assert.equal(defaultOffice("casd"), "3");
});
