/**
 * Regulations: `29 C.F.R. § 1630.2(g)`, `29 C.F.R. pt. 541`, `85 Fed. Reg. 12345, 12350
 * (Mar. 2, 2020)`, and state administrative codes (`Cal. Code Regs. tit. 15, § 3084`,
 * `9 NYCRR 8002.6`), all generated from `tables/codes.ts`.
 */
import { readLawTail } from "./lawTail.js";
import type { Candidate, CiteContext, Recognizer } from "../recognizer.js";
import { REGULATION_CODES } from "../tables/codes.js";
import { compileCodes } from "./codified.js";
import { dropDefinedTerms } from "./definedTerm.js";

const CODES = compileCodes(REGULATION_CODES, "regulation");

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };

// `, 12350 (Mar. 2, 2020)`: the pin and the date of publication after a Federal Register page.
const REGISTER_TAIL = /(?:,\s{0,2}(?:at\s{1,2})?(?<pin>\d{1,6}(?:\s{0,2}[-\u2013]\s{0,2}\d{1,6})?)(?![\d,]\d))?(?:\s{0,2}\((?<month>[A-Z][a-z]{2,8})\.?\s{1,2}(?<day>\d{1,2}),\s{0,2}(?<year>\d{4})\))?/y;

/** Adds the pin and date a Federal Register cite carries after its page. */
function withRegisterTail(text: string, c: Candidate): Candidate {
  REGISTER_TAIL.lastIndex = c.end;
  const m = REGISTER_TAIL.exec(text);
  if (!m || m[0] === "") return c;
  const g = m.groups ?? {};
  const out: Candidate = { ...c, end: REGISTER_TAIL.lastIndex, pin: g.pin ?? null };
  const month = g.month ? MONTHS[g.month.slice(0, g.month.toLowerCase().startsWith("sept") ? 4 : 3).toLowerCase()] : undefined;
  if (g.year && month) {
    out.year = Number(g.year);
    out.date = `${g.year}-${String(month).padStart(2, "0")}-${g.day.padStart(2, "0")}`;
  }
  out.text = text.slice(out.start, out.end);
  return out;
}

/**
 * Finds regulation citations.
 *
 * @example regulationRecognizer.find({ text: "29 C.F.R. § 1630.2(g)", emphasis: [] })[0].subsection // "(g)"
 */
export const regulationRecognizer: Recognizer = {
  name: "regulation",
  precedence: 58,
  find(ctx: CiteContext): Candidate[] {
    const { text } = ctx;
    return dropDefinedTerms(text, CODES.scan(text)).map((c) => (c.code === "Fed. Reg." ? withRegisterTail(text, c) : readLawTail(text, c)));
  },
};
