/**
 * Parties of a caption: the names before each role word ("JAMES LINLOR, Plaintiff,"),
 * split into one party each, with pro se status and Doe defendants.
 */
import type { Party } from "../model/types.js";
import { properCase } from "./names.js";

const ROLE_WORD =
  "(?:Third[- ]Party\\s{1,2}|Counter[- ]?|Cross[- ]?)?(?:Plaintiffs?|Defendants?|Petitioners?|Respondents?|Appellants?|Appellees?|Debtors?(?:[- ]in[- ]Possession)?|Intervenors?|Movants?|Claimants?|Complainants?|Relators?|Garnishees?)";
// "Plaintiff,", "Defendants.", "Plaintiff-Appellant,", "Plaintiff, pro se", "Petitioner and Counter-Respondent,"
const ROLE = new RegExp(
  `(?<![A-Za-z'’-])(?<role>${ROLE_WORD}(?:\\s{0,2}(?:-|/|and|,)\\s{0,2}${ROLE_WORD}){0,3})(?<prose>\\s{0,2},?\\s{0,2}(?:pro\\s{1,2}se|in\\s{1,2}pro(?:\\.|\\s{1,2})per\\.?|in\\s{1,2}propria\\s{1,2}persona))?\\s{0,2}(?:[,.;:]|(?=\\s{1,3}(?:v\\.?|vs\\.?|versus|against|and)\\s)|$|(?<line>(?=[ \\t]{0,3}\\n)))`,
  "gi",
);
// " v. ", " vs. ", "-against-", "versus" — between the two sides
const VERSUS = /(?:^|\s)(?:v\.?|vs\.?|versus|-?against-?)(?=\s|$)/gi;
// pieces that qualify a name instead of naming a party: ", individually", ", a minor"
const QUALIFIER = /^(?:etc\.?$|deceased$|jointly\s+and\s+severally|in\s+(?:his|her|their|its)\s+(?:official|individual)|individually|in\s+(?:his|her|their|its)\s|a\s+minor|minors?\b|by\s+and\s+through|through\s+(?:his|her|their)|on\s+behalf|as\s+(?:next|guardian|parent|personal|administrat|executor|trustee|successor|the\s)|an?\s+(?:individual|[A-Za-z]+\s+(?:corporation|limited|municipal|public|non-?profit|political|government))|and\s+all\s+others|all\s+others|others\s+similarly|similarly\s+situated|et\s+al|respectively|inclusive|a\s+[a-z]+\s+(?:corporation|entity|company))/i;
// Company suffixes that follow a comma but belong to the name before it: "FUTERO, INC."
const SUFFIX = /^(?:Inc|Incorporated|Co|Company|Corp|Corporation|Ltd|Limited|LLC|L\.L\.C|LLP|L\.L\.P|L\.P|LP|N\.A|P\.C|P\.A|PLLC|Jr|Sr|II|III|IV|M\.D|Ph\.\s?D|Esq)\.?(?=$|[\s,;])/i;
// "DOES 1-9", "Does 1 through 10", "John Does 1-5", "DOE 1"
const DOE = /^(?:John\s+|Jane\s+)?Does\b|^(?:John\s+|Jane\s+)?Doe\s+(?:\d|[IVX]{1,4}\b)|^(?:John|Jane)\s+Doe$|\bDoes\s+\d/i;
// "In Pro Per", "pro se", "in propria persona" written beside a name
const PRO_SE_NOTE = /,?\s{0,2}\b(?:in\s{1,2}pro\.?\s{1,2}per\.?|pro\s{1,2}se|in\s{1,2}propria\s{1,2}persona)(?=[\s,.;]|$)/gi;
// ", et al.," after a name
const ET_AL = /,?\s*\bet\.?\s{0,2}al\.?,?/gi;

function canonicalRole(raw: string): string {
  // on appeal the appellate role is the one that matters: "Plaintiff-Appellant" → appellant
  const appellate = /appell(?:ant|ee)/i.exec(raw);
  if (appellate) return appellate[0].toLowerCase();
  const m = /plaintiff|defendant|petitioner|respondent|debtor|intervenor|movant|claimant|complainant|relator|garnishee/i.exec(raw);
  return m ? m[0].toLowerCase() : raw.toLowerCase();
}

