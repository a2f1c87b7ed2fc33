import type { Citation, Finding, Reading } from "../model/types.js";
import { citationFinding, quote, type Check } from "./check.js";

function statedYear(c: Citation): number | null {
  return c.year != null && c.yearProvenance !== "inferred" ? c.year : null;
}

function statedCourt(c: Citation): string | null {
  return c.court && c.courtProvenance !== "inferred" ? c.court : null;
}

/** "845 F.2d 205" — the key a full case citation is known by. */
function caseKey(c: Citation): string | null {
  return c.volume && c.reporter && c.page ? `${c.volume} ${c.reporter} ${c.page}` : null;
}

/**
 * Citations to one case that disagree: parallel cites with different years or courts
 * (`cite.parallel-inconsistent`), and the same volume, reporter and page cited again
 * with another year (`cite.repeated-inconsistent`).
 *
 * @example consistencyCheck.run(reading) // [{ code: "cite.parallel-inconsistent", … }]
 */
export const consistencyCheck: Check = {
  name: "consistency",
  run(reading: Reading): Finding[] {
    const out: Finding[] = [];
    const { citations } = reading;
    const seen = new Map<string, number>();
    citations.forEach((c, i) => {
      if (c.kind !== "case") return;
      for (const j of c.parallel ?? []) {
        const other = citations[j];
        // Each pair once, reported on the later citation.
        if (!other || j >= i || other.kind !== "case") continue;
        const [y1, y2] = [statedYear(other), statedYear(c)];
        const [c1, c2] = [statedCourt(other), statedCourt(c)];
        if (y1 != null && y2 != null && y1 !== y2) {
          out.push(citationFinding(reading, i, "warning", "cite.parallel-inconsistent", `${quote(c)} gives the year ${y2}, but its parallel citation ${quote(other)} gives ${y1}.`));
        } else if (c1 && c2 && c1 !== c2) {
          out.push(citationFinding(reading, i, "warning", "cite.parallel-inconsistent", `${quote(c)} names the court ${c2}, but its parallel citation ${quote(other)} names ${c1}.`));
        }
      }
      const key = caseKey(c);
      if (!key) return;
      const first = seen.get(key);
      if (first == null) {
        seen.set(key, i);
        return;
      }
      const [y1, y2] = [statedYear(citations[first]), statedYear(c)];
      if (y1 != null && y2 != null && y1 !== y2) {
        out.push(citationFinding(reading, i, "warning", "cite.repeated-inconsistent", `${key} is cited here with the year ${y2}, but earlier (${quote(citations[first])}) with ${y1}.`));
      }
    });
    return out;
  },
};
