/**
 * Parties of a caption: the names before each role word ("JAMES LINLOR, Plaintiff,"),
 * split into one party each, with pro se status and Doe defendants.
 */
import type { Party, Span } from "../model/types.js";
import { properCase } from "./names.js";

/** A caption's role word, as a pattern source: "Plaintiffs", "Third-Party Defendant", "Counter-Respondent". */
export const ROLE_WORD =
  "(?:Third[- ]Party\\s{1,2}|Counter[-– ]?|Cross[-– ]?|Added[-–]|Intervening[-–\\s]{1,2})?(?:Plaintiffs?|Defendants?|Petitioners?|Respondents?|Appellants?|Appellees?|Debtors?(?:[- ]in[- ]Possession)?|Interven[oe]rs?|Movants?|Claimants?|Complainants?|Relators?|Garnishees?)";
// "Plaintiff,", "Defendants.", "Plaintiff-Appellant,", "Plaintiff, pro se", "Petitioner and Counter-Respondent,"
const ROLE = new RegExp(
  `(?<![A-Za-z'’–-])(?<role>${ROLE_WORD}(?:\\s{0,2}(?:[-–]|/|and|,)\\s{0,2}${ROLE_WORD}){0,3})(?<prose>\\s{0,2},?\\s{0,2}(?:pro\\s{1,2}se|in\\s{1,2}pro(?:\\.|\\s{1,2})per\\.?|in\\s{1,2}propria\\s{1,2}persona))?\\s{0,2}(?:[,.;:]|(?=\\s{1,3}(?:v\\.?|vs\\.?|versus|against|and)\\s)|\\s{1,3}in\\s{1,3}(?:Nos?\\.\\s{0,2})?\\d{1,4}-\\d{1,6}(?:\\s{0,2}(?:&|and|,)\\s{0,2}\\d{1,4}-\\d{1,6}){0,4}(?![\\d-])|$|(?<line>(?=[ \\t]{0,3}\\n))|(?<cap>(?<=[-/]\\s{0,2}(?:Plaintiffs?|Defendants?|Petitioners?|Respondents?|Appellants?|Appellees?)\\s{0,2})(?=\\s{0,3}[A-Z])))`,
  "gi",
);
// " v. ", " vs. ", "-against-", "versus" — between the two sides
const VERSUS = /(?:^|\s)(?:(?:v\.?|vs\.?|versus|-?against-?)(?=\s|$)|-against-(?=\d))/gi;
// pieces that qualify a name instead of naming a party: ", individually", ", a minor"
const QUALIFIER = /^(?:etc\.?$|deceased$|jointly\s+and\s+severally|in\s+(?:his|her|their|its)\s+(?:official|individual)|individually|in\s+(?:his|her|their|its)\s|a\s+minor|minors?\b|by\s+and\s+through|through\s+(?:his|her|their)|on\s+behalf|as\s+(?:next|guardian|parent|personal|administrat|executor|trustee|successor|the\s)|an?\s+(?:individual|[A-Za-z]+\s+(?:corporation|limited|municipal|public|non-?profit|political|government))|and\s+all\s+others|all\s+others|others\s+similarly|similarly\s+situated|et\s+al|respectively|inclusive|a\s+[a-z]+\s+(?:corporation|entity|company))/i;
// Company suffixes that follow a comma but belong to the name before it: "FUTERO, INC."
const SUFFIX = /^(?:Inc|Incorporated|Co|Company|Corp|Corporation|Ltd|Limited|LLC|L\.L\.C|LLP|L\.L\.P|L\.P|LP|N\.A|P\.C|P\.A|PLLC|Jr|Sr|II|III|IV|M\.D|Ph\.\s?D|Esq)\.?(?=$|[\s,;])/i;
// a unit of an organization, named before the organization's initials
const UNIT_END = /\b(?:Branch|Chapter|Local(?:\s+No\.)?\s+\d{1,5}|Lodge(?:\s+No\.)?\s+\d{1,5}|Council(?:\s+No\.)?\s+\d{1,5})$/i;
const INITIALS = /^[A-Z]{2,8}(?:-[A-Z]{2,5})?$/;
// "DOES 1-9", "Does 1 through 10", "John Does 1-5", "DOE 1"
const DOE = /^(?:John\s+|Jane\s+)?Does\b|^(?:John\s+|Jane\s+)?Doe\s+(?:\d|[IVX]{1,4}\b)|^(?:John|Jane)\s+Doe$|\bDoes\s+\d/i;
// "In Pro Per", "pro se", "in propria persona" written beside a name
const PRO_SE_NOTE = /,?\s{0,2}\b(?:in\s{1,2}pro\.?\s{1,2}per\.?|pro\s{1,2}se|in\s{1,2}propria\s{1,2}persona)(?=[\s,.;]|$)/gi;
// ", et al.," after a name
const ET_AL = /,?\s*\bet\.?\s{0,2}al\.?,?/gi;

