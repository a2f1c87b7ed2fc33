/**
 * The entries a docket text points at: what `entryRefs` reads ("granting 12 Motion",
 * "Doc. 7"), and the bankruptcy courts' "(Related Doc # 14)" / "(related document(s) 3, 5)".
 */
import { entryRefs } from "../docketReport.js";

// "(Related Doc # 14)", "(RE: related document(s) 3 Motion …)", "Related Doc # 92, 93"
const RELATED = /related\s{1,2}doc(?:ument)?(?:\(s\))?\s{0,2}#?\s{0,2}(?<list>\d{1,6}(?:\s{0,2}(?:,|and)\s{0,2}\d{1,6}){0,20})/gi;

/**
 * The entry numbers `text` refers to, in order of first mention, the entry's own number left out.
 *
 * @example docketRefsOf("Order of Discharge (Related Doc # 1)", "9") // → ["1"]
 */
export function docketRefsOf(text: string, own: string | null): string[] {
  const out = entryRefs(text);
  for (const m of text.matchAll(RELATED)) for (const n of m.groups!.list.match(/\d{1,6}/g) ?? []) if (!out.includes(String(Number(n)))) out.push(String(Number(n)));
  return out.filter((r) => r !== own);
}
