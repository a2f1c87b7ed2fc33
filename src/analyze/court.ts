/**
 * The court a caption names: the shared courts table (`src/cite/tables/courts.ts`) first,
 * then a small local reading of the heading for what the table does not know, and where
 * the heading ends (so the party block can start after it).
 */
import { courtById as tableCourtById, courtFromCaptionText as courtFromTable, defaultOffice as tableOffice } from "../cite/tables/courts.js";

/** States and territories → postal code, which CourtListener ids are built from. */
const STATES: Record<string, string> = {
  alabama: "al", alaska: "ak", arizona: "az", arkansas: "ar", california: "ca", colorado: "co", connecticut: "ct",
  delaware: "de", florida: "fl", georgia: "ga", hawaii: "hi", idaho: "id", illinois: "il", indiana: "in", iowa: "ia",
  kansas: "ks", kentucky: "ky", louisiana: "la", maine: "me", maryland: "md", massachusetts: "ma", michigan: "mi",
  minnesota: "mn", mississippi: "ms", missouri: "mo", montana: "mt", nebraska: "ne", nevada: "nv",
  "new hampshire": "nh", "new jersey": "nj", "new mexico": "nm", "new york": "ny", "north carolina": "nc",
  "north dakota": "nd", ohio: "oh", oklahoma: "ok", oregon: "or", pennsylvania: "pa", "rhode island": "ri",
  "south carolina": "sc", "south dakota": "sd", tennessee: "tn", texas: "tx", utah: "ut", vermont: "vt",
  virginia: "va", washington: "wa", "west virginia": "wv", wisconsin: "wi", wyoming: "wy",
  "district of columbia": "dc", "puerto rico": "pr", guam: "gu", "virgin islands": "vi",
};

const CIRCUITS: Record<string, string> = {
  first: "ca1", second: "ca2", third: "ca3", fourth: "ca4", fifth: "ca5", sixth: "ca6", seventh: "ca7",
  eighth: "ca8", ninth: "ca9", tenth: "ca10", eleventh: "ca11", "district of columbia": "cadc", federal: "cafc",
};

/** The office digit a district's case numbers carry when the caption omits it. */
const DEFAULT_OFFICE: Record<string, string> = { casd: "3", cacd: "2", azd: "2", nvd: "2", hid: "1", akd: "3", cand: "3", caed: "2", wawd: "2", ord: "3" };

const STATE_ALT = Object.keys(STATES).sort((a, b) => b.length - a.length).join("|");

// "UNITED STATES DISTRICT COURT SOUTHERN DISTRICT OF CALIFORNIA", "U.S. District Court for the District of Arizona"
const DISTRICT = new RegExp(`\\b(?<kind>DISTRICT|BANKRUPTCY)\\s{1,3}COURT\\b[\\s,]{1,6}(?:FOR\\s{1,3}THE\\s{1,3})?(?<part>(?:NORTHERN|SOUTHERN|EASTERN|WESTERN|CENTRAL|MIDDLE)\\s{1,3})?DISTRICT\\s{1,3}OF\\s{1,3}(?<state>${STATE_ALT})\\b`, "i");
// "UNITED STATES COURT OF APPEALS FOR THE NINTH CIRCUIT"
const APPEALS = /\bCOURT\s{1,3}OF\s{1,3}APPEALS\b[\s,]{1,6}(?:FOR\s{1,3}THE\s{1,3})?(?<circuit>FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|ELEVENTH|DISTRICT\s{1,3}OF\s{1,3}COLUMBIA|FEDERAL)\s{1,3}CIRCUIT\b/i;
// "SUPREME COURT OF THE UNITED STATES"
const SCOTUS = /\bSUPREME\s{1,3}COURT\s{1,3}OF\s{1,3}THE\s{1,3}UNITED\s{1,3}STATES\b/i;

const cap = (s: string) => s.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase()).replace(/\bOf\b/g, "of");

/**
 * The court a caption heading names, or null.
 *
 * @example courtFromCaptionText("UNITED STATES DISTRICT COURT SOUTHERN DISTRICT OF CALIFORNIA") // → { id: "casd", … }
 */
export function courtFromCaptionText(text: string): { id: string; name: string } | null {
  return courtFromTable(text) ?? localCourt(text) ?? squeezedCourt(text);
}