function canonicalRole(raw: string, review = false): string {
  // on appeal the appellate role is the one that matters: "Plaintiff-Appellant" → appellant
  const appellate = /appell(?:ant|ee)/i.exec(raw);
  if (appellate) return appellate[0].toLowerCase();
  // … and so, in a court that reviews cases, is a petition's: "Defendants-Respondents" answer an appeal in New York
  // (in a trial court "Plaintiffs-Petitioners" are the plaintiffs: they petition in the same action)
  const reviewed = review ? /^(?:plaintiffs?|defendants?)\s{0,2}[-/]\s{0,2}(?<role>petitioner|respondent)s?$/i.exec(raw.trim()) : null;
  if (reviewed) return reviewed.groups!.role.toLowerCase();
  if (/interven(?:[eo]r|ing)/i.test(raw)) return "intervenor";
  const m = /plaintiff|defendant|petitioner|respondent|debtor|intervenor|movant|claimant|complainant|relator|garnishee/i.exec(raw);
  return m ? m[0].toLowerCase() : raw.toLowerCase();
}

// a piece of caption text that is not a party's name: court furniture, dates, page marks
const NOT_A_NAME = /\b(?:briefed|argued|Court|District\s+of|Judge|Honorable|Hon\.|Case\s+No|Civil\s+Action|Docket|Dkt|Re:|Magistrate|Clerk|Division|Circuit|Argued|Decided|Submitted|Filed|Page|Courtroom|Motion|Attorneys?\s+for|Counsel|Esq\b|Suite|Telephone|Fax|Injunction|Judgment|Present|Calendar|Conference|Reporter|Deputy|Proceedings|Jury\s+(?:Demand|Trial)|Action\s{0,2}No|Declaratory|Injunctive|Procedural|Factual\s+(?:History|Background)|Synopsis|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s{1,2}Term)\b|\b[NSEWMC]\.D\.\s|\d{3,}|^\W|[^\x20-\x7E\u00C0-\u024F\u2018\u2019\u02BB]/i;

// two words in capitals in a row (not initials), and a capitalised word in lower case
const CAPS_RUN = /(?<![\w'’.-])[A-Z][A-Z'’-]{3,}\.?\s{1,2}(?:[A-Z]\.\s{1,2})?[A-Z][A-Z'’-]{3,}(?![\w'’-])/;
// … unless the name itself joins two forms of one party: "OFFICE OF THE GOVERNOR ex rel. Andy Beshear", "ACME, INC. d/b/a Acme Care"
const ONE_PARTY_JOIN = /\b(?:ex\s{1,2}rel\.?|[dafn]\/[bk]\/a|d\.b\.a\.|a\.k\.a\.|Estate\s{1,2}of)(?=\s)/i;
const TITLE_CASE_WORD = /(?<![\w'’-])[A-Z][a-z]{2,}(?![\w'’-])/g;

// a word in lower case that is none of a name's own little words or a caption's words for how a party is sued
const PROSE_IN_NAME = /(?<![\w'’.-])(?!(?:of|the|and|for|to|in|on|at|by|a|an|de|la|le|du|da|di|von|van|der|del|des|dos|y|et|al|ex|rel|aka|dba|fka|nka|also|known|as|formerly|now|doing|business|his|her|their|its|capacity|capacities|official|individual|individually|minor|next|friend|all|others|similarly|situated|behalf|through)(?![\w'’.-]))[a-z][a-z'’-]*(?![\w'’.-])/g;

function plausibleName(n: string): boolean {
  if (n.length > 120 || n.length < 2) return false;
  if (DOE.test(n)) return true;
  // digits belong to Doe ranges and numbered entities only
  if (/\d/.test(n) && !/\bNo\.\s?\d|\b\d{1,2}(?:st|nd|rd|th)\b/.test(n)) return false;
  // two lines glued: a name in capitals inside words in lower case ("Commonwealth of Massachusetts DR. ROBERT L. OKIN Commissioner")
  if (CAPS_RUN.test(n) && (n.match(TITLE_CASE_WORD) ?? []).length >= 2 && !ONE_PARTY_JOIN.test(n)) return false;
  // a sentence is no name: "He was dismissed after writing a letter to the Nina T. ROE"
  if ((n.match(PROSE_IN_NAME) ?? []).length >= 3) return false;
  // a name does not open on a preposition: "TO EXPEDITE DISCOVERY …", "AS MOOT" are a title's words
  return !NOT_A_NAME.test(n) && !/^[a-z]/.test(n) && !/^(?:to|as|for|of|and|or|in|on|with|by|from)\s/i.test(n);
}

