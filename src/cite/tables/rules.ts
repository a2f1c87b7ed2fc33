/**
 * Bodies of court rules as they are cited: the federal rules, the Supreme Court's rules,
 * state rules of procedure and evidence, local rules. A recognizer generates its patterns
 * from these rows; `body` is the canonical form it outputs.
 */
import { STATES } from "./codes.js";

/** One body of rules. */
export interface RuleBody {
  /** Canonical abbreviation output as `body`: `Fed. R. Civ. P.`. */
  body: string;
  /** Abbreviated spellings printed before the number (`Fed.R.Civ.P. 56`, `FRCP 12(b)(6)`). */
  abbreviations: readonly string[];
  /** Spelled-out names, singular or plural, printed before (`Federal Rule of Civil Procedure 15`)
   * or after (`Rule 45 of the Federal Rules of Civil Procedure`) the number. */
  names: readonly string[];
  /** `local`: a court's own rules, which may carry the court in front (`D. Ariz. LRCiv 7.2`). */
  local?: boolean;
  /** `us` or a state's postal code. */
  jurisdiction: string;
}

/** The federal rules and the Supreme Court's. */
const FEDERAL: readonly RuleBody[] = [
  {
    body: "Fed. R. Civ. P.",
    jurisdiction: "us",
    abbreviations: ["Fed. R. Civ. P.", "Fed. R. Civ. Pro.", "Fed. R. Civ. Proc.", "Fed. Rule Civ. Proc.", "Fed. Rules Civ. Proc.", "Fed. Rule Civ. P.", "F.R.C.P.", "FRCP", "F.R.Civ.P.", "F. R. Civ. P.", "Fed. Civ. P.", "FRCivP"],
    names: ["Federal Rules of Civil Procedure", "Federal Rule of Civil Procedure", "Federal Civil Rule", "Federal Civil Rules"],
  },
  {
    body: "Fed. R. App. P.",
    jurisdiction: "us",
    abbreviations: ["Fed. R. App. P.", "Fed. R. App. Pro.", "Fed. R. App. Proc.", "Fed. Rule App. Proc.", "Fed. Rules App. Proc.", "F.R.A.P.", "FRAP", "F.R.App.P."],
    names: ["Federal Rules of Appellate Procedure", "Federal Rule of Appellate Procedure", "Federal Appellate Rule"],
  },
  {
    body: "Fed. R. Evid.",
    jurisdiction: "us",
    abbreviations: ["Fed. R. Evid.", "Fed. Rule Evid.", "Fed. Rules Evid.", "F.R.E.", "FRE", "F.R.Evid.", "Fed. R. Ev."],
    names: ["Federal Rules of Evidence", "Federal Rule of Evidence"],
  },
  {
    body: "Fed. R. Crim. P.",
    jurisdiction: "us",
    abbreviations: ["Fed. R. Crim. P.", "Fed. R. Crim. Pro.", "Fed. R. Crim. Proc.", "Fed. Rule Crim. Proc.", "Fed. Rules Crim. Proc.", "F.R.Crim.P.", "FRCrP", "Fed. R. Cr. P."],
    names: ["Federal Rules of Criminal Procedure", "Federal Rule of Criminal Procedure", "Federal Criminal Rule"],
  },
  {
    body: "Fed. R. Bankr. P.",
    jurisdiction: "us",
    abbreviations: ["Fed. R. Bankr. P.", "Fed. R. Bank. P.", "Fed. Rule Bankr. Proc.", "Fed. R. Bankr. Proc.", "F.R.B.P.", "FRBP"],
    names: ["Federal Rules of Bankruptcy Procedure", "Federal Rule of Bankruptcy Procedure", "Bankruptcy Rule", "Bankruptcy Rules"],
  },
  {
    body: "Sup. Ct. R.",
    jurisdiction: "us",
    abbreviations: ["Sup. Ct. R.", "S. Ct. R.", "U.S. Sup. Ct. R."],
    names: ["Supreme Court Rule", "Supreme Court Rules", "Rules of the Supreme Court of the United States"],
  },
  {
    body: "Rules Governing § 2254 Cases",
    jurisdiction: "us",
    abbreviations: [],
    names: ["Rules Governing Section 2254 Cases", "Rules Governing § 2254 Cases", "Rules Governing Section 2254 Cases in the United States District Courts"],
  },
  {
    body: "Rules Governing § 2255 Proceedings",
    jurisdiction: "us",
    abbreviations: [],
    names: ["Rules Governing Section 2255 Proceedings", "Rules Governing § 2255 Proceedings", "Rules Governing Section 2255 Proceedings for the United States District Courts"],
  },
  {
    body: "Model Rules of Prof'l Conduct",
    jurisdiction: "us",
    abbreviations: ["Model Rules of Prof'l Conduct", "Model R. Prof'l Conduct", "Model Rules Prof'l Conduct"],
    names: ["Model Rules of Professional Conduct", "Model Rule of Professional Conduct"],
  },
];

