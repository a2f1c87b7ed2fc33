import assert from "node:assert/strict";
import { test } from "node:test";
import { cleanRequest, decides, documentVoice, findRulings, stipulationRuling, titleRuling, type Voice } from "../../src/analyze/rulings.js";
import { sentences } from "../../src/analyze/sentences.js";

function rulingsOf(text: string, title: string | null = null, attachment: string | null = null) {
  return findRulings(sentences(text), { text, citations: [], footnotes: [], docketRefs: [], title, attachment });
}

/** A party's paper: counsel's heading, the caption, a title, a body, a lawyer's signature. */
function partyPaper(title: string, body: string): string {
  return [
    "Jane Roe (SBN 123456)\nROE & POE LLP\n1 Main Street, Springfield\nAttorneys for Plaintiff ACME WIDGETS, INC.",
    "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF EXAMPLE",
    `ACME WIDGETS, INC., Plaintiff,\nv.\nJOHN DOE, Defendant.\n\nCase No. 3:24-cv-01234\n\n${title}`,
    body,
    "Dated: May 1, 2024 ROE & POE LLP\n\nBy /s/ Jane Roe\nJane Roe\nAttorneys for Plaintiff",
  ].join("\n\n");
}

/** The court's paper: caption, title, body, the judge's signature (`date` empty leaves it blank). */
function courtPaper(title: string, body: string, date = "June 3, 2024"): string {
  return [
    "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF EXAMPLE",
    `ACME WIDGETS, INC., Plaintiff,\nv.\nJOHN DOE, Defendant.\n\nCase No. 3:24-cv-01234\n\n${title}`,
    body,
    `IT IS SO ORDERED.\n\nDated: ${date}\n\nHon. Mary Major\nUnited States District Judge`,
  ].join("\n\n");
}

const conditional = "Acme proposes that if the Court grants its motion for alternative service, then Acme would propose a schedule.";
const decretal = "For these reasons, the Court GRANTS Plaintiff's motion for alternative service (ECF No. 12).";

const voices: [name: string, text: string, title: string | null, voice: Voice][] = [
  ["case management statement", partyPaper("CASE MANAGEMENT STATEMENT", conditional), null, "party"],
  ["notice of motion", partyPaper("NOTICE OF MOTION AND MOTION TO DISMISS; MEMORANDUM OF POINTS AND AUTHORITIES", "Defendant moves to dismiss."), null, "party"],
  ["opposition", partyPaper("PLAINTIFF'S OPPOSITION TO DEFENDANT'S MOTION TO STAY", "The motion should be denied."), null, "party"],
  // the caption may pick the words after "FOR" as the title; the head says what the paper is
  ["ex parte application", partyPaper("EX PARTE APPLICATION TO EXPEDITE DISCOVERY AND FOR ORDER AUTHORIZING ALTERNATIVE SERVICE", "Acme applies."), "ORDER AUTHORIZING ALTERNATIVE SERVICE", "party"],
  ["order", courtPaper("ORDER GRANTING PLAINTIFF'S MOTION FOR ALTERNATIVE SERVICE", decretal), "ORDER GRANTING PLAINTIFF'S MOTION FOR ALTERNATIVE SERVICE", "court"],
  ["minutes listing the motions first", `UNITED STATES DISTRICT COURT\n\nCIVIL MINUTES – GENERAL\n\nAttorneys Present for Plaintiff: None\n\nProceedings: (IN CHAMBERS) DEFENDANT'S MOTION TO DISMISS (Dkt. 9)\n\n${decretal}`, null, "court"],
  ["unsigned proposed order", courtPaper("[PROPOSED] ORDER GRANTING PLAINTIFF'S MOTION TO SEAL", decretal, "______________"), "[PROPOSED] ORDER GRANTING PLAINTIFF'S MOTION TO SEAL", "proposed"],
  ["proposed order the judge dated", courtPaper("[PROPOSED] ORDER GRANTING PLAINTIFF'S MOTION TO SEAL", decretal), null, "court"],
  ["stipulation not yet so-ordered", partyPaper("STIPULATION AND [PROPOSED] ORDER TO EXTEND TIME", "The parties stipulate.\n\nPURSUANT TO STIPULATION, IT IS SO ORDERED.\n\nDated:\n\nHon. Mary Major"), null, "proposed"],
  ["appellate opinion on a petition", "UNITED STATES COURT OF APPEALS\n\nON PETITION FOR REVIEW OF AN ORDER OF THE BOARD\n\nOPINION\n\nPETITION DENIED.\n\nCounsel for Petitioner: Jane Roe", null, "court"],
];

test("who speaks: the court, a party, or a proposed order", () => {
  for (const [name, text, title, voice] of voices) assert.equal(documentVoice(text, title), voice, name);
});