// words that tie a name to what follows instead of naming a party: "X on behalf of themselves …",
// "X, individually and as next friend of …", "X as Next Friend for P.B."
const TAIL_QUALIFIER = /\s(?:on\s+(?:behalf|their\s+own\s+behalf)|individually\b|for\s+themselves\b|as\s+(?:next\s+friend|guardian|parent|personal\s+representative|administrat|executor|trustee)|by\s+and\s+through\b|in\s+(?:his|her|their|its)\s+(?:official|individual)\s+capacit)/i;
// words of an organisation's name: an " and " between them joins one name ("Department of Housing and Urban Development")
const ORG_WORD = /\b(?:of|the|for|Department|Dept|Association|Authority|Company|Co|Commission|Services?|Housing|Development|Board|Council|Committee|Bank|Trust|Center|Centre|Inc|LLC|Corp|Corporation|Ltd|University|College|School|Hospital|Society|Church|Foundation|Fund|Institute|Agency|Bureau|Office|League|Union|Group|Partners|Associates|Sons|Brothers|Bros|County|City|State|Town|Village|District|Human|Health|Safety|Justice|Rights|Law|Legal)\b/i;
// words of an agency's or a program's name that no person's name ends on: "… and Mental Retardation",
// "Food and Drug Administration", "Customs and Border Protection", "… and G. I. Forum"
const AGENCY_WORD = /\b(?:Administration|Protection|Enforcement|Retardation|Disabilit(?:y|ies)|Party|Forum|Affairs|Security|Defense|Education|Welfare|Corrections?|Investigation|Intelligence|Transportation|Labor|Commerce|Energy|Agriculture|Treasury|Revenue|Insurance|Medic(?:ine|al|aid|are)|Assistance|Management|Planning|Parole|Probation|Works|Relations|Employment|Immigration|Naturalization|Citizenship|Customs|Prisons|Aging|Children|Families|Youth|Environment(?:al)?|Conservation|Quality|Control|Prevention|Standards|Technology|Sciences?|Research|Finance|Monies|Services?|Resources|Development)\b/;
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

/** "ALEX ROSAS and JONATHAN GOODWIN" names two people, "CITY OF X and Chief of Police Jane Roe" two parties; "Housing and Urban Development" one. */
function splitPeople(name: string): string[] {
  const parts = name.split(/\s(?:and|&)\s/);
  if (parts.length < 2 || parts.length > 4) return [name];
  // a body and an officer of it sued together: "CITY OF DEARBORN and Chief of Police Ronald Haddad"
  if (parts.length === 2 && ORG_WORD.test(parts[0]) && /\s/.test(parts[0].trim()) && /\s/.test(parts[1].trim()) && endsWithPerson(parts[1]) && !AGENCY_WORD.test(parts[1])) return parts.map((x) => x.trim());
  // two bodies sued together: "MILWAUKEE PUBLIC SCHOOLS and WISCONSIN DEPARTMENT OF PUBLIC INSTRUCTION"
  // (not one body's name: "Department of Housing and Urban Development", "City Health and Hospitals Corporation")
  // (a place's name is a body only as "City of …": "Wyandotte County and Kansas City", "City and County of Denver" are one)
  if (parts.length === 2 && /\s/.test(parts[0].trim()) && BODY_ENDS.test(parts[0].trim()) && BODY_HEAD.test(parts[1]) && /^[A-Z]/.test(parts[1].trim()) && /\s/.test(parts[1].trim()) && !PLACE_END.test(parts[1].trim())) return parts.map((x) => x.trim());
  return parts.every((x) => PERSON.test(x.trim()) && !ORG_WORD.test(x)) ? parts.map((x) => x.trim()) : [name];
}

// the word a body's name is headed by ("… Department", "Board of …", "… Schools")
const PLACE_WORDS = "County|City|Town|Village|Township|State|Commonwealth";
const BODY_HEAD_WORDS = `Schools|Department|Board|Commission|Authority|Agency|Association|Corporation|Company|University|College|District|${PLACE_WORDS}|Inc\\.?`;
const BODY_HEAD = new RegExp(`\\b(?:${BODY_HEAD_WORDS})\\b`, "i");
const PLACE_END = new RegExp(`\\b(?:${PLACE_WORDS})$`, "i");
// a name that is a whole body: it ends on its head word, or names what it is of ("Board of Regents")
const BODY_ENDS = new RegExp(`\\b(?:${BODY_HEAD_WORDS})$|^(?:The\\s+)?(?:[A-Z][A-Za-z.'’-]*\\s+){0,3}(?:${BODY_HEAD_WORDS})\\s+of\\s+(?:the\\s+)?[A-Z][A-Za-z.'’-]*(?:\\s+[A-Z][A-Za-z.'’-]*){0,3}$`, "i");

