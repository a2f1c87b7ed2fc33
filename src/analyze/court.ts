/**
 * The court a caption names: the shared courts table (`src/cite/tables/courts.ts`) first,
 * then a small local reading of the heading for what the table does not know, and where
 * the heading ends (so the party block can start after it).
 */
import { courtById as tableCourtById, courtFromCaptionText as courtFromTable, courtFromCitation as courtFromTableCitation, defaultOffice as tableOffice } from "../cite/tables/courts.js";

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
// (also "… FOR THE DC CIRCUIT", "… for the D.C. Circuit", "… for the 9th Circuit")
const APPEALS = /\bCOURT\s{1,3}OF\s{1,3}APPEALS\b[\s,]{1,6}(?:FOR\s{1,3}THE\s{1,3})?(?<circuit>FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|ELEVENTH|DISTRICT\s{1,3}OF\s{1,3}COLUMBIA|D\.?\s{0,2}C\.?|1st|2nd|3rd|[4-9]th|1[01]th|FEDERAL)\s{1,3}CIRCUIT\b/i;
const NUMBERED_CIRCUITS: Record<string, string> = { "1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth", "6th": "sixth", "7th": "seventh", "8th": "eighth", "9th": "ninth", "10th": "tenth", "11th": "eleventh" };

/** The CIRCUITS key of a circuit as a heading prints it: "NINTH", "9th", "District of Columbia", "D.C.", "DC". */
function circuitKey(printed: string): string {
  const key = printed.toLowerCase().replace(/\s+/g, " ").trim();
  if (/^d\.? ?c\.?$/.test(key) || key.replace(/ /g, "") === "districtofcolumbia") return "district of columbia";
  return NUMBERED_CIRCUITS[key] ?? key;
}
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
    const key = circuitKey(a.groups!.circuit);
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

/** Courts the shared table does not list yet (names from courts-db). */
const LOCAL_COURTS: Record<string, string> = {
  fisc: "United States Foreign Intelligence Surveillance Court",
  fiscr: "United States Foreign Intelligence Surveillance Court of Review",
};

function courtById(id: string): { id: string; name: string } | null {
  const c = tableCourtById(id);
  if (c) return { id: c.id, name: c.name };
  return LOCAL_COURTS[id] ? { id, name: LOCAL_COURTS[id] } : null;
}

/** A court read from the document, with where it was read (an offset into the text searched). */
export interface CourtHit {
  court: { id: string; name: string };
  at: number;
  end: number;
}

