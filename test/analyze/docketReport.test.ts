import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  docketEvents,
  entryRefs,
  entryRulings,
  entryType,
  isDocketReport,
  parseDocket,
  readDocketReport,
} from "../../src/analyze/docketReport.js";
import { read } from "../../src/read.js";
import type { DocketEntry } from "../../src/model/types.js";
import { makeDocument } from "./factory.js";

/** A docket report around `rows`: caption lines, the table header, the rows. */
function docket(rows: string[], header = "Date Filed # Docket Text"): string {
  return ["U.S. District Court", "District of Nowhere (Capital)", "CIVIL DOCKET FOR CASE #: 1:20-cv-00123-ABC", "Roe v. Doe et al Date Filed: 01/02/2020", header, ...rows].join("\n");
}

/** What a test states about an entry; the rest is checked by the spans test. */
type EntryFacts = Pick<DocketEntry, "date" | "number" | "text" | "entered">;
const facts = (e: DocketEntry): EntryFacts => ({ date: e.date, number: e.number, text: e.text, entered: e.entered });
const entry = (date: string, number: string | null, text: string, entered: string | null = null): EntryFacts => ({ date, number, text, entered });

const LAYOUTS: [string, string, EntryFacts[]][] = [
  [
    "numbered entries with continuation lines and an unnumbered clerk's entry",
    docket([
      "01/02/2020  1  COMPLAINT against All Defendants ( Filing fee $ 400 receipt number",
      "0000-1111.), filed by Richard Roe. (Attachments: # 1 Exhibit A)(Lee, Ann) (Entered:",
      "01/02/2020)",
      "01/02/2020     Summons Issued as to John Doe. (abc) (Entered: 01/03/2020)",
      "02/10/2020  2  ORDER granting 18 Motion for Extension of Time. Signed by Judge Jane Poe on 2/10/2020. (xyz) (Entered: 02/10/2020)",
    ]),
    [
      entry("2020-01-02", "1", "COMPLAINT against All Defendants ( Filing fee $ 400 receipt number 0000-1111.), filed by Richard Roe. (Attachments: # 1 Exhibit A)(Lee, Ann) (Entered: 01/02/2020)", "2020-01-02"),
      entry("2020-01-02", null, "Summons Issued as to John Doe. (abc) (Entered: 01/03/2020)", "2020-01-03"),
      entry("2020-02-10", "2", "ORDER granting 18 Motion for Extension of Time. Signed by Judge Jane Poe on 2/10/2020. (xyz) (Entered: 02/10/2020)", "2020-02-10"),
    ],
  ],
  [
    "a continuation line that starts with a date of another shape",
    docket([
      "12/03/1997 2  SUMMONS returned executed by personal service on 12/3/97 - answer due",
      "12/23/97 for Jane Roe (db) (Entered: 12/05/1997)",
      "12/09/1997 3  APPEARANCE for defendants (ew) (Entered: 12/11/1997)",
    ]),
    [
      entry("1997-12-03", "2", "SUMMONS returned executed by personal service on 12/3/97 - answer due 12/23/97 for Jane Roe (db) (Entered: 12/05/1997)", "1997-12-05"),
      entry("1997-12-09", "3", "APPEARANCE for defendants (ew) (Entered: 12/11/1997)", "1997-12-11"),
    ],
  ],
  [
    "page furniture between lines and a PACER receipt after the table",
    docket(
      [
        "03/01/2021  7   MOTION to Dismiss by Defendant John Doe. (Smith, Al)",
        "Case: 1:20-cv-123   As of: 05/06/2022 10:00 AM EDT   3 of 9",
        "(Entered: 03/01/2021)",
        "https://ecf.nowhere.uscourts.gov/cgi-bin/DktRpt.pl?12345-L_1_0-1 2/6",
        "11/21/23, 3:55 PM ELECTRONIC FILING SYSTEM - U.S. District Court NOWD",
        "03/05/2021  8   TEXT ORDER denying 7 Motion to Dismiss. (Entered: 03/05/2021)",
        "PACER Service Center",
        "Transaction Receipt",
        "11/21/2023 14:53:25",
      ],
      "Date Filed  #  Docket Text",
    ),
    [entry("2021-03-01", "7", "MOTION to Dismiss by Defendant John Doe. (Smith, Al) (Entered: 03/01/2021)", "2021-03-01"), entry("2021-03-05", "8", "TEXT ORDER denying 7 Motion to Dismiss. (Entered: 03/05/2021)", "2021-03-05")],
  ],
  [
    "two-digit years in the entries' dates",
    docket(["01/05/95 12 ORDER setting status conference (jk)", "02/07/95 13 LETTER to Judge Poe from counsel (jk)"]),
    [entry("1995-01-05", "12", "ORDER setting status conference (jk)"), entry("1995-02-07", "13", "LETTER to Judge Poe from counsel (jk)")],
  ],
  [
    "an appellate docket: page count and size instead of a number",
    [
      "General Docket United States Court of Appeals for the Ninth Circuit",
      "Court of Appeals Docket #: 10-1234 Docketed: 01/27/2010",
      "02/09/2010 1 pg, 127.91 KBNOTICE of appearance filed by Attorney Ann Lee. [10-1234] (AL) [Entered: 02/09/2010 08:47 PM]",
      "",
      "04/13/2010 CASE submitted. [10-1234] (CLK) [Entered: 04/13/2010 09:00 AM]",
    ].join("\n"),
    [entry("2010-02-09", null, "NOTICE of appearance filed by Attorney Ann Lee. [10-1234] (AL) [Entered: 02/09/2010 08:47 PM]", "2010-02-09"), entry("2010-04-13", null, "CASE submitted. [10-1234] (CLK) [Entered: 04/13/2010 09:00 AM]", "2010-04-13")],
  ],
];

