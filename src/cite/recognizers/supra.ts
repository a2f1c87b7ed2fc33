/**
 * *Supra*: `Smith, supra, at 5`, `Smith, supra note 3`, `Foo, 123 supra, at 2`, `Foo, supra (overruling …)`.
 * The name before `supra` is what `resolve` matches against earlier full cites.
 */
import type { Candidate, CiteContext, Recognizer } from "../recognizer.js";
import { shortName } from "../names.js";
import { matchParenthetical, normalizePin, startsParallel } from "../scan.js";

// `supra` as a word; the name, an optional volume and the comma before it are read back separately.
// The literal comes first, the lookbehind after it, so the engine searches for `supra` itself.
const SUPRA = /supra(?<![\w-]supra)(?![\w-])/g;
// After `supra`: `, at 5`, ` note 3`, `, at pp. 2-3`.
const SUPRA_TAIL = /(?:,?\s{0,2}note\s{1,2}(?<note>\d{1,4}))?(?:,?\s{1,2}at\s{1,2}(?<pin>(?:pp?\.\s{0,2})?\*{0,2}\d{1,7}(?:\s?[-–]\s?\d{1,7})?(?:\s?nn?\.\s?\d{1,3})?))?/y;
// `, 123 ` or `, ` between a name and `supra`.
const BEFORE = /(?:(?:^|,\s{0,2}|\s)(?<volume>\d{1,5})\s{1,2}|,?\s{1,2})$/;

/**
 * Finds every *supra* reference that follows a name.
 *
 * @example supraRecognizer.find({ text: "Smith, supra, at 5", emphasis: [] })[0].caseName // "Smith"
 */
export const supraRecognizer: Recognizer = {
  name: "supra",
  precedence: 85,
  find(ctx: CiteContext): Candidate[] {
    const { text } = ctx;
    const out: Candidate[] = [];
    SUPRA.lastIndex = 0;
    for (let m = SUPRA.exec(text); m; m = SUPRA.exec(text)) {
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      const b = BEFORE.exec(before);
      const nameEnd = b ? m.index - b[0].length : m.index;
      let name = shortName(text, nameEnd, ctx.emphasis)?.name ?? null;
      if (!name) {
        // A lower-case or one-word name still names something: `asdf, supra`.
        const w = /(?<word>[A-Za-z][\w'’.-]{0,40})[\s,]{0,3}$/.exec(text.slice(Math.max(0, nameEnd - 42), nameEnd));
        name = w?.groups?.word && !/^(?:the|a|an|and|or|see|as|in|of)$/i.test(w.groups.word) ? w.groups.word : null;
      }
      // A bare `supra` (`see supra`, `supra note 3`) still refers back; it just names nothing.
      let end = m.index + m[0].length;
      SUPRA_TAIL.lastIndex = end;
      const t = SUPRA_TAIL.exec(text);
      let pin: string | null = null;
      if (t && t[0].length > 0) {
        pin = t.groups!.pin ? normalizePin(t.groups!.pin) : t.groups!.note ? `note ${t.groups!.note}` : null;
        end = SUPRA_TAIL.lastIndex;
      }
      // `Kaiser Foundation, supra, 13 Cal.App.5th at 1146`: the cite that follows carries the reference.
      // With a pin of its own (`Sowders, supra at 145, 4 OBR at 388`) the supra stands, and the cite
      // after it is its parallel short form.
      const next = /,?\s{0,2}/y;
      next.lastIndex = end;
      next.exec(text);
      if (t?.groups?.pin === undefined && startsParallel(text, next.lastIndex)) continue;
      const p = matchParenthetical(text, end, 800);
      out.push({
        kind: "supra",
        text: text.slice(m.index, end),
        start: m.index,
        end,
        volume: b?.groups?.volume ?? null,
        pin,
        caseName: name,
        parenthetical: p && !/^\d{4}$/.test(p.inner) ? p.inner : null,
      });
    }
    return out;
  },
};
