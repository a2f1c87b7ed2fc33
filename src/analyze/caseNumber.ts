/**
 * Case numbers as captions print them, normalized to the CM/ECF form
 * `office:yy-type-nnnnn-JUDGE-JUDGE` (`3:17-cv-00218-MMA-BLM`).
 */

/** A case number found in text. */
export interface CaseNumberMatch {
  raw: string;
  start: number;
  end: number;
  office: string | null;
  year: string;
  /** `cv`, `cr`, `bk`, `ap`, `mc` …; null for an appellate or bare `No. 06-1068`. */
  type: string | null;
  number: string;
  judges: string[];
  /** Divisional office named by a letter code (`PHX`), when the number carries one. */
  divisionOffice: string | null;
  /** Read only because a label ("Civ. A. No.", "Case No.") introduced it, in a form no pattern knows. */
  generic?: boolean;
}

/** CM/ECF case-type letters and the spellings captions use for them. */
const TYPE_WORDS: Record<string, string> = {
  cv: "cv", c: "cv", civ: "cv", civil: "cv", cr: "cr", crim: "cr", criminal: "cr", bk: "bk", b: "bk", ap: "ap", adv: "ap",
  mc: "mc", misc: "mc", mj: "mj", md: "md", po: "po", sw: "sw", gj: "gj", mdl: "md", hc: "hc", ml: "ml",
};

/** Division codes some districts put inside the number (`CV 10-1061-PHX-SRB`) → office digit. */
const DIVISION_OFFICE: Record<string, string> = { PHX: "2", PCT: "3", TUC: "4" };

// a letter OCR reads for a digit ("l", "I" for 1, "O", "o" for 0) inside the serial after "cv"/"cr" and a year
const OCR_SERIAL = /(?<=\b\d{2}\s?-?\s?(?:cv|cr|CV|CR)\s?-?\s?\d{0,5}[lIoO]{0,2}\d{0,5})[lIoO](?=[\dlIoO]{0,5}(?![A-Za-z\d]))/g;

/** Uppercase words that follow a number in captions but are not judge initials. */
const NOT_INITIALS = new Set(["AND", "THE", "FOR", "OF", "ORDER", "RE", "IN", "NO", "NOS", "ET", "AL", "V", "VS", "CV", "CR", "WO", "MOTION"]);

