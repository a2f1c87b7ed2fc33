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
  ["CASE NO:  CIV.S.05-00783 RRB GGH", "2", "2:05-cv-00783-RRB-GGH"],
  // capitals, one-letter judge codes, slashed initials, the spaced Illinois form
  ["CIVIL ACTION NO. 20-1234 (RC)", null, "20-cv-01234-RC"],
  ["CRIMINAL NO. 19-123 (DWF)", null, "19-cr-00123-DWF"],
  ["CASE NO. 20-1234", null, "20-1234"],
  ["No. 3:19-CV-1234-L-BH", null, "3:19-cv-01234-L-BH"],
  ["Case No. 4:19-cv-00123-O", null, "4:19-cv-00123-O"],
  ["Civil No. 19-1234 (JRT/HB)", null, "19-cv-01234-JRT-HB"],
  ["No. 19 C 1234", "1", "1:19-cv-01234"],
  ["Case No. 08 CR 123", null, "08-cr-00123"],
  // state trial courts keep their own form
  ["IN THE MATTER OF: NO. SW 2006-002213", null, "2006-002213"],
  ["Case No. CV2019-012345", null, "2019-012345"],
  ["CIVIL ACTION No. 2009CV178947", null, "2009-178947"],
  // New York's spaced forms and a labeled year set apart by a space
  ["No. 70 Civ. 4750", null, "70-cv-04750"],
  ["No. 96 CIV. 6161(CBM).", null, "96-cv-06161-CBM"],
  ["No. 98 CV 5083(SJ).", null, "98-cv-05083-SJ"],
  ["Civ. No. 80 70991.", null, "80-cv-70991"],
  // a court's own form, kept as printed where no year can be told
  ["Civ. A. No. 3195-N.", null, "3195-N"],
  ["No. 4:CV88-L-399.", null, "4:88-cv-00399"],
  ["No. C74-68.", null, "74-cv-00068"],
  ["No. 78-47-Civ-Oc.", null, "78-cv-00047"],
  ["Case No. 01-C-928", null, "01-cv-00928"],
  ["Civil Action No. 95-B-2525", null, "95-2525"],
  ["No. 21 EM 2019", null, "21 EM 2019"],
  ["Case No. RG 15779731", null, "RG 15779731"],
  // a Westlaw print's docket number, before the bar and the date
  ["No. 4711. Smith, for appellant. | Mar. 3, 1971.", null, "4711"],
  ["No. S-8580.\n\n| Nov. 16, 2001.", null, "S-8580"],
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

const negatives = [
  "[State Bar No. 151333]", "File No.: 324.07A", "Public Act No. 95-142", "[Docket No. 15]",
  "28 U.S.C. § 1292(b)", "Doc. No. 49-1 at 2-3", "845 F.2d 205, 206 n.1 (9th Cir. 1988)", "on March 16, 2018", "Rule 59(e)",
  "See No. 123. The court |", "Ordinance No. 2019-45", "Doc. No. 2006-1234", "Claim No. 1234.", "Resolution 2019 CV 12",
  "No. 12 C.F.R. 123", "DOC. NO. 49-1", "ECF NO. 12-3",
];
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

test("hostile captions stay linear", { timeout: 60_000 }, () => {
  for (const unit of ["No. 1234. ", "No. SW 2006", "CIV.S.", "No. 123. | "]) {
    const text = unit.repeat(Math.ceil(200_000 / unit.length));
    assert.deepEqual(findCaseNumbers(text), [], unit);
  }
  const n = 5000;
  assert.equal(findCaseNumbers("No. 123. | Mar. 3, 1971. ".repeat(n)).length, n);
  const squeezed = "UNITEDSTATESDISTRICTCOURTFORTHE".repeat(5000);
  assert.equal(courtFromCaptionText(squeezed), null);
});

