import assert from "node:assert/strict";
import { test } from "node:test";
import { citationFindings, findCitations } from "../../src/cite/index.js";
import type { Candidate, CiteContext, Recognizer } from "../../src/cite/recognizer.js";
import type { Citation } from "../../src/model/types.js";
import { annotate, italics } from "./annotate.js";

/** A stand-in record recognizer (the real one is written elsewhere): `Doc. No. 47`, `Doc. No. 49-1 at 2`. */
const recordStub: Recognizer = {
  name: "record-stub",
  precedence: 40,
  find(ctx: CiteContext): Candidate[] {
    const out: Candidate[] = [];
    for (const m of ctx.text.matchAll(/Doc\. No\. (\d+)(?:-(\d+))?(?: at (\d+(?:-\d+)?))?/g)) {
      out.push({ kind: "record", text: m[0], start: m.index!, end: m.index! + m[0].length, document: m[1], attachment: m[2] ?? null, pin: m[3] ?? null });
    }
    return out;
  },
};

/** A stand-in rule recognizer: `Fed. R. Civ. P. 59(e)` (body set) and a bare `Rule 59(e)` (body null). */
const ruleStub: Recognizer = {
  name: "rule-stub",
  precedence: 50,
  find(ctx: CiteContext): Candidate[] {
    const out: Candidate[] = [];
    for (const m of ctx.text.matchAll(/Fed\. R\. Civ\. P\. (\d+)(\(\w\))?/g)) {
      out.push({ kind: "rule", text: m[0], start: m.index!, end: m.index! + m[0].length, body: "Fed. R. Civ. P.", rule: m[1], subdivision: m[2] ?? null });
    }
    for (const m of ctx.text.matchAll(/(?<!P\. )Rule (\d+)(\(\w\))?/g)) {
      out.push({ kind: "rule", text: m[0], start: m.index!, end: m.index! + m[0].length, body: null, rule: m[1], subdivision: m[2] ?? null });
    }
    out.sort((a, b) => a.start - b.start);
    return out;
  },
};

function find(marked: string, extra: Recognizer[] = []): { text: string; cites: Citation[] } {
  const { text, emphasis } = italics(marked);
  if (extra.length === 0) return { text, cites: findCitations(text, { emphasis }) };
  return { text, cites: findCitations(text, { emphasis, recognizers: [...defaultRecognizers(), ...extra] }) };
}

import { RECOGNIZERS } from "../../src/cite/index.js";
const defaultRecognizers = (): Recognizer[] => [...RECOGNIZERS];

test("findCitations: sorted by start, antecedents resolved", () => {
  const { text, cites } = find("*Tripati v. Henman*, 845 F.2d 205, 206 n.1 (9th Cir. 1988). *Id.* at 207. *Tripati*, 845 F.2d at 208.");
  assert.equal(annotate(text, cites), "Tripati v. Henman, <c>845 F.2d 205, 206 n.1</c> (9th Cir. 1988). <c>Id. at 207</c>. Tripati, <c>845 F.2d at 208</c>.");
  assert.deepEqual(cites.map((c) => [c.kind, c.antecedent]), [["case", null], ["id", 0], ["case-short", 0]]);
});

test("resolve: Id. refers to the citation just before it, whatever its kind", () => {
  const { cites } = find("Doc. No. 49-1 at 2-3. The court agreed. Id. at 3-4. Doc. No. 47. Id. at 3.", [recordStub]);
  assert.deepEqual(cites.map((c) => [c.kind, c.antecedent]), [["record", null], ["id", 0], ["record", null], ["id", 2]]);
});

test("resolve: a cite inside a closed parenthetical is not the antecedent of a later Id.", () => {
  const { cites } = find("Smith v. Jones, 1 F.3d 2, 3 (9th Cir. 1990) (citing Doe v. Roe, 5 U.S. 6 (1801)). Id. at 4.");
  const id = cites.find((c) => c.kind === "id")!;
  assert.equal(cites[id.antecedent!].volume, "1");
});

test("resolve: Id. after Id. keeps the first antecedent; Id. with nothing before stays null", () => {
  const { cites } = find("Id. at 2. Foo v. Bar, 10 F.3d 100. Id. at 101. Id. at 102.");
  assert.deepEqual(cites.map((c) => c.antecedent), [null, null, 1, 1]);
});

test("resolve: short cite picks the full cite by volume, reporter and pin range; ambiguity stays null", () => {
  const one = find("Foo v. Bar, 1 U.S. 1. Wrong v. Wrong, 1 U.S. 200. Foo, 1 U.S., at 2.").cites;
  assert.equal(one[2].antecedent, 0);
  // Cases in a volume take up disjoint pages: the pin lies in the one that starts last before it.
  const two = find("Foo v. Bar, 1 U.S. 1. Foo v. Baz, 1 U.S. 5. Foo, 1 U.S., at 7.").cites;
  assert.equal(two[2].antecedent, 1);
  const first = find("Foo v. Bar, 1 U.S. 1. Foo v. Baz, 1 U.S. 5. Foo, 1 U.S., at 3.").cites;
  assert.equal(first[2].antecedent, 0);
  const unnamed = find("Hairston v. Tank Co., 310 N.C. 227, 311 S.E.2d 559 (1984). Bender v. Duke Power Co., 66 N.C. App. 239, 311 S.E.2d 609 (1984). Id. at 242, 311 S.E.2d at 611.").cites;
  const short = unnamed.find((c) => c.kind === "case-short")!;
  assert.equal(unnamed[short.antecedent!].volume, "66");
  // Its first page is the one in its own reporter, not the lead parallel's.
  assert.equal(short.page, "609");
  // Database cites are numbered, not paginated: no page order to go by.
  const db = find("Foo v. Bar, 2008 WL 100. Foo v. Baz, 2008 WL 500. Foo, 2008 WL 500, at *3.").cites;
  assert.equal(db[2].antecedent, 1);
  const none = find("Foo v. Bar, 1 U.S. 1. 2 F.2d at 2.").cites;
  assert.equal(none[1].antecedent, null);
  // One candidate settles it even when the short name is abbreviated differently.
  const abbreviated = find("Rio Properties, Inc. v. Rio Int’l Interlink, 284 F.3d 1007 (9th Cir. 2002). See Rio Props., 284 F.3d at 1016.").cites;
  assert.equal(abbreviated[1].antecedent, 0);
});

