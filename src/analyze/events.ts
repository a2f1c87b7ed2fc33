/**
 * The dated procedural history a document recites: filings, orders, hearings, each with
 * its date and the docket entries cited for it.
 */
import type { Citation, ProceduralEvent, Span } from "../model/types.js";
import { findDates, type DateMatch } from "./dates.js";
import { docketsIn, uniqueDocuments } from "./dockets.js";
import { firstAtOrAfter } from "../model/spans.js";
import type { Sentence } from "./sentences.js";

// a procedural act told in the past: "filed", "moved", "the Court denied", "held a hearing"
const PROCEDURAL =
  /\b(?:filed|fil(?:ing|es)|lodged|moved|removed|served|answered|responded|replied|opposed|submitted|noticed|appealed|petitioned|sought|requested|applied|stipulated|entered|issued|granted|denied|dismissed|remanded|vacated|stayed|ordered|held|heard|conducted|convened|sentenced|indicted|arrested|commenced|initiated|brought|amended|certified|approved|transferred|consolidated|reassigned|withdrew|substituted|terminated|closed|reopened|adopted|recommended|enjoined|hearing|conference|trial|argument)\b/i;
// a date used as a name of a paper: "the March 22, 2018 Order", "its October 8, 2010, Order"
const DATE_AS_NAME_AFTER = /^\s{0,2},?\s{0,2}(?:Order|Opinion|Memorandum|Judgment|Report|Minute|Decision|Ruling|Notice|Hearing|hearing|order|Stipulat|Scheduling|Letter|letter|Complaint|Motion|deadline|Amended|Transcript|Tr\.|Hr'?g|Declaration|Decl\.)/;
// dates in citations: "(C.D. Cal. Dec. 27, 2004)", "2004 WL 3030121", "slip op. (Mar. 1, 2019)"
const CITATION_DATE_BEFORE = /(?:\b(?:Cal|Cir|Tex|Fla|Ariz|Or|Wash|Nev|N\.Y|Ill|D\.D\.C|D\.\s?[A-Z][a-z]{1,5}|[NSEWCM]\.D)\.?\s{0,2}|WL\s{1,2}\d{1,8}[^()]{0,40}\(|LEXIS\s{1,2}\d{1,8}[^()]{0,40}\(|\bat\s{1,2}\*\d{1,5}\s{0,2}\(|\(|No\.\s{0,2}[\w:-]{2,30},?\s{0,2})$/;
// "Act of June 25, 1948", "Pub. L. No. …, enacted" — statutes are not events
const STATUTE_BEFORE = /(?:\bAct\s{1,2}of|\bamended\s{1,2}effective|\beffective|Stat\.|Pub\.\s{0,2}L\.)\s{1,3}$/i;

function eventType(clause: string): string {
  // what a party must do by a date, or what is set for a date, is yet to happen
  if (/\b(?:shall|must|will)\s{1,2}(?:be\s{1,2})?(?:\w+\s{1,2}){0,2}?(?:filed|served|submitted|file|serve|submit|due|exchanged|completed)\b|\b(?:on\s+or\s+before|no\s+later\s+than|is\s+due|are\s+due)\b/i.test(clause)) return "deadline";
  if (/\b(?:filed|lodged|submitted)\s+(?:(?:a|an|his|her|its|their|the)\s+)?(?:[\w-]+\s+){0,2}amended\s+(?:complaint|petition)|^(?:and\s+)?(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,2}amended\s+(?:complaint|petition)|\bamended\s+(?:complaint|petition)[^.]{0,60}\bwas\s+(?:filed|lodged)/i.test(clause)) return "amended-complaint";
  if (/\b(?:hearing|heard|arguments?|conference|trial)\b/i.test(clause)) return "hearing";
  if (/\b(?:the\s+)?(?:Court|court|Judge|judge|Magistrate)\b[^.]{0,60}?\b(?:denied|granted|dismissed|entered|issued|ordered|remanded|vacated|stayed|adopted|found|held|certified|approved|enjoined|transferred|closed)\b/.test(clause)) return "order";
  if (/\b(?:filed|lodged|moved|removed|submitted|served|answered|opposed|replied|responded|petitioned|sought|requested|appealed|noticed|applied|commenced|brought|initiated)\b/i.test(clause)) return "filing";
  return "other";
}

/** What `findEvents` needs besides the sentences. */
export interface EventContext {
  text: string;
  citations: readonly Citation[];
  /** Spans that hold no events (the caption, the signature block). */
  exclude: readonly Span[];
}

/** The longest stretch from a citation's start to a date it holds (its span plus its parenthetical). */
const CITATION_REACH = 1000;

/** Whether a date sits in a citation or in the parenthetical right after one ("(C.D. Cal. Dec. 27, 2004)"). */
function inCitation(text: string, cites: readonly Citation[], d: DateMatch, offset: number): boolean {
  const s = offset + d.start;
  // Only citations starting shortly before the date can hold it: look back a bounded way.
  for (let i = firstAtOrAfter(cites, s) - 1; i >= 0 && cites[i].start > s - CITATION_REACH; i--) {
    const c = cites[i];
    if (c.kind === "record" || c.kind === "statute" || c.kind === "rule") continue;
    if (s < c.end) return true;
    // past the citation's end only inside its parenthetical, never in the next sentence
    if (s < c.end + 40 && /^[^.;]{0,40}$/.test(text.slice(c.end, s)) && /\(/.test(text.slice(c.end, s))) return true;
  }
  return false;
}

/**
 * The dated procedural events in the given sentences, sorted by date (stable).
 *
 * @example findEvents(sentences(t), { text: t, citations: [], exclude: [] })[0].date // → "2018-03-16"
 */
export function findEvents(sents: readonly Sentence[], ctx: EventContext): ProceduralEvent[] {
  const { text } = ctx;
  const out: ProceduralEvent[] = [];
  for (const sent of sents) {
    if (ctx.exclude.some((x) => sent.start < x.end && sent.end > x.start)) continue;
    const s = text.slice(sent.start, sent.end);
    // a signature line of counsel or the court ("DATED: February 10, 2012") dates a paper, it is no event in it
    if (!PROCEDURAL.test(s) || /^\s{0,3}(?:DATED|Dated|Date|DONE|Done|SIGNED|Signed)\b/.test(s)) continue;
    const dates = findDates(s).filter((d) => {
      const before = s.slice(Math.max(0, d.start - 60), d.start);
      if (CITATION_DATE_BEFORE.test(before) || STATUTE_BEFORE.test(before)) return false;
      if (DATE_AS_NAME_AFTER.test(s.slice(d.end)) && /\b(?:the|its|his|her|their|this|that|Court's|Court’s|[A-Z][a-z]+'s|[A-Z][a-z]+’s)\s{1,2}$/.test(before)) return false;
      return !inCitation(text, ctx.citations, d, sent.start);
    });
    if (!dates.length) continue;
    const span: Span = { start: sent.start, end: sent.cite ? sent.cite.end : sent.end };
    const docket = uniqueDocuments(docketsIn(text, span, ctx.citations));
    // a list of dated acts in one sentence: each clause runs from the last ", " / "and "
    // before its date to the next clause
    const bounds = dates.map((d, i) => {
      if (i === 0) return 0;
      const gap = s.slice(dates[i - 1].end, d.start);
      let cut = -1;
      for (const m of gap.matchAll(/(?:[,;]|\band\b)\s/g)) cut = m.index + m[0].length;
      return cut < 0 ? d.start : dates[i - 1].end + cut;
    });
    const clauses = dates.map((_d, i) => {
      const from = bounds[i];
      const to = i + 1 < dates.length ? bounds[i + 1] : s.length;
      const raw = s.slice(from, to);
      const lead = raw.length - raw.trimStart().length;
      const clean = raw.trim().replace(/(?:[,;]\s{0,2}(?:and)?|\band)$/, "").trim();
      return { start: sent.start + from + lead, text: clean };
    });
    const own = clauses.map((c) => uniqueDocuments(docketsIn(text, { start: c.start, end: c.start + c.text.length }, ctx.citations)));
    const anyOwn = own.some((o) => o.length);
    dates.forEach((d, i) => {
      const c = clauses[i];
      out.push({
        date: d.iso,
        text: c.text,
        docket: dates.length === 1 ? docket : anyOwn ? own[i] : docket,
        start: c.start,
        end: c.start + c.text.length,
        type: eventType(c.text),
      });
    });
  }
  return out.map((e, i) => ({ e, i })).sort((a, b) => a.e.date.localeCompare(b.e.date) || a.i - b.i).map((x) => x.e);
}
