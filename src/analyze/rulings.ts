/**
 * Rulings: what this document decides, read from its decretal language ("the Court
 * DENIES Plaintiff's request …", "IT IS ORDERED that the Motion … is GRANTED"), never
 * from accounts of earlier orders or of other courts' decisions.
 */
import type { Citation, Disposition, Footnote, Ruling, Span } from "../model/types.js";
import { docketsIn, uniqueDocuments } from "./dockets.js";
import { requestTypeOf } from "./requestTypes.js";
import type { Sentence } from "./sentences.js";

// what a court does in the present tense: "GRANTS", "denies", "takes under submission"
const VERB_ACTIVE =
  "GRANTS|DENIES|APPROVES|approves|DISMISSES|VACATES|REMANDS|AFFIRMS|REVERSES|ADOPTS|SUSTAINS|OVERRULES|STRIKES|STAYS|TAKES|HOLDS|grants|denies|dismisses|vacates|remands|affirms|reverses|adopts|sustains|overrules|strikes|stays|takes\\s{1,2}under\\s{1,2}submission|Grants|Denies|Dismisses";
// after "will" / "shall" / "I": "will grant", "I DENY"
const VERB_BASE = "grant|deny|dismiss|vacate|remand|approve|GRANT|DENY|DISMISS|APPROVE";
// what a request is: "GRANTED", "denied", "HELD IN ABEYANCE"
const PARTICIPLE =
  "GRANTED|DENIED|APPROVED|approved|DISMISSED|MOOT|VACATED|REMANDED|AFFIRMED|REVERSED|ADOPTED|SUSTAINED|OVERRULED|STRICKEN|STAYED|TERMINATED|TAKEN\\s{1,2}UNDER\\s{1,2}SUBMISSION|HELD\\s{1,2}IN\\s{1,2}ABEYANCE|granted|denied|dismissed|moot|vacated|remanded|affirmed|reversed|sustained|overruled|stricken|Granted|Denied|Dismissed|Moot";