test("parseDocket: entries in several layouts", () => {
  for (const [name, text, expected] of LAYOUTS) assert.deepEqual(parseDocket(text).map(facts), expected, name);
});

test("parseDocket: spans run from the date to the entry's last line", () => {
  const text = docket(["01/02/2020  1  COMPLAINT filed by Richard Roe.", "(Entered: 01/02/2020)", "01/03/2020  2  NOTICE of Appearance (Entered: 01/03/2020)"]);
  const [a, b] = parseDocket(text);
  assert.equal(text.slice(a.start, a.end), "01/02/2020  1  COMPLAINT filed by Richard Roe.\n(Entered: 01/02/2020)");
  assert.equal(text.slice(b.start, b.end), "01/03/2020  2  NOTICE of Appearance (Entered: 01/03/2020)");
});

test("parseDocket: reflowed text finds entries at the line starts it is given", () => {
  const lines = ["Date Filed # Docket Text", "05/04/2016 1 COMPLAINT filed by Mary Roe.", "(Entered: 05/04/2016)", "05/05/2016 2 ORDER granting 1 Motion. (Entered: 05/05/2016)"];
  const text = lines.join(" ");
  const starts: number[] = [];
  let at = 0;
  for (const l of lines) {
    starts.push(at);
    at += l.length + 1;
  }
  assert.deepEqual(
    parseDocket(text, starts).map((e) => [e.number, e.text]),
    [
      ["1", "COMPLAINT filed by Mary Roe. (Entered: 05/04/2016)"],
      ["2", "ORDER granting 1 Motion. (Entered: 05/05/2016)"],
    ],
  );
});

test("parseDocket: many numbered dated lines make a docket report without a header", () => {
  const rows = Array.from({ length: 12 }, (_, i) => `03/${String(i + 1).padStart(2, "0")}/2019 ${i + 1} NOTICE of filing number ${i + 1} (ab)`);
  const entries = parseDocket(rows.join("\n"));
  assert.equal(entries.length, 12);
  assert.equal(entries[11].number, "12");
});

const NOT_DOCKETS: [string, string][] = [
  ["an order reciting dates", "ORDER DENYING MOTION\nOn March 16, 2018, Plaintiff filed a motion [Doc. No. 44]. On 03/22/2018 the Court denied it.\nDefendant responded on 03/30/2018.\nIT IS SO ORDERED.\nDated: 04/05/2018"],
  [
    "an order with dated lines at line starts",
    "SCHEDULING ORDER\nThe following deadlines apply:\n01/15/2019 Expert disclosures due.\n02/15/2019 Rebuttal disclosures due.\n03/15/2019 Discovery closes.\n04/15/2019 Dispositive motions due.\n05/15/2019 Pretrial conference.\nIT IS SO ORDERED.",
  ],
  ["a table of dates", "Date Order/Judgment: Date NOA Filed:\n12/21/2009 12/21/2009 01/20/2010 01/21/2010\n"],
  ["a header and no entries", "CIVIL DOCKET FOR CASE #: 1:20-cv-00123\nDate Filed # Docket Text\nNo entries."],
  ["a few numbered dated lines without a header", "01/02/2020 1 COMPLAINT\n01/03/2020 2 ANSWER\n01/04/2020 3 NOTICE\n"],
];

