import assert from "node:assert/strict";
import { test } from "node:test";
import { counselDate, headDate, headDating, lineSignatureDate, panelList, printedLines, readSignature, reprintDate, serviceDate } from "../../src/analyze/signature.js";

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
  ["IT IS SO ORDERED.\n\nDated:  April12, 2016\n\nHON. JANE ROE\n\nUnited States District Judge", "2016-04-12", "Jane Roe", "United States District Judge"],
  ["Dated this 3rd day of May, 2021.\n\nBY THE COURT:\n\n/s/ John Q. Public\n\nJOHN Q. PUBLIC", "2021-05-03", "John Q. Public", null],
  ["SO ORDERED this 14th day of June, 2022.\n\nMARY SMITH\n\nUNITED STATES DISTRICT JUDGE", "2022-06-14", "Mary Smith", "United States District Judge"],
  ["Dated at St. Louis, Missouri, this 3rd day of April, 2000.\n\nJANE ROE\n\nUNITED STATES DISTRICT JUDGE", "2000-04-03", "Jane Roe", "United States District Judge"],
  ["DATED at Washington, D.C., this 14th day of June, 2001.\n\nJohn Doe\n\nUnited States District Judge", "2001-06-14", "John Doe", "United States District Judge"],
  ["SO ORDERED.\n\nDated: New York, New York\nMay 3, 2021\n\nJANE ROE\n\nUnited States District Judge", "2021-05-03", "Jane Roe", "United States District Judge"],
  ["DONE AND ORDERED this twenty-seventh day of September, 1971.\n\nJOHN DOE\n\nUNITED STATES DISTRICT JUDGE", "1971-09-27", "John Doe", "United States District Judge"],
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

test("a certificate of service after the order does not date it", () => {
  const order = "IT IS SO ORDERED.\n\nDated: April 5, 2018\n\nHon. Jane Roe\n\nUnited States District Judge";
  const text = `${body}${order}\n\nCERTIFICATE OF SERVICE\n\nI hereby certify that on April 9, 2018, I served a copy of this order by mail.\n\nDated: April 9, 2018\n\nJohn Doe, Deputy Clerk`;
  const sig = readSignature(text);
  assert.equal(sig.date, "2018-04-05");
  assert.equal(sig.judge?.name, "Jane Roe");
  assert.equal(sig.span?.end, text.length);
  // a stipulation's counsel sign and certify service before the court's "SO ORDERED": the judge is still the court's
  const stipulation = "DATED: February 10, 2012\n\nJOHN ROE\n\nAssistant Attorney General\n\n/s/ Mary Poe\n\nMARY POE\n\nCERTIFICATE OF SERVICE\n\nI hereby certify that on February 10, 2012, I served the foregoing.\n\n/s/ Mary Poe\n\nMARY POE\n\nPURSUANT TO STIPULATION, IT IS SO ORDERED.\n\nDated:\n\nHon. Yvonne Roe United States District Judge";
  assert.equal(readSignature(stipulation).judge?.name, "Yvonne Roe");
  // … and counsel's date is not the order's: the court's own "Dated:" is blank
  assert.equal(readSignature(stipulation).date, null);
  assert.equal(readSignature(stipulation.replace(/Dated:$/m, "Dated: February 16, 2012")).date, "2012-02-16");
  // with no dated block before it, the certificate's date is all there is
  assert.equal(readSignature(text.replace("Dated: April 5, 2018", "")).date, "2018-04-09");
});

test("a decree's recital of an earlier judgment does not date it", () => {
  const text = "IT IS HEREBY ORDERED, ADJUDGED AND DECREED that the Judgment entered on February 15, 1990, is vacated and that Final Judgment is hereby entered.\n\nDated: ________";
  assert.equal(readSignature(text).date, null);
  // "ORDERED:" / "ORDERED this" still date the order
  assert.equal(readSignature("ORDERED this 2nd day of March, 1990.\n\nJudge").date, "1990-03-02");
});

