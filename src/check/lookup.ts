/**
 * Citation lookup shaped like CourtListener's `POST /api/rest/v4/citation-lookup/`, so
 * scripts written for it work against a self-hosted casefile: every full case citation
 * in a text (or one volume/reporter/page) with its status and the cases holding it.
 */
import { findCitations } from "../cite/index.js";
import type { Citation } from "../model/types.js";
import type { AuthorityIndex, KnownCase } from "./types.js";

/** CourtListener looks up at most this many citations a request; the rest get 429. */
export const MAX_LOOKUPS = 250;

/** A cluster as the lookup lists it: CourtListener's field names. */
export interface LookupCluster {
  id: number;
  absolute_url: string;
  case_name: string;
  case_name_short: string;
  date_filed: string | null;
  court_id: string | null;
  docket_id: number | null;
  citations: { volume: number; reporter: string; page: string }[];
}

/** One looked-up citation, as CourtListener answers it. */
export interface LookupResult {
  citation: string;
  normalized_citations: string[];
  start_index: number;
  end_index: number;
  /** 200 found, 300 several cases, 404 not found, 400 not a citation / unknown reporter, 429 past the limit. */
  status: 200 | 300 | 400 | 404 | 429;
  error_message: string;
  clusters: LookupCluster[];
}

/** @example lookupCluster(known).absolute_url // "/opinion/2010/ahrenholz-v-board-of-trustees/" */
export function lookupCluster(k: KnownCase): LookupCluster {
  return {
    id: k.id,
    absolute_url: `/opinion/${k.id}/${k.slug ?? "case"}/`,
    case_name: k.caseName ?? "",
    case_name_short: k.caseNameShort ?? "",
    date_filed: k.dateFiled,
    court_id: k.court,
    docket_id: k.docketId,
    citations: k.citations.map((c) => ({ volume: c.volume, reporter: c.reporter, page: c.page })),
  };
}

/** Where "volume reporter page" ends inside a citation's text (the pin and the rest left out). */
function citeEnd(c: Citation): number {
  const page = c.page ?? "";
  let at = (c.volume ?? "").length;
  // The first page number standing alone after the volume: "205" in "845 F.2d 205, 206".
  while (at < c.text.length) {
    const i = c.text.indexOf(page, at);
    if (i < 0) break;
    const before = c.text[i - 1] ?? " ";
    const after = c.text[i + page.length] ?? " ";
    if (/\s/.test(before) && !/\d/.test(after)) return c.start + i + page.length;
    at = i + 1;
  }
  return c.end;
}

async function lookupOne(index: AuthorityIndex, c: Citation, n: number): Promise<LookupResult> {
  const end = citeEnd(c);
  const normalized = `${c.volume} ${c.reporter} ${c.page}`;
  const base = { citation: c.text.slice(0, end - c.start), normalized_citations: [normalized], start_index: c.start, end_index: end };
  if (n >= MAX_LOOKUPS) return { ...base, status: 429, error_message: "Too many citations requested.", clusters: [] };
  const volume = /^\d{1,5}$/.test(c.volume ?? "") ? Number(c.volume) : NaN;
  if (!Number.isFinite(volume)) return { ...base, status: 404, error_message: `Citation not found: '${normalized}'`, clusters: [] };
  const cases = await index.casesAt(c.reporter!, volume, c.page!);
  if (cases.length === 0) {
    const coverage = await index.coverage(c.reporter!, volume);
    const why = coverage === "none" ? ` (no cases of ${c.reporter} are loaded)` : coverage === "reporter" ? ` (volume ${volume} of ${c.reporter} is not loaded)` : "";
    return { ...base, status: 404, error_message: `Citation not found: '${normalized}'${why}`, clusters: [] };
  }
  return { ...base, status: cases.length > 1 ? 300 : 200, error_message: "", clusters: cases.map(lookupCluster) };
}

/**
 * Looks up every full case citation in `text`, in order.
 *
 * @example (await lookupText(index, "See 845 F.2d 205.")).map((r) => r.status) // [200]
 */
export async function lookupText(index: AuthorityIndex, text: string): Promise<LookupResult[]> {
  const cites = findCitations(text, { emphasis: [] }).filter((c) => c.kind === "case" && c.volume && c.reporter && c.page);
  const out: LookupResult[] = [];
  for (const c of cites) out.push(await lookupOne(index, c, out.length));
  return out;
}

/**
 * Looks up one citation given as volume, reporter and page; a reporter casefile does not
 * know answers 400.
 *
 * @example (await lookupParts(index, "219", "F.3d", "674"))[0].status // 200
 */
export async function lookupParts(index: AuthorityIndex, volume: string, reporter: string, page: string): Promise<LookupResult[]> {
  const text = `${volume.trim()} ${reporter.trim()} ${page.trim()}`;
  const c = findCitations(text, { emphasis: [] }).find((x) => x.kind === "case" && x.volume && x.reporter && x.page);
  if (!c) return [{ citation: text, normalized_citations: [], start_index: 0, end_index: text.length, status: 400, error_message: `Unable to find reporter or citation: '${text}'`, clusters: [] }];
  return [await lookupOne(index, c, 0)];
}