const SQUEEZED_STATES: Record<string, string> = Object.fromEntries(Object.keys(STATES).map((k) => [k.replace(/ /g, "").toUpperCase(), k]));
const SQUEEZED_STATE_ALT = Object.keys(SQUEEZED_STATES).sort((a, b) => b.length - a.length).join("|");
const CIRCUIT_ALT = "FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|ELEVENTH|DISTRICTOFCOLUMBIA|FEDERAL";
// a heading whose text layer lost its spaces, letters only: "UNITEDSTATESCOURTOFAPPEALSFORTHENINTHCIRCUIT"
const SQUEEZED_APPEALS = new RegExp(`UNITEDSTATESCOURTOFAPPEALS(?:FORTHE)?(?<circuit>${CIRCUIT_ALT})CIRCUIT`, "g");
// "UNITEDSTATESDISTRICTCOURTFORTHEEASTERNDISTRICTOFNEWYORK"
const SQUEEZED_DISTRICT = new RegExp(`UNITEDSTATES(?<kind>DISTRICT|BANKRUPTCY)COURT(?:FORTHE)?(?<part>NORTHERN|SOUTHERN|EASTERN|WESTERN|CENTRAL|MIDDLE)?DISTRICTOF(?<state>${SQUEEZED_STATE_ALT})`, "g");
// the court appealed from or to, named in passing: "…APPEALFROMTHE", "…TOTHE"
const SQUEEZED_IN_PASSING = /(?:FROM|FROMTHE|TOTHE|BYTHE|BEFORETHE)$/;

/**
 * The court of a heading whose text layer ran its words together (some research-service
 * prints), read from its letters alone; a court named in passing is skipped.
 *
 * @example squeezedCourt("No.09-55532\nUNITEDSTATESCOURTOFAPPEALSFORTHENINTHCIRCUIT") // → { id: "ca9", … }
 */
function squeezedCourt(text: string): { id: string; name: string } | null {
  const letters = text.slice(0, 3000).replace(/[^A-Za-z]/g, "").toUpperCase();
  let best: { at: number; court: { id: string; name: string } } | null = null;
  const consider = (at: number, court: { id: string; name: string } | null) => {
    if (court && (!best || at < best.at) && !SQUEEZED_IN_PASSING.test(letters.slice(Math.max(0, at - 10), at))) best = { at, court };
  };
  for (const m of letters.matchAll(SQUEEZED_APPEALS)) {
    const key = m.groups!.circuit === "DISTRICTOFCOLUMBIA" ? "district of columbia" : m.groups!.circuit.toLowerCase();
    consider(m.index, localCourt(`COURT OF APPEALS FOR THE ${key} CIRCUIT`));
  }
  for (const m of letters.matchAll(SQUEEZED_DISTRICT)) {
    const g = m.groups!;
    const spaced = `UNITED STATES ${g.kind} COURT FOR THE ${g.part ?? ""} DISTRICT OF ${SQUEEZED_STATES[g.state]}`;
    consider(m.index, courtFromTable(spaced) ?? localCourt(spaced));
  }
  return (best as { at: number; court: { id: string; name: string } } | null)?.court ?? null;
}

function localCourt(text: string): { id: string; name: string } | null {
  const head = text.slice(0, 3000);
  if (SCOTUS.test(head)) return { id: "scotus", name: "Supreme Court of the United States" };
  const a = APPEALS.exec(head);
  if (a) {
    const key = a.groups!.circuit.toLowerCase().replace(/\s+/g, " ");
    return { id: CIRCUITS[key], name: `United States Court of Appeals for the ${cap(key)} Circuit` };
  }
  const d = DISTRICT.exec(head);
  if (d) {
    const state = d.groups!.state.toLowerCase().replace(/\s+/g, " ");
    const postal = STATES[state];
    const part = d.groups!.part?.trim().toLowerCase() ?? "";
    const bankruptcy = d.groups!.kind.toLowerCase() === "bankruptcy";
    const id = postal === "dc" && !bankruptcy ? "dcd" : `${postal}${part ? part[0] : ""}${bankruptcy ? "b" : "d"}`;
    const kind = bankruptcy ? "Bankruptcy" : "District";
    return { id, name: `United States ${kind} Court for the ${part ? `${cap(part)} ` : ""}District of ${cap(state)}` };
  }
  return null;
}

/**
 * The office digit a district's case numbers carry by default, or null.
 *
 * @example defaultOffice("casd") // → "3"
 */
export function defaultOffice(id: string): string | null {
  return tableOffice(id) ?? DEFAULT_OFFICE[id] ?? null;
}

