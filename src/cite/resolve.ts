/**
 * Resolution: what each short form points back at. `Id.` → the citation just before it,
 * whatever its kind; a short case cite → its full cite; `supra` and references → the full
 * cite whose party they name; a bare `§ 1292(b)` → the last statute's title and code; a bare
 * `Rule 59(e)` → the rule body in force. Nothing is guessed: no antecedent stays `null`.
 */
import type { Citation, Finding } from "../model/types.js";
import { citeKey } from "./scan.js";
import { DATABASE_REPORTERS, lookupReporter } from "./tables/reporters.js";
import { RULE_BODIES } from "./tables/rules.js";

const FULL_CASE = "case";
/** How many pages past its first page a pin may point: more is a different case. */
const MAX_PIN_SPAN = 300;
/** Codes cited by page, into which `Id. at 1240` may point. */
const PAGED_CODES = new Set(["Stat.", "Fed. Reg.", "Pub. L."]);
/** How far back (in citations) an `Id.` looks past hidden cites and prose mentions. */
const ID_LOOKBACK = 200;

/** Spans of balanced parentheses in the text (unclosed ones are ignored), sorted by open. */
function parenSpans(text: string, limit = 2000): { open: number; close: number }[] {
  const spans: { open: number; close: number }[] = [];
  const stack: number[] = [];
  // Jump from parenthesis to parenthesis with indexOf: a character loop over the whole text costs more.
  let nextOpen = text.indexOf("(");
  let nextClose = text.indexOf(")");
  while (nextOpen >= 0 || nextClose >= 0) {
    if (nextOpen >= 0 && (nextClose < 0 || nextOpen < nextClose)) {
      stack.push(nextOpen);
      nextOpen = text.indexOf("(", nextOpen + 1);
    } else {
      const i = nextClose;
      if (stack.length) {
        const open = stack.pop()!;
        if (i - open <= limit) spans.push({ open, close: i });
      }
      nextClose = text.indexOf(")", i + 1);
    }
    // Drop opens that can no longer close within the limit, keeping the stack small.
    if (stack.length > 64) stack.shift();
  }
  return spans.sort((a, b) => a.open - b.open);
}

