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
const REPRESENTED = /(?:^|\s{1,6})represented\s{1,3}by(?:\s{1,6}|$)/i;
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
export function readTextDocket(text: string, entries: readonly DocketEntry[], printed?: string, layout: "cmecf" | "table" = "cmecf"): Docket {
  if (layout === "table") return readTableDocket(text, entries, printed);
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
  const parties = kind === "appellate" ? [] : partiesOf(printedHead, text.slice(tableAt));
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
const DANGLING = /\b(?:[Oo]f|[Ff]or|[Aa]nd|[Tt]he|[Oo]n|[Ii]n|[Tt]o|[Bb]y|&|de|del|la)$|[,&-]$/;
// …and in capitals, a title's or a listed name's first line: "COMMISSIONER OF THE"
const DANGLING_ANY_CASE = /\b(?:[Oo]f|OF|[Ff]or|FOR|[Aa]nd|AND|[Tt]he|THE|[Tt]o|TO|[Bb]y|BY|&)$|[,&-]$/;
// the rest of it on the next line, up to a company's suffix: "Massachusetts, Inc."
const NAME_REST = /^(.{1,60}?\b(?:Inc|LLC|L\.L\.C|Corp|Co|Ltd|L\.P|P\.C|N\.A|Company|Corporation|Association|Department|County|City)\b\.?)(?=\s|$)/;

// a page's furniture between a role and its party's name: a link, "Case: 4:01-cv-830 As of: …", "Page 2 of 9"
const FURNITURE_LINE = /:\/\/|^Case:\s{0,2}\S{3,40}\s{1,6}As\s{0,2}of:|\bPage\s{0,2}\d{1,5}\s{0,2}of\s{0,2}\d{1,5}\b|^\d{1,5}\s{0,2}of\s{0,2}\d{1,5}$/i;
// what no party is called: an entry's text, a clerk's note, a page's furniture
const NOT_A_NAME = /\(Entered:|\bfiled\s{1,3}by\b|\bre\s{1,3}\d{1,5}\b|^\(|:\/\/|^Case:\s|\bAs\s{0,2}of:|^(?:LEAD\s{1,2}ATTORNEY|ATTORNEY\s{1,2}TO\s{1,2}BE\s{1,2}NOTICED|TERMINATED:)/i;

/**
 * A name cut at its column's end, its last words on the next line before counsel's column:
 * extended by the most words of that line that the docket elsewhere prints after it
 * ("Arkansas Department of Human" / "Services Office of Chief Counsel" → "… Human Services").
 */
function extendedName(name: string, after: string, whole: string): string {
  // the rest of a name is words, cased as the name is: not a label, a number, a firm's capitals beside a mixed-case name
  const upper = name === name.toUpperCase();
  const words: string[] = [];
  for (const w of after.split(" ").slice(0, 4)) {
    if (/[:\d(]/.test(w) || (!upper && w.length > 1 && w === w.toUpperCase() && /[A-Z]/.test(w))) break;
    words.push(w);
  }
  if (!words.length || !/^[A-Z&]/.test(words[0])) return name;
  for (let k = words.length; k >= 1; k--) {
    const candidate = `${name} ${words.slice(0, k).join(" ")}`.replace(/,$/, "");
    if (candidate.length > 160) continue;
    const at = whole.indexOf(candidate.toLowerCase());
    if (at >= 0 && /^(?:$|[^a-z0-9])/.test(whole.slice(at + candidate.length, at + candidate.length + 1))) return candidate;
  }
  return name;
}

/** Parties: a role alone on its line, then the party's name (before `represented by`) and its attorneys. */
function partiesOf(lines: readonly string[], text = ""): DocketParty[] {
  const out: DocketParty[] = [];
  let whole: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    if (!ROLE_LINE.test(lines[i]) || i + 1 >= lines.length) continue;
    const role = lines[i];
    let j = i + 1;
    while (j < lines.length && j <= i + 4 && (!lines[j] || FURNITURE_LINE.test(lines[j]))) j++;
    const next = lines[j] ?? "";
    if (!next || ROLE_LINE.test(next) || /^Date\s{0,2}Filed\b/i.test(next)) continue;
    const by = REPRESENTED.exec(next);
    let name = (by ? next.slice(0, by.index) : next).trim();
    const after = lines[j + 1] ?? "";
    // "Minneapolis, City of", "Tennessee, State of": a name printed inverted ends so
    const inverted = /,\s(?:[A-Z][\w.'’-]{0,20}\s){0,3}(?:City|County|State|Town|Village|Commonwealth|Department|Board|Office)\s(?:of|Of)$/.test(name);
    // the rest the entries print after it first; else, a name ending on "of", up to a company's suffix or one word
    let extended = false;
    if (name && !inverted && by && after && !ROLE_LINE.test(after) && !FURNITURE_LINE.test(after)) {
      // the first entries name the parties (complaint, summons): a bounded window keeps a docket of 10,000 entries fast
      whole ??= text.slice(0, 300_000).replace(/\s+/g, " ").toLowerCase();
      const longer = extendedName(name, after, whole);
      extended = longer !== name;
      name = longer;
    }
    if (name && !extended && !inverted && DANGLING.test(name) && after && !ROLE_LINE.test(after) && !after.startsWith("(")) {
      const rest = NAME_REST.exec(after)?.[1] ?? /^\S+/.exec(after)?.[0] ?? "";
      name = `${name} ${rest.replace(/,$/, "")}`.trim();
    }
    if (!name || NOT_A_NAME.test(name)) continue;
    const attorneys: DocketAttorney[] = [];
    if (by) {
      const attorney = next.slice(by.index + by[0].length).trim();
      if (attorney) attorneys.push({ name: attorney, contact: "", roles: [] });
    }
    out.push({ name, role, extraInfo: "", dateTerminated: null, attorneys });
    i = j;
  }
  return out;
}

// ── another court's docket: a portal's or a service's heading ─────────────────

// "Case Number: 27-CV-23-960", "CASE NO. 2014CV241025", "Docket Number:  70 MM 2020", "INDEX NO.: 451078-2020", "No. 22-240"
const LABELED_NUMBER =
  /^(?:Case\s{0,2}(?:Number|No\.?)|Docket\s{0,2}(?:Number|No\.?)|Index\s{0,2}No\.?|No\.)\s{0,2}[:#]?\s{0,3}(?<number>[A-Za-z0-9][A-Za-z0-9:./\u2010-\u2212-]{1,40}(?:\s(?:[A-Z]{1,4}|\d[\w-]{0,10})(?=\s|$)){0,2})/i;
// "Case Title: Roe v. Doe", "Title: …", "CaseTitle:" (a service that drops spaces), "Case Caption:"
const LABELED_TITLE = /^(?:Case\s{0,2}Title|Title|Case\s{0,2}Caption|Case\s{0,2}Name|Style)\s{0,2}:\s{0,3}/i;
// the judge the case is before: "Case Judge:", "Judicial Officer:", "Presiding Judge:", "Assigned Judge:", "Justice:"
const LABELED_JUDGE = /(?:^|\s)(?:Case\s{1,2}Judge|Judicial\s{1,2}Officer|Presiding\s{1,2}Judge|Assigned\s{1,2}Judge|Justice|Assigned\s{0,2}to)\s{0,2}:\s{0,3}(?<judge>.{0,80})$/i;
// where the heading turns to another court's case: the appeal's origin, the trial court below
const LOWER = /^(?:Appeal\s{1,2}From|Lower\s{1,2}(?:Court|Ct)|Trial\s{1,2}(?:Court|Judge)|Originating|Originating\s{1,2}Court|Judge\s{1,2}Below|LOWER\s{1,2}COURT\s{1,2}INFORMATION)\b/i;
// a label at a line start: "Case Type:", "Date Filed:"
const LABEL_START = /^[A-Z][A-Za-z/&. ]{1,30}:/;
const V_LINE = /^[A-Z][^:§_=|…]{0,160}?\s(?:v\.?|vs\.?|V\.?|VS\.?)\s[^:§_=|…]{2,160}$/;

/**
 * Another court's docket (a state court's portal, an appeals court's own system, a commercial
 * service): the case number, title, judge and court from the labels its heading prints. Parties
 * only where the heading sets them as CM/ECF does (a role, then the name `represented by` counsel).
 */
function readTableDocket(text: string, entries: readonly DocketEntry[], printed?: string): Docket {
  const firstEntry = entries[0]?.start ?? text.length;
  const source = printed ?? text;
  // the heading as printed, up to where the first entry's text begins
  const probe = (entries[0]?.text ?? "").slice(0, 24);
  const at = probe.length >= 8 ? source.indexOf(probe) : -1;
  const head = source.slice(0, Math.min(at >= 0 ? at : firstEntry, 60_000));
  const lines = head.split(/\r?\n/).map((l) => l.replace(/\s+/g, " ").trim()).filter(Boolean);
  const lowerAt = lines.findIndex((l) => LOWER.test(l));
  const own = lowerAt >= 0 ? lines.slice(0, lowerAt) : lines;
  const f = labeledFields(own);
  let docketNumber: string | null = null;
  // this case's number is labeled at a line start, above the court below's or under it ("Case Number:" vs "Lower Court Docket Number:")
  for (const l of [...own, ...lines.slice(own.length)]) {
    const m = CASE_NUMBER.exec(l) ?? LABELED_NUMBER.exec(l);
    if (m?.groups && /\d/.test(m.groups.number)) {
      docketNumber = dash(m.groups.number.trim());
      break;
    }
  }
  const appellate = /\b(?:Court\s{1,3}of\s{1,3}Appeals?|Appellate|Supreme\s{1,3}(?:Judicial\s{1,3})?Court|Appeal\s{1,3}From)\b/i.test(own.slice(0, 12).join(" ")) && !/Superior\s{1,2}Court|Circuit\s{1,2}Court|District\s{1,2}Court|County/i.test(own.slice(0, 12).join(" ").replace(/Supreme\s{1,3}Court\s{1,3}of\s{1,3}\w+/i, ""));
  const court = courtOfHeading(own.slice(0, 15).join(" "), "district");
  const parties = REPRESENTED.test(head) ? partiesOf(lines, text.slice(firstEntry)) : typedParties(lines);
  return {
    kind: appellate ? "appellate" : "district",
    court,
    docketNumber,
    caseName: labeledTitle(own) ?? vLineTitle(own),
    dateFiled: isoOfPrinted(f.dateFiled ?? f.docketed),
    dateTerminated: isoOfPrinted(f.dateTerminated ?? f.termed),
    dateConverted: null,
    dateDischarged: null,
    assignedTo: judgeOfHeading(own),
    referredTo: null,
    cause: null,
    natureOfSuit: cutAtLabel(f.natureOfSuit),
    juryDemand: null,
    demand: null,
    jurisdiction: null,
    mdlStatus: null,
    parties,
    dateColumn: "filed",
    entries: docketItemsFromText(entries),
  };
}

/** A title a label gives, with the lines it wraps onto up to the next label. */
function labeledTitle(lines: readonly string[]): string | null {
  for (let i = 0; i < lines.length; i++) {
    const m = LABELED_TITLE.exec(lines[i]);
    if (!m) continue;
    const parts = [lines[i].slice(m[0].length).trim()];
    for (let j = i + 1; j < lines.length && j <= i + 4 && !LABEL_START.test(lines[j]) && !CASE_NUMBER.test(lines[j]); j++) parts.push(lines[j]);
    const title = parts.filter(Boolean).join(" ").trim();
    if (title && !/[…]|\.\.\.$/.test(title)) return title.length <= 400 ? title : null;
  }
  return null;
}

/** The first heading line that reads "A v. B", with its wrapped end ("… COMMISSIONER OF THE" / "DEPARTMENT …"). */
function vLineTitle(lines: readonly string[]): string | null {
  for (let i = 0; i < Math.min(lines.length, 40); i++) {
    const l = lines[i];
    if (!V_LINE.test(l) || /\.\.\.|Docket|\d{1,2}\/\d{1,2}\/\d{2,4}|https?:/i.test(l)) continue;
    const next = lines[i + 1] ?? "";
    if (next && !LABEL_START.test(next) && (DANGLING_ANY_CASE.test(l) || /^(?:of|and|for|the|in|&)\b/.test(next)) && next.length <= 120) return `${l} ${next}`;
    return l;
  }
  return null;
}

/** The judge a label in the heading names, as "First Last" ("Conley, Thomas J." → "Thomas J. Conley"); null for a name that is no name. */
function judgeOfHeading(lines: readonly string[]): string | null {
  for (let i = 0; i < lines.length; i++) {
    const m = LABELED_JUDGE.exec(lines[i]);
    if (!m?.groups) continue;
    let v = m.groups.judge.replace(/\s(?:Judicial\s{1,2}Officer|Date\s{1,2}Filed|Location|Case\s{1,2}Type|Status)\s{0,2}:.*$/i, "").trim();
    if (!v && i + 1 < lines.length && !LABEL_START.test(lines[i + 1])) v = lines[i + 1];
    v = v.replace(/^The\s{1,2}/i, "").replace(/,\s{0,2}(?:U\.\s?S\.\s{0,2})?(?:Senior\s{1,2}|Chief\s{1,2})?(?:District|Circuit|Magistrate|Bankruptcy)\s{1,2}Judge\b.*$/i, "");
    const flipped = /^(?<last>[A-Za-z'’-]{2,30}),\s{0,2}(?<first>[A-Za-z][A-Za-z.'’ -]{0,40})$/.exec(v.trim());
    const name = judgeName(flipped?.groups && !/^(?:Jr|Sr|II|III|IV)\.?$/i.test(flipped.groups.first) ? `${flipped.groups.first.trim()} ${flipped.groups.last}` : v);
    // a name is two words or more of letters: not "SKT", not a service's "LUCINDOSUAREZ"
    if (name && /^[A-Za-z][A-Za-z.'’-]*(?:\s[A-Za-z.'’-]+){1,5}$/.test(name)) return name;
    return null;
  }
  return null;
}

// a party's role under its name, as a service lists participants: "Type: PLAINTIFF - APPELLEE"
const TYPE_LINE = /^Type\s{0,2}:\s{0,3}(?<role>[A-Z][A-Z -]{2,60}?)\s{0,3}$/;
// the list's own heading, above its first name
const PARTY_SECTION = /^(?:NAMES|PARTIES|PARTICIPANT\s{1,2}INFORMATION|PARTY\s{1,2}INFORMATION)$/i;
// an address or a phone, not a name
const NOT_PARTY_NAME = /^(?:INC|LLC|L\.L\.C|CORP|CO|LTD|L\.P|N\.A)\.?$|\d{3,}|\b(?:SUITE|STREET|AVENUE|BOX|FLOOR|BLVD)\b|\(\d{4}\)|\.\.\.|…/i;

/**
 * Parties a service lists as a name (on a line or two, or after `Name:`) with `Type: ROLE` under
 * it, other labels (`Associated Claim:`) between; a name is read only between labels, a list
 * heading or a page's repeated running head, and only a list of two or more counts.
 */
function typedParties(lines: readonly string[]): DocketParty[] {
  const seen = new Map<string, number>();
  for (const l of lines) seen.set(l, (seen.get(l) ?? 0) + 1);
  const out: DocketParty[] = [];
  for (let i = 1; i < lines.length; i++) {
    const role = TYPE_LINE.exec(lines[i])?.groups?.role;
    if (!role) continue;
    let j = i - 1;
    while (j >= 0 && LABEL_START.test(lines[j]) && !/^Name\s{0,2}:/i.test(lines[j])) j--;
    if (j < 0) continue;
    const named = /^Name\s{0,2}:\s{0,3}(?<name>.{2,160})$/i.exec(lines[j])?.groups?.name;
    const parts: string[] = [];
    if (named) parts.push(named);
    else {
      for (let k = j; k >= 0 && k >= j - 1; k--) {
        const l = lines[k];
        if (LABEL_START.test(l) || PARTY_SECTION.test(l) || (seen.get(l) ?? 0) >= 2 || /^\d{1,4}$/.test(l)) break;
        // a name's first line ends wanting the rest: "… BETTY JANE EVANS AND" / "HAROLD G. EVANS"
        if (parts.length && !DANGLING_ANY_CASE.test(l)) break;
        parts.unshift(l);
      }
    }
    const name = parts.join(" ").trim();
    if (!name || NOT_PARTY_NAME.test(name) || name.length > 200) continue;
    out.push({ name, role: role.replace(/\s{0,2}-\s{0,2}/g, " - ").trim(), extraInfo: "", dateTerminated: null, attorneys: [] });
  }
  return out.length >= 2 ? out : [];
}
