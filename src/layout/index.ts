/**
 * Page[] → Document: the clean text of a filing with its source map, emphasis,
 * footnotes, sections and CM/ECF stamps. Each step is its own module and works on
 * lines that carry where they came from; `join` lays them out into the text.
 *
 *   paginate → takeStamps → tidy → dropRunning → markdown → separateFootnotes → join
 */
import type { Document, Finding, Ingested, Stamp } from "../model/types.js";
import { documentColumns, splitColumns } from "./columns.js";
import { footnoteRules, separateFootnotes } from "./footnotes.js";
import { joinLines } from "./join.js";
import { tidyLine, type WorkLine } from "./line.js";
import { stripMarkdown } from "./markdown.js";
import { paginate, takeStamps, type WorkPage } from "./paginate.js";
import { dropRunning } from "./running.js";

export { parseStamp, parseStamps, isoDate } from "./stamp.js";
export { findMarginNumbers } from "./margin.js";
export { isHeading } from "./join.js";

/** Markdown emphasis pairs only within a run of lines not broken by a blank line. */
function markdownByBlock(page: WorkPage): WorkPage {
  const out: WorkLine[] = [];
  let block: WorkLine[] = [];
  const flush = (): void => {
    out.push(...stripMarkdown(block));
    block = [];
  };
  for (const line of page.lines) {
    if (line.marginOnly || line.text.trim() === "") {
      flush();
      out.push(line);
    } else {
      block.push(line);
    }
  }
  flush();
  return { ...page, lines: out };
}

/** Two stamps on one page 1 line are told apart by `parseStamp`; across pages the first wins. */
function pageOneStamp(pages: readonly WorkPage[]): Stamp | null {
  return pages.find((p) => p.stamp !== null)?.stamp ?? null;
}

/**
 * Lays out ingested pages as a `Document`.
 *
 * @example const doc = layout(await ingest(bytes, { path: "order.txt" })); locate(doc.anchors, doc.text.indexOf("205, 206 n.1")) // → { page: 3, line: 1 }
 */
export function layout(ing: Ingested): Document {
  const format = ing.source.format;
  let pages = paginate(ing.pages, format);
  pages = takeStamps(pages);
  // A text copy of a two-column reprint prints each row's two columns side by side.
  if (format === "text") {
    const known = documentColumns(pages);
    pages = pages.map((p, i) => (i > 0 ? splitColumns(p, known, true) : splitColumns(p, null, false)));
  }
  // Tidying empties the blank rule a text copy draws above footnotes: note where it was first.
  const rules = format === "text" ? footnoteRules(pages) : new Map<string, "foot" | "top">();
  pages = pages.map((p) => ({ ...p, lines: p.lines.map((l) => tidyLine(l)) }));
  pages = dropRunning(pages);
  if (format === "text") pages = pages.map(markdownByBlock);
  const { pages: body, notes } = separateFootnotes(pages, format, rules);
  const joined = joinLines(body, notes, format);
  const findings: Finding[] = [...ing.findings];
  if (joined.text.trim() === "") {
    findings.push({ severity: "warning", code: "layout.no-text", message: "no text found in the document" });
  }
  const stamps = pages.map((p) => p.stamp).filter((s): s is Stamp => s !== null);
  return {
    source: { ...ing.source, pages: format === "pdf" ? ing.source.pages : pages.length },
    text: joined.text,
    pages: joined.pages,
    emphasis: joined.emphasis,
    footnotes: joined.footnotes,
    sections: joined.sections,
    stamp: pageOneStamp(pages),
    stamps,
    anchors: joined.anchors,
    findings,
  };
}
