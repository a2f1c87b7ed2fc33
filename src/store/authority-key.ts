/**
 * Which authority a citation points at. Short forms, Id., supra and references carry no
 * identity of their own: they count toward whatever their antecedent chain ends at.
 */
import { cleanCaseName } from "../cite/names.js";
import { courtById } from "../cite/tables/courts.js";
import type { Citation, Reading } from "../model/types.js";
import type { AuthorityKind } from "./types.js";

/** The identity and display fields of one authority, before it has a row id. */
export interface AuthorityRef {
  key: string;
  kind: AuthorityKind;
  label: string;
  fields: Record<string, string | number | null | string[]>;
  /**
   * Every key this authority is also known by: a case's parallel cites (`case:127|S. Ct.|1955`
   * beside `case:550|U.S.|544`). Includes `key`. Only with `{ exact: true }`.
   */
  aliases?: string[];
}

/** How `authorityOf` keys: `exact` keeps a section's subsection and a rule's subdivision, and joins parallel cites. */
export interface AuthorityOptions {
  exact?: boolean;
}

// Antecedent chains are short in practice; the bound stops a malformed cycle.
const MAX_CHAIN = 64;

const squash = (s: string | null | undefined): string => (s ?? "").replace(/\s+/g, " ").trim();

/** Section without its subsection: `1292(b)` → `1292`, so `§ 1292(b)` and `§ 1292(a)` share one row. */
function baseSection(section: string | null | undefined): string {
  const s = squash(section);
  const paren = s.indexOf("(");
  return paren > 0 ? s.slice(0, paren).trim() : s;
}

/** Section with its subsection, spaces dropped: `1292` + `(b)` → `1292(b)`; a section that holds its subsection already keeps it. */
function exactSection(section: string | null | undefined, subsection: string | null | undefined): string {
  const s = squash(section).replace(/\s+/g, "");
  const sub = squash(subsection).replace(/\s+/g, "");
  return sub && !s.endsWith(sub) ? s + sub : s;
}

/** Rule number without its subdivision: `59(e)` → `59`. */
function baseRule(rule: string | null | undefined): string {
  return baseSection(rule);
}

/**
 * Follows `antecedent` links from citation `index` to the citation that names the authority.
 *
 * @example rootOf(citations, 7) // → 3 when citations[7] is "Id." resolved to a full cite at 3
 */
export function rootOf(citations: readonly Citation[], index: number): number {
  let i = index;
  for (let step = 0; step < MAX_CHAIN; step++) {
    const c = citations[i];
    const next = c?.antecedent;
    if (next === null || next === undefined || next === i || next < 0 || next >= citations.length) return i;
    // A statute short form names its own section, and a bare rule its own number; only the code
    // or body comes from the antecedent (`Rule 59(e)` after `Fed. R. Civ. P. 11` is Rule 59).
    if (c.kind === "statute-short" && c.section) return i;
    if (c.kind === "rule" && c.rule && c.body) return i;
    i = next;
  }
  return i;
}

/** The case number a record cite belongs to: the stamp's, else the caption's. */
export function caseNumberOf(reading: Pick<Reading, "stamp" | "caption">): string | null {
  return reading.stamp?.caseNumber ?? reading.caption?.caseNumber?.normalized ?? reading.caption?.caseNumber?.raw ?? null;
}

/** Code of a statute short form (`§ 1291`): walk back to the first antecedent that states one. */
function codeOf(citations: readonly Citation[], index: number): { title: string; code: string } | null {
  let i: number | null = index;
  for (let step = 0; step < MAX_CHAIN && i !== null && i !== undefined; step++) {
    const c: Citation | undefined = citations[i];
    if (!c) return null;
    if (c.code) return { title: squash(c.title), code: squash(c.code) };
    i = c.antecedent === i ? null : c.antecedent;
  }
  return null;
}

/**
 * The authority citation `index` of a reading counts toward, or null when it names
 * none (an unresolved short form, a journal, an unknown cite).
 *
 * @example authorityOf(reading, 5)?.key // → "case:673|F.2d|1020" for "673 F.2d at 1026"
 */
export function authorityOf(reading: Pick<Reading, "citations" | "stamp" | "caption">, index: number, options: AuthorityOptions = {}): AuthorityRef | null {
  const citations = reading.citations;
  const self = citations[index];
  if (!self) return null;
  const rootIndex = rootOf(citations, index);
  const root = citations[rootIndex];
  switch (root.kind) {
    case "case":
    case "case-short":
    case "supra":
    case "reference": {
      if (!root.volume || !root.reporter || !root.page) return null;
      if (options.exact) return parallelRef(citations, rootIndex);
      return caseRef(squash(root.volume), squash(root.reporter), squash(root.page), cleanCaseName(root.caseName), root.year ?? null, root.court ?? null);
    }
    case "statute":
    case "statute-short": {
      const code = root.code ? { title: squash(root.title), code: squash(root.code) } : codeOf(citations, root.antecedent ?? -1);
      const section = options.exact ? exactSection(root.section, root.subsection) : baseSection(root.section);
      if (!code || !section) return null;
      return statuteRef(code.title, code.code, section);
    }
    case "rule": {
      if (!root.body || !root.rule) return null;
      return ruleRef(squash(root.body), options.exact ? exactSection(root.rule, root.subdivision) : baseRule(root.rule));
    }
    case "regulation":
    case "constitution": {
      const code = squash(root.code ?? root.jurisdiction);
      const section = squash(root.section);
      if (!code || !section) return null;
      const title = squash(root.title);
      const label = `${title ? title + " " : ""}${code} ${root.kind === "regulation" ? "§ " : ""}${section}`;
      return { key: `${root.kind}:${title}|${code}|${section}`, kind: root.kind, label, fields: { title: title || null, code, section } };
    }
    case "record": {
      const caseNumber = caseNumberOf(reading);
      if (!root.document || !caseNumber) return null;
      return recordRef(caseNumber, squash(root.document), root.attachment ? squash(root.attachment) : null);
    }
    default:
      return null;
  }
}

