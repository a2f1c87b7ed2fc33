import assert from "node:assert/strict";
import { test } from "node:test";
import { referenceNames, referenceRecognizer } from "../../src/cite/recognizers/reference.js";
import { annotate, italics, run } from "./annotate.js";

const TABLE: [marked: string, annotated: string][] = [
  ["Amick v. Baker, 10 F.3d 790 (9th Cir. 1993). Later, Amick at 795.", "Amick v. Baker, 10 F.3d 790 (9th Cir. 1993). Later, <c>Amick at 795</c>."],
  ["Morton v. Mancari, 417 U.S. 535 (1974). Id. In Mancari the Court held", "Morton v. Mancari, 417 U.S. 535 (1974). Id. In <c>Mancari</c> the Court held"],
  ["*Bivens v. Six Unknown Agents*, 403 U.S. 388 (1971). The *Bivens* remedy", "Bivens v. Six Unknown Agents, 403 U.S. 388 (1971). The <c>Bivens</c> remedy"],
  ["United States v. Halper, 490 U.S. 435 (1989). See Halper at 446.", "United States v. Halper, 490 U.S. 435 (1989). See <c>Halper at 446</c>."],
];

test("references: table", () => {
  for (const [marked, annotated] of TABLE) {
    const { text, emphasis } = italics(marked);
    assert.equal(annotate(text, run(referenceRecognizer, text, emphasis)), annotated, marked);
  }
});

test("references: names a court may use", () => {
  assert.deepEqual(referenceNames({ plaintiff: "United States", defendant: "Halper", caseName: "United States v. Halper" }), ["Halper"]);
  assert.deepEqual(referenceNames({ plaintiff: "In re Gugliuzza", defendant: null, caseName: "In re Gugliuzza" }), ["Gugliuzza"]);
  assert.deepEqual(referenceNames({ plaintiff: "Brizzee", defendant: "Fred Meyer Stores, Inc.", caseName: null }), ["Brizzee", "Fred Meyer Stores"]);
});

test("references: nothing without an earlier full cite, inside a name, or before a cite", () => {
  const prose = [
    "Amick at 795 is cited before the case. Amick v. Baker, 10 F.3d 790 (9th Cir. 1993).",
    "Amick v. Baker, 10 F.3d 790 (9th Cir. 1993). Amick, 10 F.3d at 795.",
    "Amick v. Baker, 10 F.3d 790 (9th Cir. 1993). Amick v. Baker, 10 F.3d 790.",
    "Amick v. Baker, 10 F.3d 790 (9th Cir. 1993). Mr. Amick testified that Amickson left.",
    "State v. People, 1 U.S. 1. The State argued and the People answered.",
  ];
  for (const text of prose) assert.deepEqual(run(referenceRecognizer, text), [], text);
});
