/**
 * PACER docket pages as HTML → the `docket` object (DOCKET.md): district and bankruptcy
 * *Docket Report*, appellate *General Docket* (CM/ECF and NextGen), the Court of
 * International Trade, the multi-document view with attachments, and RECAP copies.
 *
 * The page is parsed with htmlparser2 (through `parseHtml`, linear in nesting depth); the reader then looks at its tables the way a
 * clerk reads them: the entry table is the one whose rows open with a date and end with
 * docket text; parties are the rows with a `represented by` cell (district, bankruptcy)
 * or the party/attorney table of an appellate report; the case fields are the labeled
 * lines above them. A PACER page with none of these is named for what it is.
 */
import type { Document as HtmlDocument, Element } from "domhandler";
import type { Docket, DocketAttachment, DocketAttorney, DocketCriminal, DocketItem, DocketParty, OriginatingCourt } from "../../model/types.js";
import { parseHtml } from "./parse.js";
import { docketRefsOf } from "./refs.js";
import { courtOfPage } from "./court.js";
import { ancestor, cellsOf, elementsByName, type Line, linesOf, linksOf, squish, textOf } from "./dom.js";
import { isoOfPrinted, judgeName, labeledFields } from "./fields.js";

/** What a PACER page is: a docket, or something else named in `notDocket`. */
export interface DocketPage {
  docket: Docket | null;
  /** What the page is when it is no docket: "an error page", "a claims register" … */
  notDocket: string | null;
}

// a printed date alone in a cell: "01/19/2006", "01/27/2010 12:25 PM"
const DATE_CELL = /^(?<date>\d{1,2}\/\d{1,2}\/\d{4})(?:\s{1,3}\d{1,2}:\d\d(?::\d\d)?\s{0,2}(?:[AP]M)?)?$/i;
// the report's own heading line that carries the case number
const CASE_NUMBER =
  /(?:DOCKET\s{1,3}FOR\s{1,3}CASE|Petition|Proceeding|Appeals\s{1,3}Docket|Case\s{1,3}Number|Docket\s{1,3}Number|Case)\s{0,3}#?\s{0,3}:\s{0,3}(?<number>[A-Za-z0-9:][\w:.\-/]{2,60})/i;