// "the Court DENIES", "the Court hereby GRANTS", "the Court also DENIES AS MOOT", "the Court will grant"
const ACTIVE = new RegExp(
  `(?:\\b(?:the|this|The|This)\\s{1,2}(?:Court|court)|(?<![A-Za-z.])I(?=\\s{1,2}(?:hereby\\s{1,2}|therefore\\s{1,2}|will\\s{1,2}|must\\s{1,2})?(?:GRANT|DENY|DISMISS|grant|deny|dismiss)\\b))(?:,?\\s{1,2}(?:hereby|also|therefore|thus|accordingly|further|now|herein|respectfully|consequently|(?:will|shall|must)(?:\\s{1,2}(?:therefore|also|thus|accordingly))?),?){0,3}\\s{1,2}(?<verb>(?:${VERB_ACTIVE})|(?<=(?:will|shall|must|I|hereby|therefore)\\s{1,2})(?:${VERB_BASE}))\\b`,
  "g",
);
// a further verb in the same sentence: "… and DENIES Plaintiff's motion to amend"
const MORE_ACTIVE = new RegExp(`(?:,|;|\\band\\b|\\balso\\b)\\s{1,3}(?:also\\s{1,2})?(?<verb>${VERB_ACTIVE})\\b`, "g");
// "is GRANTED", "are hereby DENIED", "shall be DISMISSED", "is due to be denied", "be, and hereby is, GRANTED"
const PASSIVE = new RegExp(
  `\\b(?<aux>is|are|be|must\\s{1,2}be|shall\\s{1,2}be|will\\s{1,2}be|(?:is|are)\\s{1,2}due\\s{1,2}to\\s{1,2}be|be,?\\s{1,2}and\\s{1,2}(?:hereby|the\\s{1,2}same)\\s{1,2}(?:is|are),?|stands?)(?:,?\\s{1,2}(?:hereby|therefore|accordingly|thus|also|now|in\\s{1,2}all\\s{1,2}respects),?){0,2}\\s{1,2}(?<verb>${PARTICIPLE})\\b`,
  "g",
);
// general statements of law, not rulings: "is granted only when", "is denied if"
const GENERAL_AFTER = /^\s{0,2},?\s{0,2}(?:only|when|if|unless|where|freely|sparingly|rarely|liberally|routinely|as\s+a\s+matter|in\s+(?:such|those|these)\s+|absent|upon\s+a\s+showing)/i;
// where a passive subject starts: after "that", "ORDERED:", an enumeration "1.", or a colon
const SUBJECT_START = /(?:\bthat\b|\bORDERED\b[:,]?|\bADJUDGED\b[:,]?|:|;|\b(?:GRANTED|DENIED|DISMISSED|granted|denied|dismissed)\b,?\s{1,2}(?:and|but|while|whereas)\b|(?<=^|\s)(?:\d{1,2}|[a-z])\.(?=\s)|(?<=^|\s)\([a-z0-9]{1,3}\)(?=\s)|^)\s{0,3}/g;
// "IT IS ORDERED denying Plaintiffs' Motion …", "IT IS FURTHER ORDERED granting …"
const GERUND = /\b(?:ORDERED|[Oo]rdered)(?:\s{1,2}that)?\s{1,2}(?<verb>granting|denying|dismissing|GRANTING|DENYING|DISMISSING|finding|FINDING)\b/g;
// a request named in a passive subject
const REQUEST_NOUN = /\b(?:motions?|settlements?|agreements?|decrees?|requests?|petitions?|applications?|objections?|appeals?|complaints?|claims?|action|case|counts?|stipulations?|recommendations?|reports?|demurrers?|causes?\s+of\s+action|judgment|ex\s+parte|TRO|order\s+to\s+show\s+cause)\b/i;
// a passive subject that names a party's or this case's request ("Plaintiff's motion", "the Motion", "Defendants' motion to dismiss [12]")
const DETERMINED = /^(?:[A-Z][\w.&'’ -]{0,60}(?:'s?|’s?)\s|(?:the|The|THE|this|This|its|his|her|their|said|each|all|any|both|[Pp]laintiffs?|[Dd]efendants?|[Pp]etitioners?|[Rr]espondents?|[Mm]ovants?)\b)/;
// what a lower-case "affirmed" / "vacated" / "remanded" may be said of in a decision of this court
const DECISION_SUBJECT = /^(?:the|this|its|that)\s{1,2}(?:district\s{1,2}court['’]s\s{1,2})?(?:judgment|order|decision|ruling|conviction|sentence|case|matter|action|appeal|petition|award|decree)\b/i;
// someone's argument, not the court's ruling: "Defendants contend that …", "the argument that …"
const REPORTED = /\b(?:contends?|contending|argues?|arguing|asserts?|asserting|claims?|maintains?|insists?|suggests?|urges?|requests?|asks?|moves?|believes?|submits?|alleges?|says?|notes?|responds?|replies?|counters?|recommends?|proposes?|concedes?|agrees?|argument|contention|position|assertion|request|hope|concern|belief)\s{1,2}that\s{0,3}$/i;
// a clause that only sets a time or condition: "after the Agreement is approved"
const SUBORDINATE = /\b(?:after|before|until|when|whenever|once|unless|whether|because|since|while)\s/i;
// a warning of what will happen, not a ruling: "Should Plaintiff fail to amend, the action shall be DISMISSED"
const CONDITIONAL = /^(?:If|Should|Unless|In\s+the\s+event|Absent|Failure|Upon|Once|When|Where|Any|Otherwise)\b|(?:^|,\s{1,2})if\s{1,2}(?:[A-Z]|the|he|she|they|it)\b[^,]{0,120},\s{1,2}$/;
// a mandate standing alone: "AFFIRMED.", "REVERSED and REMANDED.", "AFFIRMED IN PART, VACATED IN PART"
const MANDATE = /^\s{0,3}(?<verb>AFFIRMED|REVERSED|VACATED|REMANDED|DISMISSED)(?:(?:\s{0,2},\s{0,2}|\s{1,2}(?:AND|and|&)\s{1,2}|\s{1,2}(?:IN|in)\s{1,2}(?:PART|part)\s{0,2},?\s{0,2}(?:AND\s{1,2}|and\s{1,2})?)(?:AFFIRMED|REVERSED|VACATED|REMANDED|DISMISSED)?){0,4}\s{0,2}[.!]?\s{0,2}$/;
// a docket-style order: "PETITION FOR REVIEW DENIED.", "Motion to stay (Dkt. 5) GRANTED."
const SHORT_ORDER = /^\s{0,3}(?<subject>[A-Z][A-Za-z'’ ()#.0-9-]{2,80}?)\s{1,2}(?<verb>GRANTED|DENIED|DISMISSED|AFFIRMED|REVERSED|VACATED)(?:\s{1,2}(?:IN\s{1,2}PART|AS\s{1,2}MOOT|WITHOUT\s{1,2}PREJUDICE))?\s{0,2}[.!]?\s{0,2}$/;
// where the object of a ruling ends: "; ", a sentence period (not "Doc."), "See", "for the reasons", "without prejudice"
const CUT_OBJECT = /[;]|(?<!\b(?:Doc|Docs|No|Nos|Dkt|ECF|v|vs|Inc|Co|Corp|Ltd|U\.S|Fed|R|Civ|Crim|App|P|Cal|Mot|Pl|Pls|Def|Defs|Ex|Dist|Ct|Mem|Opp|Br|Resp|Decl|[A-Z]))\.(?:\s|$)|\s(?:See|see|Cf\.)\s|\s(?:for\s+the\s+(?:reasons|foregoing)|because|as\s+(?:set\s+forth|discussed|explained|follows|moot)|on\s+the\s+grounds?|with(?:out)?\s+prejudice|in\s+its\s+entirety)\b/;
// footnote marks left in the text: "appeal.¹"
const SUPERSCRIPT = /[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g;

function disposition(verb: string, after: string): Disposition {
  const v = verb.toLowerCase().replace(/\s+/g, " ");
  const a = after.slice(0, 160).toLowerCase();
  const inPart = /^\s{0,2}(?:in\s+part|in\s+part\s+and\s+den\w+\s+in\s+part)\b/.test(a) || /^[^;]{0,140}\bin\s+part\b/.test(a);
  if (v.startsWith("approv")) return "granted";
  if (v.startsWith("grant")) return inPart ? "granted-in-part" : "granted";
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

function cleanRequest(s: string): string {
  return s
    .replace(SUPERSCRIPT, "")
    .replace(/^\s{0,3}(?:(?:IT\s+IS\s+)?(?:FURTHER\s+|HEREBY\s+)*ORDERED,?\s+(?:AND\s+ADJUDGED\s+)?(?:that\s+)?|that\s+)/i, "")
    .replace(/^\s{0,3}(?:in\s+part\s+and\s+den\w+\s+in\s+part|in\s+part|as\s+moot|without\s+prejudice)\s+/i, "")
    .replace(/\s{0,2}[,.;:]?\s{0,2}$/, "")
    .replace(/[,;]?\s{1,2}(?:except|but|and|or|however)$/i, "")
    .replace(/\s+/g, " ")
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
  const re = /“[^”\n]{0,1500}”|"[^"\n]{0,1500}"/g;
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
}

// a request named only generically: "the Motion", "Defendants' motion", "the instant application"
const GENERIC_REQUEST = /^(?:(?:the|this|that|said|its|his|her|their)\s{1,2}|[\w.]{1,30}(?:['’]s?|s['’])\s{1,2})?(?:(?:instant|present|pending|above|same)\s{1,2})?(?:motions?|applications?|petitions?|requests?)$/i;

interface Found {
  verb: string;
  at: number;
  objectStart: number;
  objectEnd: number;
  passive: boolean;
}

function activeMatches(s: string): Found[] {
  const out: Found[] = [];
  const all = [...s.matchAll(ACTIVE)];
  all.forEach((m, i) => {
    const first = { verb: m.groups!.verb, at: m.index, objectStart: m.index + m[0].length, objectEnd: s.length, passive: false };
    const cut = CUT_OBJECT.exec(s.slice(first.objectStart));
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
    out.push(...chain);
  });
  return out;
}

function gerundMatches(s: string): Found[] {
  const out: Found[] = [];
  for (const m of s.matchAll(GERUND)) {
    const objectStart = m.index + m[0].length;
    const cut = CUT_OBJECT.exec(s.slice(objectStart));
    let objectEnd = cut ? objectStart + cut.index : s.length;
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

function passiveMatches(s: string): Found[] {
  const out: Found[] = [];
  for (const m of s.matchAll(PASSIVE)) {
    const verb = m.groups!.verb;
    const aux = m.groups!.aux.toLowerCase();
    const end = m.index + m[0].length;
    if (GENERAL_AFTER.test(s.slice(end))) continue;
    // "be GRANTED" is decretal only in an order's "ORDERED that … be GRANTED"
    if (/^be\b/.test(aux) && !/\b(?:ORDERED|ADJUDGED|DECREED|[Oo]rdered)\b/.test(s.slice(0, m.index))) continue;
    // a modal before the auxiliary makes it a statement of law: "should not be granted"
    if (/\b(?:should|may|might|could|would|can|cannot|not|never)\s{1,2}$/i.test(s.slice(Math.max(0, m.index - 20), m.index))) continue;
    // the subject sits in the 400 characters before the verb
    const from = Math.max(0, m.index - 400);
    let subjectStart = from;
    for (const st of s.slice(from, m.index).matchAll(SUBJECT_START)) subjectStart = from + st.index + st[0].length;
    let subject = s.slice(subjectStart, m.index);
    if (!REQUEST_NOUN.test(subject) || subject.length > 400) continue;
    // another ruling's verb inside the subject: the subject was not found
    if (/\b(?:GRANTED|DENIED|DISMISSED|granted|denied|dismissed)\b/.test(subject)) continue;
    // "Defendants contend that the claim must be dismissed", "after the Agreement is approved"
    if (REPORTED.test(s.slice(Math.max(0, subjectStart - 40), subjectStart))) continue;
    // "For the reasons stated, Plaintiff's motion is GRANTED": the subject follows the introductory phrase
    const lastComma = subject.lastIndexOf(", ");
    if (lastComma > 0 && !REQUEST_NOUN.test(subject.slice(0, lastComma)) && DETERMINED.test(subject.slice(lastComma + 2)) && REQUEST_NOUN.test(subject.slice(lastComma + 2))) {
      subjectStart += lastComma + 2;
      subject = subject.slice(lastComma + 2);
    }
    if (SUBORDINATE.test(subject)) continue;
    if (CONDITIONAL.test(s.slice(0, m.index))) continue;
    const lowercase = verb === verb.toLowerCase() || /^[A-Z][a-z]/.test(verb);
    if (lowercase && !DETERMINED.test(subject.trim())) {
      // "For the reasons stated above, the second cause of action is dismissed": the subject follows the last comma
      const comma = subject.lastIndexOf(", ");
      const rest = comma >= 0 ? subject.slice(comma + 2) : "";
      if (!rest || !DETERMINED.test(rest) || !REQUEST_NOUN.test(rest)) continue;
      subjectStart += comma + 2;
      subject = rest;
    }
    if (lowercase && !/^(?:granted|denied|dismissed|moot|approved)$/i.test(verb) && !DECISION_SUBJECT.test(subject.trim())) continue;
    // someone else's ruling told in the present: "the Ninth Circuit's order is affirmed"
    if (/\b(?:Circuit|Supreme\s+Court|court\s+of\s+appeals|district\s+court|state\s+court|the\s+court\s+below|trial\s+court)/i.test(subject) && !/^[A-Z]+$/.test(verb.replace(/\s/g, ""))) continue;
    out.push({ verb, at: m.index, objectStart: subjectStart, objectEnd: m.index, passive: true });
  }
  return out;
}

/**
 * Every ruling in the given sentences, with its docket numbers.
 *
 * @example findRulings(sentences(text), { text, citations: [], footnotes: [], docketRefs: ["49"] })
 */
export function findRulings(sents: readonly Sentence[], ctx: RulingContext): Ruling[] {
  const { text } = ctx;
  const quotes = quotations(text);
  const out: Ruling[] = [];
  const earlier: { type: string; docket: string[] }[] = [];
  sents.forEach((sent, index) => {
    const s = text.slice(sent.start, sent.end);
    const span: Span = { start: sent.start, end: sent.cite ? sent.cite.end : sent.end };
    let sentenceDockets = uniqueDocuments(docketsIn(text, span, ctx.citations));
    // "… DENIES the motion to stay. See Motion, ECF 7.": a short citing sentence right after
    const next = sents[index + 1];
    if (!sentenceDockets.length && next && next.paragraph.start === sent.paragraph.start && next.end - next.start < 160 && /^\(?\s?(?:See|see|Cf\.|\[|Doc|Dkt|ECF)/.test(text.slice(next.start, next.end))) {
      sentenceDockets = uniqueDocuments(docketsIn(text, next, ctx.citations));
    }
    let found = [...activeMatches(s), ...passiveMatches(s), ...gerundMatches(s)].sort((a, b) => a.at - b.at);
    if (!found.length) found = standaloneMatches(s);
    // how a verb is qualified ("without prejudice", "as moot", "in part") may follow its object
    const windowOf = (f: Found) => {
      const next = found.find((g) => g.at > f.at && !g.passive);
      return s.slice(f.objectStart, next && !f.passive ? next.at : s.length);
    };
    const made: Ruling[] = [];
    for (const f of found) {
      if (insideAny(quotes, sent.start + f.at)) continue;
      if (CONDITIONAL.test(s.slice(0, f.at).trimStart()) && !/\b(?:ORDERED|ADJUDGED)\b/.test(s.slice(0, f.at))) continue;
      const objectRaw = s.slice(f.objectStart, f.objectEnd);
      const after = f.passive ? s.slice(f.objectEnd) : windowOf(f);
      const verbTail = f.passive ? s.slice(f.at).replace(/^[^]*?\b(?:GRANTED|DENIED|DISMISSED|granted|denied|dismissed)\b/, "") : objectRaw;
      let disp = disposition(f.verb, f.passive ? verbTail : after);
      if (f.passive && disp === "other" && /moot/i.test(f.verb)) disp = "moot";
      // "GRANTS in part and DENIES in part" is one ruling
      if (disp === "denied" && out.length && out[out.length - 1].disposition === "granted-in-part" && out[out.length - 1].start === sent.start) continue;
      let request = cleanRequest(objectRaw.replace(/^(?:\s{0,2}(?:AS\s+MOOT|IN\s+PART(?:\s+AND\s+DEN\w+\s+IN\s+PART)?|WITHOUT\s+PREJUDICE))+/i, ""));
      // a mandate without a subject decides the appeal
      if (!request && /^(?:AFFIRMED|REVERSED|VACATED|REMANDED|DISMISSED)$/.test(f.verb)) request = "the appeal";
      if (!request && !f.passive) continue;
      let requestType = requestTypeOf(request || s);
      // "the Motion is GRANTED": the title says which motion ("ORDER RE … MOTION FOR SUMMARY JUDGMENT")
      if (requestType === "other" && ctx.title && GENERIC_REQUEST.test(request.trim())) requestType = requestTypeOf(ctx.title);
      const own = uniqueDocuments(docketsIn(text, { start: sent.start + f.objectStart, end: sent.start + f.objectEnd }, ctx.citations));
      let docket = own.length ? own : sentenceDockets;
      if (!docket.length && ctx.docketRefs.length) docket = [...ctx.docketRefs];
      if (!docket.length) docket = earlier.find((e) => e.type === requestType && requestType !== "other")?.docket ?? [];
      made.push({
        disposition: disp,
        request,
        requestType,
        motion: { docket },
        text: s,
        start: sent.start,
        end: sent.end,
        inFootnote: ctx.footnotes.some((fn) => sent.start >= fn.start && sent.start < fn.end),
      });
    }
    out.push(...partly(made));
    if (!found.length && sentenceDockets.length) {
      const type = requestTypeOf(s);
      if (type !== "other" && /\bmo(?:tion|ves?|ved)|\brequest|\bpetition|\bapplication/i.test(s)) earlier.push({ type, docket: sentenceDockets });
    }
  });
  return mergeDuplicates(out);
}

/** One motion both granted and denied in one sentence ("DENIES the motion, except GRANTS it as to …") is granted in part. */
function partly(made: Ruling[]): Ruling[] {
  const out: Ruling[] = [];
  for (const r of made) {
    const head = (x: Ruling) => words(x.request).split(" ").slice(0, 4).join(" ");
    const twin = out.find((o) => o.requestType === r.requestType && o.requestType !== "other" && head(o) === head(r) && o.motion.docket.join() === r.motion.docket.join() && new Set([o.disposition, r.disposition]).size === 2 && [o.disposition, r.disposition].every((d) => d === "granted" || d === "denied"));
    if (twin) twin.disposition = "granted-in-part";
    else out.push(r);
  }
  return out;
}

const words = (s: string) => s.toLowerCase().replace(/[^a-z0-9 ]/g, " ").replace(/\s+/g, " ").trim();

/** The same ruling stated twice (introduction and conclusion) is kept once, with the fuller request. */
function mergeDuplicates(rulings: Ruling[]): Ruling[] {
  const out: Ruling[] = [];
  for (const r of rulings) {
    const twin = out.find(
      (o) =>
        o.disposition === r.disposition &&
        o.motion.docket.join() === r.motion.docket.join() &&
        !!o.inFootnote === !!r.inFootnote &&
        (words(r.request).startsWith(words(o.request)) || words(o.request).startsWith(words(r.request))),
    );
    if (!twin) out.push(r);
    else if (r.request.length > twin.request.length) Object.assign(twin, r);
  }
  return out.sort((a, b) => a.start - b.start);
}

// "PURSUANT TO STIPULATION, IT IS SO ORDERED", "STIPULATION AND [PROPOSED] ORDER", "STIPULATED ORDER", "CONSENT DECREE"
const STIPULATED = /\bPURSUANT\s{1,2}TO\s{1,2}(?:THE\s{1,2})?STIPULATION,?\s{1,2}IT\s{1,2}IS\s{1,2}SO\s{1,2}ORDERED|\bSTIPULAT(?:ION|ED)\b[^\n]{0,80}?\bORDER\b|\bORDER\b[^\n]{0,40}?\bSTIPULAT|\b(?:CONSENT|AGREED)\s{1,2}(?:ORDER|DECREE|JUDGMENT)\b/;

/**
 * A stipulated order the judge signed grants the stipulation, though no sentence says
 * "GRANTED": the one ruling such an order makes when none other is written out.
 *
 * @example stipulationRuling("…PURSUANT TO STIPULATION, IT IS SO ORDERED.", null, [])?.disposition // → "granted"
 */
export function stipulationRuling(text: string, title: string | null, docketRefs: readonly string[]): Ruling | null {
  const inTitle = title ? STIPULATED.exec(title) : null;
  const m = STIPULATED.exec(text.slice(Math.max(0, text.length - 3000)));
  if (!inTitle && !m) return null;
  const at = m ? Math.max(0, text.length - 3000) + m.index : text.indexOf(title!);
  const said = m ? m[0] : title!;
  return {
    disposition: "granted",
    request: title ?? "stipulation",
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
 * order), the title still says what the order does: "ORDER DENYING … APPLICATION".
 *
 * @example titleRuling("text", "ORDER DENYING PLAINTIFF'S MOTION TO STAY", ["12"])?.disposition // "denied"
 */
export function titleRuling(text: string, title: string | null, docketRefs: readonly string[]): Ruling | null {
  const m = title ? TITLE_DISPOSITION.exec(title) : null;
  if (!m || !m.groups) return null;
  const disposition = TITLE_VERBS.find(([re]) => re.test(m.groups!.verb))?.[1] ?? "other";
  const request = m.groups.request.replace(/\s+/g, " ").replace(/[\s;,.-]+$/, "").trim();
  const at = text.indexOf(title!.slice(0, 40));
  return {
    disposition,
    request,
    requestType: requestTypeOf(request),
    motion: { docket: [...docketRefs] },
    text: title!,
    start: Math.max(0, at),
    end: Math.max(0, at) + (at >= 0 ? Math.min(title!.length, text.length - at) : 0),
    inFootnote: false,
  };
}
