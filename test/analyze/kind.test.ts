import { test } from "node:test";
import assert from "node:assert/strict";
import { documentKind, isPartyPaperTitle } from "../../src/analyze/kind.js";

const kindOf = (text: string, title: string | null, authorLine = false) => documentKind(text, { title, docketReport: false, authorLine });

test("a party's paper by its title: complaint, motion, brief, notice, stipulation", () => {
  const cases: [string, string, string][] = [
    ["FIRST AMENDED CLASS ACTION COMPLAINT", "complaint", "party"],
    ["JOINT MOTION FOR PRELIMINARY APPROVAL OF CLASS SETTLEMENT", "motion", "party"],
    ["PLAINTIFFS’ PRETRIAL BRIEF", "brief", "party"],
    ["MEMORANDUM OF LAW IN SUPPORT OF DEFENDANTS’ MOTION TO DISMISS", "brief", "party"],
    ["NOTICE OF MOTION AND MOTION TO COMPEL", "notice", "party"],
  ];
  for (const [title, kind, author] of cases) {
    const text = `ACME CORP., Plaintiff, v. ROE, Defendant.\n\n${title}\n\nPlaintiff, through counsel, states as follows.`;
    assert.deepEqual(kindOf(text, title), { kind, author }, title);
  }
});

test("the court's papers: order, opinion, judgment, consent decree, report and recommendation", () => {
  const cases: [string, string | null, boolean, string][] = [
    ["ORDER DENYING MOTION TO DISMISS", "ORDER DENYING MOTION TO DISMISS", false, "order"],
    ["MEMORANDUM OPINION AND ORDER", "MEMORANDUM OPINION AND ORDER", false, "opinion"],
    ["FINAL JUDGMENT", "FINAL JUDGMENT", false, "judgment"],
    ["CONSENT DECREE", "CONSENT DECREE", false, "consent-decree"],
    ["REPORT AND RECOMMENDATION", "REPORT AND RECOMMENDATION", false, "report-and-recommendation"],
    ["BRIX, Circuit Judge:\n\nWe affirm.", null, true, "opinion"],
  ];
  for (const [text, title, authorLine, kind] of cases) assert.deepEqual(kindOf(`IN THE UNITED STATES DISTRICT COURT\n\n${text}\n\nThe Court has considered the papers.`, title, authorLine), { kind, author: "court" }, text);
  assert.deepEqual(documentKind("anything", { title: null, docketReport: true, authorLine: false }), { kind: "docket-report", author: "court" });
});

test("a court's title that names a motion is still the court's", () => {
  for (const t of ["ORDER DENYING MOTION TO STAY", "DECISION ON RESPONDENT’S OPPOSITION TO PETITION", "MEMORANDUM AND ORDER ON DEFENDANTS' MOTION TO DISMISS", "OPINION RE MOTION FOR APPROVAL"]) assert.equal(isPartyPaperTitle(t), false, t);
  for (const t of ["BRIEF OF APPELLANT JANE ROE", "DEFENDANTS’ OPPOSITION TO PLAINTIFFS’ MOTION", "VERIFIED PETITION FOR A WRIT OF HABEAS CORPUS"]) assert.equal(isPartyPaperTitle(t), true, t);
});
