// Other courts' dockets (state portals, appeals courts' own systems, commercial services, old
// civil docket sheets), and the parties of CM/ECF text dockets. All text here is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseDatedTable } from "../../src/analyze/docketReport.js";
import { read } from "../../src/read.js";
import type { Reading } from "../../src/model/types.js";

const readText = (text: string): Promise<Reading> => read({ path: "docket.txt", bytes: new TextEncoder().encode(text) });
const rows = (r: Reading): [string | null, string | null, string][] => (r.docket?.entries ?? []).map((e) => [e.dateFiled, e.number, e.description]);

test("a state trial portal: 'Date  Docket Text' under 'Docket Information', rows without numbers, wrapped text", async () => {
  const text = [
    "9ZZ-21-00417CI Orchard Growers Guild vs. Valley Water District",
    "Case Type:",
    "Civil Superior Ct",
    "Case Judge:",
    "Marlow, Beatrice Q",
    "Docket Information",
    "Date Docket Text",
    "03/02/2021 Complaint Filed",
    "Filed by: PLTF",
    "03/09/2021 Summons Issued",
    "04/12/2021 Answer to Complaint",
    "Filed by: DEFT VALLEY WATER",
    "05/20/2021 Order Granting Motion to Continue",
  ].join("\n");
  const r = await readText(text);
  assert.equal(r.kind, "docket-report");
  assert.deepEqual(rows(r), [
    ["2021-03-02", null, "Complaint Filed Filed by: PLTF"],
    ["2021-03-09", null, "Summons Issued"],
    ["2021-04-12", null, "Answer to Complaint Filed by: DEFT VALLEY WATER"],
    ["2021-05-20", null, "Order Granting Motion to Continue"],
  ]);
  // the judge's name printed "Last, First" is read "First Last"
  assert.equal(r.judge?.name, "Beatrice Q Marlow");
  // no party is read from a portal's columns
  assert.deepEqual(r.caption.parties, []);
});

test("an appeals court's portal: numbered papers ('#3') under 'Entry Date  Paper  Entry Text', the title a 'vs.' line", async () => {
  const text = [
    "SUPREME COURT OF THE STATE OF NOWHERE",
    "Case Docket",
    "PRAIRIE TENANTS UNION & others vs. DIRECTOR OF THE",
    "STATE HOUSING AUTHORITY & another",
    "HC-40412",
    "CASE HEADER",
    "Case Status Decided",
    "DOCKET ENTRIES",
    "Entry Date Paper Entry Text",
    "02/03/2022 #1 Entered.",
    "02/04/2022 #2 Petition filed for Prairie Tenants Union by Attorney Lena Okafor.",
    "02/10/2022 #3 Motion to expedite filed for Prairie Tenants Union by Attorney Lena",
    "Okafor.",
    "03/01/2022 ORDER: Motion to expedite (Paper #3) allowed.",
  ].join("\n");
  const r = await readText(text);
  assert.equal(r.kind, "docket-report");
  assert.deepEqual(rows(r), [
    ["2022-02-03", "1", "Entered."],
    ["2022-02-04", "2", "Petition filed for Prairie Tenants Union by Attorney Lena Okafor."],
    ["2022-02-10", "3", "Motion to expedite filed for Prairie Tenants Union by Attorney Lena Okafor."],
    ["2022-03-01", null, "ORDER: Motion to expedite (Paper #3) allowed."],
  ]);
  assert.equal(r.caption.title, "PRAIRIE TENANTS UNION & others vs. DIRECTOR OF THE STATE HOUSING AUTHORITY & another");
  assert.equal(r.docket?.kind, "appellate");
});

test("a register of actions: 'Case Events', each date alone on its line, labeled title wrapped, case number and judicial officer", async () => {
  const text = [
    "Register of Actions",
    "Case Information",
    "Case Number: 55-CV-21-1234",
    "Case Title: Rowan Ashby, on behalf of herself and others vs County of",
    "Greystone",
    "Case Type: Civil Other",
    "Judicial Officer: Fenwick, Harold T.",
    "Case Events",
    "06/14/2021",
    "Notice of Removal to Federal Court",
    "Index #4",
    "06/02/2021",
    "Summons",
    "Index #3",
    "06/01/2021",
    "Complaint-Civil",
    "Index #2",
    "Financial Information",
    "06/01/2021 Transaction Assessment 285.00",
  ].join("\n");
  const r = await readText(text);
  assert.equal(r.kind, "docket-report");
  assert.deepEqual(rows(r), [
    ["2021-06-14", null, "Notice of Removal to Federal Court Index #4"],
    ["2021-06-02", null, "Summons Index #3"],
    ["2021-06-01", null, "Complaint-Civil Index #2"],
  ]);
  assert.equal(r.caption.title, "Rowan Ashby, on behalf of herself and others vs County of Greystone");
  assert.equal(r.caption.caseNumber?.raw, "55-CV-21-1234");
  assert.equal(r.judge?.name, "Harold T. Fenwick");
});

