/**
 * `check`: is every cited case real? Each full case citation is looked up in an
 * authority database (CourtListener's bulk data, ingested opinions) and gets a `check`
 * {status, clusters, suggestion}; wrong cites, names, pins, years and courts become
 * findings. The database is reached through `AuthorityIndex`, so this verb knows
 * nothing of SQLite.
 *
 * Finding codes (severity):
 *   authority.not-found        (error)   the store covers the volume, no case starts at the page
 *   authority.name-mismatch    (error)   the cite is another case's
 *   authority.ambiguous        (info)    several cases share the cite and the name picks none out
 *   authority.not-covered      (info)    the store holds nothing for that reporter or volume
 *   authority.pin-past-end     (warning) the pin lies past the page where the next case starts
 *   authority.year-mismatch    (warning) the stated year is not the year of decision
 *   authority.court-mismatch   (warning) the stated court is not the deciding court
 */
import type { Citation, CitationCheck, CheckedCluster, Finding, Reading } from "../model/types.js";
import { compareNames, distinctiveWords, nameKeys } from "./names.js";
import { formatCite, type AuthorityIndex, type KnownCase } from "./types.js";

export * from "./types.js";
export { compareNames, distinctiveWords, nameKeys, nameWords } from "./names.js";

/** How many cases one name key may bring back when looking for the named case elsewhere. */
const NAME_CANDIDATES = 400;

// The first page of a pin cite: "675" in "675-77", "206" in "206 n.1"; star pages give none.
const PIN_FIRST = /^(?:pp?\.\s{0,2})?(\d{1,6})/;
// A volume as printed: digits only.
const VOLUME = /^\d{1,5}$/;
// An ISO date's year.
const YEAR = /^(\d{4})-/;

/** A case as a citation's `check` lists it. */
export function checkedCluster(k: KnownCase): CheckedCluster {
  return { id: k.id, caseName: k.caseName ?? k.caseNameShort, dateFiled: k.dateFiled, court: k.court, citations: k.citations.map(formatCite) };
}

/** The name printed for a cite: its own, else that of a parallel cite of the same case. */
function printedName(citations: readonly Citation[], i: number, parallelTo: ReadonlyMap<number, number[]>): string | null {
  const c = citations[i];
  if (c.caseName) return c.caseName;
  for (const j of [...(c.parallel ?? []), ...(parallelTo.get(i) ?? [])]) if (citations[j]?.caseName) return citations[j].caseName ?? null;
  return null;
}

/** The year printed for a cite, its own or its parallel's, when the text states it. */
function statedYear(citations: readonly Citation[], i: number): number | null {
  const c = citations[i];
  if (c.year != null && c.yearProvenance === "stated") return c.year;
  for (const j of c.parallel ?? []) {
    const p = citations[j];
    if (p?.year != null && p.yearProvenance === "stated") return p.year;
  }
  return null;
}

function agrees(name: string | null, k: KnownCase): boolean {
  if (!name || (!k.caseName && !k.caseNameShort)) return true;
  return compareNames(name, [k.caseName, k.caseNameShort]).agrees;
}

export interface CaseCheck {
  check: CitationCheck;
  /** For not-covered: whether the store holds other volumes of the reporter, or none of it. */
  coverage?: "reporter" | "none";
  /** The one case the cite was found to be, when found. */
  found: KnownCase | null;
}

/**
 * Checks one cite against the database: the status, the cases holding the cite, and the
 * cite the named case really has when this one is wrong.
 *
 * @example (await checkCite(index, { volume: "219", reporter: "F.3d", page: "647", caseName: "Ahrenholz v. Bd. of Trs." })).check.suggestion // "219 F.3d 674"
 */
