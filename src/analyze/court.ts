/**
 * The court a caption names. A small stand-in for the shared courts table
 * (`src/cite/tables/courts.ts`, `courtFromCaptionText`/`defaultOffice`) until it lands;
 * the analyze stage calls only the two functions below.
 */

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
  return DEFAULT_OFFICE[id] ?? null;
}
