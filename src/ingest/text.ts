/**
 * Plain text → pages of raw lines. Cleaning (margins, stamps, markup) is layout's job.
 */
import type { Page } from "../model/types.js";

/**
 * Splits text into pages on form feeds (one page when there are none) and pages into lines.
 * Lines are kept as they are, trailing spaces included; only line-break characters go.
 *
 * @example textToPages("a\nb\fc").map((p) => p.lines.length) // → [2, 1]
 */
export function textToPages(text: string): Page[] {
  const chunks = text.split("\f");
  // A trailing form feed closes the last page; it does not open an empty one.
  if (chunks.length > 1 && chunks[chunks.length - 1].trim() === "") chunks.pop();
  return chunks.map((chunk, i) => ({
    number: i + 1,
    lines: chunk.split(/\r\n|\r|\n/).map((line) => ({ text: line })),
  }));
}