// "3:17-cv-00218-MMA", "17cv218", "4:03-CV-00493", "05-cr-123"
const CMECF = /\b(?:(?<office>\d{1,2})\s?:\s?)?(?<year>\d{2})\s?-?\s?(?<type>cv|cr|bk|ap|mc|mj|md|po|sw|gj|hc|ml)\s?-?\s?(?<number>\d{1,6})(?=[^\da-z]|$|[a-z]{2,4}(?![a-z]))/gi;
// the office digit run into the year, as some captions print it: "304CV1338(JCH)"
const GLUED_OFFICE = /\b(?<office>\d)(?<year>\d{2})(?<type>CV|CR)(?<number>\d{1,6})(?![\da-z])/g;
// "CV 04-857", "C 09-02306", "CR 05-123", "Civ. No. 04-1234", "CV-10-1061", "Adv. No. 18-90012", "CIV S-91-0300", "CIV.S.05-00783",
// "CIVIL ACTION NO. 20-1234", "CRIMINAL NO. 19-123"
const PREFIXED = /\b(?<type>CIVIL|Civil|CRIMINAL|Criminal|CV|CR|C|Civ\.?|CIV\.?|Crim\.?|CRIM\.?|Adv\.?|Misc\.?|MC)(?:\s{0,2}(?:(?:Action|ACTION)\s{1,2})?(?:No|NO)\.?)?\s{0,2}(?:(?<division>[A-Z])\s{0,2}[-.]\s{0,2})?-?\s{0,2}(?<year>\d{2})-(?<number>\d{1,6})(?!\d)/g;
// "No. 06-1068", "Case No. 18-12345", "Nos. 17-55208", "CASE NO. 20-1234"
const BARE = /\b(?:Nos?|NOS?)\.\s{0,2}(?<year>\d{2})-(?<number>\d{3,6})\b/g;
// the Northern District of Illinois' spaced form: "No. 19 C 1234", "Case No. 08 CR 123"
const SPACED = /\b(?:Nos?|NOS?)\s?\.\s{0,2}(?<year>\d{2})\s{1,2}(?<type>C|CV|CR|c)\s{1,2}(?<number>\d{1,6})\b/g;
// a state trial court's number, labeled: "No. SW 2006-002213", "Case No. CV2019-012345", "No. 2009CV178947"
const STATE_TRIAL = /\b(?:No|NO|Number|NUMBER)\.?\s{0,2}:?\s{0,2}(?<whole>[A-Z]{1,4}\s?-?\s?(?<year>(?:19|20)\d{2})-(?<number>\d{3,7})|(?<year2>(?:19|20)\d{2})\s?[A-Z]{2,4}\s?(?<number2>\d{4,7}))\b/g;
// a state trial court's number that opens with its case type and a four-digit year, unlabeled: "CV 2010-900183", "CV-OC-2015-10240"
const STATE_PREFIXED = /\b(?<whole>(?:CV|CR|DR|JV|CA|CP|DV|PR)(?:[ -][A-Z]{2})?[ -](?<year>(?:19|20)\d{2})-(?<number>\d{3,7}))(?![\d-])/g;
// North Dakota's county-year-type-serial: "08-2022-CV-01608"
const COUNTY_YEAR = /\b(?<whole>\d{2}-(?<year>(?:19|20)\d{2})-(?<type>CV|CR|cv|cr|DM|JV|PR)-(?<number>\d{3,6}))(?![\d-])/g;
// a number alone in the caption's right column, after the ")" or ":" of the party column: "Plaintiffs,  )  87-2371",
// ": 08-2584 (NLH)", ")  92-2062-ML/A" (a text layer may run the next caption line on: ") 92-2062-Mla STATE OF …")
const COLUMN_BARE = /(?<=[):][ \t]{1,8})(?<year>\d{2})-(?<number>\d{3,6})(?=(?:-[A-Za-z]{1,3}(?:\/[A-Za-z]{1,3})?|[ \t]{1,2}\([A-Z]{2,4}\))?(?:[ \t]*(?:\n|$)|[ \t]{1,3}[A-Z]{2}))/g;
// a Westlaw print's docket number before the bar and date, with no year in it: "No. 8990. | May 17, 1967.", "No. S-8580. |"
const WESTLAW_BARE = /\bNos?\.\s{0,2}(?<number>(?:[A-Z]{1,3}-)?\d{3,7})\.(?=[^|]{0,120}\|[^|]{0,160}?[A-Z][a-z]{2,8}\.?\s{1,3}\d{1,2},\s{1,2}\d{4}\.)/g;
// the Southern and Eastern Districts of New York: "70 Civ. 4750", "96 CIV. 6161(CBM)", "98 CV 5083(SJ)", "04 Cr. 12"
const NY_SPACED = /\b(?<year>\d{2})\s{0,2}(?<type>Civ|CIV|Cv|CV|Cr|CR|Crim|CRIM|Misc|MISC)\.?\s{0,2}(?<number>\d{1,5})(?![\d-])/g;
// "Civ. No. 80 70991", "Civil Action No. 82 1920": a labeled year and number set apart by a space
const LABELED_SPACED = /\b(?:Civ|CIV|Civil|CIVIL)\.?\s{0,2}(?:(?:A|Action|ACTION)\.?\s{0,2})?(?:No|NO)\.?\s{0,2}(?<year>\d{2})\s(?<number>\d{4,6})(?![\d-])/g;
// any other number a label introduces, kept as printed: "Civ. A. No. 3195-N.", "No. 4:CV88-L-399.", "No. C74-68.",
// "No. 78-47-Civ-Oc.", "No. GC 66-1-S.", "Case No. 01-C-928", "CASE NO: 21-81391-CV-MIDDLEBROOKS", "No. 21 EM 2019",
// "Case No. RG 15779731", "Docket No. Misc. 13-08", "Index No. 451078/2020"
const LABELED_ANY = /\b(?<label>(?:(?:Civ|CIV|Civil|CIVIL)\.?\s{0,2}(?:(?:A|Action|ACTION)\.?\s{0,2})?|(?:Case|CASE|Index|INDEX|Docket|DOCKET)\s{0,2})?(?:Nos?|NOS?|Number|NUMBER)[.,]?\s{0,2}:?\s{0,3}(?:(?:Civ|CIV)\.?\s?A\.\s{0,2})?)(?<whole>(?:[A-Z]{1,4}\.?[ -]?)?\d[\dA-Z]{0,9}(?:[ ]?[-:/][ ]?[\dA-Za-z]{1,14}|[ ][A-Z]{1,3}[ ]\d{1,6}|[ ]\d{4}\b){0,4})(?![A-Za-z])/g;
// what a label's number belongs to when it is not a case: "Doc. No. 9", "[Docket No. 15]", "Public Act No. 95-142"
const NOT_CASE_LABEL = /(?:\b(?:Doc|Dkt|ECF|Document|Entry|Exhibit|Ex|Rule|Form|Receipt|Opinion|Act|Resolution|Ordinance|Bill|Claim|Account|Patent|Serial|Report|Page|Item|Order|Bates|Registration|Reg|Inmate|Prisoner|ID|Bar|SBN|Box|Suite|Telephone|Phone|Fax|Policy|Permit|License|Contract|Invoice|Check|Tax|Unit|Room|Cell|Appeal)\.?\s{0,2}|[[(]\s{0,2}(?:Docket|DOCKET)?\s{0,2})$/i;

// "-MMA (BLM)", " GAF (JTLx)", "-PHX-SRB", " (JDB)", "(JRT/HB)", and a one-letter judge code after a hyphen ("-L-BH", "-O")
const INITIALS = /[ \t]{0,2}[-–(/]?[ \t]{0,2}(?<initials>[A-Z]{2,4})x?\)?|-(?<initials1>[A-Z])(?![A-Za-z])/y;

function trailingInitials(text: string, from: number): { judges: string[]; division: string | null; end: number } {
  const judges: string[] = [];
  let division: string | null = null;
  let end = from;
  let hyphened = false;
  for (let i = 0; i < 4; i++) {
    INITIALS.lastIndex = end;
    const m = INITIALS.exec(text);
    if (!m) break;
    const ini = m.groups!.initials ?? m.groups!.initials1!;
    const next = text[INITIALS.lastIndex] ?? "";
    // A word of a title ("ORDER") runs on past the initials.
    if (NOT_INITIALS.has(ini) || /[A-Za-z]/.test(next)) break;
    // after "-MEMF-BFM" a word set off by a space alone is the caption's next line ("GARY G., et al.")
    const bare = !/[-–(/)]/.test(m[0]);
    if (bare && hyphened) break;
    if (!bare) hyphened = true;
    if (DIVISION_OFFICE[ini] && !division) division = DIVISION_OFFICE[ini];
    else judges.push(ini);
    end = INITIALS.lastIndex;
  }
  return { judges, division, end };
}

/**
 * Every case number in `text`, in order.
 *
 * @example findCaseNumbers("Case No.: 17cv218-MMA (BLM)")[0].judges // → ["MMA", "BLM"]
 */
export function findCaseNumbers(source: string): CaseNumberMatch[] {
  // dockets print "3:05−cv−01013" with a minus sign or soft hyphens; one char for one keeps offsets
  // a typewritten hyphen OCR'd as a middle dot: "76·293"
  const text = source
    .replace(/[\u2010-\u2015\u2212\u00AD]/g, "-")
    .replace(/(?<=\d)\u00B7(?=\d)/g, "-")
    // OCR's letters for digits in a CM/ECF number's serial: "2:03cvl008-T" is 2:03-cv-1008
    .replace(OCR_SERIAL, (c) => (/[oO]/.test(c) ? "0" : "1"));
  const out: CaseNumberMatch[] = [];
  const taken = (s: number, e: number) => out.some((c) => s < c.end && e > c.start);
  const add = (start: number, coreEnd: number, g: Record<string, string | undefined>, type: string | null) => {
    const tail = trailingInitials(text, coreEnd);
    if (taken(start, tail.end)) return;
    out.push({
      raw: text.slice(start, tail.end).trim(),
      start,
      end: tail.end,
      office: g.office ?? null,
      year: g.year!,
      type,
      number: g.number!,
      judges: tail.judges,
      divisionOffice: tail.division,
    });
  };
  for (const m of text.matchAll(CMECF)) add(m.index, m.index + m[0].length, m.groups!, m.groups!.type.toLowerCase());
  for (const m of text.matchAll(GLUED_OFFICE)) add(m.index, m.index + m[0].length, m.groups!, m.groups!.type.toLowerCase());
  for (const m of text.matchAll(COUNTY_YEAR)) {
    const g = m.groups!;
    if (taken(m.index, m.index + g.whole.length)) continue;
    out.push({ raw: g.whole, start: m.index, end: m.index + g.whole.length, office: null, year: "", type: null, number: g.number, judges: [], divisionOffice: null, generic: true });
  }
  for (const m of text.matchAll(PREFIXED)) {
    const word = m.groups!.type.replace(/\.$/, "").toLowerCase();
    add(m.index, m.index + m[0].length, m.groups!, TYPE_WORDS[word] ?? "cv");
  }
  for (const m of text.matchAll(SPACED)) {
    add(m.index + m[0].indexOf(m.groups!.year, 3), m.index + m[0].length, m.groups!, TYPE_WORDS[m.groups!.type.toLowerCase()]);
  }
  for (const m of text.matchAll(STATE_TRIAL)) {
    const g = m.groups!;
    const end = m.index + m[0].length;
    const start = end - g.whole.length;
    if (taken(start, end)) continue;
    out.push({ raw: g.whole, start, end, office: null, year: g.year ?? g.year2!, type: null, number: g.number ?? g.number2!, judges: [], divisionOffice: null });
  }
  for (const m of text.matchAll(STATE_PREFIXED)) {
    const g = m.groups!;
    if (taken(m.index, m.index + g.whole.length)) continue;
    out.push({ raw: g.whole, start: m.index, end: m.index + g.whole.length, office: null, year: "", type: null, number: g.number, judges: [], divisionOffice: null, generic: true });
  }
  for (const m of text.matchAll(WESTLAW_BARE)) {
    const start = m.index + m[0].indexOf(m.groups!.number);
    if (taken(start, start + m.groups!.number.length)) continue;
    out.push({ raw: m.groups!.number, start, end: start + m.groups!.number.length, office: null, year: "", type: null, number: m.groups!.number, judges: [], divisionOffice: null });
  }
  for (const m of text.matchAll(NY_SPACED)) {
    add(m.index, m.index + m[0].length, m.groups!, TYPE_WORDS[m.groups!.type.toLowerCase()] ?? "cv");
  }
  for (const m of text.matchAll(LABELED_SPACED)) {
    add(m.index + m[0].lastIndexOf(m.groups!.year, m[0].length - m.groups!.number.length - 1), m.index + m[0].length, m.groups!, "cv");
  }
  for (const m of text.matchAll(BARE)) {
    // "Doc. No. 49-1" is a docket entry and its attachment
    if (/(?:Doc|Dkt|ECF|Docket|Entry|Document)\.?\s{0,2}$/i.test(text.slice(Math.max(0, m.index - 12), m.index)) || NOT_CASE_LABEL.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    add(m.index + m[0].indexOf(m.groups!.year), m.index + m[0].length, m.groups!, null);
  }
  for (const m of text.matchAll(COLUMN_BARE)) {
    // no initials read after it: the next caption line may follow on the same line ("92-2062 STATE OF …")
    const end = m.index + m[0].length;
    if (!taken(m.index, end)) out.push({ raw: m[0], start: m.index, end, office: null, year: m.groups!.year, type: null, number: m.groups!.number, judges: [], divisionOffice: null });
  }
  for (const m of text.matchAll(LABELED_ANY)) {
    const whole = m.groups!.whole.replace(/[\s.:/-]+$/, "");
    const start = m.index + m.groups!.label.length;
    const end = start + whole.length;
    const digits = whole.match(/\d/g)?.length ?? 0;
    if (digits < 3 || (digits < 4 && !/\d[-–—]\s?\d/.test(whole)) || taken(start, end)) continue;
    if (NOT_CASE_LABEL.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    // a year alone is no case's number ("No. SW 2006")
    if (/^(?:[A-Z]{1,4}\.?[ -]?)?(?:19|20)\d{2}$/.test(whole)) continue;
    // a bare serial ("No. 1234.") is a case's only under a case label ("Civ. A. No. 32004.")
    // or beside the caption's "v." or ")" ("v. NO. 38757")
    if (/^\d+$/.test(whole) && /^(?:Nos?|NOS?|Number|NUMBER)[.,]?\s{0,2}:?\s{0,3}$/.test(m.groups!.label) && !(digits >= 4 && /(?:\bv\.|\bvs\.|\))[ \t]{0,6}$/.test(text.slice(Math.max(0, m.index - 12), m.index)))) continue;
    const parts = labeledParts(whole);
    out.push({ raw: whole, start, end, office: parts.office, year: parts.year, type: parts.type, number: parts.number, judges: [], divisionOffice: null, generic: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The year, type and serial number of a number printed in a court's own form, as far as it can be told:
 * "4:CV88-L-399" → 4, 88, cv, 399; "C74-68" → 74, cv, 68; "3195-N" → no year, 3195.
 */
function labeledParts(whole: string): { office: string | null; year: string; type: string | null; number: string } {
  const office = /^(?:[A-Z]{1,3}\s)?(?<office>\d):/.exec(whole)?.groups?.office ?? null;
  const rest = office ? whole.slice(whole.indexOf(":") + 1) : whole;
  // a lone letter other than C is a judge's or division's code ("95-B-2525", "F-86-325")
  const type = [...rest.matchAll(/[A-Za-z]+/g)].map((w) => (w[0].length > 1 || /^[Cc]$/.test(w[0]) ? TYPE_WORDS[w[0].toLowerCase()] : undefined)).find(Boolean) ?? null;
  // the first two-digit group that a hyphen joins to a longer serial: "CV88-L-399", "78-47-Civ", "3–85–1210"
  const pair = /(?<![\d])(?<year>\d{2})(?:[-–—\s]{1,2}[A-Z]{1,3})?[-–—\s]{1,2}(?<number>\d{1,6})(?!\d)/.exec(rest);
  // "21 EM 2019": a year after the letters is a state court's term, not a serial
  if (pair && !/^(?:19|20)\d{2}$/.test(pair.groups!.number)) return { office, year: pair.groups!.year, type: type ?? null, number: pair.groups!.number };
  const serial = /\d{3,}/.exec(rest)?.[0] ?? rest;
  return { office: null, year: "", type: null, number: serial };
}

/**
 * The CM/ECF form of a case number; `office` fills a missing office digit.
 *
 * @example normalizeCaseNumber(findCaseNumbers("17cv218-MMA (BLM)")[0], "3") // → "3:17-cv-00218-MMA-BLM"
 */
export function normalizeCaseNumber(c: CaseNumberMatch, office: string | null = null): string {
  if (!c.type) return c.year ? `${c.year}-${c.number}` : c.generic ? c.raw : c.number;
  if (!c.year) return c.raw;
  const off = c.office ?? c.divisionOffice ?? office;
  const core = `${c.year}-${c.type}-${c.number.padStart(5, "0")}`;
  return [off ? `${off}:${core}` : core, ...c.judges].join("-");
}

/**
 * Whether two case numbers name the same case (office and judges aside).
 *
 * @example sameCase(a, b)
 */
export function sameCase(a: CaseNumberMatch, b: CaseNumberMatch): boolean {
  return a.year === b.year && Number(a.number) === Number(b.number) && (a.type === b.type || !a.type || !b.type);
}