/**
 * The authority of a full case cite and its parallel cites (`Citation.parallel`): one case,
 * keyed by the first of them in the text, known by all their keys, showing all their cites.
 *
 * @example parallelRef(citations, 0).aliases // → ["case:550|U.S.|544", "case:127|S. Ct.|1955"]
 */
export function parallelRef(citations: readonly Citation[], index: number): AuthorityRef {
  const root = citations[index];
  const members = [index];
  if (root.kind === "case") for (const j of root.parallel ?? []) if (j !== index && citations[j]?.kind === "case" && !members.includes(j)) members.push(j);
  members.sort((a, b) => a - b);
  const parts = members.map((i) => citations[i]).filter((c) => c.volume && c.reporter && c.page);
  const lead = parts[0] ?? root;
  const ref = caseRef(squash(lead.volume), squash(lead.reporter), squash(lead.page), null, null, null);
  const cites = parts.map((c) => `${squash(c.volume)} ${squash(c.reporter)} ${squash(c.page)}`);
  ref.aliases = parts.map((c) => `case:${squash(c.volume)}|${squash(c.reporter)}|${squash(c.page)}`);
  const first = <T>(f: (c: Citation) => T | null | undefined): T | null => {
    for (const c of parts) {
      const v = f(c);
      if (v !== null && v !== undefined) return v;
    }
    return null;
  };
  ref.fields = { ...ref.fields, caseName: first((c) => cleanCaseName(c.caseName)), year: first((c) => c.year), court: first((c) => (c.courtProvenance === "inferred" ? null : c.court)), cites };
  ref.label = caseLabel(ref.fields);
  return ref;
}

/**
 * A case authority's label from its fields: the name and every cite, then the court as
 * citations print it and the year (`(9th Cir. 1988)`; the Supreme Court's just the year).
 *
 * @example caseLabel({ caseName: "Tripati v. Henman", cites: ["845 F.2d 205"], court: "ca9", year: 1988 }) // → "Tripati v. Henman, 845 F.2d 205 (9th Cir. 1988)"
 */
export function caseLabel(fields: AuthorityRef["fields"]): string {
  const cites = Array.isArray(fields.cites) && fields.cites.length ? fields.cites : [`${fields.volume} ${fields.reporter} ${fields.page}`];
  const name = typeof fields.caseName === "string" && fields.caseName ? `${fields.caseName}, ` : "";
  const paren = courtParenthetical(typeof fields.court === "string" ? fields.court : null, typeof fields.year === "number" ? fields.year : null);
  return `${name}${cites.join(", ")}${paren ? ` (${paren})` : ""}`;
}

/**
 * The inside of a cite's court-and-year parenthetical, from a court id: the court's citation
 * form (courts-db), nothing for the Supreme Court, and nothing for an id no table knows.
 *
 * @example courtParenthetical("ca9", 1988) // → "9th Cir. 1988"
 * @example courtParenthetical("scotus", 1982) // → "1982"
 */
export function courtParenthetical(court: string | null, year: number | null): string {
  const printed = court && court !== "scotus" ? (courtById(court)?.citation[0] ?? null) : null;
  return [printed, year].filter((x) => x !== null && x !== undefined).join(" ");
}

/** @example caseRef("673", "F.2d", "1020", "In re Cement", 1982, "ca9").key // → "case:673|F.2d|1020" */
export function caseRef(volume: string, reporter: string, page: string, caseName: string | null, year: number | null, court: string | null): AuthorityRef {
  const cite = `${volume} ${reporter} ${page}`;
  return {
    key: `case:${volume}|${reporter}|${page}`,
    kind: "case",
    label: caseName ? `${caseName}, ${cite}` : cite,
    fields: { volume, reporter, page, caseName, year, court },
  };
}

/** @example statuteRef("28", "U.S.C.", "1292").label // → "28 U.S.C. § 1292" */
export function statuteRef(title: string, code: string, section: string): AuthorityRef {
  return { key: `statute:${title}|${code}|${section}`, kind: "statute", label: `${title ? title + " " : ""}${code} § ${section}`, fields: { title: title || null, code, section } };
}

/** @example ruleRef("Fed. R. Civ. P.", "59").key // → "rule:Fed. R. Civ. P.|59" */
export function ruleRef(body: string, rule: string): AuthorityRef {
  return { key: `rule:${body}|${rule}`, kind: "rule", label: `${body} ${rule}`, fields: { body, rule } };
}

/** @example recordRef("3:17-cv-00218-MMA-BLM", "49", "1").label // → "ECF No. 49-1 (3:17-cv-00218-MMA-BLM)" */
export function recordRef(caseNumber: string, document: string, attachment: string | null): AuthorityRef {
  const num = attachment ? `${document}-${attachment}` : document;
  return { key: `record:${caseNumber}|${document}|${attachment ?? ""}`, kind: "record", label: `ECF No. ${num} (${caseNumber})`, fields: { caseNumber, document, attachment } };
}
