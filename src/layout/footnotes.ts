/**
 * Footnotes out of the body's flow. In text copies a footnote is a line at the foot of a
 * page that starts with its mark (`¹ As such …`, or `1 After carefully …` when a body
 * marker `Dismiss.1` points at it); in PDF and HTML input ingest marks footnote lines
 * with `role: "footnote"`. Moving them out lets a body sentence that runs on to the next
 * page read whole.
 */
import type { SourceFormat } from "../model/types.js";
import { cutLine, type WorkLine } from "./line.js";
import type { WorkPage } from "./paginate.js";

/** The body marker that points at a footnote, as a place in one body line. */
export interface NoteRef {
  line: WorkLine;
  start: number;
  end: number;
}

/** A footnote gathered from one or more pages, its mark already cut from its first line. */
export interface FootnoteDraft {
  mark: string;
  lines: WorkLine[];
  refs: NoteRef[];
}

const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/**
 * A superscript mark as plain digits.
 *
 * @example plainMark("¹²") // → "12"
 */
export function plainMark(mark: string): string {
  let out = "";
  for (const ch of mark) {
    const k = SUPERSCRIPT_DIGITS.indexOf(ch);
    out += k >= 0 ? String(k) : ch;
  }
  return out;
}

// e.g. "¹ As such", "¹²The", "† Sitting by designation"
const SYMBOL_START = /^(?<mark>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|[†‡])\s{0,2}(?=\S)/;
// e.g. "1 After carefully", "12", "3The" (a PDF text layer glues the mark on)
const DIGIT_START = /^(?<mark>\d{1,3})(?:\s{1,4}|$|(?=[A-Z“"(]))/;

interface Start {
  mark: string;
  length: number;
  superscript: boolean;
}

function startOf(text: string): Start | null {
  const s = SYMBOL_START.exec(text);
  if (s?.groups) return { mark: s.groups.mark, length: s[0].length, superscript: true };
  const d = DIGIT_START.exec(text);
  if (d?.groups) return { mark: d.groups.mark, length: d[0].length, superscript: false };
  return null;
}

// Characters a footnote number may follow in the body: "Dismiss.1", "felons. . . .\"1", "PCP\")1"
const REF_BEFORE = /[A-Za-z.,;:)\]"”’']/;

/** Places in a body line where `mark` stands as a footnote marker. */
function refsIn(line: WorkLine, mark: string, superscript: boolean): NoteRef[] {
  const out: NoteRef[] = [];
  const t = line.text;
  for (let at = t.indexOf(mark); at >= 0; at = t.indexOf(mark, at + 1)) {
    const end = at + mark.length;
    if (!superscript) {
      const before = t[at - 1];
      const after = t[end];
      if (before === undefined || !REF_BEFORE.test(before)) continue;
      if (after !== undefined && /[0-9A-Za-z]/.test(after)) continue;
      // "206 n.1" and "nn.1-2" cite a note of another opinion
      if (/\bnn?\.$/.test(t.slice(Math.max(0, at - 4), at))) continue;
      // "Id.1" is a marker; "18 U.S.C. 1" is not reached here (a space precedes it)
    } else if (/[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(t[at - 1] ?? "") || /[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(t[end] ?? "")) {
      continue;
    }
    out.push({ line, start: at, end });
  }
  return out;
}

/** How far above a footnote its body marker may stand (a page, with room for a text copy's). */
const REF_WINDOW = 400;

function lastRef(lines: readonly WorkLine[], mark: string, superscript: boolean, taken: ReadonlySet<string>): NoteRef | null {
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - REF_WINDOW; i--) {
    const refs = refsIn(lines[i], mark, superscript).filter((r) => !taken.has(`${lines[i].page}:${lines[i].physical}:${r.start}`));
    if (refs.length) return refs[refs.length - 1];
  }
  return null;
}

const hasText = (l: WorkLine): boolean => !l.marginOnly && l.text.trim() !== "";

// The rule above a page's footnotes, as a text layer keeps it: a long run of spaces
// (the drawn line's width) or of underscores.
const RULE_LINE = /^(?:[ \t\u00a0]{30,}|[ \t\u00a0]{0,40}_{8,}[ \t\u00a0]{0,40})$/;

/** The key of a line in the set `footnoteRules` returns. */
const lineKey = (l: Pick<WorkLine, "page" | "physical">): string => `${l.page}:${l.physical}`;

/**
 * The lines of a text copy that draw a footnote rule, before tidying empties them: on each
 * page, the last such line with body text above it and text below (`foot`), or one at the
 * very top of a page with text below (`top`: a page that may be all footnote).
 *
 * @example footnoteRules(pages) // → Map { "24:47" => "foot" }
 */
export function footnoteRules(pages: readonly WorkPage[]): Map<string, "foot" | "top"> {
  const out = new Map<string, "foot" | "top">();
  for (const page of pages) {
    let textAbove = 0;
    let rule: WorkLine | null = null;
    let kind: "foot" | "top" = "foot";
    let textBelow = 0;
    for (const l of page.lines) {
      if (RULE_LINE.test(l.text)) {
        // Three lines of text above it at least: a caption's or form's blank band is no rule.
        if (textAbove >= 3 || textAbove === 0) {
          rule = l;
          kind = textAbove === 0 ? "top" : "foot";
          textBelow = 0;
        }
        continue;
      }
      if (hasText(l)) {
        textAbove++;
        textBelow++;
      }
    }
    if (rule && textBelow > 0) out.set(lineKey(rule), kind);
  }
  return out;
}

/** Whether a note's text stops mid-sentence: no closing punctuation at its end. */
function unfinished(note: FootnoteDraft): boolean {
  const last = note.lines[note.lines.length - 1]?.text.trimEnd() ?? "";
  return last !== "" && !/[.?!:;"”’)\]]$/.test(last);
}

/**
 * Splits footnote lines from body lines. Returns the pages with body lines only and the
 * footnotes in order, each with the body marker(s) that point at it.
 *
 * @example separateFootnotes(pages, "text").notes.map((n) => n.mark) // → ["1"]
 */
export function separateFootnotes(
  pages: readonly WorkPage[],
  format: SourceFormat,
  rules: ReadonlyMap<string, "foot" | "top"> = new Map(),
): { pages: WorkPage[]; notes: FootnoteDraft[] } {
  const notes: FootnoteDraft[] = [];
  let expected = 1;
  const taken = new Set<string>();
  let previousBody: WorkLine[] = [];
  const outPages: WorkPage[] = [];
  // Whether the last page ended inside a footnote.
  let openAtEnd = false;

  const open = (line: WorkLine, start: Start, body: readonly WorkLine[]): FootnoteDraft => {
    const mark = start.mark;
    const ref = lastRef(body, mark, start.superscript, taken) ?? lastRef(previousBody, mark, start.superscript, taken);
    if (ref) taken.add(`${ref.line.page}:${ref.line.physical}:${ref.start}`);
    const first = cutLine(line, [[0, start.length]]);
    const note: FootnoteDraft = { mark, lines: first.text.trim() === "" ? [] : [first], refs: ref ? [ref] : [] };
    notes.push(note);
    const n = Number(plainMark(mark));
    if (Number.isInteger(n)) expected = n + 1;
    return note;
  };

  for (const page of pages) {
    const body: WorkLine[] = [];
    let current: FootnoteDraft | null = null;
    const content = page.lines.filter(hasText);
    const footZone = Math.floor(content.length * 0.3);
    let seen = 0;
    // Where the page draws its footnote rule: above it is body, below it notes only. A rule at
    // the top of a page counts only when the last page's note broke off mid-sentence: the
    // whole page then carries it on.
    // Under a rule comes a note's mark, or the last page's broken-off note: else the line is a
    // signature line (`_____` above a judge's name) or a blank band of a form.
    let ruleAt = rules.size ? page.lines.findIndex((l) => rules.has(lineKey(l))) : -1;
    const carries = openAtEnd && notes.length > 0 && unfinished(notes[notes.length - 1]);
    if (ruleAt >= 0) {
      const below = page.lines.slice(ruleAt + 1).find(hasText);
      const top = rules.get(lineKey(page.lines[ruleAt])) === "top";
      if (top ? !carries : !(carries || (below && startOf(below.text)))) ruleAt = -1;
    }
    let belowRule = false;
    for (const [k, line] of page.lines.entries()) {
      if (k === ruleAt) {
        belowRule = true;
        continue;
      }
      if (!hasText(line)) {
        if (current === null) body.push(line);
        continue;
      }
      seen++;
      const start = startOf(line.text);
      const isDigitNext = (s: Start | null): boolean => s !== null && !s.superscript && /^\d+$/.test(s.mark) && (Number(s.mark) === expected || Number(s.mark) === expected + 1);
      if (format === "text" && ruleAt >= 0) {
        if (!belowRule) body.push(line);
        else if (start && (start.superscript || isDigitNext(start))) current = open(line, start, body);
        else if (current) current.lines.push(line);
        else if (notes.length) {
          // Text under the rule before any mark: the last page's note, continued.
          current = notes[notes.length - 1];
          current.lines.push(line);
        } else body.push(line);
        continue;
      }
      if (format === "text") {
        if (current === null) {
          const candidate =
            start !== null &&
            seen > footZone &&
            body.some(hasText) &&
            (start.superscript
              ? true
              : isDigitNext(start) && (lastRef(body, start.mark, false, taken) !== null || lastRef(previousBody, start.mark, false, taken) !== null));
          if (candidate && start) current = open(line, start, body);
          else body.push(line);
        } else if (start && (start.superscript || isDigitNext(start))) {
          current = open(line, start, body);
        } else {
          current.lines.push(line);
        }
        continue;
      }
      // PDF and HTML: ingest has said which lines are footnotes.
      if (line.role !== "footnote") {
        body.push(line);
        continue;
      }
      if (start && (start.superscript || isDigitNext(start) || current === null)) {
        current = open(line, start, body);
      } else if (current) {
        current.lines.push(line);
      } else if (notes.length) {
        // The first footnote lines of a page without a mark continue the last page's note.
        current = notes[notes.length - 1];
        current.lines.push(line);
      } else {
        body.push(line);
      }
    }
    outPages.push({ ...page, lines: body });
    previousBody = body;
    openAtEnd = current !== null;
  }
  return { pages: outPages, notes };
}
