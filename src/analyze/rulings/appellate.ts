/**
 * Appellate outcomes: what a court of review does with the judgment below, said in its own
 * voice ("We affirm.", "we will reverse the District Court's grant of summary judgment and
 * remand", "We conclude … and reverse the order") and what each verb makes of the appeal.
 */
import type { Disposition } from "../../model/types.js";
import type { Found, RulingParser } from "./candidate.js";

// "we", then words that only set the tone: "We therefore affirm", "we will reverse", "we now affirm"
// (never a modal of doubt or a negation: "we would affirm", "we need not reverse", "we do not vacate")
const WE_ACT =
  /(?<![A-Za-z])(?:We|we|WE)(?:,?\s{1,2}(?:therefore|accordingly|thus|now|hereby|also|further|must|will|shall|respectfully|consequently|likewise|similarly|instead|so|then),?){0,3}\s{1,2}(?<verb>affirm|reverse|vacate|remand|dismiss|deny|grant|AFFIRM|REVERSE|VACATE|REMAND|DISMISS|DENY|GRANT)\b/g;
// a conclusion that an appellate act follows: "We conclude that the sanction is without basis in law, and reverse the order"
const WE_CONCLUDE = /(?<![A-Za-z])(?:We|we)\s{1,2}(?:(?:therefore|thus|accordingly|now)\s{1,2})?(?:conclude|hold|find|agree|determine|decide)\b/g;
const AND_ACT = /(?:,\s{0,2}|\s)(?:and|AND)\s{1,2}(?:(?:therefore|accordingly|thus|so)\s{1,2})?(?<verb>affirm|reverse|vacate|remand|AFFIRM|REVERSE|VACATE|REMAND)\b/g;
// "if we affirm", "because we reverse", "whether we vacate": a hypothesis or a reason, not the decision
const NOT_DECIDING = /\b(?:if|unless|should|once|when|whenever|until|before|after|whether|assuming|provided|extent|because|since|as|although|though|that|where|how|why|what|even)\s{1,2}(?:\w{1,12}\s{1,2})?$/i;
// a standard of review, not a decision: "we affirm a grant of summary judgment only if", "we reverse only when"
const STANDARD_AFTER = /^\s{0,2}(?:an?\s|only\b|if\b|when\b|where\b|unless\b|on\s+any\s+ground|for\s+abuse)|^[^.;]{0,60}?\bonly\s{1,2}[“"]?(?:if|when|where|upon)\b/i;

/**
 * "We affirm", "we therefore REVERSE", "we vacate the Initial Opinion … and remand": the appellate
 * court's decision in the first person plural.
 *
 * @example weDecide.extract("Consequently, we affirm.")?.[0].verb // → "affirm"
 */
export const weDecide: RulingParser = {
  name: "we-decide",
  extract(s) {
    const out: Found[] = [];
    const push = (verb: string, at: number, objectStart: number) => {
      if (NOT_DECIDING.test(s.slice(Math.max(0, at - 30), at)) || STANDARD_AFTER.test(s.slice(objectStart))) return;
      // the same act twice ("we affirm and AFFIRM") or an act already found
      if (out.some((f) => f.at === at)) return;
      out.push({ verb, at, objectStart, objectEnd: s.length, passive: false, appellate: true });
    };
    for (const m of s.matchAll(WE_ACT)) push(m.groups!.verb, m.index, m.index + m[0].length);
    for (const c of s.matchAll(WE_CONCLUDE)) {
      if (NOT_DECIDING.test(s.slice(Math.max(0, c.index - 30), c.index))) continue;
      const from = c.index + c[0].length;
      const next = /[.;](?:\s|$)/.exec(s.slice(from));
      const end = next ? from + next.index : s.length;
      for (const m of s.slice(from, end).matchAll(AND_ACT)) push(m.groups!.verb, from + m.index, from + m.index + m[0].length);
    }
    out.sort((a, b) => a.at - b.at);
    for (let i = 0; i + 1 < out.length; i++) out[i].objectEnd = Math.min(out[i].objectEnd, out[i + 1].at);
    return out.length ? out : null;
  },
};

/**
 * What an appellate verb makes of the appeal: "affirm" with "in part" or "except" is
 * affirmed in part; "reverse … and remand" is reversed (the remand noted apart).
 *
 * @example appellateDisposition("affirm", " the judgment, except as to fees") // → "affirmed-in-part"
 */
export function appellateDisposition(verb: string, after: string): Disposition | null {
  const v = verb.toLowerCase();
  const a = after.slice(0, 200).toLowerCase();
  const inPart = /^[^;.]{0,160}?\bin[\s-]{1,2}part\b|^[^;.]{0,160}?\bexcept\b/.test(a);
  if (v.startsWith("affirm")) return inPart || /^[^;.]{0,160}?\b(?:reverse|vacate)/.test(a) ? "affirmed-in-part" : "affirmed";
  if (v.startsWith("revers")) return "reversed";
  if (v.startsWith("vacat")) return "vacated";
  if (v.startsWith("remand")) return "remanded";
  return null;
}

/** Whether a remand goes with the outcome: "REVERSED AND REMANDED", "vacate … and remand the matter". */
export function remandNoted(verb: string, after: string): boolean {
  return /^(?:revers|vacat|affirm)/i.test(verb) && /^[^;]{0,200}?\bremand/i.test(after);
}
