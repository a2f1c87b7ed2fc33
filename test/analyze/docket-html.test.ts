import { test } from "node:test";
import assert from "node:assert/strict";
import { readDocketHtml, attachmentsOf, labeledFields, judgeName } from "../../src/analyze/docket/index.js";
import { read } from "../../src/read.js";

// Small pages written for these tests in the layouts PACER prints; no real docket's text.

const DISTRICT = `<html><head><title>CM/ECF - Test District</title></head><body>
<div id="cmecfMainContent">
<h3 align=center>U.S. District Court<BR>Northern District of California (Oakland)<BR>CIVIL DOCKET FOR CASE #: 4:21-cv-01234-XYZ</h3>
<table><tr><td valign=top width="60%"><br>Acme Widgets LLC v. Bolt Gadgets Inc et al<br>
Assigned to: Judge Pat Q. Example<br>Referred to: Magistrate Judge Lee Sample<br>Cause: 35:271 Patent Infringement</td>
<td valign=top width="40%"><br>Date Filed: 03/04/2021<br>Date Terminated: 09/10/2022<br>Jury Demand: Plaintiff<br>Nature of Suit: 830 Patent<br>Jurisdiction: Federal Question</td></tr></table>
<table width="100%" border=0 cellspacing=5>
<tr><td><b><u>Plaintiff</u></b></td></tr>
<tr><td valign=top width="40%"><B>Acme Widgets LLC</B><br><I>a Delaware company</I></td>
<td valign=top width="20%" align=right>represented&nbsp;by</td>
<td valign=top width="40%"><B>Ann Counsel</B><BR>Counsel &amp; Co.<BR>1 Main St<BR>Oakland, CA 94601<BR><I>LEAD ATTORNEY</I><BR><I>ATTORNEY TO BE NOTICED</I><br><br>
<B>Bo Second</B><BR>Counsel &amp; Co.<BR><I>TERMINATED: 05/06/2021</I></td></tr>
<tr><td valign=top><br>V.<br></td></tr>
<tr><td><b><u>Defendant</u></b></td></tr>
<tr><td valign=top width="40%"><B>Bolt Gadgets Inc</B><br><I>TERMINATED: 07/08/2021</I></td></tr>
</table>
<table align=center width="99%" border=1>
<tr><th>Date Filed</th><th>#</th><th>Docket Text</th></tr>
<tr><td>03/04/2021</td><td><a href="https://ecf.cand.uscourts.gov/doc1/035012345678" onClick="goDLS('/doc1/035012345678','380001','11','','','1','','');">1</a></td>
<td>COMPLAINT against Bolt Gadgets Inc. Filed by Acme Widgets LLC. (Attachments: # 1 Exhibit A, # 2 Civil Cover Sheet)(ac, COURT STAFF) (Filed on 3/4/2021) (Entered: 03/05/2021)</td></tr>
<tr><td>03/20/2021</td><td>&nbsp;</td><td>CLERK'S NOTICE re 1 Complaint. (xx) (Entered: 03/20/2021)</td></tr>
<tr><td>04/01/2021</td><td>12</td><td>MOTION to Dismiss filed by Bolt Gadgets Inc. (Entered: 04/01/2021)</td></tr>
<tr><td>05/02/2021</td><td>20</td><td>ORDER granting 12 Motion to Dismiss. Signed by Judge Pat Q. Example on 5/2/2021. (Entered: 05/02/2021)</td></tr>
</table></div></body></html>`;

