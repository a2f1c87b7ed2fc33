/**
 * The `docket` object of a reading (DOCKET.md), from whichever source the user has: a
 * PACER HTML page (read from its tables), or a text docket report and the same printed
 * to PDF (read from its lines by `docketReport.ts`, its heading by `text.ts`).
 */
import type { Docket, DocketEntry, Reading } from "../../model/types.js";
import { readDocketHtml } from "./html.js";
import { docketItemsFromText } from "./text.js";

export { readDocketHtml, attachmentsOf, type DocketPage } from "./html.js";
export { readTextDocket, docketItemsFromText } from "./text.js";
export { labeledFields, judgeName, isoOfPrinted } from "./fields.js";
export { courtOfPage } from "./court.js";

/**
 * Puts a PACER page's docket on the reading: the docket read from its tables, or null and a
 * finding naming the page when it is no docket. HTML that is no PACER page is left alone.
 *
 * @example applyDocketPage(reading, html); reading.docket?.entries.length // → 45
 */
export function applyDocketPage(reading: Reading, markup: string): void {
  const page = readDocketHtml(markup);
  if (!page) return;
  if (!page.docket) {
    reading.docket = null;
    reading.findings = reading.findings.filter((f) => f.code !== "analyze.docket-report");
    reading.findings.push({ severity: "warning", code: "docket.not-a-docket", message: `not a docket report: ${page.notDocket}` });
    return;
  }
  const d = page.docket;
  reading.docket = d;
  reading.findings = reading.findings.filter((f) => f.code !== "analyze.docket-report");
  reading.findings.push({ severity: "info", code: "analyze.docket-report", message: `read as a docket report: ${d.entries.length} entries, ${d.parties.length} parties` });
  applyDocketHeading(reading, d);
}

/**
 * The caption of a docket is its heading: its court, case number, title and parties, and the
 * judge it is assigned to, wherever the docket says them (a PACER page or a text report).
 *
 * @example applyDocketHeading(reading, readTextDocket(text, entries)); reading.caption.title // → "Carranza v. Reams"
 */
export function applyDocketHeading(reading: Pick<Reading, "caption" | "judge">, d: Docket): void {
  if (d.court) reading.caption.court = d.court;
  if (d.docketNumber) reading.caption.caseNumber = { raw: d.docketNumber, normalized: d.docketNumber };
  if (d.caseName) reading.caption.title = d.caseName;
  if (d.parties.length) reading.caption.parties = d.parties.map((p) => ({ name: p.name, role: p.role.toLowerCase() }));
  if (d.assignedTo) reading.judge = { name: d.assignedTo, title: null };
}

/** The entries of a text docket as the `docket` object's items. */
export function itemsOf(entries: readonly DocketEntry[]): ReturnType<typeof docketItemsFromText> {
  return docketItemsFromText(entries);
}
