/**
 * Cases without SQL: the court-independent case number, which case a reading belongs
 * to, which docket entry each document is, which motion entry each ruling decides and
 * which motions are still pending. Every function takes plain rows, so any store
 * (SQLite, PostgreSQL) loads the rows its own way and assembles the same case.
 */
import { findCaseNumbers } from "../analyze/caseNumber.js";
import type { Docket, DocketItem, Reading } from "../model/types.js";
import type { CaseDetail, CaseDocument, CaseEntry, CaseParty, CaseRecordCite, CaseRuling, PendingMotion } from "./types.js";

// An appellate or bankruptcy number printed alone: "18-55555", "08-22504-rdd".
const PLAIN_NUMBER = /^(?<year>\d{2})-(?<number>\d{3,6})(?:-[A-Za-z]{1,5}){0,3}$/;
const MAX_RAW = 120;

/**
 * The key a case is filed under in any court: office, year, type and serial, without
 * judges' initials or a defendant's number; null when the text holds no number.
 *
 * @example caseKey("3:17-cv-01234-ABC-DEF") // → "3:17-cv-01234"
 * @example caseKey("17cv218-MMA (BLM)") // → "17-cv-00218"
 */
export function caseKey(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = raw.replace(/[\u2010-\u2015\u2212\u00AD]/g, "-").replace(/\s+/g, " ").trim().slice(0, MAX_RAW);
  if (!text) return null;
  const plain = PLAIN_NUMBER.exec(text);
  if (plain) return `${plain.groups!.year}-${plain.groups!.number}`;
  const m = findCaseNumbers(text)[0] ?? findCaseNumbers(`No. ${text}`)[0];
  if (!m) return text.toLowerCase();
  if (m.type && m.year) {
    const office = m.office ?? m.divisionOffice;
    const core = `${m.year}-${m.type.toLowerCase()}-${m.number.padStart(5, "0")}`;
    return office ? `${Number(office)}:${core}` : core;
  }
  if (m.year) return `${m.year}-${m.number}`;
  return (m.generic ? m.raw : m.number).toLowerCase();
}

/** A key without its office digit: "3:17-cv-00218" → "17-cv-00218". @example bareKey("3:17-cv-00218") // → "17-cv-00218" */
export function bareKey(key: string): string {
  const colon = key.indexOf(":");
  return colon > 0 && colon <= 2 && /^\d+$/.test(key.slice(0, colon)) ? key.slice(colon + 1) : key;
}

/** The court and case a reading belongs to ('' court when it names none). */
export interface CaseRef {
  court: string;
  number: string;
}

/** The court id a docket report names, in CourtListener's spelling. */
function docketCourt(docket: Docket): string | null {
  return docket.court?.courtListenerId ?? docket.court?.id ?? null;
}

/**
 * Which case a reading is of: a docket report's own number and court; else the CM/ECF
 * stamp's number (the case it was filed in), else the caption's; null when none.
 *
 * @example caseRefOf(reading) // → { court: "casd", number: "3:17-cv-00218" }
 */
export function caseRefOf(reading: Pick<Reading, "stamp" | "caption" | "docket">): CaseRef | null {
  const court = reading.caption?.court?.id ?? "";
  if (reading.docket) {
    const number = caseKey(reading.docket.docketNumber) ?? caseKey(reading.caption?.caseNumber?.normalized ?? reading.caption?.caseNumber?.raw);
    return number ? { court: (docketCourt(reading.docket) ?? court).toLowerCase(), number } : null;
  }
  const number = caseKey(reading.stamp?.caseNumber) ?? caseKey(reading.caption?.caseNumber?.normalized ?? reading.caption?.caseNumber?.raw);
  return number ? { court: court.toLowerCase(), number } : null;
}

/**
 * Picks the stored case a new reading joins among those with a matching number: the
 * same court and number; else the same court and the number with or without its office
 * digit; a reading that names no court joins the one case with its number, if only one.
 * Returns the index into `cases`, or -1 for a new case.
 *
 * @example chooseCase({ court: "casd", number: "17-cv-00218" }, [{ court: "casd", number: "3:17-cv-00218" }]) // → 0
 */