// "United States District Court, E.D. Michigan, Southern Division.", "United States District Court W.D. Louisiana",
// "UnitedStatesDistrictCourt,D.NewJersey." (a text layer that lost its spaces)
const REPRINT_TRIAL = /United\s{0,3}States\s{0,3}(?<kind>District|Bankruptcy)\s{0,3}Court\b/gi;
// the district as a reporter abbreviates it after the heading: "E.D. Michigan", "M. D. Alabama", "D. Nebraska",
// "E.D.N.Y.", "S.D. New York", "D.NewJersey" (a cite's "(N.D. Cal. 1990)" is not one: no parenthesis before, no year after)
const REPRINT_DISTRICT = /(?<![\w(.])(?<dir>[NSEWMC]\.[ \t]?)?D\.[ \t]?(?<state>(?:[A-Z]\.){2,3}|[A-Z][A-Za-z]{0,14}\.?(?:[ \t]{1,2}[A-Z][A-Za-z]{0,14}\.?){0,2})/g;
// "District of Columbia." right after the heading (not "District of Columbia Circuit", not a sentence's "District of Columbia law")
const SPELLED_DC = /^[ \t]{0,3},?[ \t]{0,3}District[ \t]{1,3}of[ \t]{1,3}Columbia(?=[ \t]{0,3}(?:[.,]|\n|$))/;
// "United States Court of Appeals, Fifth Circuit.", "United States Court of Appeals Fifth Circuit"
const REPRINT_APPEALS = /United\s{0,3}States\s{0,3}Court\s{0,3}of\s{0,3}Appeals[\s,]{0,6}(?:for\s{1,3}the\s{1,3})?(?<circuit>First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|District\s{0,3}of\s{0,3}Columbia|D\.?\s{0,2}C\.?|1st|2nd|3rd|[4-9]th|1[01]th|Federal)\s{0,3}Circuit\b/gi;
// a court named in passing just before: "appeal from the", "to the", "by the"
const PASSING = /\b(?:from|to|by|before)\s{1,3}(?:the\s{1,3})?$/i;
// what stands just above a reprint's court line: its reporter cite or Westlaw number ("849 F.Supp. 1202",
// "1997 WL 711360 … Only the Westlaw citation is currently available.")
const REPRINT_LEAD = /\b\d{1,4}\s{0,2}(?:F\.\s?Supp\.?(?:\s?[23]d)?|F\.R\.D\.|B\.R\.|F\.[234]d|F\.|WL)\s{0,2}\d{1,9}\b|Westlaw\s{1,2}citation/;

const STATE_BY_SQUEEZED: Record<string, string> = Object.fromEntries(Object.entries(STATES).map(([name, postal]) => [name.replace(/ /g, ""), postal]));

/**
 * The district a reporter's abbreviation names ("E.D. Michigan", "D. Nebraska", "E.D.N.Y."), with how many
 * of the words it took, or null.
 *
 * @example districtFromAbbreviation("E.", "Michigan", false)?.court.id // → "mied"
 */
export function districtFromAbbreviation(dir: string | undefined, state: string, bankruptcy: boolean): { court: { id: string; name: string }; phrase: string } | null {
  const words = state.split(/[ \t]+/);
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const phrase = words.slice(0, n).join(" ");
    const key = phrase.replace(/[.\s]/g, "").toLowerCase();
    const postal = STATE_BY_SQUEEZED[key];
    if (postal) {
      const letter = dir ? dir.trim()[0].toLowerCase() : "";
      const id = postal === "dc" && !bankruptcy && !letter ? "dcd" : `${postal}${letter}${bankruptcy ? "b" : "d"}`;
      const c = courtById(id);
      if (c) return { court: c, phrase };
      continue;
    }
    // an abbreviation ends in its period: "E.D.N.Y.", "D. Conn."
    if (bankruptcy || !phrase.endsWith(".")) continue;
    const cited = courtFromTableCitation(`${dir ? dir.trim() : ""}D. ${phrase}`.replace(/\s+/g, " "));
    const c = cited ? courtById(cited) : null;
    if (c && c.id.endsWith("d")) return { court: c, phrase };
  }
  return null;
}

/**
 * The court a reprint's header names, read where it stands in `text` ("United States District Court,
 * E.D. Michigan, Southern Division.", "United States Court of Appeals, Fifth Circuit."), or null; the
 * first one not named in passing wins. A two-column text layer may put the other column's words on the
 * heading's line: the district is then looked for at the start of the lines that follow.
 *
 * @example reprintCourt("849 F.Supp. 1202\nUnited States District Court, W.D. Michigan,\nSouthern Division.")?.court.id // → "miwd"
 */
