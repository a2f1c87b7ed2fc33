import type { Finding, Reading } from "../model/types.js";
import { courtById, regionalReporter, type Court, type CourtType } from "../cite/tables/courts.js";
import { lookupReporter, type ReporterEdition, type ReporterScope } from "../cite/tables/reporters.js";
import { citationFinding, quote, type Check } from "./check.js";

const STATE_TYPES: ReadonlySet<CourtType> = new Set(["state-supreme", "state-appellate", "state-trial"]);
const FEDERAL_TRIAL: CourtType[] = ["district", "bankruptcy", "bankruptcy-appellate", "special"];

/** The kinds of court whose decisions each kind of reporter prints. A scope missing here
 * (specialty reporters) is never questioned. */
const PRINTS: Partial<Record<ReporterScope, ReadonlySet<CourtType>>> = {
  "federal-supreme": new Set(["scotus"]),
  "federal-appellate": new Set(["appellate", "special"]),
  "federal-district": new Set(FEDERAL_TRIAL),
  "federal-other": new Set(["scotus", "appellate", ...FEDERAL_TRIAL]),
  regional: STATE_TYPES,
  state: STATE_TYPES,
};

/** Until F. Supp. began in 1932, the Federal Reporter printed district courts too. */
const FEDERAL_REPORTER_DISTRICT_UNTIL = 1932;

/** F.R.D. prints procedural opinions of any federal court; only a state court is wrong there. */
const ANY_FEDERAL: ReadonlySet<string> = new Set(["F.R.D."]);

/** "P.3d" → "P.", "So. 2d" → "So.", "N.E." → "N.E.": the series a regional edition belongs to. */
function series(name: string): string {
  return name.replace(/\s?(?:2d|3d|4th|5th)$/, "");
}

function allowed(edition: ReporterEdition, court: Court, year: number | null): boolean {
  if (ANY_FEDERAL.has(edition.name)) return !STATE_TYPES.has(court.type);
  const prints = PRINTS[edition.scope];
  if (!prints) return true;
  if (!prints.has(court.type)) {
    const early = edition.scope === "federal-appellate" && (edition.name === "F." || edition.name === "F.2d") && (year == null || year <= FEDERAL_REPORTER_DISTRICT_UNTIL);
    return early && court.type === "district";
  }
  if (edition.scope === "regional") {
    const region = regionalReporter(court.jurisdiction);
    if (region && region !== series(edition.name)) return false;
  }
  // A reporter of one court or one state's courts: the parenthetical must name that state.
  if (edition.court) {
    const own = courtById(edition.court);
    if (own && own.jurisdiction !== court.jurisdiction) return false;
  }
  return true;
}

/**
 * A court in the parenthetical that the reporter does not print: "F. Supp." with
 * "9th Cir.", "P.2d" with "N.Y.", "U.S." with "2d Cir." (`cite.court-reporter-mismatch`).
 *
 * @example courtReporterCheck.run(reading) // [{ code: "cite.court-reporter-mismatch", … }]
 */
export const courtReporterCheck: Check = {
  name: "court-reporter",
  run(reading: Reading): Finding[] {
    const out: Finding[] = [];
    reading.citations.forEach((c, i) => {
      if (c.kind !== "case" || !c.court || !c.reporter || c.courtProvenance === "inferred") return;
      const court = courtById(c.court);
      const edition = lookupReporter(c.reporter) ?? (c.reporterFound ? lookupReporter(c.reporterFound) : null);
      if (!court || !edition) return;
      const year = c.year ?? null;
      if (!allowed(edition, court, year)) {
        out.push(citationFinding(reading, i, "warning", "cite.court-reporter-mismatch", `${quote(c)}: ${edition.name} does not print decisions of the ${court.name} (${c.court}).`));
      }
    });
    return out;
  },
};