// a piece of caption text that is not a party's name: court furniture, dates, page marks
const NOT_A_NAME = /\b(?:briefed|argued|Court|District\s+of|Judge|Honorable|Hon\.|Case\s+No|Civil\s+Action|Docket|Dkt|Re:|Magistrate|Clerk|Division|Circuit|Argued|Decided|Submitted|Filed|Page|Courtroom|Motion|Attorneys?\s+for|Counsel|Esq\b|Suite|Telephone|Fax|Injunction|Judgment|Present|Calendar|Conference|Reporter|Deputy|Proceedings)\b|\d{3,}|^\W|[^\x20-\x7E\u00C0-\u024F\u2018\u2019\u02BB]/i;

function plausibleName(n: string): boolean {
  if (n.length > 120 || n.length < 2) return false;
  if (DOE.test(n)) return true;
  // digits belong to Doe ranges and numbered entities only
  if (/\d/.test(n) && !/\bNo\.\s?\d|\b\d{1,2}(?:st|nd|rd|th)\b/.test(n)) return false;
  // a name does not open on a preposition: "TO EXPEDITE DISCOVERY …", "AS MOOT" are a title's words
  return !NOT_A_NAME.test(n) && !/^[a-z]/.test(n) && !/^(?:to|as|for|of|and|or|in|on|with|by|from)\s/i.test(n);
}

