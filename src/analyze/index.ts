/**
 * The analyze stage: from the clean document and its citations to the whole `Reading`
 * (caption, date, judge, rulings, events), contract `casefile/1`.
 */
import type { Citation, Document, Finding, ProceduralEvent, Reading, Ruling, Span } from "../model/types.js";
import { readCaption } from "./caption.js";
import { locate } from "../model/sourcemap.js";
import { linedText, readDocketReport } from "./docketReport.js";
import { applyDocketHeading } from "./docket/index.js";
import { readTextDocket } from "./docket/text.js";
import { findEvents } from "./events.js";
import { findRulings, stipulationRuling, titleRuling } from "./rulings.js";
import { sentences } from "./sentences.js";
import { counselDate, headDate, headDating, lineSignatureDate, printedLines, readSignature, reprintDate, serviceDate } from "./signature.js";
import { readJudge } from "./judge.js";
import { documentKind } from "./kind.js";

export { readCaption } from "./caption.js";
export { findEvents } from "./events.js";
export { isDocketReport, parseDocket, readDocketReport } from "./docketReport.js";
export { findRulings } from "./rulings.js";
export { readSignature } from "./signature.js";

const COURT_ORDERS = /\b(?:IT\s{1,2}IS\s{1,2}(?:SO\s{1,2}|HEREBY\s{1,2}|FURTHER\s{1,2})?ORDERED|SO\s{1,2}ORDERED)\b/;
const PARTY_PAPERS = new Set(["complaint", "motion", "brief", "notice", "stipulation", "letter", "other"]);

/**
 * Assembles the whole reading of one document.
 *
 * @example const reading = analyze(layout(ingested), citations); reading.caption.court?.id // → "casd"
 */
export function analyze(doc: Document, citations: Citation[]): Reading {
  const text = doc.text;
  const findings: Finding[] = [...doc.findings];
  // footnotes are appended after the body: the signature block ends where they start
  const bodyEnd = doc.footnotes.length ? Math.min(...doc.footnotes.map((f) => f.start)) : text.length;

  const { caption, end: captionEnd } = readCaption(doc, citations);
  const signature = readSignature(text, bodyEnd);
  const author = readJudge(text, bodyEnd);
  // a docket report is a table of entries, not prose: each entry is an event, and only
  // the court's order entries hold rulings
  const docket = readDocketReport(doc);
  // A docket report is dated by its "As of" line (read as its stamp), not by the last order it lists.
  // Unsigned: what an opinion's heading says ("Decided …"), the stamp's filed date, a date alone in the heading.
  const head = text.slice(0, captionEnd + 5000);
  // A reprint dates itself under its court line; its signature block, if any, is the opinion's last page.
  const printed = caption.court?.from === "reprint-header" && caption.court.source ? reprintDate(text, caption.court.source.end) : null;

  let rulings: Ruling[];
  let events: ProceduralEvent[];
  if (docket) {
    findings.push({ severity: "info", code: "analyze.docket-report", message: `read as a docket report: ${docket.entries.length} entries` });
    rulings = docket.rulings;
    events = docket.events;
  } else {
    const sents = sentences(text, captionEnd, text.length);
    const exclude: Span[] = [{ start: 0, end: captionEnd }];
    if (signature.span) exclude.push(signature.span);
    const bodySentences = sents.filter((s) => !exclude.some((x) => s.start >= x.start && s.start < x.end));

    // A proposed order filed as an attachment to a motion is not yet the court's.
    const attachment = doc.stamp?.attachment ?? null;
    rulings = findRulings(bodySentences, { text, citations, footnotes: doc.footnotes, docketRefs: caption.docketRefs, title: caption.title, attachment });
    if (!rulings.length) {
      const stipulated = stipulationRuling(text.slice(0, bodyEnd), caption.title, caption.docketRefs, attachment);
      const fromTitle = stipulated ? null : titleRuling(text, caption.title, caption.docketRefs, attachment);
      if (stipulated) rulings.push(stipulated);
      else if (fromTitle) rulings.push(fromTitle);
    }
    events = findEvents(bodySentences, { text, citations, exclude });
  }

  let what = documentKind(text, { title: caption.title, docketReport: !!docket, authorLine: author.source?.from === "author-line" });
  // a party's filing decides nothing, whatever words it quotes or proposes
  // A party's own paper decides nothing; a stipulated motion the judge signed "SO ORDERED" under does.
  // (a court's minutes whose first heading names the motion it decides still say "IT IS SO ORDERED")
  if (what.author === "party" && PARTY_PAPERS.has(what.kind) && !author.judge) {
    if (!COURT_ORDERS.test(text)) rulings = [];
    else if (rulings.length) what = { kind: "order", author: "court" };
  }
  if (author.perCuriam) findings.push({ severity: "info", code: "analyze.per-curiam", message: "a per curiam opinion: no single judge wrote it" });
  else if (!author.judge && author.panel) findings.push({ severity: "info", code: "analyze.panel-only", message: `the panel is named (${author.panel}) but not the opinion's author` });
  if (!caption.court) findings.push({ severity: "info", code: "analyze.no-court", message: "no court named in the caption" });
  if (!caption.caseNumber) findings.push({ severity: "info", code: "analyze.no-case-number", message: "no case number in the caption or stamp" });
  const date = docket ? (doc.stamp?.filed ?? null) : documentDate(doc, { head, printed, signed: signature.date, party: what.author === "party" });
  if (!docket && !signature.date && date && date === doc.stamp?.filed) findings.push({ severity: "info", code: "analyze.date-from-stamp", message: `no signature date; using the stamp's filed date ${date}` });

  // A text docket report's heading is its caption, read from its lines as printed.
  const docketObject = docket ? readTextDocket(text, docket.entries, docket.layout === "table" ? linedText(text, doc.anchors.map((a) => a.start)) : printedLines(doc.text, doc.anchors), docket.layout) : null;
  let judge = author.judge;
  if (docketObject && docket?.layout === "table") {
    // another court's docket: its caption is what its heading says, and no more (a caption read
    // over a portal's menus and columns, or an entry's order, names the wrong court, title or judge)
    if (caption.court?.from !== "stamp") caption.court = null;
    if (caption.caseNumber?.from !== "stamp" && caption.caseNumber?.raw !== doc.stamp?.caseNumber) caption.caseNumber = null;
    caption.title = null;
    caption.parties = [];
    judge = null;
  }
  if (docketObject) {
    const heading = { caption, judge };
    applyDocketHeading(heading, docketObject);
    // a docket's parties are its heading's; a caption read over its columns gives none right
    if (!docketObject.parties.length) caption.parties = [];
    judge = heading.judge;
  }

  return {
    schema: "casefile/1",
    source: doc.source,
    stamp: doc.stamp,
    caption,
    kind: what.kind,
    author: what.author,
    date,
    judge,
    text,
    pages: doc.pages,
    sections: doc.sections,
    footnotes: doc.footnotes,
    emphasis: doc.emphasis,
    citations,
    // Places come from the source map, so they are the printed page and pleading line.
    rulings: rulings.map((r) => ({ ...r, loc: locate(doc.anchors, r.start) })),
    events: events.map((e) => ({ ...e, loc: locate(doc.anchors, e.start) })),
    findings,
    ...(docketObject ? { docket: docketObject } : {}),
  };
}

