import { cleanCaseName } from "../cite/names.js";
import type { Citation, Reading, Ruling } from "../model/types.js";
import { courtParenthetical } from "../store/authority-key.js";

export interface SummaryOptions {
  /** ANSI emphasis for a terminal. */
  color?: boolean;
  /** Longest list of authorities to print. */
  maxAuthorities?: number;
}

const DISPOSITION_LABEL: Record<Ruling["disposition"], string> = {
  granted: "GRANTED",
  denied: "DENIED",
  "granted-in-part": "GRANTED IN PART",
  "denied-as-moot": "DENIED AS MOOT",
  "denied-without-prejudice": "DENIED W/O PREJUDICE",
  dismissed: "DISMISSED",
  moot: "MOOT",
  approved: "APPROVED",
  affirmed: "AFFIRMED",
  reversed: "REVERSED",
  vacated: "VACATED",
  remanded: "REMANDED",
  "affirmed-in-part": "AFFIRMED IN PART",
  adopted: "ADOPTED",
  "adopted-in-part": "ADOPTED IN PART",
  modified: "MODIFIED",
  rejected: "REJECTED",
  overruled: "OVERRULED",
  sustained: "SUSTAINED",
  "sustained-in-part": "SUSTAINED IN PART",
  other: "OTHER",
};

/**
 * The reading as a lawyer takes it in at a glance: what was decided first, then the
 * caption, the history and the authorities, each with its page and line.
 *
 * @example process.stdout.write(formatSummary(reading, { color: process.stdout.isTTY }))
 */
export function formatSummary(r: Reading, opts: SummaryOptions = {}): string {
  const bold = (s: string) => (opts.color ? `\x1b[1m${s}\x1b[22m` : s);
  const dim = (s: string) => (opts.color ? `\x1b[2m${s}\x1b[22m` : s);
  const out: string[] = [];
  const cap = r.caption;
  // Doe defendants stand behind the named ones; they don't make a caption "et al."
  const plaintiffs = cap.parties.filter((p) => /plaintiff|petitioner|appellant|movant/.test(p.role) && !p.doe);
  const defendants = cap.parties.filter((p) => /defendant|respondent|appellee/.test(p.role) && !p.doe);
  const shortTitle =
    plaintiffs.length && defendants.length ? `${plaintiffs[0].name}${plaintiffs.length > 1 ? " et al." : ""} v. ${defendants[0].name}${defendants.length > 1 ? " et al." : ""}` : null;
  const caseNo = cap.caseNumber?.normalized ?? cap.caseNumber?.raw ?? r.stamp?.caseNumber ?? null;
  out.push(bold([shortTitle, caseNo].filter(Boolean).join(" — ") || r.source.path));
  if (cap.court) out.push(cap.court.name);
  if (cap.title) out.push(cap.title);
  const meta = [
    r.date ? `dated ${r.date}` : null,
    r.judge ? `${r.judge.name}${r.judge.title ? `, ${r.judge.title}` : ""}` : null,
    cap.docketRefs.length ? `answers Doc. ${cap.docketRefs.join(", ")}` : null,
    r.stamp?.document
      ? `filed as Doc. ${r.stamp.document}${r.stamp.attachment ? `-${r.stamp.attachment}` : ""}${r.stamp.filed ? ` on ${r.stamp.filed}` : ""}`
      : r.stamp?.filed
        ? `filed on ${r.stamp.filed}`
        : null,
    r.docket ? `docket report: ${r.docket.entries.length} entries, ${r.docket.parties.length} parties` : null,
  ].filter(Boolean);
  if (meta.length) out.push(dim(meta.join(" · ")));

  // A magistrate judge's report recommends; it decides nothing.
  const onlyRecommends = r.rulings.length > 0 && r.rulings.every((x) => x.recommended);
  out.push("", bold(onlyRecommends ? "RECOMMENDED" : "DECIDED"));
  if (r.rulings.length === 0) out.push("  (no ruling found)");
  for (const ruling of r.rulings) {
    const disposition = DISPOSITION_LABEL[ruling.disposition];
    const label = (ruling.recommended && !onlyRecommends ? `${disposition} (REC.)` : disposition).padEnd(20);
    const docket = ruling.motion.docket.length ? ` [Doc. ${ruling.motion.docket.join(", ")}]` : "";
    const where = ruling.inFootnote ? " (in a footnote)" : "";
    out.push(`  ${bold(label)} ${ruling.request}${docket}${where}`);
  }

  if (r.events.length) {
    out.push("", bold("HISTORY"));
    for (const e of r.events) {
      const docket = e.docket.length ? ` [Doc. ${e.docket.join(", ")}]` : "";
      out.push(`  ${e.date}  ${clip(e.text, 90)}${docket}`);
    }
  }

  const counts = countBy(r.citations, (c) => c.kind);
  out.push("", bold(`AUTHORITIES (${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(", ") || "none"})`));
  const max = opts.maxAuthorities ?? 40;
  // One line per case: a parallel cite joins the line of the cite it stands beside.
  const joined = new Set<number>();
  const lines: { group: Citation[]; at: Citation }[] = [];
  r.citations.forEach((c, i) => {
    if (c.kind !== "case" || joined.has(i)) return;
    const group = [i, ...(c.parallel ?? []).filter((j) => j > i && r.citations[j]?.kind === "case" && !joined.has(j))].sort((a, b) => a - b);
    for (const j of group) joined.add(j);
    lines.push({ group: group.map((j) => r.citations[j]), at: c });
  });
  for (const { group, at } of lines.slice(0, max)) out.push(`  ${caseLine(group, r.text)}${dim(where(at))}`);
  const laws = uniqueBy(
    r.citations.filter((c) => c.kind === "statute" || c.kind === "rule" || c.kind === "regulation" || c.kind === "constitution"),
    (c) => lawKey(c),
  );
  for (const c of laws.slice(0, max)) out.push(`  ${lawKey(c)}${dim(where(c))}`);
  const records = uniqueBy(r.citations.filter((c) => c.kind === "record"), (c) => `${c.document}-${c.attachment ?? ""}`);
  if (records.length) out.push(`  Record: ${records.map((c) => `Doc. ${c.document}${c.attachment ? `-${c.attachment}` : ""}`).join(", ")}`);

  if (r.findings.length) {
    out.push("", bold("FINDINGS"));
    for (const f of r.findings) out.push(`  ${f.severity.padEnd(7)} ${f.code}: ${f.message}`);
  }
  return out.join("\n") + "\n";
}

