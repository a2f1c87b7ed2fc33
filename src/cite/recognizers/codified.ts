/**
 * Shared machinery of the law recognizers (statutes, regulations, constitutions, rules,
 * journals): turning a table's abbreviation into a spacing- and period-tolerant regex
 * source, and scanning a table of codified law (`28 U.S.C. § 1292(b)`,
 * `Cal. Code Regs. tit. 15, § 3084`) into candidates. Every pattern is bounded so a scan
 * stays linear in the text.
 *
 * Speed: a document is scanned only for cheap things (lead words as printed, literals like
 * `Const` or `§` found with `indexOf`); the full patterns run at those places or in small
 * windows around them (`WordIndexedPattern`, `anchoredMatches`, `execAtLiteral`), and the
 * hundreds of table spellings are matched by a tree of steps rather than compiled into regexes,
 * which V8 compiles slowly. Each shortcut finds exactly what the plain global scan would.
 */
import type { Candidate } from "../recognizer.js";
import type { CodeRow } from "../tables/codes.js";

/** Characters a regex source must escape. */
const REGEX_SPECIAL = "\\^$*+?()[]{}|/-";

/**
 * A regex source for one printed abbreviation. Periods become optional, the space after a
 * period may vanish (`Fed.R.Civ.P.`), `&` also reads `and`, apostrophes may be curly.
 *
 * @example new RegExp(abbreviationSource("Fed. R. Civ. P.")).test("Fed.R.Civ.P") // true
 */
export function abbreviationSource(abbreviation: string): string {
  const s = abbreviation.trim().replace(/\s+/g, " ");
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const prev = s[i - 1];
    if (ch === " ") {
      // After a period the space is optional; between two words it is not.
      out += prev === "." || prev === "," ? "\\s{0,3}" : "\\s{1,3}";
    } else if (ch === ".") {
      const next = s[i + 1];
      // An inner period (`U.S.C.`) may be followed by a stray space in print (`U. S. C.`).
      out += next !== undefined && next !== " " ? "\\.?\\s?" : "\\.?";
    } else if (ch === ",") {
      out += ",?";
    } else if (ch === "&") {
      out += "(?:&|and)";
    } else if (ch === "'" || ch === "’") {
      out += "['’]";
    } else {
      out += REGEX_SPECIAL.includes(ch) ? `\\${ch}` : ch;
    }
  }
  // A trailing letter must end a word: `Stat` but not the `Stat` of `Statement`.
  if (/[A-Za-z]$/.test(s)) out += "(?![A-Za-z])";
  return out;
}

/**
 * The comparison key of an abbreviation: case, periods, commas, spacing and `&`/`and` ignored.
 *
 * @example abbreviationKey("Fed.R. Civ. P") === abbreviationKey("fed r civ p") // true
 */
export function abbreviationKey(s: string): string {
  return caseKey(s).toLowerCase();
}

/** The key with case kept: `AS` (Alaska Statutes) is not the word `as`. */
function caseKey(s: string): string {
  return s
    .replace(/[’]/g, "'")
    .replace(/&/g, " and ")
    .replace(/[.,\s]+/g, "");
}

/** One spelling for a word-indexed pattern: its regex source and the printed spelling it came from. */
export interface Spelling {
  source: string;
  printed: string;
}

/**
 * The words a spelling may begin with in print, with the case they are printed in: `Fed` for
 * `Fed. R. Civ. P.`; `A`, `AR` and `ARS` for `A.R.S.`.
 */
function casedLeadWords(printed: string): string[] {
  // Plain loops rather than regexes: thousands of spellings are read at start-up.
  let i = 0;
  while (i < printed.length && !isLetter(printed.charCodeAt(i))) i++;
  let j = i;
  while (j < printed.length && isLetter(printed.charCodeAt(j))) j++;
  const out = [printed.slice(i, j)];
  // Dotted initials are also printed run together, wholly or in part: `A.R.S.` as `ARS`, `U.S.C.` as `US.C`.
  let h = 0;
  while (h < printed.length && isSpace(printed.charCodeAt(h))) h++;
  let letters = "";
  while (h + 1 < printed.length && isLetter(printed.charCodeAt(h)) && printed[h + 1] === ".") {
    letters += printed[h];
    h += 2;
  }
  const headEnds = h === printed.length || printed[h] === " ";
  if (letters.length >= 2 && headEnds) for (let n = 2; n <= letters.length; n++) out.push(letters.slice(0, n));
  return out;
}

/** The words a spelling may begin with, in lower case: the keys of a word index. */
function leadWords(printed: string): string[] {
  return casedLeadWords(printed).map((w) => w.toLowerCase());
}

/**
 * One step of a compiled spelling: a character (`LIT`: code `a` or `b`), an optional character
 * (`OPT`), a run of `a` to `b` whitespace (`WS`), `&` or `and` (`AMP`), an apostrophe either
 * way (`APOS`), or the end of a word (`END_WORD`). Numbers keep the matching loop cheap.
 *
 * @example compileSpelling("R\\.?", false)[1] // { op: 1, a: 46, b: 46 }: an optional period
 */
export interface Step {
  op: number;
  a: number;
  b: number;
}
const LIT = 0;
const OPT = 1;
const WS = 2;
const AMP = 3;
const APOS = 4;
const END_WORD = 5;