test("resolve: an Id. with a page pin skips code sections, and fits a parallel's pages", () => {
  const { cites } = find("Baldwin v. GTE S., Inc., 335 N.C. 544, 439 S.E.2d 108 (1994). The Court read N.C. Gen. Stat. § 136-18(10) broadly. Id. at 546, 439 S.E.2d at 109. Id. at 110.");
  const ids = cites.filter((c) => c.kind === "id");
  assert.equal(ids[0].text, "Id. at 546");
  assert.equal(cites[ids[0].antecedent!].volume, "335");
  // `Id. at 110` follows the S.E.2d short cite: page 110 is in the parallel, not in 335 N.C.
  assert.notEqual(ids[1].antecedent, null);
  // A bare Id. may still point at the statute.
  const bare = find("See N.C. Gen. Stat. § 136-18(10). Id.").cites;
  assert.equal(bare[1].antecedent, 0);
  // A page pin never points into a code section or a constitution, which have no pages: with no
  // case to hold the page the Id. stays unresolved (eyecite's resolve-0020 takes the section).
  for (const text of ["See Ala. Code § 92. Id. at 2000.", "U.S. Const. amend. IV. Id. at 125.", "42 U.S.C. § 1983. Id. at *4."]) {
    assert.equal(find(text).cites[1].antecedent, null, text);
  }
  // A paragraph pin may.
  assert.equal(find("See 42 U.S.C. § 1983. Id. ¶ 3.").cites[1].antecedent, 0);
  // The Statutes at Large are paginated.
  const stat = find("Pub. L. No. 104-134, 110 Stat. 1321. Id. at 1321-71.").cites;
  assert.equal(stat[2].antecedent, 1);
});

test("resolve: a case named in prose without a page is passed over by Id.", () => {
  const { cites } = find("Brady v. Maryland, 373 U.S. 83 (1963). He cites Bunch v. State, 964 N.E.2d 274 (Ind. Ct. App. 2012). The State violated *Brady* there. Id. at 301. See Brady at 87. Id. at 88.");
  const ids = cites.filter((c) => c.kind === "id");
  assert.equal(cites[ids[0].antecedent!].volume, "964");
  // A reference with a page is a citation: the next Id. is its.
  assert.equal(cites[ids[1].antecedent!].kind, "reference");
});

test("id: a pin list stops before the next cite's volume", () => {
  const { cites } = find("State v. Tuttle, 238 Neb. 827, 472 N.W.2d 712 (1991). Id. at 836, 472 N.W.2d at 718. Id. at 5, 7, 9.");
  assert.deepEqual(cites.map((c) => c.text), ["238 Neb. 827", "472 N.W.2d 712", "Id. at 836", "472 N.W.2d at 718", "Id. at 5, 7, 9"]);
});

test("resolve: supra and references by name", () => {
  const { cites } = find("Amick v. Baker, 10 F.3d 790 (9th Cir. 1993). Later, Amick, supra, at 795; see Amick at 795; in Amick the court held.");
  assert.deepEqual(cites.map((c) => [c.kind, c.antecedent]), [["case", null], ["supra", 0], ["reference", 0], ["reference", 0]]);
});

test("resolve: a bare Rule takes the body in force", () => {
  const { cites } = find("Pursuant to Fed. R. Civ. P. 59(e), the court may act. A Rule 59(e) motion is rare.", [ruleStub]);
  const rules = cites.filter((c) => c.kind === "rule");
  assert.equal(rules.length, 2);
  assert.equal(rules[1].body, "Fed. R. Civ. P.");
  assert.equal(rules[1].antecedent, cites.indexOf(rules[0]));
});

test("overlaps: higher precedence wins, then the longer span", () => {
  const low: Recognizer = { name: "low", precedence: 1, find: () => [{ kind: "unknown", text: "845 F.2d", start: 0, end: 8 }] };
  const cites = findCitations("845 F.2d 205", { recognizers: [...RECOGNIZERS, low] });
  assert.deepEqual(cites.map((c) => c.kind), ["case"]);
});

test("findCitations: nothing in plain prose", () => {
  assert.deepEqual(findCitations("The parties met on 12 F. Street at 3 p.m. on May 5, 2019, and paid $1,000."), []);
});

test("findings: unresolved short forms and years outside the reporter's range", () => {
  const cites = findCitations("Id. at 4. Smith v. Jones, 845 F.2d 205 (9th Cir. 2015). Doe, supra, at 3.");
  assert.deepEqual(citationFindings(cites).map((f) => [f.code, f.citation]), [
    ["cite.unresolved-short-form", 0],
    ["cite.year-outside-reporter-range", 1],
    ["cite.unresolved-short-form", 2],
  ]);
  assert.deepEqual(citationFindings(findCitations("Tripati v. Henman, 845 F.2d 205 (9th Cir. 1988).")), []);
});