export function chooseCase(ref: CaseRef, cases: readonly CaseRef[]): number {
  const exact = cases.findIndex((c) => c.court === ref.court && c.number === ref.number);
  if (exact >= 0) return exact;
  const bare = bareKey(ref.number);
  // The one case that fits: the same number printed whole first, else with or without an office digit.
  const only = (fits: (c: CaseRef) => boolean): number => {
    let found = -1;
    for (let i = 0; i < cases.length; i++) {
      if (!fits(cases[i])) continue;
      if (found >= 0) return -2;
      found = i;
    }
    return found;
  };
  const pick = (inCourt: (c: CaseRef) => boolean): number => {
    const whole = only((c) => inCourt(c) && c.number === ref.number);
    if (whole !== -1) return whole;
    return only((c) => inCourt(c) && bareKey(c.number) === bare);
  };
  let at: number;
  if (ref.court) {
    at = pick((c) => c.court === ref.court);
    // A case opened by a document that named no court takes this court.
    if (at === -1) at = pick((c) => c.court === "");
  } else at = pick(() => true);
  return at >= 0 ? at : -1;
}

/** The `id` of a case in URLs and the API: "casd:3:17-cv-00218", "-:17-cv-00218" without a court. */
export function caseId(court: string | null, number: string): string {
  return `${court || "-"}:${number}`;
}

/** Splits a case id back into court (null when "-") and number. @example parseCaseId("casd:3:17-cv-00218") // → { court: "casd", number: "3:17-cv-00218" } */
export function parseCaseId(id: string): { court: string | null; number: string } | null {
  const colon = id.indexOf(":");
  if (colon <= 0 || colon === id.length - 1) return null;
  const court = id.slice(0, colon);
  return { court: court === "-" ? null : court, number: id.slice(colon + 1) };
}

// ---- docket entries -------------------------------------------------------------

/** A docket entry as a store keeps it. `seq` orders entries the docket printed without dates. */
export interface EntryRow {
  number: string | null;
  dateFiled: string | null;
  dateEntered: string | null;
  description: string;
  refs: string[];
  attachments: DocketItem["attachments"];
  seq: number;
}

const entryIdentity = (e: Pick<EntryRow, "number" | "dateFiled" | "dateEntered" | "description">): string =>
  e.number !== null ? `#${numberKey(e.number)}` : `@${e.dateFiled ?? e.dateEntered ?? ""}|${e.description.replace(/\s+/g, " ").trim()}`;

/** An entry number without leading zeros: "049" → "49". */
const numberKey = (n: string): string => n.replace(/^0+(?=\d)/, "");

/**
 * Merges a later docket's entries into the stored ones: an entry with the same number
 * (or, unnumbered, the same date and text) takes the later docket's values; entries the
 * later docket lacks stay. The result is sorted (see {@link sortEntries}).
 *
 * @example mergeEntries(stored, docket.entries).length
 */
export function mergeEntries(stored: readonly EntryRow[], items: readonly DocketItem[]): EntryRow[] {
  const byId = new Map<string, EntryRow>();
  for (const e of stored) byId.set(entryIdentity(e), e);
  items.forEach((item, i) => {
    const row: EntryRow = {
      number: item.number,
      dateFiled: item.dateFiled,
      dateEntered: item.dateEntered,
      description: item.description,
      refs: item.docketRefs ?? [],
      attachments: item.attachments ?? [],
      seq: i,
    };
    const id = entryIdentity(row);
    const old = byId.get(id);
    byId.set(id, old ? { ...row, dateFiled: row.dateFiled ?? old.dateFiled, dateEntered: row.dateEntered ?? old.dateEntered, attachments: row.attachments.length ? row.attachments : old.attachments } : row);
  });
  return sortEntries([...byId.values()]).map((e, seq) => ({ ...e, seq }));
}

/**
 * Docket order: by date (filed, else entered), then entry number, then printed order.
 *
 * @example sortEntries(rows)[0].number // → "1"
 */
export function sortEntries<T extends Pick<EntryRow, "number" | "dateFiled" | "dateEntered" | "seq">>(rows: readonly T[]): T[] {
  const num = (e: T) => (e.number !== null && /^\d+$/.test(numberKey(e.number)) ? Number(numberKey(e.number)) : Number.POSITIVE_INFINITY);
  return [...rows].sort((a, b) => {
    const da = a.dateFiled ?? a.dateEntered ?? "";
    const db = b.dateFiled ?? b.dateEntered ?? "";
    if (da !== db) return da < db ? -1 : 1;
    const na = num(a);
    const nb = num(b);
    if (na !== nb) return na < nb ? -1 : 1;
    return a.seq - b.seq;
  });
}

