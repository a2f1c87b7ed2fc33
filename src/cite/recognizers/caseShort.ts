/**
 * Short case citations: `673 F.2d at 1026`, `In re Cement Antitrust Litig., 673 F.2d at 1026`,
 * `1 U. S., at 2`, `174 Cal.App.2d at p. 651`. (`Brizzee, 2008 WL 426510, at *4` has the shape
 * of a full cite and is demoted to a short form by the case recognizer.)
 */
import type { Candidate, CiteContext, Recognizer } from "../recognizer.js";
import { shortName } from "../names.js";
import { matchParenthetical, matchPinUnit, matchShortCore, normalizePin, startsParallel, volumeAnchors } from "../scan.js";

/** Reads `1026`, `20-25`, `62-63, 67-68` after `at `. */
function readShortPins(text: string, pos: number): { pin: string; end: number } | null {
  const first = matchPinUnit(text, pos);
  if (!first) return null;
  let end = first.end;
  let pin = first.pin;
  for (let i = 0; i < 6; i++) {
    const sep = /,\s{1,2}(?=\d)/y;
    sep.lastIndex = end;
    if (!sep.exec(text)) break;
    const at = sep.lastIndex;
    if (startsParallel(text, at)) break;
    const unit = matchPinUnit(text, at);
    if (!unit) break;
    pin += `, ${unit.pin}`;
    end = unit.end;
  }
  return { pin: normalizePin(pin), end };
}

/**
 * Finds short case citations; the `caseName` is the name printed before the cite, if any.
 *
 * @example caseShortRecognizer.find({ text: "Id.; 673 F.2d at 1026.", emphasis: [] })[0].pin // "1026"
 */
export const caseShortRecognizer: Recognizer = {
  name: "case-short",
  precedence: 90,
  find(ctx: CiteContext): Candidate[] {
    const { text } = ctx;
    const out: Candidate[] = [];
    for (const anchor of volumeAnchors(text)) {
      const core = matchShortCore(text, anchor.reporterStart);
      if (!core) continue;
      const pins = readShortPins(text, core.end);
      if (!pins) continue;
      let parenthetical: string | null = null;
      const p = matchParenthetical(text, pins.end, 800);
      // A bare year after a short cite is no explanation: `1 U. S., at 2 (2016)`.
      if (p && !/^\d{4}$/.test(p.inner)) parenthetical = p.inner;
      // `Newbold, 105 Idaho at 667, 672 P2d at 235`: a parallel short cite shares the name.
      const prev = out[out.length - 1];
      const parallelOfPrev = prev !== undefined && /^,\s{1,3}$/.test(text.slice(prev.end, anchor.start));
      const name = parallelOfPrev ? { name: prev.caseName ?? "" } : shortName(text, anchor.start, ctx.emphasis);
      out.push({
        kind: "case-short",
        text: text.slice(anchor.start, pins.end),
        start: anchor.start,
        end: pins.end,
        volume: anchor.volume,
        reporter: core.edition.name,
        reporterFound: core.reporterFound.replace(/\s+/g, " "),
        page: null,
        pin: pins.pin,
        court: core.edition.court,
        courtProvenance: core.edition.court ? "inferred" : null,
        caseName: name?.name || null,
        parenthetical,
        fullSpan: { start: name && "start" in name && name.start < anchor.start ? name.start : (parallelOfPrev ? (prev.fullSpan?.start ?? anchor.start) : anchor.start), end: p && parenthetical !== null ? p.end : pins.end },
      });
    }
    return out;
  },
};