// the offices that head a body ("Secretary" of a department, "Sheriff" of a county)
const HEAD_OFFICES = "Governor|Director|Secretary|Superintendent|Commissioner|Warden|Chair(?:man|woman|person)?|Mayor|Sheriff|Administrator|President|Chancellor|Treasurer|Comptroller|Assessor|Collector|Recorder|Registrar|Prosecutor|Manager|Supervisor|Inspector|Trustee|Clerk";
// the office a person holds, printed after the name ("Director of …", "Acting Secretary", "Superintendent")
const OFFICE = new RegExp(
  String.raw`^(?:(?:Acting|Deputy|Assistant|Associate|Interim|Executive|Chief|Former|Then|Lieutenant|Regional|State|County|City)\s+){0,2}(?:${HEAD_OFFICES}|Attorney\s+General|Member|Auditor|Coroner|Marshal|Officer|Head|Judge|Justice|Executive)(?:\s+(?:of|for)\b|\s*$)`,
  "i",
);

// a capacity ending on the office, the body it is of following after a comma: "… in his official capacity as Secretary"
const AS_OFFICE = new RegExp(String.raw`\bas\s{1,3}(?:the\s{1,3})?(?:(?:Acting|Deputy|Assistant|Interim|Executive|Chief)\s{1,3})?(?:${HEAD_OFFICES})$`, "i");

// a state, or a place, named after an office or capacity: "Colorado", "North Carolina"
const PLACE_NAME = String.raw`(?:(?:New|North|South|West|Rhode)\s)?[A-Z][a-z]{2,15}`;
const PLACE_ALONE = new RegExp(`^${PLACE_NAME}$`);

