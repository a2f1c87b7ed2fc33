/**
 * Law reviews and journals: `100 Harv. L. Rev. 1, 5 (1986)`, `25 Texas L.Rev. 199`,
 * `93 Yale L.J. 455`. Names in `tables/journals.ts` come out canonical; any other
 * `<Capitalized words> L. Rev.` / `L.J.` / `L.Q.` is read with its name as printed.
 */
import type { Candidate, CiteContext, Recognizer } from "../recognizer.js";
import { journalVolumes } from "../scan.js";
import { JOURNALS, type JournalRow } from "../tables/journals.js";
import { abbreviationKey, abbreviationSource, anchoredMatches, dropOverlaps, WordIndexedPattern, type Spelling, type WordMatch } from "./codified.js";

const BY_KEY = new Map<string, JournalRow>();
const SPELLINGS: Spelling[] = [];
for (const row of JOURNALS) {
  for (const v of [row.journal, ...row.variants]) {
    SPELLINGS.push({ source: abbreviationSource(v), printed: v });
    if (!BY_KEY.has(abbreviationKey(v))) BY_KEY.set(abbreviationKey(v), row);
  }
}

// `, 5`, `, 1270-71 n.4`, `(1986)`, `(Spring 1986)`: pin and year after the first page.
const TAIL_SOURCE =
  "(?:,\\s{0,2}(?:at\\s{1,2})?(?<pin>\\d{1,5}(?:\\s{0,2}[-\\u2013]\\s{0,2}\\d{1,5})?(?:\\s{0,2}nn?\\.\\s{0,2}\\d{1,3}(?:[-\\u2013]\\d{1,3})?)?)(?![\\d]))?" +
  "(?:\\s{0,2}\\((?:[A-Z][a-z]{2,8}\\.?\\s{1,2})?(?<year>(?:1[6-9]|20)\\d\\d)(?:\\s?[-\\u2013]\\s?\\d{2,4})?\\))?";

// ` (discussing …)`: an explanatory parenthetical after the year, one level, bounded.
const EXPLANATION = /\s{0,2}\(([a-z][^()]{0,200})\)/y;

// `Harv. L. Rev. 1, 5 (1986)`: a journal from the table, read after its volume.
const KNOWN = new WordIndexedPattern(SPELLINGS, "journal", `\\s{0,3}(?<page>\\d{1,5})(?![\\d])${TAIL_SOURCE}`, "");

// `41 Loy. U. Chi. L.J. 245`, `12 SOME NEW L. REV. 7`: any capitalized name ending the way a law journal's does.
const GENERIC = new RegExp(
  `(?<![\\w.])(?<volume>\\d{1,4})\\s{1,3}(?<journal>(?:(?:[A-Z]\\.[A-Z]\\.(?:[A-Z]\\.)?|[A-Z][A-Za-z'’-]{0,14}\\.?|&)\\s{1,2}){1,6}(?:L\\.\\s?(?:Rev|REV)\\.|L\\.\\s?J\\.|L\\.\\s?Q\\.|L\\.\\s?F\\.|Law\\s{1,2}Review|Law\\s{1,2}Journal|LAW\\s{1,2}(?:REVIEW|JOURNAL)))\\s{0,3}(?<page>\\d{1,5})(?![\\d])${TAIL_SOURCE}`,
  "g",
);

// `L.` of `L. Rev.`, `Law` of `Law Review`: how every journal name the general shape reads ends, found first.
const JOURNAL_END = ["L.", "Law", "LAW"];

function candidate(text: string, m: WordMatch, volume: string, start: number): Candidate {
  const g = m.groups ?? {};
  const row = BY_KEY.get(abbreviationKey(g.journal));
  const year = g.year ? Number(g.year) : null;
  const end = m.index + m[0].length;
  return {
    kind: "journal",
    text: text.slice(start, end),
    start,
    end,
    volume,
    journal: row ? row.journal : g.journal.replace(/\s+/g, " "),
    reporterFound: g.journal.replace(/\s+/g, " "),
    page: g.page,
    pin: g.pin ?? null,
    year,
    yearProvenance: year === null ? null : "stated",
    parenthetical: explanation(text, end),
  };
}

function explanation(text: string, at: number): string | null {
  EXPLANATION.lastIndex = at;
  return EXPLANATION.exec(text)?.[1].trim() ?? null;
}

function known(text: string): Candidate[] {
  const out: Candidate[] = [];
  // `100 `: a volume where a journal may follow (found by the same scan as case volumes).
  for (const v of journalVolumes(text)) {
    const m = KNOWN.execAt(text, v.reporterStart);
    if (m) out.push(candidate(text, m, v.volume, v.start));
  }
  return out;
}

function generic(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Volume and six name words take under 120 characters before `L.`/`Law`; the rest, page, pin and year under 80 after.
  for (const m of anchoredMatches(text, JOURNAL_END, GENERIC, 130, 100)) out.push(candidate(text, m, m.groups?.volume ?? "", m.index));
  return out;
}

/**
 * Finds journal citations.
 *
 * @example journalRecognizer.find({ text: "100 Harv. L. Rev. 1, 5 (1986)", emphasis: [] })[0].pin // "5"
 */
export const journalRecognizer: Recognizer = {
  name: "journal",
  precedence: 45,
  find(ctx: CiteContext): Candidate[] {
    const { text } = ctx;
    // Table hits first: at equal spans the canonical name wins.
    return dropOverlaps([...known(text), ...generic(text)]);
  },
};
