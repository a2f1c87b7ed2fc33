import { findRulings } from "../../../src/analyze/rulings.js";
import { sentences } from "../../../src/analyze/sentences.js";
import type { Ruling } from "../../../src/model/types.js";

/** The rulings of a text read as a court's order, with nothing else known about it. */
export function rulingsOf(text: string, over: { title?: string | null; docketRefs?: string[] } = {}): Ruling[] {
  return findRulings(sentences(text), { text, citations: [], footnotes: [], docketRefs: over.docketRefs ?? [], title: over.title ?? null });
}

/** What a test checks of a ruling: its disposition and request, and the remand or parts when given. */
export interface Want {
  disposition: string;
  request?: string;
  remand?: boolean;
  parts?: [string, string][];
  text?: string;
}

export const want = (disposition: string, request?: string, more: Omit<Want, "disposition" | "request"> = {}): Want => ({ disposition, request, ...more });
