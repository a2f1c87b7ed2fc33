import assert from "node:assert/strict";
import { test } from "node:test";
import { requestTypeOf } from "../../src/analyze/requestTypes.js";

const table: [string, string][] = [
  ["Plaintiff's request to reconsider the March 22, 2018 Order", "reconsideration"],
  ["Plaintiff's motion for certification of the March 22, 2018 Order for interlocutory appeal", "interlocutory-appeal"],
  ["Plaintiff's request to stay the case pending appeal", "stay"],
  ["Defendants' Motion to Dismiss the First Amended Complaint", "dismissal"],
  ["Defendant's motion for partial summary judgment", "summary-judgment"],
  ["Plaintiff's Motion for Leave to File a Second Amended Complaint", "leave-to-amend"],
  ["Plaintiffs' Motion for Preliminary Injunction", "preliminary-injunction"],
  ["the application for a temporary restraining order", "tro"],
  ["Plaintiff's motion for default judgment", "default-judgment"],
  ["Plaintiff's motion to remand to state court", "remand"],
  ["Defendant's motion for sanctions under Rule 11", "sanctions"],
  ["the Motion for Attorney's Fees pursuant to Section 406(b)", "attorney-fees"],
  ["Named Plaintiffs' motion for class certification", "class-certification"],
  ["Uber's motion to compel arbitration", "compel"],
  ["the stipulated protective order", "protective-order"],
  ["Plaintiff's application to proceed in forma pauperis", "in-forma-pauperis"],
  ["Plaintiff's motions for appointment of counsel", "appointment-of-counsel"],
  ["Plaintiff's motion for an extension of time", "extension"],
  ["the United States' Motion to Seal", "seal"],
  ["Plaintiff's motion for leave to issue a subpoena upon a third party", "subpoena"],
  ["Defendant's motion to transfer venue", "transfer"],
  ["the renewed motion to intervene", "intervention"],
  ["the State Bar's Motion for Judgment on the Pleadings", "judgment-on-pleadings"],
];

test("request types from the words of a request", () => {
  for (const [request, type] of table) assert.equal(requestTypeOf(request), type, request);
});

test("a request naming no known kind is other", () => {
  for (const n of ["Plaintiff's motions for judicial notice", "the motion to recuse", "Plaintiff's ex parte motion", ""]) assert.equal(requestTypeOf(n), "other", n);
});
