/**
 * Pleading-paper line numbers in text copies: the 1–28 printed down the left margin,
 * either inline at line starts ("27 to reconsider …") or as a lone column ("1", "2" …).
 * A number at a line start is a margin number only when it belongs to a run of
 * consecutive numbers on nearby lines; a list item or a wrapped citation is not.
 */

/** A number that may be a margin line number, at the start of line `index`. */
interface Candidate {
  index: number;
  value: number;
  /** Where the line's own content starts, after the number and one space. */
  contentStart: number;
  /** Spaces between the number and the content beyond the one separator. */
  indent: number;
  lone: boolean;
}

/** One margin number found on a line. */
export interface MarginNumber {
  value: number;
  contentStart: number;
  indent: number;
  lone: boolean;
  /** The run of consecutive numbers this one belongs to. */
  run: number;
}

/** The highest number pleading paper prints (28 is usual; some courts use up to 32). */
const MAX_LINE_NUMBER = 34;
/** How many physical lines may separate two numbers of one run (wrapped or blank lines). */
const MAX_GAP = 8;
/** How many numbers make a run: fewer could be a list or chance. */
const MIN_RUN = 4;

// e.g. "12 Plaintiff moves …", "  7", "28 ¹ As such"
const CANDIDATE = /^[ \t]{0,8}(?<value>[1-9]\d?)(?<space>[ \t]{1,12}|$)/;

function candidateAt(text: string, index: number): Candidate | null {
  const m = CANDIDATE.exec(text);
  if (!m?.groups) return null;
  const value = Number(m.groups.value);
  if (value > MAX_LINE_NUMBER) return null;
  const rest = text.slice(m[0].length);
  const lone = rest.trim() === "";
  // "2 On March 16" is a margin number; "3 F.3d 647" is one too on pleading paper, so the
  // content is not judged here — the run decides.
  return { index, value, contentStart: m[0].length, indent: Math.max(0, m.groups.space.length - 1), lone };
}

interface Run {
  members: Candidate[];
}

/**
 * Finds the margin line numbers of one page of text lines. Returns, per line, the number
 * it starts with, or null. Runs restart at 1 (a new page in text without form feeds).
 *
 * @example findMarginNumbers(["1 BACKGROUND", "2 On March 16 …", "3 44, 46.", "4 Doc. No. 44"]).map((m) => m?.value ?? null)
 * // → [1, 2, 3, 4]
 */
export function findMarginNumbers(lines: readonly string[]): (MarginNumber | null)[] {
  const runs: Run[] = [];
  // Up to two runs stay open: a stray "1" at a line start must not end the real run.
  let open: Run[] = [];
  for (let i = 0; i < lines.length; i++) {
    const c = candidateAt(lines[i], i);
    if (!c) continue;
    open = open.filter((r) => i - r.members[r.members.length - 1].index <= MAX_GAP);
    let placed = false;
    for (let k = open.length - 1; k >= 0; k--) {
      const last = open[k].members[open[k].members.length - 1];
      // A number the text layer dropped (13 missing between 12 and 14) must not break the run.
      if (c.value > last.value && c.value <= last.value + 2 && i > last.index) {
        open[k].members.push(c);
        placed = true;
        break;
      }
    }
    if (placed) continue;
    const run: Run = { members: [c] };
    runs.push(run);
    open.push(run);
    if (open.length > 2) open.shift();
  }
  const out: (MarginNumber | null)[] = lines.map(() => null);
  runs.forEach((run, r) => {
    if (run.members.length < MIN_RUN) return;
    for (const c of run.members) {
      out[c.index] = { value: c.value, contentStart: c.contentStart, indent: c.indent, lone: c.lone, run: r };
    }
  });
  return out;
}

/**
 * The line indexes where a new run of margin numbers starts over at 1 after an earlier
 * run: a page break in a text copy without form feeds.
 *
 * @example marginRestarts(findMarginNumbers(["1 a", "2 b", "3 c", "4 d", "1 e", "2 f", "3 g", "4 h"])) // → [4]
 */
export function marginRestarts(numbers: readonly (MarginNumber | null)[]): number[] {
  const out: number[] = [];
  let lastRun = -1;
  let lastValue = 0;
  numbers.forEach((m, i) => {
    if (!m) return;
    if (lastRun >= 0 && m.run !== lastRun && m.value <= 2 && lastValue >= MIN_RUN) out.push(i);
    lastRun = m.run;
    lastValue = m.value;
  });
  return out;
}
