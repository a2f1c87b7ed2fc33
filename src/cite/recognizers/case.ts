/**
 * Full case citations: `Tripati v. Henman, 845 F.2d 205, 206 n.1 (9th Cir. 1988)`, parallel
 * cites, Westlaw/Lexis cites with docket numbers and dates, public-domain cites
 * (`2020 ND 12`, `2022-NCSC-1`), explanatory parentheticals and subsequent history.
 *
 * The citation's span covers volume through pins (`845 F.2d 205, 206 n.1`); the case name,
 * the court/date and explanatory parentheticals are read around it but left outside, so a
 * cite inside a parenthetical (`(citing Swint …)`) is a citation of its own.
 */
import type { Candidate, CiteContext, Recognizer } from "../recognizer.js";
import { courtFromCitation } from "../tables/courts.js";
import { readCaseName, shortName } from "../names.js";
import { matchCourtDate, matchFullCore, matchParenthetical, matchPins, volumeAnchors, type ReporterMatch } from "../scan.js";
import { DATABASE_REPORTERS, LOOSELEAF_PUBLISHERS, LOOSELEAF_REPORTERS, LOUISIANA_COURTS, NEUTRAL_FORMS, editionForYear, type NeutralForm, type ReporterEdition } from "../tables/reporters.js";

/**
 * Subsequent-history phrases (Bluebook 10.7.1); matched longest first.
 *
 * @example HISTORY_PHRASES.includes("cert. denied") // true
 */
export const HISTORY_PHRASES: readonly string[] = [
  "aff'd in part, rev'd in part", "aff'd in part and rev'd in part", "rev'd in part", "aff'd in part", "aff'd on other grounds",
  "rev'd on other grounds", "vacated on other grounds", "aff'd mem.", "aff'd", "rev'd", "vacated and remanded", "vacated",
  "cert. denied", "cert. granted", "cert. dismissed", "reh'g denied", "reh'g en banc denied", "reh'g granted",
  "overruled by", "overruled on other grounds by", "abrogated by", "abrogated on other grounds by", "superseded by statute",
  "modified", "amended by", "withdrawn", "appeal dismissed", "petition for cert. filed", "remanded",
];

// `, aff'd, ` between two cites: the phrase, then the next cite's volume.
const HISTORY = new RegExp(
  `[,;]?\\s{1,2}(?<phrase>${HISTORY_PHRASES.map((p) => p.replace(/[.]/g, "\\.").replace(/'/g, "['’]")).sort((a, b) => b.length - a.length).join("|")})(?:,\\s{0,2}|\\s{1,2})(?:(?:No\\.\\s{0,2}[\\w-]{1,20},?\\s{1,2})?)(?=\\d)`,
  "y",
);