export function reprintCourt(text: string, limit = 8000): CourtHit | null {
  const head = text.slice(0, limit);
  let best: CourtHit | null = null;
  // a court named in passing ("appeal from the …"), unless a reprint's lead stands just above (a two-column
  // text layer may run the other column's words into the header)
  const passing = (at: number) => PASSING.test(head.slice(Math.max(0, at - 30), at)) && !REPRINT_LEAD.test(head.slice(Math.max(0, at - 250), at));
  for (const m of head.matchAll(REPRINT_TRIAL)) {
    if (passing(m.index)) continue;
    const bankruptcy = m.groups!.kind.toLowerCase() === "bankruptcy";
    const after = m.index + m[0].length;
    // a text layer that joins a two-column page's lines may put the other column's words between
    const window = head.slice(after, after + 250);
    // the one district a reporter spells out: "United States District Court, District of Columbia."
    const spelled = SPELLED_DC.exec(window);
    const dc = spelled ? districtFromAbbreviation(undefined, "District of Columbia", bankruptcy) : null;
    if (spelled && dc) {
      best = { court: dc.court, at: m.index, end: after + spelled[0].length };
      break;
    }
    for (const d of window.matchAll(REPRINT_DISTRICT)) {
      const found = districtFromAbbreviation(d.groups!.dir, d.groups!.state, bankruptcy);
      if (!found) continue;
      const stateAt = d.index + d[0].length - d.groups!.state.length;
      const next = window.slice(stateAt + found.phrase.length, stateAt + found.phrase.length + 3);
      // the header's district ends its line or a phrase: "W.D. Michigan,", "D. Nebraska.", not "D. Cal. 1990"
      if (!/^(?:[.,;]|\s*\n|\s*$)/.test(next) && !found.phrase.endsWith(".")) continue;
      if (found.phrase.endsWith(".") && /^\s{0,2}\d/.test(next) && !STATE_BY_SQUEEZED[found.phrase.replace(/[.\s]/g, "").toLowerCase()]) continue;
      best = { court: found.court, at: m.index, end: after + stateAt + found.phrase.length };
      break;
    }
    if (best) break;
  }
  for (const m of head.matchAll(REPRINT_APPEALS)) {
    if (best && m.index > (best as CourtHit).at) break;
    if (passing(m.index)) continue;
    const id = CIRCUITS[circuitKey(m.groups!.circuit)];
    const court = id ? courtById(id) : null;
    if (court) {
      best = { court, at: m.index, end: m.index + m[0].length };
      break;
    }
  }
  return best;
}