test("isDocketReport: documents that are not docket reports", () => {
  for (const [name, text] of NOT_DOCKETS) {
    assert.equal(isDocketReport(text), false, name);
    assert.deepEqual(parseDocket(text), [], name);
  }
});

test("readDocketReport: the seed order is no docket report", () => {
  const seed = readFileSync(new URL("../../examples/linlor-v-futero.txt", import.meta.url), "utf8");
  assert.equal(readDocketReport(makeDocument(seed)), null);
});

const REFS: [string, string[]][] = [
  ["ORDER granting 18 Motion for Extension of Time re 1 Complaint", ["18", "1"]],
  ["RESPONSE to Motion re 6 First MOTION for Extension of Time", ["6"]],
  ["ANSWER to [2-1] by defendants; MEMORANDUM in support of [148\u2212 1]", ["2", "148"]],
  ["Defendants' Motion for Extension of Time (d/e 45 ) is GRANTED", ["45"]],
  ["COMPLAINT (Attachments: # 1 Exhibit A, # 2 Exhibit B (Illinois)) re 3 Order", ["3"]],
];
const NO_REFS = ["COMPLAINT ( Filing fee $ 400 receipt number 0754-2934406.)", "RETURN OF SERVICE executed on 8/25/92 (3 pgs) (JMR)", "(Attachments: # 1 Exhibit 1, # 2 Exhibit 2)"];

test("entryRefs: the entries an entry refers to", () => {
  for (const [text, expected] of REFS) assert.deepEqual(entryRefs(text), expected, text);
  for (const text of NO_REFS) assert.deepEqual(entryRefs(text), [], text);
});

const TYPES: [string, string][] = [
  ["TEXT ORDER denying 45 Motion to Expedite.", "order"],
  ["ORDER by Judge Jane Poe granting in part and denying in part 30 Motion to Dismiss.", "order"],
  ["MEMORANDUM AND ORDER: the motion is denied.", "order"],
  ["STIPULATION AND ORDER to extend time to answer", "order"],
  ["JUDGMENT in favor of defendants", "order"],
  ["MOTION for Order to Show Cause by Richard Roe", "filing"],
  ["PROPOSED ORDER re 12 Motion by John Doe", "filing"],
  ["NOTICE of Appearance by Ann Lee on behalf of John Doe", "filing"],
  ["COMPLAINT against All Defendants, filed by Richard Roe.", "filing"],
  ["Minute Entry for proceedings held before Judge Jane Poe: Status Conference held on 3/1/2021.", "hearing"],
  ["Status Conference set for 8/22/2012 09:00 AM before Judge Jane Poe.", "hearing"],
  ["Set/Reset Deadlines: Answer due by 11/30/2012.", "deadline"],
  ["Summons Issued as to John Doe. (abc)", "other"],
];

test("entryType: what each entry records", () => {
  for (const [text, expected] of TYPES) assert.equal(entryType(text), expected, text);
});

/** Rulings of one order entry numbered 25, as [disposition, request, motion entries]. */
function rulingsOf(body: string): [string, string, string[], string | null | undefined][] {
  const text = `03/04/2019 25 ${body}`;
  const e: DocketEntry = { date: "2019-03-04", number: "25", text: body, entered: null, start: 0, end: text.length };
  return entryRulings(text, e).map((r) => [r.disposition, r.request, r.motion.docket, r.docketEntry]);
}

