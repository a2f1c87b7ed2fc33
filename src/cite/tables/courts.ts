/**
 * Every U.S. court casefile knows, in CourtListener's id convention (`scotus`, `ca9`,
 * `casd`, `nysb`, `cal`, `calctapp` …): its full name, the abbreviations citation
 * parentheticals use for it, the way captions print it, and for district courts the
 * CM/ECF office numbers that lead their case numbers.
 *
 * Data first, then a few small lookups. No Node-only imports: this runs in a browser.
 * Every court of Free Law Project's courts-db (`generated/courts.ts`, from `npm run
 * gen:tables`) is known too: `courtById` and `courtFromCitation` fall back to it for the
 * courts this hand table, which adds captions and CM/ECF offices, does not hold.
 */
import { COURTS_DB } from "./generated/courts.js";
import type { GeneratedCourt } from "./generated/types.js";

export type CourtType =
  | "scotus"
  | "appellate"
  | "district"
  | "bankruptcy"
  /** A bankruptcy appellate panel (B.A.P.). */
  | "bankruptcy-appellate"
  | "state-supreme"
  | "state-appellate"
  | "state-trial"
  /** Article I and other specialised federal courts (Tax Court, Court of Federal Claims …). */
  | "special";

export interface Court {
  /** CourtListener id, e.g. `casd`. */
  id: string;
  /** Full name, e.g. "United States District Court for the Southern District of California". */
  name: string;
  /** Abbreviations as parentheticals print them; the first is the Bluebook form. */
  citation: string[];
  /** The court's name as captions print it, upper case, words separated by single spaces. */
  caption: string[];
  type: CourtType;
  /** Two-letter postal code of the state or territory, or `us` for national courts. */
  jurisdiction: string;
  /** Federal circuit the court sits in (`ca9`), for district, bankruptcy and BAP courts. */
  circuit?: string;
  /** CM/ECF office number (the `3` in `3:17-cv-00218`) → office or division name. */
  offices?: Record<string, string>;
  /** The office number nearly every case of the court carries, where there is one. */
  defaultOffice?: string;
  /** First year the court decided cases under this id, where well known (`ca11`: 1981). */
  established?: number;
}

// ---------------------------------------------------------------------------
// States and territories

interface StateInfo {
  postal: string;
  name: string;
  /** Bluebook abbreviation first, then variants seen in practice. */
  abbrev: string[];
  circuit: string;
  /** West's regional reporter that prints the state's appellate decisions (`P.`, `N.E.` …). */
  region?: string;
}

const STATES: StateInfo[] = [
  { postal: "al", name: "Alabama", abbrev: ["Ala."], circuit: "ca11", region: "So." },
  { postal: "ak", name: "Alaska", abbrev: ["Alaska"], circuit: "ca9", region: "P." },
  { postal: "az", name: "Arizona", abbrev: ["Ariz."], circuit: "ca9", region: "P." },
  { postal: "ar", name: "Arkansas", abbrev: ["Ark."], circuit: "ca8", region: "S.W." },
  { postal: "ca", name: "California", abbrev: ["Cal.", "Calif."], circuit: "ca9", region: "P." },
  { postal: "co", name: "Colorado", abbrev: ["Colo."], circuit: "ca10", region: "P." },
  { postal: "ct", name: "Connecticut", abbrev: ["Conn."], circuit: "ca2", region: "A." },
  { postal: "de", name: "Delaware", abbrev: ["Del."], circuit: "ca3", region: "A." },
  { postal: "dc", name: "District of Columbia", abbrev: ["D.C."], circuit: "cadc", region: "A." },
  { postal: "fl", name: "Florida", abbrev: ["Fla."], circuit: "ca11", region: "So." },
  { postal: "ga", name: "Georgia", abbrev: ["Ga."], circuit: "ca11", region: "S.E." },
  { postal: "gu", name: "Guam", abbrev: ["Guam"], circuit: "ca9" },
  { postal: "hi", name: "Hawaii", abbrev: ["Haw.", "Hawaii"], circuit: "ca9", region: "P." },
  { postal: "id", name: "Idaho", abbrev: ["Idaho"], circuit: "ca9", region: "P." },
  { postal: "il", name: "Illinois", abbrev: ["Ill."], circuit: "ca7", region: "N.E." },
  { postal: "in", name: "Indiana", abbrev: ["Ind."], circuit: "ca7", region: "N.E." },
  { postal: "ia", name: "Iowa", abbrev: ["Iowa"], circuit: "ca8", region: "N.W." },
  { postal: "ks", name: "Kansas", abbrev: ["Kan.", "Kans."], circuit: "ca10", region: "P." },
  { postal: "ky", name: "Kentucky", abbrev: ["Ky."], circuit: "ca6", region: "S.W." },
  { postal: "la", name: "Louisiana", abbrev: ["La."], circuit: "ca5", region: "So." },
  { postal: "me", name: "Maine", abbrev: ["Me."], circuit: "ca1", region: "A." },
  { postal: "md", name: "Maryland", abbrev: ["Md."], circuit: "ca4", region: "A." },
  { postal: "ma", name: "Massachusetts", abbrev: ["Mass."], circuit: "ca1", region: "N.E." },
  { postal: "mi", name: "Michigan", abbrev: ["Mich."], circuit: "ca6", region: "N.W." },
  { postal: "mn", name: "Minnesota", abbrev: ["Minn."], circuit: "ca8", region: "N.W." },
  { postal: "ms", name: "Mississippi", abbrev: ["Miss."], circuit: "ca5", region: "So." },
  { postal: "mo", name: "Missouri", abbrev: ["Mo."], circuit: "ca8", region: "S.W." },
  { postal: "mt", name: "Montana", abbrev: ["Mont."], circuit: "ca9", region: "P." },
  { postal: "ne", name: "Nebraska", abbrev: ["Neb.", "Nebr."], circuit: "ca8", region: "N.W." },
  { postal: "nv", name: "Nevada", abbrev: ["Nev."], circuit: "ca9", region: "P." },
  { postal: "nh", name: "New Hampshire", abbrev: ["N.H."], circuit: "ca1", region: "A." },
  { postal: "nj", name: "New Jersey", abbrev: ["N.J."], circuit: "ca3", region: "A." },
  { postal: "nm", name: "New Mexico", abbrev: ["N.M."], circuit: "ca10", region: "P." },
  { postal: "ny", name: "New York", abbrev: ["N.Y."], circuit: "ca2", region: "N.E." },
  { postal: "nc", name: "North Carolina", abbrev: ["N.C."], circuit: "ca4", region: "S.E." },
  { postal: "nd", name: "North Dakota", abbrev: ["N.D."], circuit: "ca8", region: "N.W." },
  { postal: "mp", name: "Northern Mariana Islands", abbrev: ["N. Mar. I."], circuit: "ca9" },
  { postal: "oh", name: "Ohio", abbrev: ["Ohio"], circuit: "ca6", region: "N.E." },
  { postal: "ok", name: "Oklahoma", abbrev: ["Okla."], circuit: "ca10", region: "P." },
  { postal: "or", name: "Oregon", abbrev: ["Or.", "Ore."], circuit: "ca9", region: "P." },
  { postal: "pa", name: "Pennsylvania", abbrev: ["Pa.", "Penn."], circuit: "ca3", region: "A." },
  { postal: "pr", name: "Puerto Rico", abbrev: ["P.R."], circuit: "ca1" },
  { postal: "ri", name: "Rhode Island", abbrev: ["R.I."], circuit: "ca1", region: "A." },
  { postal: "sc", name: "South Carolina", abbrev: ["S.C."], circuit: "ca4", region: "S.E." },
  { postal: "sd", name: "South Dakota", abbrev: ["S.D."], circuit: "ca8", region: "N.W." },
  { postal: "tn", name: "Tennessee", abbrev: ["Tenn."], circuit: "ca6", region: "S.W." },
  { postal: "tx", name: "Texas", abbrev: ["Tex."], circuit: "ca5", region: "S.W." },
  { postal: "ut", name: "Utah", abbrev: ["Utah"], circuit: "ca10", region: "P." },
  { postal: "vt", name: "Vermont", abbrev: ["Vt."], circuit: "ca2", region: "A." },
  { postal: "vi", name: "Virgin Islands", abbrev: ["V.I."], circuit: "ca3" },
  { postal: "va", name: "Virginia", abbrev: ["Va."], circuit: "ca4", region: "S.E." },
  { postal: "wa", name: "Washington", abbrev: ["Wash."], circuit: "ca9", region: "P." },
  { postal: "wv", name: "West Virginia", abbrev: ["W. Va."], circuit: "ca4", region: "S.E." },
  { postal: "wi", name: "Wisconsin", abbrev: ["Wis.", "Wisc."], circuit: "ca7", region: "N.W." },
  { postal: "wy", name: "Wyoming", abbrev: ["Wyo."], circuit: "ca10", region: "P." },
];

const STATE_BY_POSTAL = new Map(STATES.map((s) => [s.postal, s]));

// ---------------------------------------------------------------------------
// Federal courts of national reach

