import type { Citation, CitationKind, Finding, Reading } from "../model/types.js";
import { citationFinding, quote, type Check } from "./check.js";

/** Kinds that mean nothing without the citation they refer back to. */
const NEEDS_ANTECEDENT: ReadonlySet<CitationKind> = new Set(["case-short", "id", "supra", "reference", "statute-short"]);

/** Kinds whose missing antecedent is as likely the recognizer's gap as the author's. */
const SOFT: ReadonlySet<CitationKind> = new Set(["id", "reference", "statute-short"]);

/** A supra that names a footnote, e.g. `supra note 27`, `supra n. 1`. */
const SUPRA_NOTE = /\bsupra,?\s{1,2}(?:note|n\.)\s{0,2}\d/i;

/** "979 A.2d" — volume and reporter, spacing ignored, or null. */
function reporterKey(c: Citation): string | null {
  return c.volume && c.reporter ? `${c.volume} ${c.reporter.replace(/\s+/g, "").toLowerCase()}` : null;
}

/** What each kind is called in a message. */
const KIND_NAME: Partial<Record<CitationKind, string>> = {
  "case-short": "short-form citation",
  id: "Id.",
  supra: "supra citation",
  reference: "reference to a case by name",
  "statute-short": "short-form statute citation",
};

/**
 * Short forms, *Id.*, *supra* and name references with nothing to refer to
 * (`cite.unresolved-short-form`), and antecedents that point forward or out of range
 * (`cite.antecedent-invalid`), which only a bug upstream produces.
 *
 * @example antecedentsCheck.run(reading) // [{ code: "cite.unresolved-short-form", … }]
 */
export const antecedentsCheck: Check = {
  name: "antecedents",
  run(reading: Reading): Finding[] {
    const out: Finding[] = [];
    const { citations } = reading;
    // The first full case cite of each volume and reporter, read once: a look through every
    // citation per short form made "845 F.2d at 206, " a thousand times quadratic.
    const firstFull = new Map<string, number>();
    citations.forEach((f, i) => {
      const key = f.kind === "case" ? reporterKey(f) : null;
      if (key && !firstFull.has(key)) firstFull.set(key, i);
    });
    citations.forEach((c, i) => {
      if (c.antecedent == null) {
        if (!NEEDS_ANTECEDENT.has(c.kind)) return;
        // "supra note 27" points at a footnote, which is no citation to link to.
        if (c.kind === "supra" && SUPRA_NOTE.test(c.text)) return;
        const key = reporterKey(c);
        if (c.kind === "case-short" && key) {
          const full = firstFull.get(key) ?? -1;
          // The full cite is there before it: the document is right, the link was missed.
          if (full !== -1 && full < i) return;
          if (full > i) {
            out.push(citationFinding(reading, i, "warning", "cite.unresolved-short-form", `${quote(c)}: this short form comes before the full citation ${quote(citations[full])}.`));
            return;
          }
        }
        // An Id. or a bare name often points at something that is no citation (an exhibit,
        // a declaration), so only short case forms and supra are warnings.
        const severity = SOFT.has(c.kind) ? "info" : "warning";
        out.push(citationFinding(reading, i, severity, "cite.unresolved-short-form", `${quote(c)}: this ${KIND_NAME[c.kind] ?? c.kind} has no earlier citation it can refer to.`));
        return;
      }
      if (!Number.isInteger(c.antecedent) || c.antecedent < 0 || c.antecedent >= i) {
        out.push(citationFinding(reading, i, "error", "cite.antecedent-invalid", `${quote(c)}: refers to citation ${c.antecedent}, which does not come before it.`));
      }
    });
    return out;
  },
};
