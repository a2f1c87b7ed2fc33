import { analyze } from "./analyze/index.js";
import { applyDocketPage } from "./analyze/docket/index.js";
import { findCitations, isLocalRuleBody } from "./cite/index.js";
import { ingest } from "./ingest/index.js";
import { layout } from "./layout/index.js";
import { locate } from "./model/sourcemap.js";
import type { Reading } from "./model/types.js";
import { verify } from "./verify/index.js";

export interface ReadInput {
  /** Shown in `source.path`; also used to guess the format when bytes are ambiguous. */
  path: string;
  bytes: Uint8Array;
  /** Read scanned PDF pages (no usable text layer) by OCR; default true. */
  ocr?: boolean;
}

/**
 * Reads one filing end to end: ingest → layout → cite → analyze → verify.
 *
 * @example const reading = await read({ path: "order.pdf", bytes: await readFile("order.pdf") });
 */
export async function read(input: ReadInput): Promise<Reading> {
  const ingested = await ingest(input.bytes, { path: input.path, ocr: input.ocr });
  const doc = layout(ingested);
  // The citation core knows nothing of pages: places are added from the source map here.
  const citations = findCitations(doc.text, { emphasis: doc.emphasis }).map((c) => ({ ...c, loc: locate(doc.anchors, c.start) }));
  const reading = analyze(doc, citations);
  // A PACER page's tables say more than its flattened text: its docket is read from the markup.
  if (ingested.markup !== undefined) applyDocketPage(reading, ingested.markup);
  issuingCourtOfLocalRules(reading);
  // One by one: spreading a finding per citation of a long document into push overflows the stack.
  for (const f of verify(reading)) reading.findings.push(f);
  return reading;
}

/**
 * A local rule is a rule of the court that issued the filing (`Civil L.R. 7-3` in a Northern
 * District of California order is that court's): the caption's court, unless the cite names a
 * district of its own (`D. Ariz. LRCiv 7.2`).
 */
function issuingCourtOfLocalRules(reading: Reading): void {
  const court = reading.caption?.court?.id;
  if (!court) return;
  for (const c of reading.citations) {
    if (c.kind !== "rule" || !c.body || c.court || !isLocalRuleBody(c.body)) continue;
    if (/^(?:[NSEWMC]\.\s?D\.|D\.)/.test(c.body)) continue;
    c.court = court;
    c.courtProvenance = "inferred";
  }
}
