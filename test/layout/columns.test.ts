/**
 * Two-column pages a text copy printed side by side are read column by column; single-column
 * pages, justified or typed with two spaces after each period, are left as they are.
 * All text here is written for the test.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { read } from "../../src/read.js";
import { columnWidths } from "../../src/layout/columns.js";

/** Pads a left column's line to `width` and sets the right column's line after it. */
function row(left: string, right: string, width = 58): string {
  return left + " ".repeat(Math.max(2, width - left.length)) + right;
}

// Each column's lines, written to be read top to bottom; the right column holds the decision.
const LEFT = [
  "The plaintiffs say the county kept records of their",
  "travel that no statute allowed it to keep, and that the",
  "records  were  shared  with  other  agencies  without",
  "notice. The county answers that the records serve a",
  "legitimate  purpose  and  that  keeping  them  harms",
  "nobody. The record does not settle which is right.",
  "",
  "The county also says the plaintiffs waited too long to",
  "sue. Their claims arose within the period the statute",
  "allows, and the defense of delay fails on this record.",
  "Nothing more need be said of it at this stage of the",
  "case, and the parties will address it at trial.",
];
const RIGHT = [
  "whether the plaintiffs have standing to seek relief",
  "that looks forward, as the county urges they do not.",
  "",
  "IT IS THEREFORE ORDERED that:",
  "",
  "(1) The motion to certify a class is denied. The",
  "claims of the putative class are dismissed.",
  "",
  "(2) The county's motion to dismiss [14] is granted in",
  "part and denied in part. Count II is dismissed.",
  "",
  "(3) A status hearing is set for March 3, 2001.",
];

const HEADING = ["UNITED STATES DISTRICT COURT", "NORTHERN DISTRICT OF ILLINOIS", "", "Roe v. Kent County, No. 98 C 1234", ""];

function page(): string {
  // where the right column has no line, a row is the left line alone: padded, or (row 3) not
  return [...HEADING, ...LEFT.map((l, i) => (RIGHT[i] ? row(l, RIGHT[i]) : i === 2 ? l : l + "    ")), ""].join("\n");
}

describe("two-column pages printed side by side", () => {
  it("reads each column whole, so the decision reads as printed", async () => {
    const reading = await read({ path: "order.txt", bytes: new TextEncoder().encode(page()) });
    assert.match(reading.text, /IT IS THEREFORE ORDERED that:\n\n\(1\) The motion to certify a class is denied\. The claims of the putative class are dismissed\./);
    assert.match(reading.text, /records were shared with other agencies without notice\./);
    const rulings = reading.rulings.map((r) => [r.disposition, r.text]);
    assert.deepEqual(rulings.map(([d]) => d), ["denied", "granted-in-part", "dismissed"].slice(0, rulings.length));
    assert.ok(rulings.some(([d, t]) => d === "denied" && /^\(1\) The motion to certify a class is denied\.$/.test(t)));
    assert.ok(rulings.some(([d, t]) => d === "granted-in-part" && /motion to dismiss \[14\] is granted in part and denied in part\./.test(t)));
  });

  it("keeps each half at its printed line", async () => {
    const reading = await read({ path: "order.txt", bytes: new TextEncoder().encode(page()) });
    const at = reading.text.indexOf("(2) The county's motion");
    const ruling = reading.rulings.find((r) => r.start === at);
    assert.deepEqual(ruling?.loc, { page: 1, line: HEADING.length + 9 });
  });

  it("on a later page, gives a column's line alone on its row to the column it reads on in", async () => {
    // a print that sets each column's lines on rows of their own, one column's then the other's,
    // with only some rows side by side: the columns' widths are the document's (page 1)
    const second = [
      row("of the record, and the Court has weighed each of them", "and it rules as follows on the motions now before it."),
      "with care. None of them changes the result reached ",
      "Upon the motions of both sides, and for the reasons ",
      "above, and the county's remaining objections fail ",
      "stated in the opinion above, ",
      "for the same reasons that its first objections do. ",
      "IT IS ORDERED that the motion for an injunction ",
      "The Court adds only that the county may renew its ",
      "is granted; it is further ",
      "request once discovery closes, if the facts change. ",
      "ORDERED that the county's motion to dismiss is denied. ",
      row("Nothing more need be said of it at this stage.", "The clerk shall note on the docket that the motions"),
    ].join("\n");
    const reading = await read({ path: "order.txt", bytes: new TextEncoder().encode(`${page()}\f${second}\n`) });
    assert.match(reading.text, /None of them changes the result reached above, and the county's remaining objections fail for the same reasons that its first objections do\./);
    assert.match(reading.text, /IT IS ORDERED that the motion for an injunction is granted; it is further\n\nORDERED that the county's motion to dismiss is denied\./);
    const decided = reading.rulings.map((r) => [r.disposition, r.text]);
    assert.ok(decided.some(([d, t]) => d === "granted" && /motion for an injunction is granted/.test(t)));
    assert.ok(decided.some(([d, t]) => d === "denied" && /^ORDERED that the county's motion to dismiss is denied\.$/.test(t)));
  });

  it("leaves a single-column page alone, justified or typed with two spaces after a period", () => {
    // justified rows space all their words alike; rows that end a sentence carry two spaces after it
    const sentence = ["The motion is denied.", "The parties agree.", "So it is ordered by the court today.", "Costs are taxed.", "The clerk shall close the file as the rules require."];
    const justified = Array.from({ length: 12 }, (_, i) =>
      i % 2 ? "the  court  finds  that  the  parties  have  agreed  to  the  terms  set  out  below  here" : `${sentence[(i / 2) % 5]}  ${"and the report shall follow within the time set by the local rules of court".slice(0, 90 - sentence[(i / 2) % 5].length)}`,
    );
    assert.equal(columnWidths(justified), null);
    const typed = Array.from({ length: 12 }, (_, i) => {
      const words = "The motion is denied.  The parties shall confer and file a joint report within ten days of this order.".split(" ");
      // two spaces after a period, at a different place on each line
      return [...words.slice(i % 5), ...words.slice(0, i % 5)].join(" ").replace(/\. /g, ".  ");
    });
    assert.equal(columnWidths(typed), null);
    // a text of one long line, spaced two ways, is no two-column page (and is not searched as one)
    assert.equal(columnWidths(Array.from({ length: 12 }, () => "word ".repeat(40) + "  " + "word  ".repeat(20_000))), null);
  });
});