const RULINGS: [string, [string, string, string[], string | null | undefined][]][] = [
  ["ORDER granting 18 Motion for Extension of Time. Signed by Judge Jane Poe on 3/4/2019.", [["granted", "Motion for Extension of Time", ["18"], "25"]]],
  ["TEXT ORDER denying 45 Motion to Expedite. (ab)", [["denied", "Motion to Expedite", ["45"], "25"]]],
  ["TEXT-ONLY ORDER granting 3 Motion for Extension of Time to Answer re 1 Complaint. Answer due 11/30/2012.", [["granted", "Motion for Extension of Time to Answer", ["3"], "25"]]],
  ["ORDER granting 18 Motion for Extension of Time to Answer re 18 is GRANTED. (ab)", [["granted", "Motion for Extension of Time to Answer", ["18"], "25"]]],
  ["ORDER by Judge Jane Poe granting in part and denying in part 30 Motion to Dismiss for Failure to State a Claim. (ab)", [["granted-in-part", "Motion to Dismiss for Failure to State a Claim", ["30"], "25"]]],
  [
    "ORDER granting 12 Motion to Stay; denying as moot 14 Motion to Compel; finding as moot 16 Motion for Hearing. (ab)",
    [
      ["granted", "Motion to Stay", ["12"], "25"],
      ["denied-as-moot", "Motion to Compel", ["14"], "25"],
      ["denied-as-moot", "Motion for Hearing", ["16"], "25"],
    ],
  ],
  ["ORDER by Chief Judge Al Roe denying motion for summary judgment [148-1] (cc: all counsel)", [["denied", "motion for summary judgment", ["148"], "25"]]],
  ["TEXT ORDER: Plaintiff's Motion to Compel (d/e 45) is DENIED. Defendants' Motion for Leave to File a Reply (d/e 47) is GRANTED.", [["denied", "Motion to Compel", ["45"], "25"], ["granted", "Motion for Leave to File a Reply", ["47"], "25"]]],
  ["ORDER, granting summary jgmt and dismissing complaint ( signed by Judge Al Roe )", [["granted", "summary jgmt", [], "25"]]],
  ["ORDER denying without prejudice 13 Motion for Extension of Time to Answer. (ab)", [["denied-without-prejudice", "Motion for Extension of Time to Answer", ["13"], "25"]]],
  ["ORDER adopting 40 Report and Recommendations; overruling 42 Objections. (ab)", [["adopted", "Report and Recommendations", ["40"], "25"], ["overruled", "Objections", ["42"], "25"]]],
];
const NO_RULINGS = ["ORDER setting status conference for 4/2/2019 at 9:00 AM.", "ORDER: Plaintiff is granted leave to amend within 30 days.", "ORDER dismissing case. Signed by Judge Jane Poe.", "TEXT ORDER terminating party John Doe."];

test("entryRulings: the decisions an order entry states", () => {
  for (const [body, expected] of RULINGS) assert.deepEqual(rulingsOf(body), expected, body);
  for (const body of NO_RULINGS) assert.deepEqual(rulingsOf(body), [], body);
});

test("docketEvents: one typed event per entry with its own number first", () => {
  const text = docket(["01/02/2020 1 COMPLAINT filed by Richard Roe. (Entered: 01/02/2020)", "02/03/2020 5 MOTION to Dismiss re 1 Complaint by John Doe. (Entered: 02/03/2020)", "03/04/2020   ORDER granting 5 Motion to Dismiss. (Entered: 03/04/2020)"]);
  assert.deepEqual(
    docketEvents(parseDocket(text)).map((e) => [e.date, e.type, e.docket]),
    [
      ["2020-01-02", "filing", ["1"]],
      ["2020-02-03", "filing", ["5", "1"]],
      ["2020-03-04", "order", ["5"]],
    ],
  );
});

test("read: a text docket report becomes entries, events and the orders' rulings", async () => {
  const text = docket([
    "01/02/2020  1  COMPLAINT against All Defendants, filed by Richard Roe. (Lee, Ann) (Entered:",
    "01/02/2020)",
    "02/03/2020  5  MOTION for Extension of Time to File Answer re 1 Complaint by John Doe.",
    "(Smith, Al) (Entered: 02/03/2020)",
    "02/04/2020  6  ORDER granting 5 Motion for Extension of Time to File Answer. Signed by",
    "Judge Jane Poe on 2/4/2020. (xyz) (Entered: 02/04/2020)",
  ]);
  const reading = await read({ path: "docket.txt", bytes: new TextEncoder().encode(text) });
  assert.deepEqual(
    reading.docket?.entries.map((e) => e.number),
    ["1", "5", "6"],
  );
  // the heading gives the case fields
  assert.equal(reading.docket?.docketNumber, "1:20-cv-00123-ABC");
  assert.equal(reading.docket?.dateFiled, "2020-01-02");
  assert.deepEqual(reading.docket?.entries[2].docketRefs, ["5"]);
  assert.equal(reading.events.length, 3);
  assert.deepEqual(
    reading.rulings.map((r) => [r.disposition, r.request, r.motion.docket, r.docketEntry]),
    [["granted", "Motion for Extension of Time to File Answer", ["5"], "6"]],
  );
  for (const e of parseDocket(reading.text)) assert.match(reading.text.slice(e.start, e.end), /^\d\d\/\d\d\/\d{4}/);
  // No "As of" line: undated, not dated by the last order it lists.
  assert.equal(reading.date, null);
  const asOf = await read({ path: "docket.txt", bytes: new TextEncoder().encode(`Case: 1:20-cv-00123-ABC As of: 07/20/2020 05:26 PM EDT 1 of 9\n${text}`) });
  assert.equal(asOf.date, "2020-07-20");
});

