/**
 * Whether a case name as printed in a brief ("Ahrenholz v. Bd. of Trs. of the Univ. of
 * Ill.") and a name a case database keeps ("Ahrenholz v. Board of Trustees of the
 * University of Illinois") name the same case. Printed names are abbreviated (Bluebook
 * T6), shortened and reordered, so agreement rests on the distinctive words: the words
 * that are not party types, entity suffixes or connectives.
 */

// Words that say what kind of party or entity, not which: they never tell two cases apart.
const GENERIC = new Set(
  (
    "a an and as at by de del for in into of on or the to v vs versus re ex rel parte matter et al " +
    "united states america us usa people state commonwealth government govt gov't territory nation " +
    "city cnty county town village borough township parish dist district " +
    "inc co corp company corporation llc l.l.c ltd lp llp plc na n.a assn ass'n association assoc " +
    "bd board dep't dept department trs trustees trustee univ university nat'l national ins insurance " +
    "int'l intern international fed federal comm'n commission comm'r commissioner sch school bank " +
    "sec'y secretary dir director warden estate admin adm'r administrator others another " +
    "petitioner respondent appellant appellee plaintiff defendant unknown doe does"
  ).split(" "),
);

// A word of a name: letters and digits, with inner apostrophes and periods ("nat'l", "l.l.c").
const WORD = /[\p{L}\p{N}]+(?:['.][\p{L}\p{N}]+)*/gu;
// Curly apostrophes and primes as printed.
const APOSTROPHES = /[\u2018\u2019\u02bc\u2032`]/g;
// Combining marks left after NFKD: "Peña" → "pena".
const MARKS = /\p{M}+/gu;
// The "v." between the parties: "Tripati v. Henman".
const VERSUS = /\s(?:v|vs)\.?\s/i;

/** Lower-case words of a name, diacritics and curly quotes folded. @example words("Nat’l Ins. Co.") // ["nat'l", "ins", "co"] */
export function nameWords(name: string): string[] {
  const folded = name.normalize("NFKD").replace(MARKS, "").replace(APOSTROPHES, "'").toLowerCase();
  return folded.match(WORD) ?? [];
}

/** The words that tell one case from another. @example distinctiveWords("In re Cement Antitrust Litig.") // ["cement", "antitrust", "litig"] */
export function distinctiveWords(name: string): string[] {
  return nameWords(name).filter((w) => w.length >= 3 && !GENERIC.has(w) && !/^\d+$/.test(w));
}

/**
 * The first distinctive word of each party: the keys a name index files a case under.
 *
 * @example nameKeys("Ahrenholz v. Bd. of Trs. of the Univ. of Ill.") // ["ahrenholz", "ill"]
 */
export function nameKeys(name: string): string[] {
  const keys: string[] = [];
  for (const party of name.split(VERSUS).slice(0, 2)) {
    const first = distinctiveWords(party)[0];
    if (first && !keys.includes(first)) keys.push(first);
  }
  return keys;
}

/** One word stands for another: equal, or an abbreviation that is its start ("litig" → "litigation"). */
export function wordsAgree(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.startsWith(short.replace(/'.*$/, ""));
}

export interface NameAgreement {
  /** Whether the names can be the same case. */
  agrees: boolean;
  /** Distinctive printed words found in the other name, of how many. */
  matched: number;
  of: number;
  /** Whether the first distinctive printed word is among them (the first party's name). */
  first: boolean;
}

/**
 * Compares a printed case name with the names a database keeps for one case. They agree
 * when the printed name's first distinctive word is in one of them, or two of its
 * distinctive words are. A printed name with no distinctive word ("United States v.
 * State") agrees when all its words are there.
 *
 * @example compareNames("Tripati v. Henman", ["Tripati v. Henman"]).agrees // true
 */
export function compareNames(printed: string, known: readonly (string | null | undefined)[]): NameAgreement {
  const theirs = new Set(known.flatMap((n) => (n ? nameWords(n) : [])));
  const has = (w: string) => theirs.has(w) || [...theirs].some((t) => wordsAgree(w, t));
  const mine = distinctiveWords(printed);
  if (mine.length === 0) {
    const all = nameWords(printed).filter((w) => w.length > 1);
    const matched = all.filter(has).length;
    const agrees = all.length > 0 && matched === all.length;
    return { agrees, matched, of: all.length, first: agrees };
  }
  const hits = mine.map(has);
  const matched = hits.filter(Boolean).length;
  return { agrees: hits[0] || matched >= 2, matched, of: mine.length, first: hits[0] };
}