/**
 * The date of a document that is not a docket report: a reprint's date under its court line, an
 * opinion's "Decided" date, the signature's date, the heading's other dating words, the date beside
 * a signature on its own printed line, a party paper's date beside counsel's signature or its certificate of service, the stamp's filed
 * date, a date standing alone in the heading, and last a court paper's certificate of service. The heading is read both as reflowed and as
 * printed line by line, where a two-column reprint's date stands on a line of its own.
 */
function documentDate(doc: Document, at: { head: string; printed: string | null; signed: string | null; party: boolean }): string | null {
  if (at.printed) return at.printed;
  const lines = printedLines(doc.text, doc.anchors);
  const lineHead = lines.slice(0, at.head.length + 1000);
  const strong = [headDating(lineHead, false), headDating(at.head, false)].reduce<{ rank: number; iso: string } | null>((a, b) => (b && (!a || b.rank < a.rank) ? b : a), null);
  // a court's "Decided" heading, or a reprint's date after the bar, dates the opinion even when an
  // appendix after it is signed, or a two-column text's tail reads as a signature
  if (strong && strong.rank < 1 && !at.party) return strong.iso;
  if (at.signed) return at.signed;
  if (strong) return strong.iso;
  // the signature block as printed, when the reflowed body ends early (a signature read as a footnote)
  const printedSignature = readSignature(lines).date;
  if (printedSignature) return printedSignature;
  const tail = lines.slice(-1500);
  // a slip opinion's "Decided May 6, 2010" under its last line
  const decidedLast = headDating(tail, false);
  if (decidedLast?.rank === 0) return decidedLast.iso;
  const beside = lineSignatureDate(tail);
  if (beside) return beside;
  // a party's paper is dated by the day it was served; a court's, only when nothing else dates it
  // (a proposed order or a paper read as the court's)
  if (at.party) return counselDate(lines) ?? serviceDate(doc.text) ?? doc.stamp?.filed ?? headDate(lineHead) ?? headDate(at.head);
  return doc.stamp?.filed ?? headDate(lineHead) ?? headDate(at.head) ?? serviceDate(doc.text);
}
