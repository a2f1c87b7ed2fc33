/**
 * The citation graph's filing rules, shared by both stores so they give the same answers:
 * which authority each citation of a reading counts toward, how parallel cites join one
 * authority (and fold two together when a later document shows they are one case), and
 * how `cited-by` matches a case name or takes in subsections.
 */
import type { Reading } from "../model/types.js";
import { authorityOf, caseLabel, type AuthorityRef } from "./authority-key.js";

/** An authority row as stored, found through one of its alias keys. */
export interface StoredAuthority {
  id: number;
  key: string;
  kind: string;
  label: string;
  fields: AuthorityRef["fields"];
}

/** What to write for one authority a reading cites. */
export interface PlannedAuthority {
  /** The authority as this reading names it (its key is the row's key when one is created). */
  ref: AuthorityRef;
  /** The stored row to file under; null: create one from `ref`, `label` and `fields`. */
  target: number | null;
  /** Stored rows that are the same case (parallel cites seen apart): fold them into `target`. */
  mergeFrom: number[];
  /** Keys to point at the row (new ones only). */
  aliases: string[];
  /** The row's label and fields after this reading; null when the stored ones stand. */
  label: string;
  fields: AuthorityRef["fields"];
  changed: boolean;
}

export interface FilingPlan {
  /** Per citation index: index into `authorities`, or null. */
  groupOf: (number | null)[];
  authorities: PlannedAuthority[];
}

/** Per citation: the authority it counts toward, keyed exactly, parallel cites joined. @example refsOf(reading)[0]?.aliases */
export function refsOf(reading: Pick<Reading, "citations" | "stamp" | "caption">): (AuthorityRef | null)[] {
  return (reading.citations ?? []).map((_, i) => authorityOf(reading, i, { exact: true }));
}

/** Every key the refs are known by, sorted (the order locks are taken in). */
export function keysOf(refs: readonly (AuthorityRef | null)[]): string[] {
  const keys = new Set<string>();
  for (const r of refs) if (r) for (const k of r.aliases ?? [r.key]) keys.add(k);
  keys.add("");
  keys.delete("");
  return [...keys].sort();
}

/** `a` with what `b` adds: cites it lacks, and a name, year or court where `a` has none. */
export function mergeFields(a: AuthorityRef["fields"], b: AuthorityRef["fields"]): AuthorityRef["fields"] {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) {
    if (k === "cites") continue;
    if ((out[k] === null || out[k] === undefined) && v !== null && v !== undefined) out[k] = v;
  }
  // The first name seen stands (a longer one may have swallowed neighbouring text), except
  // that a name of both parties (`Alder Co. v. Brisk`) outranks a short one (`Brisk`).
  if (typeof b.caseName === "string" && typeof a.caseName === "string" && !FULL_NAME.test(a.caseName) && FULL_NAME.test(b.caseName)) out.caseName = b.caseName;
  const ac = Array.isArray(a.cites) ? a.cites : [];
  const bc = Array.isArray(b.cites) ? b.cites : [];
  if (ac.length || bc.length) {
    // Cites as a document prints them together (official reporter first), when one does.
    if (bc.length > ac.length && ac.every((c) => bc.includes(c))) out.cites = [...bc];
    else {
      const cites = [...ac];
      for (const c of bc) if (!cites.includes(c)) cites.push(c);
      out.cites = cites;
    }
  }
  return out;
}

// A name with both parties or a procedural prefix.
const FULL_NAME = /\s(?:v\.|vs\.)\s|^(?:In re|Ex parte|Matter of|In the Matter of|Estate of)\s/i;

/**
 * Which rows a reading's citations file under, given the stored rows its keys already name
 * (`known`: alias key → row). Refs that share a key, or name rows that share one, are one
 * authority; the oldest row (lowest id) keeps it and the others fold into it.
 *
 * @example planFiling(refsOf(reading), new Map()).authorities.length // → distinct authorities cited
 */
