/**
 * *Id.* and *Ibid.*: `Id.`, `Id. at 3-4`, `id.`, `Id., at *2`, `Id. ¶ 5`, `Id. at pp. 45, 64`.
 * What they refer to is decided by `resolve`.
 */
import type { Candidate, CiteContext, Recognizer } from "../recognizer.js";
import { matchParenthetical, normalizePin } from "../scan.js";

// `Id.` / `id.` / `Ibid.` as a word of its own: not the `id.` ending `paid.` or `Ida.`.
// The lookbehind follows the first letter so the engine skips from `I` to `I`.
const ID = /[Ii](?<![\w.'’][Ii])(?:d|bid)\.(?<comma>,)?/g;
// `at 3-4`, `at *2`, `at pp. 45, 64`, `at 7-9, ¶¶ 38-53`, `¶ 5`, `§ 2` after Id.
const ID_PIN = /\s{1,2}(?:(?<line>\d{1,5}:\d{1,5}(?:[-–]\d{1,5})?)|at\s{1,2}(?<atPara>¶¶?\s{0,2}\d{1,5}(?:\s?[-–]\s?\d{1,5})?)|at\s{1,2}(?<at>(?:pp?\.\s{0,2})?\*{0,2}\s?\d{1,7}(?:\s?[-–]\s?\*{0,2}\d{1,7})?(?:\s?(?:&\s?)?nn?\.\s?\d{1,3})?(?:,\s{1,2}(?:¶¶?\s?)?\*{0,2}\d{1,7}(?:\s?[-–]\s?\d{1,7})?(?![\d\w]|\s{1,2}[A-Z])){0,6})|(?<para>¶¶?\s{0,2}\d{1,5}(?:\s?[-–]\s?\d{1,5})?))(?![\w])/y;

/**
 * Finds every *Id.* / *Ibid.*.
 *
 * @example idRecognizer.find({ text: "Id. at 3-4.", emphasis: [] })[0].pin // "3-4"
 */
export const idRecognizer: Recognizer = {
  name: "id",
  precedence: 80,
  find(ctx: CiteContext): Candidate[] {
    const { text } = ctx;
    const out: Candidate[] = [];
    ID.lastIndex = 0;
    for (let m = ID.exec(text); m; m = ID.exec(text)) {
      // `id.` lower-case must not be the end of a word like `Ida.`; the lookbehind covers that.
      let end = m.index + m[0].length;
      let pin: string | null = null;
      ID_PIN.lastIndex = end;
      const p = ID_PIN.exec(text);
      if (p) {
        pin = normalizePin(p.groups!.at ?? p.groups!.atPara ?? p.groups!.para ?? p.groups!.line);
        end = ID_PIN.lastIndex;
      }
      // `Id. (overruling …)`: an explanatory parenthetical, never a bare year or `(1)`.
      const paren = matchParenthetical(text, end, 800);
      out.push({ kind: "id", text: text.slice(m.index, end), start: m.index, end, pin, parenthetical: paren?.inner ?? null });
    }
    return out;
  },
};
