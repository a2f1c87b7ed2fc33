/**
 * The verify stage: reads a finished `Reading` and reports citations and references that
 * look wrong. Each rule is a `Check` in a file of its own; `verify` runs them in order.
 *
 * Finding codes (severity):
 *   cite.year-out-of-range        (warning) stated year outside the reporter edition's years
 *   cite.court-not-established    (warning) stated year before the court existed
 *   cite.future-date              (warning) year or date after the document's own date
 *   cite.database-year-mismatch   (warning) WL/LEXIS year far from the stated year
 *   cite.court-reporter-mismatch  (warning) parenthetical court the reporter does not print
 *   cite.pin-before-page          (warning; info for short forms and Id.)
 *   cite.pin-far-from-page        (info)    pin more than 500 pages past the first page
 *   cite.pin-range-reversed       (warning) "549-40"
 *   cite.unresolved-short-form    (warning for short cites and supra; info for Id., names, §)
 *   cite.antecedent-invalid       (error)   antecedent not before the citation (a bug upstream)
 *   cite.parallel-inconsistent    (warning) parallel cites with different years or courts
 *   cite.repeated-inconsistent    (warning) one volume/reporter/page cited with two years
 *   record.future-entry           (warning) docket entry after the document's own number
 *   statute.unknown-title         (warning) U.S.C. title that does not exist
 *   rule.unknown-number           (warning) federal rule number the rule set does not have
 */
import type { Finding, Reading } from "../model/types.js";
import { antecedentsCheck } from "./antecedents.js";
import type { Check } from "./check.js";
import { consistencyCheck } from "./consistency.js";
import { courtReporterCheck } from "./courts.js";
import { limitsCheck } from "./limits.js";
import { pinsCheck } from "./pins.js";
import { recordCheck } from "./record.js";
import { yearsCheck } from "./years.js";

export type { Check } from "./check.js";

/** Every check, in the order their findings are listed for one citation. */
export const CHECKS: readonly Check[] = [yearsCheck, courtReporterCheck, pinsCheck, antecedentsCheck, recordCheck, consistencyCheck, limitsCheck];

/**
 * Findings about citations that look wrong: impossible years, a court the reporter does
 * not print, pins before the first page, short forms with nothing to refer to, record
 * cites to later docket entries, parallel cites that disagree, rule numbers that do not
 * exist. Sorted by position in the text; never throws on odd input.
 *
 * @example verify(reading).map((f) => f.code) // ["cite.pin-before-page"]
 */
export function verify(reading: Reading, checks: readonly Check[] = CHECKS): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const check of checks) {
    for (const f of check.run(reading)) {
      const key = `${f.code}|${f.citation ?? ""}|${f.start ?? ""}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(f);
    }
  }
  // Stable sort keeps check order among findings on the same citation.
  return out.sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity));
}
