/**
 * The types every stage of the pipeline shares.
 *
 *   bytes ──ingest──▶ Page[] ──layout──▶ Document ──cite──▶ Citation[] ──analyze──▶ Reading
 *
 * This module imports nothing of ours. Offsets are UTF-16 code units (JavaScript
 * string indices), half-open `[start, end)`.
 */

/** A half-open span of `Document.text`. */
export interface Span {
  start: number;
  end: number;
}

/** Where an offset came from in the source: page number (1-based) and the printed
 * pleading-paper line number where the page has one, else the physical line (1-based). */
export interface Loc {
  page: number;
  line: number;
}

export type Severity = "error" | "warning" | "info";

/** A problem in the input: a diagnostic, never an exception. */
export interface Finding {
  severity: Severity;
  /** Stable rule id, e.g. `pdf.no-text-layer`, `cite.year-outside-reporter-range`. */
  code: string;
  message: string;
  /** Index into `citations[]` when the finding is about one citation. */
  citation?: number;
  start?: number;
  end?: number;
}

export type SourceFormat = "pdf" | "text" | "html";

export type EmphasisStyle = "italic" | "bold" | "underline";

/** Emphasis over a range of a line's text (offsets relative to that line's text). */
export interface LineEmphasis {
  start: number;
  end: number;
  style: EmphasisStyle;
}

/** One line of source as ingest found it, before any cleaning. */
export interface SourceLine {
  text: string;
  /** Emphasis within `text`, where the source says (PDF font names, HTML tags). */
  emphasis?: LineEmphasis[];
  /** Printed margin line number already separated by ingest (PDF), if any. */
  lineNumber?: number | null;
  /** Position on the page (PDF points, origin top-left), when known. */
  x?: number;
  y?: number;
  /** Right edge of the line's text, when known. */
  right?: number;
  /** Dominant font size, when known. */
  fontSize?: number;
  /** Role ingest already recognized (PDF): footnote text under a rule, etc. */
  role?: "body" | "footnote" | "header" | "footer" | "stamp" | "margin";
}

/** One page of source. Text input is split on form feeds; layout may split it further. */
export interface Page {
  /** 1-based. */
  number: number;
  lines: SourceLine[];
  width?: number;
  height?: number;
}

/** What ingest hands to layout. */
export interface Ingested {
  source: SourceInfo;
  pages: Page[];
  findings: Finding[];
  /** The decoded markup of an HTML source, for readers of its structure (PACER docket tables). */
  markup?: string;
}

export interface SourceInfo {
  path: string;
  format: SourceFormat;
  sha256: string;
  /** Page count: PDF pages, or pages found in text (form feeds / pleading restarts). */
  pages: number;
  bytes?: number;
}

/** A CM/ECF header stamp, e.g.
 * `Case 3:17-cv-00218-MMA-BLM Document 50 Filed 04/05/18 PageID.318 Page 1 of 6`. */
export interface Stamp {
  caseNumber: string;
  document: string | null;
  attachment: string | null;
  /** ISO date. */
  filed: string | null;
  page: number | null;
  pages: number | null;
  pageId: string | null;
  /** Appellate `ID:` / bankruptcy `Entered` etc. */
  entryId?: string | null;
  entered?: string | null;
  /** `district` | `appellate` | `bankruptcy`. */
  court?: "district" | "appellate" | "bankruptcy";
  raw: string;
}

export interface EmphasisSpan extends Span {
  style: EmphasisStyle;
}

export interface PageSpan extends Span {
  number: number;
}

export interface Section extends Span {
  heading: string;
}

export interface Footnote extends Span {
  mark: string;
  /** Offsets of the marker(s) in the body text that point at this footnote. */
  refs?: Span[];
}

/**
 * The clean text of a filing with everything later stages need carried forward.
 * `text` holds no margin line numbers, stamps, running headers/footers or markup.
 */