// ---- what an entry is -----------------------------------------------------------

/** Words that may precede MOTION in a motion's own entry: "Joint MOTION", "EX PARTE MOTION", "NOTICE OF MOTION AND MOTION". */
const MOTION_PREFIX = new Set([
  "joint", "ex", "parte", "emergency", "unopposed", "opposed", "amended", "renewed", "corrected", "supplemental",
  "first", "second", "third", "fourth", "fifth", "cross", "cross-", "partial", "consent", "consented", "sealed", "expedited",
  "stipulated", "notice", "of", "and", "motion", "defendant's", "defendants'", "plaintiff's", "plaintiffs'", "defendants", "plaintiffs",
  "omnibus", "*sealed*", "redacted", "proposed", "pro", "se", "administrative", "miscellaneous", "letter",
]);
const WORD = /[^\s]+/g;
const MAX_PREFIX_WORDS = 8;

/**
 * Whether an entry's text is a motion being filed ("MOTION to Dismiss by …"), not a
 * paper about one ("RESPONSE in Opposition re 12 MOTION", "ORDER granting 12 Motion").
 *
 * @example isMotionEntry("EX PARTE MOTION for Leave to File Sur-Reply by Jane Roe") // → true
 */
export function isMotionEntry(description: string): boolean {
  WORD.lastIndex = 0;
  let count = 0;
  for (const m of description.slice(0, 200).matchAll(WORD)) {
    const w = m[0].toLowerCase().replace(/^[[(]+|[\]),:.;]+$/g, "");
    if (w === "motion" || w === "motions") return true;
    if (!MOTION_PREFIX.has(w) || ++count > MAX_PREFIX_WORDS) return false;
  }
  return false;
}

