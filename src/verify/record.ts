import type { Finding, Reading } from "../model/types.js";
import { citationFinding, quote, wholeNumber, type Check } from "./check.js";

/** How far before a record cite another case's number may name the docket it belongs to. */
const LOOKBACK = 100;

/** Another case's number just before a record cite ("Case No. 21-12345, Docket Entry No. 20",
 * "No. 2:15-cv-1234-AB, ECF No. 50") puts the entry on that case's docket, not this one's.
 * Matches e.g. `Case No. 21-12345`, `2:15-cv-1234`, `98-cv-4321`. */
const OTHER_CASE = /(?:\b(?:Case|Civ(?:il)?\.?|Appeal|Action)\s{1,2}No\.?\s{0,2}\d|\b\d{1,2}:\d{2}-[a-z]{2,4}-\d{1,6}|\b\d{2}-[a-z]{2,4}-\d{1,6}|\bNo\.\s{0,2}\d{2}-\d{3,6}\b)/i;

function otherDocket(text: string, start: number): boolean {
  return OTHER_CASE.test(text.slice(Math.max(0, start - LOOKBACK), start));
}

/**
 * Record citations, and the docket entries a caption answers, filed after the document
 * itself: Doc. No. 51 cited in Document 50 (`record.future-entry`). Needs the document's
 * own number from its stamp.
 *
 * @example recordCheck.run(reading) // [{ code: "record.future-entry", … }]
 */
export const recordCheck: Check = {
  name: "record",
  run(reading: Reading): Finding[] {
    const own = wholeNumber(reading.stamp?.document);
    if (own == null) return [];
    const out: Finding[] = [];
    reading.citations.forEach((c, i) => {
      if (c.kind !== "record") return;
      const entry = wholeNumber(c.document);
      if (entry != null && entry > own && !otherDocket(reading.text, c.start)) {
        out.push(citationFinding(reading, i, "warning", "record.future-entry", `${quote(c)}: docket entry ${entry} comes after this document, which is entry ${own}.`));
      }
    });
    // The motion a document answers ("[Doc. No. 49]" under the title) was filed before it too.
    for (const ref of reading.caption.docketRefs) {
      const entry = wholeNumber(ref);
      if (entry != null && entry > own) {
        out.push({ severity: "warning", code: "record.future-entry", message: `The caption answers docket entry ${entry}, which comes after this document, entry ${own}.` });
      }
    }
    return out;
  },
};
