/**
 * A docket report's case fields, read from the printed lines of its heading: labels such
 * as `Assigned to:`, `Date Filed:`, `Nature of Suit:` with their values, on one line or
 * the next, several to a line on appellate reports (`Docketed: 01/27/2010 Termed: 05/24/2010`).
 * Shared by the HTML and text readers.
 */
import { fullYear, isoDate } from "../dates.js";

/** The field a printed label fills. Longest labels first, so `Date Filed` never eats `Date Filed in`. */
const LABELS: [RegExp, string][] = [
  [/Assigned\s{0,2}to/i, "assignedTo"],
  [/Referred\s{0,2}to/i, "referredTo"],
  [/Cause/i, "cause"],
  [/Date\s{0,2}Filed/i, "dateFiled"],
  [/Date\s{0,2}Terminated/i, "dateTerminated"],
  [/Date\s{0,2}Converted/i, "dateConverted"],
  [/Date\s{0,2}Discharged|Debtor\s{0,2}discharged/i, "dateDischarged"],
  [/Date\s{0,2}Dismissed/i, "dateDismissed"],
  [/Date\s{0,2}Reopened/i, "dateReopened"],
  [/Jury\s{0,2}Demand/i, "juryDemand"],
  [/Nature\s{0,2}of\s{0,2}Suits?|Natures\s{0,2}of\s{0,2}Suit/i, "natureOfSuit"],
  [/Jurisdiction/i, "jurisdiction"],
  [/Demand/i, "demand"],
  [/MDL\s{0,2}Status/i, "mdlStatus"],
  [/Docketed/i, "docketed"],
  [/Termed/i, "termed"],
  [/Appeal\s{0,2}From/i, "appealFrom"],
  [/Fee\s{0,2}Status/i, "feeStatus"],
  [/Case\s{0,2}Type\s{0,2}Information/i, "caseType"],
  [/Lower\s{0,2}Court/i, "lowerCourt"],
  [/Case\s{0,2}title/i, "caseTitle"],
];

// a label at a line start or after the value before it: "Date Filed: 01/19/2006", "Docketed: 01/27/2010 Termed: …"
const LABEL_RE = new RegExp(`(?:^|\\s)(?<label>${LABELS.map(([re]) => `(?:${re.source})`).join("|")})\\s{0,3}:`, "gi");

function fieldOf(label: string): string | null {
  for (const [re, name] of LABELS) if (new RegExp(`^(?:${re.source})$`, "i").test(label.replace(/\s+/g, " ").trim())) return name;
  return null;
}

/**
 * Label → value pairs from printed lines; a label alone on its line takes the next line as its value.
 * The first value of each field wins.
 *
 * @example labeledFields(["Assigned to: Judge S. James Otero", "Date Filed:", "01/19/2006"]) // → { assignedTo: "Judge S. James Otero", dateFiled: "01/19/2006" }
 */
export function labeledFields(lines: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const hits = [...line.matchAll(LABEL_RE)];
    if (!hits.length) continue;
    hits.forEach((m, k) => {
      const name = fieldOf(m.groups!.label);
      if (!name) return;
      const from = m.index + m[0].length;
      const to = k + 1 < hits.length ? hits[k + 1].index : line.length;
      let value = line.slice(from, to).trim();
      // "Date filed:" alone, its value in the next cell
      if (!value && k === hits.length - 1 && i + 1 < lines.length && !lines[i + 1].match(LABEL_RE)) value = lines[i + 1].trim();
      if (value && !(name in out)) out[name] = value;
    });
  }
  return out;
}

/**
 * An ISO day from a printed `MM/DD/YYYY` (or `M/D/YY`), or null.
 *
 * @example isoOfPrinted("01/19/2006") // → "2006-01-19"
 */
export function isoOfPrinted(s: string | null | undefined): string | null {
  const m = /(?<m>\d{1,2})\/(?<d>\d{1,2})\/(?<y>\d{4}|\d{2})(?!\d)/.exec(s ?? "");
  if (!m?.groups) return null;
  return isoDate(fullYear(m.groups.y), Number(m.groups.m), Number(m.groups.d));
}

/**
 * A judge's name without the titles printed before it.
 *
 * @example judgeName("Magistrate Judge Jeffrey W. Johnson") // → "Jeffrey W. Johnson"
 */
export function judgeName(s: string | null | undefined): string | null {
  if (!s) return null;
  const name = s
    .replace(/\s+/g, " ")
    .replace(/^(?:(?:Chief|Senior|Magistrate|District|Bankruptcy|U\.S\.|United States|Honorable|Hon\.|Judge|Justice|Mag\.|Visiting)\s{1,2})+/i, "")
    .replace(/\s*\(.*$/, "")
    .trim();
  // "Unassigned", "None", "Judge Unknown": no judge
  if (/^(?:unassigned|none|unknown|n\/a)\b/i.test(name)) return null;
  return name || null;
}
