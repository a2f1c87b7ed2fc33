import type { Finding, Reading } from "../model/types.js";
import { citationFinding, quote, type Check } from "./check.js";

/** Titles of the United States Code that exist; Title 53 is reserved and has no text. */
const USC_TITLES = { first: 1, last: 54, missing: [53] } as const;

interface RuleSet {
  /** The body's names, compared as lower-case letters only. */
  names: readonly string[];
  /** Inclusive ranges of rule numbers in force (integer part; "23.1" counts as 23). */
  ranges: readonly [number, number][];
}

/** Federal rule sets and the rule numbers each has. Numbers outside are typos or misreads. */
const RULE_SETS: readonly RuleSet[] = [
  { names: ["Fed. R. Civ. P.", "Federal Rule of Civil Procedure", "Federal Rules of Civil Procedure", "FRCP"], ranges: [[1, 86]] },
  { names: ["Fed. R. Crim. P.", "Federal Rule of Criminal Procedure", "Federal Rules of Criminal Procedure"], ranges: [[1, 61]] },
  { names: ["Fed. R. App. P.", "Federal Rule of Appellate Procedure", "Federal Rules of Appellate Procedure", "FRAP"], ranges: [[1, 48]] },
  // The Evidence Rules are numbered by article: 101–106, 201, 301–302 … 1101–1103.
  {
    names: ["Fed. R. Evid.", "Federal Rule of Evidence", "Federal Rules of Evidence", "FRE"],
    ranges: [[101, 106], [201, 201], [301, 302], [401, 415], [501, 502], [601, 615], [701, 706], [801, 807], [901, 903], [1001, 1008], [1101, 1103]],
  },
  // Bankruptcy Rules are numbered by part, 1001 … 9037; only the part and a two-digit rule are checked.
  {
    names: ["Fed. R. Bankr. P.", "Federal Rule of Bankruptcy Procedure", "Federal Rules of Bankruptcy Procedure"],
    ranges: [1, 2, 3, 4, 5, 6, 7, 8, 9].map((part) => [part * 1000 + 1, part * 1000 + 99] as [number, number]),
  },
];

function bodyKey(body: string): string {
  return body.toLowerCase().replace(/[^a-z]+/g, "");
}

const RULES_BY_BODY = new Map<string, RuleSet>();
for (const set of RULE_SETS) for (const name of set.names) RULES_BY_BODY.set(bodyKey(name), set);

/** Citation text that names its rule set itself, e.g. `Fed. R. Civ. P.`, `Federal Rule`, `FRCP`. */
const NAMES_BODY = /\b(?:Fed|Federal|FRCP|FRE|FRAP)\b/i;

/** The integer part of a rule or title number: "23.1" → 23, "12(b)" → 12. Matches e.g. `23.1`. */
const LEADING_NUMBER = /^\s{0,3}(?<n>\d{1,5})(?![\d])/;

function leadingNumber(text: string | null | undefined): number | null {
  const m = text ? LEADING_NUMBER.exec(text) : null;
  return m?.groups ? Number(m.groups.n) : null;
}

/**
 * Numbers that do not exist: a title of the U.S. Code past the last (`statute.unknown-title`),
 * a federal rule number the rule set does not have (`rule.unknown-number`).
 *
 * @example limitsCheck.run(reading) // [{ code: "rule.unknown-number", … }]
 */
export const limitsCheck: Check = {
  name: "limits",
  run(reading: Reading): Finding[] {
    const out: Finding[] = [];
    reading.citations.forEach((c, i) => {
      if (c.kind === "statute" && c.code === "U.S.C.") {
        const title = leadingNumber(c.title);
        if (title != null && (title < USC_TITLES.first || title > USC_TITLES.last || (USC_TITLES.missing as readonly number[]).includes(title))) {
          out.push(citationFinding(reading, i, "warning", "statute.unknown-title", `${quote(c)}: the United States Code has no title ${title}.`));
        }
      }
      // "Rule 30(b)(6)" takes its body from context; only a body the citation prints is sure.
      if (c.kind === "rule" && c.body && NAMES_BODY.test(c.text)) {
        const set = RULES_BY_BODY.get(bodyKey(c.body));
        const n = leadingNumber(c.rule);
        if (set && n != null && !set.ranges.some(([lo, hi]) => n >= lo && n <= hi)) {
          out.push(citationFinding(reading, i, "warning", "rule.unknown-number", `${quote(c)}: ${set.names[0]} has no rule ${c.rule}.`));
        }
      }
    });
    return out;
  },
};
