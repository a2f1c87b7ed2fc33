import type { BuiltLine } from "./lines.js";
import type { LineRole } from "./roles.js";

/** Where the body text sits on the page, from the lines themselves. */
export interface TextBlock {
  /** The left margin most body lines start at. */
  left: number;
  /** The right edge full lines reach. */
  right: number;
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [v, n] of counts) {
    if (n > bestCount || (n === bestCount && v < best)) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

/**
 * The body's left margin (the commonest line start) and the right edge full lines
 * reach (the 90th percentile of line ends), over any set of lines.
 *
 * @example textBlock(lines) // { left: 80, right: 538 }
 */
export function textBlock(lines: readonly BuiltLine[]): TextBlock {
  const full = lines.filter((l) => l.text.length > 20);
  const rights = full.map((l) => l.right).sort((a, b) => a - b);
  return {
    left: mode(full.map((l) => l.x)),
    right: rights.length ? rights[Math.floor(rights.length * 0.9)] : 0,
  };
}

/** A first-line indent is at least this far in (a quarter inch less a little), and at most an inch and a bit. */
const MIN_INDENT = 12;
const MAX_INDENT = 100;

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Decides which body lines open a new paragraph, from geometry only, since a PDF has
 * no blank lines: more space above than the page's line pitch, a first-line indent,
 * or a line before that stops short after a sentence. Text ingest marks the same
 * breaks with blank lines, and so does PDF ingest, from this.
 *
 * @example paragraphStarts(lines, roles, block)[12] // true: indented 36 pt after a full line
 */
export function paragraphStarts(lines: readonly BuiltLine[], roles: readonly LineRole[], block: TextBlock): boolean[] {
  const starts = lines.map(() => false);
  const body = lines.map((_, i) => i).filter((i) => roles[i] === "body" && lines[i].text !== "");
  const steps: number[] = [];
  for (let k = 1; k < body.length; k++) {
    const d = lines[body[k]].y - lines[body[k - 1]].y;
    if (d > 0) steps.push(d);
  }
  const pitch = median(steps);
  for (let k = 1; k < body.length; k++) {
    const prev = lines[body[k - 1]];
    const line = lines[body[k]];
    if (line.breakBefore) {
      starts[body[k]] = true;
      continue;
    }
    const gap = line.y - prev.y;
    // Reading order went back up the page (a caption's second column): a new block.
    if (gap < -1) {
      starts[body[k]] = true;
      continue;
    }
    if (pitch > 0 && gap > pitch * 1.6) {
      starts[body[k]] = true;
      continue;
    }
    // A jump across the page (a signature block at the right, back to the margin after it).
    if (Math.abs(line.x - prev.x) > MAX_INDENT) {
      starts[body[k]] = true;
      continue;
    }
    // Centered: about as much room left as right, and real room on both sides.
    const isCentered = (l: BuiltLine) => Math.abs(l.x - block.left - (block.right - l.right)) < 6 && l.x > block.left + MIN_INDENT && l.right < block.right - MIN_INDENT;
    // A centered line (a heading, a title) stands apart from the text around it.
    if (isCentered(line) !== isCentered(prev)) {
      starts[body[k]] = true;
      continue;
    }
    const indent = line.x - block.left;
    // An indented line after a full line or a centered heading opens a paragraph; after another indented line it is a quotation going on.
    const prevAtMargin = Math.abs(prev.x - block.left) < 6 || isCentered(prev);
    if (!isCentered(line) && indent >= MIN_INDENT && indent <= MAX_INDENT && prevAtMargin) {
      starts[body[k]] = true;
      continue;
    }
    const prevShort = block.right > 0 && prev.right < block.right - 0.2 * (block.right - block.left);
    if (prevShort && /[.:!?]["”’)]?$/.test(prev.text) && Math.abs(line.x - block.left) < 6) starts[body[k]] = true;
  }
  return starts;
}
