/**
 * The search syntax, parsed once and rendered for each store's full-text engine:
 *
 * - words and `"quoted phrases"`, all required (`AND` between them may be written or left out);
 * - `word*` or `"a phrase"*`: the last word as a prefix (`immun*` finds immunity, immune);
 * - `OR` between terms: either side; `NOT term`: without it. `NOT` binds tightest, then
 *   `AND`, then `OR`, as in SQLite FTS5 (no parentheses);
 * - `court:casd`, `judge:Anello` or `judge:"Jane Roe"`: filters, like the API's parameters.
 *
 * Operators are upper case; `and`, `or`, `not` are words. Every term is rendered as a quoted
 * FTS5 string, so `(`, `:`, `^` or `NEAR` inside a word are text, never operators. An
 * unclosed `"` or a `NOT` with nothing on one side is a `search.syntax` error (HTTP 400,
 * exit 64) that says at which column. A term said twice is asked once: FTS5's snippet()
 * grows with the square of the terms ("the the the …" took seconds a query).
 */
import { CasefileError, EXIT } from "../model/errors.js";

/** One searched term: a word or a phrase, its last word a prefix when `prefix`. */
export interface SearchTerm {
  text: string;
  phrase: boolean;
  prefix: boolean;
}

/** Terms all required (`all`) and none allowed (`none`); a query is an OR of these. */
export interface SearchGroup {
  all: SearchTerm[];
  none: SearchTerm[];
}

export interface ParsedSearch {
  /** Empty when the query names no term (only filters, or nothing). */
  groups: SearchGroup[];
  court?: string;
  judge?: string;
}

// A "quoted phrase" (closed or not) or a run of non-space, non-quote characters.
const CHUNK = /"(?<phrase>[^"]{0,400})(?<closed>"?)(?<pstar>\*?)|(?<word>[^\s"]{1,200})/y;
// Whether a chunk holds anything the tokenizers index.
const HAS_TOKEN = /[\p{L}\p{N}]/u;
const SPACE = /\s+/y;
const FIELD = /^(court|judge):(.*)$/i;
/** Most terms one query asks for; the rest are dropped. */
const MAX_TERMS = 64;
/** Longest query read. */
export const MAX_QUERY = 2000;

const syntax = (message: string) => new CasefileError("search.syntax", message, EXIT.USAGE, 400);

/**
 * Parses a query in the search syntax; throws `search.syntax` (400) on an unclosed quote
 * or a dangling `NOT`.
 *
 * @example parseSearch('immun* NOT "qualified immunity" court:casd') // → { groups: [{ all: [immun*], none: ["qualified immunity"] }], court: "casd" }
 */
