import type { Citation, EmphasisSpan } from "../model/types.js";

/** What every recognizer sees: the clean text and its emphasis (italic case names, *Id.*). */
export interface CiteContext {
  text: string;
  /** Sorted by start. */
  emphasis: readonly EmphasisSpan[];
}

/** A citation before resolution: `antecedent` is filled in later by `resolve`. */
export type Candidate = Omit<Citation, "antecedent" | "loc"> & { antecedent?: number | null };

/**
 * One kind of citation. `find` scans the whole text once and returns its candidates
 * in order; it must run in linear time on hostile input (no nested quantifiers over
 * the same characters, bounded repetition).
 */
export interface Recognizer {
  name: string;
  /** Lower precedence loses when two candidates overlap (case > statute > rule > record …). */
  precedence: number;
  find(ctx: CiteContext): Candidate[];
}
