import { test } from "node:test";
import { expectRulings, want, type Want } from "./factory.js";

// layouts that hid or doubled rulings: stray quote marks of scan debris, a page break inside an
// item, plural subjects ("both"), rulings said twice (introduction and decretal paragraph), parts spelled out
const table: [string, Want[]][] = [
  // a lone straight quote in scan debris opens no quotation that would hide the decretal sentence
  [
    '~~ " I · ... The Court concludes the District has met its duties.\n\nAccordingly, it is hereby ORDERED that all prior orders are DISSOLVED, jurisdiction is TERMINATED, and this case is DISMISSED WITH PREJUDICE. -u.; /.b"lA;}\n',
    [want("dismissed", "this case")],
  ],
  // an item cut in two by a page break is read whole
  [
    "IT IS ORDERED THAT:\n\n1. The Board's motion to amend the order granting fees and for\n\nreturn of the fees [ECF No. 52] is GRANTED; 2. The Union's motion to strike [ECF No. 53] is DENIED.",
    [want("granted", "The Board's motion to amend the order granting fees and for return of the fees [ECF No. 52]"), want("denied", "The Union's motion to strike [ECF No. 53]")],
  ],
  ["The motions to compel and for sanctions are both denied.", [want("denied", "The motions to compel and for sanctions")]],
  [
    "The Petitions for Rehearing are DENIED and, no judge having asked for a poll (Rule 35; Local Rule 35-2), the Suggestions of Rehearing En Banc are also DENIED.",
    [want("denied", "The Petitions for Rehearing"), want("denied", "the Suggestions of Rehearing En Banc")],
  ],
  // a qualifier of the last clause is not the first clause's: each ruling is said by its own clause
  [
    "For the reasons below, Acme's request for a stay is GRANTED, Smith's Motion to Compel is DENIED, and Acme's request for fees is DENIED as moot.",
    [
      want("granted", "Acme's request for a stay", { text: "For the reasons below, Acme's request for a stay is GRANTED" }),
      want("denied", "Smith's Motion to Compel", { text: "Smith's Motion to Compel is DENIED" }),
      want("denied-as-moot", "Acme's request for fees", { text: "Acme's request for fees is DENIED as moot." }),
    ],
  ],
  // said in the introduction without its number and at the end with it: one ruling, as the decretal paragraph says it
  [
    "For the reasons below, Smith's Motion to Compel is DENIED.\n\nThe facts are these.\n\nSmith's Motion to Compel [Doc. No. 7] is DENIED.",
    [want("denied", "Smith's Motion to Compel [Doc. No. 7]", { text: "Smith's Motion to Compel [Doc. No. 7] is DENIED." })],
  ],
  // "their request" at the end is "Acme's request" of the introduction
  [
    "For the reasons below, Acme's request for a temporary stay is DENIED as moot.\n\nThe facts are these.\n\nFor these reasons, their request for a temporary stay is DENIED as moot.",
    [want("denied-as-moot")],
  ],
  // an appellate court's outcome told in its introduction by a pointer and in its conclusion by name is one ruling
  [
    "Sitting en banc, we now vacate that decision.\n\nThe facts are these.\n\nBecause the movants have standing, we vacate the Initial Opinion in this matter and remand.",
    [want("vacated", "the Initial Opinion in this matter")],
  ],
];

test("stray quotes, page breaks, plural subjects and rulings said twice give one ruling per request", () => {
  expectRulings(table);
});

// the parts of a motion decided in part: "Specifically, …", a claim dismissed, "DENIED in all other respects"
const parts: [string, Want[]][] = [
  [
    "The Court GRANTS IN PART and DENIES IN PART Plaintiffs' motion for partial summary judgment. Specifically, the Court GRANTS Plaintiffs' request for a declaration that the transfer is unlawful. The Court DENIES Plaintiffs' request for a declaration concerning the later transfers.",
    [want("granted-in-part", "Plaintiffs' motion for partial summary judgment")],
  ],
  [
    "IT IS ORDERED that Defendant's Motion to Dismiss (Dkt. 14) is GRANTED in part and DENIED in part. Specifically, Roe's claims for injunctive relief and attorney's fees are DISMISSED. Defendant's Motion to Dismiss is DENIED in all other respects.",
    [want("granted-in-part", "Defendant's Motion to Dismiss (Dkt. 14)")],
  ],
];

test("the parts a decision in part spells out are its parts, not rulings of their own", () => {
  expectRulings(parts);
});
