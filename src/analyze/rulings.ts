/**
 * Rulings: what this document decides, read from its decretal language ("the Court
 * DENIES Plaintiff's request …", "IT IS ORDERED that the Motion … is GRANTED"), never
 * from accounts of earlier orders or of other courts' decisions. A magistrate judge's
 * report and recommendation decides nothing: what it recommends ("the undersigned
 * RECOMMENDS that the motion be GRANTED") is a ruling marked `recommended`. A party's filing
 * (motion, brief, statement, application, unsigned stipulation) decides nothing at all, nor does
 * a hypothesis in any document ("if the Court grants its motion …").
 */
import type { Citation, Disposition, Footnote, Ruling, Span } from "../model/types.js";
import { docketsIn, uniqueDocuments } from "./dockets.js";
import { requestTypeOf } from "./requestTypes.js";
import type { Sentence } from "./sentences.js";
import { appellateDisposition, remandNoted, weDecide } from "./rulings/appellate.js";
import type { Found } from "./rulings/candidate.js";
import { maskStarPages, publisherMatter } from "./rulings/furniture.js";
import { dropConsequences, foldAppeal, foldMandate, foldParts } from "./rulings/refiners.js";

// what a court does in the present tense: "GRANTS", "denies", "takes under submission"
const VERB_ACTIVE =
  "GRANTS|DENIES|APPROVES|approves|DISMISSES|VACATES|REMANDS|AFFIRMS|REVERSES|ADOPTS|ACCEPTS|REJECTS|MODIFIES|DECLINES\\s{1,2}TO\\s{1,2}ADOPT|SUSTAINS|OVERRULES|STRIKES|STAYS|TAKES|HOLDS|grants|denies|dismisses|vacates|remands|affirms|reverses|adopts|accepts|rejects|modifies|declines\\s{1,2}to\\s{1,2}adopt|sustains|overrules|strikes|stays|takes\\s{1,2}under\\s{1,2}submission|Grants|Denies|Dismisses|Adopts|Accepts|Overrules|Sustains";
// after "will" / "shall" / "I": "will grant", "I DENY"
const VERB_BASE = "grant|deny|dismiss|vacate|remand|approve|GRANT|DENY|DISMISS|APPROVE";
// what a request is: "GRANTED", "denied", "HELD IN ABEYANCE"; "ALLOWED" as Massachusetts courts grant a motion
// (not the permission "is allowed to file")
const PARTICIPLE =
  "ALLOWED|[Aa]llowed(?!\\s{1,2}to\\b)|GRANTED|DENIED|APPROVED|approved|DISMISSED|MOOT|VACATED|REMANDED|AFFIRMED|REVERSED|ADOPTED|ACCEPTED|REJECTED|MODIFIED|SUSTAINED|OVERRULED|STRICKEN|STAYED|TERMINATED|TAKEN\\s{1,2}UNDER\\s{1,2}SUBMISSION|HELD\\s{1,2}IN\\s{1,2}ABEYANCE|granted|denied|dismissed|moot|vacated|remanded|affirmed|reversed|adopted|accepted|rejected|modified|sustained|overruled|stricken|Granted|Denied|Dismissed|Moot|Adopted|Accepted|Overruled|Sustained";