const negatives = [
  "On March 22, 2018, the Court denied Plaintiff leave to amend his complaint.",
  "Plaintiff filed his original Complaint on January 4, 2017.",
  // a dating word does not reach across a blank line
  "Signed copies follow\n\nMarch 3, 2017 is the deadline for objections",
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
  ["FILED: January, 29, 2006\n\nBefore ROE, DOE, and POE, Circuit Judges", "2006-01-29"],
  ["NOT FOR PUBLICATION\n\nFILED\n\nMAR 16 2020\n\nMOLLY C. DWYER, CLERK", "2020-03-16"],
  ["Entered on Docket\nMay 3, 2021\nEDWARD J. EMMONS, CLERK", "2021-05-03"],
  ["Signed and Filed: May 4, 2021\n\nJANE ROE U.S. Bankruptcy Judge", "2021-05-04"],
  // a Westlaw print whose two columns are run together between the bar and the date
  ["No. 4711. Smith, for appellant. | Jones, for appellee. Mar. 3, 1971. Rehearing Denied April 9, 1971.", "1971-03-03"],
  ["JOHN ROE, FOR PUBLICATION\n\nPlaintiff-Appellee, March 2, 2015 9:05 a.m.", "2015-03-02"],
  ["CIVIL MINUTES - GENERAL\n\nCase No. 2:19-cv-01234-ABC Date January 15, 2019 Title ROE v. DOE", "2019-01-15"],
  ["No. 97-12345\n\nMarch 16, 1999 Before SMITH and JONES, Circuit Judges.", "1999-03-16"],
  // a clerk's stamp on a scanned page, digits split by OCR
  ["FILED\n\nMAY 0 7 1990\n\nCLERK, U.S. DISTRICT COURT", "1990-05-07"],
  ["__ ENTERED __ RECEIVED\n\nAPR  3 2000\n\nAT SEATTLE", "2000-04-03"],
  ["FILED: KINGS COUNTY CLERK 04/17/2020 04:56 PM INDEX NO. 12345/2020", "2020-04-17"],
  ["FILED\n\nAPR  2 42007\n\nCLERK, U.S. DISTRICT COURT", "2007-04-24"],
];
test("an opinion's heading dates it", () => {
  for (const [head, iso] of heads) assert.equal(headDate(head), iso, head);
  assert.equal(headDate("No. 06-14927\n\n(September 15, 2006)", false), null);
  // a clerk's stamp is weak evidence: the CM/ECF stamp's filed date goes first
  assert.equal(headDate("FILED\n\nMAY 0 7 1990", false), null);
  assert.equal(headDate("CIVIL MINUTES - GENERAL\n\nCase No. 2:19-cv-01234-ABC Date January 15, 2019 Title ROE v. DOE", false), "2019-01-15");
});

const notHeadDates = [
  // another event's date in the heading: a hearing notice, a later rehearing, an argument
  "DATE: March 19, 2010\n\nPlaintiffs, TIME: 9:30 a.m.\n\nCTRM: A, 15th Floor",
  "Hearing Date: May 1, 2018",
  "No. 4711. | Rehearing Denied April 9, 1971.",
  "UNPUBLISHED\n\nArgued: May 1, 2018",
  "THE CONSENT DECREE 12 2019 AMENDMENTS",
  "the MAYOR 12 2019 budget",
];
test("headings that date something else yield nothing", () => {
  for (const n of notHeadDates) assert.equal(headDate(n), null, n);
});

test("hostile headings stay linear", { timeout: 60_000 }, () => {
  // bars without dates, stamps without years, publication words without dates, repeated
  for (const unit of ["| No. 12. ", "MAY 0 7 ", "FOR PUBLICATION ", "Date: TIME: ", "Jan. 3, "]) {
    const text = unit.repeat(200_000 / unit.length);
    assert.equal(headDate(text), null, unit);
    assert.equal(readSignature(text).date, null, unit);
  }
});

test("a panel list keeps its judges and drops prose a two-column layer spliced in", () => {
  const cases: [string, string][] = [
    ["SMITH, JONES, The court below held that the claim LEE, and KIM", "SMITH, JONES, LEE, and KIM"],
    ["ROE, Chief Circuit Judge; DOE, POE, which had been argued at length QUINN, and WU", "ROE, Chief Circuit Judge; DOE, POE, QUINN, and WU"],
    ["Smith, Jones, and Lee", "Smith, Jones, and Lee"],
  ];
  for (const [raw, expected] of cases) assert.equal(panelList(raw), expected, raw);
  const spliced = "Before: ROE, DOE, POE, the school adopted its policy in good faith QUINN, and WU, Circuit Judges.\n\nWe affirm.";
  assert.deepEqual(readSignature(spliced).judge, { name: "Roe, Doe, Poe, Quinn, and Wu", title: "Circuit Judges" });
});

