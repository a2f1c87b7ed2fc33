import type { Finding, Reading } from "../model/types.js";
import { courtById } from "../cite/tables/courts.js";
import { DATABASE_REPORTERS, lookupReporter } from "../cite/tables/reporters.js";
import { citationFinding, documentDate, quote, wholeNumber, type Check } from "./check.js";

/** Decisions from late in a year reach the next edition's first volumes; a year before an
 * edition's first is allowed this much slack. After its last year there is none. */
const EARLY_SLACK = 1;

/** Westlaw and Lexis numbers carry the year the database took the decision in, which can
 * trail the decision by a little; more than this is a typo. */
const DATABASE_SLACK = 1;

/**
 * Years that cannot be: a stated year outside the years the reporter edition prints
 * (`cite.year-out-of-range`), a year or date after the document's own date
 * (`cite.future-date`), a Westlaw/Lexis year far from the stated year
 * (`cite.database-year-mismatch`), a year before the court existed (`cite.court-not-established`).
 *
 * @example yearsCheck.run(reading) // [{ code: "cite.year-out-of-range", citation: 2, … }]
 */
export const yearsCheck: Check = {
  name: "years",
  run(reading: Reading): Finding[] {
    const out: Finding[] = [];
    const docDate = documentDate(reading);
    const docYear = docDate ? Number(docDate.slice(0, 4)) : null;
    reading.citations.forEach((c, i) => {
      const stated = c.year != null && c.yearProvenance !== "inferred" ? c.year : null;
      if (c.kind === "case" && stated != null && c.reporter) {
        const edition = lookupReporter(c.reporter) ?? (c.reporterFound ? lookupReporter(c.reporterFound) : null);
        if (edition && DATABASE_REPORTERS.has(edition.name)) {
          const dbYear = wholeNumber(c.volume);
          if (dbYear != null && Math.abs(dbYear - stated) > DATABASE_SLACK) {
            out.push(citationFinding(reading, i, "warning", "cite.database-year-mismatch", `${quote(c)}: the ${edition.name} number is from ${dbYear}, but the citation gives the year ${stated}.`));
          }
        } else if (edition) {
          const { start, end } = edition;
          if ((start != null && stated < start - EARLY_SLACK) || (end != null && stated > end)) {
            const range = `${start ?? "?"}–${end ?? "today"}`;
            out.push(citationFinding(reading, i, "warning", "cite.year-out-of-range", `${quote(c)}: ${edition.name} prints decisions from ${range}, but the citation gives the year ${stated}.`));
          }
        }
      }
      const court = c.kind === "case" && c.court && c.courtProvenance !== "inferred" ? courtById(c.court) : null;
      if (court?.established != null && stated != null && stated < court.established) {
        out.push(citationFinding(reading, i, "warning", "cite.court-not-established", `${quote(c)}: the ${court.name} first sat in ${court.established}, after the year ${stated}.`));
      }
      if (docYear != null && stated != null && stated > docYear) {
        out.push(citationFinding(reading, i, "warning", "cite.future-date", `${quote(c)}: the year ${stated} is after the document's own date (${docDate}).`));
      } else if (docDate && c.date && /^\d{4}-\d{2}-\d{2}$/.test(c.date) && c.date > docDate) {
        out.push(citationFinding(reading, i, "warning", "cite.future-date", `${quote(c)}: the date ${c.date} is after the document's own date (${docDate}).`));
      }
    });
    return out;
  },
};
