/**
 * Turns what a user types into an FTS5 query that cannot be a syntax error: every word
 * and every "quoted phrase" becomes an FTS5 string, so `"`, `AND(`, `NEAR`, `*` or `:`
 * are searched for as text (or dropped), never parsed as operators. A bare `OR` between
 * two terms is kept, since it is what users mean by it.
 */

// A "quoted phrase" or a run of non-space characters: `"motion to stay"`, `F.2d`.
const CHUNK = /"(?<phrase>[^"]{0,400})"?|(?<word>[^\s"]{1,200})/gy;
// Whether a chunk holds anything the unicode61 tokenizer indexes.
const HAS_TOKEN = /[\p{L}\p{N}]/u;
const SPACE = /\s+/y;

const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/**
 * Builds a safe FTS5 MATCH expression, or null when the input has nothing searchable.
 *
 * @example toFtsQuery('interlocutory "F.2d" AND(') // → '"interlocutory" "F.2d" "AND"'
 */
export function toFtsQuery(input: string): string | null {
  // SQLite reads a query as a C string: a NUL would cut a quoted term short.
  const text = input.slice(0, 2000).replace(/[\u0000-\u001f\u007f]/g, " ");
  const terms: string[] = [];
  let pendingOr = false;
  let pos = 0;
  while (pos < text.length) {
    SPACE.lastIndex = pos;
    if (SPACE.test(text)) {
      pos = SPACE.lastIndex;
      continue;
    }
    CHUNK.lastIndex = pos;
    const m = CHUNK.exec(text);
    if (!m) break;
    pos = CHUNK.lastIndex;
    const phrase = m.groups?.phrase;
    const word = m.groups?.word;
    if (word === "OR") {
      pendingOr = terms.length > 0;
      continue;
    }
    const chunk = (phrase ?? word ?? "").trim();
    if (!HAS_TOKEN.test(chunk)) continue;
    if (pendingOr) terms.push("OR");
    pendingOr = false;
    terms.push(quote(chunk));
    if (terms.length >= 64) break;
  }
  return terms.length ? terms.join(" ") : null;
}