test("an initial glued to the first name is split when the text spells it out elsewhere", () => {
  const glued = "IT IS SO ORDERED.\n\nDated: May 2, 2011\n\nGEORGEH. WU\n\nUNITED STATES DISTRICT JUDGE";
  assert.equal(readSignature(`HON. GEORGE H. WU presiding.\n\n${body}${glued}`).judge?.name, "George H. Wu");
  // without the spelled-out form nothing says where the initial begins
  assert.equal(readSignature(body + glued).judge?.name, "Georgeh. Wu");
});

// [text, offset where the court line's district ends, date]
const reprintDates: [string, string, string | null][] = [
  ["United States District Court, D. Oregon.\nJune 2, 1975.\nCounsel for plaintiff", "D. Oregon", "1975-06-02"],
  ["United States District Court, M. D. Georgia, Macon Division.\nMay 4, 1970.\n", "M. D. Georgia", "1970-05-04"],
  // a state reporter's argued and decided dates: the later one
  ["Supreme Judicial Court of Maine.\nMarch 4, 1990.\nJune 5, 1990.\nPresent: A, B, JJ.", "of Maine", "1990-06-05"],
  // a labelled date is the heading's to weigh, and a sentence's date is no header
  ["United States Court of Appeals, Sixth Circuit.\nArgued May 1, 1990.\nDecided June 2, 1990.", "Sixth Circuit", null],
  ["United States District Court, D. Utah. the motion filed on May 1, 1990.", "D. Utah", null],
];
test("a reprint dates itself under its court line", () => {
  for (const [text, anchor, iso] of reprintDates) assert.equal(reprintDate(text, text.indexOf(anchor) + anchor.length), iso, text);
});

const moreHeads: [string, string][] = [
  ["2016 WL 1234567\nUnited States District Court, E.D. Texas.\nSigned 08/26/2016", "2016-08-26"],
  ["ORDER\nPER CURIAM\nAND NOW, this 8th day of July, 2019, the Application is denied.", "2019-07-08"],
  ["MEMORANDUM\nSmith, J.   March 21, 2016\nPlaintiffs bring this action", "2016-03-21"],
  ["No. 98 CV 5083(SJ). | filed Aug. 6, 1998. | Oct. 5, 2004.", "2004-10-05"],
];
test("more heading forms date an opinion", () => {
  for (const [text, iso] of moreHeads) assert.equal(headDate(text, false), iso, text);
});

const moreSignatures: [string, string | null][] = [
  ["The motion is denied.\n\nTHIS the 17th day of February, 1977.\n\nJOHN DOE\nUNITED STATES DISTRICT JUDGE", "1977-02-17"],
  // a party's own paper is dated by its signature
  ["The Petition should be denied.\n\nDated: April 17 2001.\n\nRespectfully submitted,\n/s/ Jane Roe\nAttorney for Respondent", "2001-04-17"],
  // a deadline in a sentence after SO ORDERED does not date the order
  ["IT IS SO ORDERED. Counsel shall submit the names to the Court not later than Wednesday, April 6, 1994.", null],
];
test("more signature forms", () => {
  for (const [text, iso] of moreSignatures) assert.equal(readSignature(text).date, iso, text);
});

test("more heading forms: Filed On, a bracketed or parenthesized date, a date of something else", () => {
  assert.equal(headDate("No. 24-5001 September Term, 2024\n1:24-cv-00123-XYZ\nFiled On: April 2, 2025\nAcme Union, et al.", false), "2025-04-02");
  assert.equal(headDate("ROE v. DOE\nON APPLICATION FOR STAY\n[May 5, 2022]\nThe application is denied."), "2022-05-05");
  assert.equal(headDate("There are many citizens whose very\n(June 3, 1968.)\nexistence depends"), "1968-06-03");
  assert.equal(headDate("the Act shall apply to actions\npending on the effective date of this Act\n[May 29, 1991].'' Pub.L. No. 101-647"), null);
  // a citation's date, closing a parenthesis it did not open on its line, or after a case name
  assert.equal(headDate("Doe v. Roe, No. 13-cv-01459 (W.D. Pa.\nNov. 21, 2013).\nRequiring the head"), null);
  assert.equal(headDate("As to the standing challenges: all of the Roper (Jun. 3, 2005)\nparties agree"), null);
  assert.equal(headDate("RESPONSE TO THE COURT'S CORRECTED OPINION AND ORDER DATED MARCH 5, 2020\nThe Government responds", false), null);
  assert.equal(headDate("ORDER\nDated: March 5, 2020\nThe motion is denied.", false), "2020-03-05");
  assert.deepEqual(headDating("No. 99-6238. | Feb. 23, 2000."), { rank: 0.5, iso: "2000-02-23" });
  assert.deepEqual(headDating("Argued May 1, 1990 - Decided  June 2, 1990"), { rank: 0, iso: "1990-06-02" });
  // "Date of" opens a narrative's date, not a signature's
  assert.equal(readSignature("He has a tentative Release Date of October 3, 2015.").date, null);
  assert.equal(readSignature("The motion is denied.\n\nSo ordered on March 3, 2021\n\nJANE ROE\nUnited States District Judge").date, "2021-03-03");
  assert.equal(readSignature("The Clerk shall send a copy to counsel.\n\nENTER: May 9, 2013\n\nJANE ROE").date, "2013-05-09");
});

