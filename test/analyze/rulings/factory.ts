import assert from "node:assert/strict";
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

/**
 * Checks a table of texts against the rulings each must give: how many, and each one's
 * disposition, request and text when given; `checks` names what else is compared always
 * (a remand noted, the parts of a claim-by-claim decision).
 */
export function expectRulings(table: readonly [string, Want[]][], checks: { remand?: boolean; parts?: boolean } = {}): void {
  for (const [text, expected] of table) {
    const got = rulingsOf(text);
    assert.equal(got.length, expected.length, `${text}\n${JSON.stringify(got, null, 1)}`);
    expected.forEach((x, i) => {
      assert.equal(got[i].disposition, x.disposition, text);
      if (x.request) assert.equal(got[i].request, x.request, text);
      if (x.text) assert.equal(got[i].text, x.text, text);
      if (checks.remand) assert.equal(!!got[i].remand, !!x.remand, `${text}: remand`);
      if (checks.parts) assert.deepEqual((got[i].parts ?? []).map((p) => [p.request, p.disposition]), x.parts ?? [], text);
    });
  }
}
