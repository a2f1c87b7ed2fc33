import type { Citation, Finding, Reading, Severity } from "../model/types.js";

/**
 * One verification rule: reads a finished `Reading` and returns what looks wrong in it.
 * Checks never throw on odd input; a field they cannot read is a field they skip.
 */
export interface Check {
  name: string;
  run(reading: Reading): Finding[];
}

/**
 * A finding about one citation, placed on the citation's span.
 *
 * @example citationFinding(reading, 3, "warning", "cite.pin-before-page", "pin 200 is before page 205")
 */
export function citationFinding(reading: Reading, index: number, severity: Severity, code: string, message: string): Finding {
  const c = reading.citations[index];
  return { severity, code, message, citation: index, start: c.start, end: c.end };
}

/** The document's own date: the later of the date it is signed and the date it was filed,
 * so that a date misread from the body never makes later authority look like the future. */
export function documentDate(reading: Reading): string | null {
  const dates = [reading.date, reading.stamp?.filed].filter((d): d is string => typeof d === "string" && /^\d{4}-\d{2}-\d{2}$/.test(d));
  return dates.length ? dates.sort()[dates.length - 1] : null;
}

/** A whole number written in plain digits, else null: "205" → 205, "___" → null. */
export function wholeNumber(text: string | null | undefined): number | null {
  if (!text || !/^\d{1,9}$/.test(text.trim())) return null;
  return Number(text.trim());
}

/** How a citation reads for a message: its text, shortened. */
export function quote(c: Citation): string {
  const t = c.text.replace(/\s+/g, " ").trim();
  return t.length > 60 ? `"${t.slice(0, 57)}…"` : `"${t}"`;
}