const BANKRUPTCY = `<html><head><title>Test Live Database</title></head><body>
<CENTER><B><FONT SIZE="+1">U.S. Bankruptcy Court<BR>District of Arizona (Phoenix)<BR>Bankruptcy Petition #: 2:19-bk-00042-ABC</FONT></B></CENTER>
<TABLE><TR><TD><I>Assigned to:</I> Judge Casey Referee<BR>Chapter 7<BR>Voluntary</TD>
<TD><TABLE><TR><td><I>Date filed:</I></td><td>&nbsp;&nbsp;01/15/2019</td></TR>
<TR><td><I>Debtor discharged:</I></td><td>&nbsp;&nbsp;05/01/2019</td></TR></TABLE></TD></TR></TABLE>
<TABLE><TR><TD WIDTH="50%"><I><B>Debtor</B></I><BR><B>DANA EXAMPLE</B><BR>12 ELM ST<BR>PHOENIX, AZ 85001</TD>
<TD>represented by</TD><TD><B>Robin Lawyer</B><BR>Suite 5<BR>Phoenix, AZ 85002</TD></TR>
<TR><TD WIDTH="50%"><I><B>Trustee</B></I><BR><B>TERRY TRUSTEE</B><BR>PO BOX 1<BR></TD></TR></TABLE>
<TABLE BORDER=1><TR><TH>Filing Date</TH><TH colspan=2>#</TH><TH>Docket Text</TH></TR>
<TR><TD>01/15/2019</TD><TD>&nbsp;</TD><TD><a href='/doc1/02512345678'>1</a> <br>(40&nbsp;pgs)</TD><TD>Chapter 7 Voluntary Petition. Filed by Dana Example. (Lawyer, Robin) (Entered: 01/15/2019)</TD></TR>
<TR><TD>02/01/2019</TD><TD>&nbsp;</TD><TD>&nbsp;</TD><TD>Meeting of Creditors held. (tt) (Entered: 02/01/2019)</TD></TR>
</TABLE>
<TABLE BORDER=1>
<TR><TD>05/01/2019</TD><TD>&nbsp;</TD><TD><a href='/doc1/02512349999'>9</a></TD><TD>Order of Discharge (Related Doc # 1). (Entered: 05/01/2019)</TD></TR>
</TABLE></body></html>`;

const APPELLATE = `<html><head><title>11-1111 Docket</title></head><body>
<table><tr><td><b>General Docket</b><br><b>United States Court of Appeals for the Ninth Circuit</b></td></tr>
<tr><td>Court of Appeals Docket #: 11-1111<br>Docketed: 02/03/2011<br>Termed: 06/07/2011</td></tr>
<tr><td>Nature of Suit: 3440 Other Civil Rights</td></tr>
<tr><td>Smith v. Jones</td></tr>
<tr><td><b>Originating Court Information:</b><br>District: 0971-3 : 3:10-cv-05555-ABC<br>Trial Judge: Pat Judge, District Judge<br>Date Filed: 04/05/2010</td></tr></table>
<table><tr><td valign=top width=50%>ALEX SMITH<BR>Plaintiff&nbsp;-&nbsp;Appellant,</td>
<td valign=top width=50%>Jo Advocate<br>Direct: 555-0100<br>[COR LD NTC Retained]<br>1 Court St</td></tr>
<tr><td colspan=2>v.</td></tr>
<tr><td valign=top width=50%>BAILEY JONES<BR>Terminated: 03/01/2011<BR>Defendant&nbsp;-&nbsp;Appellee</td><td valign=top width=50%>Sam Defender<br>[COR NTC Government]</td></tr></table>
<table border=0><tr><td valign=top>02/03/2011</td><td valign=top nowrap><input type=checkbox name='d' value='7001'>
<a href="https://ecf.ca9.uscourts.gov/docs1/009012345678">&nbsp;1&nbsp;</a><br><font size=-2>3 pg, 100 KB</font></td>
<td valign=top>DOCKETED CAUSE AND ENTERED APPEARANCES OF COUNSEL. [11-1111] (AB) [Entered: 02/03/2011 10:00 AM]</td></tr>
<tr><td valign=top>02/04/2011</td><td valign=top nowrap><input type=checkbox name='d' value='7002'>&nbsp;&nbsp;</td>
<td valign=top>Filed clerk order: the fee is paid. [11-1111] (CD) [Entered: 02/04/2011 09:00 AM]</td></tr></table>
</body></html>`;