test("read: a text docket's heading is its caption: title wrapped beside its labels, judge, parties with names wrapped", async () => {
  const text = [
    "Case: 2:31-cv-00456-XYZ   As of: 03/04/2032 10:00 AM PST   1 of 3",
    "U.S. District Court",
    "District of Nowhere (Capital)",
    "CIVIL DOCKET FOR CASE #: 2:31-cv-00456-XYZ",
    "Quarry Workers Guild et al v. Township of  Date Filed: 05/06/2031",
    "Lower Elmwood et al  Date Terminated: 01/02/2032",
    "Assigned to: Judge Ondine P. Marwick  Jury Demand: None",
    "Cause: 42:1983 Civil Rights Act  Nature of Suit: 440 Civil Rights: Other",
    "Plaintiff",
    "Quarry Workers Guild  represented by Tomas Ebberly",
    "12 Slate Road",
    "ATTORNEY TO BE NOTICED",
    "Intervenor Plaintiff",
    "Benevolent Society of  represented by Ruth Anslow",
    "Lower Elmwood, Inc. Anslow & Pike LLP",
    "V.",
    "Defendant",
    "Township of Lower Elmwood  represented by Carl Dunmore",
    "Special Master",
    "Ivo Stenberg  represented by Ivo Stenberg",
    "Date Filed # Docket Text",
    "05/06/2031  1  COMPLAINT against Township of Lower Elmwood, filed by Quarry Workers Guild. (Entered: 05/06/2031)",
    "06/01/2031  4  MOTION to Dismiss by Township of Lower Elmwood. (Entered: 06/01/2031)",
    "07/01/2031  9  ORDER denying 4 Motion to Dismiss. Signed by Judge Ondine P. Marwick on 7/1/2031. (Entered: 07/01/2031)",
  ].join("\n");
  const reading = await read({ path: "docket.txt", bytes: new TextEncoder().encode(text) });
  assert.equal(reading.kind, "docket-report");
  assert.equal(reading.caption.title, "Quarry Workers Guild et al v. Township of Lower Elmwood et al");
  assert.equal(reading.docket?.caseName, reading.caption.title);
  assert.equal(reading.caption.caseNumber?.normalized, "2:31-cv-00456-XYZ");
  assert.equal(reading.judge?.name, "Ondine P. Marwick");
  assert.deepEqual(
    reading.caption.parties.map((p) => [p.name, p.role]),
    [
      ["Quarry Workers Guild", "plaintiff"],
      ["Benevolent Society of Lower Elmwood, Inc.", "intervenor plaintiff"],
      ["Township of Lower Elmwood", "defendant"],
      ["Ivo Stenberg", "special master"],
    ],
  );
  assert.equal(reading.docket?.parties[0].attorneys[0]?.name, "Tomas Ebberly");
  assert.equal(reading.docket?.dateTerminated, "2032-01-02");
});

test("parseDocket: a hostile 1 MB input parses in one pass", () => {
  // every line a plausible head, with decisions, refs, parentheses and dates piled up
  const row = "01/02/2003 7 ORDER granting granting 1 Motion re [2-1] (Attachments: # 1 ((((( d/e 4 1/2/03 is GRANTED";
  const rows: string[] = [];
  for (let n = 0; rows.length * (row.length + 1) < 1_000_000; ) rows.push(row.replace(" 7 ", ` ${++n} `));
  const text = ["Date Filed # Docket Text", ...rows].join("\n");
  const entries = parseDocket(text);
  assert.equal(entries.length, rows.length);
  const doc = readDocketReport(makeDocument(text));
  assert.equal(doc?.events.length, rows.length);
  // junk with no line breaks: one candidate line, no entry in it
  assert.deepEqual(parseDocket("Date Filed # Docket Text " + "1/1/".repeat(250_000)), []);
});
