/**
 * Writes small CourtListener bulk files in the exact format CourtListener exports:
 * PostgreSQL `COPY … (FORMAT csv, HEADER, ESCAPE '\', FORCE_QUOTE *)`. Every value is
 * quoted, a NULL is a bare empty field, an empty string is `""`, and `"` and `\` inside a
 * value are escaped with a backslash. The rows are generated here, not copied from
 * CourtListener: the seed order's cases at their reported pages, neighbours around them.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const CITATION_COLUMNS = ["id", "volume", "reporter", "page", "type", "cluster_id", "date_created", "date_modified"];
export const CLUSTER_COLUMNS = (
  "id, date_created, date_modified, judges, date_filed, date_filed_is_approximate, slug, case_name_short, case_name, case_name_full, scdb_id, " +
  "scdb_decision_direction, scdb_votes_majority, scdb_votes_minority, source, procedural_history, attorneys, nature_of_suit, posture, syllabus, " +
  "headnotes, summary, disposition, history, other_dates, cross_reference, correction, citation_count, precedential_status, date_blocked, blocked, " +
  "filepath_json_harvard, filepath_pdf_harvard, docket_id, arguments, headmatter"
).split(", ");
export const DOCKET_COLUMNS = (
  "id, date_created, date_modified, source, appeal_from_str, assigned_to_str, referred_to_str, panel_str, date_last_index, date_cert_granted, " +
  "date_cert_denied, date_argued, date_reargued, date_reargument_denied, date_filed, date_terminated, date_last_filing, case_name_short, case_name, " +
  "case_name_full, slug, docket_number, docket_number_core, pacer_case_id, cause, nature_of_suit, jury_demand, jurisdiction_type, " +
  "appellate_fee_status, appellate_case_type_information, mdl_status, filepath_local, filepath_ia, filepath_ia_json, ia_upload_failure_count, " +
  "ia_needs_upload, ia_date_first_change, view_count, date_blocked, blocked, appeal_from_id, assigned_to_id, court_id, idb_data_id, " +
  "originating_court_information_id, referred_to_id, federal_dn_case_type, federal_dn_office_code, federal_dn_judge_initials_assigned, " +
  "federal_dn_judge_initials_referred, federal_defendant_number, parent_docket_id, docket_number_raw, docket_number_source"
).split(", ");
export const COURT_COLUMNS = ["id", "pacer_court_id", "date_modified", "in_use", "position", "citation_string", "short_name", "full_name", "url", "start_date", "end_date", "jurisdiction", "notes", "parent_court_id"];

/** One value as COPY writes it: null bare, anything else quoted with `\` escapes. */
export function copyValue(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return "";
  const s = typeof v === "boolean" ? (v ? "t" : "f") : String(v);
  return `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** A whole file: the header, then one line per row (values by column name, missing ones NULL). */
export function copyCsv(columns: readonly string[], rows: readonly Record<string, string | number | boolean | null>[]): string {
  const lines = [columns.map(copyValue).join(",")];
  for (const r of rows) lines.push(columns.map((c) => copyValue(r[c])).join(","));
  return lines.join("\n") + "\n";
}

export interface FixtureCase {
  id: number;
  name: string;
  short: string;
  date: string;
  court: string;
  cites: [number, string, string][];
}

/** The seed order's cases where they were reported, and cases around them in each volume. */
export const SEED_CASES: FixtureCase[] = [
  { id: 101, name: "Tripati v. Henman", short: "Tripati", date: "1988-05-03", court: "ca9", cites: [[845, "F.2d", "205"]] },
  { id: 102, name: "Carroll v. Nakatani", short: "Carroll", date: "2003-08-29", court: "ca9", cites: [[342, "F.3d", "934"]] },
  { id: 103, name: "McDowell v. Calderon", short: "McDowell", date: "1999-11-23", court: "ca9", cites: [[197, "F.3d", "1253"]] },
  { id: 104, name: "Exxon Shipping Co. v. Baker", short: "Exxon Shipping", date: "2008-06-25", court: "scotus", cites: [[554, "U.S.", "471"], [128, "S. Ct.", "2605"], [171, "L. Ed. 2d", "570"]] },
  { id: 105, name: "United National Insurance Co. v. Spectrum Worldwide, Inc.", short: "Spectrum Worldwide", date: "2009-02-09", court: "ca9", cites: [[555, "F.3d", "772"]] },
  { id: 106, name: "In re Cement Antitrust Litigation", short: "Cement Antitrust", date: "1982-04-09", court: "ca9", cites: [[673, "F.2d", "1020"]] },
  { id: 107, name: "Swint v. Chambers County Commission", short: "Swint", date: "1995-03-01", court: "scotus", cites: [[514, "U.S.", "35"], [115, "S. Ct.", "1203"]] },
  { id: 108, name: "In re Gugliuzza", short: "Gugliuzza", date: "2017-03-31", court: "ca9", cites: [[852, "F.3d", "884"]] },
  { id: 109, name: "Villarreal v. Caremark LLC", short: "Villarreal", date: "2015-01-29", court: "azd", cites: [[85, "F. Supp. 3d", "1063"]] },
  { id: 110, name: "Ahrenholz v. Board of Trustees of the University of Illinois", short: "Ahrenholz", date: "2000-07-13", court: "ca7", cites: [[219, "F.3d", "674"]] },
  // Neighbours: the volume around Ahrenholz is held, so 219 F.3d 647 is a page no case starts at.
  { id: 201, name: "Orchard Supply Workers v. Pellham", short: "Pellham", date: "2000-07-10", court: "ca7", cites: [[219, "F.3d", "640"]] },
  { id: 202, name: "Quintero-Baylis v. Marwood Tool Co.", short: "Quintero-Baylis", date: "2000-07-14", court: "ca7", cites: [[219, "F.3d", "681"]] },
  { id: 203, name: "Delacorte v. Winslow", short: "Delacorte", date: "1988-05-04", court: "ca9", cites: [[845, "F.2d", "209"]] },
  { id: 204, name: "Hallbrook Mills v. Stennis", short: "Hallbrook", date: "1982-04-12", court: "ca9", cites: [[673, "F.2d", "1030"]] },
];

/** Writes citations, clusters, dockets and courts files for `cases` into `dir`. */
export function writeCourtListener(dir: string, cases: readonly FixtureCase[] = SEED_CASES): string {
  mkdirSync(dir, { recursive: true });
  const stamp = "2024-01-02 03:04:05.123456+00";
  let citeId = 1;
  const citations = cases.flatMap((c) => c.cites.map(([volume, reporter, page]) => ({ id: citeId++, volume, reporter, page, type: 1, cluster_id: c.id, date_created: stamp, date_modified: stamp })));
  const clusters = cases.map((c) => ({
    id: c.id,
    date_created: stamp,
    date_modified: stamp,
    judges: "",
    date_filed: c.date,
    date_filed_is_approximate: false,
    slug: c.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").slice(0, 50),
    case_name_short: c.short,
    case_name: c.name,
    case_name_full: `${c.name.toUpperCase()}, Appellants`,
    source: "C",
    // The long text columns, with what COPY must escape: quotes, backslashes, new lines.
    syllabus: 'Held: a "quoted" word, a back\\slash,\nand a second line.',
    headmatter: `<p>${"x".repeat(2000)}</p>\n<p>"${c.name}"</p>`,
    citation_count: 3,
    precedential_status: "Published",
    blocked: false,
    docket_id: c.id + 5000,
  }));
  const dockets = cases.map((c) => ({ id: c.id + 5000, date_created: stamp, date_modified: stamp, source: 0, case_name: c.name, slug: "x", docket_number: "", court_id: c.court, blocked: false, view_count: 0 }));
  const courts = [
    { id: "ca9", short_name: "Ninth Circuit", full_name: "Court of Appeals for the Ninth Circuit", citation_string: "9th Cir.", jurisdiction: "F", in_use: true },
    { id: "ca7", short_name: "Seventh Circuit", full_name: "Court of Appeals for the Seventh Circuit", citation_string: "7th Cir.", jurisdiction: "F", in_use: true },
    { id: "scotus", short_name: "Supreme Court", full_name: "Supreme Court of the United States", citation_string: "SCOTUS", jurisdiction: "F", in_use: true },
    { id: "azd", short_name: "D. Arizona", full_name: "District Court, D. Arizona", citation_string: "D. Ariz.", jurisdiction: "FD", in_use: true },
  ];
  writeFileSync(join(dir, "citations-2024-01-02.csv"), copyCsv(CITATION_COLUMNS, citations));
  writeFileSync(join(dir, "opinion-clusters-2024-01-02.csv"), copyCsv(CLUSTER_COLUMNS, clusters));
  writeFileSync(join(dir, "dockets-2024-01-02.csv"), copyCsv(DOCKET_COLUMNS, dockets));
  writeFileSync(join(dir, "courts-2024-01-02.csv"), copyCsv(COURT_COLUMNS, courts));
  return dir;
}