test("readDocketHtml: a district Docket Report's case fields, parties and entries", () => {
  const d = readDocketHtml(DISTRICT)?.docket;
  assert.ok(d);
  assert.deepEqual(
    [d.kind, d.court?.id, d.docketNumber, d.caseName, d.assignedTo, d.referredTo, d.dateFiled, d.dateTerminated, d.cause, d.natureOfSuit, d.juryDemand],
    ["district", "cand", "4:21-cv-01234-XYZ", "Acme Widgets LLC v. Bolt Gadgets Inc et al", "Pat Q. Example", "Lee Sample", "2021-03-04", "2022-09-10", "35:271 Patent Infringement", "830 Patent", "Plaintiff"],
  );
  assert.deepEqual(
    d.parties.map((p) => [p.name, p.role, p.extraInfo, p.dateTerminated, p.attorneys.map((a) => [a.name, a.roles])]),
    [
      ["Acme Widgets LLC", "Plaintiff", "a Delaware company", null, [["Ann Counsel", ["LEAD ATTORNEY", "ATTORNEY TO BE NOTICED"]], ["Bo Second", ["TERMINATED: 05/06/2021"]]]],
      ["Bolt Gadgets Inc", "Defendant", "", "2021-07-08", []],
    ],
  );
  assert.deepEqual(
    d.entries.map((e) => [e.number, e.dateFiled, e.dateEntered, e.docketRefs, e.attachments.map((a) => a.description), e.pacerDocId, e.pacerSeqNo]),
    [
      ["1", "2021-03-04", "2021-03-05", [], ["Exhibit A", "Civil Cover Sheet"], "035012345678", "11"],
      [null, "2021-03-20", "2021-03-20", ["1"], [], null, null],
      ["12", "2021-04-01", "2021-04-01", [], [], null, null],
      ["20", "2021-05-02", "2021-05-02", ["12"], [], null, null],
    ],
  );
  assert.match(d.entries[0].description, /^COMPLAINT against Bolt Gadgets Inc\. .*\(Entered: 03\/05\/2021\)$/);
});

test("readDocketHtml: a bankruptcy report: role at the party's head, a trustee with no attorney, entries split over tables", () => {
  const d = readDocketHtml(BANKRUPTCY)?.docket;
  assert.ok(d);
  assert.deepEqual([d.kind, d.court?.id, d.docketNumber, d.caseName, d.assignedTo, d.dateFiled, d.dateDischarged], ["bankruptcy", "azb", "2:19-bk-00042-ABC", "DANA EXAMPLE", "Casey Referee", "2019-01-15", "2019-05-01"]);
  assert.deepEqual(
    d.parties.map((p) => [p.name, p.role, p.attorneys.length]),
    [
      ["DANA EXAMPLE", "Debtor", 1],
      ["TERRY TRUSTEE", "Trustee", 0],
    ],
  );
  assert.deepEqual(
    d.entries.map((e) => [e.number, e.dateFiled, e.pacerDocId, e.docketRefs]),
    [
      ["1", "2019-01-15", "02512345678", []],
      [null, "2019-02-01", null, []],
      ["9", "2019-05-01", "02512349999", ["1"]],
    ],
  );
});

test("readDocketHtml: an appellate General Docket", () => {
  const d = readDocketHtml(APPELLATE)?.docket;
  assert.ok(d);
  assert.deepEqual([d.kind, d.court?.id, d.docketNumber, d.caseName, d.dateFiled, d.dateTerminated, d.natureOfSuit], ["appellate", "ca9", "11-1111", "Smith v. Jones", "2011-02-03", "2011-06-07", "3440 Other Civil Rights"]);
  assert.equal(d.originatingCourt?.docketNumber, "3:10-cv-05555-ABC");
  assert.deepEqual(
    d.parties.map((p) => [p.name, p.role, p.dateTerminated, p.attorneys.map((a) => [a.name, a.roles])]),
    [
      ["ALEX SMITH", "Plaintiff\u00a0-\u00a0Appellant".replace(/\u00a0/g, " "), null, [["Jo Advocate", ["COR LD NTC Retained"]]]],
      ["BAILEY JONES", "Defendant - Appellee", "2011-03-01", [["Sam Defender", ["COR NTC Government"]]]],
    ],
  );
  assert.deepEqual(
    d.entries.map((e) => [e.number, e.dateFiled, e.dateEntered, e.pacerDocId, e.pacerSeqNo]),
    [
      ["1", "2011-02-03", "2011-02-03", "009012345678", "7001"],
      [null, "2011-02-04", "2011-02-04", null, "7002"],
    ],
  );
});