test("a caption line after a hyphenated number is not judge initials", () => {
  const cases: [string, string][] = [
    ["Case No.: 5:23-cv-00123-ABCD-EFG JOHN Q., et al.,", "5:23-cv-00123-ABCD-EFG"],
    ["Case No. 2:21-cv-00456-XYZ MARY ROE,", "2:21-cv-00456-XYZ"],
    ["25-cv-01234-QRS EAST SIDE TENANTS", "25-cv-01234-QRS"],
    // initials set off by a space alone still count when they come first
    ["Case No. C 04-0098 SI", "04-cv-00098-SI"],
    ["CV17-00308 JAK AFMx", "17-cv-00308-JAK-AFM"],
  ];
  for (const [input, expected] of cases) assert.equal(normalizeCaseNumber(findCaseNumbers(input)[0]), expected, input);
});

test("typed and glued caption forms of a case number", () => {
  const cases: [string, string][] = [
    // the Southern District of New York's form with its spaces lost
    ["No.12Civ.3456(ABC).", "12-cv-03456-ABC"],
    // the office digit run into the year
    ["ROE,\n  v                304CV1234(XYZ)\n", "3:04-cv-01234-XYZ"],
    // judge initials run into the serial
    ["No. CIV.A.05-CV-10234QRS.", "05-cv-10234-QRS"],
    // the Northern District of Illinois' spaced form, typed in lowercase, "No ." spaced
    ["vs .  )  No .  71  c  2345", "71-cv-02345"],
    // a typewriter's hyphen read as a middle dot
    ["Civ. No. 81\u00B7456 (DEF)", "81-cv-00456-DEF"],
    // the label's words run together, a comma for the period
    ["CaseNo.C-2-83-077", "83-cv-00077"],
    ["CIVIL ACTION NO, 1234-66", "1234-66"],
    ["No. Civ.A. GH 99-4321.", "99-4321"],
    // state forms: a type prefix and a four-digit year; a county, year, type and serial
    ["JANE ROE, )  CV 2011-900456", "CV 2011-900456"],
    ["Case No. CV-AB-2016-20345", "CV-AB-2016-20345"],
    ["Case No. 09-2021-CV-01234", "09-2021-CV-01234"],
    // a number alone in the caption's right column
    ["JOHN DOE,\n\tPlaintiffs,   )   91-3456\n", "91-3456"],
    ["MARY ROE, Plaintiffs, : 09-1234 (KLM)\n", "09-1234"],
    [")  93-1234-ML/A\n", "93-1234"],
    // a text layer that runs the next caption line on after the column's number
    [") 94-3456-Mla STATE OF OHIO, et al.", "94-3456"],
    // a bare serial beside the caption's "v.", or under a "Civ. A." label
    ["Plaintiffs Civil Action\nv. NO. 40123  \nJOHN DOE,", "40123"],
    ["No. CIV.A. 2345.  JANE Q. JUDGE, District Judge.", "2345"],
  ];
  for (const [input, expected] of cases) {
    const found = findCaseNumbers(input)[0];
    assert.ok(found, input);
    assert.equal(normalizeCaseNumber(found), expected, input);
  }
  // a number in the prose of a line is no column's number; a serial run into lowercase letters is none
  assert.deepEqual(findCaseNumbers("as held at 12-345 in the earlier case) 14-2345 more"), []);
  assert.deepEqual(findCaseNumbers("17cv218abcdef"), []);
  assert.deepEqual(findCaseNumbers("see No. 1234 and the statute (1990) 12-345 of"), []);
});

test("OCR's letters for digits in a CM/ECF serial are read as the digits", () => {
  assert.deepEqual(findCaseNumbers("Civil Action No. 2:03cvl008-T").map((c) => [c.raw, c.number]), [["2:03cv1008-T", "1008"]]);
  assert.deepEqual(findCaseNumbers("Case 1:19-cv-0O123-ABC").map((c) => c.number), ["00123"]);
  // a word after the type is no serial
  assert.deepEqual(findCaseNumbers("No. 04-cv-Ilco"), []);
});
