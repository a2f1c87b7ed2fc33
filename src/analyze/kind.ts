/**
 * What the document is (an order, an opinion, a complaint, a motion …) and who wrote it: the
 * court, or a party. A party's filing keeps its own title and decides nothing.
 */
import type { DocumentAuthor, DocumentKind } from "../model/types.js";
import { documentVoice, isRecommendation } from "./rulings.js";

/** What `documentKind` needs to know beyond the text. */
export interface KindContext {
  title: string | null;
  /** Whether the document was read as a docket report. */
  docketReport: boolean;
  /** Whether an opinion's author line ("SMITH, Circuit Judge:") was found. */
  authorLine: boolean;
}

// a party's paper, by the head word of its title or first heading
const COMPLAINT = /\b(?:(?:AMENDED|VERIFIED|SUPPLEMENTAL|CLASS\s{1,3}ACTION)\s{1,3})*COMPLAINT\b|\bPETITION\s{1,3}FOR\s{1,3}(?:A\s{1,3})?WRIT\b/;
const MOTION = /\b(?:MOTION|APPLICATION|PETITION|REQUEST)\b/;
const BRIEF = /\b(?:BRIEF|MEMORANDUM\s{1,3}(?:OF\s{1,3}(?:POINTS|LAW)|IN\s{1,3}(?:SUPPORT|OPPOSITION))|OPPOSITION|REPLY|RESPONSE|OBJECTIONS?)\b/;
const NOTICE = /\bNOTICE\b/;
const STIPULATION = /\bSTIPULAT(?:ION|ED)\b/;
const LETTER = /(?:^|\n)\s{0,6}(?:Dear\s{1,3}(?:Judge|Chief\s{1,3}Judge|Magistrate|Justice|Clerk|Mr\.|Ms\.|Mrs\.|Counsel)|Re:\s)/;
// a title that opens with a party's paper: "PLAINTIFFS’ PRETRIAL BRIEF", "JOINT MOTION FOR …", "MEMORANDUM OF LAW IN SUPPORT …"
const PARTY_HEAD = /^\s{0,3}(?:[A-Z][A-Z’'.,&\-]{0,30}\s{1,3}){0,8}?(?<paper>COMPLAINT|MOTION|BRIEF|MEMORANDUM\s{1,3}(?:OF\s{1,3}(?:LAW|POINTS)|IN\s{1,3}(?:SUPPORT|OPPOSITION))|OPPOSITION|REPLY|NOTICE\s{1,3}OF\s{1,3}(?:MOTION|APPEAL|FILING|REMOVAL)|PETITION|APPLICATION|DECLARATION|ANSWER)\b/;
// the court's words before a party's paper make the title the court's: "ORDER DENYING MOTION …", "DECISION ON … OPPOSITION"
const COURT_LEAD = /\b(?:ORDER|OPINION|DECISION|JUDGMENT|RULING|DECREE|RE|ON|GRANTING|DENYING|REGARDING|MINUTES?|REPORT|RECOMMENDATIONS?|FINDINGS|PROPOSED)\b/;

/**
 * Whether a title names a party's paper (a complaint, motion, brief, notice …) by its head words.
 *
 * @example isPartyPaperTitle("PLAINTIFFS’ PRETRIAL BRIEF") // → true
 * @example isPartyPaperTitle("ORDER DENYING MOTION TO DISMISS") // → false
 */
export function isPartyPaperTitle(title: string): boolean {
  const m = PARTY_HEAD.exec(title.toUpperCase());
  return !!m && !COURT_LEAD.test(m[0].slice(0, m[0].length - m.groups!.paper.length));
}

// the court's papers, by the head word of the title
const CONSENT = /\b(?:CONSENT\s{1,3}(?:DECREE|JUDGMENT|ORDER)|SETTLEMENT\s{1,3}AGREEMENT|AGREED\s{1,3}(?:ORDER|JUDGMENT)\s{1,3}(?:AND|OF)\s{1,3}(?:SETTLEMENT|CONSENT))\b/;
const JUDGMENT = /^\s{0,3}(?:\[PROPOSED\]\s{0,3})?(?:(?:FINAL|AMENDED|PARTIAL|DEFAULT|DECLARATORY|CORRECTED)\s{1,3}(?:AND\s{1,3})?)*JUDGMENT\b/;
const OPINION = /\bOPINION\b|\bMEMORANDUM\s{1,3}(?:OF\s{1,3})?DECISION\b|^\s{0,3}DECISION\b|^\s{0,3}MEMORANDUM\s{0,3}$/;

/**
 * The document's kind and its author.
 *
 * @example documentKind("… MEMORANDUM OPINION …", { title: "MEMORANDUM OPINION", docketReport: false, authorLine: false })
 * // → { kind: "opinion", author: "court" }
 */
export function documentKind(text: string, ctx: KindContext): { kind: DocumentKind; author: DocumentAuthor } {
  if (ctx.docketReport) return { kind: "docket-report", author: "court" };
  const title = (ctx.title ?? "").toUpperCase();
  // a title that is a party's paper makes it one, though no counsel's block was found
  const voice = isPartyPaperTitle(title) ? "party" : documentVoice(text, ctx.title);
  const head = text.slice(0, 3000);
  if (voice === "party") {
    const named = title || head;
    if (STIPULATION.test(named) && !MOTION.test(named.slice(0, named.search(STIPULATION)))) return { kind: "stipulation", author: "party" };
    if (NOTICE.test(named) && named.search(NOTICE) < Math.min(...[MOTION, BRIEF].map((r) => (r.exec(named)?.index ?? Infinity)))) return { kind: "notice", author: "party" };
    if (COMPLAINT.test(named) && !/\b(?:MOTION|BRIEF|OPPOSITION|REPLY)\b[^]{0,40}COMPLAINT/.test(named)) return { kind: "complaint", author: "party" };
    if (BRIEF.test(named) && named.search(BRIEF) <= (MOTION.exec(named)?.index ?? Infinity)) return { kind: "brief", author: "party" };
    if (MOTION.test(named)) return { kind: "motion", author: "party" };
    if (LETTER.test(head)) return { kind: "letter", author: "party" };
    return { kind: "other", author: "party" };
  }
  if (voice === "proposed") return { kind: courtKind(text, title, ctx), author: "party" };
  return { kind: courtKind(text, title, ctx), author: "court" };
}

function courtKind(text: string, title: string, ctx: KindContext): DocumentKind {
  if (isRecommendation(text, ctx.title)) return "report-and-recommendation";
  if (CONSENT.test(title)) return "consent-decree";
  if (JUDGMENT.test(title)) return "judgment";
  if (OPINION.test(title)) return "opinion";
  if (/\bORDER\b|\bMINUTES\b|\bRULING\b|\bDECREE\b|\bINJUNCTION\b/.test(title)) return "order";
  if (ctx.authorLine) return "opinion";
  if (!title && LETTER.test(text.slice(0, 3000))) return "letter";
  return title ? "other" : "order";
}