test("a party's filing decides nothing, whatever its sentences say", () => {
  for (const [name, text, title, voice] of voices) {
    if (voice !== "party") continue;
    const withDecretal = `${text}\n\n${decretal}`;
    assert.deepEqual(rulingsOf(withDecretal, title), [], name);
    assert.equal(titleRuling(withDecretal, "ORDER GRANTING MOTION FOR ALTERNATIVE SERVICE", []), null, name);
    assert.equal(stipulationRuling(withDecretal, "STIPULATED ORDER", []), null, name);
  }
});

test("a proposed order decides once entered, not when lodged as an attachment", () => {
  const text = courtPaper("[PROPOSED] ORDER GRANTING PLAINTIFF'S MOTION TO SEAL", "The Court GRANTS Plaintiff's motion to seal (ECF No. 7).", "");
  assert.equal(rulingsOf(text).length, 1);
  assert.deepEqual(rulingsOf(text, null, "3"), []);
  assert.equal(decides(text, null, "3"), false);
  assert.equal(decides(text, null, null), true);
  assert.equal(titleRuling(text, "[PROPOSED] ORDER GRANTING PLAINTIFF'S MOTION TO SEAL", [], "3"), null);
});

test("a court's order still decides", () => {
  const got = rulingsOf(courtPaper("ORDER GRANTING PLAINTIFF'S MOTION FOR ALTERNATIVE SERVICE", decretal));
  assert.equal(got.length, 1);
  assert.equal(got[0].disposition, "granted");
  assert.deepEqual(got[0].motion.docket, ["12"]);
});

// hypotheses, a party's wish, the law in general: never rulings
const notRulings = [
  conditional,
  "To the extent the Court denies the motion, Plaintiff asks for leave to amend.",
  "Moreover, even if this Court denies a stay pending appeal, Defendant may ask this Court to modify the injunction.",
  "Once the Court grants final approval, the parties will exchange releases.",
  "County Defendants argue the Court must dismiss all claims of the minor plaintiffs.",
  "The City Defendants contend Plaintiffs’ Monell claim must be dismissed.",
  "The court must approve any settlement of the claims of a certified class.",
  "Should the Court deny the motion, Defendant will appeal.",
  "Plaintiff’s motion would be granted if it were timely.",
  "If the Court grants the motion, the case will be closed.",
  "Plaintiff asks that, if the Court denies the motion to dismiss, it also stay discovery.",
  "Unless the Court grants an extension, the deadline stands.",
];

test("hypotheses and a party's wishes are not rulings", () => {
  for (const s of notRulings) assert.deepEqual(rulingsOf(s), [], s);
});

// [sentence, the requests it rules on, in order]
const boundaries: [string, string[]][] = [
  ["As such, the Court DENIES plaintiff’s motion to exclude testimony about lost profits As the Court explained before, the theory remains open.", ["plaintiff’s motion to exclude testimony about lost profits"]],
  ["For the following reasons, summary judgment is GRANTED in favor of Defendants.", ["summary judgment"]],
  ["Because the record shows that Plaintiff has not shown any injury, summary judgment as to the Second Claim is GRANTED.", ["summary judgment as to the Second Claim"]],
  ["Defendant Acme's Motion to Dismiss (ECF No. 12) is GRANTED; and Defendants Roe and Poe's Motion to Dismiss (ECF No. 14) is DENIED.", ["Defendant Acme's Motion to Dismiss (ECF No. 12)", "Defendants Roe and Poe's Motion to Dismiss (ECF No. 14)"]],
  ["B. The Court Denies the City's Request for Judicial Notice (ECF No. 20-1) In support of its motion, the City asks the Court to notice its budget.", ["the City's Request for Judicial Notice (ECF No. 20-1)"]],
  ["The Court DENIES the RJN since it does not rely on those documents.", ["the RJN"]],
  ["Accordingly, the Court DENIES Defendants’ Motion to Stay.2", ["Defendants’ Motion to Stay"]],
  ["The Court GRANTS the motion to exclude Dr. Smith's opinions on causation.", ["the motion to exclude Dr. Smith's opinions on causation"]],
  ["The Court GRANTS the Acme Motion WITH LEAVE TO AMEND.", ["the Acme Motion"]],
  ["Accordingly, the Court DENIES the Acme Motion on this basis.", ["the Acme Motion"]],
  ["The Court GRANTS the joint motion for final approval and ORDERS the parties to file a status report.", ["the joint motion for final approval"]],
  ["The Court DISMISSES the federal claims, but the Court does not dismiss the state claims.", ["the federal claims"]],
  ["Therefore, I DENY the motion for recusal for the following reasons.", ["the motion for recusal"]],
  ["The Court GRANTS Acme's motion to exclude Dr. Roe's royalty opinion but DENIES Acme's motion as to apportionment.", ["Acme's motion to exclude Dr. Roe's royalty opinion", "Acme's motion as to apportionment"]],
  ["(cid:129) Defendant's motion to strike (Dkt. 44) is GRANTED; (cid:129) Plaintiff's motion to compel (Dkt. 46) is DENIED.", ["Defendant's motion to strike (Dkt. 44)", "Plaintiff's motion to compel (Dkt. 46)"]],
  // what must stay whole: title-case names, numbers that are part of the name
  ["The Court GRANTS Plaintiff's Motion for Leave to File a Second Amended Complaint (ECF No. 31).", ["Plaintiff's Motion for Leave to File a Second Amended Complaint (ECF No. 31)"]],
  ["The Court DENIES the Motion of John Smith to Withdraw His Motion to Intervene (Doc. 72).", ["the Motion of John Smith to Withdraw His Motion to Intervene (Doc. 72)"]],
  ["IT IS ORDERED that Defendant's Motion in Limine No. 3 is GRANTED.", ["Defendant's Motion in Limine No. 3"]],
  ["The Court GRANTS the motion to file Exhibit 12 under seal.", ["the motion to file Exhibit 12 under seal"]],
  ["For the reasons set forth in my earlier order, I will grant that motion and certify the damages subclass.", ["that motion"]],
  ["The Court DISMISSES any remaining claims against the County.", ["any remaining claims against the County"]],
];

