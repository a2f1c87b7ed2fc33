/**
 * Docket (ECF) numbers: from record citations when the citation core found them, and
 * from a small local reading of "Doc. No. 49" / "ECF No. 12" / "Dkt. 30" / "[12]" so the
 * analyze stage also works on an empty citation list.
 */
import type { Citation, Span } from "../model/types.js";
import { firstAtOrAfter } from "../model/spans.js";

/** A docket number found in text. `document` never carries the attachment. */
export interface DocketMention extends Span {
  document: string;
  attachment: string | null;
}

// "Doc. No. 49-1", "Doc. Nos. 44, 46", "(Doc. # 427", "ECF No. 12", "Dkt. 30", "Docket Nos. 5 and 7"
const RECORD = /\b(?:Doc(?:ument)?s?|Dkts?|[Dd]ocket|ECF|Entry)\.?\s{0,2}(?:Nos?\.?\s{0,2}|#\s{0,2}|Entry\s{0,2}(?:Nos?\.?)?\s{0,2})?(?<list>\d{1,5}(?:-\d{1,3})?(?!\d)(?:\s{0,2}(?:,|&|and|;)\s{0,2}(?:(?:Doc|Dkt|ECF)\.?\s{0,2}(?:Nos?\.?\s{0,2})?)?\d{1,5}(?:-\d{1,3})?(?!\d|\s(?:U\.S|F\.|S\.\s?Ct))){0,20})/g;
// "motion to dismiss [12]" — a bare CM/ECF entry number in brackets
const BRACKETED = /\[\s?(?<list>\d{1,4})\s?\]/g;
// one number of a list, with its attachment: "49-1"
const ITEM = /(?<doc>\d{1,5})(?:-(?<att>\d{1,3}))?/g;

function mentions(text: string, offset: number, re: RegExp): DocketMention[] {
  const out: DocketMention[] = [];
  for (const m of text.matchAll(re)) {
    const listStart = m.index + m[0].length - m.groups!.list.length;
    for (const it of m.groups!.list.matchAll(ITEM)) {
      const s = offset + listStart + it.index;
      out.push({ start: s, end: s + it[0].length, document: String(Number(it.groups!.doc)), attachment: it.groups!.att ?? null });
    }
  }
  return out;
}

/**
 * Docket numbers mentioned in `text[span]`: record citations there plus the local reading.
 *
 * @example docketsIn("Doc. Nos. 44, 46.", { start: 0, end: 17 }, []).map((d) => d.document) // → ["44", "46"]
 */
export function docketsIn(text: string, span: Span, citations: readonly Citation[]): DocketMention[] {
  const piece = text.slice(span.start, span.end);
  const local = [...mentions(piece, span.start, RECORD), ...mentions(piece, span.start, BRACKETED)].sort((a, b) => a.start - b.start);
  const found = [...local];
  // Citations are sorted by start: only those starting inside the span are looked at, so
  // a document of many sentences and many citations stays linear. The local mentions inside a
  // citation are found by bisection, not by a look at every mention ("ECF No. 12, " a thousand times).
  for (let i = firstAtOrAfter(citations, span.start); i < citations.length && citations[i].start < span.end; i++) {
    const c = citations[i];
    if (c.kind !== "record" || !c.document || c.end > span.end) continue;
    const document = String(Number(c.document));
    let inside = false;
    for (let k = firstAtOrAfter(local, c.start); k < local.length && local[k].start < c.end && !inside; k++) inside = local[k].document === document && local[k].end <= c.end;
    if (inside) continue;
    found.push({ start: c.start, end: c.end, document, attachment: c.attachment ?? null });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The distinct document numbers of a list of mentions, in order of first mention.
 *
 * @example uniqueDocuments([{ document: "44" }, { document: "44" }]) // → ["44"]
 */
export function uniqueDocuments(ms: readonly Pick<DocketMention, "document">[]): string[] {
  return [...new Set(ms.map((m) => m.document))];
}