// words that tie a name to what follows instead of naming a party: "X on behalf of themselves …",
// "X, individually and as next friend of …", "X as Next Friend for P.B."
const TAIL_QUALIFIER = /\s(?:on\s+(?:behalf|their\s+own\s+behalf)|individually\b|for\s+themselves\b|as\s+(?:next\s+friend|guardian|parent|personal\s+representative|administrat|executor|trustee)|by\s+and\s+through\b|in\s+(?:his|her|their|its)\s+(?:official|individual)\s+capacit)/i;
// words of an organisation's name: an " and " between them joins one name ("Department of Housing and Urban Development")
const ORG_WORD = /\b(?:of|the|for|Department|Dept|Association|Authority|Company|Co|Commission|Services?|Housing|Development|Board|Council|Committee|Bank|Trust|Center|Centre|Inc|LLC|Corp|Corporation|Ltd|University|College|School|Hospital|Society|Church|Foundation|Fund|Institute|Agency|Bureau|Office|League|Union|Group|Partners|Associates|Sons|Brothers|Bros|County|City|State|Town|Village|District|Human|Health|Safety|Justice|Rights|Law|Legal)\b/i;
// a person's name: two to four capitalised words or initials ("JONATHAN GOODWIN", "Cathy R. Kelly")
const PERSON = /^(?:[A-Z][A-Za-z'’-]{0,20}\.?\s){1,3}[A-Z][A-Za-z'’-]{1,20}$/;

// words of a motion or order's title that a column layout runs into the party lines
// ("CLARIFYING GRANTING CLASS CERTIFICATION BARBARA WAGNER"): a name can only follow the last of them
const TITLE_WORDS = /\b(?:Motions?|Allow|Filing|Granting|Denying|Dismiss|Dismissal|Injunction|Restraining\s+Order|Reconsideration|Certification|Stipulation|Protocol|Scheduling|Clarifying|Directions|Regarding|Approving|Remand|Compel|Sanctions|Recusal|Reassignment|Discovery\s+Matter|Claims\s+for\s+Relief|in\s+Part|Summary\s+Judgment|Re:)(?=[\s,.;:’']|$)/gi;

/** What is left of a name piece after the title words run into it: "Clarifying Granting … Barbara Wagner" → "Barbara Wagner". */
function afterTitleWords(n: string): string {
  let last = -1;
  for (const m of n.matchAll(TITLE_WORDS)) last = m.index + m[0].length;
  if (last < 0) return n;
  const rest = n.slice(last).replace(/^[’']?s?[\s,.;:]+/, "");
  return /^[A-Z]/.test(rest) && /\s/.test(rest.trim()) ? rest : "";
}

/** "ALEX ROSAS and JONATHAN GOODWIN" names two people; "Housing and Urban Development" one. */
function splitPeople(name: string): string[] {
  const parts = name.split(/\s(?:and|&)\s/);
  if (parts.length < 2 || parts.length > 4) return [name];
  return parts.every((x) => PERSON.test(x.trim()) && !ORG_WORD.test(x)) ? parts.map((x) => x.trim()) : [name];
}

/** Splits one side's names into one piece a party. */
function splitNames(segment: string): string[] {
  // a name wrapped onto the next line ("COMMISSIONER OF SOCIAL\nSECURITY") is still one name
  const rough = segment.replace(/\s+/g, " ").split(";");
  const names: string[] = [];
  for (const part of rough) {
    const pieces = part.split(",");
    let current = "";
    for (const piece of pieces) {
      const p = piece.trim();
      // a guardian or next friend named after "by and through" is not a party
      if (/^(?:by\s+and\s+through|through|on\s+behalf\s+of)\b/i.test(p)) break;
      if (current && SUFFIX.test(p)) current += `, ${p}`;
      else {
        if (current) names.push(current);
        current = p;
      }
    }
    if (current) names.push(current);
  }
  return names
    .map((n) => {
      const q = TAIL_QUALIFIER.exec(n);
      return afterTitleWords(q && q.index > 0 ? n.slice(0, q.index) : n);
    })
    // a reporter's citation or page mark before the first name: "822 F.2d 1223 (1987) Harold WILLIAMS"
    .map((n) => (DOE.test(n) ? n : n.replace(/^(?:[^\s\d()]{0,30}[\d()]\S{0,30}\s{1,3}){1,8}(?=[A-Z][A-Za-z'’.-]{0,30}\s[A-Z])/, "")))
    .flatMap(splitPeople)
    .map((n) => n.replace(/^(?:and|&)\s+/i, "").replace(/\s+(?:and|&|a|an|the)$/i, "").replace(/[\s,.;:]+$/, (t) => (/\.$/.test(t) && /(?:\b[A-Z]|Inc|Co|Corp|Ltd|Jr|Sr|al)$/i.test(n.replace(/[\s,.;:]+$/, "")) ? "." : "")))
    .map((n) => n.trim())
    .filter((n) => n.length > 1 && !QUALIFIER.test(n) && /[A-Za-z]/.test(n) && plausibleName(n));
}

function party(name: string, role: string, proSe: boolean): Party {
  let n = properCase(name.replace(/\s+/g, " ").trim());
  const p: Party = { name: n, role };
  if (DOE.test(n)) {
    n = n.replace(/\bthrough\b/i, "through");
    p.name = n;
    p.doe = true;
  }
  if (proSe) p.proSe = true;
  return p;
}

// "Attorneys for Plaintiff", "Boston, Mass., for appellant", "on behalf of Defendants", "(briefed) for the Appellees"
const COUNSEL_FOR = /\b(?:for|on\s+behalf\s+of|representing)\s{1,3}(?:the\s{1,3})?(?:(?:individual|named|state|federal|county|city|intervening|amicus)\s{1,3})?$/i;
// "Hon. John A. Nordberg", "Honorable Dean D. Pregerson" (a judge's name set beside the parties)
// … unless the party column's role word follows: a judge sued ("HON. JACK ROE § Defendant.") is a party
const HONORABLE = /\b(?:Hon\.|Honorable|HONORABLE|HON\.)\s{1,3}[A-Z][A-Za-z'’-]{1,20}\s{1,3}(?:[A-Z]\.\s{1,3})?[A-Z][A-Za-z'’-]{1,20}\b(?![\s,]{0,12}(?:Plaintiffs?|Defendants?|Respondents?|Petitioners?|Appellants?|Appellees?|PLAINTIFFS?|DEFENDANTS?|RESPONDENTS?|PETITIONERS?)\b)/g;

/**
 * Where each role word of a caption ends ("Plaintiffs," "Defendants."), in order.
 *
 * @example roleMarkerEnds("JAMES LINLOR, Plaintiff, v. FUTERO, INC., Defendant.") // → [24, 52]
 */
export function roleMarkerEnds(text: string): number[] {
  return [...text.matchAll(ROLE)].map((m) => m.index + m[0].length);
}

/**
 * The parties named in a caption's party block (court heading, case number and title
 * already removed or not yet reached).
 *
 * @example parseParties("JAMES LINLOR, Plaintiff, v. FUTERO, INC.; and DOES 1-9, Defendants.")
 * // → [{ name: "James Linlor", role: "plaintiff" }, { name: "Futero, Inc.", role: "defendant" }, { name: "Does 1-9", role: "defendant", doe: true }]
 */
export function parseParties(block: string): Party[] {
  const text = block
    .replace(/[)§|]/g, " ")
    // a presiding judge's line beside the party column: "Hon. John A. Smith"
    .replace(HONORABLE, " ")
    // signature rules and text-layer debris are no part of a name ("____ GEORGE SAIEG", "ϰͬϭϵ")
    .replace(/_{2,}\/?|[^\s\x20-\x7E\u00A0-\u024F\u2018-\u201D\u2116]\S{0,40}/g, " ")
    .replace(/[ \t]+/g, " ");
  const boundaries: number[] = [0];
  for (const m of text.matchAll(VERSUS)) boundaries.push(m.index + m[0].length);
  const out: Party[] = [];
  let from = 0;
  for (const m of text.matchAll(ROLE)) {
    // a role word ending a line stands for one only on a line of its own ("Appellee/Cross-Appellant")
    if (m.groups!.line !== undefined && !/(?:^|\n)[ \t]{0,3}$/.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    // "Butzel Long, Detroit, MI, for Appellee" lists counsel: what comes before is no party's name
    if (COUNSEL_FOR.test(text.slice(Math.max(0, m.index - 40), m.index))) {
      from = m.index + m[0].length;
      continue;
    }
    // the names run from the last boundary (start, "v.", previous role) to the role word
    const start = Math.max(from, ...boundaries.filter((b) => b <= m.index));
    const segment = text
      .slice(start, m.index)
      .replace(ET_AL, "")
            // a multidistrict heading names the litigation, not a party: "IN RE: ACME … LITIGATION JOHN SMITH, Plaintiff"
      .replace(/^[^]{0,300}?\bIn\s+re:?\s[^]{0,200}?\bLITIGATION\b/i, "")
      .replace(/^\s*(?:In\s+re:?|Matter\s+of:?)\s*/i, "");
    const role = canonicalRole(m.groups!.role);
    const noted = segment.search(PRO_SE_NOTE) >= 0;
    for (const name of splitNames(segment.replace(PRO_SE_NOTE, ""))) out.push(party(name, role, noted || !!m.groups!.prose));
    from = m.index + m[0].length;
  }
  // a reported opinion repeats the caption for each consolidated appeal: one party each
  const seen = new Set<string>();
  return out.filter((p) => !seen.has(p.name.toLowerCase()) && !!seen.add(p.name.toLowerCase()));
}

// "pro se Plaintiff", "pro se plaintiffs", "pro se litigant"
const PRO_SE_BEFORE = /\bpro\s{1,2}se\s{1,2}(?<role>plaintiff|defendant|petitioner|appellant|respondent|debtor|movant|litigant|party|prisoner|inmate)s?\b/gi;
// "Plaintiff, proceeding pro se", "Plaintiff, who is appearing in pro per"
const PRO_SE_AFTER = /\b(?<role>plaintiff|defendant|petitioner|appellant|respondent|debtor|movant)s?\b[^.;]{0,80}?\b(?:proceeding|appearing|acting|is|who\s{1,2}is)\s{1,2}(?:pro\s{1,2}se|in\s{1,2}pro(?:\.|\s{1,2})per|in\s{1,2}propria\s{1,2}persona)\b/gi;

// "Plaintiff, a state prisoner, filed the instant pro se civil rights action"
const PRO_SE_ACTION = /\b(?<role>plaintiff|petitioner)s?\b[^.;]{0,80}?\bfiled\s{1,2}(?:this|the\s{1,2}instant|the\s{1,2}present|a|an|his|her)\s{1,2}pro\s{1,2}se\b/gi;

/**
 * Marks parties pro se where the text says so ("pro se Plaintiff", "Plaintiff, proceeding pro se").
 *
 * @example markProSe(parties, "Presently before the Court is pro se Plaintiff James Linlor's motion")
 */
export function markProSe(parties: Party[], text: string): void {
  const roles = new Set<string>();
  for (const m of text.matchAll(PRO_SE_BEFORE)) roles.add(m.groups!.role.toLowerCase());
  for (const m of text.matchAll(PRO_SE_AFTER)) roles.add(m.groups!.role.toLowerCase());
  for (const m of text.matchAll(PRO_SE_ACTION)) roles.add(m.groups!.role.toLowerCase());
  // "pro se litigant" / "prisoner" says who in the sentence's name, not the role
  const generic = ["litigant", "party", "prisoner", "inmate"].some((r) => roles.has(r));
  for (const p of parties) {
    if (roles.has(p.role)) p.proSe = true;
  }
  if (generic && parties.filter((p) => p.role === "plaintiff" || p.role === "petitioner").length === 1) {
    const only = parties.find((p) => (p.role === "plaintiff" || p.role === "petitioner") && !p.doe);
    if (only && !parties.some((p) => p.proSe)) only.proSe = true;
  }
}
