import assert from "node:assert/strict";
import { test } from "node:test";
import { courtFromCaptionText, courtFromStamp, readCourt, reprintCourt } from "../../src/analyze/court.js";

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

// reprint and research-service headers, read where they stand (own text, one per layout)
const reprints: [string, string][] = [
  ["512 F.Supp. 77\nUnited States District Court, W.D. Michigan,\nSouthern Division.\nJane ROE, Plaintiff,", "miwd"],
  ["Roe v. Doe\nCiv. A. No. 1234-N.\nUnited States District Court, M. D. Alabama, N. D.\nMay 3, 1970.", "almd"],
  ["No. 4:CV90-L-12.\nUnited States District Court, D. Nebraska.\nJune 1, 1991.", "ned"],
  ["2001 WL 123456\nOnly the Westlaw citation is currently available.\nUnited States District Court, E.D. New York.", "nyed"],
  // a two-column text layer runs the other column's words into the header
  ["99 F.Supp.2d 1\nUnited States District Court, *2 Mary Major, Esq., for plaintiffs. N.D. California. The motion", "cand"],
  ["Only the Westlaw citation is currently available. the other defendants and the United States District Court, E.D. Texas, Tyler Division.", "txed"],
  ["18F.Supp.2d418\nUnitedStatesDistrictCourt,\nD.NewJersey.", "njd"],
  ["77 F.2d 9\nUnited States Court of Appeals, Fifth Circuit.\nNo. 123.", "ca5"],
  ["United States District Court, E.D.N.Y.\nMarch 1, 1980.", "nyed"],
  // the District of Columbia spelled out, alone on its line or with the other column's words after it
  ["480 F.Supp.2d 1\nUnited States District Court, District of Columbia.\nMay 2, 2005.", "dcd"],
  ["Roe v. Doe\nUnited States District Court, District of Columbia.  were filed in June.", "dcd"],
];
test("a reprint's header names the court", () => {
  for (const [input, id] of reprints) assert.equal(readCourt(input, input, null)?.id, id, input);
  assert.equal(readCourt(reprints[0][0], "", null)?.from, "reprint-header");
});

const others: [string, string, string][] = [
  ["ADRMOP,CLOSED\nU.S. District Court\nOregon District (Portland)\nCIVIL DOCKET FOR CASE #: 3:19-cv-01234", "ord", "docket-header"],
  ["U.S. District Court Texas Southern District (Houston) CIVIL DOCKET FOR CASE #: 4:10-cv-00001", "txsd", "docket-header"],
  ["ROE v. DOE 101\nCite as 55 F.Supp. 101 (S.D.N.Y. 1944)\nthe motion is denied", "nysd", "cite-as"],
  ["ROE v. DOE\nCite as 844 F.3d 727 (8th Cir. 2016)", "ca8", "cite-as"],
  ["UNITED STATES DlSTIUCT COURT\nEASTERN DlSTIUCT OF MICHIGAN\nSOUTHERN DIVISION\nJOHN ROE, Plaintiff,", "mied", "ocr-heading"],
  ["U S D C\nNITED TATES ISTRICT OURT\nNORTHERN DISTRICT OF FLORIDA\nROE, Plaintiff,", "flnd", "ocr-heading"],
  ["IN THE UNITED STATES DISTRICT COURT FOR\nWESTERN DISTRICT OF KISSOURI\nWESTERN DIVISION", "mowd", "ocr-heading"],
  ["IN THE UNITED STATES DISTRICT COURT FOR THE MIDDLE F I L ED\nDISTRICT OF ALABAMA, NORTHERN DIVISION", "almd", "ocr-heading"],
  ["IINN TTHHEE UUNNIITTEEDD SSTTAATTEESS DDIISSTTRRIICCTT CCOOUURRTT FFOORR TTHHEE NNOORRTTHHEERRNN DDIISSTTRRIICCTT OOFF OOKKLLAAHHOOMMAA", "oknd", "ocr-heading"],
  ["IN THE\nUNITED STATES COUR'r OF APPEALS\nFOR THE SEVENTH CIRCUIT\nROE, Plaintiff-Appellant, v. DOE. On Appeal from the Judgment of the United States District Court for the Northern District of Illinois", "ca7", "ocr-heading"],
  ["ote te\nFOR THE SIXTH CIRCUIT\nNo. 86-1234\nROE, Plaintiffs-Appellees,", "ca6", "ocr-heading"],
  ["UNITED STATES\nFOREIGN INTELLIGENCE SURVEILLANCE C0tflfT\nWASHINGTON, D.C.\nIN RE MATTER", "fisc", "ocr-heading"],
];
test("docket heads, 'Cite as' lines and OCR-damaged headings name the court", () => {
  for (const [input, id, from] of others) {
    const c = readCourt(input, input, null);
    assert.equal(c?.id, id, input);
    assert.equal(c?.from, from, input);
  }
});