export interface Document {
  source: SourceInfo;
  text: string;
  pages: PageSpan[];
  emphasis: EmphasisSpan[];
  footnotes: Footnote[];
  sections: Section[];
  /** The page-1 stamp (newest when two overlap). */
  stamp: Stamp | null;
  /** Every stamp seen, one per page where printed. */
  stamps: Stamp[];
  /** Sorted anchors: `text[anchor.start…]` came from `{page, line}`. Use `locate`. */
  anchors: Anchor[];
  findings: Finding[];
}

/** One entry of a document's source map: text from `start` on came from `page`/`line`
 * until the next anchor. */
export interface Anchor {
  start: number;
  page: number;
  line: number;
}

export type CitationKind =
  | "case"
  | "case-short"
  | "id"
  | "supra"
  | "reference"
  | "statute"
  | "statute-short"
  | "rule"
  | "regulation"
  | "constitution"
  | "record"
  | "journal"
  | "unknown";

export type Provenance = "stated" | "inferred";

/** One citation, as the `casefile/1` contract prints it. Kind-specific fields are optional. */
export interface Citation extends Span {
  kind: CitationKind;
  text: string;
  loc?: Loc;
  // case, case-short, supra, journal
  volume?: string | null;
  reporter?: string | null;
  /** The edition the reporter as found belongs to, e.g. `F. 2d` → `F.2d`. */
  reporterFound?: string | null;
  page?: string | null;
  pin?: string | null;
  year?: number | null;
  yearProvenance?: Provenance | null;
  court?: string | null;
  courtProvenance?: Provenance | null;
  caseName?: string | null;
  plaintiff?: string | null;
  defendant?: string | null;
  parenthetical?: string | null;
  docketNumber?: string | null;
  date?: string | null;
  signal?: string | null;
  /** Indexes of citations parallel to this one (same case, other reporters). */
  parallel?: number[];
  /** Subsequent history: `aff'd`, `rev'd`, `cert. denied` … and the index it links to. */
  history?: { phrase: string; citation: number | null }[];
  // statute, statute-short, regulation, constitution
  title?: string | null;
  code?: string | null;
  section?: string | null;
  subsection?: string | null;
  jurisdiction?: string | null;
  /** The code as printed (`U. S. C.`, `Ariz. Rev. Stat. Ann.`); `code` is its canonical form. */
  codeFound?: string | null;
  /** The code's publisher, from a parenthetical: `West`, `Lexis Supp.`. */
  publisher?: string | null;
  // rule
  body?: string | null;
  rule?: string | null;
  subdivision?: string | null;
  // record
  document?: string | null;
  attachment?: string | null;
  // journal
  journal?: string | null;
  /** Index into `citations[]` of what a short form, Id., supra, reference or § refers to. */
  antecedent: number | null;
  /**
   * The whole citation as eyecite's `full_span` reads it: from the case name (or the short
   * form's name) through the last parenthetical. Parallel cites share it. Other kinds: their own span.
   */
  fullSpan?: Span;
  /** The citation as The Bluebook writes it (`Tripati v. Henman, 845 F.2d 205, 206 (9th Cir. 1988)`); null when a part it needs is unknown. */
  bluebook?: string | null;
  /** `casefile check` / `read --check`: whether the cited case exists, against loaded authorities. */
  check?: CitationCheck | null;
}

/** Whether a full case cite names a case that exists: the `check` of a citation. */
export interface CitationCheck {
  /** found: a case holds the cite and its name agrees; name-mismatch: the cite is another case's;
   * not-found: the store covers the volume but no case starts at the page; ambiguous: several
   * cases share the cite; not-covered: the store holds nothing for that reporter or volume. */
  status: "found" | "name-mismatch" | "not-found" | "ambiguous" | "not-covered";
  clusters: CheckedCluster[];
  /** The cite the named case really has, when the one printed is wrong. */
  suggestion: string | null;
}

/** A case as the authority database knows it. */
export interface CheckedCluster {
  id: number;
  caseName: string | null;
  dateFiled: string | null;
  court: string | null;
  citations: string[];
}

