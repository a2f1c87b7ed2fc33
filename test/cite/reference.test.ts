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

test("references: many cited cases (one pass over the words) find the same as few", () => {
  const parties = ["Amick", "Bolton", "Carver", "Dorsey", "Ellison", "Fenwick", "Garland", "Hollis", "Ingram", "Jarrett", "Kessler", "Lowry"];
  const fulls = parties.map((p, i) => `${p} v. Baker, ${i + 1} F.3d ${100 + i} (9th Cir. 1993).`);
  const refs = parties.map((p, i) => `Later, ${p} at ${101 + i}.`).join(" ");
  for (const count of [2, parties.length]) {
    const text = `${fulls.slice(0, count).join(" ")} ${refs}`;
    const got = run(referenceRecognizer, text).map((c) => [c.caseName, c.pin]);
    assert.deepEqual(got, parties.slice(0, count).map((p, i) => [p, String(101 + i)]), `${count} cases`);
  }
  // A name inside a longer word, after `&` in a word, or lower-case is no reference.
  const text = "Amick v. Baker, 1 F.3d 2 (9th Cir. 1993). Amickson at 3; AT&Amick at 4; amick at 5.";
  assert.deepEqual(run(referenceRecognizer, text), []);
});

test("references: found past many thousand capitalized words, with many cases cited", () => {
  const parties = ["Amick", "Bolton", "Carver", "Dorsey", "Ellison", "Fenwick", "Garland", "Hollis", "Ingram", "Jarrett"];
  const fulls = parties.map((p, i) => `${p} v. Baker, ${i + 1} F.3d ${100 + i} (9th Cir. 1993).`).join(" ");
  // More capitalized words than the word list first holds, long words and `&` among them.
  const filler = "The Court Noted A&B That X-Ray O'Neil ".repeat(1500) + `${"Q".repeat(60)} `;
  const text = `${fulls} ${filler}Later, Hollis at 108. ${filler}See Amick at 101.`;
  const got = run(referenceRecognizer, text).map((c) => [c.caseName, c.pin]);
  assert.deepEqual(got, [["Hollis", "108"], ["Amick", "101"]]);
});
