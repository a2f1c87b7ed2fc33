/**
 * The table of authorities of a brief: every authority it cites, in the five parts a
 * brief's own table has (cases; constitutional provisions; statutes; rules; other
 * authorities), each with the pages it is cited on, *passim* at five pages or more.
 * Every form counts toward its authority (full, short, Id., supra, a name), and a case's
 * parallel cites are one entry. When the brief prints a table of its own, `compareToa`
 * lists what it leaves out, what it lists that the body never cites, and wrong pages.
 */
import { authorityOf, type AuthorityRef } from "../store/authority-key.js";
import type { Citation, Finding, Reading } from "../model/types.js";

export type ToaPart = "cases" | "constitutional" | "statutes" | "rules" | "other";

export const TOA_PARTS: readonly { part: ToaPart; heading: string }[] = [
  { part: "cases", heading: "Cases" },
  { part: "constitutional", heading: "Constitutional Provisions" },
  { part: "statutes", heading: "Statutes" },
  { part: "rules", heading: "Rules" },
  { part: "other", heading: "Other Authorities" },
];

/** How much of a table's line around a cite is read: a page list stands within it. */
const LINE_WINDOW = 400;

/** Cited on this many pages or more, an authority is cited *passim*. */
export const PASSIM = 5;

export interface ToaEntry {
  part: ToaPart;
  /** Authority key (`case:845|F.2d|205`). */
  key: string;
  /** As the table prints it: `Tripati v. Henman, 845 F.2d 205 (9th Cir. 1988)`. */
  label: string;
  /** The case name alone, for cases. */
  caseName: string | null;
  /** The cite and its parallels: `["554 U.S. 471", "128 S. Ct. 2605"]`. */
  cites: string[];
  /** The pages it is cited on, ascending. */
  pages: number[];
  passim: boolean;
  /** Indexes into the reading's citations. */
  citations: number[];
}

export interface TableOfAuthorities {
  entries: ToaEntry[];
  /** Where the brief's own table stands in the text, when it has one. */
  own: { start: number; end: number } | null;
}