const NATIONAL: Court[] = [
  {
    id: "scotus",
    name: "Supreme Court of the United States",
    citation: ["U.S.", "S. Ct.", "SCOTUS"],
    caption: ["SUPREME COURT OF THE UNITED STATES", "IN THE SUPREME COURT OF THE UNITED STATES", "UNITED STATES SUPREME COURT"],
    type: "scotus",
    jurisdiction: "us",
  },
  {
    id: "uscfc",
    name: "United States Court of Federal Claims",
    // "Cl. Ct." is the same court under its 1982–1992 name, the Claims Court.
    citation: ["Fed. Cl.", "Ct. Fed. Cl.", "Cl. Ct.", "C.F.C.", "COFC"],
    caption: ["UNITED STATES COURT OF FEDERAL CLAIMS", "COURT OF FEDERAL CLAIMS", "UNITED STATES CLAIMS COURT"],
    type: "special",
    jurisdiction: "us",
  },
  {
    id: "tax",
    name: "United States Tax Court",
    citation: ["T.C.", "Tax Ct.", "U.S.T.C."],
    caption: ["UNITED STATES TAX COURT"],
    type: "special",
    jurisdiction: "us",
  },
  {
    id: "cit",
    name: "United States Court of International Trade",
    citation: ["Ct. Int'l Trade", "CIT", "C.I.T."],
    caption: ["UNITED STATES COURT OF INTERNATIONAL TRADE", "COURT OF INTERNATIONAL TRADE"],
    type: "special",
    jurisdiction: "us",
  },
  {
    id: "jpml",
    name: "United States Judicial Panel on Multidistrict Litigation",
    citation: ["J.P.M.L.", "JPML"],
    caption: ["JUDICIAL PANEL ON MULTIDISTRICT LITIGATION"],
    type: "special",
    jurisdiction: "us",
  },
  {
    id: "cavc",
    name: "United States Court of Appeals for Veterans Claims",
    citation: ["Vet. App.", "CAVC", "Ct. Vet. App."],
    caption: ["UNITED STATES COURT OF APPEALS FOR VETERANS CLAIMS", "COURT OF APPEALS FOR VETERANS CLAIMS"],
    type: "special",
    jurisdiction: "us",
  },
  {
    id: "armfor",
    name: "United States Court of Appeals for the Armed Forces",
    citation: ["C.A.A.F.", "CAAF", "C.M.A."],
    caption: ["UNITED STATES COURT OF APPEALS FOR THE ARMED FORCES", "COURT OF APPEALS FOR THE ARMED FORCES"],
    type: "special",
    jurisdiction: "us",
  },
  {
    id: "cc",
    name: "United States Court of Claims",
    citation: ["Ct. Cl.", "Ct. Claims"],
    caption: ["UNITED STATES COURT OF CLAIMS"],
    type: "special",
    jurisdiction: "us",
  },
  {
    id: "ccpa",
    name: "United States Court of Customs and Patent Appeals",
    citation: ["C.C.P.A."],
    caption: ["UNITED STATES COURT OF CUSTOMS AND PATENT APPEALS", "COURT OF CUSTOMS AND PATENT APPEALS"],
    type: "special",
    jurisdiction: "us",
  },
];

// ---------------------------------------------------------------------------
// Courts of appeals and bankruptcy appellate panels

const ORDINALS = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh"];
const ORD_SHORT = ["1st", "2d", "3d", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "11th"];
/** `2nd`/`3rd` are common outside the Bluebook. */
const ORD_ALT: Record<number, string> = { 2: "2nd", 3: "3rd" };

