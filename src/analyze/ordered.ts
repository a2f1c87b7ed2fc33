/**
 * Citations come sorted by start; looking one up by offset is a binary search, so the
 * analyze stage stays linear on documents with many sentences and many citations.
 */
import type { Span } from "../model/types.js";

/**
 * Index of the first span starting at or after `offset`.
 *
 * @example firstAtOrAfter([{ start: 0, end: 3 }, { start: 10, end: 12 }], 5) // → 1
 */
export function firstAtOrAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