const NOT_DOCKETS: [string, string, string][] = [
  ["an HTTP error", "<html><head><title>408 Request Time-out</title></head><body><h1>Request Time-out</h1><p>Server timeout.</p><address>Apache Server at ecf.xyz.uscourts.gov</address></body></html>", "an HTTP error page"],
  ["a claims register", "<html><head><title>CM/ECF</title></head><body><h3>Claims Register</h3><table><tr><td>Creditor: (1) Some Bank</td><td>Claim No: 1</td></tr></table></body></html>", "a claims register"],
  ["a billing prompt", "<html><head><title>CM/ECF - xyz</title></head><body><p>This case has many docket entries. The report may be large; you will be charged for 30 pages ($3.00).</p><form><input type=submit value='Run Report'></form></body></html>", "a billing prompt"],
  ["a document menu", "<html><head><title>CM/ECF</title></head><body><b>Document Selection Menu</b><table><tr><td><a href='/doc1/1'>1</a></td><td>Main Document</td></tr></table></body></html>", "a document menu"],
];

for (const [name, html, what] of NOT_DOCKETS) {
  test(`readDocketHtml: ${name} is no docket`, () => {
    const page = readDocketHtml(html);
    assert.equal(page?.docket, null);
    assert.equal(page?.notDocket, what);
  });
}

test("readDocketHtml: HTML that is no PACER page is left to other readers", () => {
  assert.equal(readDocketHtml("<html><body><p>OPINION. The judgment is affirmed.</p></body></html>"), null);
});

test("read: a PACER page prints its docket, and a non-docket page null with a finding", async () => {
  const r = await read({ path: "page.html", bytes: new TextEncoder().encode(DISTRICT) });
  assert.equal(r.docket?.entries.length, 4);
  assert.equal(r.caption.caseNumber?.raw, "4:21-cv-01234-XYZ");
  const bad = await read({ path: "page.html", bytes: new TextEncoder().encode(NOT_DOCKETS[0][1]) });
  assert.equal(bad.docket, null);
  assert.ok(bad.findings.some((f) => f.code === "docket.not-a-docket" && /HTTP error/.test(f.message)));
});

const LABELS: [string[], Record<string, string>][] = [
  [["Assigned to: Judge Ann Lee", "Date Filed:", "01/02/2003"], { assignedTo: "Judge Ann Lee", dateFiled: "01/02/2003" }],
  [["Docketed: 01/27/2010 Termed: 05/24/2010"], { docketed: "01/27/2010", termed: "05/24/2010" }],
  [["Roe v. Doe Date Filed: 08/16/2018", "Cause: 42:1983 Civil Rights Act Jury Demand: None"], { dateFiled: "08/16/2018", cause: "42:1983 Civil Rights Act", juryDemand: "None" }],
];
for (const [lines, want] of LABELS) test(`labeledFields: ${lines.join(" | ")}`, () => assert.deepEqual(labeledFields(lines), want));

const JUDGES: [string, string | null][] = [
  ["Magistrate Judge Jeffrey W. Johnson", "Jeffrey W. Johnson"],
  ["Chief Judge Ann Lee (inactive)", "Ann Lee"],
  ["Unassigned", null],
];
for (const [raw, want] of JUDGES) test(`judgeName: ${raw}`, () => assert.equal(judgeName(raw), want));

test("attachmentsOf: the numbered list of an entry's attachments", () => {
  assert.deepEqual(
    attachmentsOf("MOTION to Seal (Attachments: # 1 Declaration of A. B., # 2 Proposed Order (Sealed))(xx)").map((a) => [a.number, a.description]),
    [
      [1, "Declaration of A. B."],
      [2, "Proposed Order (Sealed)"],
    ],
  );
});

test("readDocketHtml: a 10,000-entry page reads in linear time", () => {
  const row = (i: number): string => `<tr><td>01/02/2020</td><td>${i}</td><td>ORDER granting ${i - 1} Motion to Extend. (Entered: 01/02/2020)</td></tr>`;
  const page = (n: number): string => DISTRICT.replace(/<tr><td>03\/04\/2021<\/td>[\s\S]*<\/table><\/div>/, `${Array.from({ length: n }, (_, i) => row(i + 1)).join("\n")}</table></div>`);
  const time = (n: number): number => {
    const t = process.hrtime.bigint();
    const d = readDocketHtml(page(n))?.docket;
    assert.equal(d?.entries.length, n);
    return Number(process.hrtime.bigint() - t) / 1e6;
  };
  time(500);
  const small = time(1000);
  const big = time(10000);
  assert.ok(big < small * 30, `10x entries took ${(big / small).toFixed(1)}x the time`);
});