export async function checkCite(
  index: AuthorityIndex,
  cite: { volume: string; reporter: string; page: string; caseName?: string | null; year?: number | null },
): Promise<CaseCheck> {
  const name = cite.caseName ?? null;
  if (!VOLUME.test(cite.volume.trim())) return { check: { status: "not-covered", clusters: [], suggestion: null }, found: null, coverage: "none" };
  const volume = Number(cite.volume.trim());
  const page = cite.page.trim();
  const cases = await index.casesAt(cite.reporter, volume, page);
  if (cases.length === 0) {
    const coverage = await index.coverage(cite.reporter, volume);
    if (coverage !== "volume") return { check: { status: "not-covered", clusters: [], suggestion: null }, found: null, coverage };
    const suggestion = name ? await suggest(index, name, cite.year ?? null, cite.reporter, volume, page) : null;
    return { check: { status: "not-found", clusters: [], suggestion }, found: null };
  }
  let agreeing = cases.filter((k) => agrees(name, k));
  if (agreeing.length > 1 && name) {
    // Companion cases share a page and often a party: the one more of whose words agree.
    const score = (k: KnownCase) => compareNames(name, [k.caseName, k.caseNameShort]).matched;
    const best = Math.max(...agreeing.map(score));
    agreeing = agreeing.filter((k) => score(k) === best);
  }
  if (agreeing.length === 1) return { check: { status: "found", clusters: [checkedCluster(agreeing[0])], suggestion: null }, found: agreeing[0] };
  if (agreeing.length > 1) return { check: { status: "ambiguous", clusters: agreeing.map(checkedCluster), suggestion: null }, found: null };
  const suggestion = name ? await suggest(index, name, cite.year ?? null, cite.reporter, volume, page) : null;
  return { check: { status: "name-mismatch", clusters: cases.map(checkedCluster), suggestion }, found: null };
}

/**
 * The cite the named case really has: the case of that name (its first distinctive word
 * and half the others agreeing, decided within a year of the stated one), preferring
 * a cite in the printed reporter and volume, nearest the printed page.
 */
async function suggest(index: AuthorityIndex, name: string, year: number | null, reporter: string, volume: number, page: string): Promise<string | null> {
  const keys = nameKeys(name);
  const words = distinctiveWords(name);
  if (keys.length === 0 || words.length === 0) return null;
  const printed = `${volume} ${reporter} ${page}`;
  const pageNo = Number(PIN_FIRST.exec(page)?.[1] ?? NaN);
  let best: { cite: string; score: number[] } | null = null;
  const likely = (a: string | null, b: string | null) => {
    const cmp = compareNames(name, [a, b]);
    return cmp.first && cmp.matched * 2 >= cmp.of;
  };
  for (const k of await index.casesNamed(keys, NAME_CANDIDATES, likely)) {
    const cmp = compareNames(name, [k.caseName, k.caseNameShort]);
    if (!likely(k.caseName, k.caseNameShort)) continue;
    const decided = Number(YEAR.exec(k.dateFiled ?? "")?.[1] ?? NaN);
    if (year !== null && Number.isFinite(decided) && Math.abs(decided - year) > 1) continue;
    for (const c of k.citations) {
      const cite = formatCite(c);
      if (cite === printed) continue;
      const distance = c.reporter === reporter && c.volume === volume && Number.isFinite(pageNo) ? Math.abs(Number(PIN_FIRST.exec(c.page)?.[1] ?? 0) - pageNo) : 1e9;
      const score = [cmp.matched, c.reporter === reporter ? 1 : 0, c.volume === volume ? 1 : 0, -distance];
      if (!best || compareScores(score, best.score) > 0) best = { cite, score };
    }
  }
  return best?.cite ?? null;
}