// a judge's office printed after the name: "CHIEF U.S. DISTRICT JUDGE", "United States Magistrate Judge"
// (not a judge's designation set beside the party column: "and JOHN ROE, ) MAGISTRATE JUDGE NOLAN")
const JUDGE_OFFICE = /^(?:(?:Chief|Senior)\s{1,2})?(?:(?:U\.\s?S\.|United\s{1,2}States)\s{1,2})?(?:District|Magistrate|Circuit|Bankruptcy)\s{1,2}Judge\b(?!\s{1,2}[A-Z][A-Za-z'’-]{1,20}(?:[\s,.]|$))/i;

/** Whether a name piece ends with a person's name ("No.: 14-2396 SYLVIA M. BURWELL", "and JOHN ROE, Jr."). */
function endsWithPerson(piece: string): boolean {
  const t = piece.trim().replace(/,?\s{0,3}(?:Jr|Sr|II|III|IV|Ph\.?\s?D|M\.D)\.?$/i, "");
  const m = /(?:[A-Z][A-Za-z'’-]{0,20}\.?\s){1,3}[A-Z][A-Za-z'’-]{1,20}$/.exec(t);
  return !!m && !ORG_WORD.test(m[0]);
}

// a minor's or ward's representative named after the name: "… by his next friend", "… by their parents and next friends"
const BY_FRIEND = /(?:^|\s)(?:by\s{1,3}and\s{1,3}through|by|through)\s{1,3}(?:his|her|their)\s{1,3}(?:(?:parents?|mother|father|guardians?)(?:\s{1,3}(?:and|&)\s{1,3}next\s{1,3}friends?)?|next\s{1,3}friends?|guardians?\s{1,3}ad\s{1,3}litem)(?![A-Za-z])/i;

// a reporter's citation heading a reprint's caption: "328 F.Supp. 1115", "402 F.3d 532 412 Mass. 759"
/** A reporter's citation as a reprint prints it over its caption: "328 F.Supp. 1115", "412 Mass. 759" (a pattern source). */
export const REPRINT_CITE = String.raw`\d{1,4}\s{1,2}[A-Z][A-Za-z0-9.]{0,12}(?:\s{1,2}[A-Za-z0-9.]{1,8}){0,2}\s{1,2}\d{1,5}`;
const REPORTER_LEAD = new RegExp(String.raw`^(?:${REPRINT_CITE}\s{1,3}){1,3}(?=[A-Z])`);

/** Splits one side's names into one piece a party. */
function splitNames(segment: string): string[] {
  // a name wrapped onto the next line ("COMMISSIONER OF SOCIAL\nSECURITY") is still one name
  const rough = segment.replace(/\s+/g, " ").split(";");
  const names: string[] = [];
  // the ";"-separated part each name is from: a capacity's office and body are in the name's own part
  const partOf: number[] = [];
  for (const [k, part] of rough.entries()) {
    const pieces = part.split(",");
    let current = "";
    let friend = false;
    for (const piece of pieces) {
      let p = piece.trim();
      // a guardian or next friend named after "by and through" is not a party
      if (/^(?:by\s+and\s+through|through|on\s+behalf\s+of)\b/i.test(p)) break;
      // … nor one named after "by his next friend": "GEORGE ROE by his next friend, Timothy Roe" names George Roe
      if (friend) {
        friend = false;
        if (PERSON.test(p.replace(/\s+and$/i, ""))) continue;
      }
      const by = BY_FRIEND.exec(p);
      if (by) {
        // the friend named in the same piece goes with the phrase; one named after a comma is skipped next
        friend = !p.slice(by.index + by[0].length).trim();
        p = p.slice(0, by.index).trim();
        if (!p) continue;
      }
      // … and so do an organization's initials after one of its units: "Yonkers Branch, NAACP", "Local 100, AFL-CIO"
      if (current && (SUFFIX.test(p) || (UNIT_END.test(current) && INITIALS.test(p)))) current += `, ${p}`;
      else {
        if (current) {
          names.push(current);
          partOf.push(k);
        }
        current = p;
      }
    }
    if (current) {
      names.push(current);
      partOf.push(k);
    }
  }
  // an office after a person's name is that person's capacity: "MIKE BEEBE, Governor of the State of Arkansas"
  const office = names.map((n, i) => i > 0 && OFFICE.test(n.trim()) && endsWithPerson(names[i - 1]));
  // a judge's name, the office printed after it, is no party: "JON P. ROE, CHIEF U.S. DISTRICT JUDGE"
  const judge = names.map((n, i) => i + 1 < names.length && partOf[i + 1] === partOf[i] && JUDGE_OFFICE.test(names[i + 1].trim()) && endsWithPerson(n));
  // nor, in the name's own part, the place an office is of ("STEVEN ROE, Sheriff of Weld County, Colorado") or the
  // body an office named "as" is of ("JOHN ROE, in his official capacity as Secretary, Florida Department of X")
  const ofOffice = (n: string, i: number) =>
    partOf[i] === partOf[i - 1] &&
    ((i > 1 && office[i - 1] && PLACE_ALONE.test(n.trim()) && !ORG_WORD.test(n)) || (i > 0 && AS_OFFICE.test(names[i - 1].trim()) && !/^(?:and|&)\s/i.test(n.trim()) && (ORG_WORD.test(n) || AGENCY_WORD.test(n) || !endsWithPerson(n))));
  const kept = names.filter((n, i) => !office[i] && !judge[i] && !ofOffice(n, i));
  return kept
    .map((n) => {
      const q = TAIL_QUALIFIER.exec(n);
      return afterTitleWords(q && q.index > 0 ? n.slice(0, q.index) : n);
    })
    // a reporter's citation or page mark before the first name: "822 F.2d 1223 (1987) Harold WILLIAMS"
    .map((n) => (DOE.test(n) ? n : n.replace(REPORTER_LEAD, "").replace(/^(?:[^\s\d()]{0,30}[\d()]\S{0,30}\s{1,3}){1,8}(?=[A-Z][A-Za-z'’.-]{0,30}\s[A-Z])/, "")))
    .flatMap(splitPeople)
    // ("and the NEVADA OFFICE OF …": the article of a list's last name goes with the "and")
    .map((n) => n.replace(/^(?:and|&)\s+/i, "").replace(/^the\s+(?=[A-Z]{2})/, "").replace(/\s+(?:and|&|a|an|the)$/i, "").replace(/[\s,.;:]+$/, (t) => (/\.$/.test(t) && /(?:\b[A-Z]|Inc|Co|Corp|Ltd|Jr|Sr|al)$/i.test(n.replace(/[\s,.;:]+$/, "")) ? "." : "")))
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

// "JUDGE SHARP", "Judge Aleta A. Trauger", "MAGISTRATE JUDGE BROWN": the presiding judge's line, no party
// the side across "v." from a role
const OPPOSITE: Record<string, string> = { appellant: "appellee", appellee: "appellant", petitioner: "respondent", respondent: "petitioner", plaintiff: "defendant", defendant: "plaintiff" };
const JUDGE_DESIGNATION = /\b(?:(?:MAGISTRATE|DISTRICT|CHIEF|SENIOR)\s{1,2})?JUDGE\s{1,2}[A-Z][A-Z'’-]{1,20}\b(?![,\s]{0,3}(?:Plaintiffs?|Defendants?|Respondents?|Petitioners?|PLAINTIFFS?|DEFENDANTS?|RESPONDENTS?|PETITIONERS?)\b)|\b(?:(?:Magistrate|District|Chief|Senior)\s{1,2})?Judge\s{1,2}(?:[A-Z][a-z'’-]{1,20}\s{1,2})?(?:[A-Z]\.\s{1,2})?[A-Z][a-z'’-]{1,20}\b(?![,\s]{0,3}(?:Plaintiffs?|Defendants?|Respondents?|Petitioners?)\b)/g;

/**
 * Where each role word of a caption ends ("Plaintiffs," "Defendants."), in order.
 *
 * @example roleMarkerEnds("JAMES LINLOR, Plaintiff, v. FUTERO, INC., Defendant.") // → [24, 52]
 */
export function roleMarkerEnds(text: string): number[] {
  return [...text.matchAll(ROLE)].filter((m) => roleStands(text, m)).map((m) => m.index + m[0].length);
}

/**
 * Whether a paragraph ends with a caption's role word: one in capitals, or one set off by a comma
 * ("… in his official capacity only DEFENDANTS", "…, et al., Defendants."), so that a caption
 * whose names read like prose is still caption.
 *
 * @example endsWithRole("JOHN ROE, Director, in his official capacity only DEFENDANTS") // → true
 */
export function endsWithRole(s: string): boolean {
  const t = s.trimEnd();
  const last = [...t.slice(-200).matchAll(ROLE)].pop();
  if (!last) return false;
  const from = t.length - Math.min(200, t.length);
  if (from + last.index! + last[0].trimEnd().length < t.length || !roleStands(t, { ...last, index: from + last.index! } as RegExpMatchArray)) return false;
  const role = last.groups!.role;
  return role === role.toUpperCase() || /,\s{0,3}$/.test(t.slice(Math.max(0, from + last.index! - 4), from + last.index!));
}

/**
 * Whether a role word without its comma stands for one. On a line of its own it does
 * ("Appellee/Cross-Appellant"); so does one in capitals ending a line, the right column of a
 * caption set without separators ("… in his official capacity only  DEFENDANTS"); and a compound
 * one before the next capitalised word of a line run together ("Defendants - Appellees Originating …").
 */
function roleStands(text: string, m: RegExpMatchArray): boolean {
  const g = m.groups!;
  if (g.cap !== undefined) return /^(?:[A-Za-z]+[-–\s]{1,2})?[A-Za-z]+\s{0,2}[-/]\s{0,2}[A-Za-z]/.test(g.role);
  if (g.line === undefined) return true;
  if (g.role === g.role.toUpperCase()) return true;
  return /(?:^|\n)[ \t]{0,3}$/.test(text.slice(Math.max(0, m.index! - 4), m.index));
}

// an asterisk standing alone as a caption's column rule ("NATIONAL SCIENCE FOUNDATION  *"), or as OCR reads it ("•k")
const STAR_MARK = /(?<=^|\s)(?:\*|•k?)(?=\s|$)/g;
// the court appealed from, set in a circuit caption's right column and cut by the left column's "v." and rules:
// "Appeal from the United States * District Court for the v. * Western District of Missouri"
const APPEAL_FROM = /\b(?:On\s{1,3})?Appeals?\s{1,3}from\s{1,3}the\s{1,3}United\s{1,3}States(?<rest>(?:\s{1,3}(?:District\s{1,3}of\s{1,3}(?:(?:North|South|New|West|Rhode|Puerto)\s{1,3})?[A-Z][a-z]{2,15}|v\.|District|Bankruptcy|Court|for|the|[NSEWMC][a-z]{3,7})){1,16})/g;

/**
 * A caption whose columns an asterisk on each line divides (the way many district and circuit courts print
 * one), read like one divided by parentheses: the rules are dropped, and so is the court appealed from that
 * a circuit's caption sets in the right column (only the left column's "v." of it is kept). A block with
 * fewer than three such rules is returned as it is.
 *
 * @example starColumn("ROE, *\nAppellee, * Appeal from the United States\nv. * District Court for the\n* Eastern District of Iowa\nDOE, * Appellant.")
 * // → "ROE,  \nAppellee,    v. \nDOE,   Appellant."
 */
export function starColumn(block: string): string {
  if ((block.match(STAR_MARK) ?? []).length < 3) return block;
  return block.replace(STAR_MARK, " ").replace(APPEAL_FROM, (_m, rest: string) => (/(?:^|\s)v\.(?=\s|$)/.test(rest) ? " v. " : " "));
}

/**
 * The parties named in a caption's party block (court heading, case number and title
 * already removed or not yet reached).
 *
 * @example parseParties("JAMES LINLOR, Plaintiff, v. FUTERO, INC.; and DOES 1-9, Defendants.")
 * // → [{ name: "James Linlor", role: "plaintiff" }, { name: "Futero, Inc.", role: "defendant" }, { name: "Does 1-9", role: "defendant", doe: true }]
 */
export function parseParties(block: string, options: { interleaved?: boolean; review?: boolean } = {}): Party[] {
  const text = starColumn(block)
    // a print's dash inside a word is a hyphen, at a line's end too: "Plaintiff–Intervenors", "Winston–Salem"
    .replace(/(?<=[A-Za-z])[–—](?:[ \t]*\n[ \t]*)?(?=[A-Za-z])/g, "-")
    // … and a word a hyphen broke at a line's end is one word: "Ap-\npellees", "Capac-\nchione"
    .replace(/(?<=[A-Za-z]{2})-[ \t]*\n[ \t]*(?=[a-z]{3})/g, "")
    .replace(/[)§|]/g, " ")
    // a colon standing alone is a column rule too ("CITY OF PHILADELPHIA;  :  and BLANCHE")
    .replace(/(^|\s):(?=\s|$)/g, "$1 ")
    // a caption's dashed rule ("- - - - - - -x") ends what is above it, as a role word's comma would;
    // and a dash left standing from "- against -"
    .replace(/(?:-[ \t]?){4,}x?(?=\s|$)/g, " ; ")
    .replace(/(^|\s)-[ \t]{1,3}(against|AGAINST)[ \t]{1,3}-(?=\s|$)/g, "$1 $2 ")
    // a judge's designation set in the right column beside a name ("JUDGE SHARP  CLOVER BOTTOM …")
    .replace(JUDGE_DESIGNATION, " ")
    // a presiding judge's line beside the party column: "Hon. John A. Smith"
    .replace(HONORABLE, " ")
    // signature rules and text-layer debris are no part of a name ("____ GEORGE SAIEG", "ϰͬϭϵ")
    .replace(/_{2,}\/?|[^\s\x20-\x7E\u00A0-\u024F\u2018-\u201D\u2116]\S{0,40}/g, " ")
    .replace(/[ \t]+/g, " ");
  const boundaries: number[] = [0];
  const versus: Span[] = [];
  for (const m of text.matchAll(VERSUS)) {
    boundaries.push(m.index + m[0].length);
    versus.push({ start: m.index, end: m.index + m[0].length });
  }
  const out: Party[] = [];
  let from = 0;
  for (const m of text.matchAll(ROLE)) {
    // a role word ending a line stands for one only on a line of its own ("Appellee/Cross-Appellant")
    if (!roleStands(text, m)) continue;
    // "Butzel Long, Detroit, MI, for Appellee" lists counsel: what comes before is no party's name
    if (COUNSEL_FOR.test(text.slice(Math.max(0, m.index - 40), m.index))) {
      from = m.index + m[0].length;
      continue;
    }
    // the names run from the last boundary (start, "v.", previous role) to the role word
    const start = Math.max(from, ...boundaries.filter((b) => b <= m.index));
    let segment = text
      .slice(start, m.index)
      // a panel set before the parties ("Before A, Circuit Judge B, Circuit Judge WHEATON COLLEGE"): the names follow the last judge
      .replace(/^[^]*\b(?:Circuit|District|Magistrate|Bankruptcy|Chief|Senior)\s{1,2}Judges?\b[,.:;]?/, "")
      .replace(ET_AL, "")
            // a multidistrict heading names the litigation, not a party: "IN RE: ACME … LITIGATION JOHN SMITH, Plaintiff"
      .replace(/^[^]{0,300}?\bIn\s+re:?\s[^]{0,200}?\bLITIGATION\b/i, "")
      .replace(/^\s*(?:In\s+re:?|Matter\s+of:?)\s*/i, "");
    const role = canonicalRole(m.groups!.role, options.review);
    // the side before "v." printed without a role word is the other side: "ALBERT FLORENCE v. BOARD …, Appellants"
    // (only the caption's first side, with "v." on a line of its own: a running head's "A v. B" names no side)
    const unroled = from === 0 ? versus.filter((v) => v.end <= start).pop() : undefined;
    const alone = unroled && /\n[ \t]{0,3}$/.test(text.slice(Math.max(0, unroled.start - 4), unroled.start + 1)) && /^[ \t]{0,3}(?:\n|$)/.test(text.slice(unroled.end, unroled.end + 4));
    if (unroled && alone && !options.interleaved && OPPOSITE[role]) {
      const side = text.slice(from, unroled.start);
      const last = side.slice(side.lastIndexOf("\n\n") + 1).replace(ET_AL, "").replace(/&\s{1,2}others\b\.?/gi, "");
      if (last.trim().length < 300 && (last.match(/(?:^|\s)[a-z]{3,}\b/g) ?? []).length < 3) {
        for (const name of splitNames(last)) out.push(party(name, OPPOSITE[role], false));
      }
    }
    if (options.interleaved) segment = nameRuns(segment);
    const noted = segment.search(PRO_SE_NOTE) >= 0;
    for (const name of splitNames(segment.replace(PRO_SE_NOTE, ""))) out.push(party(name, role, noted || !!m.groups!.prose));
    from = m.index + m[0].length;
  }
  // a reported opinion repeats the caption for each consolidated appeal: one party each
  const seen = new Set<string>();
  return out.filter((p) => !seen.has(p.name.toLowerCase()) && !!seen.add(p.name.toLowerCase()));
}

// a qualifier after a name, up to the next comma, and the state a county office is in ("…, as Tax Assessor of Palm Beach County, Florida")
const QUALIFIERS_RUN = new RegExp(String.raw`,\s{0,2}(?:individually|in\s(?:his|her|their|its)\s|on\s(?:his|her|their|its)\sown\sbehalf|as\s)[^,]{0,80}(?:,\s{0,2}${PLACE_NAME}(?=,))?`, "gi");

// a run of a name's words: capitalised words, initials and the little words between them, with commas
const NAME_RUN = /(?<![A-Za-z'’.&-])(?:(?:[A-Z][A-Za-z'’.&-]{0,30}|of|the|and|for|de|del|la|van|von|in|on|at|&)(?:[,; \t]{1,4}|$))+/g;
// a word set in capitals, as a reprint sets a surname or an entity: "Marvin L. PICKERING", "CITY OF DEARBORN"
const CAPS_WORD = /\b[A-Z][A-Z'’-]{2,}\b/;
const PROSE_WORDS = /(?:^|\s)[a-z]{3,}\b/g;

/**
 * A reprint's caption interleaved line by line with its other column's prose ("Marvin L.
 * PICKERING, Appellant, newspaper criticizing the board v."): of a side's text only the runs of
 * name words that hold a word in capitals, the way a reprint prints a party; text without prose
 * is kept whole.
 */
function nameRuns(segment: string): string {
  const flat = segment.replace(/\s+/g, " ");
  const qualifiersOut = flat.replace(QUALIFIERS_RUN, ",");
  if ((flat.match(PROSE_WORDS) ?? []).length < 3 && !/,\s{0,2}for\s[A-Z]/.test(flat)) return segment;
  // the prose column's own capitals are in its parentheses and quotes: ("DCFS" or "Department")
  const bare = qualifiersOut.replace(/\([^()]{0,120}\)|“[^“”]{0,60}”|"[^"]{0,60}"/g, " ; ");
  const capped = (x: string) => CAPS_WORD.test(x.replace(/\b(?:PLAINTIFFS?|DEFENDANTS?|APPELLANTS?|APPELLEES?|PETITIONERS?|RESPONDENTS?)\b/g, "")) || /(?:^|[\s,;])(?:[A-Z]\.){2,3}(?=[\s,;]|$)/.test(x.replace(/\b(?:U\.S|N\.D|S\.D|E\.D|W\.D|M\.D|D\.C)\./g, ""));
  const runs: string[] = [];
  // a sentence's end ends a run ("… for Jackson City Lines. Samuel BAILEY"), not an initial's or a company's period
  const pieces = [...bare.matchAll(NAME_RUN)].flatMap((m) => m[0].split(/(?<=[a-z]{2}\.)(?<!\b(?:Inc|Co|Corp|Ltd|Jr|Sr|Bros|Dr|Mr|Mrs|Ms|St|Mt|Ft)\.)\s+(?=[A-Z])/));
  for (const m of pieces.map((x) => [x])) {
    // counsel set beside the caption: "J. W. Young, Jackson, Miss., for Jackson City Lines"
    if (/,\s{0,2}for\s/.test(m[0])) continue;
    // "Board of Regents and UNITED STATES of America": the prose column's words joined to a name by "and";
    // a list goes on past its name in capitals ("Samuel BAILEY, Joseph Broadwater and Burnett L. Jacob")
    let group: string[] = [];
    for (const piece of [...m[0].split(/\s(?:and|&)\s/), ""]) {
      if (piece && (capped(piece) || group.length)) {
        group.push(piece);
        continue;
      }
      const run = group.join(" and ").replace(/^(?:(?:of|the|and|for|in|on|at|&),?\s+)+/, "").replace(/(?:,?\s+(?:of|the|and|for|in|on|at|&))+[,;\s]*$/, "").replace(/[,;\s]+$/, "").trim();
      // one word in capitals alone is the prose column's acronym ("in DCFS custody"); initials name a person ("A.G.")
      if (run && (/\s/.test(run) || /^(?:[A-Z]\.){2,3}$/.test(run))) runs.push(run);
      group = [];
    }
  }
  return runs.join("; ");
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
