/**
 * The court a docket page belongs to, from the page itself: the CM/ECF host its links and
 * forms point at (`ecf.cand.uscourts.gov`), the court named in its heading
 * (`U.S. District Court, Northern District of California`), or the court id CM/ECF
 * prints in its title (`CM/ECF LIVE - U.S. Bankruptcy Court:flsb`). Never the file name.
 */
import { courtById, courtFromCaptionText } from "../../cite/tables/courts.js";
import { courtFromCaptionText as localCourt } from "../court.js";

// "https://ecf.cand.uscourts.gov/cgi-bin/…", "ecf.ca1.uscourts.gov", "//ecf.nysb.uscourts.gov"
const HOST = /\b(?:ecf|pacer|ecf-train|ecf-test)\.(?<id>[a-z]{2,6}\d{0,2})\.uscourts\.gov\b/gi;
// "U.S. Bankruptcy Court:flsb", "CM/ECF - casd", "Live Database: nyeb_live", "KYWB Production Database"
const TITLE_ID = /(?:Court\s{0,2}:\s{0,2}|CM\/ECF\s{0,2}-\s{0,2}|Database\s{0,2}:\s{0,2})(?<id>[a-z]{3,6})\b/i;

/** PACER ids that CourtListener spells otherwise (PACER's `azb` is CourtListener's `arb`). */
const PACER_TO_CL: Record<string, string> = { azb: "arb", cofc: "uscfc" };
const CL_TO_PACER: Record<string, string> = Object.fromEntries(Object.entries(PACER_TO_CL).map(([p, c]) => [c, p]));

/**
 * A docket names its court by PACER's id, the one its own host and links carry; where
 * CourtListener spells it otherwise, `courtListenerId` says so.
 */
function known(id: string): { id: string; name: string; courtListenerId?: string } | null {
  const pacer = CL_TO_PACER[id.toLowerCase()] ?? id.toLowerCase();
  const cl = PACER_TO_CL[pacer] ?? pacer;
  const c = courtById(cl);
  if (!c) return null;
  return pacer === cl ? { id: c.id, name: c.name } : { id: pacer, name: c.name, courtListenerId: cl };
}

/**
 * The page's court: host, then heading, then the id in its title.
 *
 * @example courtOfPage('<a href="https://ecf.cand.uscourts.gov/doc1/1">', "", "district")?.id // → "cand"
 */
export function courtOfPage(html: string, heading: string, kind: "district" | "bankruptcy" | "appellate"): { id: string; name: string; courtListenerId?: string } | null {
  const counts = new Map<string, number>();
  for (const m of html.matchAll(HOST)) {
    const id = m.groups!.id.toLowerCase();
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  let host: string | null = null;
  let n = 0;
  for (const [id, k] of counts) if (k > n && known(id)) [host, n] = [id, k];
  // an appellate docket links to the district court appealed from: its heading names it first
  const fromHeading = headingCourt(heading, kind);
  if (kind === "appellate" && fromHeading && /^ca/.test(fromHeading.id)) return fromHeading;
  if (host) return known(host);
  if (fromHeading) return fromHeading;
  const title = /<title>(?<t>[^<]{0,200})<\/title>/i.exec(html)?.groups?.t ?? "";
  const id = TITLE_ID.exec(title)?.groups?.id;
  if (id && known(id)) return known(id);
  const titled = headingCourt(title, kind);
  return titled;
}

function headingCourt(heading: string, kind: "district" | "bankruptcy" | "appellate"): { id: string; name: string } | null {
  if (!heading.trim()) return null;
  if (/Court\s{1,3}of\s{1,3}International\s{1,3}Trade/i.test(heading)) return known("cit");
  if (/Judicial\s{1,3}Panel\s{1,3}on\s{1,3}Multidistrict\s{1,3}Litigation/i.test(heading)) return known("jpml");
  // "U.S. Bankruptcy Court / District of Arizona (Phoenix)" reads as a caption once the line breaks are spaces
  const text = heading
    .replace(/\bU\.\s?S\.\s/g, "UNITED STATES ")
    .replace(/\bUS\s(?=District|Bankruptcy)/gi, "UNITED STATES ")
    .replace(/\s+/g, " ");
  const c = courtFromCaptionText(text) ?? localCourt(text);
  if (!c) return null;
  const court = courtById(c.id);
  // a bankruptcy report headed by its district ("District of Arizona") is the district's bankruptcy court
  if (kind === "bankruptcy" && court?.type === "district") {
    const b = courtById(c.id.replace(/d$/, "b"));
    if (b) return known(b.id);
  }
  return known(c.id) ?? c;
}
