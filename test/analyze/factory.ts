import type { Document, Stamp } from "../../src/model/types.js";

/** A Document with defaults for everything a test does not care about. */
export function makeDocument(text: string, over: Partial<Document> = {}): Document {
  return {
    source: { path: "test.txt", format: "text", sha256: "", pages: 1 },
    text,
    pages: [{ number: 1, start: 0, end: text.length }],
    emphasis: [],
    footnotes: [],
    sections: [],
    stamp: null,
    stamps: [],
    anchors: [],
    findings: [],
    ...over,
  };
}

/** A CM/ECF stamp with defaults. */
export function makeStamp(caseNumber: string, over: Partial<Stamp> = {}): Stamp {
  return { caseNumber, document: "50", attachment: null, filed: "2018-04-05", page: 1, pages: 6, pageId: null, raw: `Case ${caseNumber}`, ...over };
}