/** Local rules of district courts, by family of spelling. */
const LOCAL: readonly RuleBody[] = [
  { body: "Civ. L.R.", jurisdiction: "us", local: true, abbreviations: ["Civ. L.R.", "Civil L.R.", "Civ. L. R."], names: ["Civil Local Rule", "Civil Local Rules"] },
  { body: "Crim. L.R.", jurisdiction: "us", local: true, abbreviations: ["Crim. L.R.", "Crim. L. R."], names: ["Criminal Local Rule", "Criminal Local Rules"] },
  { body: "CivLR", jurisdiction: "us", local: true, abbreviations: ["CivLR", "Civ LR"], names: [] },
  { body: "CrimLR", jurisdiction: "us", local: true, abbreviations: ["CrimLR"], names: [] },
  { body: "LRCiv", jurisdiction: "us", local: true, abbreviations: ["LRCiv", "LR Civ", "L.R.Civ."], names: [] },
  { body: "LRCrim", jurisdiction: "us", local: true, abbreviations: ["LRCrim", "LR Crim"], names: [] },
  { body: "L. Civ. R.", jurisdiction: "us", local: true, abbreviations: ["L. Civ. R.", "L.Civ.R.", "LCivR", "LCvR", "L.Cv.R.", "Local Civ. R.", "Loc. Civ. R.", "L. Civ. Rule"], names: ["Local Civil Rule", "Local Civil Rules", "Local Rule of Civil Practice", "Local Rules of Civil Practice", "Local Rule of Civil Procedure", "Local Rules of Civil Procedure"] },
  { body: "L. Cr. R.", jurisdiction: "us", local: true, abbreviations: ["L. Cr. R.", "L.Cr.R.", "LCrR", "L. Crim. R.", "LCrimR", "Local Crim. R."], names: ["Local Criminal Rule", "Local Criminal Rules"] },
  { body: "L.B.R.", jurisdiction: "us", local: true, abbreviations: ["L.B.R.", "LBR", "Local Bankr. R."], names: ["Local Bankruptcy Rule", "Local Bankruptcy Rules"] },
  { body: "L.R.", jurisdiction: "us", local: true, abbreviations: ["L.R.", "LR", "Loc. R.", "Local R."], names: ["Local Rule", "Local Rules", "Local Rules of Practice", "Local Rule of Practice"] },
];

/** The rule families every state has, spelled the Bluebook way after the state's abbreviation. */
const STATE_FAMILIES: readonly { suffix: string; abbreviations: readonly string[]; names: readonly string[] }[] = [
  { suffix: "R. Civ. P.", abbreviations: ["R. Civ. P.", "R. Civ. Pro.", "R. Civ. Proc.", "R.C.P."], names: ["Rules of Civil Procedure", "Rule of Civil Procedure"] },
  { suffix: "R. Crim. P.", abbreviations: ["R. Crim. P.", "R. Crim. Pro.", "R. Crim. Proc."], names: ["Rules of Criminal Procedure", "Rule of Criminal Procedure"] },
  { suffix: "R. Evid.", abbreviations: ["R. Evid.", "R. Ev."], names: ["Rules of Evidence", "Rule of Evidence"] },
  { suffix: "R. App. P.", abbreviations: ["R. App. P.", "R. App. Pro.", "R. App. Proc."], names: ["Rules of Appellate Procedure", "Rule of Appellate Procedure"] },
];

function stateBodies(): RuleBody[] {
  const out: RuleBody[] = [];
  for (const state of STATES) {
    for (const family of STATE_FAMILIES) {
      out.push({
        body: `${state.abbreviations[0]} ${family.suffix}`,
        jurisdiction: state.postal,
        abbreviations: state.abbreviations.flatMap((a) => family.abbreviations.map((f) => `${a} ${f}`)),
        names: family.names.map((n) => `${state.name} ${n}`),
      });
    }
  }
  out.push(
    { body: "Cal. R. Ct.", jurisdiction: "ca", abbreviations: ["Cal. R. Ct.", "Cal. Rules of Court", "Cal. Rules of Ct.", "Cal. Ct. R."], names: ["California Rules of Court", "California Rule of Court"] },
    { body: "Ill. S. Ct. R.", jurisdiction: "il", abbreviations: ["Ill. S. Ct. R.", "Ill. Sup. Ct. R."], names: ["Illinois Supreme Court Rule", "Illinois Supreme Court Rules"] },
    { body: "N.Y. Ct. R.", jurisdiction: "ny", abbreviations: ["N.Y. Ct. R."], names: [] },
    { body: "Pa. R.A.P.", jurisdiction: "pa", abbreviations: ["Pa. R.A.P."], names: [] },
  );
  return out;
}

/**
 * Every body of rules casefile knows.
 *
 * @example RULE_BODIES.find((b) => b.abbreviations.includes("FRCP"))?.body // "Fed. R. Civ. P."
 */
export const RULE_BODIES: readonly RuleBody[] = [...FEDERAL, ...LOCAL, ...stateBodies()];

/**
 * The federal courts of appeals as their own rules name them.
 *
 * @example CIRCUITS.includes("9th") // true, as in `9th Cir. R. 36-3`
 */
export const CIRCUITS: readonly string[] = ["1st", "2d", "2nd", "3d", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "11th", "D.C.", "Fed."];