// "the Court DENIES", "the Court hereby GRANTS", "the Court also DENIES AS MOOT", "the Court will grant"
const ACTIVE = new RegExp(
  `(?:\\b(?:the|this|The|This)\\s{1,2}(?:Court|court)|(?<![A-Za-z.])I(?=\\s{1,2}(?:hereby\\s{1,2}|therefore\\s{1,2}|will\\s{1,2}|must\\s{1,2})?(?:GRANT|DENY|DISMISS|grant|deny|dismiss)\\b))(?:,?\\s{1,2}(?:hereby|also|therefore|thus|accordingly|further|now|herein|respectfully|consequently|HEREBY|ALSO|THEREFORE|FURTHER|ACCORDINGLY|(?:will|shall|must)(?:\\s{1,2}(?:therefore|also|thus|accordingly))?),?){0,3}\\s{1,2}(?<verb>(?:${VERB_ACTIVE})|(?<=(?:will|shall|must|I|hereby|therefore)\\s{1,2})(?:${VERB_BASE}))\\b`,
  "g",
);
// a further verb in the same sentence: "… and DENIES Plaintiff's motion to amend", "… but DENIES it as to Count II"
const MORE_ACTIVE = new RegExp(`(?:,|;|\\band\\b|\\bbut\\b|\\balso\\b)\\s{1,3}(?:also\\s{1,2})?(?<verb>${VERB_ACTIVE})\\b`, "g");
// "is GRANTED", "are hereby DENIED", "shall be DISMISSED", "is due to be denied", "be, and hereby is, GRANTED"
const PASSIVE = new RegExp(
  `\\b(?<aux>is|are|be|must\\s{1,2}be|shall\\s{1,2}be|will\\s{1,2}be|(?:is|are)\\s{1,2}due\\s{1,2}to\\s{1,2}be|be,?\\s{1,2}and\\s{1,2}(?:(?:hereby|the\\s{1,2}same|it|they)\\s{1,2})?(?:hereby\\s{1,2})?(?:is|are),?|stands?)(?:,?\\s{1,2}(?:hereby|therefore|accordingly|thus|also|now|both|each|in\\s{1,2}all\\s{1,2}respects),?){0,2}\\s{1,2}(?<verb>${PARTICIPLE})\\b`,
  "g",
);
// general statements of law, not rulings: "is granted only when", "is denied if"
const GENERAL_AFTER = /^\s{0,2},?\s{0,2}(?:only|when|if|unless|where|freely|sparingly|rarely|liberally|routinely|as\s+a\s+matter|in\s+(?:such|those|these)\s+|absent|upon\s+a\s+showing)/i;
// where a passive subject starts: after "that", "ORDERED:", an enumeration "1.", a colon, or a ruling before it ("GRANTED, the …")
// a list item's letter starts a subject, but not the "v." of a case name ("Evans v. Williams is approved")
const SUBJECT_START = /(?:\bthat\b|\b(?:ORDERED|ADJUDGED|DECREED)\s{0,2}[:,]?\s{1,3}(?:That|THAT)\b|\bORDERED\b[:,]?|\bADJUDGED\b[:,]?|:|;|\b(?:GRANTED|ALLOWED|DENIED|DISMISSED|VACATED|REMANDED|ADOPTED|OVERRULED|SUSTAINED|granted|allowed|denied|dismissed|vacated|adopted|overruled|sustained)\b(?:,?\s{1,2}(?:and|but|while|whereas)\b|,(?=\s{1,2}(?:[A-Z][\w.&'’ -]{0,60}(?:'s?|’s?)|the|The|THE|its|his|her|their)\s))|\b[A-Z]{3,}ED,(?=\s)|(?<=^|\s)(?:\d{1,2}|[a-uw-z])\.(?=\s)|(?<=^|\s)\([a-z0-9]{1,3}\)(?=\s)|^)\s{0,3}/g;
// "IT IS ORDERED denying Plaintiffs' Motion …", "IT IS FURTHER ORDERED granting …"
const GERUND = /\b(?:ORDERED|[Oo]rdered)(?:\s{1,2}that)?\s{1,2}(?<verb>granting|denying|dismissing|GRANTING|DENYING|DISMISSING|finding|FINDING)\b/g;
// a request named in a passive subject
const REQUEST_NOUN = /\b(?:motions?|settlements?|agreements?|decrees?|requests?|petitions?|applications?|objections?|appeals?|complaints?|claims?|action|case|matter|counts?|stipulations?|recommendations?|reports?|R\s?&\s?R|F\s?&\s?R|demurrers?|causes?\s+of\s+action|judgment|decisions?|ex\s+parte|TRO|order\s+to\s+show\s+cause|certificates?\s+of\s+appealability|suggestions?(?:\(s\))?\s+(?:of|for)\s+rehearing|(?:class\s+)?certification|injunctions?|plans?|findings|orders?)\b/i;
// a passive subject that names a party's or this case's request ("Plaintiff's motion", "the Motion", "Defendants' motion to dismiss [12]")
const DETERMINED = /^(?:[A-Z][\w.&'’ -]{0,60}(?:'s?|’s?)\s|(?:the|The|THE|this|This|its|Its|his|His|her|Her|their|Their|said|Said|each|Each|all|All|ALL|any|Any|both|Both|[Pp]laintiffs?|[Dd]efendants?|[Pp]etitioners?|[Rr]espondents?|[Mm]ovants?)\b)/;
// what a lower-case "affirmed" / "vacated" / "remanded" may be said of in a decision of this court
const DECISION_SUBJECT = /^(?:the|this|its|that)\s{1,2}(?:district\s{1,2}court['’]s\s{1,2})?(?:judgment|order|decision|ruling|conviction|sentence|case|matter|action|appeal|petition|award|decree)\b/i;
// someone's argument, not the court's ruling: "Defendants contend that …", "the argument that …"
const REPORTED = /\b(?:contends?|contending|argues?|arguing|asserts?|asserting|claims?|maintains?|insists?|suggests?|urges?|requests?|asks?|moves?|believes?|submits?|alleges?|says?|notes?|responds?|replies?|counters?|recommends?|proposes?|concedes?|agrees?|argument|contention|position|assertion|request|hope|concern|belief)\s{1,2}that\s{0,3}$/i;
// a clause that only sets a time or condition: "after the Agreement is approved"
const SUBORDINATE = /\b(?:after|before|until|when|whenever|once|unless|whether|because|since|while)\s/i;
// a warning of what will happen, not a ruling: "Should Plaintiff fail to amend, the action shall be DISMISSED"
const CONDITIONAL = /^(?:If|Should|Unless|In\s+the\s+event|Absent|Failure|Upon|Once|When|Where|Any|Otherwise)\b|(?:^|,\s{1,2}|\bthat\s{1,2})if\s{1,2}(?:[A-Z]|the|he|she|they|it)\b[^,]{0,120},\s{1,2}$/;
// a mandate standing alone: "AFFIRMED.", "REVERSED and REMANDED.", "AFFIRMED IN PART, VACATED IN PART"
const MANDATE = /^\s{0,3}(?<verb>AFFIRMED|REVERSED|VACATED|REMANDED|DISMISSED)(?:(?:\s{0,2},\s{0,2}|\s{1,2}(?:AND|and|&)\s{1,2}|\s{1,2}(?:IN|in)\s{1,2}(?:PART|part)\s{0,2},?\s{0,2}(?:AND\s{1,2}|and\s{1,2})?)(?:AFFIRMED|REVERSED|VACATED|REMANDED|DISMISSED)?){0,4}\s{0,2}[.!]?\s{0,2}$/;
// a docket-style order: "PETITION FOR REVIEW DENIED.", "Motion to stay (Dkt. 5) GRANTED."
const SHORT_ORDER = /^\s{0,3}(?<subject>[A-Z][A-Za-z'’ ()#.0-9-]{2,80}?)\s{1,2}(?<verb>GRANTED|DENIED|DISMISSED|AFFIRMED|REVERSED|VACATED)(?:\s{1,2}(?:IN\s{1,2}PART|AS\s{1,2}MOOT|WITHOUT\s{1,2}PREJUDICE))?\s{0,2}[.!]?\s{0,2}$/;
// where the object of a ruling ends: "; ", a sentence period (not "Doc."), "See", "for the reasons", "without prejudice"
const CUT_OBJECT = /[;]|(?<!\b(?:Doc|Docs|No|Nos|Dkt|ECF|v|vs|Inc|Co|Corp|Ltd|U\.S|Fed|R|Civ|Crim|App|P|Cal|Mot|Pl|Pls|Def|Defs|Ex|Dist|Ct|Mem|Opp|Br|Resp|Decl|Dr|Drs|Mr|Mrs|Ms|Messrs|St|Jr|Sr|Prof|Hon|Gov|Dep|Dept|Sec|Supp|Cir|[A-Z]))\.(?:\s|$)|\s(?:See|see|Cf\.)\s|\s(?:for\s+the\s+(?:reasons|foregoing)|because|as\s+(?:set\s+forth|discussed|explained|follows|moot)|on\s+the\s+grounds?|with(?:out)?\s+prejudice|in\s+its\s+entirety)\b/;

/**
 * Where the first object cut (`CUT_OBJECT`) at or after a position of one sentence starts, or
 * -1. An answer still ahead of the next position asked is reused: the verbs of one long sentence
 * ("DENIES the motion to stay and " a thousand times) no longer each search all the rest of it.
 */
function objectCuts(s: string): (from: number) => number {
  const re = new RegExp(CUT_OBJECT.source, "g");
  let searchedFrom = Infinity;
  let found = -1;
  return (from) => {
    if (from >= searchedFrom && (found < 0 || found >= from)) return found;
    re.lastIndex = from;
    found = re.exec(s)?.index ?? -1;
    searchedFrom = from;
    return found;
  };
}

/**
 * `CONDITIONAL.test(s.slice(0, at))` reading only the start and the end of a long prefix: its
 * alternatives either start the prefix or end it within a few hundred characters, and a test of
 * the whole prefix for each verb of a long sentence was quadratic. The NUL that joins neither
 * part can take the place of a start or an end.
 */
function conditionalBefore(s: string, at: number, trimStart = false, start = 0): boolean {
  let from = start;
  if (trimStart) while (from < at && /\s/.test(s[from])) from++;
  if (at - from <= 2000) return CONDITIONAL.test(s.slice(from, at));
  return CONDITIONAL.test(`${s.slice(from, from + 1000)}\u0000`) || CONDITIONAL.test(`\u0000${s.slice(at - 1000, at)}`);
}

// footnote marks left in the text: "appeal.¹"
const SUPERSCRIPT = /[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g;

// what a district judge adopts, rejects or modifies: "the Report and Recommendation", "the R&R", "the findings and recommendations"
const REPORT_OBJECT = /\b(?:reports?|recommendations?|R\s?&\s?R|F\s?&\s?R|(?:proposed|stipulated)\s+findings)\b/i;
// a clause ending in a colon or an enumeration that a list of rulings continues: "RECOMMENDED that: 1.", "as follows:"
const OPENS_LIST = /^\s{0,3}(?:that|as\s{1,2}follows)?\s{0,3}[:,\u2014-]?\s{0,3}(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])?\s{0,3}$/i;
// an item of such a list: "1. Defendant's motion …", "(b) The action …"
const LIST_ITEM = /^\s{0,3}\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s/i;
// the end of a sentence that the next item continues: "… be GRANTED; 2.", "… be DENIED; and"
const LIST_GOES_ON = /(?:(?:^|[\s;:,])\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|[;:]\s{0,3}(?:and|or)?)\s{0,3}$/i;

// who recommends in a report and recommendation: "the undersigned", "the Court", "I", "the Magistrate Judge"
const RECOMMENDER = String.raw`(?:\b(?:[Tt]he|[Tt]his)\s{1,2}(?:[Uu]ndersigned(?:\s{1,2}(?:United\s{1,2}States\s{1,2})?[Mm]agistrate\s{1,2}[Jj]udge)?|Court|court|[Mm]agistrate\s{1,2}[Jj]udge)|\bTHE\s{1,2}(?:UNDERSIGNED|COURT)|(?<![A-Za-z.])(?:I|[Ww]e))`;
// "hereby", "respectfully", "therefore", "will" between the recommender and the verb
const RECOMMEND_ADVERB = String.raw`(?:,?\s{1,2}(?:hereby|HEREBY|also|ALSO|therefore|THEREFORE|thus|accordingly|ACCORDINGLY|further|FURTHER|now|respectfully|RESPECTFULLY|consequently|will|would|must|shall|does|do|herein)\b,?){0,3}`;
// "the undersigned RECOMMENDS", "I respectfully recommend", "IT IS HEREBY RECOMMENDED", "RECOMMENDATION:"
const RECOMMEND_LEAD = new RegExp(
  `${RECOMMENDER}${RECOMMEND_ADVERB}\\s{1,2}(?:RECOMMENDS?|[Rr]ecommends?)\\b|\\b(?:IT|It|it)\\s{1,2}(?:IS|is)${RECOMMEND_ADVERB}\\s{1,2}(?:RECOMMENDED|[Rr]ecommended)\\b|\\bRECOMMENDATIONS?\\s{0,2}:`,
  "g",
);
// what a recommendation asks the district judge to do, right after the lead:
// "that the Court GRANT", "that the District Judge deny", "that the Court enter an order granting", "GRANTING", "dismissal of"
const RECOMMEND_ACT =
  /^\s{0,3}[:,]?\s{0,3}(?:that\s{1,2})?(?:(?:the|this)\s{1,2}(?:(?:United\s{1,2}States\s{1,2})?District\s{1,2}|[Dd]istrict\s{1,2})?(?:Court|court|Judge|judge)\s{1,2}(?:(?<base>GRANT|DENY|DISMISS|ADOPT|REMAND|AFFIRM|REVERSE|VACATE|grant|deny|dismiss|adopt|remand|affirm|reverse|vacate)|enter\s{1,2}(?:an\s{1,2})?order\s{1,2}(?<entered>granting|denying|dismissing|GRANTING|DENYING|DISMISSING))|(?<gerund>GRANTING|DENYING|DISMISSING|REMANDING|AFFIRMING|REVERSING|granting|denying|dismissing|remanding|affirming|reversing)|(?:the\s{1,2})?(?<noun>dismissal|denial|DISMISSAL|DENIAL|reversal|affirmance)\s{1,2}of)\b/;
// a recommendation said in an R&R's own voice: "the Court should GRANT the motion", "the District Judge should deny"
const SHOULD_ACT =
  /\b(?:the|this|The|This)\s{1,2}(?:(?:United\s{1,2}States\s{1,2})?District\s{1,2}|[Dd]istrict\s{1,2})?(?:Court|court|Judge|judge)\s{1,2}should(?:\s{1,2}(?:therefore|also|thus|accordingly))?\s{1,2}(?<verb>GRANT|DENY|DISMISS|grant|deny|dismiss)\b/g;
// what makes "the Court should grant …" a rule, not a recommendation: "unless", "only if", "freely"
const SHOULD_GENERAL = /\b(?:unless|if|when|whenever|where|only|freely|liberally|sparingly|generally|ordinarily)\b/i;
// a further act of the same recommendation: "… GRANT the motion and DISMISS the action"
const MORE_BASE = /(?:,|;|\band\b)\s{1,3}(?:that\s{1,2}(?:the\s{1,2}Court\s{1,2})?)?(?<verb>GRANT|DENY|DISMISS|grant|deny|dismiss|GRANTING|DENYING|DISMISSING|granting|denying|dismissing)\b/g;
// someone else's wish, not the report's: "Defendants argue the claim should be dismissed"
const REPORTING_VERB = /\b(?:contends?|argues?|asserts?|maintains?|insists?|urges?|asks?|requests?|believes?|submits?|alleges?|says?|responds?|replies?|counters?|proposes?|seeks?|moves?|argument|contention|position)\b/i;
// what an R&R calls itself in its title: "REPORT AND RECOMMENDATION", "FINDINGS AND RECOMMENDATIONS", "MEMORANDUM AND RECOMMENDATION",
// "FINDINGS, CONCLUSIONS, AND RECOMMENDATION", "PROPOSED FINDINGS AND RECOMMENDED DISPOSITION"
const REPORT_TITLE = /\b(?:REPORT,?\s{1,3}(?:AND|&)\s{1,3}RECOMMENDATIONS?|(?:FINDINGS|MEMORANDUM)(?:,\s{1,3}CONCLUSIONS,?)?\s{1,3}(?:AND|&)\s{1,3}RECOMMENDATIONS?|RECOMMENDATIONS?\s{1,3}OF\s{1,3}(?:THE\s{1,3})?(?:UNITED\s{1,3}STATES\s{1,3})?MAGISTRATE\s{1,3}JUDGE|PROPOSED\s{1,3}FINDINGS|RECOMMENDED\s{1,3}DISPOSITION|RECOMMENDED\s{1,3}DECISION|MAGISTRATE\s{1,3}JUDGE['’]?S?\s{1,3}RECOMMENDATION)\b/g;
// a title that acts on a report instead of being one: "ORDER ADOPTING REPORT AND RECOMMENDATION", "ORDER ON OBJECTIONS TO …"
const ACTS_ON_REPORT = /\b(?:ADOPTING|ACCEPTING|REJECTING|MODIFYING|AFFIRMING|REVIEWING|ON|RE:?|REGARDING|OBJECTIONS?\s{1,3}TO|ADOPTS?|ACCEPTS?)\s[^]{0,80}$/i;

// the head word of a court's own paper, in capitals as captions print it: "ORDER GRANTING …", "MEMORANDUM OPINION", "CIVIL MINUTES"
const COURT_PAPER = /\b(?:ORDER|OPINION|MINUTES|JUDGMENT|DECREE|RULING|DECISION|REPORT\s{1,3}AND\s{1,3}RECOMMENDATIONS?|FINDINGS\s{1,3}AND\s{1,3}RECOMMENDATIONS?|PERMANENT\s{1,3}INJUNCTION)\b/;
// the head word of a party's paper: "CASE MANAGEMENT STATEMENT", "NOTICE OF MOTION AND MOTION TO DISMISS",
// "MEMORANDUM OF POINTS AND AUTHORITIES", "PLAINTIFF'S OPPOSITION", "EX PARTE APPLICATION", "JOINT STIPULATION"
const PARTY_PAPER =
  /\b(?:NOTICE\s{1,3}OF\s{1,3}(?:MOTION|APPEAL|LODGING|FILING|ERRATA|REMOVAL|(?:VOLUNTARY\s{1,3})?DISMISSAL)|MOTION|MEMORANDUM\s{1,3}(?:OF\s{1,3}(?:POINTS|LAW)|IN\s{1,3}(?:SUPPORT|OPPOSITION))|OPPOSITION|REPLY|BRIEF|(?:EX\s{1,3}PARTE\s{1,3})?APPLICATION|(?:JOINT\s{1,3})?CASE\s{1,3}MANAGEMENT\s{1,3}(?:CONFERENCE\s{1,3})?STATEMENT|STATUS\s{1,3}REPORT|DECLARATION|STIPULATION|COMPLAINT|OBJECTIONS?\s{1,3}TO)\b/;
// a lawyer's heading or signature: "Attorneys for Plaintiff NIBI, INC.", "Counsel for Defendants", "/s/ Jane Roe"
const COUNSEL = /\b(?:Attorneys?|ATTORNEYS?|Counsel|COUNSEL)\s{1,2}(?:for|FOR)\s{1,2}(?:the\s{1,2}|THE\s{1,2})?[A-Z]/;
// "[PROPOSED] ORDER", "PROPOSED ORDER": what a party lodges for the judge to sign
const PROPOSED_BEFORE = /(?:\[\s{0,2}PROPOSED\s{0,2}\]|\bPROPOSED)\s{0,3}(?:[A-Z]{2,12}\s{1,3}){0,2}$/;
// a signature line left blank for the judge: "Dated: ________", "DATED:" with no date after it
const UNSIGNED = /\b(?:DATED|Dated|DATE|Date)\s{0,2}:\s{0,6}(?![\s\d]|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Za-z.]{0,7}\s|this\b|the\b|This\b|THIS\b)/;

/** Who speaks in a document: the court, a party (whose paper decides nothing), or a proposed order not yet signed. */
export type Voice = "court" | "party" | "proposed";

/**
 * Whether the document is the court's own paper, a party's filing (a motion, brief,
 * statement, application, stipulation), or a proposed order lodged unsigned. The head word
 * printed first in the caption decides, with the signature: a party's paper names its
 * counsel; a proposed order leaves the judge's date blank.
 *
 * @example documentVoice("Attorneys for Plaintiff ACME\n…\nCASE MANAGEMENT STATEMENT\n…\n/s/ Jane Roe", null) // → "party"
 */
export function documentVoice(text: string, title?: string | null): Voice {
  const head = text.slice(0, 5000);
  const tail = text.slice(Math.max(0, text.length - 2500));
  const court = COURT_PAPER.exec(head);
  const party = PARTY_PAPER.exec(head);
  const byTitle = title ? { court: COURT_PAPER.exec(title), party: PARTY_PAPER.exec(title) } : null;
  // the head of the text says what the paper is; a title the caption picked only when the head says nothing
  const courtAt = court?.index ?? (byTitle?.court && !party ? 0 : Infinity);
  const partyAt = party?.index ?? (byTitle?.party && !court ? 0 : Infinity);
  if (partyAt < courtAt) {
    const stipulated = /^STIPULATION/.test(party?.[0] ?? byTitle?.party?.[0] ?? "") && (court || byTitle?.court);
    if (stipulated) return UNSIGNED.test(tail) ? "proposed" : "court";
    const counsel = COUNSEL.test(head.slice(0, party ? party.index + 2000 : head.length)) || (/\/s\//.test(tail) && COUNSEL.test(tail)) || /\bRespectfully\s{1,2}submitted\b/i.test(tail);
    if (counsel) return "party";
    return "court";
  }
  if (court && PROPOSED_BEFORE.test(head.slice(Math.max(0, court.index - 30), court.index))) return UNSIGNED.test(tail) ? "proposed" : "court";
  if (!court && title && /\[\s{0,2}PROPOSED\s{0,2}\]/i.test(title)) return UNSIGNED.test(tail) ? "proposed" : "court";
  return "court";
}

/**
 * Whether the document is a magistrate judge's report and recommendation, from its title or
 * a heading near its top: what it "should" do and "recommends" are then its recommendations.
 *
 * @example isRecommendation("…", "REPORT AND RECOMMENDATION") // → true
 */
export function isRecommendation(text: string, title: string | null | undefined): boolean {
  // the title as caption read it may be in mixed case; a heading in the text is in capitals
  const upper = (title ?? "").toUpperCase();
  // an order or opinion that only mentions a report in its first page is no report
  const places = /^\s{0,3}(?:MEMORANDUM\s{1,3}(?:AND\s{1,3})?)?(?:OPINION\s{1,3}(?:AND\s{1,3})?)?(?:ORDER|OPINION|JUDGMENT)\b/.test(upper) ? [upper] : [upper, text.slice(0, 4000)];
  for (const place of places) {
    for (const m of place.matchAll(REPORT_TITLE)) {
      // what acts on the report is on its line or the line before: "ORDER ADOPTING\nREPORT AND RECOMMENDATION"
      const before = place.slice(Math.max(0, m.index - 100), m.index).split("\n").slice(-2).join("\n");
      if (!ACTS_ON_REPORT.test(before)) return true;
    }
  }
  return false;
}

/**
 * The disposition of a review of a report and recommendation or of an objection;
 * `null` when the verb acts on something else ("the Court accepts the allegations as true");
 * `undefined` when the verb is no verb of review.
 */
function reviewDisposition(verb: string, after: string, object: string, sentence: string): Disposition | null | undefined {
  const v = verb.toLowerCase();
  const a = after.slice(0, 160).toLowerCase();
  const inPart = /^[^;]{0,140}\bin\s+part\b/.test(a);
  // "the Court accepts and adopts it": a pronoun stands for what the sentence names
  const pronoun = /^\s{0,3}(?:it|them|this|these|those|same)\b/i.test(object);
  const ofReport = REPORT_OBJECT.test(pronoun ? sentence : object);
  if (/^(?:adopt|accept)/.test(v)) {
    if (!ofReport) return v.startsWith("adopt") && !pronoun ? undefined : null;
    if (/\bas\s+modified\b|\bwith\s+(?:the\s+)?modifications?\b/.test(a) || /\bas\s+modified\b/i.test(object)) return "modified";
    return inPart ? "adopted-in-part" : "adopted";
  }
  // "the Memorandum and Recommendation is APPROVED AND ADOPTED"
  if (v.startsWith("approv") && ofReport && !pronoun) return inPart ? "adopted-in-part" : "adopted";
  if (v.startsWith("modif")) return ofReport ? "modified" : null;
  if (/^(?:reject|declin)/.test(v)) return ofReport ? "rejected" : null;
  if (v.startsWith("overrul")) return inPart ? "sustained-in-part" : "overruled";
  if (v.startsWith("sustain")) return inPart ? "sustained-in-part" : "sustained";
  return undefined;
}

// a passive verb's twin in the same clause: "be GRANTED as to Count I and DENIED as to Count II"
const AND_DENIED = /^[^;]{0,140}\b(?:and|but)\s{1,2}(?:is\s{1,2}|be\s{1,2})?denied\b/;
const AND_GRANTED = /^[^;]{0,140}\b(?:and|but)\s{1,2}(?:is\s{1,2}|be\s{1,2})?granted\b/;

function disposition(verb: string, after: string, passive = false): Disposition {
  const v = verb.toLowerCase().replace(/\s+/g, " ");
  const a = after.slice(0, 160).toLowerCase();
  const inPart =
    /^\s{0,2}(?:in\s+part|in\s+part\s+and\s+den\w+\s+in\s+part)\b/.test(a) ||
    /^[^;]{0,140}\bin\s+part\b/.test(a) ||
    (passive && ((v.startsWith("grant") && AND_DENIED.test(a)) || (v.startsWith("den") && AND_GRANTED.test(a))));
  // an approval the court gives (a settlement, a plan, a consent order) grants what was asked:
  // the hand-read gold codes it `granted`, so `approved` stays for the stipulation an order enters
  if (v.startsWith("approv")) return "granted";
  const appellate = appellateDisposition(v, a);
  if (appellate) return appellate;
  if (v.startsWith("grant") || v.startsWith("allow")) return inPart ? "granted-in-part" : "granted";
  if (v.startsWith("den")) {
    if (inPart) return "granted-in-part";
    if (/^[^;]{0,140}\bas\s+moot\b/.test(a)) return "denied-as-moot";
    if (/^[^;]{0,140}\bwithout\s+prejudice\b/.test(a)) return "denied-without-prejudice";
    return "denied";
  }
  if (v.startsWith("dismiss")) return "dismissed";
  if (v === "moot") return "moot";
  return "other";
}

// where the thing asked for ends though the sentence goes on: a new sentence run in without its period
// ("… regarding any As the Court noted …", "(ECF No. 45-2) In support of …"), a reason ("since it does not rely"),
// the court's next act ("… and ORDERS that", ", but the Court does not"), a new clause ("…, Defendant may also move"),
// what the ruling is based on or comes with ("on this basis", "for the following reasons", "with leave to amend")
const REQUEST_END = new RegExp(
  [
    String.raw`(?<=[a-z,)\]]\s{1,3})(?:As|In|For|However|Because|Although|Accordingly|Moreover|Here|It|Since|While|If|On|At|After|Before|Further|Finally|Thus|Therefore|Nonetheless|Nevertheless|Additionally|Specifically|Instead|Rather)\s{1,2}[a-z]`,
    String.raw`\s(?:The|This)\s{1,2}Court\b`,
    String.raw`\s(?:since|inasmuch\s{1,2}as|given\s{1,2}that|in\s{1,2}light\s{1,2}of)\s`,
    String.raw`\s(?:for\s{1,2}the\s{1,2}(?:\w{1,12}\s{1,2}){0,2}reasons)\b`,
    String.raw`\s(?:on|upon)\s{1,2}(?:this|that|these|those|such|the\s{1,2}same)\s{1,2}(?:basis|bases|grounds?)\b`,
    String.raw`\s(?:WITH|with|With)(?:OUT|out)?\s{1,2}(?:LEAVE|leave|Leave)\s{1,2}(?:TO|to|To)\s{1,2}(?:AMEND|amend|Amend)\b`,
    String.raw`\s(?:and\s{1,2}|AND\s{1,2})?(?:ORDERS|DIRECTS|FINDS|CERTIFIES|ENTERS|CONCLUDES|ENJOINS|RESERVES|DECLARES|APPOINTS|orders|directs|finds|certifies|enters|concludes|enjoins|reserves|declares|appoints)\b`,
    String.raw`\s(?:and|AND)\s{1,2}(?:ORDER|DIRECT|CERTIFY|ENTER|ENJOIN|APPOINT|DECLARE|REMAND|order|direct|certify|enter|enjoin|appoint|declare|remand|will|shall)\b`,
    String.raw`,\s{1,2}(?:but|however|then|so|although|though|which|because)\b`,
    String.raw`,\s{1,2}(?:and\s{1,2})?(?:the|this|The|This)\s{1,2}(?:Court|court)\b`,
    String.raw`,\s{1,2}(?:[A-Z][\w’'.-]{0,30}\s{1,2}){1,3}(?:may|shall|will|must|can|should|is|are|was|were|has|have|had|does|did)\s`,
  ].join("|"),
);
// a lead-in before the request: "For the following reasons, summary judgment", "Accordingly, Plaintiffs’ motion"
const LEAD_IN = /^(?:For|Accordingly|Therefore|Thus|Based|In|As|Because|Having|Upon|On|Pursuant|Given|Consequently|Finally|Here|Hence|To\s{1,2}the\s{1,2}extent|Since|Although|While|Further|Furthermore|Additionally)\b[^,;]{0,200},\s{0,2}\d{0,2}\s{1,2}/;
// list markers and glyph debris before a request: "(cid:129)", "•", "1)", "(b)"
const LIST_MARK = /^\s{0,3}(?:\(?cid:\d{1,4}\)|[•▪●·]|\(?\d{1,3}\)|\([a-z]\))\s{1,3}/;
// a footnote number run onto the request's last word: "Motion to Dismiss.1", "motion.4"
const TRAILING_NOTE = /(?<=[a-z)\]])(?<!\b(?:No|Nos|Dkt|Doc|Docs|Ex|Exh|Art|Sec|Pt|Para)\.?)\.?\d{1,2}$/;

/**
 * The thing asked for, cut from what the sentence says around it.
 *
 * @example cleanRequest("For the following reasons, summary judgment") // → "summary judgment"
 */
export function cleanRequest(raw: string): string {
  let s = raw.replace(SUPERSCRIPT, "").replace(/\s+/g, " ");
  const end = REQUEST_END.exec(s);
  if (end && end.index > 0 && s.slice(0, end.index).trim()) s = s.slice(0, end.index);
  s = s
    .replace(LIST_MARK, "")
    .replace(/^\s{0,3}(?:(?:IT\s+IS\s+)?(?:FURTHER\s+|HEREBY\s+)*ORDERED,?\s+(?:AND\s+ADJUDGED\s+)?(?:that\s+)?|that\s+(?!(?:motion|request|petition|application|objection|stipulation)s?\b))/i, "")
    .replace(/^\s{0,3}(?:in\s+part\s+and\s+den\w+\s+in\s+part|in\s+part|as\s+moot|without\s+prejudice|with(?:out)?\s+leave\s+to\s+amend|as\s+overbroad)\s+/i, "")
    .replace(/^(?:and|or|but|also)\s+/i, "");
  // the lead-in and a clause before the last comma, when what follows it names the request
  const lead = LEAD_IN.exec(s);
  if (lead && REQUEST_NOUN.test(s.slice(lead[0].length))) s = s.slice(lead[0].length);
  const comma = s.lastIndexOf(", ");
  if (comma > 0) {
    const before = s.slice(0, comma);
    const after = s.slice(comma + 2);
    const noun = REQUEST_NOUN.exec(after);
    if (noun && noun.index < 40 && !REQUEST_NOUN.test(before) && !/^(?:and|or|&)\b/i.test(after) && /\b(?:is|are|was|were|has|have|had|does|do|did|not|cannot|can|fails?|failed|establish\w{0,4}|demonstrat\w{0,4}|shown?)\b/i.test(before)) s = after;
  }
  return s
    .replace(/\s{0,2}[,.;:]?\s{0,2}$/, "")
    .replace(/[,;]?\s{1,2}(?:except|but|and|or|however|then|so)$/i, "")
    .replace(TRAILING_NOTE, "")
    .replace(/\s{0,2}[,.;:]?\s{0,2}$/, "")
    .trim();
}

function insideAny(spans: readonly Span[], at: number): boolean {
  return spans.some((s) => at >= s.start && at < s.end);
}

/**
 * Spans of quoted text (“…” or "…") within one paragraph, bounded in length.
 *
 * @example quotations('He said “the Court DENIES it.”') // → [{ start: 8, end: 30 }]
 */
export function quotations(text: string): Span[] {
  const out: Span[] = [];
  // a straight quote opens before a word and closes after one: a stray mark of OCR debris ("• \" I ·") opens nothing
  const re = /“[^”\n]{0,1500}”|"(?=[^\s"])[^"\n]{0,1500}(?<=\S)"/g;
  for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** What `findRulings` needs besides the sentences. */
export interface RulingContext {
  text: string;
  citations: readonly Citation[];
  footnotes: readonly Footnote[];
  /** The docket entries the caption says the document answers. */
  docketRefs: readonly string[];
  /** The document's title, which names the motion a bare "the Motion" refers to. */
  title?: string | null;
  /** Whether the document is a magistrate judge's report and recommendation; read from the title and head when not given. */
  recommendation?: boolean;
  /** The stamp's attachment number ("8" of "Document 197-8"): a proposed order filed as an attachment is lodged, not entered. */
  attachment?: string | null;
}

/**
 * Whether a document's own words can decide anything: a party's filing cannot, nor a
 * proposed order lodged as an attachment to a party's motion.
 *
 * @example decides("…CASE MANAGEMENT STATEMENT…Attorneys for Plaintiff…", null) // → false
 */
export function decides(text: string, title: string | null | undefined, attachment?: string | null): boolean {
  const voice = documentVoice(text, title);
  return voice === "court" || (voice === "proposed" && !attachment);
}

// a request named only generically: "the Motion", "Defendants' motion", "the instant application"
const GENERIC_REQUEST = /^(?:(?:the|this|that|said|its|his|her|their)\s{1,2}|[\w.]{1,30}(?:['’]s?|s['’])\s{1,2})?(?:(?:instant|present|pending|above|same)\s{1,2})?(?:motions?|applications?|petitions?|requests?)$/i;

// a court's act told as a hypothesis, never a ruling: "if the Court grants its motion", "to the extent the Court denies", "once the Court approves"
const HYPOTHESIS = /\b(?:if|If|IF|unless|Unless|should|Should|once|Once|when|When|whenever|until|before|after|whether|assuming|Assuming|provided|event|extent|in\s{1,2}case)\s{1,2}(?:that\s{1,2})?$/;

// a qualifier said between the verb and its object: "DENIES as moot", "GRANTS in part", "DISMISSES without prejudice"
const QUALIFIER_FIRST = /^\s{0,3}(?:as\s{1,2}(?:moot|overbroad)|in\s{1,2}part|with(?:out)?\s{1,2}prejudice)\b/i;

function activeMatches(s: string): Found[] {
  const out: Found[] = [];
  const all = [...s.matchAll(ACTIVE)];
  const cutFrom = objectCuts(s);
  all.forEach((m, i) => {
    const before = s.slice(Math.max(0, m.index - 40), m.index);
    // "County Defendants argue the Court must dismiss …" is a party's wish
    if (HYPOTHESIS.test(before) || /\b(?:then|THEN),?\s{1,2}$/.test(before) || /\b(?:contends?|argues?|asserts?|maintains?|insists?|urges?|asks?|requests?|submits?|believes?|suggests?|proposes?)\s{1,2}(?:that\s{1,2})?$/i.test(before)) return;
    const first = { verb: m.groups!.verb, at: m.index, objectStart: m.index + m[0].length, objectEnd: s.length, passive: false };
    // "DENIES as moot Flores's motion": the qualifier before the object does not end it
    const qualifier = QUALIFIER_FIRST.exec(s.slice(first.objectStart))?.[0].length ?? 0;
    const cutAt = cutFrom(first.objectStart + qualifier);
    const cut = cutAt >= 0 ? { index: cutAt - first.objectStart } : null;
    // "DENIES the motion, except the Court GRANTS …": the next "the Court" starts a new ruling
    const next = i + 1 < all.length ? all[i + 1].index : s.length;
    const limit = Math.min(cut ? first.objectStart + cut.index : s.length, next);
    const chain: Found[] = [first];
    for (const n of s.slice(first.objectStart, limit).matchAll(MORE_ACTIVE)) {
      const at = first.objectStart + n.index;
      chain[chain.length - 1].objectEnd = at;
      chain.push({ verb: n.groups!.verb, at, objectStart: at + n[0].length, objectEnd: limit, passive: false });
    }
    chain[chain.length - 1].objectEnd = Math.min(chain[chain.length - 1].objectEnd, limit);
    // a list of acts after one subject: "HEREBY DENIES A; DENIES as moot B; GRANTS C; and GRANTS D"
    let end = limit;
    for (let more = LIST_ACT.exec(s.slice(end)); more && end < next; more = LIST_ACT.exec(s.slice(end))) {
      const at = end + more.index;
      const objectStart = at + more[0].length;
      const q = QUALIFIER_FIRST.exec(s.slice(objectStart))?.[0].length ?? 0;
      const c = CUT_OBJECT.exec(s.slice(objectStart + q));
      end = Math.min(c ? objectStart + q + c.index : s.length, next);
      chain.push({ verb: more.groups!.verb, at, objectStart, objectEnd: end, passive: false });
    }
    out.push(...chain);
  });
  return out;
}

// the next act of a list, right after a semicolon: "; DENIES as moot", "; and GRANTS"
const LIST_ACT = new RegExp(`^;\\s{1,3}(?:and\\s{1,2}|AND\\s{1,2})?(?:(?:also|further|ALSO|FURTHER)\\s{1,2})?(?<verb>${VERB_ACTIVE})\\b`);

// "the court finds this case to be MOOT and DISMISSES IT": a finding, then the act it leads to
const FINDS_AND =
  /\b(?:the|this|The|This|THE)\s{1,2}(?:Court|court|COURT)\s{1,2}(?:finds|concludes|holds|determines|FINDS|CONCLUDES|HOLDS)\b(?<finding>[^.;]{1,200}?)\s(?:and|AND)\s{1,2}(?:(?:hereby|therefore|accordingly|HEREBY|THEREFORE)\s{1,2})?(?<verb>GRANTS|DENIES|DISMISSES|VACATES|REMANDS|grants|denies|dismisses|remands)\b/g;

/**
 * "the court finds this case to be MOOT and DISMISSES IT WITHOUT PREJUDICE": the act after a
 * finding of the court. A verb in lower case counts only when the finding is no "that" clause
 * ("the Court finds that the agency routinely denies … and dismisses …" tells facts).
 */
function findsAndMatches(s: string): Found[] {
  const out: Found[] = [];
  const cutFrom = objectCuts(s);
  for (const m of s.matchAll(FINDS_AND)) {
    const verb = m.groups!.verb;
    if (verb === verb.toLowerCase() && /\bthat\b/i.test(m.groups!.finding)) continue;
    if (HYPOTHESIS.test(s.slice(Math.max(0, m.index - 40), m.index))) continue;
    const at = m.index + m[0].length - verb.length;
    const objectStart = m.index + m[0].length;
    const q = QUALIFIER_FIRST.exec(s.slice(objectStart))?.[0].length ?? 0;
    const cut = cutFrom(objectStart + q);
    out.push({ verb, at, objectStart, objectEnd: cut >= 0 ? cut : s.length, passive: false });
  }
  return out;
}

function gerundMatches(s: string): Found[] {
  const out: Found[] = [];
  const cutFrom = objectCuts(s);
  for (const m of s.matchAll(GERUND)) {
    const objectStart = m.index + m[0].length;
    const cut = cutFrom(objectStart);
    let objectEnd = cut >= 0 ? cut : s.length;
    let verb = m.groups!.verb;
    // "IT IS FURTHER ORDERED finding Defendants' Motion … moot"
    if (/^finding$/i.test(verb)) {
      const moot = /\s(?:as\s)?moot\.?\s{0,2}$/i.exec(s.slice(objectStart, objectEnd));
      if (!moot) continue;
      objectEnd = objectStart + moot.index;
      verb = "moot";
    }
    out.push({ verb, at: m.index, objectStart, objectEnd, passive: false });
  }
  return out;
}

function standaloneMatches(s: string): Found[] {
  const mandate = MANDATE.exec(s);
  if (mandate) {
    const at = s.indexOf(mandate.groups!.verb);
    return [{ verb: mandate.groups!.verb, at, objectStart: at, objectEnd: at, passive: true }];
  }
  const m = SHORT_ORDER.exec(s);
  if (!m) return [];
  const subject = m.groups!.subject;
  // the subject is a request by name, not a clause ("The Court recommends that the motion be")
  if (!REQUEST_NOUN.test(subject) || /\b(?:be|is|are|was|were|that|should|would|recommends?|Court|Circuit)\b/.test(subject)) return [];
  const start = m.index + m[0].indexOf(subject);
  const at = start + subject.length + 1;
  return [{ verb: m.groups!.verb, at, objectStart: start, objectEnd: start + subject.length, passive: true }];
}

/** Where a decretal or recommending clause starts: "IT IS ORDERED", "the undersigned RECOMMENDS". */
interface Lead {
  kind: "order" | "recommend";
  at: number;
  end: number;
}

// what makes a following "be GRANTED" decretal: "IT IS ORDERED that … be GRANTED"
const ORDER_LEAD = /\b(?:ORDERED|ADJUDGED|DECREED|[Oo]rdered)\b/g;

/** The recommending clauses of one sentence, in order. A "Magistrate Judge" recommends only in the report itself. */
function recommendLeads(s: string, rr: boolean): Lead[] {
  const out: Lead[] = [];
  for (const m of s.matchAll(RECOMMEND_LEAD)) {
    if (!rr && /^(?:the|this)\s{1,2}magistrate/i.test(m[0])) continue;
    out.push({ kind: "recommend", at: m.index, end: m.index + m[0].length });
  }
  return out;
}

function leadsOf(s: string, rr: boolean): Lead[] {
  const orders: Lead[] = [...s.matchAll(ORDER_LEAD)].map((m) => ({ kind: "order", at: m.index, end: m.index + m[0].length }));
  return [...orders, ...recommendLeads(s, rr)].sort((a, b) => a.at - b.at);
}

/**
 * Acts a recommendation asks of the district judge: "RECOMMENDS that the Court GRANT the
 * motion and DISMISS the action", "recommends dismissal of", and, in a report, "the Court
 * should DENY the motion".
 */
function recommendActs(s: string, rr: boolean): Found[] {
  const heads: Found[] = [];
  for (const lead of recommendLeads(s, rr)) {
    const act = RECOMMEND_ACT.exec(s.slice(lead.end));
    if (!act) continue;
    const verb = act.groups!.base ?? act.groups!.entered ?? act.groups!.gerund ?? act.groups!.noun;
    heads.push({ verb, at: lead.at, objectStart: lead.end + act[0].length, objectEnd: s.length, passive: false, recommended: true });
  }
  if (rr) {
    for (const m of s.matchAll(SHOULD_ACT)) {
      // "Plaintiff argues the Court should grant …" is the party's wish
      if (REPORTING_VERB.test(s.slice(Math.max(0, m.index - 300), m.index)) || conditionalBefore(s, m.index, true)) continue;
      heads.push({ verb: m.groups!.verb, at: m.index, objectStart: m.index + m[0].length, objectEnd: s.length, passive: false, recommended: true });
    }
  }
  heads.sort((a, b) => a.at - b.at);
  const out: Found[] = [];
  const cutFrom = objectCuts(s);
  heads.forEach((head, i) => {
    const cut = cutFrom(head.objectStart);
    const limit = Math.min(cut >= 0 ? cut : s.length, i + 1 < heads.length ? heads[i + 1].at : s.length);
    // "the Court should grant leave to amend unless amendment would be futile" states the law
    if (SHOULD_GENERAL.test(s.slice(head.objectStart, Math.min(limit, head.objectStart + 200)))) return;
    const chain: Found[] = [head];
    for (const n of s.slice(head.objectStart, limit).matchAll(MORE_BASE)) {
      const at = head.objectStart + n.index;
      chain[chain.length - 1].objectEnd = at;
      chain.push({ verb: n.groups!.verb, at, objectStart: at + n[0].length, objectEnd: limit, passive: false, recommended: true });
    }
    chain[chain.length - 1].objectEnd = Math.min(chain[chain.length - 1].objectEnd, limit);
    out.push(...chain);
  });
  return out;
}

// what a court of review does to a judgment: "affirmed", "REVERSED", "vacated"
const APPELLATE_VERB = /^(?:affirmed|reversed|vacated|remanded)$/i;

// a verb of review said of a report or of objections in lower case: "the Report is adopted", "the objections are overruled"
const REVIEW_LOWER = /^(?:adopted|accepted|rejected|modified|overruled|sustained)$/i;

// what may stand between "IT IS ORDERED" and the request it decides: "that", a colon, an item's number ("that: (1)")
const AFTER_ORDER_LEAD = /^\s{0,3}(?:that|as\s{1,2}follows)?\s{0,3}[:,]?\s{0,3}(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s{0,3})?$/i;

function passiveMatches(s: string, rr = false, listOpen = false, decreeOpen = false): Found[] {
  const out: Found[] = [];
  const leads = leadsOf(s, rr);
  let li = -1;
  for (const m of s.matchAll(PASSIVE)) {
    const verb = m.groups!.verb;
    const aux = m.groups!.aux.toLowerCase();
    const end = m.index + m[0].length;
    if (GENERAL_AFTER.test(s.slice(end))) continue;
    while (li + 1 < leads.length && leads[li + 1].end <= m.index) li++;
    const lead = li >= 0 ? leads[li] : null;
    // under "IT IS RECOMMENDED that:" (or a list it opened) what "be GRANTED" is recommended
    let recommended = lead ? lead.kind === "recommend" : listOpen;
    // a modal before the auxiliary makes it a statement of law: "should not be granted";
    // in a report, "the motion should be DENIED" is its recommendation
    const modal = /\b(?<modal>should|may|might|could|would|can|cannot|not|never)\s{1,2}$/i.exec(s.slice(Math.max(0, m.index - 20), m.index))?.groups!.modal.toLowerCase();
    let reportVoice = false;
    if (modal) {
      if (modal !== "should" || !/^be\b/.test(aux) || !(rr || recommended)) continue;
      if (!recommended && REPORTING_VERB.test(s.slice(Math.max(0, m.index - 300), m.index))) continue;
      reportVoice = !recommended;
      recommended = true;
    } else if (/^be\b/.test(aux) && !lead && !listOpen) continue;
    // the subject sits in the 400 characters before the verb
    const from = Math.max(0, m.index - 400);
    let subjectStart = from;
    for (const st of s.slice(from, m.index).matchAll(SUBJECT_START)) subjectStart = from + st.index + st[0].length;
    // "the Court recommends Plaintiffs' Motion (Dkt. 78) be denied": the subject starts after the lead
    if (lead?.kind === "recommend" && lead.end > subjectStart) subjectStart = lead.end + (/^\s{0,3}(?:that\b)?\s{0,3}[:,]?\s{0,3}/.exec(s.slice(lead.end))?.[0].length ?? 0);
    let subject = s.slice(subjectStart, m.index);
    if (!REQUEST_NOUN.test(subject) || subject.length > 400) continue;
    // a party's position told without "that": "The City Defendants contend Plaintiffs’ claim must be dismissed"
    if (/(?<!\b(?:to|and|or)\s{1,2})\b(?:contends?|argues?|asserts?|maintains?|insists?|urges?|believes?|alleges?|suggests?|submits?|proposes?)\b/.test(subject)) continue;
    // another ruling's verb inside the subject: the subject was not found
    if (/\b(?:GRANTED|DENIED|DISMISSED|granted|denied|dismissed)\b/.test(subject)) continue;
    // the subject is what the report itself recommends: "the undersigned recommends that the motion"
    const afterLead = (lead?.kind === "recommend" && subjectStart >= lead.end && /^\s{0,3}(?:that)?\s{0,3}[:,]?\s{0,3}$/.test(s.slice(lead.end, subjectStart))) || (!lead && listOpen);
    // what "IT IS ORDERED that:" (or an item of the list it opened) names is decreed, however bare: "(1) Class certification is denied."
    const decreed = (lead?.kind === "order" && subjectStart >= lead.end && AFTER_ORDER_LEAD.test(s.slice(lead.end, subjectStart))) || (!lead && decreeOpen && subjectStart <= 8 && LIST_ITEM.test(s));
    // "Defendants contend that the claim must be dismissed", "after the Agreement is approved"
    if (!afterLead && REPORTED.test(s.slice(Math.max(0, subjectStart - 40), subjectStart))) continue;
    // "For the reasons stated, Plaintiff's motion is GRANTED": the subject follows the introductory phrase
    const lastComma = subject.lastIndexOf(", ");
    // ("Because class certification is proper, Plaintiffs' Motion … is GRANTED": a reason names a request too)
    if (lastComma > 0 && (!REQUEST_NOUN.test(subject.slice(0, lastComma)) || /^\s{0,3}(?:Because|Since|As|Given|Having|In\s{1,2}light\s{1,2}of)\b/.test(subject)) && DETERMINED.test(subject.slice(lastComma + 2)) && REQUEST_NOUN.test(subject.slice(lastComma + 2))) {
      subjectStart += lastComma + 2;
      subject = subject.slice(lastComma + 2);
    }
    if (SUBORDINATE.test(subject)) continue;
    // ("Upon consideration of the motion, it is ORDERED that: … is granted": the condition is read after the decree's lead)
    if (conditionalBefore(s, m.index, lead?.kind === "order", lead?.kind === "order" ? lead.end : 0)) continue;
    const lowercase = verb === verb.toLowerCase() || /^[A-Z][a-z]/.test(verb);
    if (lowercase && !afterLead && !decreed && !DETERMINED.test(subject.trim())) {
      // "For the reasons stated above, the second cause of action is dismissed": the subject follows the last comma
      const comma = subject.lastIndexOf(", ");
      const rest = comma >= 0 ? subject.slice(comma + 2) : "";
      if (!rest || !DETERMINED.test(rest) || !REQUEST_NOUN.test(rest)) continue;
      subjectStart += comma + 2;
      subject = rest;
    }
    // "it is ORDERED that if Plaintiff fails to amend, the action is dismissed": a condition just before the subject
    if (decreed && conditionalBefore(s, subjectStart, true, lead?.kind === "order" ? lead.end : 0)) continue;
    const reviewed = REVIEW_LOWER.test(verb) && (REPORT_OBJECT.test(subject) || /\bobjections?\b/i.test(subject));
    if (lowercase && !afterLead && !reviewed && !/^(?:granted|denied|dismissed|moot|approved|allowed)$/i.test(verb) && !DECISION_SUBJECT.test(subject.trim())) continue;
    // what the report says in its own voice names this case's request: "Plaintiff's motion should be denied"
    if (reportVoice && !DETERMINED.test(subject.trim())) continue;
    // someone else's ruling told in the present: "the Ninth Circuit's order is affirmed"; but what a
    // court of review does to the judgment below is its own: "the judgment of the district court is vacated"
    const ofCourt = /\b(?:Circuit|Supreme\s+Court|court\s+of\s+appeals|district\s+court|state\s+court|the\s+court\s+below|trial\s+court)/i.exec(subject);
    if (ofCourt && !/^[A-Z]+$/.test(verb.replace(/\s/g, "")) && !(APPELLATE_VERB.test(verb) && !/^(?:Circuit|Supreme|court\s+of\s+appeals)/i.test(ofCourt[0]))) continue;
    // the subject ends before "should be"
    const subjectEnd = modal ? m.index - (/\s{0,2}should\s{1,2}$/i.exec(s.slice(Math.max(0, m.index - 20), m.index))?.[0].length ?? 0) : m.index;
    out.push({ verb, at: m.index, objectStart: subjectStart, objectEnd: Math.max(subjectStart, subjectEnd), passive: true, ...(recommended ? { recommended } : {}) });
  }
  return out;
}

/**
 * Every ruling in the given sentences, with its docket numbers.
 *
 * @example findRulings(sentences(text), { text, citations: [], footnotes: [], docketRefs: ["49"] })
 */
export function findRulings(given: readonly Sentence[], ctx: RulingContext): Ruling[] {
  const { text } = ctx;
  const sents = joinBroken(given, text);
  if (!decides(text, ctx.title, ctx.attachment)) return [];
  const quotes = quotations(text);
  const out: Ruling[] = [];
  const earlier: { type: string; docket: string[] }[] = [];
  // the docket numbers of the motions decided so far, by kind of request
  const decidedDockets = new Map<string, string[]>();
  const rr = ctx.recommendation ?? isRecommendation(text, ctx.title);
  // "IT IS RECOMMENDED that:" opens a list whose items ("1. The motion be GRANTED; 2.") recommend
  let listOpen = false;
  // "IT IS ORDERED that:" opens a list whose items ("(1) Class certification is denied.") are decreed
  let decreeOpen = false;
  let itemParagraph = -1;
  let previous = "";
  // a reprint's synopsis and headnotes are the publisher's, never the court's decision
  const publisher = publisherMatter(text);
  sents.forEach((sent, index) => {
    if (publisher && sent.start >= publisher.start && sent.start < publisher.end) return;
    const said = text.slice(sent.start, sent.end);
    const s = maskStarPages(said);
    listOpen = listOpen && (LIST_ITEM.test(s) || LIST_GOES_ON.test(previous));
    // (an item may run on in more sentences of its paragraph: "(1) … is denied. Claims … are dismissed.")
    decreeOpen = decreeOpen && (LIST_ITEM.test(s) || LIST_GOES_ON.test(previous) || sent.paragraph.start === itemParagraph);
    if (decreeOpen && LIST_ITEM.test(s)) itemParagraph = sent.paragraph.start;
    previous = s;
    const span: Span = { start: sent.start, end: sent.cite ? sent.cite.end : sent.end };
    let sentenceDockets = uniqueDocuments(docketsIn(text, span, ctx.citations));
    // "… DENIES the motion to stay. See Motion, ECF 7.": a short citing sentence right after
    const next = sents[index + 1];
    if (!sentenceDockets.length && next && next.paragraph.start === sent.paragraph.start && next.end - next.start < 160 && /^\(?\s?(?:See|see|Cf\.|\[|Doc|Dkt|ECF)/.test(text.slice(next.start, next.end))) {
      sentenceDockets = uniqueDocuments(docketsIn(text, next, ctx.citations));
    }
    const passives = passiveMatches(s, rr, listOpen, decreeOpen);
    const recommends = [...recommendActs(s, rr), ...passives.filter((f) => f.recommended)];
    // a decretal verb inside a recommendation ("recommends that the Court GRANTS") is the recommendation's
    const inRecommendation = (f: Found) => recommends.some((g) => f.at >= Math.min(g.at, g.objectStart) && f.at < Math.max(g.at, g.objectEnd) + 1);
    const decided = [...activeMatches(s), ...passives.filter((f) => !f.recommended), ...gerundMatches(s), ...findsAndMatches(s), ...(weDecide.extract(s) ?? [])].filter((f) => !inRecommendation(f));
    let found = [...recommends, ...decided].sort((a, b) => a.at - b.at);
    if (!found.length) found = standaloneMatches(s);
    const leads = recommendLeads(s, rr);
    if (leads.length && OPENS_LIST.test(s.slice(leads[leads.length - 1].end))) listOpen = true;
    const orderLead = [...s.matchAll(ORDER_LEAD)].pop();
    if (orderLead && OPENS_LIST.test(s.slice(orderLead.index + orderLead[0].length))) decreeOpen = true;
    // how a verb is qualified ("without prejudice", "as moot", "in part") may follow its object
    // The next active verb after each, read once: a look through `found` per verb was quadratic.
    const firstActive: (Found | undefined)[] = [];
    for (let k = found.length - 1; k >= 0; k--) firstActive[k] = found[k].passive ? firstActive[k + 1] : found[k];
    const nextActive = new Map<Found, Found | undefined>();
    const sorted = found.every((g, k) => k === 0 || found[k - 1].at <= g.at);
    for (let k = 0, j = 0; sorted && k < found.length; k++) {
      while (j < found.length && found[j].at <= found[k].at) j++;
      nextActive.set(found[k], firstActive[j]);
    }
    const windowOf = (f: Found) => {
      const next = sorted ? nextActive.get(f) : found.find((g) => g.at > f.at && !g.passive);
      return s.slice(f.objectStart, next && !f.passive ? next.at : s.length);
    };
    const made: Ruling[] = [];
    const anchors: number[] = [];
    for (const [k, f] of found.entries()) {
      if (insideAny(quotes, sent.start + f.at)) continue;
      if (conditionalBefore(s, f.at, true) && !/\b(?:ORDERED|ADJUDGED)\b/.test(s.slice(0, f.at))) continue;
      const objectRaw = s.slice(f.objectStart, f.objectEnd);
      const after = f.passive ? s.slice(f.objectEnd) : windowOf(f);
      // a passive verb's qualifiers end where the next ruling of the sentence starts: "A is DENIED, and B is DENIED as moot"
      const then = found[k + 1];
      const thenAt = !then ? s.length : then.passive && then.objectStart > f.at ? Math.min(then.at, then.objectStart) : then.at > f.at ? then.at : s.length;
      const verbTail = f.passive ? s.slice(f.at, thenAt).replace(/^[^]*?\b(?:GRANTED|DENIED|DISMISSED|granted|denied|dismissed)\b/, "") : objectRaw;
      // a report recommending its own adoption recommends nothing of its own
      if (f.recommended && /^(?:adopt|accept)/i.test(f.verb)) continue;
      // "ADOPTED in part", "OVERRULED": a passive verb's qualifier follows it directly
      const review = reviewDisposition(f.verb, f.passive ? s.slice(s.indexOf(f.verb, f.at) + f.verb.length).replace(/^\s{0,3},?\s{0,3}(?=in\s)/i, "").slice(0, 12) : after, objectRaw, s);
      if (review === null) continue;
      let disp = review ?? disposition(f.verb, f.passive ? verbTail : after, f.passive);
      if (f.passive && disp === "other" && /moot/i.test(f.verb)) disp = "moot";
      // "GRANTS in part and DENIES in part" is one ruling
      if (disp === "denied" && out.length && out[out.length - 1].disposition === "granted-in-part" && out[out.length - 1].start === sent.start) continue;
      let request = cleanRequest(objectRaw.replace(/^(?:\s{0,2}(?:AS\s+MOOT|IN\s+PART(?:\s+AND\s+DEN\w+\s+IN\s+PART)?|WITHOUT\s+PREJUDICE))+/i, ""));
      // a mandate without a subject decides the appeal
      if (!request && /^(?:AFFIRMED|REVERSED|VACATED|REMANDED|DISMISSED)$/.test(f.verb)) request = "the appeal";
      // "We affirm.", "We dismiss for lack of jurisdiction": the appeal
      if (f.appellate && (!request || /^(?:[^A-Za-z]|(?:for|because|on|in|as|to|with|without|and|but|so|since)\b)/i.test(request))) request = "the appeal";
      if (!request && !f.passive) continue;
      // "the court must approve any settlement of a certified class" states the law
      if (!f.passive && /^(?:any|every|such)\b/i.test(request) && /\bmust\b/.test(s.slice(f.at, f.objectStart))) continue;
      let requestType = requestTypeOf(request || s);
      // "the Motion is GRANTED": the title says which motion ("ORDER RE … MOTION FOR SUMMARY JUDGMENT")
      if (requestType === "other" && ctx.title && GENERIC_REQUEST.test(request.trim())) requestType = requestTypeOf(ctx.title);
      const own = uniqueDocuments(docketsIn(text, { start: sent.start + f.objectStart, end: sent.start + f.objectEnd }, ctx.citations));
      let docket = own.length ? own : sentenceDockets;
      if (!docket.length && ctx.docketRefs.length) docket = [...ctx.docketRefs];
      // a motion this document already decided by number is the one a later sentence names: "The Motion to Dismiss is DENIED in all other respects"
      if (!docket.length && requestType !== "other") docket = decidedDockets.get(requestType) ?? [];
      if (!docket.length) docket = earlier.find((e) => e.type === requestType && requestType !== "other")?.docket ?? [];
      if (docket.length && requestType !== "other") decidedDockets.set(requestType, docket);
      anchors.push(f.passive ? Math.min(f.at, f.objectStart) : f.objectStart);
      made.push({
        disposition: disp,
        request,
        requestType,
        motion: { docket },
        text: said,
        start: sent.start,
        end: sent.end,
        inFootnote: ctx.footnotes.some((fn) => sent.start >= fn.start && sent.start < fn.end),
        ...(f.recommended ? { recommended: true as const } : {}),
        ...(remandNoted(f.verb, f.passive ? s.slice(f.at) : after) && (disp === "reversed" || disp === "vacated" || disp === "affirmed-in-part") ? { remand: true as const } : {}),
      });
    }
    out.push(...partly(foldAppeal(made.length > 1 ? clauses(made, said, anchors) : made)));
    if (!found.length && sentenceDockets.length) {
      const type = requestTypeOf(s);
      if (type !== "other" && /\bmo(?:tion|ves?|ved)|\brequest|\bpetition|\bapplication/i.test(s)) earlier.push({ type, docket: sentenceDockets });
    }
  });
  return mergeDuplicates(foldParts(dropConsequences(foldMandate(out))));
}

/**
 * A sentence a page break cut in two ("… and for" | "restitution of fees [ECF No. 682] is GRANTED;")
 * is read whole: a sentence that ends on a lower-case word with no stop, and the next that
 * starts in lower case, are one.
 */
function joinBroken(sents: readonly Sentence[], text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sents) {
    const last = out[out.length - 1];
    if (last && !last.cite && /[a-z]$/.test(text.slice(Math.max(last.start, last.end - 1), last.end)) && /^[a-z]/.test(text.slice(s.start, s.start + 1)) && s.start - last.end < 12) {
      out[out.length - 1] = { ...last, end: s.end, cite: s.cite };
      continue;
    }
    out.push(s);
  }
  return out;
}

/**
 * Each ruling of a list in one sentence ("A is GRANTED; B is DENIED; and C is DENIED as moot")
 * is said by its own clause: the ruling's text is cut to the semicolons around where it starts.
 */
function clauses(made: Ruling[], sentence: string, anchors: readonly number[]): Ruling[] {
  if (!sentence.includes(";")) {
    // "A is GRANTED, B is DENIED, and C is DENIED as moot": each passive ruling is said from its subject to the next one's
    const rising = anchors.every((a, i) => i === 0 || a > anchors[i - 1]);
    if (made.length < 2 || !rising || !made.every((r) => /\b(?:is|are|be)\b/.test(sentence.slice(anchors[made.indexOf(r)])))) return made;
    return made.map((r, i) => {
      const from = i === 0 ? 0 : anchors[i];
      const to = i + 1 < made.length ? anchors[i + 1] : sentence.length;
      return { ...r, text: sentence.slice(from, to).replace(/[\s,]+(?:and\s{1,2})?$/, ""), start: r.start + from, end: r.start + to };
    });
  }
  return made.map((r, i) => {
    const from = sentence.lastIndexOf(";", anchors[i]) + 1;
    const stop = sentence.indexOf(";", anchors[i]);
    const to = stop < 0 ? sentence.length : stop + 1;
    const lead = from > 0 ? from + (/^\s*/.exec(sentence.slice(from))?.[0].length ?? 0) : 0;
    return { ...r, text: sentence.slice(lead, to), start: r.start + lead, end: r.start + to };
  });
}

/** One motion both granted and denied in one sentence ("DENIES the motion, except GRANTS it as to …") is granted in part. */
function partly(made: Ruling[]): Ruling[] {
  const out: Ruling[] = [];
  // The rulings still waiting for a twin, by what a twin must share and by disposition, oldest
  // first: each ruling's key is read once and a twin is found without looking at every earlier
  // ruling, so a sentence of a thousand "DENIES … and" stays linear.
  const waiting = new Map<string, { granted: Ruling[]; denied: Ruling[]; g: number; d: number }>();
  for (const r of made) {
    if (r.requestType === "other" || (r.disposition !== "granted" && r.disposition !== "denied")) {
      out.push(r);
      continue;
    }
    const key = `${!!r.recommended}\u0000${r.requestType}\u0000${words(r.request).split(" ").slice(0, 4).join(" ")}\u0000${r.motion.docket.join()}`;
    let w = waiting.get(key);
    if (!w) waiting.set(key, (w = { granted: [], denied: [], g: 0, d: 0 }));
    const twin = r.disposition === "granted" ? w.denied[w.d] : w.granted[w.g];
    if (twin) {
      twin.disposition = "granted-in-part";
      if (r.disposition === "granted") w.d++;
      else w.g++;
    } else {
      out.push(r);
      (r.disposition === "granted" ? w.granted : w.denied).push(r);
    }
  }
  return out;
}

const words = (s: string) => s.toLowerCase().replace(/[^a-z0-9 ]/g, " ").replace(/\s+/g, " ").trim();

/** A request without whose it is: "Plaintiffs’ request for a stay" and "their request for a stay" are one. */
const unowned = (s: string) => words(s.replace(/^\s{0,3}(?:the|their|his|her|its|[A-Z][\w.&-]{0,30}(?:['’]s?|s['’]))\s{1,2}/, ""));

// the rule a motion is brought under, named in it: "Rule 12(b)(1)", "Fed. R. Civ. P. 56", "12(b)(6)"
const RULE_NAMED = /\b(?:(?:Fed(?:eral)?\.?\s{0,2}R(?:ules?)?\.?\s{0,2}(?:of\s{1,2})?Civ(?:il)?\.?\s{0,2}P(?:roc(?:edure)?)?\.?\s{0,2})|Rule\s{1,2})?\d{1,2}(?:\([a-z0-9]{1,2}\)){1,3}|\bRule\s{1,2}\d{1,2}\b/gi;

/**
 * One request named once with the rule it is brought under and once without: "Defendants’ Rule 12(b)(1) Motion
 * to Dismiss" and "Defendants’ Motion to Dismiss" (two motions under two different rules stay two).
 */
function sameButForRule(a: string, b: string): boolean {
  // exactly one of the two names a rule
  if ((a.search(RULE_NAMED) >= 0) === (b.search(RULE_NAMED) >= 0)) return false;
  const bare = (x: string) => words(x.replace(RULE_NAMED, " "));
  return bare(a).length > 12 && bare(a) === bare(b);
}

/** A request named only generically once its docket cite is set aside: "Plaintiffs' Motion (Dkt. 78)". */
function isGeneric(r: Ruling): boolean {
  return GENERIC_REQUEST.test(r.request.replace(/\s{0,2}[([][^)\]]{0,40}[)\]]\s{0,2}$/, "").trim());
}

/**
 * The same ruling stated twice (introduction and conclusion) is kept once, with the fuller
 * request; "the Motion (Dkt. 78)" and the motion named in full with the same docket number are one.
 */
function mergeDuplicates(rulings: Ruling[]): Ruling[] {
  const out: Ruling[] = [];
  for (const r of rulings) {
    const twin = out.find(
      (o) =>
        o.disposition === r.disposition &&
        // the same motion named with its number once and without it once ("… is DENIED" in the introduction, "… [Doc. No. 60] is DENIED" at the end)
        (o.motion.docket.join() === r.motion.docket.join() || !o.motion.docket.length || !r.motion.docket.length || o.motion.docket.some((d) => r.motion.docket.includes(d))) &&
        !!o.inFootnote === !!r.inFootnote &&
        !!o.recommended === !!r.recommended &&
        (words(r.request).startsWith(words(o.request)) || words(o.request).startsWith(words(r.request)) || sameButForRule(r.request, o.request) || (unowned(r.request).length > 12 && unowned(r.request) === unowned(o.request)) || (r.motion.docket.length > 0 && (isGeneric(o) || isGeneric(r)))),
    );
    if (!twin) out.push(r);
    // the fuller name wins; between names alike, the one that gives the motion's number (the decretal paragraph, not the introduction)
    else if (isGeneric(twin) ? !isGeneric(r) : !isGeneric(r) && (r.request.length > twin.request.length || (r.motion.docket.length > 0 && !twin.motion.docket.length && r.request.length >= twin.request.length - 12))) Object.assign(twin, r);
  }
  return out.sort((a, b) => a.start - b.start);
}

// "PURSUANT TO STIPULATION, IT IS SO ORDERED", "STIPULATION AND [PROPOSED] ORDER", "STIPULATED ORDER", "CONSENT DECREE"
const STIPULATED = /\bPURSUANT\s{1,2}TO\s{1,2}(?:THE\s{1,2})?STIPULATION,?\s{1,2}IT\s{1,2}IS\s{1,2}SO\s{1,2}ORDERED|\bSTIPULAT(?:ION|ED)\b[^\n]{0,80}?\bORDER\b|\bORDER\b[^\n]{0,40}?\bSTIPULAT|\b(?:CONSENT|AGREED)\s{1,2}(?:ORDER|DECREE|JUDGMENT)\b/;

// "CONSENT DECREE", "INTERIM CONSENT DECREE", "CONSENT JUDGMENT": the decree itself
const DECREE_ONLY = /^(?:CONSENT|AGREED)\s{1,2}(?:DECREE|JUDGMENT)$/;
// "IT IS THEREFORE ORDERED that …", "IT IS, ORDERED, ADJUDGED AND DECREED that:" up to its sentence's end
const DECRETAL = /\b(?:IT|It|it)\s{1,2}(?:IS|is),?\s{1,2}(?:(?:HEREBY|THEREFORE|FURTHER|Hereby|Therefore|hereby|therefore|further),?\s{1,2}){0,2}(?:ORDERED|Ordered)\b(?!\s{0,2}[.:]?\s{0,2}$)[^]{0,400}?(?:[.:](?=\s)|$)/;

// "[PROPOSED] ORDER OF DISMISSAL AND RETAINING JURISDICTION": the capitalized heading of an order a party drafted
const PROPOSED_ORDER = /\[\s{0,2}PROPOSED\s{0,2}\]\s{0,3}(?:[A-Z][A-Z’'&,-]{0,20}\s{1,3}){0,3}ORDER\b(?:\s{1,3}[A-Z][A-Z’'&,-]{0,20}(?![A-Za-z])){0,12}/;

/**
 * A stipulated order the judge signed grants the stipulation, though no sentence says
 * "GRANTED": the one ruling such an order makes when none other is written out. So does a
 * proposed order the court entered ("[PROPOSED] ORDER OF DISMISSAL"), unless lodged as an attachment.
 *
 * @example stipulationRuling("…PURSUANT TO STIPULATION, IT IS SO ORDERED.", null, [])?.disposition // → "granted"
 */
export function stipulationRuling(text: string, title: string | null, docketRefs: readonly string[], attachment?: string | null): Ruling | null {
  if (!decides(text, title, attachment)) return null;
  const inTitle = title ? STIPULATED.exec(title) : null;
  // the stipulation is named where the order closes ("PURSUANT TO STIPULATION, IT IS SO ORDERED") or in its heading ("AGREED ORDER")
  const tailMatch = STIPULATED.exec(text.slice(Math.max(0, text.length - 3000)));
  const headMatch = tailMatch ? null : /^[ \t]{0,40}(?:[A-Z]{2,}[ \t]{1,3}){0,3}(?:AGREED|STIPULATED|CONSENT)[ \t]{1,3}ORDER\b[^\n]{0,80}$/m.exec(text.slice(0, 3000));
  const m = tailMatch ?? headMatch;
  // a proposed order the court entered grants what the party proposed, unless its title says otherwise
  const proposed = inTitle || m ? null : PROPOSED_ORDER.exec(text.slice(0, 5000));
  if (!inTitle && !m && (!proposed || TITLE_DISPOSITION.test(title ?? "") || TITLE_DISPOSITION.test(proposed[0]))) return null;
  // a consent decree is the instrument itself, entered on consent: it decides no request of a party's
  if (DECREE_ONLY.test((inTitle ?? m ?? proposed)![0])) return null;
  let at = tailMatch ? Math.max(0, text.length - 3000) + tailMatch.index : headMatch ? headMatch.index : proposed ? proposed.index : text.indexOf(title!);
  let said = m ? m[0] : proposed ? proposed[0] : title!;
  // what the order decrees says it best: "IT IS THEREFORE ORDERED that … this case is DISMISSED WITH PREJUDICE"
  const decree = DECRETAL.exec(text);
  if (decree) {
    at = decree.index;
    said = decree[0];
  }
  return {
    disposition: "granted",
    request: title ?? (proposed ? proposed[0].replace(/\s+/g, " ").trim() : "stipulation"),
    requestType: "other",
    motion: { docket: [...docketRefs] },
    text: said,
    start: Math.max(0, at),
    end: Math.max(0, at) + said.length,
    inFootnote: false,
  };
}

// "ORDER GRANTING IN PART AND DENYING IN PART DEFENDANTS' MOTION TO DISMISS", "ORDER DENYING PETITIONER'S EX PARTE APPLICATION"
const TITLE_DISPOSITION =
  /\bORDER\s{1,3}(?:\(\d\)\s{1,3})?(?<verb>GRANTING\s{1,3}IN\s{1,3}PART\s{1,3}AND\s{1,3}DENYING\s{1,3}IN\s{1,3}PART|DENYING\s{1,3}AS\s{1,3}MOOT|DENYING\s{1,3}WITHOUT\s{1,3}PREJUDICE|GRANTING|DENYING|DISMISSING)\s{1,3}(?<request>[^\n]{1,200})/i;

const TITLE_VERBS: [RegExp, Disposition][] = [
  [/^GRANTING\s+IN\s+PART/i, "granted-in-part"],
  [/^DENYING\s+AS\s+MOOT/i, "denied-as-moot"],
  [/^DENYING\s+WITHOUT/i, "denied-without-prejudice"],
  [/^GRANTING/i, "granted"],
  [/^DENYING/i, "denied"],
  [/^DISMISSING/i, "dismissed"],
];

/**
 * When no sentence of the body decides anything legible (a garbled text layer, a form
 * order), the title still says what the order does: "ORDER DENYING … APPLICATION",
 * "ORDER ADOPTING REPORT AND RECOMMENDATION", or what a report recommends:
 * "FINDINGS AND RECOMMENDATIONS TO DISMISS ACTION" (marked `recommended`).
 *
 * @example titleRuling("text", "ORDER DENYING PLAINTIFF'S MOTION TO STAY", ["12"])?.disposition // "denied"
 */
export function titleRuling(text: string, title: string | null, docketRefs: readonly string[], attachment?: string | null): Ruling | null {
  if (!title || !decides(text, title, attachment)) return null;
  const m = TITLE_DISPOSITION.exec(title) ?? TITLE_AFTER_ADOPTING.exec(title);
  const adopting = m ? null : TITLE_ADOPTING.exec(title);
  const found: { disposition: Disposition; request: string; recommended?: true } | null = m?.groups
    ? { disposition: TITLE_VERBS.find(([re]) => re.test(m.groups!.verb))?.[1] ?? "other", request: m.groups.request }
    : adopting?.groups
      ? { disposition: "adopted", request: adopting.groups.request }
      : recommendedInTitle(title);
  if (!found) return null;
  const request = found.request.replace(/\s+/g, " ").replace(/[\s;,.-]+$/, "").trim();
  const at = text.indexOf(title.slice(0, 40));
  return {
    disposition: found.disposition,
    request,
    requestType: requestTypeOf(request),
    motion: { docket: [...docketRefs] },
    text: title,
    start: Math.max(0, at),
    end: Math.max(0, at) + (at >= 0 ? Math.min(title.length, text.length - at) : 0),
    inFootnote: false,
    ...(found.recommended ? { recommended: true as const } : {}),
  };
}

// "ORDER ADOPTING FINDINGS AND RECOMMENDATIONS AND GRANTING DEFENDANTS' MOTION TO DISMISS": what the adopted report decides
const TITLE_AFTER_ADOPTING =
  /\bORDER\s{1,3}(?:\(\d\)\s{1,3})?(?:ADOPTING|ACCEPTING)\b[^\n]{1,160}?(?:\bAND|[;,])\s{1,3}(?:\(\d\)\s{1,3})?(?<verb>GRANTING\s{1,3}IN\s{1,3}PART\s{1,3}AND\s{1,3}DENYING\s{1,3}IN\s{1,3}PART|DENYING\s{1,3}AS\s{1,3}MOOT|DENYING\s{1,3}WITHOUT\s{1,3}PREJUDICE|GRANTING|DENYING|DISMISSING)\s{1,3}(?<request>[^\n]{1,200})/i;
// "ORDER ADOPTING REPORT AND RECOMMENDATION", "ORDER ACCEPTING FINDINGS AND RECOMMENDATIONS OF UNITED STATES MAGISTRATE JUDGE"
const TITLE_ADOPTING = /\bORDER\s{1,3}(?:\(\d\)\s{1,3})?(?:ADOPTING|ACCEPTING)\s{1,3}(?:IN\s{1,3}(?:FULL|PART)\s{1,3})?(?<request>[^\n]{0,80}?\b(?:REPORT|RECOMMENDATIONS?|FINDINGS)\b[^\n]{0,120})/i;
// "FINDINGS AND RECOMMENDATIONS TO DISMISS ACTION", "… RECOMMENDING DENIAL OF PETITION", "… RECOMMENDING THAT DEFENDANTS' MOTION BE GRANTED"
const TITLE_RECOMMENDS = /\b(?:RECOMMENDATIONS?|RECOMMENDED\s{1,3}DISPOSITION)\s{1,3}(?:TO|RECOMMENDING|THAT)\s{1,3}(?:THAT\s{1,3})?(?<rest>[^\n]{3,200})/i;

/** What a report's title says it recommends, when no sentence of the body says it legibly. */
function recommendedInTitle(title: string): { disposition: Disposition; request: string; recommended: true } | null {
  if (!isRecommendation("", title)) return null;
  const rest = TITLE_RECOMMENDS.exec(title)?.groups?.rest;
  if (!rest) return null;
  // "GRANT DEFENDANT'S MOTION", "DENYING PETITION", "DISMISSAL OF ACTION", "DEFENDANTS' MOTION … BE GRANTED IN PART"
  const act = /^(?<verb>(?:DENIAL|DISMISSAL|GRANT)\s{1,3}OF|GRANT(?:ING)?|DENY(?:ING)?|DISMISS(?:ING)?)\s{1,3}(?<request>[^]{1,200})$/i.exec(rest);
  const passive = act ? null : /^(?<request>[^]{1,200}?)\s{1,3}BE\s{1,3}(?<verb>GRANTED|DENIED|DISMISSED)\b(?<tail>[^]{0,60})$/i.exec(rest);
  const g = act?.groups ?? passive?.groups;
  if (!g) return null;
  return { disposition: disposition(g.verb, g.tail ?? g.request), request: g.request, recommended: true };
}