const reprintNegatives = [
  // a court named in passing, or a cite's parenthetical
  "The case was removed to the United States District Court, E.D. Michigan, where it was dismissed.",
  "See Roe v. Doe, 1 F.Supp. 2 (N.D. Cal. 1990); the United States District Court, in its order,",
  "IN THE DISTRICT COURT OF OKLAHOMA COUNTY\nSTATE OF OKLAHOMA",
  "Appeal from the United States District Court, District of Columbia",
];
test("a court named in passing is no reprint header", () => {
  for (const n of reprintNegatives) assert.equal(readCourt(n, n, null), null, n);
  // "District of Columbia" that runs on into more words is no district line
  assert.equal(reprintCourt("99 F.Supp. 1\nUnited States District Court, District of Columbia Circuit Court"), null);
});

test("a reprint's page, printed in two columns, names its court in its header, not in the other column's prose", () => {
  const cases: [string, string][] = [
    // the other column's prose above the header names another court as an object
    ["Roe v. Doe, 100 F.2d 200 (1970)\n  Raleigh,  John  Q.  Smith,  Chief  Judge,  the  United\n  States District Court for the Eastern District of North\n100 F.2d 200\nUnited States Court of Appeals Fourth Circuit.\nJane ROE et al., Appellants,", "ca4"],
    // a state's court named in the synopsis above a reprint's header
    ["1400 900 FEDERAL SUPPLEMENT\nstate courts, as the Kansas Supreme Court\nhas said\nUnited States District Court,\nD. Arizona.\nROE, Plaintiff,", "azd"],
    // a sentence's court of appeals run on by its verb
    ["  States  Court  of  Appeals  for  the  Sixth  Circuit  entered\n500 F.Supp. 900\nUnited States District Court,\nW.D. Michigan,\nSouthern Division.", "miwd"],
  ];
  for (const [input, id] of cases) assert.equal(readCourt(input, input, null)?.id, id, input);
  // a caption heading in capitals whose district a clerk's stamp abbreviates otherwise
  const stamped = "UNITED STATES DISTRICT COURT EASTERN DISTRICT OF NEW YORK  FILED\nU.S. DISTRICT COURT S.D.N.Y.\nJOHN ROE, Plaintiff,";
  assert.equal(readCourt(stamped, stamped, null)?.id, "nyed");
  // a "Cite as" running head on the first lines outranks the synopsis' court below
  const cite = "ROE v. DOE 300\nCite as 400 F.3d 300 (2nd Cir. 2005)\nthe appeal fails. The United States District Court\nfor the District of Vermont, Jane Q. Judge, J., granted relief.";
  assert.equal(readCourt(cite, cite, null)?.id, "ca2");
});

test("an OCR'd line of prose or an unreadable direction gives no court", () => {
  const prose = "UNITED STATES\nThe Court has jurisdiction.\n2. The Eastern District of New York is an appropriate venue because the State of New York resides here and its contacts suffice.";
  assert.equal(readCourt(prose, prose, null), null);
  const garbled = "IN THE UNITED STATES DISTRICT COURT FOR THE\nSOtrrHERN DISTRICT OF ALABAMA\nROE, Plaintiff,";
  assert.equal(readCourt(garbled, garbled, null), null);
});

test("an OCR'd heading's state, cut short or wrapped, still names the district", () => {
  const cases: [string, string][] = [
    ["IN THE UNITED STATES DISTRICT COURT\nFOR THE MIDDLE DISTRICT OF GEORC~, IN RE\nROE, Plaintiff,", "gamd"],
    ["IN THE UNITED STATES DISTRICT COURT\nFOR THE NORTHERN DISTRICT OF TEXlIl JUN 25\nROE, Plaintiff,", "txnd"],
    ["IN  THE  U.  S.  DISTRICT  COURT\nFOR  THE  SOUTHERN  DISTRICT  OF\nFLORID~\nROE, Plaintiff,", "flsd"],
    ["IN THE UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OP NEW MEXIc8NITED\nROE, Plaintiff,", "nmd"],
    ["THE UNITED STATES DISTRICT COURT\n?OR THE DISTRICT OF C0LUK3XA\nROE, Plaintiff,", "dcd"],
  ];
  for (const [input, id] of cases) assert.equal(readCourt(input, input, null)?.id, id, input);
  // a prefix two states share names none
  const shared = "IN THE UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF NEW~~\nROE, Plaintiff,";
  assert.equal(readCourt(shared, shared, null), null);
});

test("a circuit named by its letters or its number: 'D.C. Circuit', 'DC CIRCUIT', '9th Circuit'", () => {
  const forms: [string, string][] = [
    ["Court:\t US\tCOURT\tOF\tAPPEALS\tFOR\tTHE\tDC\tCIRCUIT\n\nCase Number: 11-5001", "cadc"],
    ["United States Court of Appeals for the D.C. Circuit\n\nNo. 11-5001", "cadc"],
    ["U.S. COURT OF APPEALS FOR THE 9TH CIRCUIT\n\nNo. 11-15001", "ca9"],
    ["United States Court of Appeals for the 11th Circuit\n\nNo. 11-15001", "ca11"],
  ];
  for (const [input, id] of forms) assert.equal(readCourt(input, input, null)?.id, id, input);
  // a circuit named as the court appealed to stays out of the caption's court
  assert.equal(readCourt("UNITED STATES DISTRICT COURT\nDISTRICT OF MAINE\n\nAn appeal to the Court of Appeals for the 1st Circuit is pending.", "UNITED STATES DISTRICT COURT\nDISTRICT OF MAINE", null)?.id, "med");
});
