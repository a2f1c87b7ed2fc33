/**
 * The Bluebook form of a citation, written from its parts rather than copied from print:
 * reporters and codes in their canonical spelling (`F. 2d` → `F.2d`, `U. S. C.` → `U.S.C.`),
 * pins after a comma (or `at` for short forms and database cites), the court as the
 * Bluebook abbreviates it (left out where the reporter already names it), database dates
 * with the Bluebook's month abbreviations, and short forms in the form the rules call for
 * (a *supra* or bare name for a case becomes `Name, 845 F.2d at 206`, since R10.9 keeps
 * *supra* off cases). A part that was not read leaves the answer null, never a guess.
 *
 * Runs in a browser: no Node-only imports.
 */
import type { Citation } from "../model/types.js";
import { courtById } from "./tables/courts.js";

const MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

/** Reporters that are databases: their pin reads `at *3` and their parenthetical carries the full date. */
const DATABASES = new Set(["WL", "U.S. Dist. LEXIS", "U.S. App. LEXIS", "LEXIS"]);

/** `2008-01-05` → `Jan. 5, 2008`; null for anything else. */
export function bluebookDate(iso: string | null | undefined): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? "");
  if (!m) return null;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${month} ${Number(m[3])}, ${m[1]}` : null;
}

/** A name as a citation sentence carries it: no trailing comma or period pair, single spaces. */
function cleanName(name: string | null | undefined): string | null {
  const n = (name ?? "").replace(/\s+/g, " ").replace(/[\s,;:]+$/, "").trim();
  return n ? n : null;
}

function isDatabase(reporter: string | null | undefined): boolean {
  return reporter !== null && reporter !== undefined && (DATABASES.has(reporter) || reporter.endsWith("LEXIS"));
}

/** `(9th Cir. 1988)`, `(1954)` for a Supreme Court report, `(S.D. Cal. Jan. 5, 2008)` for a database. */
function courtAndDate(c: Citation): string {
  // A court read from the reporter (`U.S.`, `Cal. 2d`) is the one the reporter names: Bluebook leaves it out.
  const court = c.court && c.courtProvenance === "stated" && c.court !== "scotus" ? (courtById(c.court)?.citation[0] ?? null) : null;
  const when = isDatabase(c.reporter) ? (bluebookDate(c.date) ?? (c.year ? String(c.year) : null)) : c.year ? String(c.year) : null;
  const inside = [court, when].filter(Boolean).join(" ");
  return inside ? ` (${inside})` : "";
}

/** `845 F.2d 205`: volume, reporter, first page; null when one is missing. */
function core(c: Citation): string | null {
  return c.volume && c.reporter && c.page ? `${c.volume} ${c.reporter} ${c.page}` : null;
}

/** `Tripati, 845 F.2d at 206`: the short form of a case, from its full cite. */
function shortCase(name: string | null, full: Citation | null, pin: string | null | undefined, self: Citation): string | null {
  const volume = full?.volume ?? self.volume;
  const reporter = full?.reporter ?? self.reporter;
  if (!volume || !reporter || !pin) return null;
  const shortName = cleanName(name ?? full?.plaintiff ?? full?.caseName);
  const at = isDatabase(reporter) ? `${volume} ${reporter} ${full?.page ?? self.page ?? ""}, at ${pin}` : `${volume} ${reporter} at ${pin}`;
  return shortName ? `${shortName}, ${at}` : at;
}

/** `§ 1292(b)`, `§§ 1291, 1292`: the section mark and what follows it, as printed after the first section. */
function sections(c: Citation): string | null {
  if (!c.section) return null;
  const many = /§§/.test(c.text);
  if (!many) return `§ ${c.section}${c.subsection ?? ""}`;
  const after = c.text.slice(c.text.indexOf("§§") + 2).replace(/\s+/g, " ").trim();
  return after ? `§§ ${after}` : null;
}

/**
 * The Bluebook form of `citations[i]`; `citations` resolves short forms to what they cite.
 *
 * @example bluebook(findCitations("Tripati v. Henman, 845 F. 2d 205, 206 (9th Cir. 1988)"), 0) // "Tripati v. Henman, 845 F.2d 205, 206 (9th Cir. 1988)"
 */
export function bluebook(citations: readonly Citation[], i: number): string | null {
  const c = citations[i];
  const antecedent = c.antecedent !== null && c.antecedent !== undefined ? (citations[c.antecedent] ?? null) : null;
  switch (c.kind) {
    case "case": {
      // Parallel cites are one citation: every reporter in print order, each with its pin.
      const chain = [i, ...(c.parallel ?? [])]
        .map((k) => citations[k])
        .filter((p): p is Citation => p !== undefined && p.kind === "case")
        .sort((a, b) => a.start - b.start);
      const heads: string[] = [];
      for (const p of chain) {
        const head = core(p);
        if (!head) return null;
        heads.push(`${head}${p.pin ? (isDatabase(p.reporter) ? `, at ${p.pin}` : `, ${p.pin}`) : ""}`);
      }
      const name = cleanName(c.caseName);
      const last = chain[chain.length - 1] ?? c;
      const explanation = c.parenthetical ? ` (${c.parenthetical.replace(/\s+/g, " ").trim()})` : "";
      return `${name ? `${name}, ` : ""}${heads.join(", ")}${courtAndDate(last.year || last.court ? last : c)}${explanation}`;
    }
    case "case-short":
      return shortCase(c.caseName ?? null, antecedent?.kind === "case" ? antecedent : null, c.pin, c);
    case "supra":
    case "reference": {
      // Rule 10.9: a case's later cite is its short form, not supra.
      if (antecedent?.kind === "case") return shortCase(c.caseName ?? null, antecedent, c.pin, c);
      const name = cleanName(c.caseName);
      return name ? `${name}, supra${c.pin ? `, at ${c.pin}` : ""}` : null;
    }
    case "id": {
      if (c.section) return `Id. ${sections(c)}`;
      return c.pin ? `Id. at ${c.pin}` : "Id.";
    }
    case "statute":
    case "regulation": {
      const s = sections(c);
      if (!s || !c.code) return null;
      return `${c.title ? `${c.title} ` : ""}${c.code} ${s}`;
    }
    case "statute-short":
      return sections(c);
    case "rule":
      return c.body && c.rule ? `${c.body} ${c.rule}${c.subdivision ?? ""}` : null;
    case "constitution":
      return c.code && c.section ? `${c.code} ${c.section}${c.subsection ? `, ${c.subsection}` : ""}` : null;
    case "record":
      return c.document ? `ECF No. ${c.document}${c.attachment ? `-${c.attachment}` : ""}${c.pin ? `, at ${c.pin}` : ""}` : null;
    case "journal": {
      if (!c.volume || !c.journal || !c.page) return null;
      return `${c.volume} ${c.journal} ${c.page}${c.pin ? `, ${c.pin}` : ""}${c.year ? ` (${c.year})` : ""}`;
    }
    default:
      return null;
  }
}