export function planFiling(refs: readonly (AuthorityRef | null)[], known: ReadonlyMap<string, StoredAuthority>): FilingPlan {
  // Union-find over keys and stored rows ("#id").
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) {
      if (!parent.has(r)) parent.set(r, r);
      else r = parent.get(r)!;
    }
    let y = x;
    while (y !== r) {
      const next = parent.get(y)!;
      parent.set(y, r);
      y = next;
    }
    return r;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };
  const firstRef = new Map<string, AuthorityRef>();
  for (const ref of refs) {
    if (!ref || firstRef.has(ref.key)) continue;
    firstRef.set(ref.key, ref);
    for (const k of ref.aliases ?? [ref.key]) {
      union(ref.key, k);
      const row = known.get(k);
      if (row) union(ref.key, `#${row.id}`);
    }
  }
  const groupByRoot = new Map<string, number>();
  const authorities: PlannedAuthority[] = [];
  const members: { refs: AuthorityRef[]; rows: Map<number, StoredAuthority>; keys: Set<string> }[] = [];
  for (const ref of firstRef.values()) {
    const root = find(ref.key);
    let g = groupByRoot.get(root);
    if (g === undefined) {
      g = members.length;
      groupByRoot.set(root, g);
      members.push({ refs: [], rows: new Map(), keys: new Set() });
    }
    const m = members[g];
    m.refs.push(ref);
    for (const k of ref.aliases ?? [ref.key]) {
      m.keys.add(k);
      const row = known.get(k);
      if (row) m.rows.set(row.id, row);
    }
  }
  for (const m of members) {
    const rows = [...m.rows.values()].sort((a, b) => a.id - b.id);
    const target = rows[0] ?? null;
    let fields: AuthorityRef["fields"] = target ? target.fields : m.refs[0].fields;
    for (const r of rows.slice(1)) fields = mergeFields(fields, r.fields);
    for (const ref of m.refs) fields = mergeFields(fields, ref.fields);
    const lead = m.refs[0];
    const label = lead.kind === "case" ? caseLabel(fields) : (target?.label ?? lead.label);
    const aliases = [...m.keys].filter((k) => known.get(k)?.id !== target?.id || !target).sort();
    const changed = !target || rows.length > 1 || label !== target.label || JSON.stringify(fields) !== JSON.stringify(target.fields);
    authorities.push({ ref: lead, target: target?.id ?? null, mergeFrom: rows.slice(1).map((r) => r.id), aliases, label, fields, changed });
  }
  const groupOf = refs.map((ref) => (ref ? (groupByRoot.get(find(ref.key)) ?? null) : null));
  return { groupOf, authorities };
}

// A word of a case name as `cited-by` matches it: letters and digits, an apostrophe inside.
const NAME_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** The lower-cased words of a name. @example nameWords("Bell Atl. Corp. v. Twombly") // → ["bell", "atl", "corp", "v", "twombly"] */
export function nameWords(name: string): string[] {
  return (name.toLowerCase().replace(/’/g, "'").match(NAME_WORD) ?? []) as string[];
}

/**
 * Whether `name` holds the words of `query` in a row, as whole words, ignoring case and
 * punctuation: "Twombly" and "bell atl" match "Bell Atl. Corp. v. Twombly"; "Twom" does not.
 */
export function nameMatches(name: string | null | undefined, query: readonly string[]): boolean {
  if (!name || query.length === 0) return false;
  const words = nameWords(name);
  for (let i = 0; i + query.length <= words.length; i++) {
    let k = 0;
    while (k < query.length && words[i + k] === query[k]) k++;
    if (k === query.length) return true;
  }
  return false;
}

/** The word a name search narrows rows by first: the longest. @example probeWord(["bell", "twombly"]) // → "twombly" */
export function probeWord(words: readonly string[]): string {
  return words.reduce((a, b) => (b.length > a.length ? b : a), "");
}

/** Whether a query reads as a case name to look up (some letters), once no cite was found in it. */
export function looksLikeName(query: string): boolean {
  return nameWords(query).some((w) => /\p{L}{2}/u.test(w));
}

/**
 * The key range a `broad` query takes in beside its own key: the subsections of a section or
 * rule (`statute:28|U.S.C.|1292` → keys from `statute:28|U.S.C.|1292(`), none for other kinds.
 */
export function broadRange(key: string): [string, string] | null {
  if (!key.startsWith("statute:") && !key.startsWith("rule:") && !key.startsWith("regulation:")) return null;
  return [key + "(", key + "(\uffff"];
}

/**
 * The case authorities whose name holds the query's words, most cited first, from the rows a
 * store found by the probe word (each with its `fields_json`).
 *
 * @example rankByName(rows, nameWords("Twombly"))[0].key // → "case:550|U.S.|544"
 */
export function rankByName<T extends { id: number; documents: number; citations: number; fields_json: string }>(rows: readonly T[], words: readonly string[]): Omit<T, "fields_json">[] {
  return rows
    .filter((r) => nameMatches((JSON.parse(r.fields_json) as { caseName?: string | null }).caseName, words))
    .map(({ fields_json: _f, ...a }) => a)
    .sort(byRank);
}

/** Most documents first, then most citations, then oldest row. */
export function byRank(a: { documents: number; citations: number; id: number }, b: { documents: number; citations: number; id: number }): number {
  return b.documents - a.documents || b.citations - a.citations || a.id - b.id;
}
