import type { SourceLine } from "../../model/types.js";
import type { BuiltLine } from "./lines.js";
import { assignLineNumber, type MarginNumber } from "./margin.js";
import type { Rule } from "./rules.js";

export type LineRole = NonNullable<SourceLine["role"]>;

/** One page on its way out of ingest: lines rebuilt, margin numbers and rules found. */
export interface PageWork {
  number: number;
  width: number;
  height: number;
  lines: BuiltLine[];
  numbers: MarginNumber[];
  rules: Rule[];
  roles: LineRole[];
}

// The head of a CM/ECF stamp: "Case 3:17-cv-00218-MMA-BLM", "Case: 17-16789,", "USCA4 Appeal: 17-1234", "USCA Case #17-5123", "Appellate Case: 22-1801".
const STAMP_HEAD = /^\s{0,4}(?:USCA\d{0,2}\s{1,3}|Appellate\s{1,3})?(?:Case|Appeal)\b[\s:#]{0,4}(?<caseNumber>\d[\w:.\-]{2,40})/i;
// A field only stamps carry: "Document 50", "Doc: 45", "DktEntry: 45", "Filed 04/05/18", "PageID.318", "Pg: 1 of 6".
const STAMP_FIELD = /\b(?:Document|Doc|DktEntry|Filed|PageID|Page|Pg|Entered)\b/i;

/**
 * Whether a line reads as a CM/ECF header stamp (district, bankruptcy or appellate).
 * Position is checked by the caller: stamps are printed at the top of the page.
 *
 * @example isStampText("Case 3:17-cv-00218-MMA-BLM Document 50 Filed 04/05/18 PageID.318 Page 1 of 6") // true
 */
export function isStampText(text: string): boolean {
  const head = STAMP_HEAD.exec(text);
  return !!head && STAMP_FIELD.test(text.slice(head[0].length, head[0].length + 120));
}

// A printed page number: "3", "- 3 -", "Page 3", "Page 3 of 6", "3 of 6".
const PAGE_NUMBER = /^(?:[-–—]\s{0,2})?(?:page\s{1,3})?\d{1,4}(?:\s{1,3}of\s{1,3}\d{1,4})?(?:\s{0,2}[-–—])?$/i;

/**
 * Whether a line is only a page number, in one of the ways courts print them.
 *
 * @example isPageNumberText("- 4 -") // true
 */
export function isPageNumberText(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

/** Top and bottom bands where headers, footers and stamps live, as a share of the page. */
const STAMP_BAND = 0.12;
/** Some circuits (the Eighth, the Tenth) print the stamp at the foot of the page. */
const FOOT_STAMP_BAND = 0.08;
const EDGE_BAND = 0.1;
const REPEAT_BAND = 0.15;

/**
 * A stamp too long for one line wraps ("… Page 1 of 9 Page ID" over "#:6288"); the
 * wrapped tail, right under the stamp and short, is joined back onto it so the stamp
 * reads as one line.
 *
 * @example joinStampTails(lines, 792) // "Case … Page ID" + "#:6288" → "Case … Page ID #:6288"
 */
export function joinStampTails(lines: BuiltLine[], height: number): BuiltLine[] {
  const out: BuiltLine[] = [];
  const inBand = (l: BuiltLine) => l.y < height * STAMP_BAND || l.y > height * (1 - FOOT_STAMP_BAND);
  // Where in `out` the last stamp line seen sits.
  let stampAt = -1;
  for (const line of lines) {
    const stamp = stampAt >= 0 ? out[stampAt] : null;
    const below = stamp ? line.y - stamp.y : -1;
    const isStamp = inBand(line) && isStampText(line.text);
    if (stamp && !isStamp && below > 0.5 && below < stamp.size * 1.6 && line.text.length <= 24 && line.x >= stamp.x - 2 && line.right <= stamp.right + 4) {
      out[stampAt] = { ...stamp, text: `${stamp.text} ${line.text}`, runs: [...stamp.runs, ...line.runs], right: Math.max(stamp.right, line.right) };
      continue;
    }
    out.push(line);
    if (isStamp) stampAt = out.length - 1;
  }
  return out;
}

function isCentered(line: BuiltLine, width: number): boolean {
  return Math.abs((line.x + line.right) / 2 - width / 2) < width * 0.1;
}

/**
 * Gives each line of a page the role its position makes certain: stamp, header,
 * footer, footnote, else body. Running headers and footers repeated across pages are
 * marked afterwards by `markRepeats`.
 *
 * @example classifyPage(page, 12) // ["stamp", "body", …, "footnote", "footer"]
 */
export function classifyPage(page: PageWork, bodySize: number): LineRole[] {
  const { width, height, lines } = page;
  const roles: LineRole[] = lines.map(() => "body");
  lines.forEach((line, i) => {
    const inBand = line.y < height * STAMP_BAND || line.y > height * (1 - FOOT_STAMP_BAND);
    if (inBand && isStampText(line.text)) roles[i] = "stamp";
    else if (isPageNumberText(line.text)) {
      // Alone at the foot, a number is the page number wherever it sits; at the head, centered or in the outer corner.
      if (line.y > height * (1 - EDGE_BAND)) roles[i] = "footer";
      else if (line.y < height * EDGE_BAND && (isCentered(line, width) || line.right > width * 0.8)) roles[i] = "header";
    }
  });
  // A long rule across the foot of the page sets off the running footer beneath it.
  const footerRule = page.rules
    .filter((r) => r.y > height * (1 - REPEAT_BAND) && r.x2 - r.x1 > width * 0.6)
    .sort((a, b) => a.y - b.y)[0];
  if (footerRule) {
    lines.forEach((line, i) => {
      if (roles[i] === "body" && line.y > footerRule.y) roles[i] = "footer";
    });
  }
  markFootnotes(page, roles, bodySize);
  return roles;
}

function markFootnotes(page: PageWork, roles: LineRole[], bodySize: number): void {
  const { width, height, lines } = page;
  const small = (l: BuiltLine) => l.size <= bodySize * 0.95;
  const order = lines.map((_, i) => i).sort((a, b) => lines[a].y - lines[b].y);
  const below = (y: number) => order.filter((i) => roles[i] === "body" && lines[i].y > y);
  // Footnote separators are short: a third of the text width or so, never the full width.
  const separators = page.rules
    .filter((r) => r.y > height * 0.3 && r.x2 - r.x1 >= 24 && r.x2 - r.x1 < width * 0.55)
    .sort((a, b) => a.y - b.y);
  for (const rule of separators) {
    const under = below(rule.y);
    const firstLine = under.length ? lines[under[0]] : null;
    if (!firstLine || !(small(firstLine) || firstLine.startsWithMark)) continue;
    if (!order.some((i) => roles[i] === "body" && lines[i].y < rule.y)) continue;
    for (const i of under) if (small(lines[i]) || lines[i].startsWithMark) roles[i] = "footnote";
    return;
  }
  // Without a rule: a block of small type at the foot of the page that opens with a mark.
  const block: number[] = [];
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k];
    if (roles[i] !== "body") continue;
    if (!(lines[i].size <= bodySize * 0.9)) break;
    block.unshift(i);
  }
  if (block.length === 0 || !lines[block[0]].startsWithMark) return;
  if (!order.some((i) => roles[i] === "body" && !block.includes(i) && lines[i].size > bodySize * 0.9)) return;
  for (const i of block) roles[i] = "footnote";
}

function repeatKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ").trim();
}

/**
 * Marks running headers and footers: the same words (numbers aside) at the same height
 * near the top or foot of several pages. Position and repetition together make it certain.
 *
 * @example markRepeats(pages) // "17cv218-MMA (BLM)" at y 760 on every page → footer
 */
export function markRepeats(pages: PageWork[]): void {
  if (pages.length < 2) return;
  const seen = new Map<string, { page: number; line: number; y: number }[]>();
  pages.forEach((p, pi) => {
    p.lines.forEach((l, li) => {
      if (p.roles[li] !== "body") return;
      if (l.y > p.height * REPEAT_BAND && l.y < p.height * (1 - REPEAT_BAND)) return;
      // On pleading paper the numbered lines are the body; running heads sit outside them.
      if (p.numbers.length && assignLineNumber(l.y, p.numbers) !== null) return;
      const key = repeatKey(l.text);
      if (!/[a-z#]/.test(key)) return;
      const list = seen.get(key) ?? [];
      list.push({ page: pi, line: li, y: l.y });
      seen.set(key, list);
    });
  });
  const needed = Math.max(2, Math.ceil(pages.length * 0.4));
  for (const hits of seen.values()) {
    const at = hits.map((h) => h.y).sort((a, b) => a - b)[Math.floor(hits.length / 2)];
    const aligned = hits.filter((h) => Math.abs(h.y - at) <= 4);
    if (new Set(aligned.map((h) => h.page)).size < needed) continue;
    for (const h of aligned) {
      const p = pages[h.page];
      const head = h.y < p.height / 2;
      // On the first page a repeated head is where forms (minutes, notices) print the court and case: keep it as text.
      if (head && h.page === 0) continue;
      p.roles[h.line] = head ? "header" : "footer";
    }
  }
}
