/**
 * A text docket report (PACER's report saved as text, or printed to PDF) → the `docket`
 * object: entries from `parseDocket`, and the heading above the entry table read line by
 * line — court, case number, title, judge, dates, parties with their attorneys.
 *
 *   U.S. District Court / District of Alaska (Anchorage)
 *   CIVIL DOCKET FOR CASE #: 3:18-cv-00190-SLG
 *   The Downtown Soup Kitchen v. Municipality of Anchorage et al   Date Filed: 08/16/2018
 *   Assigned to: Sharon L. Gleason   Date Terminated: 10/02/2019
 *   Plaintiff
 *   The Downtown Soup Kitchen   represented by David Andrew Cortman
 */
import { courtFromCaptionText } from "../../cite/tables/courts.js";
import type { Docket, DocketAttorney, DocketEntry, DocketItem, DocketParty } from "../../model/types.js";
import { courtFromCaptionText as localCourt } from "../court.js";
import { cleanEntryText } from "../docketReport.js";
import { docketRefsOf } from "./refs.js";
import { isoOfPrinted, judgeName, labeledFields } from "./fields.js";
import { attachmentsOf } from "./html.js";

// "CIVIL DOCKET FOR CASE #: 3:18-cv-00190-SLG", "Bankruptcy Petition #: 08-22504-rdd", "Court of Appeals Docket #: 10-1095"
const CASE_NUMBER = /(?:DOCKET\s{1,3}FOR\s{1,3}CASE|Petition|Proceeding|Appeals\s{1,3}Docket)\s{0,3}#\s{0,3}:\s{0,3}(?<number>[A-Za-z0-9][\w:.\u2010-\u2212-]{2,60})/i;
// a party's role alone on its line: "Plaintiff", "Defendant (1)", "Debtor", "Petitioner", "Intervenor Defendant"
const ROLE_LINE =
  /^(?:(?:Consolidated|Intervenor|Counter|Cross|Third\s{1,2}Party|Joint|Interested|Movant|Miscellaneous|Amicus)\s{1,2}){0,2}(?:Plaintiffs?|Defendants?|Petitioners?|Respondents?|Debtors?|Creditors?|Trustee|U\.S\.\s{1,2}Trustee|Appellants?|Appellees?|Intervenors?|Movants?|Claimants?|Garnishee|Party|Amicus|Mediator|Witness|Material\s{1,2}Witness|Counter\s{1,2}Claimant|Counter\s{1,2}Defendant|Objector|Creditor\s{1,2}Committee|Special\s{1,2}Master|Receiver|Monitor|Guardian\s{1,2}Ad\s{1,2}Litem)(?:\s{0,2}\(\d{1,3}\))?$/i;
const REPRESENTED = /\s{1,6}represented\s{1,3}by\s{1,6}/i;
// the entry table's header
const TABLE_HEAD = /^\s{0,8}(?:Date\s{0,2}Filed|Filing\s{1,2}Date|Docket\s{1,2}Date)\s{1,8}#/im;

const dash = (s: string): string => s.replace(/[\u2010-\u2015\u2212]/g, "-");

/**
 * The entries of a text docket as the `docket` object's items.
 *
 * @example docketItemsFromText(parseDocket(text))[0].number // → "1"
 */
export function docketItemsFromText(entries: readonly DocketEntry[]): DocketItem[] {
  return entries.map((e) => ({
    number: e.number,
    dateFiled: e.date,
    dateEntered: e.entered,
    description: cleanEntryText(e.text),
    docketRefs: docketRefsOf(e.text, e.number),
    attachments: attachmentsOf(e.text),
    pacerDocId: null,
    pacerSeqNo: null,
  }));
}

/**
 * Reads a text docket report's heading and entries into the `docket` object.
 *
 * @example readTextDocket(text, parseDocket(text))?.docketNumber // → "3:18-cv-00190-SLG"
 */
export function readTextDocket(text: string, entries: readonly DocketEntry[], printed?: string): Docket {
  const tableAt = TABLE_HEAD.exec(text)?.index ?? (entries[0]?.start ?? text.length);
  const head = text.slice(0, Math.min(tableAt, 60_000));
  const lines = head.split(/\r?\n/).map((l) => l.replace(/\s+/g, " ").trim());
  // The title and the parties stand on lines of their own, which reflowing joins: read them as printed.
  const printedAt = printed === undefined ? -1 : (TABLE_HEAD.exec(printed)?.index ?? Math.min(printed.length, head.length + 2000));
  const printedHead = printed === undefined ? lines : printed.slice(0, Math.min(printedAt, 60_000)).split(/\r?\n/).map((l) => l.replace(/\s+/g, " ").trim());
  const f = labeledFields(lines);
  const numberLine = lines.find((l) => CASE_NUMBER.test(l));
  const docketNumber = numberLine ? dash(CASE_NUMBER.exec(numberLine)!.groups!.number) : null;
  const appellate = /Court\s{1,3}of\s{1,3}Appeals\s{1,3}Docket/i.test(head);
  const bankruptcy = !appellate && /Bankruptcy\s{1,3}Petition|Adversary\s{1,3}Proceeding|Bankruptcy\s{1,3}Court/i.test(head);
  const kind: Docket["kind"] = appellate ? "appellate" : bankruptcy ? "bankruptcy" : "district";
  const headingText = lines.slice(0, Math.max(0, lines.findIndex((l) => CASE_NUMBER.test(l))) + 1).join(" ");
  const court = courtOfHeading(headingText, kind);
  // An appeals court's general docket sets each party's name beside its counsel, in columns a text
  // layer runs together: no parties rather than wrong ones.
  const parties = kind === "appellate" ? [] : partiesOf(printedHead);
  const docket: Docket = {
    kind,
    court,
    docketNumber,
    caseName: titleOf(printedHead) ?? titleOf(lines),
    dateFiled: isoOfPrinted(f.dateFiled ?? f.docketed),
    dateTerminated: isoOfPrinted(f.dateTerminated ?? f.termed),
    dateConverted: isoOfPrinted(f.dateConverted),
    dateDischarged: isoOfPrinted(f.dateDischarged),
    assignedTo: judgeName(cutAtLabel(f.assignedTo)),
    referredTo: judgeName(cutAtLabel(f.referredTo)),
    cause: cutAtLabel(f.cause),
    natureOfSuit: cutAtLabel(f.natureOfSuit),
    juryDemand: cutAtLabel(f.juryDemand),
    demand: cutAtLabel(f.demand),
    jurisdiction: cutAtLabel(f.jurisdiction),
    mdlStatus: cutAtLabel(f.mdlStatus),
    parties,
    dateColumn: "filed",
    entries: docketItemsFromText(entries),
  };
  if (kind === "bankruptcy" && !docket.caseName) docket.caseName = parties.find((p) => /^debtor/i.test(p.role))?.name ?? null;
  return docket;
}