// "NORTHERN DIVISION", "AT SEATTLE", "SAN FRANCISCO DIVISION" after the district line
const DIVISION_LINE = /^[\s,]{0,6}(?:(?:[A-Z][A-Za-z.]{1,14}\s{1,3}){1,3}(?:DIVISION|Division)|AT\s{1,3}[A-Z][A-Z.]{1,14}(?:\s{1,3}[A-Z][A-Z.]{1,14}){0,2}(?=\s{2}|\s*\n|\s*$|\s[A-Z][a-z]))/;

/**
 * Where a caption's court heading ends (after any division line), or 0 when none is found.
 *
 * @example captionHeadingEnd("UNITED STATES DISTRICT COURT SOUTHERN DISTRICT OF CALIFORNIA\n\nJAMES LINLOR,") // → 61
 */
export function captionHeadingEnd(text: string): number {
  const head = text.slice(0, 3000);
  const m = SCOTUS.exec(head) ?? APPEALS.exec(head) ?? DISTRICT.exec(head);
  if (!m) return 0;
  let end = m.index + m[0].length;
  const d = DIVISION_LINE.exec(head.slice(end));
  if (d) end += d[0].length;
  return end;
}

/** Header-stamp forms that only one court's CM/ECF prints, for pages whose caption is not in the text. */
const STAMP_FORMS: { form: RegExp; id: string }[] = [
  // "USCA Case #10-5159 Document #1234567 Filed: 01/01/2018 Page 1 of 3"
  { form: /\bUSCA\s?Case\s?#/, id: "cadc" },
  // "Appeal: 17-2218 Doc: 17 Filed: 10/31/2017 Pg: 1 of 1" (newer pages add "USCA4")
  { form: /^\s{0,3}Appeal:\s{0,3}\d{2}-\d{1,5}\s{1,5}Doc:\s/, id: "ca4" },
  // "Case: 20-16276, 08/05/2020, ID: 11778722, DktEntry: 19, Page 1 of 15"
  { form: /\bDktEntry:/, id: "ca9" },
  // "Case: 12-2209 Document: 00116475093 Page: 1 Date Filed: 01/03/2013 Entry ID: 5700979"
  { form: /\bDocument:\s{0,3}\d{11}\s[^]{0,80}\bEntry\s?ID:/, id: "ca1" },
  // "Appellate Case: 22-1801 Page: 1 Date Filed: 01/19/2023 Entry ID: 5237514"
  { form: /^\s{0,3}Appellate\s?Case:[^]{0,80}\bEntry\s?ID:/, id: "ca8" },
  // "Appellate Case: 17-1234 Document: 010110012345 Date Filed: 01/01/2018 Page: 1"
  { form: /^\s{0,3}Appellate\s?Case:[^]{0,40}\bDocument:/, id: "ca10" },
  // "Case: 17-2400 Document: 3 Filed: 07/13/2017 Pages: 1"
  { form: /\bDocument:\s{0,3}\d{1,6}\s{1,5}Filed:[^]{0,30}\bPages:\s{0,3}\d/, id: "ca7" },
];
// "… Filed 04/16/21 USDC Colorado Page 7 of 16": the district's name where the state has one district
const USDC_STATE = /\bUSDC\s{1,2}(?<state>[A-Z][a-z]{2,14}(?:\s[A-Z][a-z]{2,14})?)\b/;

/**
 * The court a CM/ECF header stamp's form gives away, or null: the caption of a page extract is
 * often not in its text.
 *
 * @example courtFromStamp("Appeal: 17-2218 Doc: 17 Filed: 10/31/2017 Pg: 1 of 1")?.id // → "ca4"
 */
export function courtFromStamp(raw: string | null | undefined): { id: string; name: string } | null {
  if (!raw) return null;
  const usca = /\bUSCA(?<circuit>\d{1,2})\b/.exec(raw);
  const id = usca ? `ca${Number(usca.groups!.circuit)}` : STAMP_FORMS.find((f) => f.form.test(raw))?.id;
  if (id) return courtById(id);
  const usdc = USDC_STATE.exec(raw);
  return usdc ? courtFromTable(`UNITED STATES DISTRICT COURT FOR THE DISTRICT OF ${usdc.groups!.state}`) : null;
}

function courtById(id: string): { id: string; name: string } | null {
  const c = tableCourtById(id);
  return c ? { id: c.id, name: c.name } : null;
}