function circuitCourts(): Court[] {
  const out: Court[] = [];
  ORDINALS.forEach((word, i) => {
    const n = i + 1;
    const shorts = [ORD_SHORT[i], ...(ORD_ALT[n] ? [ORD_ALT[n]] : [])];
    out.push({
      id: `ca${n}`,
      name: `United States Court of Appeals for the ${word} Circuit`,
      citation: [...shorts.map((s) => `${s} Cir.`), `C.A.${n}`, `CA${n}`],
      // Reporter headnotes print "United States Court of Appeals, Ninth Circuit."
      caption: [`UNITED STATES COURT OF APPEALS FOR THE ${word.toUpperCase()} CIRCUIT`, `COURT OF APPEALS FOR THE ${word.toUpperCase()} CIRCUIT`, `UNITED STATES COURT OF APPEALS ${word.toUpperCase()} CIRCUIT`],
      type: "appellate",
      jurisdiction: "us",
    });
  });
  out.push(
    {
      id: "cadc",
      name: "United States Court of Appeals for the District of Columbia Circuit",
      citation: ["D.C. Cir.", "C.A.D.C.", "CADC"],
      caption: ["UNITED STATES COURT OF APPEALS FOR THE DISTRICT OF COLUMBIA CIRCUIT", "COURT OF APPEALS FOR THE DISTRICT OF COLUMBIA CIRCUIT", "UNITED STATES COURT OF APPEALS DISTRICT OF COLUMBIA CIRCUIT", "FOR THE DISTRICT OF COLUMBIA CIRCUIT"],
      type: "appellate",
      jurisdiction: "us",
    },
    {
      id: "cafc",
      name: "United States Court of Appeals for the Federal Circuit",
      citation: ["Fed. Cir.", "C.A.F.C.", "CAFC"],
      caption: ["UNITED STATES COURT OF APPEALS FOR THE FEDERAL CIRCUIT", "COURT OF APPEALS FOR THE FEDERAL CIRCUIT", "UNITED STATES COURT OF APPEALS FEDERAL CIRCUIT"],
      type: "appellate",
      jurisdiction: "us",
    },
  );
  // Only these circuits run a bankruptcy appellate panel.
  for (const n of [1, 2, 6, 8, 9, 10]) {
    const shorts = [ORD_SHORT[n - 1], ...(ORD_ALT[n] ? [ORD_ALT[n]] : [])];
    const word = ORDINALS[n - 1];
    out.push({
      id: `bap${n}`,
      name: `United States Bankruptcy Appellate Panel for the ${word} Circuit`,
      citation: shorts.flatMap((s) => [`B.A.P. ${s} Cir.`, `${s} Cir. B.A.P.`, `BAP ${s} Cir.`]),
      caption: [
        `UNITED STATES BANKRUPTCY APPELLATE PANEL OF THE ${word.toUpperCase()} CIRCUIT`,
        `UNITED STATES BANKRUPTCY APPELLATE PANEL FOR THE ${word.toUpperCase()} CIRCUIT`,
        `BANKRUPTCY APPELLATE PANEL OF THE ${word.toUpperCase()} CIRCUIT`,
        `BANKRUPTCY APPELLATE PANEL FOR THE ${word.toUpperCase()} CIRCUIT`,
      ],
      type: "bankruptcy-appellate",
      jurisdiction: "us",
      circuit: `ca${n}`,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------
// District and bankruptcy courts

type Direction = "" | "N" | "S" | "E" | "W" | "M" | "C";
const DIRECTION_WORD: Record<Direction, string> = { "": "", N: "Northern", S: "Southern", E: "Eastern", W: "Western", M: "Middle", C: "Central" };

/** [id, state, direction, offices (number → office), default office]. Offices are listed
 * only where the numbering is well known; a court missing here simply has none. */
type DistrictRow = [string, string, Direction, Record<string, string>?, string?];

const DISTRICTS: DistrictRow[] = [
  ["almd", "al", "M"], ["alnd", "al", "N"], ["alsd", "al", "S"],
  ["akd", "ak", "", { "3": "Anchorage", "4": "Fairbanks", "1": "Juneau" }],
  ["azd", "az", "", { "2": "Phoenix", "3": "Prescott", "4": "Tucson" }],
  ["ared", "ar", "E"], ["arwd", "ar", "W"],
  ["cacd", "ca", "C", { "2": "Western Division (Los Angeles)", "5": "Eastern Division (Riverside)", "8": "Southern Division (Santa Ana)" }],
  ["caed", "ca", "E", { "1": "Fresno", "2": "Sacramento" }],
  ["cand", "ca", "N", { "1": "Eureka", "3": "San Francisco", "4": "Oakland", "5": "San Jose" }],
  ["casd", "ca", "S", { "3": "San Diego" }, "3"],
  ["cod", "co", "", { "1": "Denver" }, "1"],
  ["ctd", "ct", "", { "3": "New Haven" }],
  ["ded", "de", "", { "1": "Wilmington" }, "1"],
  ["dcd", "dc", "", { "1": "Washington" }, "1"],
  ["flmd", "fl", "M", { "2": "Fort Myers", "3": "Jacksonville", "5": "Ocala", "6": "Orlando", "8": "Tampa" }],
  ["flnd", "fl", "N", { "1": "Gainesville", "3": "Pensacola", "4": "Tallahassee", "5": "Panama City" }],
  ["flsd", "fl", "S"],
  ["gamd", "ga", "M"], ["gand", "ga", "N", { "1": "Atlanta", "2": "Gainesville", "3": "Newnan", "4": "Rome" }], ["gasd", "ga", "S"],
  ["gud", "gu", "", { "1": "Hagåtña" }, "1"],
  ["hid", "hi", "", { "1": "Honolulu" }, "1"],
  ["idd", "id", "", { "1": "Boise (Southern)", "2": "Coeur d'Alene (Northern)", "4": "Pocatello (Eastern)" }],
  ["ilcd", "il", "C"], ["ilnd", "il", "N", { "1": "Eastern Division (Chicago)", "3": "Western Division (Rockford)" }], ["ilsd", "il", "S"],
  ["innd", "in", "N"], ["insd", "in", "S"],
  ["iand", "ia", "N"], ["iasd", "ia", "S"],
  ["ksd", "ks", "", { "2": "Kansas City", "5": "Topeka", "6": "Wichita" }],
  ["kyed", "ky", "E"], ["kywd", "ky", "W"],
  ["laed", "la", "E", { "2": "New Orleans" }, "2"], ["lamd", "la", "M", { "3": "Baton Rouge" }, "3"], ["lawd", "la", "W"],
  ["med", "me", "", { "1": "Bangor", "2": "Portland" }],
  ["mdd", "md", "", { "1": "Baltimore", "8": "Greenbelt" }],
  ["mad", "ma", "", { "1": "Boston", "3": "Springfield", "4": "Worcester" }],
  ["mied", "mi", "E", { "2": "Detroit", "4": "Flint" }], ["miwd", "mi", "W", { "1": "Grand Rapids" }],
  ["mnd", "mn", "", { "0": "Minnesota" }, "0"],
  ["msnd", "ms", "N"], ["mssd", "ms", "S"],
  ["moed", "mo", "E", { "4": "St. Louis (Eastern)", "1": "Southeastern", "2": "Northern" }], ["mowd", "mo", "W", { "4": "Kansas City (Western)", "2": "Central", "3": "Southwestern", "5": "St. Joseph", "6": "Southern" }],
  ["mtd", "mt", ""],
  ["ned", "ne", "", { "4": "Lincoln", "8": "Omaha" }],
  ["nvd", "nv", "", { "2": "Las Vegas", "3": "Reno" }],
  ["nhd", "nh", "", { "1": "Concord" }, "1"],
  ["njd", "nj", "", { "1": "Camden", "2": "Newark", "3": "Trenton" }],
  ["nmd", "nm", "", { "1": "Albuquerque", "2": "Las Cruces" }],
  ["nyed", "ny", "E", { "1": "Brooklyn", "2": "Central Islip" }],
  ["nynd", "ny", "N", { "1": "Albany", "5": "Syracuse", "6": "Utica", "8": "Binghamton", "9": "Syracuse" }],
  ["nysd", "ny", "S", { "1": "Manhattan", "7": "White Plains" }],
  ["nywd", "ny", "W", { "1": "Buffalo", "6": "Rochester" }],
  ["nced", "nc", "E"], ["ncmd", "nc", "M", { "1": "Greensboro" }, "1"], ["ncwd", "nc", "W", { "1": "Asheville", "3": "Charlotte", "5": "Statesville" }],
  ["ndd", "nd", ""],
  ["nmid", "mp", "", { "1": "Saipan" }, "1"],
  ["ohnd", "oh", "N", { "1": "Cleveland", "3": "Toledo", "4": "Youngstown", "5": "Akron" }],
  ["ohsd", "oh", "S", { "1": "Cincinnati", "2": "Columbus", "3": "Dayton" }],
  ["oked", "ok", "E"], ["oknd", "ok", "N", { "4": "Tulsa" }, "4"], ["okwd", "ok", "W", { "5": "Oklahoma City" }, "5"],
  ["ord", "or", "", { "1": "Medford", "2": "Pendleton", "3": "Portland", "6": "Eugene" }],
  ["paed", "pa", "E", { "2": "Philadelphia", "5": "Allentown" }],
  ["pamd", "pa", "M", { "1": "Harrisburg", "3": "Scranton", "4": "Williamsport" }],
  ["pawd", "pa", "W", { "1": "Erie", "2": "Pittsburgh", "3": "Johnstown" }],
  ["prd", "pr", "", { "3": "San Juan" }, "3"],
  ["rid", "ri", "", { "1": "Providence" }, "1"],
  ["scd", "sc", ""],
  ["sdd", "sd", "", { "4": "Sioux Falls (Southern)", "5": "Rapid City (Western)", "3": "Pierre (Central)", "1": "Aberdeen (Northern)" }],
  ["tned", "tn", "E", { "1": "Chattanooga", "2": "Greeneville", "3": "Knoxville", "4": "Winchester" }],
  ["tnmd", "tn", "M", { "1": "Columbia", "2": "Cookeville", "3": "Nashville" }],
  ["tnwd", "tn", "W", { "1": "Eastern (Jackson)", "2": "Western (Memphis)" }],
  ["txed", "tx", "E", { "1": "Beaumont", "2": "Marshall", "4": "Sherman", "5": "Texarkana", "6": "Tyler", "9": "Lufkin" }],
  ["txnd", "tx", "N", { "1": "Abilene", "2": "Amarillo", "3": "Dallas", "4": "Fort Worth", "5": "Lubbock", "6": "San Angelo", "7": "Wichita Falls" }],
  ["txsd", "tx", "S", { "1": "Brownsville", "2": "Corpus Christi", "3": "Galveston", "4": "Houston", "5": "Laredo", "6": "Victoria", "7": "McAllen" }],
  ["txwd", "tx", "W", { "1": "Austin", "2": "Del Rio", "3": "El Paso", "4": "Pecos", "5": "San Antonio", "6": "Waco", "7": "Midland" }],
  ["utd", "ut", "", { "2": "Central (Salt Lake City)", "1": "Northern", "4": "Southern" }, "2"],
  ["vtd", "vt", "", { "1": "Burlington", "2": "Rutland", "5": "Brattleboro" }],
  ["vid", "vi", "", { "1": "St. Croix", "3": "St. Thomas" }],
  ["vaed", "va", "E", { "1": "Alexandria", "2": "Norfolk", "3": "Richmond", "4": "Newport News" }],
  ["vawd", "va", "W", { "1": "Abingdon", "4": "Charlottesville", "5": "Harrisonburg", "6": "Lynchburg", "7": "Roanoke" }],
  ["waed", "wa", "E", { "1": "Yakima", "2": "Spokane", "4": "Richland" }],
  ["wawd", "wa", "W", { "2": "Seattle", "3": "Tacoma" }],
  ["wvnd", "wv", "N"], ["wvsd", "wv", "S"],
  ["wied", "wi", "E", { "2": "Milwaukee", "1": "Green Bay" }], ["wiwd", "wi", "W", { "3": "Madison" }, "3"],
  ["wyd", "wy", "", { "1": "Cheyenne", "2": "Casper" }],
];

/** Bankruptcy ids are the district id with `d` → `b`, save where CourtListener already used
 * the result for something else: Arizona is `arb`, Nebraska `nebraskab`. */
const BANKRUPTCY_ID_EXCEPTIONS: Record<string, string> = { azd: "arb", ned: "nebraskab" };

/** Territorial courts are "District Court of Guam", not "… for the District of Guam". */
const TERRITORIAL_NAME: Record<string, string> = {
  gud: "District Court of Guam",
  vid: "District Court of the Virgin Islands",
  nmid: "District Court for the Northern Mariana Islands",
};

/** "S.D." + "N.Y." → "S.D.N.Y."; "S.D." + "Cal." → "S.D. Cal." (Bluebook spacing). */
function joinAbbrev(prefix: string, state: string): string {
  const closed = /^(?:[A-Z]\.)+$/.test(state);
  return closed ? `${prefix}${state}` : `${prefix} ${state}`;
}

/** "Southern District of California", "District of Columbia", "District of the Virgin Islands". */
function districtName(dir: Direction, state: StateInfo): string {
  if (state.postal === "dc") return "District of Columbia";
  const the = state.postal === "vi" ? "the " : "";
  return `${dir ? DIRECTION_WORD[dir] + " " : ""}District of ${the}${state.name}`;
}

function districtCourts(): Court[] {
  const out: Court[] = [];
  for (const [id, postal, dir, offices, office] of DISTRICTS) {
    const state = STATE_BY_POSTAL.get(postal);
    if (!state) throw new Error(`courts table: unknown state ${postal} for ${id}`);
    const prefix = dir ? `${dir}.D.` : "D.";
    const name = districtName(dir, state);
    const phrase = name.toUpperCase();
    const citation = state.abbrev.map((a) => joinAbbrev(prefix, a));
    const territorial = TERRITORIAL_NAME[id];
    const caption = [phrase];
    if (territorial) caption.push(territorial.toUpperCase());
    out.push({
      id,
      name: territorial ?? `United States District Court for the ${name}`,
      citation,
      caption,
      type: "district",
      jurisdiction: postal,
      circuit: state.circuit,
      ...(offices ? { offices } : {}),
      ...(office ? { defaultOffice: office } : {}),
    });
    const bid = BANKRUPTCY_ID_EXCEPTIONS[id] ?? id.replace(/d$/, "b");
    out.push({
      id: bid,
      name: `United States Bankruptcy Court for the ${name}`,
      citation: citation.flatMap((c) => [`Bankr. ${c}`, `${c} Bankr.`]),
      caption: [`BANKRUPTCY ${phrase}`],
      type: "bankruptcy",
      jurisdiction: postal,
      circuit: state.circuit,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------
// State courts

/** [id, type, full name, citations, caption phrases]. Highest courts come first in each state. */
type StateCourtRow = [string, CourtType, string, string[], string[]];

const STATE_COURTS: Record<string, StateCourtRow[]> = {
  al: [
    ["ala", "state-supreme", "Supreme Court of Alabama", ["Ala."], ["SUPREME COURT OF ALABAMA"]],
    ["alacivapp", "state-appellate", "Court of Civil Appeals of Alabama", ["Ala. Civ. App."], ["COURT OF CIVIL APPEALS OF ALABAMA", "ALABAMA COURT OF CIVIL APPEALS"]],
    ["alacrimapp", "state-appellate", "Court of Criminal Appeals of Alabama", ["Ala. Crim. App."], ["COURT OF CRIMINAL APPEALS OF ALABAMA", "ALABAMA COURT OF CRIMINAL APPEALS"]],
  ],
  ak: [
    ["alaska", "state-supreme", "Alaska Supreme Court", ["Alaska"], ["SUPREME COURT OF THE STATE OF ALASKA", "SUPREME COURT OF ALASKA", "ALASKA SUPREME COURT"]],
    ["alaskactapp", "state-appellate", "Court of Appeals of Alaska", ["Alaska Ct. App.", "Alaska App."], ["COURT OF APPEALS OF THE STATE OF ALASKA", "COURT OF APPEALS OF ALASKA"]],
  ],
  az: [
    ["ariz", "state-supreme", "Arizona Supreme Court", ["Ariz."], ["SUPREME COURT OF THE STATE OF ARIZONA", "SUPREME COURT OF ARIZONA", "ARIZONA SUPREME COURT"]],
    ["arizctapp", "state-appellate", "Court of Appeals of Arizona", ["Ariz. Ct. App.", "Ariz. App."], ["COURT OF APPEALS OF THE STATE OF ARIZONA", "COURT OF APPEALS STATE OF ARIZONA", "ARIZONA COURT OF APPEALS"]],
  ],
  ar: [
    ["ark", "state-supreme", "Supreme Court of Arkansas", ["Ark."], ["SUPREME COURT OF ARKANSAS", "ARKANSAS SUPREME COURT"]],
    ["arkctapp", "state-appellate", "Court of Appeals of Arkansas", ["Ark. Ct. App.", "Ark. App."], ["ARKANSAS COURT OF APPEALS", "COURT OF APPEALS OF ARKANSAS"]],
  ],
  ca: [
    ["cal", "state-supreme", "California Supreme Court", ["Cal.", "Calif."], ["SUPREME COURT OF CALIFORNIA", "SUPREME COURT OF THE STATE OF CALIFORNIA", "CALIFORNIA SUPREME COURT"]],
    ["calctapp", "state-appellate", "California Court of Appeal", ["Cal. Ct. App.", "Cal. App.", "Calif. Ct. App."], ["COURT OF APPEAL OF THE STATE OF CALIFORNIA", "CALIFORNIA COURT OF APPEAL", "COURT OF APPEAL OF CALIFORNIA"]],
    ["calappdeptsuper", "state-appellate", "Appellate Division of the Superior Court of California", ["Cal. App. Dep't Super. Ct.", "Cal. Super. Ct. App. Div."], ["APPELLATE DIVISION OF THE SUPERIOR COURT OF CALIFORNIA"]],
    ["calsuperct", "state-trial", "Superior Court of California", ["Cal. Super. Ct."], ["SUPERIOR COURT OF THE STATE OF CALIFORNIA", "SUPERIOR COURT OF CALIFORNIA"]],
  ],
  co: [
    ["colo", "state-supreme", "Supreme Court of Colorado", ["Colo."], ["SUPREME COURT OF THE STATE OF COLORADO", "SUPREME COURT OF COLORADO", "COLORADO SUPREME COURT"]],
    ["coloctapp", "state-appellate", "Colorado Court of Appeals", ["Colo. App.", "Colo. Ct. App."], ["COLORADO COURT OF APPEALS", "COURT OF APPEALS OF COLORADO"]],
  ],
  ct: [
    ["conn", "state-supreme", "Supreme Court of Connecticut", ["Conn."], ["SUPREME COURT OF CONNECTICUT", "SUPREME COURT OF THE STATE OF CONNECTICUT", "CONNECTICUT SUPREME COURT"]],
    ["connappct", "state-appellate", "Connecticut Appellate Court", ["Conn. App. Ct.", "Conn. App."], ["APPELLATE COURT OF CONNECTICUT", "CONNECTICUT APPELLATE COURT", "APPELLATE COURT OF THE STATE OF CONNECTICUT"]],
    ["connsuperct", "state-trial", "Connecticut Superior Court", ["Conn. Super. Ct.", "Conn. Super."], ["SUPERIOR COURT OF CONNECTICUT", "CONNECTICUT SUPERIOR COURT"]],
  ],
  de: [
    ["del", "state-supreme", "Supreme Court of Delaware", ["Del."], ["SUPREME COURT OF THE STATE OF DELAWARE", "SUPREME COURT OF DELAWARE", "DELAWARE SUPREME COURT"]],
    ["delch", "state-trial", "Court of Chancery of Delaware", ["Del. Ch."], ["COURT OF CHANCERY OF THE STATE OF DELAWARE", "COURT OF CHANCERY OF DELAWARE", "DELAWARE COURT OF CHANCERY"]],
    ["delsuperct", "state-trial", "Superior Court of Delaware", ["Del. Super. Ct.", "Del. Super."], ["SUPERIOR COURT OF THE STATE OF DELAWARE", "SUPERIOR COURT OF DELAWARE"]],
  ],
  dc: [
    ["dc", "state-supreme", "District of Columbia Court of Appeals", ["D.C.", "D.C. App."], ["DISTRICT OF COLUMBIA COURT OF APPEALS"]],
    ["dcsuperct", "state-trial", "Superior Court of the District of Columbia", ["D.C. Super. Ct."], ["SUPERIOR COURT OF THE DISTRICT OF COLUMBIA"]],
  ],
  fl: [
    ["fla", "state-supreme", "Supreme Court of Florida", ["Fla."], ["SUPREME COURT OF FLORIDA", "SUPREME COURT OF THE STATE OF FLORIDA", "FLORIDA SUPREME COURT"]],
    ["fladistctapp", "state-appellate", "District Court of Appeal of Florida", ["Fla. Dist. Ct. App.", "Fla. App.", "Fla. 1st DCA", "Fla. 2d DCA", "Fla. 3d DCA", "Fla. 4th DCA", "Fla. 5th DCA", "Fla. 6th DCA"], ["DISTRICT COURT OF APPEAL OF THE STATE OF FLORIDA", "DISTRICT COURT OF APPEAL OF FLORIDA", "FLORIDA DISTRICT COURT OF APPEAL"]],
  ],
  ga: [
    ["ga", "state-supreme", "Supreme Court of Georgia", ["Ga."], ["SUPREME COURT OF GEORGIA", "SUPREME COURT OF THE STATE OF GEORGIA"]],
    ["gactapp", "state-appellate", "Court of Appeals of Georgia", ["Ga. Ct. App.", "Ga. App."], ["COURT OF APPEALS OF GEORGIA", "COURT OF APPEALS OF THE STATE OF GEORGIA", "GEORGIA COURT OF APPEALS"]],
  ],
  gu: [["guam", "state-supreme", "Supreme Court of Guam", ["Guam"], ["SUPREME COURT OF GUAM"]]],
  hi: [
    ["haw", "state-supreme", "Hawaii Supreme Court", ["Haw.", "Hawaii"], ["SUPREME COURT OF THE STATE OF HAWAII", "SUPREME COURT OF HAWAII", "HAWAII SUPREME COURT"]],
    ["hawapp", "state-appellate", "Hawaii Intermediate Court of Appeals", ["Haw. Ct. App.", "Haw. App."], ["INTERMEDIATE COURT OF APPEALS OF THE STATE OF HAWAII", "INTERMEDIATE COURT OF APPEALS OF HAWAII"]],
  ],
  id: [
    ["idaho", "state-supreme", "Idaho Supreme Court", ["Idaho"], ["SUPREME COURT OF THE STATE OF IDAHO", "SUPREME COURT OF IDAHO", "IDAHO SUPREME COURT"]],
    ["idahoctapp", "state-appellate", "Idaho Court of Appeals", ["Idaho Ct. App.", "Idaho App."], ["COURT OF APPEALS OF THE STATE OF IDAHO", "COURT OF APPEALS OF IDAHO", "IDAHO COURT OF APPEALS"]],
  ],
  il: [
    ["ill", "state-supreme", "Illinois Supreme Court", ["Ill."], ["SUPREME COURT OF ILLINOIS", "SUPREME COURT OF THE STATE OF ILLINOIS", "ILLINOIS SUPREME COURT"]],
    ["illappct", "state-appellate", "Appellate Court of Illinois", ["Ill. App. Ct.", "Ill. App."], ["APPELLATE COURT OF ILLINOIS", "ILLINOIS APPELLATE COURT", "APPELLATE COURT OF THE STATE OF ILLINOIS"]],
  ],
  in: [
    ["ind", "state-supreme", "Indiana Supreme Court", ["Ind."], ["SUPREME COURT OF INDIANA", "INDIANA SUPREME COURT", "SUPREME COURT OF THE STATE OF INDIANA"]],
    ["indctapp", "state-appellate", "Indiana Court of Appeals", ["Ind. Ct. App.", "Ind. App."], ["COURT OF APPEALS OF INDIANA", "INDIANA COURT OF APPEALS"]],
    ["indtc", "state-trial", "Indiana Tax Court", ["Ind. T.C.", "Ind. Tax Ct."], ["INDIANA TAX COURT"]],
  ],
  ia: [
    ["iowa", "state-supreme", "Supreme Court of Iowa", ["Iowa"], ["SUPREME COURT OF IOWA", "IOWA SUPREME COURT"]],
    ["iowactapp", "state-appellate", "Court of Appeals of Iowa", ["Iowa Ct. App.", "Iowa App."], ["COURT OF APPEALS OF IOWA", "IOWA COURT OF APPEALS"]],
  ],
  ks: [
    ["kan", "state-supreme", "Supreme Court of Kansas", ["Kan.", "Kans."], ["SUPREME COURT OF THE STATE OF KANSAS", "SUPREME COURT OF KANSAS", "KANSAS SUPREME COURT"]],
    ["kanctapp", "state-appellate", "Court of Appeals of Kansas", ["Kan. Ct. App.", "Kan. App."], ["COURT OF APPEALS OF THE STATE OF KANSAS", "COURT OF APPEALS OF KANSAS", "KANSAS COURT OF APPEALS"]],
  ],
  ky: [
    ["ky", "state-supreme", "Kentucky Supreme Court", ["Ky."], ["SUPREME COURT OF KENTUCKY", "KENTUCKY SUPREME COURT", "COMMONWEALTH OF KENTUCKY SUPREME COURT"]],
    ["kyctapp", "state-appellate", "Court of Appeals of Kentucky", ["Ky. Ct. App.", "Ky. App."], ["COURT OF APPEALS OF KENTUCKY", "COMMONWEALTH OF KENTUCKY COURT OF APPEALS", "KENTUCKY COURT OF APPEALS"]],
  ],
  la: [
    ["la", "state-supreme", "Supreme Court of Louisiana", ["La."], ["SUPREME COURT OF LOUISIANA", "SUPREME COURT OF THE STATE OF LOUISIANA", "LOUISIANA SUPREME COURT"]],
    ["lactapp", "state-appellate", "Louisiana Court of Appeal", ["La. Ct. App.", "La. App."], ["COURT OF APPEAL OF LOUISIANA", "COURT OF APPEAL STATE OF LOUISIANA", "LOUISIANA COURT OF APPEAL"]],
  ],
  me: [["me", "state-supreme", "Supreme Judicial Court of Maine", ["Me."], ["SUPREME JUDICIAL COURT OF MAINE", "MAINE SUPREME JUDICIAL COURT"]]],
  md: [
    // Maryland's highest court was the Court of Appeals until December 2022.
    ["md", "state-supreme", "Supreme Court of Maryland", ["Md."], ["SUPREME COURT OF MARYLAND", "COURT OF APPEALS OF MARYLAND"]],
    ["mdctspecapp", "state-appellate", "Appellate Court of Maryland", ["Md. Ct. Spec. App.", "Md. App.", "Md. App. Ct."], ["COURT OF SPECIAL APPEALS OF MARYLAND", "APPELLATE COURT OF MARYLAND"]],
  ],
  ma: [
    ["mass", "state-supreme", "Massachusetts Supreme Judicial Court", ["Mass."], ["SUPREME JUDICIAL COURT OF MASSACHUSETTS", "MASSACHUSETTS SUPREME JUDICIAL COURT", "COMMONWEALTH OF MASSACHUSETTS SUPREME JUDICIAL COURT"]],
    ["massappct", "state-appellate", "Massachusetts Appeals Court", ["Mass. App. Ct.", "Mass. App."], ["APPEALS COURT OF MASSACHUSETTS", "MASSACHUSETTS APPEALS COURT", "COMMONWEALTH OF MASSACHUSETTS APPEALS COURT"]],
    ["masssuperct", "state-trial", "Massachusetts Superior Court", ["Mass. Super. Ct.", "Mass. Super."], ["SUPERIOR COURT OF MASSACHUSETTS", "MASSACHUSETTS SUPERIOR COURT", "COMMONWEALTH OF MASSACHUSETTS SUPERIOR COURT"]],
  ],
  mi: [
    ["mich", "state-supreme", "Michigan Supreme Court", ["Mich."], ["MICHIGAN SUPREME COURT", "SUPREME COURT OF MICHIGAN", "STATE OF MICHIGAN SUPREME COURT"]],
    ["michctapp", "state-appellate", "Michigan Court of Appeals", ["Mich. Ct. App.", "Mich. App."], ["MICHIGAN COURT OF APPEALS", "COURT OF APPEALS OF MICHIGAN", "STATE OF MICHIGAN COURT OF APPEALS"]],
  ],
  mn: [
    ["minn", "state-supreme", "Supreme Court of Minnesota", ["Minn."], ["SUPREME COURT OF MINNESOTA", "STATE OF MINNESOTA IN SUPREME COURT", "MINNESOTA SUPREME COURT"]],
    ["minnctapp", "state-appellate", "Court of Appeals of Minnesota", ["Minn. Ct. App.", "Minn. App."], ["COURT OF APPEALS OF MINNESOTA", "STATE OF MINNESOTA IN COURT OF APPEALS", "MINNESOTA COURT OF APPEALS"]],
  ],
  ms: [
    ["miss", "state-supreme", "Mississippi Supreme Court", ["Miss."], ["SUPREME COURT OF MISSISSIPPI", "MISSISSIPPI SUPREME COURT"]],
    ["missctapp", "state-appellate", "Court of Appeals of Mississippi", ["Miss. Ct. App.", "Miss. App."], ["COURT OF APPEALS OF THE STATE OF MISSISSIPPI", "COURT OF APPEALS OF MISSISSIPPI"]],
  ],
  mo: [
    ["mo", "state-supreme", "Supreme Court of Missouri", ["Mo."], ["SUPREME COURT OF MISSOURI", "MISSOURI SUPREME COURT"]],
    ["moctapp", "state-appellate", "Missouri Court of Appeals", ["Mo. Ct. App.", "Mo. App."], ["MISSOURI COURT OF APPEALS", "COURT OF APPEALS OF MISSOURI"]],
  ],
  mt: [["mont", "state-supreme", "Montana Supreme Court", ["Mont."], ["SUPREME COURT OF THE STATE OF MONTANA", "SUPREME COURT OF MONTANA", "MONTANA SUPREME COURT"]]],
  ne: [
    ["neb", "state-supreme", "Nebraska Supreme Court", ["Neb.", "Nebr."], ["SUPREME COURT OF NEBRASKA", "NEBRASKA SUPREME COURT"]],
    ["nebctapp", "state-appellate", "Nebraska Court of Appeals", ["Neb. Ct. App.", "Neb. App."], ["NEBRASKA COURT OF APPEALS", "COURT OF APPEALS OF NEBRASKA"]],
  ],
  nv: [
    ["nev", "state-supreme", "Supreme Court of Nevada", ["Nev."], ["SUPREME COURT OF THE STATE OF NEVADA", "SUPREME COURT OF NEVADA", "NEVADA SUPREME COURT"]],
    ["nevapp", "state-appellate", "Court of Appeals of Nevada", ["Nev. Ct. App.", "Nev. App."], ["COURT OF APPEALS OF THE STATE OF NEVADA", "COURT OF APPEALS OF NEVADA"]],
  ],
  nh: [["nh", "state-supreme", "Supreme Court of New Hampshire", ["N.H."], ["SUPREME COURT OF NEW HAMPSHIRE", "NEW HAMPSHIRE SUPREME COURT"]]],
  nj: [
    ["nj", "state-supreme", "Supreme Court of New Jersey", ["N.J."], ["SUPREME COURT OF NEW JERSEY", "NEW JERSEY SUPREME COURT"]],
    ["njsuperctappdiv", "state-appellate", "New Jersey Superior Court Appellate Division", ["N.J. Super. Ct. App. Div.", "N.J. App. Div."], ["SUPERIOR COURT OF NEW JERSEY APPELLATE DIVISION", "NEW JERSEY SUPERIOR COURT APPELLATE DIVISION"]],
    ["njsuperctchdiv", "state-trial", "New Jersey Superior Court Chancery Division", ["N.J. Super. Ct. Ch. Div."], ["SUPERIOR COURT OF NEW JERSEY CHANCERY DIVISION"]],
    ["njsuperctlawdiv", "state-trial", "New Jersey Superior Court Law Division", ["N.J. Super. Ct. Law Div."], ["SUPERIOR COURT OF NEW JERSEY LAW DIVISION"]],
  ],
  nm: [
    ["nm", "state-supreme", "New Mexico Supreme Court", ["N.M."], ["SUPREME COURT OF THE STATE OF NEW MEXICO", "SUPREME COURT OF NEW MEXICO", "NEW MEXICO SUPREME COURT"]],
    ["nmctapp", "state-appellate", "New Mexico Court of Appeals", ["N.M. Ct. App.", "N.M. App."], ["COURT OF APPEALS OF THE STATE OF NEW MEXICO", "COURT OF APPEALS OF NEW MEXICO", "NEW MEXICO COURT OF APPEALS"]],
  ],
  ny: [
    // In New York the Court of Appeals is the highest court and the Supreme Court the trial court.
    ["ny", "state-supreme", "New York Court of Appeals", ["N.Y."], ["COURT OF APPEALS OF THE STATE OF NEW YORK", "STATE OF NEW YORK COURT OF APPEALS", "NEW YORK COURT OF APPEALS", "COURT OF APPEALS OF NEW YORK"]],
    ["nyappdiv", "state-appellate", "Appellate Division of the Supreme Court of the State of New York", ["N.Y. App. Div.", "App. Div."], ["SUPREME COURT OF THE STATE OF NEW YORK APPELLATE DIVISION", "APPELLATE DIVISION OF THE SUPREME COURT OF THE STATE OF NEW YORK", "SUPREME COURT OF NEW YORK APPELLATE DIVISION", "SUPREME COURT APPELLATE DIVISION"]],
    ["nyappterm", "state-appellate", "Appellate Term of the Supreme Court of New York", ["N.Y. App. Term"], ["SUPREME COURT OF THE STATE OF NEW YORK APPELLATE TERM", "APPELLATE TERM OF THE SUPREME COURT OF THE STATE OF NEW YORK"]],
    ["nysupct", "state-trial", "New York Supreme Court", ["N.Y. Sup. Ct.", "Sup. Ct. N.Y."], ["SUPREME COURT OF THE STATE OF NEW YORK", "NEW YORK STATE SUPREME COURT", "SUPREME COURT OF NEW YORK"]],
    ["nyfamct", "state-trial", "New York Family Court", ["N.Y. Fam. Ct."], ["FAMILY COURT OF THE STATE OF NEW YORK"]],
    ["nysurct", "state-trial", "New York Surrogate's Court", ["N.Y. Sur. Ct."], ["SURROGATE'S COURT OF THE STATE OF NEW YORK", "SURROGATES COURT OF THE STATE OF NEW YORK"]],
    ["nyciv", "state-trial", "Civil Court of the City of New York", ["N.Y. Civ. Ct."], ["CIVIL COURT OF THE CITY OF NEW YORK"]],
    ["nycrimct", "state-trial", "New York Criminal Court", ["N.Y. Crim. Ct."], ["CRIMINAL COURT OF THE CITY OF NEW YORK"]],
    ["nyclaimsct", "state-trial", "New York Court of Claims", ["N.Y. Ct. Cl."], ["COURT OF CLAIMS OF THE STATE OF NEW YORK", "STATE OF NEW YORK COURT OF CLAIMS"]],
  ],
  nc: [
    ["nc", "state-supreme", "Supreme Court of North Carolina", ["N.C."], ["SUPREME COURT OF NORTH CAROLINA", "NORTH CAROLINA SUPREME COURT"]],
    ["ncctapp", "state-appellate", "Court of Appeals of North Carolina", ["N.C. Ct. App.", "N.C. App."], ["COURT OF APPEALS OF NORTH CAROLINA", "NORTH CAROLINA COURT OF APPEALS"]],
  ],
  nd: [
    ["nd", "state-supreme", "North Dakota Supreme Court", ["N.D."], ["SUPREME COURT OF NORTH DAKOTA", "SUPREME COURT STATE OF NORTH DAKOTA", "NORTH DAKOTA SUPREME COURT"]],
    ["ndctapp", "state-appellate", "North Dakota Court of Appeals", ["N.D. Ct. App.", "N.D. App."], ["COURT OF APPEALS OF NORTH DAKOTA", "NORTH DAKOTA COURT OF APPEALS"]],
  ],
  oh: [
    ["ohio", "state-supreme", "Ohio Supreme Court", ["Ohio"], ["SUPREME COURT OF OHIO", "OHIO SUPREME COURT", "THE SUPREME COURT OF OHIO"]],
    ["ohioctapp", "state-appellate", "Ohio Court of Appeals", ["Ohio Ct. App.", "Ohio App."], ["COURT OF APPEALS OF OHIO", "OHIO COURT OF APPEALS", "IN THE COURT OF APPEALS OF OHIO"]],
    ["ohioctcl", "state-trial", "Ohio Court of Claims", ["Ohio Ct. Cl."], ["COURT OF CLAIMS OF OHIO"]],
  ],
  ok: [
    ["okla", "state-supreme", "Supreme Court of Oklahoma", ["Okla."], ["SUPREME COURT OF THE STATE OF OKLAHOMA", "SUPREME COURT OF OKLAHOMA", "OKLAHOMA SUPREME COURT"]],
    ["oklacivapp", "state-appellate", "Court of Civil Appeals of Oklahoma", ["Okla. Civ. App."], ["COURT OF CIVIL APPEALS OF THE STATE OF OKLAHOMA", "COURT OF CIVIL APPEALS OF OKLAHOMA", "OKLAHOMA COURT OF CIVIL APPEALS"]],
    ["oklacrimapp", "state-appellate", "Court of Criminal Appeals of Oklahoma", ["Okla. Crim. App."], ["COURT OF CRIMINAL APPEALS OF THE STATE OF OKLAHOMA", "COURT OF CRIMINAL APPEALS OF OKLAHOMA", "OKLAHOMA COURT OF CRIMINAL APPEALS"]],
  ],
  or: [
    ["or", "state-supreme", "Oregon Supreme Court", ["Or.", "Ore."], ["SUPREME COURT OF THE STATE OF OREGON", "SUPREME COURT OF OREGON", "OREGON SUPREME COURT"]],
    ["orctapp", "state-appellate", "Court of Appeals of Oregon", ["Or. Ct. App.", "Or. App."], ["COURT OF APPEALS OF THE STATE OF OREGON", "COURT OF APPEALS OF OREGON", "OREGON COURT OF APPEALS"]],
    ["ortc", "state-trial", "Oregon Tax Court", ["Or. T.C.", "Or. Tax Ct."], ["OREGON TAX COURT"]],
  ],
  pa: [
    ["pa", "state-supreme", "Supreme Court of Pennsylvania", ["Pa."], ["SUPREME COURT OF PENNSYLVANIA", "PENNSYLVANIA SUPREME COURT"]],
    ["pasuperct", "state-appellate", "Superior Court of Pennsylvania", ["Pa. Super. Ct.", "Pa. Super."], ["SUPERIOR COURT OF PENNSYLVANIA", "PENNSYLVANIA SUPERIOR COURT"]],
    ["pacommwct", "state-appellate", "Commonwealth Court of Pennsylvania", ["Pa. Commw. Ct.", "Pa. Cmwlth.", "Pa. Commw."], ["COMMONWEALTH COURT OF PENNSYLVANIA", "PENNSYLVANIA COMMONWEALTH COURT"]],
  ],
  pr: [["pr", "state-supreme", "Supreme Court of Puerto Rico", ["P.R."], ["SUPREME COURT OF PUERTO RICO", "TRIBUNAL SUPREMO DE PUERTO RICO"]]],
  ri: [
    ["ri", "state-supreme", "Supreme Court of Rhode Island", ["R.I."], ["SUPREME COURT OF RHODE ISLAND", "RHODE ISLAND SUPREME COURT"]],
    ["risuperct", "state-trial", "Superior Court of Rhode Island", ["R.I. Super. Ct.", "R.I. Super."], ["SUPERIOR COURT OF RHODE ISLAND", "RHODE ISLAND SUPERIOR COURT", "STATE OF RHODE ISLAND SUPERIOR COURT"]],
  ],
  sc: [
    ["sc", "state-supreme", "Supreme Court of South Carolina", ["S.C."], ["SUPREME COURT OF SOUTH CAROLINA", "SOUTH CAROLINA SUPREME COURT", "THE STATE OF SOUTH CAROLINA IN THE SUPREME COURT"]],
    ["scctapp", "state-appellate", "Court of Appeals of South Carolina", ["S.C. Ct. App.", "S.C. App."], ["COURT OF APPEALS OF SOUTH CAROLINA", "SOUTH CAROLINA COURT OF APPEALS", "THE STATE OF SOUTH CAROLINA IN THE COURT OF APPEALS"]],
  ],
  sd: [["sd", "state-supreme", "South Dakota Supreme Court", ["S.D."], ["SUPREME COURT OF THE STATE OF SOUTH DAKOTA", "SUPREME COURT OF SOUTH DAKOTA", "SOUTH DAKOTA SUPREME COURT"]]],
  tn: [
    ["tenn", "state-supreme", "Tennessee Supreme Court", ["Tenn."], ["SUPREME COURT OF TENNESSEE", "TENNESSEE SUPREME COURT"]],
    ["tennctapp", "state-appellate", "Court of Appeals of Tennessee", ["Tenn. Ct. App.", "Tenn. App."], ["COURT OF APPEALS OF TENNESSEE", "TENNESSEE COURT OF APPEALS"]],
    ["tenncrimapp", "state-appellate", "Court of Criminal Appeals of Tennessee", ["Tenn. Crim. App."], ["COURT OF CRIMINAL APPEALS OF TENNESSEE", "TENNESSEE COURT OF CRIMINAL APPEALS"]],
  ],
  tx: [
    ["tex", "state-supreme", "Texas Supreme Court", ["Tex."], ["SUPREME COURT OF TEXAS", "TEXAS SUPREME COURT"]],
    ["texcrimapp", "state-supreme", "Court of Criminal Appeals of Texas", ["Tex. Crim. App.", "Tex. Cr. App."], ["COURT OF CRIMINAL APPEALS OF TEXAS", "TEXAS COURT OF CRIMINAL APPEALS"]],
    ["texapp", "state-appellate", "Court of Appeals of Texas", ["Tex. App.", "Tex. Ct. App.", "Tex. Civ. App."], ["COURT OF APPEALS OF TEXAS", "TEXAS COURT OF APPEALS", "COURT OF APPEALS OF THE STATE OF TEXAS"]],
  ],
  ut: [
    ["utah", "state-supreme", "Utah Supreme Court", ["Utah"], ["SUPREME COURT OF THE STATE OF UTAH", "SUPREME COURT OF UTAH", "UTAH SUPREME COURT"]],
    ["utahctapp", "state-appellate", "Court of Appeals of Utah", ["Utah Ct. App.", "Utah App."], ["UTAH COURT OF APPEALS", "COURT OF APPEALS OF THE STATE OF UTAH", "COURT OF APPEALS OF UTAH"]],
  ],
  vi: [["vi", "state-supreme", "Supreme Court of the Virgin Islands", ["V.I."], ["SUPREME COURT OF THE VIRGIN ISLANDS"]]],
  vt: [["vt", "state-supreme", "Supreme Court of Vermont", ["Vt."], ["SUPREME COURT OF VERMONT", "VERMONT SUPREME COURT"]]],
  va: [
    ["va", "state-supreme", "Supreme Court of Virginia", ["Va."], ["SUPREME COURT OF VIRGINIA", "VIRGINIA SUPREME COURT"]],
    ["vactapp", "state-appellate", "Court of Appeals of Virginia", ["Va. Ct. App.", "Va. App."], ["COURT OF APPEALS OF VIRGINIA", "VIRGINIA COURT OF APPEALS"]],
  ],
  wa: [
    ["wash", "state-supreme", "Washington Supreme Court", ["Wash."], ["SUPREME COURT OF THE STATE OF WASHINGTON", "SUPREME COURT OF WASHINGTON", "WASHINGTON SUPREME COURT"]],
    ["washctapp", "state-appellate", "Court of Appeals of Washington", ["Wash. Ct. App.", "Wash. App."], ["COURT OF APPEALS OF THE STATE OF WASHINGTON", "COURT OF APPEALS OF WASHINGTON", "WASHINGTON COURT OF APPEALS"]],
  ],
  wv: [
    ["wva", "state-supreme", "West Virginia Supreme Court of Appeals", ["W. Va."], ["SUPREME COURT OF APPEALS OF WEST VIRGINIA", "WEST VIRGINIA SUPREME COURT OF APPEALS", "SUPREME COURT OF APPEALS OF THE STATE OF WEST VIRGINIA"]],
    ["wvactapp", "state-appellate", "Intermediate Court of Appeals of West Virginia", ["W. Va. Ct. App."], ["INTERMEDIATE COURT OF APPEALS OF WEST VIRGINIA"]],
  ],
  wi: [
    ["wis", "state-supreme", "Wisconsin Supreme Court", ["Wis.", "Wisc."], ["SUPREME COURT OF WISCONSIN", "WISCONSIN SUPREME COURT"]],
    ["wisctapp", "state-appellate", "Court of Appeals of Wisconsin", ["Wis. Ct. App.", "Wis. App."], ["COURT OF APPEALS OF WISCONSIN", "WISCONSIN COURT OF APPEALS"]],
  ],
  wy: [["wyo", "state-supreme", "Wyoming Supreme Court", ["Wyo."], ["SUPREME COURT OF WYOMING", "SUPREME COURT STATE OF WYOMING", "WYOMING SUPREME COURT"]]],
};

function stateCourts(): Court[] {
  const out: Court[] = [];
  for (const [postal, rows] of Object.entries(STATE_COURTS)) {
    for (const [id, type, name, citation, caption] of rows) {
      out.push({ id, name, citation, caption, type, jurisdiction: postal });
    }
  }
  return out;
}

/** Years courts began, where a citation to them from before is certainly wrong. The old
 * Fifth and Tenth/Eighth circuits split into the Eleventh (1981) and Tenth (1929). */
const ESTABLISHED: Record<string, number> = {
  ca1: 1891, ca2: 1891, ca3: 1891, ca4: 1891, ca5: 1891, ca6: 1891, ca7: 1891, ca8: 1891, ca9: 1891,
  ca10: 1929, ca11: 1981, cadc: 1893, cafc: 1982,
  bap9: 1979, bap1: 1996, bap2: 1996, bap6: 1996, bap8: 1996, bap10: 1996,
  uscfc: 1982, cit: 1980, cavc: 1988, armfor: 1951, jpml: 1968, tax: 1942,
  cacd: 1966, caed: 1966,
};

function withEstablished(courts: Court[]): Court[] {
  return courts.map((c) => (ESTABLISHED[c.id] ? { ...c, established: ESTABLISHED[c.id] } : c));
}

/**
 * Every court casefile knows, federal first.
 *
 * @example COURTS.find((c) => c.id === "casd")?.citation[0] // "S.D. Cal."
 */
export const COURTS: readonly Court[] = withEstablished([...NATIONAL, ...circuitCourts(), ...districtCourts(), ...stateCourts()]);

const BY_ID = new Map(COURTS.map((c) => [c.id, c]));

// ---------------------------------------------------------------------------
// Courts of courts-db (generated) that the table above does not hold

const POSTAL_BY_NAME = new Map(STATES.map((s) => [s.name.toLowerCase(), s.postal]));

/** The kind of court a courts-db row is, in this table's terms. */
function generatedType(c: GeneratedCourt): CourtType {
  if (c.id === "scotus") return "scotus";
  if (c.system === "federal") {
    if (c.type === "appellate") return "appellate";
    if (c.type === "trial") return "district";
    if (c.type === "bankruptcy") return c.level === "iac" ? "bankruptcy-appellate" : "bankruptcy";
    return "special";
  }
  if (c.system === "state") {
    if (c.level === "colr") return "state-supreme";
    if (c.level === "iac" || c.type === "appellate") return "state-appellate";
    return "state-trial";
  }
  return "special";
}

/** A courts-db row as a `Court`: its name, citation string, kind, state and first year. */
function fromGenerated(c: GeneratedCourt): Court {
  const postal = c.location ? POSTAL_BY_NAME.get(c.location.toLowerCase()) : undefined;
  const first = c.dates.map(([start]) => (start ? Number(start.slice(0, 4)) : null)).find((y) => y !== null);
  return {
    id: c.id,
    name: c.name,
    citation: c.citation ? [c.citation] : [],
    caption: [],
    type: generatedType(c),
    jurisdiction: c.system === "federal" && !postal ? "us" : (postal ?? "us"),
    ...(c.system === "federal" && postal ? { circuit: STATE_BY_POSTAL.get(postal)?.circuit } : {}),
    ...(first ? { established: first } : {}),
  };
}

/** courts-db rows by id, made into `Court`s on first ask. */
const GENERATED_BY_ID = new Map<string, GeneratedCourt>(COURTS_DB.map((c) => [c.id, c]));
const FROM_GENERATED = new Map<string, Court>();

/**
 * The court with this CourtListener id: from the table above, else from courts-db.
 *
 * @example courtById("ca9")?.name // "United States Court of Appeals for the Ninth Circuit"
 */
export function courtById(id: string): Court | null {
  const own = BY_ID.get(id);
  if (own) return own;
  let made = FROM_GENERATED.get(id);
  if (!made) {
    const row = GENERATED_BY_ID.get(id);
    if (!row) return null;
    made = fromGenerated(row);
    FROM_GENERATED.set(id, made);
  }
  return made;
}

/**
 * West's regional reporter (first series name: `A.`, `N.E.`, `N.W.`, `P.`, `S.E.`, `S.W.`,
 * `So.`) that prints the decisions of a state's courts, or null (federal, territories).
 *
 * @example regionalReporter("ca") // "P."
 */
export function regionalReporter(jurisdiction: string): string | null {
  return STATE_BY_POSTAL.get(jurisdiction)?.region ?? null;
}

/**
 * The office number a court's case numbers nearly always carry, or null when the court
 * has several in use or the table does not know.
 *
 * @example defaultOffice("casd") // "3"
 */
export function defaultOffice(id: string): string | null {
  return BY_ID.get(id)?.defaultOffice ?? null;
}

// ---------------------------------------------------------------------------
// From a citation parenthetical

/** Periods, spaces, commas and apostrophes vary freely ("S.D.Cal.", "SD Cal", "Dep’t"). */
function citationKey(abbrev: string): string {
  return abbrev.toLowerCase().replace(/[\s.,'’]+/g, "");
}

const BY_CITATION = new Map<string, string>();
for (const court of COURTS) {
  for (const abbrev of court.citation) {
    const key = citationKey(abbrev);
    // First come wins: federal and national courts are listed before state courts.
    if (!BY_CITATION.has(key)) BY_CITATION.set(key, court.id);
  }
}
// Then every court of courts-db by its citation string (`Cal. Super. Ct.`, `N.Y. Fam. Ct.`), where
// the table above has no court under it. Upstream's strings are unique, so none is ambiguous.
for (const court of COURTS_DB) {
  if (!court.citation) continue;
  const key = citationKey(court.citation);
  if (!BY_CITATION.has(key)) BY_CITATION.set(key, court.id);
}

/** Trailing words that narrow a court without changing it: "2d Dist.", "1st Dep't",
 * "Div. One", a year. Matches one such token, e.g. `4th`, `Dist.`, `Dep't`, `2001`. */
const QUALIFIER_TOKEN = /^(?:\d{1,2}(?:st|nd|rd|th|d)|dist\.?|dep[’']?t\.?|dept\.?|div\.?|one|two|three|four|five|six|seven|eight|\d{4})$/i;

/** More words than any court abbreviation plus qualifiers ("N.Y. App. Div. 2d Dep't"). */
const MAX_TOKENS = 12;

/** A decision date or year at the end of a parenthetical, glued or not: " Mar. 3, 2004",
 * "Cir.1988" → its year part. Matches e.g. ` Sept. 30, 2019`, `1988`. */
const TRAILING_DATE = /(?:\s(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)\.?\s{1,2}\d{1,2},?\s{0,2}\d{4}|(?<=[.\s])\d{4})$/;

/**
 * The court id for an abbreviation from a citation parenthetical, or null. Tolerates
 * spacing and periods ("S.D.Cal.", "SD Cal"), a trailing year, and district or
 * department qualifiers ("Cal. Ct. App. 2d Dist.", "Tex. App.—Houston [14th Dist.]").
 *
 * @example courtFromCitation("Bankr. S.D.N.Y.") // "nysb"
 */
export function courtFromCitation(abbrev: string): string | null {
  // Texas and some other courts name the seat after a dash: "Tex. App.—Houston [1st Dist.]".
  const head = abbrev
    .split(/\s{0,3}[—–]\s{0,3}|\s{1,3}-\s{1,3}/)[0]
    .replace(/\[[^\]]{0,40}\]/g, " ")
    .replace(TRAILING_DATE, "")
    .trim();
  const exact = BY_CITATION.get(citationKey(head));
  if (exact) return exact;
  const tokens = head.split(/\s+/).filter(Boolean);
  // No court abbreviation with its qualifiers runs this long; prose does.
  if (tokens.length > MAX_TOKENS) return null;
  // Drop qualifiers from the end one at a time; stop at the first word that is not one.
  for (let n = tokens.length - 1; n >= 1; n--) {
    if (!QUALIFIER_TOKEN.test(tokens[n])) break;
    const id = BY_CITATION.get(citationKey(tokens.slice(0, n).join(" ")));
    if (id) return id;
  }
  return null;
}

// ---------------------------------------------------------------------------
// From a caption

/** Captions are read only from the top of a document: prose further on names other courts. */
const CAPTION_WINDOW = 3000;

/** Upper case, letters and digits only, single spaces: "**UNITED STATES\nDISTRICT COURT**" →
 * "UNITED STATES DISTRICT COURT". */
function foldCaption(text: string): string {
  // "HAWAI‘I", "Hagåtña": marks and okina vanish rather than split a word.
  const plain = text.normalize("NFD").replace(/[\u0300-\u036f'’‘ʻ`]/g, "");
  let folded = "";
  let space = true;
  for (let i = 0; i < plain.length; i++) {
    const ch = plain[i];
    if (/[A-Za-z0-9]/.test(ch)) {
      folded += ch.toUpperCase();
      space = false;
    } else if (!space) {
      folded += " ";
      space = true;
    }
  }
  return folded;
}

function foldPhrase(phrase: string): string {
  return foldCaption(phrase).trim();
}

interface CaptionEntry {
  phrase: string;
  id: string;
}

/** Phrases longest first, so "SUPREME COURT OF THE STATE OF NEW YORK APPELLATE DIVISION"
 * is tried before "SUPREME COURT OF THE STATE OF NEW YORK". */
const CAPTION_PHRASES: CaptionEntry[] = COURTS.flatMap((c) => c.caption.map((p) => ({ phrase: foldPhrase(p), id: c.id })))
  .filter((e) => e.phrase.split(" ").length >= 3)
  .sort((a, b) => b.phrase.length - a.phrase.length);

const DISTRICT_BY_PHRASE = new Map<string, string>();
const BANKRUPTCY_BY_PHRASE = new Map<string, string>();
for (const c of COURTS) {
  if (c.type === "district") for (const p of c.caption) DISTRICT_BY_PHRASE.set(foldPhrase(p), c.id);
  if (c.type === "bankruptcy") for (const p of c.caption) BANKRUPTCY_BY_PHRASE.set(foldPhrase(p).replace(/^BANKRUPTCY /, ""), c.id);
}

/** The heading that opens a federal trial court's caption, e.g. "UNITED STATES DISTRICT COURT",
 * "U S BANKRUPTCY COURT" (after folding). */
const FEDERAL_TRIAL_HEADING = /\b(?:UNITED STATES|U S|US) (?<kind>DISTRICT|BANKRUPTCY) COURT\b/g;

/** A court of appeals heading, e.g. "UNITED STATES COURT OF APPEALS"; its circuit may be printed
 * a few words on, past a filing stamp ("… FILED MAY 1 2020 CLERK FOR THE NINTH CIRCUIT"). */
const APPELLATE_HEADING = /\b(?:UNITED STATES|U S) COURT OF APPEALS\b/g;

/** The circuit itself, e.g. "NINTH CIRCUIT", "DISTRICT OF COLUMBIA CIRCUIT". */
const CIRCUIT_NAME = /\b(?<circuit>FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|ELEVENTH|DISTRICT OF COLUMBIA|FEDERAL) CIRCUIT\b/;

const CIRCUIT_ID: Record<string, string> = Object.fromEntries([
  ...ORDINALS.map((w, i) => [w.toUpperCase(), `ca${i + 1}`]),
  ["DISTRICT OF COLUMBIA", "cadc"],
  ["FEDERAL", "cafc"],
]);

/** A district named after the heading, e.g. "NORTHERN DISTRICT OF ILLINOIS"; the state is up
 * to four words and is checked against the table. */
const DISTRICT_NAME = /\b(?:(?:NORTHERN|SOUTHERN|EASTERN|WESTERN|MIDDLE|CENTRAL) )?DISTRICT OF (?:THE )?[A-Z]+(?: [A-Z]+){0,3}/y;

/** How far after a heading its district or circuit may be printed (a line or two, "FOR THE"). */
const HEADING_REACH = 160;

/** A court named in passing is not the court that wrote the document: "Appeal from the
 * United States District Court for …", "appeal directly to the United States Court of
 * Appeals". ("with" is left out: two-column scans put it before real headings.) Matches the
 * end of such a lead-in, e.g. `FROM THE `. */
const APPEALED_FROM = /\b(?:FROM|BY|TO) (?:THE )?(?:UNITED STATES |U S )?$/;

function districtAfter(folded: string, from: number, limit: number, table: Map<string, string>): { at: number; id: string } | null {
  for (let i = folded.indexOf("DISTRICT OF", from); i !== -1 && i < limit; i = folded.indexOf("DISTRICT OF", i + 1)) {
    // Step back over a direction word so "NORTHERN DISTRICT OF …" is read whole.
    const before = folded.slice(Math.max(from, i - 9), i);
    const dir = /(?:NORTHERN|SOUTHERN|EASTERN|WESTERN|MIDDLE|CENTRAL) $/.exec(before);
    const start = dir ? i - dir[0].length : i;
    DISTRICT_NAME.lastIndex = start;
    const m = DISTRICT_NAME.exec(folded);
    if (!m) continue;
    // Longest known phrase that the words found begin with: "DISTRICT OF NEW JERSEY NEWARK" → njd.
    const words = m[0].split(" ");
    for (let n = words.length; n >= 3; n--) {
      const id = table.get(words.slice(0, n).join(" "));
      if (id) return { at: start, id };
    }
  }
  return null;
}

function precededByAppealedFrom(folded: string, at: number): boolean {
  return APPEALED_FROM.test(folded.slice(Math.max(0, at - 28), at));
}

/**
 * The court a document's caption names, looked for in its first few thousand characters.
 * Tolerant of line breaks, markup, extra spaces, "IN THE", "FOR THE" and divisions; reads
 * all-caps and title-case captions alike. The court named first wins, except one named as
 * the court appealed from ("Appeal from the United States District Court for …").
 *
 * @example courtFromCaptionText("UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF CALIFORNIA") // { id: "casd", … }
 */
export function courtFromCaptionText(text: string): { id: string; name: string } | null {
  const folded = foldCaption(text.slice(0, CAPTION_WINDOW));
  let best: { at: number; id: string } | null = null;
  const consider = (at: number, id: string | null) => {
    if (id && (!best || at < best.at)) best = { at, id };
  };

  FEDERAL_TRIAL_HEADING.lastIndex = 0;
  for (let m = FEDERAL_TRIAL_HEADING.exec(folded); m; m = FEDERAL_TRIAL_HEADING.exec(folded)) {
    if (precededByAppealedFrom(folded, m.index)) continue;
    const table = m.groups?.kind === "BANKRUPTCY" ? BANKRUPTCY_BY_PHRASE : DISTRICT_BY_PHRASE;
    const from = m.index + m[0].length;
    const hit = districtAfter(folded, from, Math.min(folded.length, from + HEADING_REACH), table);
    if (hit) {
      consider(m.index, hit.id);
      break;
    }
  }
  APPELLATE_HEADING.lastIndex = 0;
  for (let m = APPELLATE_HEADING.exec(folded); m; m = APPELLATE_HEADING.exec(folded)) {
    if (precededByAppealedFrom(folded, m.index)) continue;
    const from = m.index + m[0].length;
    const circuit = CIRCUIT_NAME.exec(folded.slice(from, from + HEADING_REACH));
    if (circuit?.groups) {
      consider(m.index, CIRCUIT_ID[circuit.groups.circuit]);
      break;
    }
  }
  for (const { phrase, id } of CAPTION_PHRASES) {
    // Bare district phrases belong to the heading logic above; elsewhere they are prose.
    if (DISTRICT_BY_PHRASE.has(phrase) && !/^DISTRICT COURT/.test(phrase)) continue;
    if (phrase.startsWith("BANKRUPTCY ") && BANKRUPTCY_BY_PHRASE.has(phrase.slice(11))) continue;
    const at = indexOfWords(folded, phrase);
    if (at !== -1 && !precededByAppealedFrom(folded, at)) consider(at, id);
  }
  // A garbled heading ("UNITED STATES DISTRICT C0URl") still leaves "FOR THE MIDDLE DISTRICT
  // OF GEORGIA" near the top; read it only when nothing better was found.
  if (!best) {
    const top = Math.min(folded.length, FALLBACK_WINDOW);
    for (let i = folded.indexOf("FOR THE ", 0); i !== -1 && i < top; i = folded.indexOf("FOR THE ", i + 1)) {
      // A readable "DISTRICT COURT" just before was a court named in passing, already declined.
      if (/DISTRICT COURT $/.test(folded.slice(Math.max(0, i - 16), i))) continue;
      const hit = districtAfter(folded, i + 8, i + 8 + 30, DISTRICT_BY_PHRASE);
      if (hit && hit.at <= i + 18) {
        consider(i, hit.id);
        break;
      }
    }
  }
  const found = best as { at: number; id: string } | null;
  if (!found) return null;
  const court = BY_ID.get(found.id);
  return court ? { id: court.id, name: court.name } : null;
}

/** How much of the top a garbled caption's "FOR THE … DISTRICT OF …" is looked for in. */
const FALLBACK_WINDOW = 800;

/** Index of `phrase` in `folded` on word boundaries, or -1. */
function indexOfWords(folded: string, phrase: string): number {
  for (let i = folded.indexOf(phrase); i !== -1; i = folded.indexOf(phrase, i + 1)) {
    const before = i === 0 || folded[i - 1] === " ";
    const after = i + phrase.length === folded.length || folded[i + phrase.length] === " ";
    if (before && after) return i;
  }
  return -1;
}
