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
}

/** CM/ECF case-type letters and the spellings captions use for them. */
const TYPE_WORDS: Record<string, string> = {
  cv: "cv", c: "cv", civ: "cv", civil: "cv", cr: "cr", crim: "cr", bk: "bk", b: "bk", ap: "ap", adv: "ap",
  mc: "mc", misc: "mc", mj: "mj", md: "md", po: "po", sw: "sw", gj: "gj", mdl: "md", hc: "hc", ml: "ml",
};

/** Division codes some districts put inside the number (`CV 10-1061-PHX-SRB`) → office digit. */
const DIVISION_OFFICE: Record<string, string> = { PHX: "2", PCT: "3", TUC: "4" };

/** Uppercase words that follow a number in captions but are not judge initials. */
const NOT_INITIALS = new Set(["AND", "THE", "FOR", "OF", "ORDER", "RE", "IN", "NO", "NOS", "ET", "AL", "V", "VS", "CV", "CR", "WO", "MOTION"]);

// "3:17-cv-00218-MMA", "17cv218", "4:03-CV-00493", "05-cr-123"
const CMECF = /\b(?:(?<office>\d{1,2})\s?:\s?)?(?<year>\d{2})\s?-?\s?(?<type>cv|cr|bk|ap|mc|mj|md|po|sw|gj|hc|ml)\s?-?\s?(?<number>\d{1,6})\b/gi;
// "CV 04-857", "C 09-02306", "CR 05-123", "Civ. No. 04-1234", "CV-10-1061", "Adv. No. 18-90012", "CIV S-91-0300"
const PREFIXED = /\b(?<type>CV|CR|C|Civ\.?|CIV\.?|Civil|Crim\.?|CRIM\.?|Adv\.?|Misc\.?|MC)(?:\s{0,2}(?:Action\s{1,2})?No\.?)?\s{0,2}(?:(?<division>[A-Z])\s{0,2}-\s{0,2})?-?\s{0,2}(?<year>\d{2})-(?<number>\d{1,6})(?!\d)/g;
// "No. 06-1068", "Case No. 18-12345", "Nos. 17-55208"
const BARE = /\bNos?\.\s{0,2}(?<year>\d{2})-(?<number>\d{3,6})\b/g;
// "-MMA (BLM)", " GAF (JTLx)", "-PHX-SRB", " (JDB)" — one trailing initials group
const INITIALS = /[ \t]{0,2}[-–(]?[ \t]{0,2}(?<initials>[A-Z]{2,4})x?\)?/y;

function trailingInitials(text: string, from: number): { judges: string[]; division: string | null; end: number } {
  const judges: string[] = [];
  let division: string | null = null;
  let end = from;
  for (let i = 0; i < 4; i++) {
    INITIALS.lastIndex = end;
    const m = INITIALS.exec(text);
    if (!m) break;
    const ini = m.groups!.initials;
    const next = text[INITIALS.lastIndex] ?? "";
    // A word of a title ("ORDER") runs on past the initials.
    if (NOT_INITIALS.has(ini) || /[A-Za-z]/.test(next)) break;
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
  const text = source.replace(/[\u2010-\u2015\u2212\u00AD]/g, "-");
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
  for (const m of text.matchAll(PREFIXED)) {
    const word = m.groups!.type.replace(/\.$/, "").toLowerCase();
    add(m.index, m.index + m[0].length, m.groups!, TYPE_WORDS[word] ?? "cv");
  }
  for (const m of text.matchAll(BARE)) {
    // "Doc. No. 49-1" is a docket entry and its attachment
    if (/(?:Doc|Dkt|ECF|Docket|Entry|Document)\.?\s{0,2}$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    add(m.index + m[0].indexOf(m.groups!.year), m.index + m[0].length, m.groups!, null);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The CM/ECF form of a case number; `office` fills a missing office digit.
 *
 * @example normalizeCaseNumber(findCaseNumbers("17cv218-MMA (BLM)")[0], "3") // → "3:17-cv-00218-MMA-BLM"
 */
export function normalizeCaseNumber(c: CaseNumberMatch, office: string | null = null): string {
  if (!c.type) return `${c.year}-${c.number}`;
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