test("printed lines undo the reflow of a two-column reprint", () => {
  // the reflowed text joins the column's date into prose; the anchors know where each printed line began
  const text = "Court of Appeals, Ninth Circuit. the court considered the July 3, 1997. usual case";
  const anchors = [
    { start: 0, page: 1, line: 1 },
    { start: text.indexOf("the court"), page: 1, line: 2 },
    { start: text.indexOf("July"), page: 1, line: 3 },
    { start: text.indexOf("usual"), page: 1, line: 4 },
  ];
  const lines = printedLines(text, anchors);
  assert.equal(lines, "Court of Appeals, Ninth Circuit.\nthe court considered the\nJuly 3, 1997.\nusual case");
  assert.equal(headDate(text), null);
  assert.equal(headDate(lines), "1997-07-03");
  // lines come back in page and line order even when a footnote's lines were placed last
  const order = printedLines("Body line. Note line. Second body line.", [
    { start: 0, page: 1, line: 1 },
    { start: 11, page: 2, line: 40 },
    { start: 22, page: 2, line: 1 },
  ]);
  assert.equal(order, "Body line.\nSecond body line.\nNote line.");
});

const besideSignature: [string, string | null][] = [
  ["SO ORDERED.\nDecember 11, 2008.\n____________________\nJANE ROE\nUNITED STATES DISTRICT JUDGE", "2008-12-11"],
  ["An appropriate Order shall issue.\n/s/\nApril 28, 2015 Mary Q. Poe\nRichmond, Virginia UNITED STATES DISTRICT JUDGE", "2015-04-28"],
  ["Signed: John Doe\nUnited States District Judge\nJuly 6, 2012", "2012-07-06"],
  ["For these reasons the claims fail.\nMay 1, 2017 Respectfully submitted,\nJOHN DOE\nAssistant Attorney General", "2017-05-01"],
  // a date heading a sentence, or carried over from the line before, is the narrative's
  ["the hearing was held on\nJune 6, 1989.\nIT IS SO ORDERED.\nJANE ROE, District Judge", null],
  ["SO ORDERED.\nJune 6, 1989 the court held a hearing on the motion\nJANE ROE, District Judge", null],
  ["The hearing was held.\nJune 6, 1989.\nThe parties appeared and argued at length.\nThe motion is taken under advisement.\nThe clerk will notify the parties.\nNothing more is needed.", null],
  // a labeled date line is the signature block's to read, even when blank
  ["SO ORDERED.\nDated: ____________\nJanuary 4, 2019\n/s/ Jane Roe", null],
];
test("a date on its own printed line beside the signature dates the paper", () => {
  for (const [tail, iso] of besideSignature) assert.equal(lineSignatureDate(tail), iso, tail);
});

const services: [string, string | null][] = [
  ["CERTIFICATE OF SERVICE\n\nI hereby certify that on March 9, 2010, I electronically filed the foregoing.", "2010-03-09"],
  ["I  hereby  certify  that  on  this  14th day of September  1998, a copy was mailed.", "1998-09-14"],
  ["CERTIFICATE OF SERVICE\n\nA copy of the foregoing was mailed this 24th day of August, 1981, to counsel.", "1981-08-24"],
  ["CERTIFICATE OF SERVICE\n\nOn October 4, 1985, I mailed two copies of this brief to counsel.", "1985-10-04"],
  // the first certificate is the paper's own; an exhibit's comes later
  ["I certify that on May 2, 2008, I served the motion.\n\nEXHIBIT A\n\nI certify that on June 1, 2007, I served the letter.", "2008-05-02"],
  // a sentence that mentions service is no certificate
  ["Defendants were served on October 5, 2000, and answered late.", null],
  ["The notice of appeal was filed on October 29, 1970.", null],
];
test("a party's paper is dated by its certificate of service", () => {
  for (const [text, iso] of services) assert.equal(serviceDate(text), iso, text);
});