function cutAtLabel(v: string | undefined): string | null {
  const t = (v ?? "").trim();
  return t ? dash(t) : null;
}

function courtOfHeading(text: string, kind: Docket["kind"]): { id: string; name: string } | null {
  const t = text.replace(/\bU\.\s?S\.\s/g, "UNITED STATES ").replace(/\s+/g, " ");
  const c = courtFromCaptionText(t) ?? localCourt(t);
  if (!c) return null;
  if (kind === "bankruptcy" && /d$/.test(c.id)) {
    const b = courtFromCaptionText(t.replace(/District\s{1,2}Court/i, "Bankruptcy Court"));
    if (b) return b;
  }
  return c;
}

/**
 * The case title: the lines between the case number and `Assigned to:` (a long title wraps
 * onto a second line beside `Date Terminated:`), with the labels beside it cut off; else the
 * line just above `Assigned to:`.
 */
function titleOf(lines: readonly string[]): string | null {
  const bare = (l: string): string => l.replace(/\s?(?:Date\s{1,2}(?:Filed|Terminated|Reopened)|Filed)\s{0,2}:.*$/i, "").trim();
  const label = (l: string): boolean => /^[A-Z][A-Za-z ]{2,30}:/.test(l);
  let at = lines.findIndex((l) => /^Assigned\s{0,2}to\s{0,2}:/i.test(l));
  if (at < 0) {
    // an appeals court's general docket: the title stands above "Appeal From:"
    at = lines.findIndex((l) => /^Appeal\s{1,2}From\s{0,2}:/i.test(l));
    const l = at > 0 ? bare(lines[at - 1]) : "";
    return l && !label(l) && !CASE_NUMBER.test(l) && /\sv\.?\s|^In\s{1,2}re\b/i.test(l) ? l : null;
  }
  // the title's first line stands beside "Date Filed:"; the rest of it wraps onto the lines below
  let from = at - 1;
  while (from >= 0 && from >= at - 3 && !/\bDate\s{1,2}Filed\s{0,2}:/i.test(lines[from])) from--;
  if (from >= 0 && from < at - 1 && /\bDate\s{1,2}Filed\s{0,2}:/i.test(lines[from])) {
    const parts = lines.slice(from, at).map(bare).filter(Boolean);
    if (parts.length && parts.every((l) => !label(l) && !CASE_NUMBER.test(l))) return parts.join(" ");
  }
  for (let i = at - 1; i >= 0 && i >= at - 3; i--) {
    const l = bare(lines[i]);
    if (!l || CASE_NUMBER.test(l) || label(l)) continue;
    return l;
  }
  return null;
}

// a name cut at the end of its column ("Association for Retarded Citizens of")
const DANGLING = /\b(?:of|for|and|the|on|in|to|by|&|de|del|la)$|[,&-]$/i;
// the rest of it on the next line, up to a company's suffix: "Massachusetts, Inc."
const NAME_REST = /^(.{1,60}?\b(?:Inc|LLC|L\.L\.C|Corp|Co|Ltd|L\.P|P\.C|N\.A|Company|Corporation|Association|Department|County|City)\b\.?)(?=\s|$)/;

/** Parties: a role alone on its line, then the party's name (before `represented by`) and its attorneys. */
function partiesOf(lines: readonly string[]): DocketParty[] {
  const out: DocketParty[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!ROLE_LINE.test(lines[i]) || i + 1 >= lines.length) continue;
    const role = lines[i];
    const next = lines[i + 1];
    if (!next || ROLE_LINE.test(next) || /^Date\s{0,2}Filed\b/i.test(next)) continue;
    const by = REPRESENTED.exec(next);
    let name = (by ? next.slice(0, by.index) : next).trim();
    const after = lines[i + 2] ?? "";
    if (DANGLING.test(name) && after && !ROLE_LINE.test(after)) {
      const rest = NAME_REST.exec(after)?.[1] ?? /^\S+/.exec(after)?.[0] ?? "";
      name = `${name} ${rest.replace(/,$/, "")}`.trim();
    }
    if (!name) continue;
    const attorneys: DocketAttorney[] = [];
    if (by) attorneys.push({ name: next.slice(by.index + by[0].length).trim(), contact: "", roles: [] });
    out.push({ name, role, extraInfo: "", dateTerminated: null, attorneys });
    i++;
  }
  return out;
}