// `No. CV04-857 GAF(JTLX), ` right before a WL/LEXIS cite (matched on a bounded slice, anchored at its end).
const DOCKET_BEFORE = /(?:^|[\s,(])(?<label>(?:Case|Civ(?:il)?\.?|Civil Action|Crim(?:inal)?\.?|Docket|Adv(?:ersary)?\.?(?: Proc\.)?|Bankr\.)?\s{0,2}Nos?\.)\s{0,2}(?<docket>[A-Za-z0-9][\w:.\- ]{0,40}?(?:\s?\([A-Za-z0-9 ,.-]{1,20}\))?(?:,? (?:[\w.:-]{1,20}))?)\s{0,2},\s{0,2}$/;

// `95-0754, p. 3 (La.App. 1 Cir. 12/15/95), ` before a volume: Louisiana's docket cite, then the reporter cite.
const LOUISIANA_BEFORE = /(?:^|[\s,])(?<docket>\d{2,4}-\d{1,6})(?:,\s{0,2}p\.\s{0,2}\d{1,4})?\s{0,2}\(La\.[A-Za-z0-9. ]{0,24}?\s\d{1,2}\/\d{1,2}\/\d{2,4}\),\s{0,2}$/;

interface Core {
  start: number;
  volume: string;
  match: ReporterMatch;
  pin: string | null;
  end: number;
}

const NEUTRAL_SOURCE = NEUTRAL_FORMS.map((f, i) => {
  // `12`, `1-A`, and the Sixth Circuit's `0170P` (published) / `0170N` (not).
  const num = "(?<num_I>\\d{4}[PN]|\\d{1,7}(?:-[A-Z])?)";
  // `2005-NMCA-078`, also spaced `2005 -NMCA- 078`.
  if (f.style === "dash") return `(?<year_I>(?:1[89]|20)\\d\\d)\\s?-(?<tok_I>${f.token})-\\s?${num}`.replace(/_I/g, `_${i}`);
  if (f.style === "prefix") return `(?<tok_I>${f.token})\\s(?<year_I>(?:1[89]|20)\\d\\d)-${num}`.replace(/_I/g, `_${i}`);
  return `(?<year_I>(?:1[89]|20)\\d\\d)\\s(?<tok_I>${f.token})\\s${num}`.replace(/_I/g, `_${i}`);
});
// `2020 ND 12`, `2022-NCSC-1`, `2017 IL App (4th) 160407`, `T.C. Memo. 2019-233`.
const NEUTRAL = new RegExp(`(?<![\\w-])(?:${NEUTRAL_SOURCE.join("|")})(?![\\w])`, "y");
// Where a public-domain cite can begin: a year and a capital, or the Tax Court's `T.C.` (`2020 ND`, `2022-NCSC`).
const NEUTRAL_ANCHOR = /(?<![\w-])(?:(?:1[89]|20)\d\d(?:\s-?|-)[A-Z]|T\.C\.)/g;

/** Court implied by the reporter alone, when it implies one. */
function reporterCourt(edition: ReporterEdition | null): string | null {
  return edition?.court ?? null;
}

/** Reads a full cite's volume-reporter-page and pins at an anchor. */
function readCore(text: string, start: number, volume: string, reporterStart: number): Core | null {
  const match = matchFullCore(text, reporterStart);
  if (!match) return null;
  const pins = matchPins(text, match.end);
  return { start, volume, match, pin: pins?.pin ?? null, end: pins?.end ?? match.end };
}

// `, ---- L. Ed. 2d ----` / `, — U.S. —`: a placeholder for a cite whose volume and page are not yet known.
const PLACEHOLDER = /,?\s{1,3}(?:_{1,20}|-{2,20}|[—–]{1,3})\s{1,2}[A-Z][A-Za-z.]{0,12}(?:\s[A-Za-z.0-9]{1,6}){0,3}\s{1,2}(?:_{1,20}|-{2,20}|[—–]{1,3})(?![\w])/y;

/** Skips placeholder cites at `pos`; returns where the text goes on. */
function skipPlaceholders(text: string, pos: number): number {
  for (let k = 0; k < 3; k++) {
    PLACEHOLDER.lastIndex = pos;
    if (!PLACEHOLDER.exec(text)) break;
    pos = PLACEHOLDER.lastIndex;
  }
  return pos;
}

/** A parallel cite right after `pos`: `, 1 S. Ct. 2, 358` or New York/California's `[92 Cal.Rptr.3d 784]`. */
function readParallel(text: string, pos: number, prevEdition: ReporterEdition | null = null): (Core & { after: number }) | null {
  // Michigan's style separates parallels with semicolons: `466 US 668, 686; 104 S Ct 2052`.
  // Georgia's puts it in parentheses after the division: `286 Ga. 216, 218 (1) (686 SE2d 786)`.
  const lead = /(?:[,;]\s{1,3}|\s{0,2}(?<bracket>\[)|\s{0,2}(?:\([0-9a-z]{1,3}\)\s{0,2})?(?<paren>\())(?<volume>\d{1,5})\s{1,3}(?=[A-Z])/y;
  const from = skipPlaceholders(text, pos);
  lead.lastIndex = from;
  const m = lead.exec(text);
  if (!m) return null;
  const at = from + m[0].length;
  const volumeStart = from + m[0].search(/\d{1,5}\s{1,3}$/);
  const core = readCore(text, volumeStart, m.groups!.volume, at);
  if (!core) return null;
  // After a semicolon, only a different reporter continues the same case; the same reporter is another case.
  if (m[0].startsWith(";") && core.match.edition === prevEdition) return null;
  if (m.groups!.bracket) {
    if (text[core.end] !== "]") return null;
    return { ...core, after: core.end + 1 };
  }
  if (m.groups!.paren) {
    if (text[core.end] !== ")") return null;
    return { ...core, after: core.end + 1 };
  }
  return { ...core, after: core.end };
}

function isDatabase(edition: ReporterEdition): boolean {
  return DATABASE_REPORTERS.has(edition.name);
}

/**
 * Finds every full case citation in the text.
 *
 * @example caseRecognizer.find({ text: "Tripati v. Henman, 845 F.2d 205 (9th Cir. 1988)", emphasis: [] })[0].court // "ca9"
 */
export const caseRecognizer: Recognizer = {
  name: "case",
  precedence: 100,
  find(ctx: CiteContext): Candidate[] {
    const { text } = ctx;
    const out: Candidate[] = [];
    let consumed = 0;
    const groups: { members: number[]; after: number }[] = [];

    const cores: Core[][] = [];
    // Where the text after a chain of parallels goes on (past brackets and placeholders).
    const chainAfter = new Map<Core, number>();
    for (const anchor of volumeAnchors(text)) {
      if (anchor.start < consumed) continue;
      const first = readCore(text, anchor.start, anchor.volume, anchor.reporterStart);
      if (!first) continue;
      const chain: Core[] = [first];
      let end = first.end;
      for (let next = readParallel(text, end, first.match.edition); next && chain.length < 6; next = readParallel(text, end, first.match.edition)) {
        chain.push(next);
        end = next.after;
      }
      consumed = end;
      chainAfter.set(first, skipPlaceholders(text, end));
      cores.push(chain);
    }
    const neutral: Core[][] = [...findNeutral(text), ...findLouisiana(text, chainAfter), ...findLooseleaf(text)];
    // Merge neutral chains in order; a neutral cite followed by `, 123 N.W.2d 4` keeps its parallels.
    const chains: Core[][] = [];
    let chainEnd = 0;
    for (const chain of [...neutral, ...cores].sort((a, b) => a[0].start - b[0].start)) {
      if (chain[0].start < chainEnd) continue;
      chains.push(chain);
      chainEnd = chain[chain.length - 1].end;
    }

    for (const chain of chains) {
      const last = chain[chain.length - 1];
      let pos = chainAfter.get(chain[0]) ?? last.end;
      // `(9th Cir. 1988)` — or, for New York's style, `[2010]`.
      let cd = matchCourtDate(text, pos);
      if (cd) pos = cd.end;
      // Explanatory parentheticals: keep the first that is not itself a citation.
      let parenthetical: string | null = null;
      for (let k = 0; k < 4; k++) {
        const p = matchParenthetical(text, pos);
        if (!p) break;
        if (/^\d{1,5}\s[A-Z]/.test(p.inner) && k === 0 && !cd) break;
        if (parenthetical === null) parenthetical = p.inner;
        pos = p.end;
      }
      // The name sits before the first cite of the chain, past any docket number.
      let nameEnd = chain[0].start;
      let docketNumber: string | null = null;
      const before = text.slice(Math.max(0, nameEnd - 90), nameEnd);
      // Every docket label ends in `No.`/`Nos.`: without one the pattern is not tried.
      const dm = before.includes("No") ? DOCKET_BEFORE.exec(before) : before.includes("(La.") ? LOUISIANA_BEFORE.exec(before) : null;
      if (dm) {
        docketNumber = dm.groups!.docket.trim();
        nameEnd = nameEnd - before.length + dm.index + (dm[0].length - dm[0].trimStart().length);
      }
      const name = readCaseName(text, nameEnd, ctx.emphasis);
      // No `v.` name: a single name printed right before (`Planned Parenthood, 35 P.3d 30`) still names the case.
      const single = name ? null : shortName(text, nameEnd, ctx.emphasis, name);
      // California style puts the court and year before the volume: `In re K.F. (2009) 1 U.S. 1`.
      if (!cd && name?.datedAt !== null && name?.datedAt !== undefined) cd = matchCourtDate(text, name.datedAt);
      const statedCourt = cd?.court ? courtFromCitation(cd.court) : null;
      const members: number[] = [];
      // Name through the last parenthetical; a docket number printed between name and cite is inside.
      const nameStart = name?.start ?? single?.start ?? null;
      const fullSpan = { start: nameStart !== null && nameStart < chain[0].start ? nameStart : chain[0].start, end: Math.max(pos, last.end) };
      for (const core of chain) {
        const neutralYear = (core as NeutralCore).neutralYear ?? null;
        const year = cd?.year ?? neutralYear;
        // `1 P.R. 1 (1831)`: a spelling several reporters share is settled by the year.
        const ed = editionForYear(core.match.reporterFound, year) ?? core.match.edition;
        const impliedCourt = reporterCourt(ed);
        const court = statedCourt ?? impliedCourt;
        const idx = out.length;
        members.push(idx);
        out.push({
          kind: "case",
          text: text.slice(core.start, core.end),
          start: core.start,
          end: core.end,
          volume: core.volume || null,
          reporter: ed.name,
          reporterFound: core.match.reporterFound.replace(/\s+/g, " "),
          page: core.match.page,
          pin: core.pin,
          year: year ?? null,
          yearProvenance: year !== null && year !== undefined ? "stated" : null,
          court: court ?? null,
          courtProvenance: statedCourt ? "stated" : court ? "inferred" : null,
          caseName: name?.caseName ?? single?.name ?? null,
          plaintiff: name?.plaintiff ?? null,
          defendant: name?.defendant ?? null,
          parenthetical,
          docketNumber: isDatabase(ed) || core === chain[0] ? docketNumber : null,
          date: cd?.date ?? null,
          signal: name?.signal ?? null,
          fullSpan: { ...fullSpan },
        });
      }
      if (members.length > 1) {
        for (const m of members) out[m].parallel = members.filter((x) => x !== m);
      }
      groups.push({ members, after: pos });
    }

    // Subsequent history: `…, aff'd, 5 F.3d 1` links the earlier cite to the later one.
    for (let g = 0; g < groups.length - 1; g++) {
      HISTORY.lastIndex = groups[g].after;
      const h = HISTORY.exec(text);
      if (!h) continue;
      const target = groups[g + 1].members[0];
      const at = groups[g].after + h[0].length;
      if (out[target].start !== at) continue;
      const phrase = h.groups!.phrase.replace(/’/g, "'");
      for (const m of groups[g].members) out[m].history = [...(out[m].history ?? []), { phrase, citation: target }];
    }
    demoteRepeats(out, ctx);
    return out;
  },
};

/**
 * `Brizzee, 2008 WL 426510, at * 4` after the full `Brizzee v. Fred Meyer …, 2008 WL 426510`
 * is a short form: the same volume, reporter and page again, with no `v.` name and no date.
 */
function demoteRepeats(out: Candidate[], ctx: CiteContext): void {
  const seen = new Set<string>();
  for (const c of out) {
    const key = `${c.volume}|${c.reporter}|${c.page}`;
    if (seen.has(key) && c.page && !c.defendant && c.yearProvenance !== "stated" && !c.parallel?.length) {
      c.kind = "case-short";
      c.caseName = c.plaintiff ?? shortName(ctx.text, c.start, ctx.emphasis)?.name ?? null;
      c.plaintiff = null;
      c.signal = null;
    }
    seen.add(key);
  }
}

interface NeutralCore extends Core {
  neutralYear: number;
}

/** Finds public-domain cites, each as a chain with its parallel cites. */
function findNeutral(text: string): NeutralCore[][] {
  const out: NeutralCore[][] = [];
  NEUTRAL_ANCHOR.lastIndex = 0;
  for (let a = NEUTRAL_ANCHOR.exec(text); a; a = NEUTRAL_ANCHOR.exec(text)) {
    NEUTRAL.lastIndex = a.index;
    const m = NEUTRAL.exec(text);
    if (!m) {
      NEUTRAL_ANCHOR.lastIndex = a.index + 1;
      continue;
    }
    const g = m.groups!;
    let form: NeutralForm | null = null;
    let i = 0;
    for (; i < NEUTRAL_FORMS.length; i++) {
      if (g[`tok_${i}`] !== undefined) {
        form = NEUTRAL_FORMS[i];
        break;
      }
    }
    NEUTRAL_ANCHOR.lastIndex = m.index + m[0].length;
    if (!form) continue;
    const tok = g[`tok_${i}`];
    const year = g[`year_${i}`];
    const num = g[`num_${i}`];
    const edition: ReporterEdition = { name: form.style === "space" && form.name === "IL App" ? tok : form.name, variants: [], scope: "state", court: form.court, start: null, end: null };
    const end = m.index + m[0].length;
    const pins = matchPins(text, end);
    const core: NeutralCore = {
      start: m.index,
      volume: year,
      match: { reporterFound: tok, edition, page: num, end },
      pin: pins?.pin ?? null,
      end: pins?.end ?? end,
      neutralYear: Number(year),
    };
    const chain: NeutralCore[] = [core];
    let at = core.end;
    for (let next = readParallel(text, at); next && chain.length < 6; next = readParallel(text, at)) {
      chain.push({ ...next, neutralYear: Number(year) });
      at = next.after;
    }
    out.push(chain);
  }
  return out;
}

// `2009 12345 (La.App. 1 Cir. 05/10/10)`, `2009-1234 (La. 5/10/10)`: docket year and number, then the court and date.
const LOUISIANA = /(?<![\w-])(?<volume>(?:19|20)\d\d)[\s-](?<num>\d{1,6})(?<pin>,\s{0,2}p\.\s{0,2}\d{1,4})?\s{0,2}\(La\.\s{0,2}(?:App\.\s{0,2}(?<circuit>[1-5])\s{0,2}Cir\.\s{0,2})?\s(?<month>\d{1,2})\/(?<day>\d{1,2})\/(?<year>\d{4}|\d{2})\)/y;

/** Finds Louisiana docket cites (only where `(La.` is printed), each a chain with its parallel cites. */
function findLouisiana(text: string, chainAfter: Map<Core, number>): NeutralCore[][] {
  const out: NeutralCore[][] = [];
  for (let at = text.indexOf("(La."); at >= 0; at = text.indexOf("(La.", at + 1)) {
    // The docket sits right before the parenthesis: look back a bounded stretch for its start.
    const from = Math.max(0, at - 24);
    const back = /(?:19|20)\d\d[\s-]\d{1,6}(?:,\s{0,2}p\.\s{0,2}\d{1,4})?\s{0,2}$/.exec(text.slice(from, at));
    if (!back) continue;
    const start = from + back.index;
    LOUISIANA.lastIndex = start;
    const m = LOUISIANA.exec(text);
    if (!m) continue;
    const g = m.groups!;
    const row = LOUISIANA_COURTS.find((c) => c.circuit === (g.circuit ?? null));
    if (!row) continue;
    const yy = Number(g.year);
    const year = g.year.length === 4 ? yy : yy + (yy > 50 ? 1900 : 2000);
    const numEnd = start + g.volume.length + 1 + g.num.length;
    const edition: ReporterEdition = { name: row.reporter, variants: [], scope: "state", court: row.court, start: null, end: null };
    const core: NeutralCore = {
      start,
      volume: g.volume,
      match: { reporterFound: row.reporter, edition, page: g.num, end: numEnd },
      pin: g.pin ? g.pin.replace(/^,\s{0,2}p\.\s{0,2}/, "") : null,
      end: numEnd + (g.pin?.length ?? 0),
      neutralYear: year,
    };
    const chain: NeutralCore[] = [core];
    let after = start + m[0].length;
    for (let next = readParallel(text, after); next && chain.length < 6; next = readParallel(text, after)) {
      chain.push({ ...next, neutralYear: year });
      after = next.after;
    }
    chainAfter.set(core, after);
    out.push(chain);
  }
  return out;
}

/** `Bankr. L. Rep. (CCH)` then the paragraph: `¶ 12,345`, `P12,345`. */
const LOOSELEAF_PARAGRAPH = /\s{0,2}(?:¶|P|para\.)\s{0,2}(?<page>\d{1,3}(?:,\d{3}){1,2}|\d{1,6})(?![\w,]\d)/y;

/** Finds looseleaf cites (only where a publisher's parentheses are printed), each a chain of one. */
function findLooseleaf(text: string): Core[][] {
  const out: Core[][] = [];
  for (const publisher of LOOSELEAF_PUBLISHERS) {
    const probe = `(${publisher})`;
    for (let at = text.indexOf(probe); at >= 0; at = text.indexOf(probe, at + 1)) {
      const name = LOOSELEAF_REPORTERS.find((r) => text.startsWith(r, at - r.length - 1) && text[at - 1] === " ");
      if (!name) continue;
      const nameStart = at - name.length - 1;
      LOOSELEAF_PARAGRAPH.lastIndex = at + probe.length;
      const m = LOOSELEAF_PARAGRAPH.exec(text);
      if (!m) continue;
      // `2010-1 Trade Cas.`: a volume may be a year and its half.
      const vol = /(?:^|[^\w.-])(?<volume>\d{1,4}(?:-\d)?)\s$/.exec(text.slice(Math.max(0, nameStart - 8), nameStart));
      const start = vol ? nameStart - vol.groups!.volume.length - 1 : nameStart;
      const end = LOOSELEAF_PARAGRAPH.lastIndex;
      const edition: ReporterEdition = { name, variants: [], scope: "specialty", court: null, start: null, end: null };
      out.push([{ start, volume: vol?.groups!.volume ?? "", match: { reporterFound: `${name} ${probe}`, edition, page: m.groups!.page, end }, pin: null, end }]);
    }
  }
  return out.sort((a, b) => a[0].start - b[0].start);
}
