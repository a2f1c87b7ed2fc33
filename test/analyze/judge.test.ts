import { test } from "node:test";
import assert from "node:assert/strict";
import { authorLines, readJudge } from "../../src/analyze/judge.js";

const who = (text: string) => readJudge(text).judge?.name ?? null;

test("an opinion's author line names its writer", () => {
  const cases: [string, string][] = [
    ["MEMORANDUM OPINION\n\nQUINCE, District Judge.\n\nThe plaintiffs move for relief.", "Quince"],
    ["OPINION\nMARTA L. OYELARAN, District Judge.\nThis action arises under the statute.", "Marta L. Oyelaran"],
    ["Present: ADLER, BRIX, & COLE, JJ.\n\nBRIX, J.\n\nThe defendants appeal from a judgment.", "Brix"],
    ["Before ADLER, Chief Judge, BRIX and COLE, Circuit Judges. ADLER, Chief Judge.\nWe consider an appeal.", "Adler"],
    ["The opinion of the court was delivered by\n\nVESTRY, J.A.D.\n\nWe must decide whether the rule applies.", "Vestry"],
    ["ORDER\n\nPELTON, J., writing for the Court and joined by the other judges.", "Pelton"],
    ["TARN W. McCAFFERY, CHIEF U.S. DISTRICT JUDGE\n\nBefore the Court is a motion.", "Tarn W. McCaffery"],
    // a two-column text layer runs the other column on after the author line
    ["the record shows that the officer stopped the van, ORSOLYA K. BRANDT, District Judge. card and registration", "Orsolya K. Brandt"],
    ["were returned without hearing, HOLLIS, District ,Judge. to the school in August", "Hollis"],
  ];
  for (const [text, name] of cases) assert.equal(who(text), name, text);
});

test("an author line's surname takes the full name its signature spells out", () => {
  const text = "MEMORANDUM OPINION\n\nGARRITY, J. June 2, 2022\n\nThe motion is denied.\n\nBY THE COURT:\n\n/s/ Ellen P. Garrity\n\nELLEN P. GARRITY\n\nUnited States District Court Judge";
  assert.equal(who(text), "Ellen P. Garrity");
});

test("a separate opinion's writer is not the author", () => {
  const text = "Before ADLER, BRIX and COLE, Circuit Judges.\n\nCOLE, Circuit Judge, dissenting:\n\nI would reverse.";
  assert.equal(authorLines(text).length, 0);
  assert.equal(who(text), null);
});

test("signature blocks: the block after SO ORDERED, its name over or beside the title", () => {
  const cases: [string, string][] = [
    ["IT IS SO ORDERED.\n\nDated: May 1, 2020\n\nHon. Wendell Q. Parr\nUnited States District Judge", "Wendell Q. Parr"],
    ["It is so ORDERED.\n\nSIGNED at Houston, Texas, this 4th day of March, 2019.\n\n____________________ Ignatius Moreno Jr.\n\nUnited States District Judge", "Ignatius Moreno Jr."],
    ["BY THE COURT: __________________\n\nHON. FELICE D. ARNAULT\n\nU.S. District Judge\n\n", "Felice D. Arnault"],
    ["IT IS SO ORDERED.\n\nJune 20, 2025 /s/Rosalind Okafor\n\nUnited States District Judge\n\n", "Rosalind Okafor"],
    ["IT IS SO ORDERED this 6th day of February, 2012.\n\nJ. PELL ABERNATHY UNITED STATES DISTRICT JUDGE\n\n", "J. Pell Abernathy"],
    ["IT IS SO ORDERED. Dated: 6/28/2019 MILO T. FARRAGUT, JR. United States District Judge", "Milo T. Farragut, Jr."],
    ["The peremptory challenge is granted. February 13, 2014 Doreen K. Vance Judge of the Alameda County Superior Court", "Doreen K. Vance"],
    ["BY THE COURT: /s/ Olin R. Stavros Olin R. Stavros, J.", "Olin R. Stavros"],
  ];
  for (const [text, name] of cases) assert.equal(who(text), name, text);
});

test("no judge where none wrote or signed it: per curiam, a panel, counsel, the court's name", () => {
  const pc = readJudge("Before ADLER, BRIX and COLE, Circuit Judges.\n\nPER CURIAM:\n\nWe affirm.");
  assert.equal(pc.judge, null);
  assert.equal(pc.perCuriam, true);
  const panel = readJudge("FILED: May 2, 2006 Before ADLER, BRIX AND COLE, Circuit Judges\n\nORDER\n\nThe motion is denied.");
  assert.equal(panel.judge, null);
  assert.equal(panel.panel, "ADLER, BRIX AND COLE");
  const nulls = [
    "ORDER\n\nJune 30, 2014 Before RUTH A. ADLER, Circuit Judge PAUL BRIX, Circuit Judge ANN COLE, Circuit Judge\n\nThe motion is DENIED.",
    "Respectfully submitted,\n\n/s/ Dana Whitfield\nDana Whitfield (Bar No. 12345)\nAttorney for Plaintiff",
    "Originating Case Information: District Court No: 1:13-cv-08910 Northern District of Illinois, Eastern Division District Judge Amos Dow",
    "The motion is granted in part. (Lund, J., concurring)",
  ];
  for (const text of nulls) assert.equal(who(text), null, text);
});

test("author lines run in linear time on hostile text", () => {
  const hostile = "ABC, ".repeat(40000) + "District";
  assert.equal(authorLines(hostile).length, 0);
  assert.equal(readJudge("SMITH ".repeat(40000)).judge, null);
});

test("a research print's OPINION BY field and a signature beside the place of signing", () => {
  assert.equal(who("Headnotes> Remedies> OPINION BY: Rosa T. Varga, Jr.\nWe are asked to decide an appeal."), "Rosa T. Varga, Jr.");
  // a layer without spaces
  assert.equal(who("Remedies>Elements> OPINIONBY:RosaT.Varga,Jr. BalanceofHarms"), "Rosa T. Varga, Jr.");
  assert.equal(who("IT IS FURTHER ORDERED that the motion is denied.\n\nDated: OTTO K. BRANDT\nLansing, Michigan UNITED STATES DISTRICT JUDGE"), "Otto K. Brandt");
});