// The court-and-year parenthetical as printed right after a cite: "(9th Cir. 1988)".
const PRINTED_PARENTHETICAL = /^\s{0,3}\(([^()]{0,60}?\b\d{4})\)/;

/**
 * A full case cite and its parallel cites as a lawyer writes them, with the court as printed
 * where the text has it, else in its citation form (`9th Cir.`; the Supreme Court by the year alone).
 */
function caseLine(group: readonly Citation[], text: string): string {
  const c = group[0];
  const last = group[group.length - 1];
  const caseName = cleanCaseName(c.caseName);
  const name = caseName ? `${caseName}, ` : "";
  const printed = PRINTED_PARENTHETICAL.exec(text.slice(last.end, last.end + 80))?.[1];
  const stated = group.find((x) => x.court && x.courtProvenance !== "inferred")?.court ?? null;
  const paren = printed ?? courtParenthetical(stated, group.find((x) => x.year != null)?.year ?? null);
  return `${name}${group.map((x) => x.text).join(", ")}${paren ? ` (${paren})` : ""}`;
}

function lawKey(c: Citation): string {
  if (c.kind === "rule") return `${c.body ?? "Rule"} ${c.rule}${c.subdivision ?? ""}`;
  if (c.kind === "statute") return `${c.title ?? ""} ${c.code ?? ""} § ${c.section}${c.subsection ?? ""}`.trim();
  return c.text;
}

function where(c: Citation): string {
  return c.loc ? `  p.${c.loc.page} l.${c.loc.line}` : "";
}

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

function countBy<T>(xs: readonly T[], key: (x: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) out[key(x)] = (out[key(x)] ?? 0) + 1;
  return out;
}

function uniqueBy<T>(xs: readonly T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