// The pieces `abbreviationSource` and the rule names write, one at a time: `\s{0,3}`, `\.?`,
// `,?`, `(?:&|and)`, `['’]`, `(?![A-Za-z])`, `\[`, `R`.
const PIECE = /\\s\{(?<min>\d),(?<max>\d)\}|\\s(?<optSpace>\?)|\\(?<escOpt>.)\?|(?<plainOpt>[^\\()[\]{}?*+|])\?|(?<amp>\(\?:&\|and\))|(?<apos>\['’\])|(?<endWord>\(\?!\[A-Za-z\]\))|\\(?<esc>.)|(?<plain>[^\\()[\]{}?*+|])/y;

/** A literal step: both cases of an ASCII letter under `i`, as a regex would. */
function charStep(op: number, ch: string, ignoreCase: boolean): Step {
  const fold = ignoreCase && /^[A-Za-z]$/.test(ch);
  return { op, a: (fold ? ch.toLowerCase() : ch).charCodeAt(0), b: (fold ? ch.toUpperCase() : ch).charCodeAt(0) };
}

/**
 * Compiles a spelling's regex source (as `abbreviationSource` writes it) into steps a plain loop
 * can follow. Regex engines compile an alternation of hundreds of such spellings slowly (a third
 * of a second with `i`), and every step here is deterministic: what may follow an optional
 * period or a run of spaces never begins with one, so matching greedily is matching the regex.
 *
 * @example compileSpelling("Fed\\.?\\s{0,3}R", false).length // 4
 */
export function compileSpelling(source: string, ignoreCase: boolean): Step[] {
  const steps: Step[] = [];
  PIECE.lastIndex = 0;
  while (PIECE.lastIndex < source.length) {
    const at = PIECE.lastIndex;
    const m = PIECE.exec(source);
    if (!m || m.index !== at) throw new Error(`compileSpelling: cannot read ${JSON.stringify(source.slice(at, at + 20))}`);
    const g = m.groups ?? {};
    if (g.min !== undefined) steps.push({ op: WS, a: Number(g.min), b: Number(g.max) });
    else if (g.optSpace !== undefined) steps.push({ op: WS, a: 0, b: 1 });
    else if (g.escOpt !== undefined || g.plainOpt !== undefined) steps.push(charStep(OPT, g.escOpt ?? g.plainOpt, ignoreCase));
    else if (g.amp !== undefined) steps.push({ op: AMP, a: 0, b: 0 });
    else if (g.apos !== undefined) steps.push({ op: APOS, a: 0, b: 0 });
    else if (g.endWord !== undefined) steps.push({ op: END_WORD, a: 0, b: 0 });
    else steps.push(charStep(LIT, g.esc ?? g.plain, ignoreCase));
  }
  return steps;
}

/** What `\s` matches in a JavaScript regex. */
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether `c` is an ASCII letter. */
function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Where one step taken at `i` ends, or -1. */
function stepAt(step: Step, text: string, i: number, ignoreCase: boolean): number {
  const c = text.charCodeAt(i);
  switch (step.op) {
    case LIT:
      return c === step.a || c === step.b ? i + 1 : -1;
    case OPT:
      return c === step.a || c === step.b ? i + 1 : i;
    case WS: {
      let n = 0;
      while (n < step.b && isSpace(text.charCodeAt(i + n))) n++;
      return n < step.a ? -1 : i + n;
    }
    case AMP:
      if (c === 38) return i + 1;
      return text.startsWith("and", i) || (ignoreCase && text.slice(i, i + 3).toLowerCase() === "and") ? i + 3 : -1;
    case APOS:
      return c === 39 || c === 0x2019 ? i + 1 : -1;
    default:
      return isLetter(c) ? -1 : i;
  }
}

/**
 * The spellings of one lead word as a tree of steps: spellings that begin alike share their
 * first steps, so a position is read once for all of them. `ends` are the order numbers of
 * the spellings that end at a node.
 */
interface StepNode {
  step: Step;
  key: string;
  children: StepNode[];
  ends: number[];
  /** For a node with many children: its literal children by the character they take, and the rest apart. */
  byChar: Map<number, StepNode[]> | null;
  others: StepNode[];
}

/** A node with no children yet. */
function stepNode(step: Step, key: string): StepNode {
  return { step, key, children: [], ends: [], byChar: null, others: [] };
}

/** From this many children on, a node's literal children are indexed by character. */
const INDEX_CHILDREN = 4;

/**
 * Indexes the literal children of every wide node under `node` (`U.` is followed by `Chi.`,
 * `Pa.`, `Ill.` … in the journals), so a walk tries only those the next character allows.
 */
function indexChildren(node: StepNode): void {
  for (const child of node.children) indexChildren(child);
  if (node.children.length < INDEX_CHILDREN) return;
  const byChar = new Map<number, StepNode[]>();
  for (const child of node.children) {
    if (child.step.op !== LIT) {
      node.others.push(child);
      continue;
    }
    for (const code of new Set([child.step.a, child.step.b])) {
      const list = byChar.get(code);
      if (list) list.push(child);
      else byChar.set(code, [child]);
    }
  }
  node.byChar = byChar;
}

/** Adds spelling number `order` to the tree. */
function insertSpelling(root: StepNode, steps: readonly Step[], order: number): void {
  let node = root;
  for (const step of steps) {
    const key = `${step.op}:${step.a}:${step.b}`;
    let child = node.children.find((c) => c.key === key);
    if (!child) {
      child = stepNode(step, key);
      node.children.push(child);
    }
    node = child;
  }
  node.ends.push(order);
}

/** Every spelling under `node` that matches from `pos`, pushed to `out` as order, end, order, end … */
function walkSpellings(node: StepNode, text: string, pos: number, ignoreCase: boolean, out: number[]): void {
  if (node.byChar === null) {
    walkChildren(node.children, text, pos, ignoreCase, out);
    return;
  }
  const literals = node.byChar.get(text.charCodeAt(pos));
  if (literals !== undefined) walkChildren(literals, text, pos, ignoreCase, out);
  walkChildren(node.others, text, pos, ignoreCase, out);
}

/** `walkSpellings` over some of a node's children. */
function walkChildren(children: readonly StepNode[], text: string, pos: number, ignoreCase: boolean, out: number[]): void {
  for (let k = 0; k < children.length; k++) {
    let child = children[k];
    let end = stepAt(child.step, text, pos, ignoreCase);
    // Most of a tree is chains of one child (`U`, `.`, ` `, `S` …): follow them without recursing.
    while (end >= 0 && child.ends.length === 0 && child.children.length === 1) {
      child = child.children[0];
      end = stepAt(child.step, text, end, ignoreCase);
    }
    if (end < 0) continue;
    for (const order of child.ends) out.push(order, end);
    if (child.children.length > 0) walkSpellings(child, text, end, ignoreCase, out);
  }
}

/**
 * A match of a `WordIndexedPattern`: where it starts, its text, and the named parts (the shape
 * of a `RegExpExecArray` that callers read).
 *
 * @example codes.execAt("28 U.S.C. § 1", 3)?.groups?.section // "1"
 */
export interface WordMatch {
  index: number;
  0: string;
  groups?: { [key: string]: string };
}

/** Characters kept on either side of a window so that one-character lookarounds see real text. */
const MARGIN = 4;

/** `Fed` of `Fed. R.`, `Federal` of `[Federal] Rule`: the word at a position. */
const WORD_AT = /\[?([A-Za-z]+)/y;

/**
 * A long alternation of spellings followed by a common tail, matched only where a word that
 * can begin one of the spellings stands. A single regex of hundreds of spellings would be
 * tried at every position of the text; indexing by first word keeps the scan fast and linear.
 * The words themselves are found by one case-sensitive alternation of the lead words as they
 * are printed, which the regex engine skips through quickly (lower-case text never starts one).
 *
 * With the `i` flag a lead word also triggers in capitals (`CAL. PENAL CODE`); mixed-case print
 * that matches no spelling's case is not looked at, so callers must reject such matches too
 * (as `compileCodes` does). `casedLike` lists more printed spellings whose case a lead word may
 * take (default: the spellings' own).
 *
 * @example new WordIndexedPattern([{ source: "Fed\\.", printed: "Fed." }], "body", "\\s\\d+", "").execAt("Fed. 5", 0)
 */
export class WordIndexedPattern {
  /** Per lead word (lower case), the sources of its spellings, longest first: the order a regex alternation would try them. */
  private readonly sourcesByWord = new Map<string, string[]>();
  /**
   * Per lead word, its spellings as a tree, built the first time the word stands in a text: a
   * document holds a few dozen of the thousands of lead words, and building every tree up front
   * cost most of the start-up of a one-document read.
   */
  private readonly byWord = new Map<string, StepNode>();
  /** Each lead word as printed (`CAL`, `Cal`) with its key in `sourcesByWord`: a lookup without lower-casing the word. */
  private readonly printedKey = new Map<string, string>();
  /** `Fed`, `Federal`, `[Federal`: a printed lead word at the start of a word. */
  private readonly trigger: RegExp;
  /**
   * The same words, found through the text's capitalized words; made on the first `matches`, so
   * the patterns only ever read at given places add no heads to the shared word list.
   */
  private leads: TriggerWords | null = null;
  /** The lead words as printed (and in capitals with `i`): no other word can begin a match. */
  readonly triggerWords: ReadonlySet<string>;
  /** What must follow the spelling, tried where the spelling ends. */
  private readonly tail: RegExp;
  private readonly ignoreCase: boolean;
  /** The spellings that matched at the position being read (order, end pairs, flat), reused so a miss allocates nothing. */
  private readonly found: number[] = [];

  /** `group` names the capture of the spelling; `tail` is what must follow it; `flags` adds to `y`. */
  constructor(
    spellings: readonly Spelling[],
    private readonly group: string,
    tail: string,
    flags: string,
    casedLike?: readonly string[],
  ) {
    this.ignoreCase = flags.includes("i");
    const sources = new Map<string, string[]>();
    for (const s of spellings) {
      for (const w of leadWords(s.printed)) {
        const list = sources.get(w) ?? [];
        list.push(s.source);
        sources.set(w, list);
      }
    }
    for (const [w, list] of sources) this.sourcesByWord.set(w, [...new Set(list)].sort((a, b) => b.length - a.length));
    this.tail = new RegExp(tail, `y${flags}`);
    this.triggerWords = triggerWords(spellings, this.ignoreCase, casedLike);
    this.trigger = triggerRegex(this.triggerWords);
    for (const w of this.triggerWords) {
      const key = w.toLowerCase();
      if (this.sourcesByWord.has(key)) this.printedKey.set(w, key);
    }
  }

  /** The tree of a lead word's spellings (lower case), built on first use; undefined for a word that begins none. */
  private spellingsOf(word: string): StepNode | undefined {
    const built = this.byWord.get(word);
    if (built !== undefined) return built;
    const sources = this.sourcesByWord.get(word);
    if (sources === undefined) return undefined;
    // The root's own step is never taken: matching starts at its children.
    const root = stepNode({ op: END_WORD, a: 0, b: 0 }, "");
    sources.forEach((src, order) => insertSpelling(root, compileSpelling(src, this.ignoreCase), order));
    indexChildren(root);
    this.byWord.set(word, root);
    return root;
  }

  /** The tree for a lead word as printed. */
  private spellingsPrinted(word: string): StepNode | undefined {
    const key = this.printedKey.get(word);
    return key === undefined ? undefined : this.spellingsOf(key);
  }

  /** The first spelling (with its tail) of a lead word that matches at `pos`: what the alternation would find. */
  private firstMatch(spellings: StepNode, text: string, pos: number): WordMatch | null {
    const found = this.found;
    found.length = 0;
    walkSpellings(spellings, text, pos, this.ignoreCase, found);
    // Try the spellings in order (an insertion sort of the few pairs found; orders are distinct).
    for (let i = 2; i < found.length; i += 2) {
      const order = found[i];
      const end = found[i + 1];
      let j = i - 2;
      for (; j >= 0 && found[j] > order; j -= 2) {
        found[j + 2] = found[j];
        found[j + 3] = found[j + 1];
      }
      found[j + 2] = order;
      found[j + 3] = end;
    }
    for (let i = 1; i < found.length; i += 2) {
      const end = found[i];
      this.tail.lastIndex = end;
      const t = this.tail.exec(text);
      if (!t) continue;
      return { index: pos, 0: text.slice(pos, this.tail.lastIndex), groups: { ...t.groups, [this.group]: text.slice(pos, end) } };
    }
    return null;
  }

  /**
   * The match that begins exactly at `pos`, if a spelling starts there. Like `matches`, only a
   * lead word as printed (or in capitals under `i`) is looked at.
   */
  execAt(text: string, pos: number): WordMatch | null {
    WORD_AT.lastIndex = pos;
    const word = WORD_AT.exec(text);
    return word && this.triggerWords.has(word[1]) ? this.execAtWord(text, pos, word[1]) : null;
  }

  /** `execAt` when the word at `pos` (`Cal` of `[Cal. Penal Code`) is already known. */
  execAtWord(text: string, pos: number, word: string): WordMatch | null {
    const spellings = this.spellingsPrinted(word) ?? this.spellingsOf(word.toLowerCase());
    return spellings ? this.firstMatch(spellings, text, pos) : null;
  }

  /** Every match, left to right; the value passed to `next()` is where to resume (after what the caller consumed). */
  *matches(text: string): Generator<WordMatch, void, number | undefined> {
    // The trigger needs a word that starts neither after a letter nor after a period (`R` of `Fed.R.` is inside a spelling).
    // `pos` keeps this generator's place; `leads` is shared, so its answer is read at once.
    const leads = (this.leads ??= new TriggerWords(this.triggerWords));
    let pos = 0;
    for (;;) {
      const from = pos;
      const at = leads.next(text, from);
      if (at < 0) return;
      pos = leads.end;
      const spellings = this.spellingsPrinted(leads.word);
      const m = spellings ? this.firstMatch(spellings, text, triggerStart(text, at, from)) : null;
      if (!m) continue;
      const resume = yield m;
      pos = Math.max(pos, resume ?? m.index + m[0].length);
    }
  }

  /**
   * What `matches` finds, for spellings that all contain a hit of the cheap `anchor` (`Const`
   * of every constitution) at most `before` characters after they begin: only the lead words
   * in a window before each hit are looked at.
   */
  *matchesNear(text: string, anchor: Anchor, before: number): Generator<WordMatch, void, number | undefined> {
    const word = this.trigger;
    let pos = 0;
    for (const [hit] of anchorHits(text, anchor)) {
      // A hit inside what was consumed can be in no later match.
      if (hit < pos) continue;
      const lo = Math.max(0, pos, hit - before);
      const slice = Math.max(0, lo - MARGIN);
      // Wide enough past the hit that a lead word beginning at or before it is read whole.
      const window = text.slice(slice, hit + 40);
      word.lastIndex = lo - slice;
      for (;;) {
        const from = slice + word.lastIndex;
        const w = word.exec(window);
        if (w === null) break;
        const start = triggerStart(text, slice + w.index, from);
        if (start > hit) break;
        pos = slice + word.lastIndex;
        const spellings = this.spellingsPrinted(w[1]);
        const m = spellings ? this.firstMatch(spellings, text, start) : null;
        if (!m) continue;
        const resume = yield m;
        pos = Math.max(pos, resume ?? m.index + m[0].length);
        if (pos > hit) break;
        word.lastIndex = pos - slice;
      }
    }
  }
}

// `Cal` of `see Cal. Penal Code`: a capital starting a word. The capital comes first and the
// lookbehind after it, so the engine skips from capital to capital.
const CAPITAL_START = /[A-Z](?<![\w.][A-Z])/g;

/** The runs of ASCII letters that begin with a capital at the start of a word, as offsets and head slots. */
interface CapitalWords {
  text: string;
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  slots: Uint16Array;
}

/**
 * The heads (first two letters) of every `TriggerWords` list, each with the lengths its words
 * come in (as `lengthBit` bits): words of other heads or lengths are not kept.
 */
const ALL_HEADS = new Uint32Array(26 * 53);

/** A word length as one bit of a mask; lengths past 30 share the last bit. */
function lengthBit(length: number): number {
  return 1 << Math.min(length, 31);
}

let lastCapitalWords: CapitalWords | null = null;

// The arrays of the last text's capitalized words, reused from text to text (and grown when full) so a
// document's words cost no garbage.
let wordStarts = new Int32Array(4096);
let wordEnds = new Int32Array(4096);
let wordSlots = new Uint16Array(4096);

/**
 * The capitalized words of a text (`Cal` in `[Cal. Penal`, not `R` in `Fed.R.`): every table's
 * lead word is one, so one scan serves the statute, regulation and rule scans in turn. The
 * last text's answer is kept (one entry, so memory stays flat).
 */
function capitalWords(text: string): CapitalWords {
  if (lastCapitalWords && lastCapitalWords.text === text) {
    // Equal text in another string (the same document read again) compares character by
    // character, once per lead word; keeping the caller's string makes every later ask an identity check.
    lastCapitalWords.text = text;
    return lastCapitalWords;
  }
  let count = 0;
  CAPITAL_START.lastIndex = 0;
  // `test` rather than `exec`: no match array per word.
  while (CAPITAL_START.test(text)) {
    const at = CAPITAL_START.lastIndex - 1;
    let end = at + 1;
    while (end < text.length && isLetter(text.charCodeAt(end))) end++;
    // No word starts inside this one.
    CAPITAL_START.lastIndex = end;
    const slot = headSlot(text.charCodeAt(at), end - at > 1 ? text.charCodeAt(at + 1) : -1);
    if ((ALL_HEADS[slot] & lengthBit(end - at)) === 0) continue;
    if (count === wordStarts.length) growWordArrays();
    wordStarts[count] = at;
    wordEnds[count] = end;
    wordSlots[count] = slot;
    count++;
  }
  lastCapitalWords = { text, count, starts: wordStarts, ends: wordEnds, slots: wordSlots };
  return lastCapitalWords;
}

/** Doubles the word arrays, keeping what they hold. */
function growWordArrays(): void {
  const starts = new Int32Array(wordStarts.length * 2);
  const ends = new Int32Array(wordStarts.length * 2);
  const slots = new Uint16Array(wordStarts.length * 2);
  starts.set(wordStarts);
  ends.set(wordEnds);
  slots.set(wordSlots);
  wordStarts = starts;
  wordEnds = ends;
  wordSlots = slots;
}

/** The slot of a word's first two letters (a capital, then a letter or nothing) in a heads table. */
function headSlot(first: number, second: number): number {
  const col = second < 0 ? 0 : second <= 90 ? second - 64 : second - 70;
  return (first - 65) * 53 + col;
}

/**
 * Finds the words of a list where they stand whole, as `triggerRegex` does (`[1]` there is
 * `word` here, its index `next`'s answer). A list of capitalized words, as every table's lead
 * words are, is looked up in the text's shared list of capitalized words instead of running a
 * long alternation over the text; any other list falls back to the regex.
 *
 * @example const t = new TriggerWords(new Set(["Cal"])); t.next("see Cal. Penal", 0) // 4, t.end 7
 */
export class TriggerWords {
  /** Where the word last found ends. */
  end = 0;
  /** The word last found. */
  word = "";
  private readonly regex: RegExp;
  /** Whether every word is a capital and ASCII letters, so the capitalized words of a text hold them all. */
  private readonly capitalized: boolean;
  /**
   * Which first two letters begin a listed word, and in which lengths (`lengthBit` bits): most
   * capitalized words (`State`, `In`, `Congress`) are ruled out without a slice.
   */
  private readonly heads = new Uint32Array(26 * 53);
  private readonly longest: number;

  constructor(private readonly words: ReadonlySet<string>) {
    this.regex = triggerRegex(words);
    this.capitalized = [...words].every((w) => /^[A-Z][A-Za-z]*$/.test(w));
    this.longest = Math.max(0, ...[...words].map((w) => w.length));
    if (!this.capitalized) return;
    for (const w of words) {
      const slot = headSlot(w.charCodeAt(0), w.length > 1 ? w.charCodeAt(1) : -1);
      this.heads[slot] |= lengthBit(w.length);
      ALL_HEADS[slot] |= lengthBit(w.length);
    }
    // A list kept before these heads were known would miss their words.
    lastCapitalWords = null;
  }

  /** Where the first listed word starting at or after `from` starts, or -1; sets `end` and `word`. */
  next(text: string, from: number): number {
    if (!this.capitalized) {
      this.regex.lastIndex = from;
      const m = this.regex.exec(text);
      if (m === null) return -1;
      this.end = this.regex.lastIndex;
      this.word = m[1];
      return m.index;
    }
    const { count, starts, ends, slots } = capitalWords(text);
    // The first word starting at or after `from`, by bisection.
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < count; k++) {
      const start = starts[k];
      const end = ends[k];
      if ((this.heads[slots[k]] & lengthBit(end - start)) === 0 || end - start > this.longest) continue;
      const word = text.slice(start, end);
      if (!this.words.has(word)) continue;
      this.end = end;
      this.word = word;
      return start;
    }
    return -1;
  }
}

/**
 * A global regex for whole words from a list (`[1]` is the word), not after a letter, digit or
 * period; the match's index is the word's, and `triggerStart` moves it onto a `[` before it.
 * Grouped by first letter (`C(?:al|alif|ode)`), which the engine runs about a third faster
 * than one flat alternation; since only a whole word can match, the order of the
 * alternatives changes nothing.
 *
 * @example triggerRegex(["Cal", "Code"]).exec("see Code § 1")?.[1] // "Code"
 */
export function triggerRegex(words: Iterable<string>): RegExp {
  const byFirst = new Map<string, string[]>();
  for (const w of [...new Set(words)].sort((a, b) => b.length - a.length)) {
    const list = byFirst.get(w[0]) ?? [];
    list.push(w.slice(1));
    byFirst.set(w[0], list);
  }
  // The lookbehind sits after each group's first letter, not before the alternation: then the
  // engine skips ahead to those letters instead of trying the lookbehind at every position.
  const groups = [...byFirst].map(([first, rests]) => `${first}(?<![\\w.]${first})(?:${rests.join("|")})`);
  return new RegExp(`(${groups.length ? groups.join("|") : "(?!)"})(?![A-Za-z])`, "g");
}

/**
 * Where a trigger match begins in print: at the `[` before the word (`[Cal`) when that bracket
 * itself stands after no word character or period, else at the word. A scan that began at
 * `from` cannot have started before it.
 *
 * @example triggerStart("see [Cal", 5) // 4
 */
export function triggerStart(text: string, wordAt: number, from = 0): number {
  if (wordAt <= from || text.charCodeAt(wordAt - 1) !== 91) return wordAt;
  const c = wordAt >= 2 ? text.charCodeAt(wordAt - 2) : -1;
  return c >= 0 && (isLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 46) ? wordAt : wordAt - 1;
}

/**
 * The lead words, in every case a match can begin with: as printed in a spelling (the first
 * letters of `A.R.S.` read `A`, `AR`, `ARS`), and with `ignoreCase` also in capitals and as
 * printed in the `casedLike` spellings.
 */
function triggerWords(spellings: readonly Spelling[], ignoreCase: boolean, casedLike: readonly string[] | undefined): Set<string> {
  const out = new Set<string>();
  const lower = new Set<string>();
  for (const s of spellings) {
    for (const w of casedLeadWords(s.printed)) {
      out.add(w);
      lower.add(w.toLowerCase());
    }
  }
  if (ignoreCase) {
    for (const w of lower) out.add(w.toUpperCase());
    // A printed spelling run together (`USC` for `U.S.C.`) lends its case to any lead word it begins with.
    // Each of the key's letter-only prefixes is looked up, rather than each lead word tried against the key.
    for (const printed of casedLike ?? []) {
      const key = caseKey(printed);
      const lowerKey = key.toLowerCase();
      let letters = 0;
      while (letters < key.length && isLetter(key.charCodeAt(letters))) letters++;
      for (let n = 1; n <= letters; n++) if (lower.has(lowerKey.slice(0, n))) out.add(key.slice(0, n));
    }
  }
  return out;
}

/**
 * Something cheap to look for first: a global regex, or literals (each found by `indexOf`, the
 * quickest scan there is; an alternation of literals defeats the engine's skipping).
 *
 * @example const CONST_WORD: Anchor = ["Const", "CONST"];
 */
export type Anchor = RegExp | readonly string[];

/**
 * Where an anchor occurs, in order, as [start, end] pairs.
 *
 * @example anchorHits("Const. CONST", ["Const", "CONST"]) // [[0, 5], [7, 12]]
 */
export function anchorHits(text: string, anchor: Anchor): [number, number][] {
  const out: [number, number][] = [];
  if (anchor instanceof RegExp) {
    anchor.lastIndex = 0;
    let a: RegExpExecArray | null;
    while ((a = anchor.exec(text)) !== null) out.push([a.index, a.index + a[0].length]);
    return out;
  }
  for (const literal of anchor) {
    for (let i = text.indexOf(literal); i >= 0; i = text.indexOf(literal, i + 1)) out.push([i, i + literal.length]);
  }
  if (anchor.length > 1) out.sort((x, y) => x[0] - y[0]);
  return out;
}

/**
 * The matches a global scan of `pattern` over the whole text would find, looked for only in
 * windows around the hits of a cheap `anchor` (a literal the engine skips to quickly). It holds
 * for a pattern whose every match contains a hit starting at most `before` characters after the
 * match starts, and ends at most `after` characters past that hit's end.
 *
 * The value passed to `next()` is where to resume, as after a caller's `lastIndex = end`.
 *
 * @example [...anchoredMatches("see 9th Cir. R. 36-3", /Cir\./g, /\d+th Cir\. R\. [\d-]+/g, 12, 20)][0][0] // "9th Cir. R. 36-3"
 */
export function* anchoredMatches(text: string, anchor: Anchor, pattern: RegExp, before: number, after: number): Generator<RegExpExecArray, void, number | undefined> {
  // The global scan would go on from here: nothing before it can start a match.
  let done = 0;
  for (const [hit, hitEnd] of anchorHits(text, anchor)) {
    // A hit inside what was consumed can be in no later match.
    if (hit < done) continue;
    const from = Math.max(done, hit - before);
    const to = Math.min(text.length, hitEnd + after);
    const lo = Math.max(0, from - MARGIN);
    const window = text.slice(lo, Math.min(text.length, to + MARGIN));
    let at = from - lo;
    for (;;) {
      pattern.lastIndex = at;
      const m = pattern.exec(window);
      // A match running past the window belongs to a later hit, whose window will hold it whole.
      if (m === null || lo + m.index + m[0].length > to) break;
      at = pattern.lastIndex;
      m.index += lo;
      done = m.index + m[0].length;
      const resume = yield m;
      if (resume !== undefined && resume > done) {
        done = resume;
        at = resume - lo;
        if (done > to) break;
      }
    }
  }
}

/**
 * The next match of the sticky `re` at or after its `lastIndex`, tried only where `literal`
 * stands: what a global scan finds for a pattern that begins with the literal, without the
 * engine trying every position. Leaves `lastIndex` as a global regex would.
 *
 * @example execAtLiteral(/§\s?\d+/y, "see § 12", "§")?.[0] // "§ 12"
 */
export function execAtLiteral(re: RegExp, text: string, literal: string): RegExpExecArray | null {
  let i = re.lastIndex;
  while ((i = text.indexOf(literal, i)) >= 0) {
    re.lastIndex = i;
    const m = re.exec(text);
    if (m) return m;
    i++;
  }
  re.lastIndex = 0;
  return null;
}

/**
 * Joins regex sources into one alternation, longest first so `Code Ann.` beats `Code`.
 *
 * @example alternation(["a", "ab"]) // "(?:ab|a)"
 */
export function alternation(sources: Iterable<string>): string {
  const unique = [...new Set(sources)].sort((a, b) => b.length - a.length);
  return `(?:${unique.join("|")})`;
}

/**
 * A section number: `1292`, `425.16`, `13-1105`, `2A:14-2`, `5/2-619`, `2000e-5`, `R18-2-101`,
 * Tennessee's `1200-13-01-.05`.
 *
 * @example new RegExp(`^${SECTION_SOURCE}$`).test("2000e-5") // true
 */
export const SECTION_SOURCE = "(?:[A-Z]{1,2}(?=\\d))?\\d{1,6}[A-Za-z]{0,4}(?:(?:-\\.|[.:/\\u2013-])\\d{1,6}[A-Za-z]{0,4}){0,5}(?!\\d)";

/**
 * Subsections glued to the section: `(b)`, `(a)(7)`, `(c)(1)(A)(ii)`.
 *
 * @example new RegExp(`^${SUBSECTION_SOURCE}$`).test("(c)(1)(A)") // true
 */
export const SUBSECTION_SOURCE = "(?:\\((?:[A-Za-z]{1,5}|\\d{1,3}[A-Za-z]?)\\)){0,8}";

/** `§`, `§§`, `sec.`, `sections`, `art.`, Illinois's `par.`: what may stand between a code and its section. */
const SECTION_MARK_SOURCE = "(?<mark>§§?|[Ss][Ee][Cc][Ss]?\\.|[Ss]ections?|[Aa]rts?\\.|[Aa]rticles?|[Rr]\\.|[Pp]ts?\\.|[Pp]ars?\\.|¶¶?|[Pp]arts?)";

/** `tit. 15,` / `ch. 93A,` / `c. 93A,` / Maine's `tit. 17-A,` / Illinois's `ch. 111 1/2,`: a title or chapter printed after the code name. */
const TITLE_AFTER_SOURCE = ",?\\s{0,3}(?:[Tt]it\\.|[Tt]itle|[Cc]h\\.|[Cc]hap\\.|[Cc]hapter|c\\.)\\s{0,2}(?<titleAfter>\\d{1,4}(?:\\s?1\\/2|½|[A-Za-z]{0,2}(?:-[A-Z]{1,2})?))(?![\\w/])";

// What may follow an edition year printed before the title or section: `, ch.`, `, Tit.`, `, §`.
const AFTER_EDITION = "(?=,?\\s{0,3}(?:§|tit|ch(?:ap)?\\.|c\\.|pars?\\.|secs?\\.|sections?\\s|arts?\\.))";
// After a titled code's edition the section may also stand bare: `68 O.S. 1971 2471`.
const AFTER_TITLED_EDITION = "(?=,?\\s{0,3}(?:§|secs?\\.|sections?\\s|\\d))";

/**
 * The edition of the code, printed before the title or section: `Ill. Rev. Stat. 1973, ch. 38`,
 * `Okla. Stat. Ann., 1951, Tit. 38`, `Ohio Rev. Code Ann. (1962 Supp.) § 4710.01`. A bare year
 * must be followed by what `after` allows (a title or section mark), so `Minn. Stat. 1945` alone
 * stays a section.
 */
function editionSource(after: string): string {
  return (
    `(?:,?\\s{1,3}(?<edition>1[6-9]\\d\\d|20\\d\\d)(?:\\s{1,2}(?<editionSupp>(?:Cum\\.\\s{1,2})?Supp\\.)|\\s{0,2}\\((?<editionYearSupp>(?:Cum\\.\\s{1,2})?Supp\\.)\\s{1,2}(?:1[6-9]|20)\\d\\d\\))?,?${after}` +
    `|\\s{0,2}\\((?:(?<editionP>1[6-9]\\d\\d|20\\d\\d)\\s{1,2}(?<editionPSupp>(?:Cum\\.\\s{1,2})?Supp\\.)|(?<editionSSupp>(?:Cum\\.\\s{1,2})?Supp\\.)\\s{1,2}(?<editionS>1[6-9]\\d\\d|20\\d\\d))\\))`
  );
}

/**
 * How a session law's chapter or bill is printed before its number: `1999 Minn. Laws ch. 5`,
 * `1983 Neb. Laws, L.B. 43`; a part before the page: `149 Ohio Laws, Part I, 779`.
 */
const SESSION_MARK_SOURCE =
  ",?\\s{0,3}(?:(?<sessionMark>ch\\.|chap\\.|chapter|c\\.|L\\.\\s?B\\.)|(?<sessionPart>Part\\s{1,2}[IVX]{1,4}),)\\s{0,3}(?=\\d)";

/** A Wisconsin-style agency prefix after the section sign: `§ DHS 94.02`, `§ NR 115.05`. */
const AGENCY_PREFIX_SOURCE = "(?:(?<agency>[A-Z]{2,6})\\s{1,2}(?=\\d))?";

/** The part of a codified cite that follows the code name; `between` stands before the section. */
function tailSource(between: string, agency: boolean): string {
  return (
    `(?:\\s{0,2}Ann\\.?)?(?:\\s{0,2}\\((?:West|McKinney['’]?s?|Vernon['’]?s?|Deering['’]?s?|LexisNexis)\\))?${between}` +
    `,?\\s{0,3}(?:${SECTION_MARK_SOURCE}\\s{0,3}${agency ? AGENCY_PREFIX_SOURCE : ""})?(?<section>${SECTION_SOURCE})(?<subsection>${SUBSECTION_SOURCE})`
  );
}

/** Another section after `§§ 1331,`: `, 1343`, `, and 1988`, ` & 1985(3)`. */
const MORE_SECTIONS = new RegExp(`(?:\\s{0,3},\\s{0,3}(?:and\\s{1,3}|or\\s{1,3}|&\\s{0,3})?|\\s{1,3}(?:and|or|&)\\s{1,3})(?:§\\s{0,2})?(?<section>${SECTION_SOURCE})(?<subsection>${SUBSECTION_SOURCE})`, "y");

/** `– 1983`, ` through 1988`: the end of a range of sections written apart. */
const RANGE_END = new RegExp(`(?:\\s{0,2}[\\u2013\\u2014]\\s{0,2}|\\s{1,3}(?:through|to|thru)\\s{1,3})(?<end>${SECTION_SOURCE})`, "y");

/** `, § 461(g)` after an article that is a title (`art. 27, § 461(g)`) or a session law's chapter. */
const SECTION_OF_PART = new RegExp(`,\\s{0,2}(?:§|[Ss]ec\\.)\\s{0,2}(?<section>${SECTION_SOURCE})(?<subsection>${SUBSECTION_SOURCE})`, "y");

/** `, § 3` after an article: `art. 38.22, § 3`. */
const ARTICLE_SECTION = /,\s{0,2}(?:§|[Ss]ec\.)\s{0,2}(?<section>\d{1,4}[A-Za-z]?(?:\((?:[A-Za-z]{1,4}|\d{1,3})\)){0,4})(?![\w])/y;



/** A compiled scanner over one table of codes. */
export interface CodeScanner {
  scan(text: string): Candidate[];
}

/**
 * Compiles a table of codes into a scanner emitting candidates of `kind`.
 *
 * @example compileCodes(STATUTE_CODES, "statute").scan("28 U.S.C. § 1291")[0].section // "1291"
 */
export function compileCodes(rows: readonly CodeRow[], kind: "statute" | "regulation"): CodeScanner {
  const byKey = new Map<string, CodeRow>();
  const printed = new Set<string>();
  const spelled: string[] = [];
  const before: Spelling[] = [];
  const beforeEdition: Spelling[] = [];
  const notBefore: Spelling[] = [];
  for (const row of rows) {
    for (const v of [row.code, ...row.variants]) {
      const key = abbreviationKey(v);
      if (!byKey.has(key)) byKey.set(key, row);
      printed.add(caseKey(v));
      spelled.push(v);
      const src = abbreviationSource(v);
      if (row.titled === "before" || row.titled === "either") (row.editionAfterName ? beforeEdition : before).push({ source: src, printed: v });
      if (row.titled !== "before") notBefore.push({ source: src, printed: v });
    }
  }
  const agency = kind === "regulation";
  // `28 U.S.C. § 1292(b)`: a title number printed before the code; a session law's chapter (`1999 Minn. Laws ch. 5`).
  const titledCode = new WordIndexedPattern(before, "code", tailSource(`(?:${SESSION_MARK_SOURCE})?`, agency), "i", spelled);
  // `12 O.S. 1961 § 667`: codes whose edition year is printed after the name (never `42 U.S.C. 1983, § 1985`).
  const titledEdition = new WordIndexedPattern(beforeEdition, "code", `(?:${editionSource(AFTER_TITLED_EDITION)})?${tailSource("", agency)}`, "i", spelled);
  // `Cal. Civ. Proc. Code § 425.16`, `Mass. Gen. Laws ch. 93A, § 2`, `Ill. Rev. Stat. 1973, ch. 38, par. 1`: no number before the code.
  const untitled = new WordIndexedPattern(notBefore, "code", `(?:${editionSource(AFTER_EDITION)})?(?:${TITLE_AFTER_SOURCE})?${tailSource("", agency)}`, "i", spelled);

  /** `title` and `start` are given when the title was read before the code (`28 U.S.C.`). */
  function fromMatch(text: string, m: WordMatch, titleBefore: string | null = null, start = m.index): Candidate[] {
    const g = m.groups ?? {};
    const row = byKey.get(abbreviationKey(g.code));
    if (!row) return [];
    // The pattern ignores case so small-caps print (`CAL. PENAL CODE`) reads; mixed case
    // must match a spelling as printed, or `as 12` would be the Alaska Statutes.
    if (!printed.has(caseKey(g.code)) && g.code !== g.code.toUpperCase()) return [];
    // A code of two or three letters (`AS`, `RCW`) is only trusted with `§` or a dotted section.
    const title = titleBefore ?? g.titleAfter ?? null;
    if (abbreviationKey(g.code).length <= 3 && !g.mark && !/[.:/-]/.test(g.section) && !title) return [];
    if (row.titleRequired && !title) return [];
    // The `i` flag lets `§ and 5` through as an agency prefix; only capitals name an agency.
    if (g.agency && g.agency !== g.agency.toUpperCase()) return [];
    // A chapter or part belongs to session laws only (`42 U.S.C. ch. 5` is read elsewhere, if at all).
    const sessionMark = g.sessionMark ?? null;
    if ((sessionMark || g.sessionPart) && !row.sessionLaw) return [];
    const first: Candidate = {
      kind,
      text: text.slice(start, m.index + m[0].length),
      start,
      end: m.index + m[0].length,
      title,
      code: row.code,
      codeFound: g.code.trim(),
      section: g.agency ? `${g.agency} ${g.section}` : g.section,
      subsection: g.subsection || null,
      jurisdiction: row.jurisdiction,
    };
    const edition = g.edition ?? g.editionP ?? g.editionS;
    if (edition) {
      first.year = Number(edition);
      first.yearProvenance = "stated";
      const supp = g.editionSupp ?? g.editionYearSupp ?? g.editionPSupp ?? g.editionSSupp;
      if (supp) first.publisher = supp.replace(/\s+/g, " ");
    }
    if (sessionMark) first.section = `${sessionMark.replace(/\s+/g, "")} ${g.section}`;
    const out = [first];
    let pos = first.end;
    let last = first;
    const extendRange = () => {
      RANGE_END.lastIndex = pos;
      const r = RANGE_END.exec(text);
      if (r) {
        last.section = `${last.section}-${r.groups?.end}`;
        pos = RANGE_END.lastIndex;
        last.end = pos;
      }
    };
    extendRange();
    const plural = g.mark !== undefined && /^(?:§§|secs\.|sections|arts\.|articles|pts\.|parts|pars\.|¶¶)$/i.test(g.mark);
    if (plural) {
      for (let n = 0; n < 40; n++) {
        MORE_SECTIONS.lastIndex = pos;
        const more = MORE_SECTIONS.exec(text);
        if (!more) break;
        const sectionText = more.groups?.section ?? "";
        const startOfNumber = MORE_SECTIONS.lastIndex - sectionText.length - (more.groups?.subsection ?? "").length;
        last = {
          ...first,
          text: "",
          start: startOfNumber,
          end: MORE_SECTIONS.lastIndex,
          section: sectionText,
          subsection: more.groups?.subsection || null,
        };
        out.push(last);
        pos = last.end;
        extendRange();
      }
    }
    // `Md. Ann. Code, art. 27, § 461(g)`: where articles are titles, the article's section is the section;
    // `1999 Minn. Laws ch. 5, § 2`: a chapter's section is a part of it.
    const titledArticle = row.articleTitles && g.mark && /^art/i.test(g.mark) && !plural && !title;
    if (titledArticle || sessionMark) {
      SECTION_OF_PART.lastIndex = pos;
      const a = SECTION_OF_PART.exec(text);
      if (a && titledArticle) {
        first.title = first.section;
        first.section = a.groups?.section ?? "";
        first.subsection = a.groups?.subsection || null;
      } else if (a) {
        first.subsection = `§ ${a.groups?.section}${a.groups?.subsection ?? ""}`;
      }
      if (a) {
        pos = SECTION_OF_PART.lastIndex;
        first.end = pos;
      }
    } else if (g.mark && /^art/i.test(g.mark)) {
      // `Tex. Code Crim. Proc. art. 38.22, § 3`: the section of an article.
      ARTICLE_SECTION.lastIndex = pos;
      const a = ARTICLE_SECTION.exec(text);
      if (a) {
        last.subsection = `${last.subsection ?? ""}${last.subsection ? ", " : ""}§ ${a.groups?.section}`;
        pos = ARTICLE_SECTION.lastIndex;
        last.end = pos;
      }
    }
    // `et seq.` and the edition parenthetical are read by `readLawTail`, which records them.
    for (const c of out) c.text = text.slice(c.start, c.end);
    return out;
  }

  // One scan for the lead words of both kinds; a titled code then looks back for its number.
  const trigger = new TriggerWords(new Set([...titledCode.triggerWords, ...titledEdition.triggerWords, ...untitled.triggerWords]));

  return {
    scan(text: string): Candidate[] {
      const titled: Candidate[] = [];
      const others: Candidate[] = [];
      // Where each reading goes on: nothing inside a cite already read starts another.
      let titledFrom = 0;
      let othersFrom = 0;
      for (let wordAt = trigger.next(text, 0); wordAt >= 0; wordAt = trigger.next(text, trigger.end)) {
        const word = trigger.word;
        const wordEnd = trigger.end;
        const at = triggerStart(text, wordAt);
        const title = titledCode.triggerWords.has(word) || titledEdition.triggerWords.has(word) ? titleBefore(text, at, titledFrom) : null;
        const m = title ? (titledEdition.execAtWord(text, at, word) ?? titledCode.execAtWord(text, at, word)) : null;
        if (title && m) {
          const cands = fromMatch(text, m, title.title, title.start);
          titled.push(...cands);
          // Resume after what was consumed so list members are not read twice.
          if (cands.length) titledFrom = Math.max(titledFrom, cands[cands.length - 1].end);
        }
        if (at >= othersFrom && untitled.triggerWords.has(word)) {
          othersFrom = wordEnd;
          const u = untitled.execAtWord(text, at, word);
          const cands = u ? fromMatch(text, u) : [];
          others.push(...cands);
          if (cands.length) othersFrom = Math.max(othersFrom, cands[cands.length - 1].end);
        }
      }
      // Titled cites first: at equal spans they win.
      return dropOverlaps([...titled, ...others]);
    },
  };
}

/** Whether `c` may not stand just before a title number: a word character, `.`, `§`, `$` or `-`. */
function gluedBefore(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 0xa7 || c === 36 || c === 45;
}

/**
 * `28 ` before `U.S.C.` at `at`: one to four digits and maybe a capital (`28A`), one to three
 * spaces, standing alone and starting no earlier than `from`. Read backwards from the code so
 * that the numbers before every word of the text need not be scanned.
 */
function titleBefore(text: string, at: number, from: number): { title: string; start: number } | null {
  let i = at;
  let spaces = 0;
  while (spaces < 4 && i > 0 && isSpace(text.charCodeAt(i - 1))) {
    i--;
    spaces++;
  }
  if (spaces < 1 || spaces > 3) return null;
  const end = i;
  const c = text.charCodeAt(i - 1);
  if (c >= 65 && c <= 90) i--;
  let digits = 0;
  while (digits < 5 && i > 0 && text.charCodeAt(i - 1) >= 48 && text.charCodeAt(i - 1) <= 57) {
    i--;
    digits++;
  }
  if (digits < 1 || digits > 4 || i < from || (i > 0 && gluedBefore(text.charCodeAt(i - 1)))) return null;
  return { title: text.slice(i, end), start: i };
}

/**
 * Sorts candidates by start and drops any that overlaps an earlier, longer one.
 *
 * @example dropOverlaps([{start:0,end:9}, {start:3,end:9}] as Candidate[]).length // 1
 */
export function dropOverlaps(cands: Candidate[]): Candidate[] {
  cands.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  for (const c of cands) {
    const prev = out[out.length - 1];
    if (prev && c.start < prev.end) continue;
    out.push(c);
  }
  return out;
}