// A table of authorities' heading: "TABLE OF AUTHORITIES", "Table of Authorities Cited".
const TOA_HEADING = /^[ \t]{0,40}(?:\*\*)?table\s{1,3}of\s{1,3}(?:authorities|cases)\b[^\n]{0,40}$/im;
// The heading after a table of authorities ends it: a line in capitals.
const NEXT_HEADING = /\n[ \t]{0,40}(?:\*\*)?(?:[A-Z][A-Z'’.,]{1,30}[ \t]{1,3}){0,6}(?:STATEMENT|INTRODUCTION|ARGUMENT|ISSUES?|JURISDICTION|SUMMARY|PRELIMINARY|INTEREST|BACKGROUND|QUESTIONS?|CORPORATE|MEMORANDUM|FACTS)\b[^\n]{0,80}\n/;
// The page list that ends a line of a table: "..... 3, 5, 12" or "passim".
const PAGE_LIST = /^[^\n]{0,200}?[\s.…·_-]((?:\d{1,4}|passim)(?:\s{0,2},\s{0,2}(?:\d{1,4}|passim)){0,40})\s{0,3}$/i;
// The leader dots before a page list: " ........ ".
const LEADER = /[\s.…·_-]{0,400}$/;
// Roman page numbers never stand in the body, so they are not read.
const LIST_NUMBER = /\d{1,4}|passim/gi;
// The court-and-year parenthetical right after a cite: "(9th Cir. 1988)".
const PARENTHETICAL = /^[\s,]{0,3}(?:at\s{1,2}[^\s(]{1,20}\s{0,2})?(?:[\d,\sn.*-]{0,30})?\(([^()]{0,60}?\b\d{4})\)/;

function partOf(ref: AuthorityRef): ToaPart | null {
  switch (ref.kind) {
    case "case":
      return "cases";
    case "constitution":
      return "constitutional";
    case "statute":
      return "statutes";
    case "rule":
      return "rules";
    case "regulation":
      return "other";
    default:
      return null;
  }
}

/** Where the brief's own table of authorities is: from its heading to the next part's heading. */
export function findOwnToa(text: string): { start: number; end: number } | null {
  const head = TOA_HEADING.exec(text);
  if (!head) return null;
  const start = head.index;
  const rest = text.slice(start + head[0].length);
  const next = NEXT_HEADING.exec(rest);
  const end = start + head[0].length + (next ? next.index : Math.min(rest.length, 20_000));
  return { start, end };
}

/** The cite text without the pin: "845 F.2d 205" of "845 F.2d 205, 206 n.1". */
function bareCite(c: Citation): string {
  return c.volume && c.reporter && c.page ? `${c.volume} ${c.reporter} ${c.page}` : c.text;
}

/**
 * Builds the table of authorities of a reading. Citations inside the brief's own table
 * are left out: they list authorities, they do not cite them.
 *
 * @example toa(reading).entries.filter((e) => e.part === "cases").map((e) => e.caseName)
 */
export function toa(reading: Reading): TableOfAuthorities {
  const own = findOwnToa(reading.text);
  const byKey = new Map<string, ToaEntry>();
  const parentheticals = new Map<string, string | null>();
  const keyOf = new Map<number, string>();
  const cits = reading.citations;
  const inOwn = (c: Citation) => own !== null && c.start >= own.start && c.start < own.end;
  // Parallels first: a parallel cite files under its lead's key.
  const leadOf = new Map<number, number>();
  cits.forEach((c, i) => {
    if (c.kind === "case" && !inOwn(c)) for (const j of c.parallel ?? []) if (j > i && !leadOf.has(j)) leadOf.set(j, i);
  });
  cits.forEach((c, i) => {
    if (inOwn(c)) return;
    const ref = authorityOf(reading, i);
    if (!ref) return;
    const part = partOf(ref);
    if (!part) return;
    let key = ref.key;
    const lead = leadOf.get(i);
    if (lead !== undefined && keyOf.has(lead)) key = keyOf.get(lead)!;
    else if (c.kind !== "case" && ref.kind === "case") {
      // A short form of a parallel cite counts toward the lead's entry.
      for (const [k, e] of byKey) if (e.cites.includes(ref.label.split(", ").pop() ?? "")) key = k;
    }
    keyOf.set(i, key);
    let entry = byKey.get(key);
    if (!entry) {
      entry = { part, key, label: ref.label, caseName: part === "cases" ? (c.caseName ?? null) : null, cites: [], pages: [], passim: false, citations: [] };
      byKey.set(key, entry);
    }
    if (c.kind === "case") {
      const cite = bareCite(c);
      if (!entry.cites.includes(cite)) entry.cites.push(cite);
      if (!entry.caseName && c.caseName) entry.caseName = c.caseName;
      if (lead === undefined && !parentheticals.get(key)) parentheticals.set(key, PARENTHETICAL.exec(reading.text.slice(c.end, c.end + 120))?.[1] ?? null);
    }
    entry.citations.push(i);
    const page = c.loc?.page;
    if (page !== undefined && !entry.pages.includes(page)) entry.pages.push(page);
  });
  const entries = [...byKey.values()].map((e) => {
    e.pages.sort((a, b) => a - b);
    e.passim = e.pages.length >= PASSIM;
    if (e.part === "cases") {
      const parenthetical = parentheticals.get(e.key);
      const paren = parenthetical ? ` (${parenthetical})` : "";
      e.label = `${e.caseName ? `${e.caseName}, ` : ""}${e.cites.join(", ")}${paren}`;
    }
    return e;
  });
  const order = (p: ToaPart) => TOA_PARTS.findIndex((x) => x.part === p);
  entries.sort((a, b) => order(a.part) - order(b.part) || sortName(a).localeCompare(sortName(b), "en", { sensitivity: "base", numeric: true }));
  return { entries, own };
}

/** Cases sort by name as printed, laws by title and section in number order. */
function sortName(e: ToaEntry): string {
  return (e.part === "cases" ? (e.caseName ?? e.label) : e.label).replace(/^[^\p{L}\p{N}]+/u, "");
}

/** The pages column: "2, 4" or "passim". */
export function pagesText(e: ToaEntry): string {
  return e.passim ? "passim" : e.pages.join(", ");
}

export type ToaFormat = "md" | "html" | "csv";

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);
const csvField = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * Prints a table of authorities.
 *
 * @example formatToa(toa(reading), "md")
 */
export function formatToa(t: TableOfAuthorities, format: ToaFormat = "md"): string {
  const parts = TOA_PARTS.map((p) => ({ ...p, entries: t.entries.filter((e) => e.part === p.part) })).filter((p) => p.entries.length);
  if (format === "csv") {
    const lines = ["part,authority,pages"];
    for (const p of parts) for (const e of p.entries) lines.push([p.heading, e.label, pagesText(e)].map(csvField).join(","));
    return lines.join("\n") + "\n";
  }
  if (format === "html") {
    const out = [`<section class="toa">`, `<h1>Table of Authorities</h1>`];
    for (const p of parts) {
      out.push(`<h2>${escapeHtml(p.heading)}</h2>`, `<table>`);
      for (const e of p.entries) {
        const label = e.part === "cases" && e.caseName ? `<i>${escapeHtml(e.caseName)}</i>${escapeHtml(e.label.slice(e.caseName.length))}` : escapeHtml(e.label);
        out.push(`<tr><td>${label}</td><td>${e.passim ? "<i>passim</i>" : escapeHtml(pagesText(e))}</td></tr>`);
      }
      out.push(`</table>`);
    }
    out.push(`</section>`);
    return out.join("\n") + "\n";
  }
  const out = ["# Table of Authorities"];
  for (const p of parts) {
    out.push("", `## ${p.heading}`, "", "| Authority | Pages |", "| --- | --- |");
    for (const e of p.entries) {
      const label = e.part === "cases" && e.caseName ? `*${e.caseName}*${e.label.slice(e.caseName.length)}` : e.label;
      out.push(`| ${label.replace(/\|/g, "\\|")} | ${e.passim ? "*passim*" : pagesText(e)} |`);
    }
  }
  return out.join("\n") + "\n";
}

/** One line of the brief's own table: the authority it names and the pages it gives. */
export interface OwnToaLine {
  key: string;
  label: string;
  pages: number[];
  passim: boolean;
  start: number;
  end: number;
}

/** The lines of a brief's own table: each citation in it with the page list ending its line. */
export function readOwnToa(reading: Reading, span: { start: number; end: number }): OwnToaLine[] {
  const lines: OwnToaLine[] = [];
  reading.citations.forEach((c, i) => {
    if (c.start < span.start || c.start >= span.end) return;
    const ref = authorityOf(reading, i);
    if (!ref || !partOf(ref)) return;
    // The page list may sit on the entry's last line, after a long name wraps.
    const windowEnd = Math.min(span.end, c.end + LINE_WINDOW);
    const newline = reading.text.slice(c.end, windowEnd).indexOf("\n");
    const lineEnd = newline < 0 ? windowEnd : c.end + newline;
    const rest = reading.text.slice(c.end, lineEnd);
    const m = PAGE_LIST.exec(rest.length ? rest : " ");
    if (!m) return;
    const items = m[1].match(LIST_NUMBER) ?? [];
    const passim = items.some((x) => x.toLowerCase() === "passim");
    const pages = items.filter((x) => /^\d/.test(x)).map(Number);
    if (lines.some((l) => l.key === ref.key)) return;
    // The entry as the table prints it, leader dots and pages left off.
    const from = Math.max(span.start, c.start - LINE_WINDOW);
    const head = reading.text.slice(from, c.start);
    const lineStart = from + head.lastIndexOf("\n") + 1;
    const label = reading.text.slice(lineStart, c.end + rest.length - m[1].length).replace(LEADER, "").replace(/\s+/g, " ").trim();
    lines.push({ key: ref.key, label: label || ref.label, pages, passim, start: c.start, end: lineEnd });
  });
  return lines;
}

/**
 * Compares the brief's own table with its body: authorities cited but not listed, listed
 * but not cited, and listed with other pages. The table gives printed page numbers, which
 * run behind the file's pages by the front matter; that offset is taken as the one that
 * makes the most listed pages agree.
 *
 * @example compareToa(reading).map((f) => f.code) // ["toa.missing"]
 */
export function compareToa(reading: Reading, table: TableOfAuthorities = toa(reading)): Finding[] {
  if (!table.own) return [];
  const listed = readOwnToa(reading, table.own);
  if (listed.length === 0) return [];
  const body = new Map(table.entries.map((e) => [e.key, e]));
  for (const e of table.entries) for (const i of e.citations) body.set(authorityOf(reading, i)?.key ?? e.key, e);
  let offset = 0;
  let bestAgree = -1;
  for (let k = 0; k <= 30; k++) {
    let agree = 0;
    for (const l of listed) {
      const e = body.get(l.key);
      if (e) agree += l.pages.filter((p) => e.pages.includes(p + k)).length;
    }
    if (agree > bestAgree) {
      bestAgree = agree;
      offset = k;
    }
  }
  const findings: Finding[] = [];
  const seen = new Set<ToaEntry>();
  for (const l of listed) {
    const e = body.get(l.key);
    if (!e) {
      findings.push({ severity: "warning", code: "toa.extra", message: `the table of authorities lists ${l.label}, which the brief never cites`, start: l.start, end: l.end });
      continue;
    }
    seen.add(e);
    if (l.passim || e.passim) continue;
    const printed = e.pages.map((p) => p - offset).filter((p) => p > 0);
    const missing = printed.filter((p) => !l.pages.includes(p));
    const wrong = l.pages.filter((p) => !printed.includes(p));
    if (missing.length || wrong.length) {
      findings.push({
        severity: "warning",
        code: "toa.wrong-pages",
        message: `the table of authorities gives ${l.label} at ${l.pages.join(", ") || "no page"}; the brief cites it at ${printed.join(", ")}`,
        start: l.start,
        end: l.end,
      });
    }
  }
  for (const e of table.entries) {
    if (seen.has(e)) continue;
    const first = reading.citations[e.citations[0]];
    findings.push({ severity: "warning", code: "toa.missing", message: `the table of authorities leaves out ${e.label}`, citation: e.citations[0], start: first?.start, end: first?.end });
  }
  return findings;
}