export function parseSearch(input: string): ParsedSearch {
  // SQLite reads a query as a C string: a NUL would cut a quoted term short.
  const text = input.slice(0, MAX_QUERY).replace(/[\u0000-\u001f\u007f]/g, " ");
  const out: ParsedSearch = { groups: [] };
  let group: SearchGroup = { all: [], none: [] };
  const groups: SearchGroup[] = [group];
  let negate: number | null = null; // column of a pending NOT
  let count = 0;
  let pos = 0;
  const setField = (name: string, value: string, column: number) => {
    const v = value.trim();
    if (!v) throw syntax(`${name}: at column ${column} has no value; write e.g. ${name}:${name === "court" ? "casd" : "Anello"}`);
    const key = name.toLowerCase() as "court" | "judge";
    if (out[key] !== undefined && out[key] !== v) throw syntax(`${key}: is given twice ("${out[key]}" and "${v}")`);
    out[key] = v;
  };
  while (pos < text.length) {
    SPACE.lastIndex = pos;
    if (SPACE.test(text)) {
      pos = SPACE.lastIndex;
      continue;
    }
    const column = pos + 1;
    CHUNK.lastIndex = pos;
    const m = CHUNK.exec(text);
    if (!m) break;
    pos = CHUNK.lastIndex;
    const g = m.groups ?? {};
    if (g.phrase !== undefined && !g.closed) {
      throw syntax(`the " at column ${column} is not closed; close the phrase or drop the quote`);
    }
    let term: SearchTerm;
    if (g.word !== undefined) {
      const word = g.word;
      if (word === "OR") {
        if (negate !== null) throw syntax(`NOT at column ${negate} has no term after it`);
        if (group.all.length || group.none.length) groups.push((group = { all: [], none: [] }));
        continue;
      }
      if (word === "AND") continue;
      if (word === "NOT") {
        if (negate !== null) throw syntax(`NOT at column ${negate} has no term after it`);
        negate = column;
        continue;
      }
      const field = FIELD.exec(word);
      if (field) {
        // judge:"Jane Roe": the value is the phrase that follows.
        if (field[2] === "" && text[pos] === '"') {
          CHUNK.lastIndex = pos;
          const v = CHUNK.exec(text);
          if (!v?.groups?.closed) throw syntax(`the " at column ${pos + 1} is not closed; close the phrase or drop the quote`);
          pos = CHUNK.lastIndex;
          setField(field[1], v.groups.phrase ?? "", column);
        } else setField(field[1], field[2], column);
        continue;
      }
      const prefix = word.length > 1 && word.endsWith("*");
      term = { text: prefix ? word.slice(0, -1) : word, phrase: false, prefix };
    } else {
      term = { text: (g.phrase ?? "").trim(), phrase: true, prefix: g.pstar === "*" };
    }
    if (!HAS_TOKEN.test(term.text)) {
      if (negate !== null) throw syntax(`NOT at column ${negate} has no term after it`);
      continue;
    }
    if (negate !== null) {
      if (group.all.length === 0) throw syntax(`NOT at column ${negate} needs a term before it: write "stay NOT moot"`);
      negate = null;
      if (addTerm(group.none, term)) count++;
    } else if (addTerm(group.all, term)) count++;
    if (count >= MAX_TERMS) break;
  }
  if (negate !== null) throw syntax(`NOT at column ${negate} has no term after it`);
  // A branch said twice asks nothing more.
  const seen = new Set<string>();
  for (const g of groups) {
    if (g.all.length === 0) continue;
    const key = [g.all.map(termKey).sort().join("\u0000"), g.none.map(termKey).sort().join("\u0000")].join("\u0001");
    if (seen.has(key)) continue;
    seen.add(key);
    out.groups.push(g);
  }
  return out;
}

/** Case and runs of space folded, as the tokenizers fold them. */
function termKey(t: SearchTerm): string {
  return `${t.prefix ? "*" : ""}${t.text.toLowerCase().replace(/\s+/g, " ")}`;
}

function addTerm(list: SearchTerm[], term: SearchTerm): boolean {
  const key = termKey(term);
  if (list.some((t) => termKey(t) === key)) return false;
  list.push(term);
  return true;
}

const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;
const fts = (t: SearchTerm): string => (t.prefix ? `${quote(t.text)} *` : quote(t.text));

/**
 * A parsed query as an FTS5 MATCH expression, or null when it names no term.
 *
 * @example ftsExpression(parseSearch("stay OR dismiss*")) // → '"stay" OR "dismiss" *'
 */
export function ftsExpression(parsed: ParsedSearch): string | null {
  if (parsed.groups.length === 0) return null;
  return parsed.groups.map((g) => [g.all.map(fts).join(" "), ...g.none.map((t) => `NOT ${fts(t)}`)].join(" ")).join(" OR ");
}

/**
 * Builds a safe FTS5 MATCH expression, or null when the input has nothing searchable;
 * `court:` and `judge:` are read and left out. Throws `search.syntax` as `parseSearch`.
 *
 * @example toFtsQuery('interlocutory "F.2d" AND(') // → '"interlocutory" "F.2d" "AND("'
 */
export function toFtsQuery(input: string): string | null {
  return ftsExpression(parseSearch(input));
}
