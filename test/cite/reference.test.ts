import assert from "node:assert/strict";
import { test } from "node:test";
import { referenceNames, referenceRecognizer } from "../../src/cite/recognizers/reference.js";
import { findCitations } from "../../src/cite/index.js";
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

test("references: a short name known from outside the text (knownNames) finds and resolves them", () => {
  // The cite prints a misspelled party; a case database knows the case as `Doe`.
  const text = "State v. Dze, 3 U.S. 22 (1800). Later, in Doe at 122, the Court held. In State v. Doe, 4 U.S. 33 (1801).";
  const plain = findCitations(text);
  assert.equal(plain.filter((c) => c.kind === "reference").length, 0);
  const named = findCitations(text, { knownNames: { "3 U.S. 22": "Doe" } });
  const ref = named.find((c) => c.kind === "reference");
  assert.ok(ref, "reference found");
  assert.equal(ref.text, "Doe at 122");
  assert.equal(ref.pin, "122");
  assert.equal(named[ref.antecedent!].volume, "3");
  // The name holds for the case however often it is cited in full.
  const twice = findCitations(`State v. Dze, 3 U.S. 22 (1800). Again State v. Dze, 3 U.S. 22, 25 (1800). Later, in Doe at 122, the Court held.`, { knownNames: { "3 U.S. 22": "Doe" } });
  const again = twice.find((c) => c.kind === "reference");
  assert.ok(again, "reference found after a second full cite");
  assert.equal(twice[again.antecedent!].volume, "3");
  // Keys are read like cites: reporter spacing and variants do not matter.
  const variant = findCitations(text, { knownNames: { "3 U. S. 22": "Doe" } });
  assert.equal(variant.find((c) => c.kind === "reference")?.antecedent, ref.antecedent);
});

test("references: a name two cited cases go by resolves to neither", () => {
  const text = "State v. Smlth, 3 U.S. 22 (1800). In State v. Smith, 4 U.S. 33 (1801). In Smith at 122, more.";
  const ref = findCitations(text, { knownNames: { "3 U.S. 22": "Smith" } }).find((c) => c.kind === "reference");
  assert.ok(ref);
  assert.equal(ref.antecedent, null);
  // Without the outside name, only the second case is named Smith.
  const plain = findCitations(text);
  const r2 = plain.find((c) => c.kind === "reference");
  assert.equal(plain[r2!.antecedent!].volume, "4");
});

test("references: the name a short form gives a case is one prose uses for it", () => {
  const { text, emphasis } = italics("*Loup-Miller Const. Co. v. City and County of Denver*, 676 P.2d 1170 (Colo. 1984). See *Loup-Miller*, 676 P.2d at 1172. The *Loup-Miller* rule applies.");
  const cites = findCitations(text, { emphasis });
  const ref = cites.find((c) => c.kind === "reference");
  assert.ok(ref, "reference found");
  assert.equal(ref.caseName, "Loup-Miller");
  assert.equal(ref.antecedent, 0);
});

test("a full-form cite right after a short cite is its parallel and carries its name", () => {
  const { text, emphasis } = italics("the test in *Saucier*, 533 U.S. at 201, 121 S. Ct. 2151, and more.");
  const cites = findCitations(text, { emphasis });
  assert.deepEqual(cites.map((c) => c.kind), ["case-short", "case"]);
  assert.equal(cites[1].caseName, "Saucier");
  assert.deepEqual(cites[1].parallel, [0]);
  assert.deepEqual(cites[0].parallel, [1]);
  // Not after a period: a new sentence's cite is its own.
  const apart = findCitations("Saucier, 533 U.S. at 201. 121 S. Ct. 2151.");
  assert.equal(apart[1].caseName ?? null, null);
});