// "Cite as 867 F.Supp. 1145 (E.D.N.Y. 1994)", "Cite as: 18 F.Supp.2d 418", a Westlaw running head's
// "Not Reported in F.Supp., 1987 WL 8412 (E.D.N.Y.)"
const CITE_AS = /\b(?:Cite\s{0,2}as:?|Citeas:?)\s{0,3}[^\n()]{0,60}?\((?<court>[0-9A-Z][A-Za-z0-9. ]{1,30}?)\.?\s{0,2}(?:(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s{1,2}\d{1,2},?\s{0,2})?\d{4}\)/g;
const WL_PAREN = /\b\d{4}\s{0,2}WL\s{0,2}\d{3,9}\s{0,2}\((?<court>[A-Z][A-Za-z. ]{1,30}?)\.?\)/g;

/**
 * The court a reprint's "Cite as" running head or a Westlaw number's parenthetical gives, or null.
 *
 * @example citeAsCourt("Cite as 867 F.Supp. 1145 (E.D.N.Y. 1994)")?.court.id // → "nyed"
 */
export function citeAsCourt(text: string, limit = 6000): CourtHit | null {
  const head = text.slice(0, limit);
  for (const re of [CITE_AS, WL_PAREN]) {
    for (const m of head.matchAll(re)) {
      const raw = m.groups!.court.trim();
      const id = courtFromTableCitation(raw) ?? courtFromTableCitation(`${raw}.`);
      const court = id ? courtById(id) : null;
      // only a trial or appellate court of the case itself: a cite's parenthetical names one court
      if (court) return { court, at: m.index, end: m.index + m[0].length };
    }
  }
  return null;
}

// a CM/ECF docket report's head: "U.S. District Court\nCalifornia Northern District (San Francisco)",
// "U.S. Bankruptcy Court\nDistrict of Arizona (Phoenix)"
const DOCKET_HEAD = /\bU\.S\.\s{1,3}(?<kind>District|Bankruptcy)\s{1,3}Court\s{1,6}(?:(?<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}?)(?:\s(?<dir>Northern|Southern|Eastern|Western|Middle|Central))?\s+District|(?<dir2>Northern|Southern|Eastern|Western|Middle|Central)?\s{0,2}District\s{1,2}of\s{1,2}(?<state2>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}?))\b(?=\s{0,3}(?:\(|\n|$|-))/;

/**
 * The court a CM/ECF docket report's head names ("U.S. District Court" over "California Northern District"), or null.
 *
 * @example docketHeadCourt("U.S. District Court\nCalifornia Northern District (San Francisco)")?.court.id // → "cand"
 */
export function docketHeadCourt(text: string): CourtHit | null {
  const m = DOCKET_HEAD.exec(text.slice(0, 3000));
  if (!m) return null;
  const g = m.groups!;
  const state = (g.state ?? g.state2 ?? "").toLowerCase();
  const postal = STATES[state];
  if (!postal) return null;
  const dir = (g.dir ?? g.dir2 ?? "").toLowerCase();
  const bankruptcy = g.kind === "Bankruptcy";
  const id = postal === "dc" && !bankruptcy ? "dcd" : `${postal}${dir ? dir[0] : ""}${bankruptcy ? "b" : "d"}`;
  const court = courtById(id);
  return court ? { court, at: m.index, end: m.index + m[0].length } : null;
}

/** Edit distance between two short words, or `max + 1` once it is certainly more than `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let low = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      low = Math.min(low, cur[j]);
    }
    if (low > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** Whether an OCR'd word is `target` with at most `max` letters wrong. */
const near = (word: string, target: string, max: number) => word.length >= target.length - max && editDistance(word, target, max) <= max;

/** The one word of `words` closest to `word` within `max` edits, or undefined. */
function nearest(word: string, words: string[], max: number): string | undefined {
  let best: { w: string; d: number } | undefined;
  for (const w of words) {
    const d = editDistance(word, w, max);
    if (d <= max && (!best || d < best.d)) best = { w, d };
  }
  return best?.w;
}

const DIRECTIONS = ["NORTHERN", "SOUTHERN", "EASTERN", "WESTERN", "MIDDLE", "CENTRAL"];
const ORDINALS = Object.keys(CIRCUITS).filter((o) => !o.includes(" ")).map((o) => o.toUpperCase());
const SQUEEZED_STATE_KEYS = Object.keys(SQUEEZED_STATES);

/** The state an OCR'd run of words names, when exactly one state is that close. */
function nearState(words: string[]): { postal: string; used: number } | null {
  let best: { postal: string; used: number; d: number } | null = null;
  let tie = false;
  for (let n = 1; n <= Math.min(3, words.length); n++) {
    const w = words.slice(0, n).join("");
    if (w.length < 4) continue;
    const max = Math.floor(w.length / 4);
    for (const key of SQUEEZED_STATE_KEYS) {
      const d = editDistance(w, key, max);
      if (d > max) continue;
      if (!best || d < best.d) {
        best = { postal: STATES[SQUEEZED_STATES[key]], used: n, d };
        tie = false;
      } else if (d === best.d && STATES[SQUEEZED_STATES[key]] !== best.postal) tie = true;
    }
  }
  if (best) return tie ? null : { postal: best.postal, used: best.used };
  return prefixState(words);
}

/**
 * The state whose name an OCR'd word begins, when its end is lost ("ALABMF", "GEORC", "HAWA LL", "NEWMEXICNITED"):
 * at least three letters in common, half the name, and more than any other state shares.
 */
function prefixState(words: string[]): { postal: string; used: number } | null {
  const joined = words.slice(0, 2).join("");
  let best = 0;
  let second = 0;
  let key = "";
  for (const k of SQUEEZED_STATE_KEYS) {
    let n = 0;
    while (n < k.length && n < joined.length && k[n] === joined[n]) n++;
    if (n > best) [second, best, key] = [best, n, k];
    else if (n > second) second = n;
  }
  if (best < 3 || best === second || best * 2 < key.length) return null;
  const used = best > (words[0]?.length ?? 0) ? 2 : 1;
  return { postal: STATES[SQUEEZED_STATES[key]], used };
}

/**
 * The federal district a scanned heading names through OCR damage ("UNITED STATES DlSTIUCT COURT /
 * EASTERN DlSTIUCT OF MICHIGAN", "NITED TATES ISTRICT OURT / NORTHERN DISTRICT OF FLORIDA"), or null:
 * a "… DISTRICT OF <state>" line near the top, with "UNITED STATES" and "COURT" within the lines just above.
 *
 * @example garbledHeadingCourt("UNITED STATES DlSTIUCT COURT\nEASTERN DlSTIUCT OF MICHIGAN")?.court.id // → "mied"
 */
export function garbledHeadingCourt(text: string): CourtHit | null {
  const head = text.slice(0, 2500);
  const lines: { at: number; end: number; words: string[]; prose: boolean }[] = [];
  for (let at = 0; at < head.length && lines.length < 40; ) {
    const nl = head.indexOf("\n", at);
    const end = nl === -1 ? head.length : nl;
    const words = head
      .slice(at, end)
      // OCR reads an I inside a capital word as l ("DlSTRICT")
      .replace(/(?<=[A-Z])l|l(?=[A-Z])/g, "I")
      .toUpperCase()
      .replace(/1/g, "I")
      .replace(/0/g, "O")
      .replace(/[^A-Z\s]/g, "")
      .split(/\s+/)
      .filter(Boolean);
    // a bold heading whose text layer prints each letter twice: "UUNNIITTEEDD SSTTAATTEESS"
    const doubled = words.filter((x) => x.length >= 4 && x.length % 2 === 0 && /^(?:(.)\1)+$/.test(x)).length;
    if (words.length && doubled >= Math.max(2, words.length * 0.6)) words.forEach((x, i) => (words[i] = x.length % 2 === 0 ? x.replace(/(.)\1/g, "$1") : x));
    // a heading is short and in capitals; a long line mostly in lowercase is prose ("The Eastern District of New York is an appropriate venue …")
    const raw = head.slice(at, end);
    const prose = words.length > 8 && (raw.match(/[a-z]/g)?.length ?? 0) > (raw.match(/[A-Z]/g)?.length ?? 0);
    if (words.length) lines.push({ at, end, words, prose });
    at = end + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    const w = lines[i].words;
    // "UNITED STATES FOREIGN INTELLIGENCE SURVEILLANCE C0URT", "… COURT OF REVIEW"
    const fis = w.findIndex((x, j) => near(x, "FOREIGN", 1) && near(w[j + 1] ?? "", "INTELLIGENCE", 2) && near(w[j + 2] ?? "", "SURVEILLANCE", 2));
    if (fis >= 0 && !w.slice(Math.max(0, fis - 3), fis).some((x) => x === "THE" || x === "FROM") && i < 12) {
      const review = w.slice(fis + 3, fis + 7).some((x) => near(x, "REVIEW", 1));
      return { court: courtById(review ? "fiscr" : "fisc")!, at: lines[i].at, end: lines[i].end };
    }
    // an appellate caption's "FOR THE SIXTH CIRCUIT" opening a line near the top
    if (i < 15 && w[0] === "FOR" && w[1] === "THE" && near(w[3] ?? "", "CIRCUIT", 1)) {
      const ordinal = nearest(w[2], ORDINALS, 1)?.toLowerCase();
      const found = ordinal ? courtById(CIRCUITS[ordinal]) : null;
      if (found) return { court: found, at: lines[i].at, end: lines[i].end };
    }
    // "UNITED STATES COUR'r OF APPEALS FOR THE SEVENTH CIRCUIT"
    for (let j = 1; j + 2 < w.length; j++) {
      if (!near(w[j], "APPEALS", 1) || !near(w[j - 1], "OF", 0) || !(near(w[j - 2] ?? "", "COURT", 1) || w[j - 2] === "COURR")) continue;
      const rest = w.slice(j + 1, j + 6);
      const c = rest.findIndex((x) => near(x, "CIRCUIT", 2));
      const ordinal = c > 0 ? Object.keys(CIRCUITS).find((o) => !o.includes(" ") && near(rest[c - 1], o.toUpperCase(), 1)) : undefined;
      const found = ordinal ? courtById(CIRCUITS[ordinal]) : null;
      if (found && !w.slice(0, j).some((x) => x === "FROM" || x === "TO")) return { court: found, at: lines[i].at, end: lines[i].end };
    }
    for (let j = 0; j + 1 < w.length && !lines[i].prose; j++) {
      if (!near(w[j], "DISTRICT", 2)) continue;
      // "DISTRICT OF KANSAS", "DISTRICT COURT OF KANSAS"
      let k = j + 1;
      const of = (x: string | undefined) => x === "OF" || x === "OP" || x === "OE";
      if (near(w[k], "COURT", 1) && of(w[k + 1])) k++;
      if (!of(w[k])) continue;
      // "FOR THE DISTRICT OF COLUMBIA": the district is the place itself
      if (/^COLU/.test(w[k + 1] ?? "") && w.slice(0, j).concat(lines[i - 1]?.words ?? []).some((x) => x === "THE")) {
        const above = lines.slice(Math.max(0, i - 3), i + 1).flatMap((l) => l.words);
        if (above.some((x) => near(x, "COURT", 1)) && above.some((x) => near(x, "UNITED", 1) || near(x, "STATES", 1))) return { court: courtById("dcd")!, at: lines[i].at, end: lines[i].end };
        continue;
      }
      // the state may wrap to the next line: "FOR THE MIDDLE DISTRICT OF / FLORID~"
      const state = nearState(k + 1 < w.length ? w.slice(k + 1) : (lines[i + 1]?.words ?? []));
      if (!state) continue;
      // a county's or parish's court is a state court
      if (/^(?:COUNTY|PARISH|CITY)$/.test(w[k + 1 + state.used] ?? "")) continue;
      const above = lines.slice(Math.max(0, i - 3), i + 1).flatMap((l) => l.words);
      const before = w.slice(0, j);
      if ([...lines.slice(Math.max(0, i - 1), i).flatMap((l) => l.words), ...before].some((x) => x === "FROM" || x === "APPEAL" || x === "APPEALS")) continue;
      const court = above.some((x) => near(x, "COURT", 1) || x === "OURT" || (x.startsWith("COUR") && x.length <= 7));
      // "U. S. DISTRICT COURT" leaves the letters U and S
      const federal = above.some((x) => near(x, "UNITED", 1) || near(x, "STATES", 1)) || /\bU S\b/.test(above.join(" "));
      if (!court || !federal) continue;
      // the direction may stand a stamp's spaced letters away: "MIDDLE F I L ED DISTRICT OF ALABAMA"
      const lead = [...(j === 0 ? (lines[i - 1]?.words ?? []) : []), ...w.slice(0, j)];
      let d = lead.length - 1;
      while (d > 0 && lead.length - d < 5 && lead[d].length <= 2) d--;
      const dirWord = d >= 0 ? nearest(lead[d], DIRECTIONS, 2) : undefined;
      // a direction too garbled to read ("SOtrrHERN DISTRICT") is not "no direction": abstain
      if (!dirWord && d >= 0 && /(?:ERN|DLE|RAL)$/.test(lead[d])) continue;
      const id = `${state.postal}${dirWord ? dirWord[0].toLowerCase() : ""}d`;
      const found = courtById(state.postal === "dc" && !dirWord ? "dcd" : id);
      if (found) return { court: found, at: lines[i].at, end: lines[i].end };
    }
  }
  return null;
}

/** Where a caption's court was read: its heading, a reprint's header or "Cite as" line, a docket report's head, an OCR-damaged heading, or the header stamp's form. */
export type CourtFrom = "heading" | "reprint-header" | "cite-as" | "docket-header" | "ocr-heading" | "stamp";

/** The court of a document and where it was read. */
export interface CourtReading {
  id: string;
  name: string;
  from: CourtFrom;
  /** Offsets into the document's text, when the words read are in it. */
  source?: { start: number; end: number };
}

// what tops a reprint's page: its reporter cite or running head ("418 F.2d 1040", "907 FEDERAL SUPPLEMENT", "Cite as …")
const REPRINT_PAGE_LEAD = new RegExp(`${REPRINT_LEAD.source}|\\bFEDERAL\\s{1,3}(?:SUPPLEMENT|REPORTER)\\b|\\bCite\\s{0,2}as\\b`);
// a court named as the object of prose, after a lowercase "the": "… Chief Judge, the United States District Court for the …"
// ("In the United States District Court for …" is a heading)
const NAMED_AS_OBJECT = /(?<!\bIn\s{1,3})\bthe\s{1,3}United\s{1,3}States\s{1,3}(?:District|Bankruptcy|Supreme)\s{1,3}Court\b[^.;]{0,80}/g;
// a court's name run on by a verb, as a sentence has it: "… Court of Appeals for the Fifth Circuit entered orders",
// "… the Southern District of California because …"
const NAMED_IN_PROSE = /\b(?:Court\s{1,3}of\s{1,3}Appeals\s{1,3}for\s{1,3}the\s{1,3}[A-Z][a-z]{2,8}\s{1,3}Circuit|District\s{1,3}of\s{1,3}[A-Z][a-z]{2,12}(?:\s[A-Z][a-z]{2,12})?)\s{1,3}(?!(?:for|of|at|in|and)\b)[a-z]{2,}/g;
/** `text` with the courts named in sentences blanked out. */
const withoutProse = (text: string) => text.replace(IN_PASSING_SENTENCE, " ").replace(NAMED_AS_OBJECT, " ").replace(NAMED_IN_PROSE, " ");
// a caption heading in capitals where the reprint's header was found: "UNITED STATES DISTRICT COURT EASTERN DISTRICT OF …"
const HEADING_AT_START = /^UNITED\s{1,3}STATES\s{1,3}(?:DISTRICT|BANKRUPTCY)\s{1,3}COURT\b[\s,]{1,6}(?:FOR\s{1,3}THE\s{1,3})?(?:(?:NORTHERN|SOUTHERN|EASTERN|WESTERN|CENTRAL|MIDDLE)\s{1,3})?DISTRICT\s{1,3}OF\b/;
// a court named in a sentence about another proceeding: "appeal to the United States Court of Appeals …"
const IN_PASSING_SENTENCE = /\b(?:appeal|petition|review|transfer|remand)\w*\s{1,3}(?:directly\s{1,3})?(?:to|from|by|in|with|before)\s{1,3}[^.;]{0,80}/gi;

/**
 * The court of a document: a caption heading, else a reprint's header (unless a heading comes before it),
 * a docket report's head, a "Cite as" line, an OCR-damaged heading, and last the header stamp's form.
 *
 * @example readCourt("UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF CALIFORNIA", "…", null)?.from // → "heading"
 */
export function readCourt(text: string, zoneText: string, stampRaw: string | null | undefined): CourtReading | null {
  const hit = (h: CourtHit | null, from: CourtFrom): CourtReading | null => (h ? { ...h.court, from, source: { start: h.at, end: h.end } } : null);
  const reprint = reprintCourt(text);
  if (reprint) {
    // a caption heading printed above the reprint's header is the document's own; but past the reprint's own
    // lead (its reporter cite) the words above are the other column's prose ("… Chief Judge, the United States
    // District Court for …", "… the Nebraska Supreme Court"), and the reprint's header may itself open a
    // caption heading ("UNITED STATES DISTRICT COURT EASTERN DISTRICT OF NEW YORK" over a clerk's "S.D.N.Y." stamp)
    const lead = REPRINT_PAGE_LEAD.exec(text.slice(0, reprint.at));
    const aboveText = withoutProse(text.slice(0, lead ? lead.index : reprint.at));
    const own = localCourt(text.slice(reprint.at, reprint.at + 200));
    const above = reprint.at > 0 ? courtFromCaptionText(aboveText) : null;
    if (above) return { ...above, from: "heading" };
    if (own && HEADING_AT_START.test(text.slice(reprint.at, reprint.at + 200))) return { ...own, from: "heading", source: { start: reprint.at, end: reprint.end } };
    return hit(reprint, "reprint-header");
  }
  const heading = courtFromCaptionText(withoutProse(zoneText)) ?? courtFromCaptionText(withoutProse(text.slice(0, 4000)));
  // a reprint's "Cite as" running head on the first lines outranks a court the table reads further down (the synopsis
  // names the court below: "The United States District Court for the District of Connecticut … granted …")
  const cite = citeAsCourt(text);
  if (cite && cite.at < 400 && heading && heading.id !== cite.court.id && !courtFromCaptionText(withoutProse(text.slice(0, cite.at)))) return hit(cite, "cite-as");
  const garbled = garbledHeadingCourt(text);
  // an OCR-damaged heading at the top outranks a court the table reads further down
  if (heading && !(garbled && garbled.court.id !== heading.id && !courtFromCaptionText(text.slice(0, garbled.end).replace(IN_PASSING_SENTENCE, " ")))) return { ...heading, from: "heading" };
  const found = hit(garbled, "ocr-heading") ?? hit(docketHeadCourt(text), "docket-header") ?? hit(citeAsCourt(text), "cite-as");
  if (found) return found;
  const stamp = courtFromStamp(stampRaw);
  return stamp ? { ...stamp, from: "stamp" } : null;
}