function compareScores(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

export interface CheckResult {
  /** The reading with `check` set on every full case citation and the findings added. */
  reading: Reading;
  /** The findings `check` added, in text order. */
  findings: Finding[];
}

/**
 * Checks every full case citation of a reading against an authority database.
 *
 * @example const { reading, findings } = await checkReading(reading, new SqliteAuthorityIndex(db));
 */
export async function checkReading(reading: Reading, index: AuthorityIndex): Promise<CheckResult> {
  const citations = reading.citations.map((c) => ({ ...c }));
  const findings: Finding[] = [];
  const add = (i: number, severity: Finding["severity"], code: string, message: string) =>
    findings.push({ severity, code, message, citation: i, start: citations[i].start, end: citations[i].end });
  // Which cites list each cite among their parallels, read once.
  const parallelTo = new Map<number, number[]>();
  citations.forEach((c, j) => {
    for (const k of c.parallel ?? []) parallelTo.set(k, [...(parallelTo.get(k) ?? []), j]);
  });
  for (let i = 0; i < citations.length; i++) {
    const c = citations[i];
    if (c.kind !== "case" || !c.volume || !c.reporter || !c.page) continue;
    const name = printedName(citations, i, parallelTo);
    const year = statedYear(citations, i);
    const { check, found, coverage } = await checkCite(index, { volume: c.volume, reporter: c.reporter, page: c.page, caseName: name, year });
    c.check = check;
    const cite = `${c.volume} ${c.reporter} ${c.page}`;
    const named = name ? `${name}, ` : "";
    const instead = check.suggestion ? `; ${name ?? "the named case"} is at ${check.suggestion}` : "";
    switch (check.status) {
      case "not-found":
        add(i, "error", "authority.not-found", `no case starts at ${cite}, though the store holds volume ${c.volume} of ${c.reporter}${instead}`);
        break;
      case "name-mismatch":
        add(i, "error", "authority.name-mismatch", `${cite} is ${check.clusters.map((k) => k.caseName ?? `case ${k.id}`).join(" / ")}, not ${name}${instead}`);
        break;
      case "ambiguous":
        add(i, "info", "authority.ambiguous", `${check.clusters.length} cases share ${cite}: ${check.clusters.map((k) => k.caseName ?? `case ${k.id}`).join(" / ")}`);
        break;
      case "not-covered":
        add(i, "info", "authority.not-covered", `${named}${cite} is unchecked: the store holds ${coverage === "reporter" ? `no volume ${c.volume} of ${c.reporter}` : `no cases of ${c.reporter}`}`);
        break;
      case "found":
        if (found) await foundFindings(index, c, i, found, year, add);
        break;
    }
  }
  const merged = [...reading.findings, ...findings].sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity));
  return { reading: { ...reading, citations, findings: merged }, findings };
}

/** What can still be wrong with a cite that names a real case: the pin, the year, the court. */
async function foundFindings(
  index: AuthorityIndex,
  c: Citation,
  i: number,
  found: KnownCase,
  year: number | null,
  add: (i: number, severity: Finding["severity"], code: string, message: string) => void,
): Promise<void> {
  const label = `${found.caseName ?? found.caseNameShort ?? "the case"}, ${c.volume} ${c.reporter} ${c.page}`;
  const first = Number(PIN_FIRST.exec(c.page ?? "")?.[1] ?? NaN);
  const pin = Number(PIN_FIRST.exec(c.pin ?? "")?.[1] ?? NaN);
  if (Number.isFinite(first) && Number.isFinite(pin) && pin > first) {
    // The next case may begin on this case's last page, so only a pin past it is wrong.
    const next = await index.nextCaseStart(c.reporter!, Number(c.volume), first);
    if (next !== null && pin > next) add(i, "warning", "authority.pin-past-end", `pin ${c.pin} is past the end of ${label}: the next case in the volume starts at page ${next}`);
  }
  const decided = Number(YEAR.exec(found.dateFiled ?? "")?.[1] ?? NaN);
  if (year !== null && Number.isFinite(decided) && decided !== year) add(i, "warning", "authority.year-mismatch", `${label} was decided in ${decided} (${found.dateFiled}), not ${year}`);
  if (c.court && c.courtProvenance === "stated" && found.court && found.court !== c.court) {
    add(i, "warning", "authority.court-mismatch", `${label} was decided by ${found.court}, not ${c.court}`);
  }
}
