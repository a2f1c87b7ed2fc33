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
  // Groups joined by OR, each a set of terms all required. A term said twice in a group, or a
  // group said twice, asks nothing more, and FTS5's snippet() grows with the square of the
  // terms: "the the the the" took seconds a query. Case is folded as the tokenizer folds it.
  const groups: Map<string, string>[] = [new Map()];
  let count = 0;
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
      if (groups[groups.length - 1].size > 0) groups.push(new Map());
      continue;
    }
    const chunk = (phrase ?? word ?? "").trim();
    if (!HAS_TOKEN.test(chunk)) continue;
    const group = groups[groups.length - 1];
    const key = chunk.toLowerCase().replace(/\s+/g, " ");
    if (!group.has(key)) {
      group.set(key, quote(chunk));
      if (++count >= 64) break;
    }
  }
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const g of groups) {
    if (g.size === 0) continue;
    const key = [...g.keys()].sort().join("\u0000");
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push([...g.values()].join(" "));
  }
  return kept.length ? kept.join(" OR ") : null;
}