test("a high court's docket: month-name dates under 'DATE  PROCEEDINGS AND ORDERS'; the court below is not the docket's", async () => {
  const text = [
    "No. 31-987",
    "Title: Quincy Haldane, Warden, Petitioner",
    "v.",
    "Mara Oduya",
    "Docketed: March 3, 2031",
    "Lower Ct: United States Court of Appeals for the Eleventh Circuit",
    "DATE PROCEEDINGS AND ORDERS",
    "Feb 27 2031 Petition for a writ of certiorari filed. (Response due April 4, 2031)",
    "Mar 30 2031 Brief of respondent in opposition filed.",
    "Apr 15 2031 DISTRIBUTED for Conference of 5/1/2031.",
    "May 05 2031 Petition DENIED.",
  ].join("\n");
  const r = await readText(text);
  assert.equal(r.kind, "docket-report");
  assert.deepEqual(rows(r).map(([d]) => d), ["2031-02-27", "2031-03-30", "2031-04-15", "2031-05-05"]);
  assert.equal(r.caption.caseNumber?.raw, "31-987");
  assert.equal(r.caption.title, "Quincy Haldane, Warden, Petitioner v. Mara Oduya");
  assert.equal(r.caption.court, null);
});

test("a service's copy of a CM/ECF docket: 'Req #  Filed  #  Docket Text', a row count before a month-name date", async () => {
  const text = [
    "U.S. District Court",
    "District of Nowhere (Capital)",
    "CIVIL DOCKET FOR CASE #: 1:30-cv-00777-XYZ",
    "Penrose et al v. Example County",
    "Date Filed: Jan. 05, 2030",
    "Assigned to: Judge Ilse Marchetti",
    "Req # Filed # Docket Text",
    "1 Jan. 05, 2030 1 COMPLAINT against Example County, filed by Ann Penrose. (Entered: 01/05/2030)",
    "2 Jan. 05, 2030 Case Assigned to Judge Ilse Marchetti. (abc, ) (Entered: 01/06/2030)",
    "3 Feb. 11, 2030 2 ANSWER to 1 Complaint by Example County. (Entered:",
    "02/11/2030)",
  ].join("\n");
  const r = await readText(text);
  assert.deepEqual(
    (r.docket?.entries ?? []).map((e) => [e.dateFiled, e.number, e.dateEntered]),
    [
      ["2030-01-05", "1", "2030-01-05"],
      ["2030-01-05", null, "2030-01-06"],
      ["2030-02-11", "2", "2030-02-11"],
    ],
  );
  assert.equal(r.caption.title, "Penrose et al v. Example County");
  assert.equal(r.judge?.name, "Ilse Marchetti");
});

test("an old civil docket sheet: 'DATE  NR.  PROCEEDINGS', two-digit years with hyphens", () => {
  const text = ["CIVIL DOCKET", "DATE NR. PROCEEDINGS", "3-1-79 1 Filed complaint and issued summons", "3-8-79 2 Filed answer of defts", "with certificate of service", "4-2-79 3 Filed ORDER setting pretrial conference"].join("\n");
  assert.deepEqual(
    parseDatedTable(text).map((e) => [e.date, e.number, e.text]),
    [
      ["1979-03-01", "1", "Filed complaint and issued summons"],
      ["1979-03-08", "2", "Filed answer of defts with certificate of service"],
      ["1979-04-02", "3", "Filed ORDER setting pretrial conference"],
    ],
  );
});

test("a printed web page's title line, dated and repeated after each page's link, is no entry", () => {
  const text = [
    "7/1/2024 Appeals Court Case Information",
    "Docket (Register of Actions)",
    "Date Description Notes",
    "05/02/2024 Filed Petition for writ of mandate.",
    "05/09/2024 Filed Preliminary opposition.",
    "https://cases.example.test/docket?id=12 1/2",
    "",
    "7/1/2024 Appeals Court Case Information",
    "05/20/2024 Order denying petition filed.",
  ].join("\n");
  assert.deepEqual(
    parseDatedTable(text).map((e) => [e.date, e.text]),
    [
      ["2024-05-02", "Filed Petition for writ of mandate."],
      ["2024-05-09", "Filed Preliminary opposition."],
      ["2024-05-20", "Order denying petition filed."],
    ],
  );
});

test("an order with a dated exhibit table, and a privilege log, are no dockets", async () => {
  const order = [
    "UNITED STATES DISTRICT COURT",
    "DISTRICT OF NOWHERE",
    "ORDER ON MOTION TO SEAL",
    "The parties filed these exhibits:",
    "Date Description",
    "01/02/2020 Letter from counsel to the agency",
    "01/09/2020 Agency reply letter",
    "02/01/2020 Internal memorandum",
    "The motion is GRANTED. IT IS SO ORDERED.",
  ].join("\n");
  assert.deepEqual(parseDatedTable(order), []);
  const r = await readText(order);
  assert.notEqual(r.kind, "docket-report");
  const log = ["PRIVILEGE LOG", "Date Description Author Recipient", "01/02/2020 Email re strategy", "01/03/2020 Email re draft", "01/04/2020 Memo re filing"].join("\n");
  assert.deepEqual(parseDatedTable(log), []);
  // a court site's list of copies for sale: the dates stand mid-row, beside pages and prices
  const forSale = ["Case Summary Register of Action Participants", "Date Description Pages Price", "Half", "6/1/2031 Answer Filed 11 $8.00 Page", "Preview", "5/2/2031 Motion Denied 3 $3.00", "5/1/2031 Complaint 9 $7.00"].join("\n");
  assert.deepEqual(parseDatedTable(forSale), []);
});