// the # cell: "12", "1 (53 pgs)", "1 2 pg, 197.66 KB" — but not a page count alone ("2 pg, 197.66 KB")
const NUMBER_HEAD = /^(?<n>\d{1,6})(?![\d.,/]|\s{0,2}(?:pgs?|KB|MB)\b)/;
// a number heading the docket text, with its page count: "1 (11 pgs) ", "47 "
const LEADING_NUMBER = /^(?<n>\d{1,6})\s{1,3}(?:\(\d{1,5}\s{0,2}pgs?(?:;\s{0,2}\d{1,4}\s{0,2}docs?)?\)\s{0,3})?/;
const MDL_NUMBER = /\b(?<number>MDL\s{1,3}No\.\s{0,3}\d{1,6})\b/;
// "(Entered: 01/25/2006)", "[Entered: 01/27/2010 12:25 PM]"
const ENTERED = /[([]\s{0,2}Entered:\s{0,3}(?<date>\d{1,2}\/\d{1,2}\/\d{2,4})/gi;

/** Looks like a page PACER (or RECAP, or CourtListener) served. */
const PACER_MARK = /DOCKET\s{1,3}FOR\s{1,3}CASE|Petition\s{1,3}#|Docket\s{1,3}Text|CM\/ECF|PACER|uscourts\.gov|DktRpt|iquery\.pl|Docket\s{1,3}Report|General\s{1,3}Docket|RECAP|courtlistener|ECF\s{1,3}Live|Live\s{1,3}Database|Electronic\s{1,3}Case\s{1,3}Filing/i;

/** What a page is when it holds no docket, from its text. First match wins. */
const NOT_DOCKET: [RegExp, string][] = [
  [/\b(?:40[0-9]|50[0-9])\s{1,3}(?:Request\s{1,3}Time-?out|Not\s{1,3}Found|Forbidden|Bad\s{1,3}Request|Internal\s{1,3}Server\s{1,3}Error|Service\s{1,3}Unavailable|Bad\s{1,3}Gateway|Gateway\s{1,3}Time-?out)|\bNot\s{1,3}Found\b.{0,80}\brequested\s{1,3}URL/is, "an HTTP error page"],
  [/Claims\s{1,3}Register/i, "a claims register"],
  [/(?:Cannot|Could\s{1,3}not)\s{1,3}find\s{1,3}case|\bCase\s{1,3}not\s{1,3}found|not\s{1,3}a\s{1,3}valid\s{1,3}case|no\s{1,3}case\s{1,3}found|Invalid\s{1,3}case/i, "a case-not-found page"],
  [/\bError\s{0,2}:|\bUnable\s{1,3}to\b|do\s{1,3}not\s{1,3}have\s{1,3}permission|does\s{1,3}not\s{1,3}exist|\bmust\s{1,3}be\b|no\s{1,3}documents\s{1,3}in\s{1,3}this\s{1,3}case/i, "an error page"],
  [/Document\s{1,3}Selection\s{1,3}Menu|Multiple\s{1,3}Documents|Select\s{1,3}the\s{1,3}document/i, "a document menu"],
  [/Transaction\s{1,3}Receipt|\bbillable\s{1,3}pages?\b|will\s{1,3}be\s{1,3}charged|\bfee\s{1,3}of\s{1,3}\$|View\s{1,3}Document|cost\s{1,3}of\s{1,3}(?:this|the)|\bmany\s{1,3}(?:docket\s{1,3})?entries\b|\bcharge\b/i, "a billing prompt"],
  [/Download\s{1,3}Confirmation|confirm(?:ation)?\b.{0,40}\bdownload/i, "a download confirmation"],
  [/(?:Cannot|Could\s{1,3}not)\s{1,3}find\s{1,3}case|not\s{1,3}a\s{1,3}valid\s{1,3}case|no\s{1,3}case\s{1,3}found|Invalid\s{1,3}case|case\s{1,3}number\s{1,3}.{0,40}not\s{1,3}(?:found|valid)|No\s{1,3}docket\s{1,3}entries/i, "a case-not-found page"],
  [/\bLog\s{0,2}in\b|\bLogin\b|Password/i, "a login page"],
  [/Docket\s{1,3}Sheet|Docket\s{1,3}Report|Run\s{1,3}Report/i, "a docket report form"],
];

/**
 * Reads a PACER docket page. Returns null when the HTML is no PACER page at all (an
 * opinion, say), so other readers may take it.
 *
 * @example readDocketHtml(html)?.docket?.entries[0].number // → "1"
 */
export function readDocketHtml(html: string): DocketPage | null {
  const dom = parseHtml(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const body = elementsByName(dom, "body")[0] ?? dom;
  const lines = linesOf(body);
  const plain = lines.map((l) => l.text).filter(Boolean);
  const all = plain.join("\n");
  const title = textOf({ children: elementsByName(dom, "title")[0]?.children ?? [] });
  // a page may carry a large script before its body: the mark is looked for in what it prints
  if (!PACER_MARK.test(`${title}\n${all}`) && !PACER_MARK.test(html.slice(0, 20_000))) return null;

  const appellate = /Court\s{1,3}of\s{1,3}Appeals\s{1,3}Docket\s{0,2}#|General\s{1,3}Docket/i.test(all);
  const entries = readEntries(dom, appellate);
  const parties = appellate ? readAppellateParties(dom) : readParties(dom);
  const numberLine = plain.find((l) => CASE_NUMBER.test(l) && !/^Case\s{0,2}:/i.test(l)) ?? plain.find((l) => MDL_NUMBER.test(l));
  // "NYS/1:22-cv-10283" (the JPML names the district before the number)
  const docketNumber = numberLine ? ((CASE_NUMBER.exec(numberLine)?.groups?.number ?? MDL_NUMBER.exec(numberLine)?.groups?.number)?.replace(/^[A-Z]{2,4}\//, "") ?? null) : null;

  if (!entries.items.length && !parties.length && !docketNumber) {
    const said = `${title}\n${all}`;
    const what = NOT_DOCKET.find(([re]) => re.test(said))?.[1] ?? "a PACER page with no docket";
    return { docket: null, notDocket: what };
  }
  if (/Claims\s{1,3}Register/i.test(plain.slice(0, 40).join(" ")) && !entries.items.length) return { docket: null, notDocket: "a claims register" };

  const headEnd = headingEnd(plain);
  const head = plain.slice(0, headEnd);
  const f = labeledFields(head);
  const bankruptcy = !appellate && /Bankruptcy\s{1,3}Petition\s{0,2}#|Adversary\s{1,3}Proceeding\s{0,2}#|U\.?\s?S\.?\s{1,3}Bankruptcy\s{1,3}Court|BANKRUPTCY\s{1,3}COURT/i.test(head.join("\n"));
  const kind: Docket["kind"] = appellate ? "appellate" : bankruptcy ? "bankruptcy" : "district";
  const court = courtOfPage(html, head.join("\n"), kind);

  const docket: Docket = {
    kind,
    court,
    docketNumber,
    caseName: null,
    dateFiled: isoOfPrinted(appellate ? (f.docketed ?? f.dateFiled) : f.dateFiled),
    dateTerminated: isoOfPrinted(appellate ? (f.termed ?? null) : f.dateTerminated),
    dateConverted: isoOfPrinted(f.dateConverted),
    dateDischarged: isoOfPrinted(f.dateDischarged),
    assignedTo: judgeName(f.assignedTo),
    referredTo: judgeName(f.referredTo),
    cause: nonEmpty(f.cause),
    natureOfSuit: naturesOfSuit(dom) ?? nonEmpty(f.natureOfSuit),
    juryDemand: nonEmpty(f.juryDemand),
    demand: nonEmpty(f.demand),
    jurisdiction: nonEmpty(f.jurisdiction),
    mdlStatus: nonEmpty(f.mdlStatus),
    parties,
    dateColumn: entries.dateColumn,
    entries: entries.items,
  };
  docket.caseName = caseNameOf(plain, headEnd, docket);
  if (appellate) Object.assign(docket, appellateFields(plain, f));
  return { docket, notDocket: null };
}

const nonEmpty = (s: string | undefined): string | null => {
  const t = squish(s ?? "");
  return t && !/^none$/i.test(t) ? t : t && /^none$/i.test(t) ? t : null;
};

/** Where the heading's lines end: at the first party role, party table or entry table. */
function headingEnd(plain: readonly string[]): number {
  for (let i = 0; i < plain.length; i++) {
    const l = plain[i];
    if (/^represented\s{1,2}by$/i.test(l) || /^(?:Date\s{0,2}Filed|Filing\s{1,2}Date|Docket\s{1,2}Date|Date\s{1,2}Entered)$/i.test(l) || /^Docket\s{1,2}Text$/i.test(l)) {
      return Math.max(1, i);
    }
  }
  return Math.min(plain.length, 120);
}

/**
 * An adversary proceeding's `Nature[s] of Suit:` table: one row per nature, code and name in
 * their own cells (`21 | Validity, Priority or Extent of Lien`), joined with `; `.
 */
function naturesOfSuit(dom: HtmlDocument): string | null {
  for (const row of elementsByName(dom, "tr")) {
    const texts = cellsOf(row).map((c) => textOf(c));
    const at = texts.findIndex((t) => /^Natures?(?:\[s\])?\s{1,2}of\s{1,2}Suits?\s{0,2}:$/i.test(t));
    if (at < 0) continue;
    const table = ancestor(row, "table");
    if (!table) return null;
    const out: string[] = [];
    for (const r of elementsByName(table, "tr")) {
      const rest = cellsOf(r)
        .map((c) => textOf(c))
        .filter((t, i) => t && !(i <= at && /^Natures?/i.test(t)));
      if (rest.length) out.push(rest.join(" "));
    }
    return out.length ? out.join("; ") : null;
  }
  return null;
}

// ── case name ────────────────────────────────────────────────────────────────

function caseNameOf(plain: readonly string[], headEnd: number, d: Docket): string | null {
  if (d.kind === "bankruptcy") {
    const debtor = d.parties.find((p) => /^debtor\b/i.test(p.role))?.name;
    const adversary = d.parties.some((p) => /^plaintiff/i.test(p.role)) && d.parties.some((p) => /^defendant/i.test(p.role));
    if (adversary) {
      const pl = d.parties.find((p) => /^plaintiff/i.test(p.role))!.name;
      const df = d.parties.find((p) => /^defendant/i.test(p.role))!.name;
      return `${pl} v. ${df}`;
    }
    return debtor ?? null;
  }
  if (d.kind === "appellate") {
    // the short title printed under the nature of suit: "Samuels v. Deutsche Bank National Trust C"
    for (let i = 0; i < Math.min(plain.length, headEnd + 40); i++) {
      if (/\bv\.?\s|\bIn\s{1,2}re\b/i.test(plain[i]) && !/:/.test(plain[i]) && plain[i].length < 200) return plain[i];
    }
    return null;
  }
  const titled = plain.slice(0, headEnd).find((l) => /^Case\s{0,2}title\s{0,2}:/i.test(l));
  if (titled) return titled.replace(/^Case\s{0,2}title\s{0,2}:\s*/i, "");
  // district: the title is the line before "Assigned to:"
  const at = plain.findIndex((l, i) => i < headEnd + 5 && /^Assigned\s{0,2}to\s{0,2}:/i.test(l));
  if (at > 0) {
    for (let i = at - 1; i >= Math.max(0, at - 4); i--) {
      const l = plain[i];
      if (!l || CASE_NUMBER.test(l) || /:\s/.test(l) && /^[A-Z][a-z ]{2,30}:/.test(l)) continue;
      return l.replace(/^Case\s{1,2}title:\s*/i, "");
    }
  }
  return null;
}

// ── appellate fields ─────────────────────────────────────────────────────────

function appellateFields(plain: readonly string[], f: Record<string, string>): Partial<Docket> {
  const at = plain.findIndex((l) => /^Case\s{1,2}Type\s{1,2}Information\s{0,2}:/i.test(l));
  const types: string[] = [];
  if (at >= 0) for (let i = at + 1; i < plain.length && /^\d\)\s/.test(plain[i]); i++) types.push(plain[i].replace(/^\d\)\s*/, ""));
  const origin = plain.findIndex((l) => /^Originating\s{1,2}Court\s{1,2}Information\s{0,2}:/i.test(l));
  let originatingCourt: OriginatingCourt | null = null;
  if (origin >= 0) {
    const block = plain.slice(origin + 1, origin + 16).join("\n");
    const num = /(?:District|Court|Agency)\s{0,2}:?\s{0,2}[\w-]{0,12}\s{0,2}:\s{0,2}(?<n>\d{1,2}:\d{2}-[a-z]{2,4}-\d{3,6}(?:-[A-Za-z0-9]+)*)/i.exec(block) ?? /(?<n>\d{1,2}:\d{2}-[a-z]{2,4}-\d{3,6}(?:-[A-Za-z0-9]+)*)/i.exec(block);
    const judge = /Trial\s{1,2}Judge\s{0,2}:\s{0,2}(?<j>[^,\n]{2,60})/i.exec(block)?.groups?.j;
    const ordering = /Ordering\s{1,2}Judge\s{0,2}:\s{0,2}(?<j>[^,\n]{2,60})/i.exec(block)?.groups?.j;
    originatingCourt = {
      court: null,
      docketNumber: num?.groups?.n ?? null,
      assignedTo: judge ? squish(judge) : null,
      orderingJudge: ordering ? squish(ordering) : null,
      dateFiled: isoOfPrinted(/Date\s{1,2}Filed\s{0,2}:\s{0,2}(\S+)/i.exec(block)?.[1]),
      dateJudgment: null,
      dateNoticeOfAppeal: null,
      dateReceived: null,
      dateDisposed: null,
      disposition: null,
    };
  }
  return {
    appealFrom: nonEmpty(f.appealFrom),
    caseType: types.length ? types.join(", ") : nonEmpty(f.caseType),
    feeStatus: nonEmpty(f.feeStatus),
    panel: [],
    originatingCourt,
  };
}

// ── entries ──────────────────────────────────────────────────────────────────

interface EntryRow {
  row: Element;
  cells: Element[];
  date: number;
}

/** The entry table's rows: rows whose first cells hold a date and whose last cell holds text. */
function readEntries(dom: HtmlDocument, appellate: boolean): { items: DocketItem[]; dateColumn: "filed" | "entered" } {
  const byTable = new Map<Element | null, EntryRow[]>();
  for (const row of elementsByName(dom, "tr")) {
    const cells = cellsOf(row);
    if (cells.length < 2) continue;
    let date = -1;
    for (let i = 0; i < Math.min(3, cells.length - 1); i++) {
      if (DATE_CELL.test(textOf(cells[i]))) {
        date = i;
        break;
      }
    }
    if (date < 0) continue;
    const t = ancestor(row, "table");
    if (!byTable.has(t)) byTable.set(t, []);
    byTable.get(t)!.push({ row, cells, date });
  }
  // the entry table is the one with the most dated rows; PACER splits a long one every hundred
  // rows, so the tables of the same shape next to it continue it
  const order = [...byTable.entries()];
  let bi = -1;
  for (let i = 0; i < order.length; i++) if (bi < 0 || order[i][1].length > order[bi][1].length) bi = i;
  if (bi < 0) return { items: [], dateColumn: "filed" };
  const shapeOf = (rows: EntryRow[]): number => {
    const counts = new Map<number, number>();
    for (const r of rows) counts.set(r.cells.length, (counts.get(r.cells.length) ?? 0) + 1);
    return [...counts.entries()].sort((x, y) => y[1] - x[1])[0][0];
  };
  const shape = shapeOf(order[bi][1]);
  let first = bi;
  let last = bi;
  while (first > 0 && order[first - 1][0] && shapeOf(order[first - 1][1]) === shape) first--;
  while (last + 1 < order.length && order[last + 1][0] && shapeOf(order[last + 1][1]) === shape) last++;
  const tables = order.slice(first, last + 1).map(([t]) => t!);
  // the header row names the date column
  let dateColumn: "filed" | "entered" = "filed";
  let numberCol = -1;
  const ownRows = (t: Element): Element[] => elementsByName(t, "tr").filter((row) => ancestor(row, "table") === t);
  header: for (const t of tables) {
    for (const row of ownRows(t)) {
      const heads = cellsOf(row).map((c) => textOf(c));
      const di = heads.findIndex((h) => /^(?:Date\s{0,2}Filed|Filing\s{0,2}Date|Date\s{0,2}Entered|Docket\s{0,2}Date|Entered|Filed|Date)$/i.test(h));
      if (di < 0) continue;
      if (/Entered|Docket\s{0,2}Date/i.test(heads[di])) dateColumn = "entered";
      numberCol = heads.findIndex((h) => h === "#" || /^(?:No\.|Doc\.?\s{0,2}No\.?|Number)$/i.test(h));
      break header;
    }
  }
  // rows without a date in the table (an entry with its date left blank) still count when they carry a number
  const rows: EntryRow[] = [];
  const dated = new Map<Element, EntryRow>();
  for (let i = first; i <= last; i++) for (const r of order[i][1]) dated.set(r.row, r);
  for (const t of tables) {
    for (const row of ownRows(t)) {
      const d = dated.get(row);
      if (d) {
        rows.push(d);
        continue;
      }
      const cells = cellsOf(row);
      const heads = cells.map((c) => textOf(c));
      // "date blank, number, text": the first cell empty, a number, then text
      if (cells.length >= 3 && heads[0] === "" && /^\d{1,6}$/.test(heads[1]) && heads[heads.length - 1].length > 3) rows.push({ row, cells, date: 0 });
    }
  }
  const items: DocketItem[] = [];
  for (const r of rows) {
    const item = entryOf(r, appellate, dateColumn, numberCol);
    if (item) items.push(item);
  }
  return { items, dateColumn };
}

function entryOf(r: EntryRow, appellate: boolean, dateColumn: "filed" | "entered", numberCol: number): DocketItem | null {
  const { cells } = r;
  const textCell = cells[cells.length - 1];
  const description = textOf(textCell);
  const columnDate = isoOfPrinted(textOf(cells[r.date]));
  const middle = cells.slice(r.date + 1, cells.length - 1);
  let number: string | null = null;
  let pacerDocId: string | null = null;
  let pacerSeqNo: string | null = null;
  const numberCells = numberCol > r.date && numberCol < cells.length - 1 ? [cells[numberCol], ...middle.filter((c) => c !== cells[numberCol])] : middle;
  for (const c of numberCells) {
    const m = NUMBER_HEAD.exec(textOf(c));
    if (m?.groups) {
      number = m.groups.n;
      break;
    }
  }
  let text = description;
  // no # column: the number is a link at the head of the docket text, "1 (11 pgs) Chapter 11 voluntary petition"
  if (!number && !middle.length) {
    const lead = linksOf(textCell)[0];
    const m = LEADING_NUMBER.exec(description);
    if (lead && m?.groups && lead.text === m.groups.n) {
      number = m.groups.n;
      text = description.slice(m[0].length);
    }
  }
  for (const c of [...middle, textCell]) {
    for (const a of linksOf(c)) {
      const doc = /\/docs?1\/(?<id>\d{6,})/.exec(a.href)?.groups?.id ?? /doDocPostURL\('(?<id>\d{6,})'/.exec(a.onclick)?.groups?.id;
      if (doc && !pacerDocId && (c !== textCell || !middle.length)) pacerDocId = doc;
      const seq = /goDLS\([^)]*?'[^']*','[^']*','(?<seq>\d{1,9})'/.exec(a.onclick)?.groups?.seq;
      if (seq && !pacerSeqNo) pacerSeqNo = seq;
    }
    if (!pacerSeqNo) {
      const box = elementsByName(c, "input").find((i) => i.attribs.type === "checkbox" && /^\d{1,12}$/.test(i.attribs.value ?? ""));
      if (box && appellate) pacerSeqNo = box.attribs.value ?? null;
    }
  }
  if (!text && !number) return null;
  let entered: string | null = null;
  for (const m of text.matchAll(ENTERED)) entered = isoOfPrinted(m.groups!.date) ?? entered;
  const dateFiled = dateColumn === "entered" ? null : columnDate;
  const dateEntered = dateColumn === "entered" ? columnDate : entered;
  const refs = docketRefsOf(text, number);
  return {
    number,
    dateFiled,
    dateEntered,
    description: text,
    docketRefs: refs,
    attachments: attachmentsOf(text),
    pacerDocId,
    pacerSeqNo,
  };
}

/**
 * `(Attachments: # 1 Exhibit A, # 2 Certificate of Service)` → numbered attachments.
 *
 * @example attachmentsOf("MOTION (Attachments: # 1 Exhibit A, # 2 Proposed Order)").length // → 2
 */
export function attachmentsOf(description: string): DocketAttachment[] {
  const at = description.indexOf("(Attachments:");
  if (at < 0) return [];
  let depth = 0;
  let end = at;
  for (; end < description.length; end++) {
    if (description[end] === "(") depth++;
    else if (description[end] === ")" && --depth === 0) break;
  }
  const list = description.slice(at + "(Attachments:".length, end);
  const out: DocketAttachment[] = [];
  for (const m of list.matchAll(/#\s{0,2}(?<n>\d{1,4})\s{1,3}(?<d>[^#]*?)(?=,?\s{0,2}#\s{0,2}\d|$)/g)) {
    out.push({ number: Number(m.groups!.n), description: m.groups!.d.replace(/[,\s]+$/, ""), pageCount: null, pacerDocId: null });
  }
  return out;
}

// ── parties: district and bankruptcy ─────────────────────────────────────────

const CRIMINAL_HEAD = /^(?:Pending\s{1,2}Counts|Terminated\s{1,2}Counts|Complaints|Highest\s{1,2}Offense\s{1,2}Level\s{1,2}\((?:Opening|Terminated)\)|Disposition)$/i;

/**
 * A role printed as a heading row: `<b><u>Plaintiff</u></b>` (district), `<b>Plaintiff<br>-----</b>`
 * (adversary proceeding), `<i><b>Debtor</b></i>` alone in a cell.
 */
function headingRole(cell: Element): string | null {
  const lines = linesOf(cell).filter((l) => l.text && !/^-{3,}$/.test(l.text));
  if (lines.length !== 1) return null;
  const l = lines[0];
  if (!l.runs.length || l.text.length > 80) return null;
  const ruled = linesOf(cell).some((x) => /^-{3,}$/.test(x.text));
  if (l.runs.every((r) => r.underline || (r.bold && r.italic) || (ruled && r.bold))) return l.text;
  return null;
}

/** The first non-empty line is bold: a party's name opens the cell. */
function opensBold(cell: Element): boolean {
  const first = linesOf(cell).find((l) => l.text);
  return !!first && first.runs.length > 0 && first.runs.every((r) => r.bold);
}

/** A bankruptcy party cell opens with its role in bold italics, then the name in bold. */
function opensWithRole(cell: Element): boolean {
  const lines = linesOf(cell).filter((l) => l.text);
  return lines.length > 1 && lines[0].runs.length > 0 && lines[0].runs.every((r) => r.italic) && lines[1].runs.some((r) => r.bold);
}

function readParties(dom: HtmlDocument): DocketParty[] {
  const parties: DocketParty[] = [];
  let role = "";
  let expectParty = false;
  let section: string | null = null;
  let defendant: DocketParty | null = null;
  for (const row of elementsByName(dom, "tr")) {
    const cells = cellsOf(row);
    if (!cells.length) continue;
    const texts = cells.map((c) => textOf(c));
    const by = texts.findIndex((t) => /^represented\s{1,2}by$/i.test(t));
    const add = (party: DocketParty | null, attorneys: Element | undefined): void => {
      if (!party) return;
      party.attorneys = attorneysOf(attorneys);
      parties.push(party);
      section = null;
      expectParty = false;
      if (/^defendant/i.test(party.role)) defendant = party;
    };
    if (by > 0) {
      add(partyOf(cells[by - 1], role), cells[by + 1]);
      continue;
    }
    const heading = headingRole(cells[0]);
    if (heading && texts.slice(1).every((t) => !t || CRIMINAL_HEAD.test(t))) {
      if (CRIMINAL_HEAD.test(heading)) section = heading.toLowerCase();
      else if (!/^(?:V\.?|vs?\.?)$/i.test(heading)) {
        role = heading;
        section = null;
        expectParty = true;
      }
      continue;
    }
    // a party with no attorney: its cell alone, after its role heading or with the role at its head
    if (texts.filter(Boolean).length === 1 && ((expectParty && opensBold(cells[0])) || opensWithRole(cells[0]))) {
      add(partyOf(cells[0], role), undefined);
      continue;
    }
    if (section && defendant && texts[0] && !/^None$/i.test(texts[0])) {
      const crim = ((defendant as DocketParty).criminal ??= { counts: [], complaints: [], highestOffenseLevelOpening: "", highestOffenseLevelTerminated: "" });
      const disposition = texts.length > 1 ? texts[texts.length - 1] : "";
      if (section.startsWith("pending")) crim.counts.push({ name: texts[0].replace(/\s+\(/g, "("), disposition, status: "pending" });
      else if (section.startsWith("terminated")) crim.counts.push({ name: texts[0].replace(/\s+\(/g, "("), disposition, status: "terminated" });
      else if (section.startsWith("complaints")) crim.complaints.push({ name: texts[0], disposition });
      else if (section.includes("opening")) crim.highestOffenseLevelOpening = texts[0];
      else if (section.includes("terminated")) crim.highestOffenseLevelTerminated = texts[0];
    }
  }
  return parties;
}

/** A party cell: name in bold, the role at its head on bankruptcy reports, then extra lines. */
function partyOf(cell: Element, role: string): DocketParty | null {
  // "-----------------------" rules under an adversary's role are no line of the party's
  const lines = linesOf(cell).filter((l) => l.text && !/^-{3,}$/.test(l.text));
  if (!lines.length) return null;
  let i = 0;
  let r = role;
  // bankruptcy: "<i><b>Debtor</b></i>" heads the cell
  const first = lines[0];
  if (first.runs.length && first.runs.every((x) => x.italic) && lines.length > 1) {
    r = first.text;
    i = 1;
  }
  const nameLine = lines[i];
  // the name is the bold run(s) of its line; any tail is extra info
  let name = squish(nameLine.runs.filter((x) => x.bold).map((x) => x.text).join(" ")) || nameLine.text;
  const extra: string[] = [];
  const tail = squish(nameLine.runs.filter((x) => !x.bold).map((x) => x.text).join(" "));
  if (tail && name !== nameLine.text) extra.push(tail);
  let terminated: string | null = null;
  for (const l of lines.slice(i + 1)) {
    const t = /^TERMINATED:\s*(?<d>\S+)/i.exec(l.text);
    if (t?.groups) terminated = isoOfPrinted(t.groups.d);
    else extra.push(l.text);
  }
  name = name.replace(/\s+/g, " ").trim();
  if (!name) return null;
  return { name, role: squish(r), extraInfo: extra.join("\n"), dateTerminated: terminated, attorneys: [] };
}

/** An attorney cell: each attorney's name in bold, contact lines after it, roles in italics. */
function attorneysOf(cell: Element | undefined): DocketAttorney[] {
  if (!cell) return [];
  const out: DocketAttorney[] = [];
  let cur: DocketAttorney | null = null;
  const contact: string[] = [];
  const done = (): void => {
    if (cur) {
      cur.contact = contact.join("\n");
      out.push(cur);
    }
    contact.length = 0;
  };
  for (const l of linesOf(cell)) {
    if (!l.text) continue;
    if (l.runs.length && l.runs.every((x) => x.bold)) {
      done();
      cur = { name: l.text, contact: "", roles: [] };
    } else if (cur && l.runs.length && l.runs.every((x) => x.italic)) cur.roles.push(l.text);
    else if (cur) contact.push(l.text);
  }
  done();
  return out.filter((a) => !/^PRO\s{1,2}SE$/i.test(a.name));
}

// ── parties: appellate ───────────────────────────────────────────────────────

/** Roles an appellate party list prints under the name: "Appellant", "Plaintiff - Appellee", "Amicus Curiae". */
const APPELLATE_ROLE =
  /^(?:(?:Plaintiff|Defendant|Petitioner|Respondent|Appellant|Appellee|Cross|Intervenor|Movant|Amicus|Interested|Debtor|Creditor|Claimant|Trustee|Garnishee|Third|Counter|Consolidated|Objector|Real|Party|Proposed|Respondents?|Petitioners?)\b[\w\s\u00a0./()-]{0,60})$/i;

function readAppellateParties(dom: HtmlDocument): DocketParty[] {
  const out: DocketParty[] = [];
  for (const row of elementsByName(dom, "tr")) {
    const cells = cellsOf(row);
    if (cells.length !== 2) continue;
    const left = linesOf(cells[0]).filter((l) => l.text);
    if (left.length < 2) continue;
    const roleLine = left[left.length - 1].text.replace(/[,;]+$/, "");
    if (!APPELLATE_ROLE.test(roleLine) || roleLine.length > 60) continue;
    // a caption block ("GIFTY R. SAMUELS / Appellant / v. / …") repeats the parties: skip rows holding "v."
    if (left.some((l) => /^v\.?$/i.test(l.text))) continue;
    // "Terminated: 07/31/2017" under the name is the party's end, not its name
    const nameLines = left.slice(0, -1).filter((l) => !/^Terminated\s{0,2}:/i.test(l.text));
    const ended = left.find((l) => /^Terminated\s{0,2}:/i.test(l.text));
    const name = squish(nameLines.map((l) => l.text).join(" "));
    if (!name || DATE_CELL.test(name)) continue;
    out.push({ name, role: roleLine, extraInfo: "", dateTerminated: ended ? isoOfPrinted(ended.text) : null, attorneys: appellateAttorneys(cells[1]) });
  }
  return out;
}

function appellateAttorneys(cell: Element): DocketAttorney[] {
  const blocks: Line[][] = [[]];
  for (const l of linesOf(cell)) {
    if (!l.text) {
      if (blocks[blocks.length - 1].length) blocks.push([]);
    } else blocks[blocks.length - 1].push(l);
  }
  return blocks
    .filter((b) => b.length)
    .map((b) => ({
      name: b[0].text,
      contact: b
        .slice(1)
        .filter((l) => !/^\[.*\]$/.test(l.text))
        .map((l) => l.text)
        .join("\n"),
      roles: b
        .slice(1)
        .filter((l) => /^\[.*\]$/.test(l.text))
        .map((l) => l.text.slice(1, -1)),
    }));
}

export type { DocketCriminal };
