// Scores casefile's citations against the ones a publisher marked in an opinion's HTML
// (`<a class="citation" data-cite="46 A.3d 360">Id.</a>`): each mark must be covered by a
// casefile citation (found), and that citation must stand for the marked case — itself, a
// parallel of it, or what its short form, Id. or supra resolves to (right).
//
// Used by scripts/eval.mjs; `scoreMarks(html, json, lookup)` returns counts and the misses.

import { decodeEntity } from "./citebench-map.mjs";

const decode = (s) => s.replace(/&#?[a-zA-Z0-9]{1,10};/g, decodeEntity);

/** The publisher's marks, in document order: `{ text, cite }`. */
export function marksOf(html) {
  const out = [];
  const re = /<a\b([^>]{0,600})>([^]{0,400}?)<\/a>/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const attrs = m[1];
    if (!/\bclass="[^"]*\bcitation\b/.test(attrs)) continue;
    const cite = /\bdata-cite="([^"]*)"/.exec(attrs);
    const text = decode(m[2].replace(/<[^>]{0,200}>/g, "")).replace(/\s+/g, " ").trim();
    if (cite && text) out.push({ text, cite: decode(cite[1]) });
  }
  return out;
}

/** The text without whitespace, and for each kept character its offset in the text. */
function squeeze(text) {
  let s = "";
  const at = [];
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i])) continue;
    s += text[i];
    at.push(i);
  }
  return { s, at };
}

/** `46 A.3d 360` → `46|a.3d|360`, the reporter as its edition when the table knows it. */
export function citeKeyOf(volume, reporter, page, lookup) {
  const ed = reporter ? lookup(reporter) : null;
  const r = (ed?.name ?? reporter ?? "").replace(/\s+/g, "").toLowerCase();
  return `${volume}|${r}|${page}`;
}

function parseCite(cite, lookup) {
  const m = /^\s*(\d{1,5})\s+(.+?)\s+(\d{1,7})\s*$/.exec(cite);
  return m ? citeKeyOf(m[1], m[2], m[3], lookup) : null;
}

/** The keys of every cite of the case citation `i` stands for (its root and the root's parallels). */
function authorityKeys(cites, i, lookup) {
  let cur = i;
  for (let hops = 0; hops < 50 && cur !== null && cur !== undefined; hops++) {
    const c = cites[cur];
    if (c.kind === "case" || (c.kind === "case-short" && (c.antecedent === null || c.antecedent === undefined))) break;
    cur = c.antecedent;
  }
  if (cur === null || cur === undefined) return new Set();
  const group = [cur, ...(cites[cur].parallel ?? [])];
  // A short cite's parallels point at full cites too: follow them one step.
  for (const j of [...group]) {
    const p = cites[j];
    if (p && p.kind === "case-short" && p.antecedent !== null && p.antecedent !== undefined) group.push(p.antecedent, ...(cites[p.antecedent]?.parallel ?? []));
  }
  const keys = new Set();
  for (const j of group) {
    const c = cites[j];
    if (c && c.volume && c.page) keys.add(citeKeyOf(c.volume, c.reporter, c.page, lookup));
  }
  return keys;
}

const CASE_KINDS = new Set(["case", "case-short", "id", "supra", "reference"]);

/**
 * Counts for one document: marks, located (the mark's text found in casefile's text),
 * found (a case-kind citation covers it), right (and stands for the marked case), plus
 * `unmarked` (casefile case cites no mark covers) and lists of misses.
 */
export function scoreMarks(html, json, lookup) {
  const marks = marksOf(html);
  const text = String(json.text ?? "");
  const cites = json.citations ?? [];
  const { s, at } = squeeze(text);
  const r = { marks: marks.length, located: 0, found: 0, right: 0, unmarked: 0, byKind: {}, misses: [], wrong: [], extra: [] };
  const covered = new Set();
  let from = 0;
  for (const mark of marks) {
    const needle = mark.text.replace(/\s+/g, "");
    let k = s.indexOf(needle, from);
    if (k < 0) k = s.indexOf(needle);
    const kind = /^(?:id|ibid)\b/i.test(mark.text) ? "id" : /\bsupra\b/i.test(mark.text) ? "supra" : /\bat\b/.test(mark.text) ? "short" : "full";
    const b = (r.byKind[kind] ??= { marks: 0, found: 0, right: 0 });
    b.marks++;
    if (k < 0) {
      r.misses.push(`not in text: ${mark.text} [${mark.cite}]`);
      continue;
    }
    r.located++;
    from = k + needle.length;
    const start = at[k];
    const end = at[k + needle.length - 1] + 1;
    const hits = [];
    cites.forEach((c, i) => {
      if (c.start < end && c.end > start) hits.push(i);
    });
    if (!hits.length) {
      r.misses.push(`missed: ${mark.text} [${mark.cite}] …${text.slice(Math.max(0, start - 50), end + 30).replace(/\s+/g, " ")}…`);
      continue;
    }
    r.found++;
    b.found++;
    for (const i of hits) covered.add(i);
    const want = parseCite(mark.cite, lookup);
    // A mark that is no `volume reporter page` (a statute, a journal) is right when found.
    const caseHits = hits.filter((i) => CASE_KINDS.has(cites[i].kind));
    const ok = want === null || caseHits.length === 0 || caseHits.some((i) => authorityKeys(cites, i, lookup).has(want));
    if (ok) {
      r.right++;
      b.right++;
    } else {
      const got = hits.map((i) => [...authorityKeys(cites, i, lookup)].join(" = ") || `${cites[i].kind} unresolved`).join("; ");
      r.wrong.push(`${mark.text} [${mark.cite}] → ${got}`);
    }
  }
  cites.forEach((c, i) => {
    if ((c.kind === "case" || c.kind === "case-short") && !covered.has(i)) {
      r.unmarked++;
      r.extra.push(`${c.kind} ${c.text}`);
    }
  });
  return r;
}