test("fewer than three dated rows make no table", () => {
  assert.deepEqual(parseDatedTable("Docket Information\nDate Docket Text\n01/02/2020 Complaint\n01/03/2020 Summons"), []);
});

test("a CM/ECF report of parties only is a docket report, with no entries", async () => {
  const text = [
    "U.S. District Court",
    "District of Nowhere (Capital)",
    "CIVIL DOCKET FOR CASE #: 1:20-cv-00999-ABC",
    "Thorne v. Riverside Township Date Filed: 01/02/2020",
    "Assigned to: Judge Jane Poe",
    "Plaintiff",
    "Marcus Thorne represented by Olive Grant",
    "Grant Law Office",
    "Defendant",
    "Riverside Township represented by Paul Reyes",
  ].join("\n");
  const r = await readText(text);
  assert.equal(r.kind, "docket-report");
  assert.equal(r.docket?.entries.length, 0);
  assert.deepEqual(r.caption.parties, [
    { name: "Marcus Thorne", role: "plaintiff" },
    { name: "Riverside Township", role: "defendant" },
  ]);
});

test("text docket parties: a name cut at its column's end, page furniture before a name, an empty name, an inverted name", async () => {
  const text = [
    "U.S. District Court",
    "District of Nowhere (Capital)",
    "CIVIL DOCKET FOR CASE #: 1:20-cv-00321-ABC",
    "Guild v. Department Date Filed: 01/02/2020",
    "Assigned to: Judge Jane Poe",
    "Plaintiff",
    "Northern Plains Association of Independent represented by Olive Grant",
    "Grocers Grant Law Office",
    "Plaintiff",
    "https://ecf.example.test/cgi-bin/DktRpt.pl?123 2/9",
    "Helena Voss represented by Olive Grant",
    "Plaintiff",
    "represented by",
    "Case: 1:20-cv-321 As of: 03/01/2020 10:00 AM EST 2 of 9",
    "Orchard Supply Co Orchard Supply Co",
    "Defendant",
    "Springfield, City of represented by Paul Reyes",
    "Corporation Counsel",
    "Date Filed # Docket Text",
    "01/02/2020 1 COMPLAINT filed by Northern Plains Association of Independent Grocers. (Entered: 01/02/2020)",
    "01/09/2020 2 ANSWER by Springfield, City of. (Entered: 01/09/2020)",
  ].join("\n");
  const r = await readText(text);
  assert.deepEqual(r.caption.parties, [
    { name: "Northern Plains Association of Independent Grocers", role: "plaintiff" },
    { name: "Helena Voss", role: "plaintiff" },
    { name: "Springfield, City of", role: "defendant" },
  ]);
});

test("a hostile dated table reads in linear time and gives entries", () => {
  const text = `Docket Information\nDate Docket Text\n${"01/02/2020 x\n".repeat(20000)}${"1".repeat(50000)} ${"-".repeat(50000)}`;
  assert.equal(parseDatedTable(text).length, 20000);
});

test("a service's participant list: a name (on two lines when the first ends wanting more) with 'Type: ROLE' under it", async () => {
  const text = [
    "This docket is current through 01/01/2031",
    "Case Title: WILLOW HART, ET AL v. BOARD OF EXAMPLE, ET AL",
    "Case Number: 30-7777",
    "NAMES",
    "WILLOW HART, BY AND THROUGH HER GUARDIAN AND",
    "ROSS HART",
    "Type: PLAINTIFF - APPELLANT",
    "Attorney: NORA QUILL",
    "Firm Address: 12 EXAMPLE ROAD",
    "SUITE 400",
    "Firm Phone: 555-0100",
    "BOARD OF EXAMPLE",
    "Associated Claim: APPEAL",
    "Type: DEFENDANT - APPELLEE",
    "Attorney: OWEN PIKE",
    "DOCKET PROCEEDINGS (3)",
    "Date: Entry #: Description:",
    "01/05/2030 NOTICE OF APPEAL FILED",
    "01/09/2030 BRIEF FILED",
    "02/01/2030 ORDER FILED",
  ].join("\n");
  const r = await readText(text);
  assert.equal(r.kind, "docket-report");
  assert.equal(r.caption.caseNumber?.raw, "30-7777");
  assert.deepEqual(r.caption.parties, [
    { name: "WILLOW HART, BY AND THROUGH HER GUARDIAN AND ROSS HART", role: "plaintiff - appellant" },
    { name: "BOARD OF EXAMPLE", role: "defendant - appellee" },
  ]);
});
