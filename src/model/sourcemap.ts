import type { Anchor, Loc } from "./types.js";

/**
 * Maps an offset of `Document.text` back to where it was printed.
 *
 * @example locate(doc.anchors, 120) // → { page: 2, line: 28 }
 */
export function locate(anchors: readonly Anchor[], offset: number): Loc {
  if (anchors.length === 0) return { page: 1, line: 1 };
  let lo = 0;
  let hi = anchors.length - 1;
  // last anchor whose start <= offset
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (anchors[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const a = anchors[lo];
  return { page: a.page, line: a.line };
}