// an order's own entry: "ORDER granting …", "MINUTE ORDER", "TEXT ORDER", "MEMORANDUM AND ORDER", "JUDGMENT"
const ORDER_HEAD = /^\s{0,4}(?:\W{0,3}(?:MINUTE|TEXT|PAPERLESS|ELECTRONIC|MEMORANDUM|OPINION|AND|&|CLERK'?S|AMENDED|STIPULATED|SCHEDULING|DISCOVERY|FINAL|SUMMARY|DEFAULT|CONSENT|PROTECTIVE)\s{1,4}){0,4}(?:ORDER|JUDGMENT|MINUTE\s{1,4}ENTRY)\b/i;
// a clerk's or judge's note that something was decided or taken off: "granting 12", "terminating 12", "finding as moot"
const DECIDING_WORD = /\b(?:grant(?:s|ed|ing)?|den(?:y|ies|ied|ying)|terminat(?:e|es|ed|ing)|moot(?:ed|ing)?|withdr[ae]w(?:s|n|ing|al)?|decid(?:e|es|ed|ing)|resolv(?:e|es|ed|ing)|vacat(?:e|es|ed|ing)|strik(?:e|es|ing)|stricken|overrul(?:e|es|ed|ing)|sustain(?:s|ed|ing)?|adopt(?:s|ed|ing)?)\b/i;

/** Whether an entry decides or takes off the motions it refers to. @example decidesRefs("ORDER granting 12 Motion to Dismiss") // → true */
export function decidesRefs(description: string): boolean {
  return ORDER_HEAD.test(description) || DECIDING_WORD.test(description.slice(0, 600));
}

// ---- documents and entries ------------------------------------------------------

/** A stored document of a case, as the linker needs it. */
export interface DocumentRow {
  id: number;
  path: string;
  kind: string | null;
  title: string | null;
  /** The date the document is dated or signed. */
  date: string | null;
  stamp: { document: string | null; attachment: string | null; filed: string | null } | null;
  /** Whether the document is a docket report (never an entry itself). */
  docket: boolean;
}

/** Where a document sits on the docket: its entry number and attachment, and how that was found. */
export interface DocumentLink {
  entry: string | null;
  attachment: string | null;
  by: "stamp" | "text" | null;
}

const STOP_WORDS = new Set(["the", "and", "for", "of", "to", "on", "re", "in", "a", "an", "by", "or", "its", "his", "her", "their", "with", "as", "at", "no", "doc", "ecf", "dkt"]);

function titleWords(s: string): Set<string> {
  const out = new Set<string>();
  for (const m of s.toLowerCase().matchAll(/[a-z][a-z'-]{1,30}/g)) {
    const w = m[0].replace(/'s?$|s'$/, "");
    if (w.length >= 3 && !STOP_WORDS.has(w)) out.add(w);
  }
  return out;
}

/** The share of a title's words an entry's text holds, and their count. */
function overlap(title: Set<string>, description: string): { share: number; shared: number } {
  if (title.size === 0) return { share: 0, shared: 0 };
  const words = titleWords(description);
  let shared = 0;
  for (const w of title) if (words.has(w)) shared++;
  return { share: shared / title.size, shared };
}

const MIN_SHARE = 0.5;
const MIN_SHARED = 2;

/**
 * The entry a document is: its stamp's document number when the docket has that entry;
 * else the one entry of its date (filed, entered or the stamp's) whose text holds most
 * of the document's title words (at least half, and two). A docket report is no entry.
 *
 * @example linkDocument(doc, entries) // → { entry: "50", attachment: null, by: "stamp" }
 */
export function linkDocument(doc: DocumentRow, entries: readonly Pick<EntryRow, "number" | "dateFiled" | "dateEntered" | "description">[]): DocumentLink {
  const none: DocumentLink = { entry: null, attachment: null, by: null };
  if (doc.docket) return none;
  const stamped = doc.stamp?.document ? numberKey(doc.stamp.document) : null;
  if (stamped) {
    // The stamp says which filing this is even before the docket is stored.
    return { entry: stamped, attachment: doc.stamp?.attachment ?? null, by: "stamp" };
  }
  const dates = new Set([doc.date, doc.stamp?.filed].filter((d): d is string => Boolean(d)));
  if (dates.size === 0 || !doc.title) return none;
  const words = titleWords(doc.title);
  let best: { number: string; share: number; shared: number } | null = null;
  let tie = false;
  for (const e of entries) {
    if (e.number === null) continue;
    if (!(e.dateFiled && dates.has(e.dateFiled)) && !(e.dateEntered && dates.has(e.dateEntered))) continue;
    const o = overlap(words, e.description);
    if (o.share < MIN_SHARE || o.shared < MIN_SHARED) continue;
    if (!best || o.share > best.share || (o.share === best.share && o.shared > best.shared)) {
      best = { number: numberKey(e.number), ...o };
      tie = false;
    } else if (o.share === best.share && o.shared === best.shared) tie = true;
  }
  return best && !tie ? { entry: best.number, attachment: null, by: "text" } : none;
}

// ---- rulings --------------------------------------------------------------------

/** A stored ruling, as the linker needs it. */
export interface RulingRow {
  docId: number;
  disposition: string;
  request: string;
  /** The motion entries the ruling names ("[Doc. No. 49]" → "49"). */
  motionDocket: string[];
  /** On a docket report: the entry that made the ruling. */
  docketEntry: string | null;
  recommended: boolean;
}

/** Whole days from one ISO date to another; null when either is missing. @example daysBetween("2019-08-01", "2019-08-14") // → 13 */
export function daysBetween(from: string | null, to: string | null): number | null {
  if (!from || !to) return null;
  const a = Date.parse(from.slice(0, 10) + "T00:00:00Z");
  const b = Date.parse(to.slice(0, 10) + "T00:00:00Z");
  if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
  return Math.round((b - a) / 86_400_000);
}

/** The case row a store keeps: fields from a docket report, else filled from documents. */
export interface CaseRow {
  court: string;
  number: string;
  title: string | null;
  judge: string | null;
  dateFiled: string | null;
  dateTerminated: string | null;
  parties: CaseParty[];
}

/** A record cite in a case's document: `document` is the entry number it names. */
export interface RecordCiteRow {
  docId: number;
  citation: number;
  text: string;
  document: string | null;
  attachment: string | null;
}

export interface CaseRows {
  case: CaseRow;
  entries: readonly EntryRow[];
  documents: readonly DocumentRow[];
  rulings: readonly RulingRow[];
  recordCites?: readonly RecordCiteRow[];
}

const attachmentKey = (a: string | null | undefined): string | null => (a ? numberKey(a) : null);

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** "49-1" → ["49", "1"]. */
function splitRef(ref: string): [string, string | null] {
  const dash = ref.indexOf("-");
  return dash > 0 ? [numberKey(ref.slice(0, dash)), numberKey(ref.slice(dash + 1))] : [numberKey(ref), null];
}

/**
 * One case whole from its rows: the docket with each entry's documents and rulings,
 * every ruling joined to the motion entry it decides with days to decision, the motions
 * no ruling or later order has decided, and record cites joined to stored filings.
 *
 * @example assembleCase(rows).pendingMotions // → [{ entry: "51", description: "MOTION to Compel …", filed: "2019-09-03" }]
 */
export function assembleCase(rows: CaseRows): CaseDetail {
  const entries = sortEntries(rows.entries);
  const byNumber = new Map<string, EntryRow>();
  for (const e of entries) if (e.number !== null && !byNumber.has(numberKey(e.number))) byNumber.set(numberKey(e.number), e);
  const position = new Map<EntryRow, number>(entries.map((e, i) => [e, i]));

  // Only entries of a document's own dates can be it: look them up by date.
  const byDate = new Map<string, EntryRow[]>();
  for (const e of entries) {
    for (const d of new Set([e.dateFiled, e.dateEntered])) if (d) pushTo(byDate, d, e);
  }
  const near = (d: DocumentRow): EntryRow[] => [...new Set([d.date, d.stamp?.filed].flatMap((x) => (x ? byDate.get(x) ?? [] : [])))];
  const docs = rows.documents.map((d) => ({ row: d, link: linkDocument(d, d.stamp?.document ? [] : near(d)) }));
  const docById = new Map(docs.map((d) => [d.row.id, d]));
  const brief = (d: DocumentRow): CaseDocument => ({ id: d.id, path: d.path, kind: d.kind, title: d.title });

  // Rulings read from documents first: an order's own text names its motion better than the docket's line.
  const rulings: CaseRuling[] = [];
  const seen = new Set<string>();
  const ordered = [...rows.rulings].sort((a, b) => Number(docById.get(a.docId)?.row.docket ?? false) - Number(docById.get(b.docId)?.row.docket ?? false));
  for (const r of ordered) {
    if (r.recommended) continue;
    const doc = docById.get(r.docId);
    if (!doc) continue;
    const entryNo = doc.row.docket ? (r.docketEntry ? numberKey(r.docketEntry) : null) : doc.link.entry;
    const entry = entryNo ? byNumber.get(entryNo) ?? null : null;
    let motionEntry: string | null = null;
    for (const ref of r.motionDocket) {
      const [n] = splitRef(ref);
      if (n !== entryNo) {
        motionEntry = n;
        break;
      }
    }
    if (!motionEntry && entry) {
      // An order that names no motion decides the one motion its entry refers to.
      const motions = entry.refs.map((ref) => splitRef(ref)[0]).filter((n) => n !== entryNo && isMotionEntry(byNumber.get(n)?.description ?? ""));
      if (new Set(motions).size === 1) motionEntry = motions[0];
    }
    const key = `${entryNo ?? `doc${r.docId}`}|${motionEntry ?? r.request}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const motion = motionEntry ? byNumber.get(motionEntry) ?? null : null;
    const filed = motion ? motion.dateFiled ?? motion.dateEntered : null;
    const decided = entry ? entry.dateFiled ?? entry.dateEntered : doc.row.docket ? null : doc.row.date ?? doc.row.stamp?.filed ?? null;
    rulings.push({
      disposition: r.disposition,
      request: r.request,
      entry: entryNo,
      motionEntry,
      filed,
      decided,
      daysToDecision: daysBetween(filed, decided),
      document: doc.row.docket ? null : doc.row.id,
    });
  }

  // In docket order: by the deciding entry, rulings of no entry last.
  const at = (r: CaseRuling) => {
    const e = r.entry ? byNumber.get(r.entry) : undefined;
    return e ? position.get(e) ?? Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  };
  rulings.sort((a, b) => at(a) - at(b));

  // A motion is decided by a ruling naming it, or by a later order-like entry referring to it.
  const decided = new Set<string>();
  for (const r of rulings) if (r.motionEntry) decided.add(r.motionEntry);
  for (const e of entries) {
    if (!e.refs.length || !decidesRefs(e.description) || isMotionEntry(e.description)) continue;
    const at = position.get(e) ?? 0;
    for (const ref of e.refs) {
      const [n] = splitRef(ref);
      const target = byNumber.get(n);
      if (target && (position.get(target) ?? 0) < at) decided.add(n);
    }
  }
  const pendingMotions: PendingMotion[] = entries
    .filter((e) => e.number !== null && isMotionEntry(e.description) && !decided.has(numberKey(e.number)))
    .map((e) => ({ entry: numberKey(e.number!), description: e.description, filed: e.dateFiled ?? e.dateEntered }));

  // Grouped once, so a docket of 10,000 entries costs no more than a pass over each list.
  const docsAt = new Map<string, CaseDocument[]>();
  for (const d of docs) if (d.link.entry !== null) pushTo(docsAt, d.link.entry, brief(d.row));
  const rulingsAt = new Map<string, CaseRuling[]>();
  for (const r of rulings) if (r.entry !== null) pushTo(rulingsAt, r.entry, r);
  const caseEntries: CaseEntry[] = entries.map((e) => {
    const n = e.number !== null ? numberKey(e.number) : null;
    return {
      number: e.number,
      dateFiled: e.dateFiled,
      dateEntered: e.dateEntered,
      description: e.description,
      refs: e.refs,
      documents: (n !== null && docsAt.get(n)) || [],
      rulings: (n !== null && rulingsAt.get(n)) || [],
    };
  });

  const recordCites: CaseRecordCite[] = [];
  const filing = new Map<string, number>();
  for (const d of docs) {
    const k = d.link.entry !== null ? `${d.link.entry}|${attachmentKey(d.link.attachment) ?? ""}` : null;
    if (k !== null && !filing.has(k)) filing.set(k, d.row.id);
  }
  for (const c of rows.recordCites ?? []) {
    if (!c.document) continue;
    const entry = numberKey(c.document);
    const attachment = attachmentKey(c.attachment);
    recordCites.push({ document: c.docId, citation: c.citation, text: c.text, entry, attachment, target: filing.get(`${entry}|${attachment ?? ""}`) ?? null });
  }

  const c = rows.case;
  return {
    id: caseId(c.court, c.number),
    court: c.court || null,
    caseNumber: c.number,
    title: c.title,
    judge: c.judge,
    parties: c.parties,
    dateFiled: c.dateFiled,
    dateTerminated: c.dateTerminated,
    entries: caseEntries,
    rulings,
    pendingMotions,
    documents: docs.map((d) => ({ ...brief(d.row), entry: d.link.entry, attachment: d.link.attachment, date: d.row.date })),
    recordCites,
  };
}

// ---- case fields ----------------------------------------------------------------

/** The case fields a docket report gives. @example caseFieldsOfDocket(docket).title // → "Balbo v. Tilton" */
export function caseFieldsOfDocket(docket: Docket): Omit<CaseRow, "court" | "number"> {
  return {
    title: docket.caseName,
    judge: docket.assignedTo,
    dateFiled: docket.dateFiled,
    dateTerminated: docket.dateTerminated,
    parties: docket.parties.map((p) => ({ name: p.name, role: p.role, attorneys: p.attorneys.map((a) => a.name) })),
  };
}

const PLAINTIFF = /^(?:plaintiff|petitioner|appellant|movant|claimant|debtor)/i;
const DEFENDANT = /^(?:defendant|respondent|appellee)/i;

/**
 * Case fields from the case's documents, for a case with no docket report: the parties
 * of every caption (once each), "first plaintiff v. first defendant", and the judge who
 * signed most of the court's papers.
 *
 * @example caseFieldsOfDocuments([{ parties: [...], judge: "Jane Roe", author: "court" }]).title // → "Ann Poe v. Acme Corp."
 */
export function caseFieldsOfDocuments(docs: readonly { parties: { name: string; role: string }[]; judge: string | null; author: string | null }[]): Omit<CaseRow, "court" | "number"> {
  const parties: CaseParty[] = [];
  const seen = new Set<string>();
  for (const d of docs) {
    for (const p of d.parties) {
      const k = p.name.toLowerCase().replace(/\s+/g, " ");
      if (seen.has(k)) continue;
      seen.add(k);
      parties.push({ name: p.name, role: p.role, attorneys: [] });
    }
  }
  const first = parties.find((p) => PLAINTIFF.test(p.role));
  const second = parties.find((p) => DEFENDANT.test(p.role));
  const judges = new Map<string, number>();
  for (const d of docs) if (d.judge && d.author !== "party") judges.set(d.judge, (judges.get(d.judge) ?? 0) + 1);
  let judge: string | null = null;
  let most = 0;
  for (const [name, n] of judges) if (n > most) [judge, most] = [name, n];
  return { title: first && second ? `${first.name} v. ${second.name}` : null, judge, dateFiled: null, dateTerminated: null, parties };
}

// ---------------------------------------------------------------------------
// The case tables' rows as both backends read them (same columns on SQLite and PostgreSQL),
// turned into the plain rows above in one place.

/** Document kinds the court writes: their judge names the case's judge. */
const COURT_KINDS = new Set(["order", "opinion", "judgment", "report-and-recommendation", "consent-decree"]);

/** A `docket_entries` row. */
export interface StoredEntry {
  number: string | null;
  date_filed: string | null;
  date_entered: string | null;
  description: string;
  refs_json: string;
  attachments_json: string;
  seq: number;
}

/** @example entryRowOf(row).refs // ["49"] */
export function entryRowOf(r: StoredEntry): EntryRow {
  return {
    number: r.number,
    dateFiled: r.date_filed,
    dateEntered: r.date_entered,
    description: r.description,
    refs: JSON.parse(r.refs_json) as string[],
    attachments: JSON.parse(r.attachments_json) as EntryRow["attachments"],
    seq: r.seq,
  };
}

/** A `cases` row. */
export interface StoredCase {
  court: string;
  number: string;
  title: string | null;
  judge: string | null;
  date_filed: string | null;
  date_terminated: string | null;
  parties_json: string;
}

/** @example caseRowOf(row).dateFiled // "2019-08-01" */
export function caseRowOf(c: StoredCase): CaseRow {
  return { court: c.court, number: c.number, title: c.title, judge: c.judge, dateFiled: c.date_filed, dateTerminated: c.date_terminated, parties: JSON.parse(c.parties_json) as CaseParty[] };
}

/** A stored document of a case, as the case reads it. */
export interface StoredCaseDocument {
  id: number;
  path: string;
  kind: string | null;
  title: string | null;
  date: string | null;
  judge: string | null;
  stamp_json: string | null;
}

/** @example documentRowOf(row).stamp?.document // "50" */
export function documentRowOf(d: StoredCaseDocument): DocumentRow {
  const stamp = d.stamp_json ? (JSON.parse(d.stamp_json) as { document?: string | null; attachment?: string | null; filed?: string | null }) : null;
  return {
    id: d.id,
    path: d.path,
    kind: d.kind,
    title: d.title,
    date: d.date,
    stamp: stamp ? { document: stamp.document ?? null, attachment: stamp.attachment ?? null, filed: stamp.filed ?? null } : null,
    docket: d.kind === "docket-report",
  };
}

/**
 * The case row with what no docket report said (title, judge, parties) filled from the
 * documents' captions and signatures; `partiesOf` gives a document's stored parties.
 */
export function withDocumentFields(row: CaseRow, docs: readonly StoredCaseDocument[], partiesOf: (docId: number) => { name: string; role: string }[]): CaseRow {
  if (row.title !== null && row.judge !== null && row.parties.length > 0) return row;
  const fromDocs = caseFieldsOfDocuments(
    docs.filter((d) => d.kind !== "docket-report").map((d) => ({ parties: partiesOf(d.id), judge: d.judge, author: COURT_KINDS.has(d.kind ?? "") ? "court" : "party" })),
  );
  return { ...row, title: row.title ?? fromDocs.title, judge: row.judge ?? fromDocs.judge, parties: row.parties.length ? row.parties : fromDocs.parties };
}

/** A `rulings` row of a case's document (`recommended` is 0/1 on SQLite, a boolean on PostgreSQL). */
export interface StoredRuling {
  doc_id: number;
  disposition: string;
  request: string;
  docket_json: string;
  docket_entry: string | null;
  recommended: number | boolean;
}

/** @example rulingRowOf(row).motionDocket // ["49"] */
export function rulingRowOf(r: StoredRuling): RulingRow {
  return { docId: r.doc_id, disposition: r.disposition, request: r.request, motionDocket: JSON.parse(r.docket_json) as string[], docketEntry: r.docket_entry, recommended: r.recommended === true || r.recommended === 1 };
}

/** A record `citations` row of a case's document. */
export interface StoredRecordCite {
  doc_id: number;
  idx: number;
  text: string;
  fields_json: string;
}

/** @example recordCiteRowOf(row).document // "49" */
export function recordCiteRowOf(r: StoredRecordCite): RecordCiteRow {
  const f = JSON.parse(r.fields_json) as { document?: string | null; attachment?: string | null };
  return { docId: r.doc_id, citation: r.idx, text: r.text, document: f.document ?? null, attachment: f.attachment ?? null };
}
