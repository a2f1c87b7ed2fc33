import type { CitationKind, Finding, Reading } from "../model/types.js";
import { citationFinding, quote, type Check } from "./check.js";

/** Kinds that mean nothing without the citation they refer back to. */
const NEEDS_ANTECEDENT: ReadonlySet<CitationKind> = new Set(["case-short", "id", "supra", "reference", "statute-short"]);

/** Kinds whose missing antecedent is as likely the recognizer's gap as the author's. */
const SOFT: ReadonlySet<CitationKind> = new Set(["id", "reference", "statute-short"]);

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
    reading.citations.forEach((c, i) => {
      if (c.antecedent == null) {
        if (NEEDS_ANTECEDENT.has(c.kind)) {
          // An Id. or a bare name often points at something that is no citation (an exhibit,
          // a declaration), so only short case forms and supra are warnings.
          const severity = SOFT.has(c.kind) ? "info" : "warning";
          out.push(citationFinding(reading, i, severity, "cite.unresolved-short-form", `${quote(c)}: this ${KIND_NAME[c.kind] ?? c.kind} has no earlier citation it can refer to.`));
        }
        return;
      }
      if (!Number.isInteger(c.antecedent) || c.antecedent < 0 || c.antecedent >= i) {
        out.push(citationFinding(reading, i, "error", "cite.antecedent-invalid", `${quote(c)}: refers to citation ${c.antecedent}, which does not come before it.`));
      }
    });
    return out;
  },
};
