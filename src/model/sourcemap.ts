import { firstAtOrAfter } from "./spans.js";
import type { Anchor, Loc } from "./types.js";

/**
 * Maps an offset of `Document.text` back to where it was printed.
 *
 * @example locate(doc.anchors, 120) // → { page: 2, line: 28 }
 */
export function locate(anchors: readonly Anchor[], offset: number): Loc {
  if (anchors.length === 0) return { page: 1, line: 1 };
  // the last anchor starting at or before the offset
  const i = Math.max(0, firstAtOrAfter(anchors, offset + 1) - 1);
  const a = anchors[i];
  return { page: a.page, line: a.line };
}
