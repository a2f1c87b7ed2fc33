/**
 * Searching sorted spans by offset. Citations, emphasis spans and source-map anchors
 * are all kept sorted by start, so finding the ones near an offset is a bisection.
 */

/**
 * Index of the first item starting at or after `offset` (`items.length` if none):
 * the one before it, if any, is the last starting before `offset`.
 *
 * @example firstAtOrAfter([{ start: 0 }, { start: 10 }], 5) // → 1
 */
export function firstAtOrAfter(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