test("a request is the thing asked for: no lead-in, no run-on past its sentence", () => {
  for (const [text, requests] of boundaries) {
    assert.deepEqual(
      rulingsOf(text).map((r) => r.request),
      requests,
      text,
    );
  }
});

const cleaned: [string, string][] = [
  ["For the following reasons, summary judgment", "summary judgment"],
  ["Accordingly, Plaintiffs’ motion for summary judgment, ECF No. 13", "Plaintiffs’ motion for summary judgment, ECF No. 13"],
  ["and Defendant Roe’s Motion to Dismiss (ECF No. 47)", "Defendant Roe’s Motion to Dismiss (ECF No. 47)"],
  ["Plaintiff’s motion for summary judgment on liability, then", "Plaintiff’s motion for summary judgment on liability"],
  ["a stay pending appeal, Defendant may also move to modify the injunction", "a stay pending appeal"],
  ["Defendants A, B, and C’s motion to dismiss", "Defendants A, B, and C’s motion to dismiss"],
  ["the motion (Dkt.94)", "the motion (Dkt.94)"],
  ["Plaintiff's motion under Rule 12", "Plaintiff's motion under Rule 12"],
];

// [sentence, disposition, request]: a qualifier between the verb and the request
const qualified: [string, string, string][] = [
  ["The Court DENIES as moot Roe’s motion in limine to exclude the field notes.", "denied-as-moot", "Roe’s motion in limine to exclude the field notes"],
  ["The Court DISMISSES as moot Plaintiff's motion to compel.", "dismissed", "Plaintiff's motion to compel"],
  ["IT IS ORDERED that Plaintiff's Motion for Preliminary Injunction (Docket No. 2) be, and it is hereby, DISMISSED as MOOT.", "dismissed", "Plaintiff's Motion for Preliminary Injunction (Docket No. 2)"],
  ["The Court GRANTS in part Defendant's motion to dismiss.", "granted-in-part", "Defendant's motion to dismiss"],
  ["The complaint is DISMISSED with prejudice.", "dismissed", "The complaint"],
];

test("a qualifier before the request neither hides it nor is kept in it", () => {
  for (const [text, disposition, request] of qualified) {
    const got = rulingsOf(text);
    assert.equal(got.length, 1, text);
    assert.equal(got[0].disposition, disposition, text);
    assert.equal(got[0].request, request, text);
  }
});

test("cleanRequest trims lead-ins and run-ons, and leaves whole names alone", () => {
  for (const [raw, want] of cleaned) assert.equal(cleanRequest(raw), want, raw);
});

test("an entered proposed order with no decretal sentence grants what was proposed", () => {
  const text = courtPaper("[PROPOSED] ORDER OF DISMISSAL AND RETAINING JURISDICTION", "The parties have settled. The Court retains jurisdiction to enforce the settlement.");
  const got = stipulationRuling(text, null, ["88"]);
  assert.equal(got?.disposition, "granted");
  assert.equal(got?.request, "[PROPOSED] ORDER OF DISMISSAL AND RETAINING JURISDICTION");
  assert.deepEqual(got?.motion.docket, ["88"]);
  // lodged unsigned with a motion, it grants nothing yet; unsigned but entered on its own, it does
  const blank = courtPaper("[PROPOSED] ORDER OF DISMISSAL AND RETAINING JURISDICTION", "The parties have settled.", "");
  assert.equal(stipulationRuling(blank, null, ["88"], "2"), null);
  assert.equal(stipulationRuling(blank, null, ["88"])?.disposition, "granted");
  // a title that says what it does is read by titleRuling instead
  assert.equal(stipulationRuling(courtPaper("[PROPOSED] ORDER DENYING MOTION TO STAY", "Having considered the motion."), null, []), null);
  // an order that is no proposal makes no such ruling
  assert.equal(stipulationRuling(courtPaper("ORDER SETTING SCHEDULE", "The trial is set for June."), null, []), null);
});