/** Lower case, letters and digits only: `Nat’l` and `Nat'l` compare equal. */
function fold(s: string): string {
  return s.toLowerCase().replace(/[’']/g, "'").replace(/[^a-z0-9']+/g, " ").trim();
}

/** The words of `fold(s)`, without the intermediate string. */
function foldWords(s: string): string[] {
  return s.toLowerCase().replace(/’/g, "'").split(/[^a-z0-9']+/);
}

function firstNumber(pin: string | null | undefined): number | null {
  const m = /\d{1,7}/.exec(pin ?? "");
  return m ? Number(m[0]) : null;
}

/** Whether a short form's name is the name of a full cite. */
function namesCase(name: string, c: Pick<Citation, "caseName" | "plaintiff" | "defendant">): boolean {
  const n = fold(name).replace(/^in re /, "");
  if (!n) return false;
  for (const part of [c.caseName, c.plaintiff, c.defendant]) {
    if (!part) continue;
    const p = fold(part).replace(/^in re /, "");
    if (p === n || p.startsWith(`${n} `) || ` ${p} `.includes(` ${n} `)) return true;
  }
  return false;
}

/**
 * Fills `antecedent` (an index into `citations`) of every short form, and the title/code of
 * bare sections and the body of bare rules. Mutates and returns the array.
 *
 * @example resolve("Doc. No. 47. Id. at 3.", [record, id])[1].antecedent // 0
 */
export function resolve(text: string, citations: Citation[], known: ReadonlyMap<string, string> = new Map()): Citation[] {
  // Parentheses nest, so a cite is hidden from `pos` when its innermost enclosing one closed before it.
  const innermost = innermostClose(parenSpans(text), citations);
  /** True when citation `i` sits inside a parenthetical that has closed before `pos`. */
  const hiddenFrom = (i: number, pos: number): boolean => innermost[i] >= 0 && innermost[i] < pos;
  const index = new AuthorityIndex();
  /** The furthest page each cited case is known to reach, from the pins printed for it. */
  const reach = new PinReach();
  // Asked only when a bare rule has no body to inherit: most texts never need the scan.
  let federal: boolean | null = null;
  const federalCivil = (): boolean => (federal ??= /Fed\.\s?R\.\s?Civ\.\s?P\.|Federal Rules? of Civil Procedure/.test(text) || /\d:\d{2}-cv-\d{2,5}|\bUNITED STATES DISTRICT COURT\b/i.test(text.slice(0, 4000)));

  let lastStatute: number | null = null;
  /** The last full cite of each section (`3582`), and of each part of a dotted one (`214` of `214.3`). */
  const sections = new Map<string, number>();
  const stems = new Map<string, number>();
  let lastRuleBody: number | null = null;
  let lastLocalRule: number | null = null;
  /** The last cite of each rule number with its body: `7.1` → `Local Rule 7.1(a)`. */
  const ruleNumbers = new Map<string, number>();
  for (let i = 0; i < citations.length; i++) {
    const c = citations[i];
    switch (c.kind) {
      case "id": {
        // The citation just before, skipping cites hidden inside a closed parenthetical and
        // the parallels of the same case (they are one authority).
        // `Id. at 1026` names a page: it cannot point at a section or rule mentioned in between.
        const pagePin = c.pin !== null && c.pin !== undefined && !/^§/.test(c.pin);
        // A page proper (`125`, `*3`, `pp. 45`), not a paragraph: paragraphs are numbered in codes too.
        const pageOnly = pagePin && /^(?:pp?\.\s?)?\*{0,2}\s?\d/.test(c.pin!);
        c.antecedent = null;
        let sectionOnly: number | null = null;
        let decided = false;
        for (let j = i - 1; j >= 0 && i - j <= ID_LOOKBACK; j--) {
          if (hiddenFrom(j, c.start)) continue;
          const prev = citations[j];
          // A bare `§ 1292(b)` or `Rule 59(e)` repeating an authority already cited is a mention in
          // prose, not a cite a page pin could point into.
          if (pagePin && (prev.kind === "rule" || (prev.kind === "statute-short" && prev.antecedent !== null))) continue;
          // A case named in prose with no page (`in violation of *Brady*`) is a mention, not the
          // authority last cited.
          if (prev.kind === "reference" && !prev.pin) continue;
          // A code section or a constitution has no pages (the Statutes at Large and the Federal
          // Register do): when a case cited just before it holds the page, the Id. is that case's.
          if (pagePin && sectionOnly === null && (prev.kind === "statute" || prev.kind === "regulation" || prev.kind === "constitution") && prev.section && !PAGED_CODES.has(prev.code ?? "")) {
            sectionOnly = j;
            continue;
          }
          const target = prev.kind === "id" ? prev.antecedent : firstOfParallels(citations, j);
          const root = target === null ? null : authorityOf(citations, target);
          const fits = target !== null && !(pagePin && (root === null || !pinFitsGroup(citations, root, c.pin!)));
          c.antecedent = fits ? target : pageOnly ? null : sectionOnly;
          decided = true;
          break;
        }
        // `Id. at 125` names a page: a code section or a constitution has none to point into.
        if (!decided) c.antecedent = pageOnly ? null : sectionOnly;
        reach.noteRoot(citations, c.antecedent, c.pin);
        break;
      }
      case "case-short": {
        c.antecedent = shortCaseAntecedent(text, citations, i, index, reach);
        // The first page is the one printed in the short cite's own reporter, not the lead parallel's.
        if (c.antecedent !== null && !c.page) c.page = pageIn(citations, c.antecedent, c);
        if (c.antecedent !== null) reach.note(c.volume, c.reporter, c.page, c.pin);
        break;
      }
      case "supra":
      case "reference": {
        const name = c.caseName;
        c.antecedent = null;
        if (!name) break;
        const found = index.byName(citations, name).filter((j) => namesCase(name, citations[j]) || index.hasAlias(citations, j, name));
        c.antecedent = unique(citations, found);
        reach.noteRoot(citations, c.antecedent, c.pin);
        break;
      }
      case "statute":
      case "regulation": {
        if (c.code && c.section && !PAGED_CODES.has(c.code)) {
          lastStatute = i;
          sections.set(c.section, i);
          const stem = sectionStem(c.section);
          if (stem !== c.section) stems.set(stem, i);
        }
        c.antecedent = c.antecedent ?? null;
        break;
      }
      case "statute-short": {
        // A bare section belongs to the code it was last cited under in full (`§ 3582(c)(2)` after
        // `18 U.S.C. § 3582`, though `21 U.S.C. § 841` came since), else to a neighbour of its part
        // (`§ 214.4` after `8 C.F.R. § 214.3`), else to the last code cited.
        const own = c.section ? (sections.get(c.section) ?? stems.get(sectionStem(c.section))) : undefined;
        const from = own ?? lastStatute;
        if (from !== null) {
          const s = citations[from];
          c.antecedent = from;
          c.title = c.title ?? s.title ?? null;
          c.code = c.code ?? s.code ?? null;
          c.jurisdiction = c.jurisdiction ?? s.jurisdiction ?? null;
        } else c.antecedent = null;
        break;
      }
      case "rule": {
        // A bare rule belongs to the body it was last cited under (`Rule 7.1(b)` after `Local Rule
        // 7.1(a)`), else to the last body of general rules; a court's local rules govern only the
        // numbers they were cited with, so `Rule 11` after `Civil L.R. 7-3` is not a local rule.
        const same = c.rule ? ruleNumbers.get(c.rule) : undefined;
        const from = same ?? lastRuleBody ?? (federalCivil() ? undefined : (lastLocalRule ?? undefined));
        if (c.body) {
          if (c.rule) ruleNumbers.set(c.rule, i);
          if (isLocalRuleBody(c.body)) lastLocalRule = i;
          else lastRuleBody = i;
          c.antecedent = c.antecedent ?? null;
        } else if (from !== undefined && from !== null) {
          c.body = citations[from].body ?? null;
          c.antecedent = from;
        } else if (federalCivil()) {
          // A federal civil document: a bare `Rule 59(e)` is a Federal Rule of Civil Procedure,
          // though no citation established it.
          c.body = "Fed. R. Civ. P.";
          c.antecedent = null;
        } else c.antecedent = null;
        break;
      }
      case FULL_CASE: {
        index.add(citations, i);
        const alias = known.size ? known.get(citeKey(c.volume, c.reporter, c.page)) : undefined;
        if (alias) index.alias(citations, i, alias);
        reach.note(c.volume, c.reporter, c.page, c.pin);
        c.antecedent = null;
        break;
      }
      default:
        c.antecedent = c.antecedent ?? null;
    }
  }
  return citations;
}

/** Bodies of a court's own rules (`L.R.`, `Civ. L.R.`, `D. Ariz. LRCiv`). */
const LOCAL_BODIES = RULE_BODIES.filter((b) => b.local).map((b) => b.body);

/**
 * Whether a rule body is a court's local rules, with or without the district in front.
 *
 * @example isLocalRuleBody("D. Ariz. LRCiv") // true
 */
export function isLocalRuleBody(body: string): boolean {
  return LOCAL_BODIES.some((b) => body === b || body.endsWith(` ${b}`));
}

/** The part a section belongs to: `214` of `214.3`, `2000e` of `2000e-5`; a plain section is its own. */
function sectionStem(section: string): string {
  const m = /^[^.:/\u2013-]+(?=[.:/\u2013-])/.exec(section);
  return m ? m[0] : section;
}

/** The first page of `short`'s volume and reporter among the full cite `root` and its parallels. */
function pageIn(citations: Citation[], root: number, short: Citation): string | null {
  for (const j of [root, ...(citations[root].parallel ?? [])]) {
    const f = citations[j];
    if (f.volume === short.volume && f.reporter === short.reporter && f.page) return f.page;
  }
  return null;
}

/** Follows short forms back to the full citation they stand for, or `null`. */
function authorityOf(citations: Citation[], k: number): number | null {
  let cur: number | null = k;
  for (let hops = 0; cur !== null && hops < 50; hops++) {
    const c: Citation = citations[cur];
    if (c.kind !== "id" && c.kind !== "case-short" && c.kind !== "supra" && c.kind !== "reference") return cur;
    cur = c.antecedent;
  }
  return null;
}

/** Whether a page pin can point into a full case cite: on or after its first page, not far past it. */
function pinFits(target: Citation, pin: string): boolean {
  if (target.kind !== FULL_CASE || DATABASE_REPORTERS.has(target.reporter ?? "")) return true;
  // A paragraph pin cannot point into a paginated reporter (a public-domain cite has paragraphs).
  if (/^¶/.test(pin)) return lookupReporter(target.reporter ?? "") === null;
  const p = firstNumber(pin);
  if (p === null || /^\*/.test(pin)) return true;
  if (!target.page) return false;
  const page = Number(target.page);
  return !Number.isFinite(page) || (p >= page && p - page <= MAX_PIN_SPAN);
}

/** Whether a pin fits a full cite or one of its parallels: `Id. at 903` after `405 Md. 647, 874 A.2d 897`. */
function pinFitsGroup(citations: Citation[], root: number, pin: string): boolean {
  if (pinFits(citations[root], pin)) return true;
  return (citations[root].parallel ?? []).some((j) => citations[j].kind === FULL_CASE && pinFits(citations[j], pin));
}

/** The first cite of a parallel group: `1 U.S. 1, 2 S. Ct. 3` is one authority. */
function firstOfParallels(citations: Citation[], j: number): number {
  const p = citations[j].parallel;
  if (!p || p.length === 0) return j;
  return Math.min(j, ...p);
}

/** The key of the authority a full case cite stands for: the same volume, reporter and page is the same case. */
function authority(citations: Citation[], j: number): string {
  const f = citations[firstOfParallels(citations, j)];
  return f.page ? `${f.volume}|${f.reporter}|${f.page}` : `#${j}`;
}

/**
 * The full case cite a short case cite points at: among earlier full cites with the same
 * volume and reporter whose pages can hold the pin (and whose name matches, if one is given),
 * the most recent — but only when they are all one authority; otherwise `null`.
 */
function shortCaseAntecedent(text: string, citations: Citation[], i: number, index: AuthorityIndex, reach: PinReach): number | null {
  const c = citations[i];
  const pin = firstNumber(c.pin);
  const found: number[] = [];
  for (const j of index.byVolume(c.volume, c.reporter)) {
    const f = citations[j];
    if (c.page && f.page === c.page) return firstOfParallels(citations, j);
    const page = Number(f.page);
    const db = DATABASE_REPORTERS.has(f.reporter ?? "");
    // A pin must fall on or after the first page (and not absurdly far past it).
    if (!db && pin !== null && Number.isFinite(page) && (pin < page || pin - page > MAX_PIN_SPAN)) continue;
    found.push(j);
  }
  // One candidate settles it (`Rio Props., 284 F.3d at 1016` → `Rio Properties, Inc. v. …`);
  // among several, the name printed with the short cite must single one out.
  if (found.length <= 1) return unique(citations, found);
  // `Id. at 239, 311 S.E.2d at 609`: a short cite right after a resolved Id. or short cite is its
  // parallel, and stands for the same case.
  const prev = i > 0 ? citations[i - 1] : null;
  if (prev && (prev.kind === "id" || prev.kind === "case-short") && prev.antecedent !== null && /^,\s{1,3}$/.test(text.slice(prev.end, c.start))) {
    const root = authorityOf(citations, prev.antecedent);
    if (root !== null) {
      const key = authority(citations, root);
      const same = found.filter((j) => authority(citations, j) === key);
      if (same.length) return unique(citations, same);
    }
  }
  let pool = c.caseName ? found.filter((j) => namesCase(c.caseName!, citations[j])) : found;
  // Cases in one volume take up disjoint pages: a pin past the first page of the case that starts
  // last lies in that case (`311 S.E.2d at 611` after `311 S.E.2d 559` and `311 S.E.2d 609`). On
  // that first page itself the case before may still be ending: that stays ambiguous. So does a
  // pin when an earlier case is known (from its own pins) to run past the last one's first page:
  // `1 U.S. 1` pinned at 77 and 99 may hold page 51 whatever `1 U.S. 50` says.
  if (pool.length > 1 && pin !== null && !DATABASE_REPORTERS.has(c.reporter ?? "")) {
    const pages = pool.map((j) => Number(citations[j].page));
    if (pages.every(Number.isFinite)) {
      const last = Math.max(...pages);
      const overlapped = pool.some((j, k) => pages[k] < last && reach.of(citations[j].volume, citations[j].reporter, citations[j].page) >= last);
      if (pin > last && !overlapped) pool = pool.filter((_, k) => pages[k] === last);
    }
  }
  return unique(citations, pool);
}

/**
 * The furthest page printed for each cited case (`volume|reporter|first page`): its own pin and
 * the pins of the short forms that resolved to it. A case pinned at 101 runs at least to 101.
 */
class PinReach {
  private readonly furthest = new Map<string, number>();

  note(volume: string | null | undefined, reporter: string | null | undefined, page: string | null | undefined, pin: string | null | undefined): void {
    const p = firstNumber(pin);
    if (p === null || !page || /^[*¶§]/.test(pin ?? "")) return;
    const key = `${volume}|${reporter}|${page}`;
    if (p > (this.furthest.get(key) ?? -1)) this.furthest.set(key, p);
  }

  /** Notes a pin against the full cite a resolved short form stands for. */
  noteRoot(citations: Citation[], antecedent: number | null, pin: string | null | undefined): void {
    const root = antecedent === null ? null : authorityOf(citations, antecedent);
    if (root === null || citations[root].kind !== FULL_CASE) return;
    const f = citations[root];
    this.note(f.volume, f.reporter, f.page, pin);
  }

  /** The furthest page known for a case, or -1. */
  of(volume: string | null | undefined, reporter: string | null | undefined, page: string | null | undefined): number {
    return this.furthest.get(`${volume}|${reporter}|${page}`) ?? -1;
  }
}

/**
 * Full case cites seen so far, one entry per authority (its latest cite), looked up by volume +
 * reporter or by a word of a party's name. Keeps resolution linear: a lookup touches the
 * distinct authorities that share the key, never every earlier citation.
 */
class AuthorityIndex {
  private readonly volumes = new Map<string, Map<string, number>>();
  private readonly words = new Map<string, Map<string, number>>();
  /** Cites added but not yet in `words`: most texts never look a name up, so the words wait until one does. */
  private readonly unnamed: { j: number; key: string }[] = [];
  private readonly aliases = new Map<string, string[]>();

  add(citations: Citation[], j: number): void {
    const c = citations[j];
    const key = authority(citations, j);
    put(this.volumes, `${c.volume}|${c.reporter}`, key, j);
    this.unnamed.push({ j, key });
  }

  /** Puts the words of the waiting cites in `words`, in the order they were added. */
  private indexNames(citations: Citation[]): void {
    for (const { j, key } of this.unnamed) this.addWords(citations, j, key);
    this.unnamed.length = 0;
  }

  private addWords(citations: Citation[], j: number, key: string): void {
    const c = citations[j];
    const seen = new Set<string>();
    // `Smith v. Jones` holds the words of both parties: reading them again adds nothing.
    const whole = c.caseName !== null && c.caseName !== undefined && (c.caseName === c.plaintiff ? !c.defendant : c.caseName === `${c.plaintiff} v. ${c.defendant}`);
    for (const part of whole ? [c.caseName] : [c.caseName, c.plaintiff, c.defendant]) {
      for (const w of foldWords(part ?? "")) {
        if (w && w !== "in" && w !== "re" && !seen.has(w)) {
          seen.add(w);
          put(this.words, w, key, j);
        }
      }
    }
  }

  /** A name the case goes by that its cite does not print (from `knownNames`). */
  alias(citations: Citation[], j: number, name: string): void {
    const key = authority(citations, j);
    const list = this.aliases.get(key);
    if (list) list.push(name);
    else this.aliases.set(key, [name]);
    for (const w of foldWords(name)) if (w && w !== "in" && w !== "re") put(this.words, w, key, j);
  }

  /** Whether `name` is an alias of the authority cite `j` stands for (any of its cites may carry it). */
  hasAlias(citations: Citation[], j: number, name: string): boolean {
    const list = this.aliases.size ? this.aliases.get(authority(citations, j)) : undefined;
    return list !== undefined && list.some((a) => namesCase(name, { caseName: a, plaintiff: null, defendant: null }));
  }

  /** Latest cite of each authority with this volume and reporter, most recent first. */
  byVolume(volume: string | null | undefined, reporter: string | null | undefined): number[] {
    return latest(this.volumes.get(`${volume}|${reporter}`));
  }

  /** Latest cite of each authority whose name holds the first word of `name`. */
  byName(citations: Citation[], name: string): number[] {
    this.indexNames(citations);
    const first = fold(name).replace(/^in re /, "").split(" ")[0] ?? "";
    return latest(this.words.get(first));
  }
}

function put(map: Map<string, Map<string, number>>, key: string, authorityKey: string, j: number): void {
  let m = map.get(key);
  if (!m) map.set(key, (m = new Map()));
  m.delete(authorityKey);
  m.set(authorityKey, j);
}

function latest(m: Map<string, number> | undefined): number[] {
  return m ? [...m.values()].reverse() : [];
}

/** For each citation, where its innermost enclosing parenthesis closes (-1: none). */
function innermostClose(spans: { open: number; close: number }[], citations: Citation[]): number[] {
  const out = new Array<number>(citations.length).fill(-1);
  const stack: { open: number; close: number }[] = [];
  let k = 0;
  for (let i = 0; i < citations.length; i++) {
    const c = citations[i];
    while (k < spans.length && spans[k].open < c.start) {
      while (stack.length && stack[stack.length - 1].close < spans[k].open) stack.pop();
      stack.push(spans[k++]);
    }
    while (stack.length && stack[stack.length - 1].close + 1 < c.end) stack.pop();
    if (stack.length) out[i] = stack[stack.length - 1].close;
  }
  return out;
}

/** The most recent of `found` when all are one authority, else `null`. */
function unique(citations: Citation[], found: number[]): number | null {
  if (found.length === 0) return null;
  const key = authority(citations, found[0]);
  if (found.some((j) => authority(citations, j) !== key)) return null;
  return firstOfParallels(citations, found[0]);
}

/**
 * Findings for short forms that point at nothing: an `Id.` with nothing before it, a short
 * cite whose full cite is missing, a `supra` naming no cited case.
 *
 * @example unresolvedFindings([{ kind: "id", antecedent: null, … }])[0].code // "cite.unresolved-short-form"
 */
export function unresolvedFindings(citations: readonly Citation[]): Finding[] {
  const out: Finding[] = [];
  citations.forEach((c, i) => {
    if ((c.kind === "id" || c.kind === "case-short" || c.kind === "supra" || c.kind === "reference" || c.kind === "statute-short") && c.antecedent === null) {
      out.push({
        severity: "warning",
        code: "cite.unresolved-short-form",
        message: `${c.kind} "${c.text}" refers to no earlier citation`,
        citation: i,
        start: c.start,
        end: c.end,
      });
    }
  });
  return out;
}

/** Years of slack at either end of a reporter's range: late reports, early advance sheets. */
const YEAR_SLACK = 2;

/**
 * Findings for full case cites whose stated year lies outside the years their reporter
 * covers (`845 F.2d 205 (9th Cir. 2015)`): a typo in the volume, reporter or year.
 *
 * @example yearFindings([{ kind: "case", reporter: "F.2d", year: 2015, yearProvenance: "stated", … }])[0].code // "cite.year-outside-reporter-range"
 */
export function yearFindings(citations: readonly Citation[]): Finding[] {
  const out: Finding[] = [];
  citations.forEach((c, i) => {
    if (c.kind !== "case" || c.yearProvenance !== "stated" || !c.year || !c.reporter) return;
    const ed = lookupReporter(c.reporter);
    if (!ed || DATABASE_REPORTERS.has(ed.name)) return;
    const early = ed.start !== null && c.year < ed.start - YEAR_SLACK;
    const late = ed.end !== null && c.year > ed.end + YEAR_SLACK;
    if (early || late) {
      out.push({
        severity: "warning",
        code: "cite.year-outside-reporter-range",
        message: `${c.text}: ${c.year} is outside the years ${ed.name} covers (${ed.start ?? "?"}–${ed.end ?? "today"})`,
        citation: i,
        start: c.start,
        end: c.end,
      });
    }
  });
  return out;
}

/**
 * Every finding the citation core has about a resolved list: unresolved short forms and
 * years outside their reporter's range.
 *
 * @example citationFindings(findCitations(text)).map((f) => f.code)
 */
export function citationFindings(citations: readonly Citation[]): Finding[] {
  return [...unresolvedFindings(citations), ...yearFindings(citations)].sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
}