export type Disposition =
  | "granted"
  | "denied"
  | "granted-in-part"
  | "denied-as-moot"
  | "denied-without-prejudice"
  | "dismissed"
  | "moot"
  /** A consent decree, settlement or stipulation the court enters. */
  | "approved"
  /** An appeal or petition for review decided ("REVERSED AND REMANDED" is `reversed`, with `remanded` noted). */
  | "affirmed"
  | "reversed"
  | "vacated"
  | "remanded"
  | "affirmed-in-part"
  /** A district judge's review of a magistrate judge's report and recommendation. */
  | "adopted"
  | "adopted-in-part"
  | "modified"
  | "rejected"
  /** Objections (to a report and recommendation, to evidence) decided. */
  | "overruled"
  | "sustained"
  | "sustained-in-part"
  | "other";

/** One claim or part of a motion decided claim by claim. */
export interface RulingPart {
  request: string;
  disposition: Disposition;
}

export interface Ruling extends Span {
  disposition: Disposition;
  request: string;
  /** Request type: reconsideration, dismissal, summary-judgment, leave-to-amend, stay … */
  requestType?: string | null;
  motion: { docket: string[] };
  text: string;
  inFootnote?: boolean;
  /** Set only when a magistrate judge recommends the disposition instead of deciding it. */
  recommended?: true;
  /** An appellate outcome that also sends the case back ("REVERSED AND REMANDED", "we vacate … and remand"). */
  remand?: true;
  /** A motion decided claim by claim: each claim or part and its outcome ("Count III", "dismissed"). */
  parts?: RulingPart[];
  /** Where the ruling's sentence was printed. */
  loc?: Loc;
  /** On a docket report: the number of the order entry that made this ruling (null when unnumbered). */
  docketEntry?: string | null;
}

export interface ProceduralEvent extends Span {
  /** ISO date. */
  date: string;
  text: string;
  docket: string[];
  /** filing | amended-complaint | order | hearing | deadline | other */
  type?: string;
  /** Where the event's sentence was printed. */
  loc?: Loc;
}

export interface Party {
  name: string;
  role: string;
  proSe?: boolean;
  doe?: boolean;
}

export interface Caption {
  /** `from` says where the court was read (heading, reprint-header, cite-as, docket-header, ocr-heading, stamp); `source` its words' offsets. */
  court: { id: string; name: string; from?: string; source?: Span } | null;
  /** `from` says where the number was read (caption, reprint-header, stamp); `source` its offsets in the text. */
  caseNumber: { raw: string; normalized: string | null; from?: string; source?: Span } | null;
  parties: Party[];
  title: string | null;
  docketRefs: string[];
}

export interface Judge {
  name: string;
  title: string | null;
}

/** What a document is. */
export type DocumentKind =
  | "order"
  | "opinion"
  | "judgment"
  | "report-and-recommendation"
  | "consent-decree"
  | "docket-report"
  | "complaint"
  | "motion"
  | "brief"
  | "notice"
  | "stipulation"
  | "letter"
  | "other";

/** Who wrote a document: the court, or a party (whose filing decides nothing). */
export type DocumentAuthor = "court" | "party";

/** The whole reading of one document: the `casefile/1` contract. */
export interface Reading {
  schema: "casefile/1";
  source: SourceInfo;
  stamp: Stamp | null;
  caption: Caption;
  /** What the document is: an order, an opinion, a party's motion … */
  kind: DocumentKind;
  /** The court, or a party. */
  author: DocumentAuthor;
  date: string | null;
  judge: Judge | null;
  text: string;
  pages: PageSpan[];
  sections: Section[];
  footnotes: Footnote[];
  emphasis: EmphasisSpan[];
  citations: Citation[];
  rulings: Ruling[];
  events: ProceduralEvent[];
  findings: Finding[];
  /** A docket report read whole (DOCKET.md); null for a page that is not one. */
  docket?: Docket | null;
}

/** One entry of a CM/ECF docket report, e.g.
 * `08/16/2018  1  COMPLAINT against All Defendants … (Entered: 08/16/2018)`.
 * The span runs from the entry's date to the end of its last continuation line. */