test("the new dating patterns stay linear on hostile text", { timeout: 60_000 }, () => {
  for (const unit of ["I certify that on ", "CERTIFICATE OF SERVICE On ", "May 1, 2017 ", "/s/ \n", "Filed On: "]) {
    const text = unit.repeat(200_000 / unit.length);
    serviceDate(text);
    lineSignatureDate(text);
    headDate(text);
  }
});

test("a two-column reprint's date heads its line under the court or docket line", () => {
  const head = "Jane ROE, Plaintiff-Appellant, the district court held that the\nUnited States Court of Appeals,\nTwelfth Circuit.\nplan was lawful under the statute for\nMar. 4, 2003. reasons it gave, and the plaintiff appealed.";
  assert.equal(headDate(head), "2003-03-04");
  assert.deepEqual(headDating(head), { rank: 6, iso: "2003-03-04" });
  assert.equal(headDate(head, false), null);
  assert.equal(headDate("JOHN DOE, et al., Respondents.\n\nMay 9, 2002. [1] Appeal and Error"), "2002-05-09");
  assert.equal(headDate("No. 91 C 1234.\nThe parties then agreed that a hearing\nJune 3, 1992. would proceed at once."), "1992-06-03");
  // a sentence's date carried over from the line before, or with no court line above, is the narrative's
  assert.equal(headDate("United States District Court, D. Utah.\nThe court held a hearing on\nMay 1, 1990. The parties appeared."), null);
  assert.equal(headDate("The parties met and conferred again and\nsettled the remaining issues in writing.\nMay 1, 1990. The parties appeared."), null);
});

const counsel: [string, string | null][] = [
  ["The motion should be granted.\nMarch 1, 2022 Respectfully submitted.\nJANE ROE", "2022-03-01"],
  ["Grant such other relief as is just.\nJULY 12, 2002  MARY ROE, JOHN DOE, Plaintiffs.\nBY:\nJane Poe", "2002-07-12"],
  ["Jane Poe\n*Counsel of Record\nCounsel for Amicus Curiae\nMarch 6, 2006\n\nEXHIBIT A\nApril 9, 2005\nRespectfully submitted", "2006-03-06"],
  ["Respectfully submitted,\nthe hearing was held on\nMay 2, 2001.", null],
  ["On May 2, 2001 the plaintiffs filed suit.\nRespectfully submitted,", null],
];
test("a party's paper dated beside counsel's signature", () => {
  for (const [text, iso] of counsel) assert.equal(counselDate(text), iso, text);
});

test("a print's date after the bar: a labelled date on its own line, not the other column's prose date", () => {
  // the other column's sentence ends on a date on the bar's line; the print's own date is labelled
  assert.deepEqual(headDating("No. 2:10-cv-00123\n|\nthe town answered the application on January 3, 2011.\nSigned 04/11/2011\nAttorneys and Law Firms", false), { rank: 0.5, iso: "2011-04-11" });
  // the other column's line ends on "on"; the date opens a line of its own and is the print's
  assert.deepEqual(headDating("No. 71-1234.\nthe district court ordered the\n|\nimmediate transfer of the pupils on\nMarch 29, 1972.\nmid-year. The board resisted", false), { rank: 0.5, iso: "1972-03-29" });
  // an unlabelled date that prose runs into on its own line is not the print's
  assert.equal(headDating("No. 71-1234.\n|\nthe board filed its plan on March 2, 1972.", false), null);
});

test("a dating that opens the decree dates the order but starts no signature block", () => {
  const text = [
    "This matter having come before the court on the motions of both sides, and for good cause shown;",
    "",
    "It is on this 9th day of March 1991,",
    "",
    "ORDERED that the motion of the defendant to dismiss be and hereby is granted; and it is further",
    "",
    "ORDERED that the motion of the plaintiff to amend be and hereby is denied.",
    "",
  ].join("\n");
  const sig = readSignature(text);
  assert.equal(sig.date, "1991-03-09");
  // the decree is body text, where its rulings are read
  assert.ok(!sig.span || sig.span.start > text.indexOf("ORDERED that the motion of the plaintiff"));
  // a dating closing the order still starts its block
  const closing = "The motion is granted.\n\nDated this 9th day of March 1991.\n\nANN LEE\nUnited States District Judge\n";
  const start = readSignature(closing).span?.start ?? -1;
  assert.ok(start >= closing.indexOf("Dated") && start <= closing.indexOf("this 9th"));
});
