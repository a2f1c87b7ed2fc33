/** Test helpers for the citation core: annotated-text rendering and a recognizer runner. */
import type { Candidate, Recognizer } from "../../src/cite/recognizer.js";
import type { EmphasisSpan } from "../../src/model/types.js";

/** Wraps each span in `<c>…</c>`: `"See <c>845 F.2d 205, 206 n.1</c> (9th Cir. 1988)"`. */
export function annotate(text: string, spans: readonly { start: number; end: number }[]): string {
  let out = "";
  let last = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    out += `${text.slice(last, s.start)}<c>${text.slice(s.start, s.end)}</c>`;
    last = s.end;
  }
  return out + text.slice(last);
}

/** Runs one recognizer over plain text. */
export function run(r: Recognizer, text: string, emphasis: EmphasisSpan[] = []): Candidate[] {
  return r.find({ text, emphasis });
}

/**
 * Reads `*italic*` markers out of a test string: returns the text without them and the spans.
 * Only a `*` touching a letter opens or closes emphasis, so `at *1` stays a star page.
 */
export function italics(marked: string): { text: string; emphasis: EmphasisSpan[] } {
  const emphasis: EmphasisSpan[] = [];
  let text = "";
  let last = 0;
  for (const m of marked.matchAll(/\*(?=[A-Za-z])([^*]{1,300}?)(?<=[A-Za-z.,’'])\*/g)) {
    text += marked.slice(last, m.index);
    emphasis.push({ start: text.length, end: text.length + m[1].length, style: "italic" });
    text += m[1];
    last = m.index! + m[0].length;
  }
  return { text: text + marked.slice(last), emphasis };
}

/** Picks the named fields of an object, for compact deep-equal assertions. */
export function pick<T extends object>(o: T, keys: readonly (keyof T)[]): Partial<T> {
  const out: Partial<T> = {};
  for (const k of keys) out[k] = o[k];
  return out;
}

/** Reads `<c>…</c>` marks out of a test string: the plain text and the marked spans. */
export function unmark(marked: string): { text: string; spans: { start: number; end: number }[] } {
  const spans: { start: number; end: number }[] = [];
  let text = "";
  let last = 0;
  let open = 0;
  for (const m of marked.matchAll(/<\/?c>/g)) {
    text += marked.slice(last, m.index);
    if (m[0] === "<c>") open = text.length;
    else spans.push({ start: open, end: text.length });
    last = (m.index ?? 0) + m[0].length;
  }
  return { text: text + marked.slice(last), spans };
}