export interface DocketEntry extends Span {
  /** ISO date filed. */
  date: string;
  /** The entry number, or null for unnumbered clerk's entries. */
  number: string | null;
  /** The docket text joined across its lines, page furniture removed. */
  text: string;
  /** ISO date of the `(Entered: …)` note, when printed. */
  entered: string | null;
}

/** An attorney of a party on a docket report, as printed. */
export interface DocketAttorney {
  name: string;
  /** Firm, address, phone and e-mail lines, joined with newlines. */
  contact: string;
  /** `LEAD ATTORNEY`, `ATTORNEY TO BE NOTICED`, `TERMINATED: 01/02/2019`, `COR NTC Retained` … */
  roles: string[];
}

/** A criminal defendant's counts and complaints, each as printed. */
export interface DocketCriminal {
  counts: { name: string; disposition: string; status: "pending" | "terminated" }[];
  complaints: { name: string; disposition: string }[];
  highestOffenseLevelOpening: string;
  highestOffenseLevelTerminated: string;
}

/** One party of a docket report. */
export interface DocketParty {
  name: string;
  /** As printed: `Plaintiff`, `Defendant (1)`, `Debtor`, `Plaintiff - Appellee` … */
  role: string;
  extraInfo: string;
  /** ISO date of `TERMINATED: …` under the party, when printed. */
  dateTerminated: string | null;
  attorneys: DocketAttorney[];
  criminal?: DocketCriminal;
}

/** An attachment of a docket entry (`(Attachments: # 1 Exhibit A)` or the multi-document view). */
export interface DocketAttachment {
  number: number;
  description: string;
  pageCount: number | null;
  pacerDocId: string | null;
}

/** One entry of a docket report in the `docket` object of `casefile read --json`. */
export interface DocketItem {
  /** As printed in the # column; null when the entry has none. */
  number: string | null;
  /** ISO date filed; null when the report's date column holds the entered date. */
  dateFiled: string | null;
  /** ISO date entered: the `(Entered: …)` note, or the date column on a report sorted by it. */
  dateEntered: string | null;
  /** The whole docket text as printed, whitespace runs collapsed. */
  description: string;
  /** Entries this text points at: `granting 12 Motion` → `"12"`, `[49-1]` → `"49-1"`. */
  docketRefs: string[];
  attachments: DocketAttachment[];
  pacerDocId: string | null;
  pacerSeqNo: string | null;
}

/** A court of appeals' record of the court appealed from. */
export interface OriginatingCourt {
  court: { id: string } | null;
  docketNumber: string | null;
  assignedTo: string | null;
  orderingJudge: string | null;
  dateFiled: string | null;
  dateJudgment: string | null;
  dateNoticeOfAppeal: string | null;
  dateReceived: string | null;
  dateDisposed: string | null;
  disposition: string | null;
}

/** A docket report read whole: case fields, parties and entries (DOCKET.md). */
export interface Docket {
  kind: "district" | "bankruptcy" | "appellate";
  /** PACER's court id as the page carries it (`cand`, `azb`); `courtListenerId` where CourtListener spells it otherwise. */
  court: { id: string; name: string; courtListenerId?: string } | null;
  docketNumber: string | null;
  caseName: string | null;
  dateFiled: string | null;
  dateTerminated: string | null;
  dateConverted: string | null;
  dateDischarged: string | null;
  assignedTo: string | null;
  referredTo: string | null;
  cause: string | null;
  natureOfSuit: string | null;
  juryDemand: string | null;
  demand: string | null;
  jurisdiction: string | null;
  mdlStatus: string | null;
  appealFrom?: string | null;
  caseType?: string | null;
  feeStatus?: string | null;
  panel?: string[];
  originatingCourt?: OriginatingCourt | null;
  parties: DocketParty[];
  /** What the date column holds: `filed` ('Date Filed') or `entered` ('Date Entered', 'Docket Date'). */
  dateColumn: "filed" | "entered";
  entries: DocketItem[];
}
