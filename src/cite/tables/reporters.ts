/**
 * Reporter knowledge as data. Every edition of Free Law Project's reporters-db (generated
 * into `generated/reporters.ts` by `npm run gen:tables`) with its variant spellings and the
 * years its decisions span; then, by hand, only what that data lacks: reporters it does not
 * list (Westlaw and Lexis database cites, English reports, a few nominative reports), spellings
 * real opinions print that it does not know, and the CourtListener court and the kind of court
 * of the editions whose jurisdictions alone do not settle them. The scanner (`scan.ts`) looks
 * spellings up in a trie built from these rows at load; adding a reporter is adding a row.
 *
 * Spacing is handled by the scanner: a space after a period is optional and may be added
 * after any inner period, so `Cal. App. 4th` also matches `Cal.App.4th` and `Cal.App. 4th`.
 * Variants list only spellings that differ in letters or periods.
 */

/** Where a reporter's decisions come from, when the reporter alone tells. */
export type ReporterScope = "federal-supreme" | "federal-appellate" | "federal-district" | "federal-other" | "regional" | "state" | "specialty";

/** One edition of a reporter. */
export interface ReporterEdition {
  /** Normalized abbreviation, e.g. `F.2d`, `F. Supp. 3d`, `Cal. App. 4th`. */
  name: string;
  /** Other spellings as found in text (the normalized form is always matched too). */
  variants: readonly string[];
  scope: ReporterScope;
  /** CourtListener court id when the reporter determines the court (`U.S.` → `scotus`). */
  court: string | null;
  /** First and last year of decisions the edition prints (`null` end: still published). */
  start: number | null;
  end: number | null;
}

import { COURTS, courtFromCitation } from "./courts.js";
import { REPORTERS_DB } from "./generated/reporters.js";

type Row = [name: string, variants: string, scope: ReporterScope, court: string | null, start: number | null, end: number | null];

/**
 * Lexis's database cites, `2008 Del. LEXIS 123`: the volume is the year, the court is the one
 * the abbreviation names. The abbreviations not listed with the other reporters, by state.
 */
function lexisRows(): Row[] {
  const courts = [
    "Ala.", "Ala. Civ. App.", "Ala. Crim. App.", "Alaska", "Alaska App.", "Ariz.", "Ariz. App.", "Ark.", "Ark. App.",
    "Colo.", "Colo. App.", "Conn.", "Conn. App.", "Conn. Super.", "Del.", "Del. Ch.", "Del. Super.", "D.C.", "D.C. App.",
    "Fla.", "Fla. App.", "Ga.", "Ga. App.", "Haw.", "Haw. App.", "Idaho", "Idaho App.", "Ill.", "Ill. App.", "Ind.", "Ind. App.",
    "Iowa", "Iowa App.", "Kan.", "Kan. App.", "Ky.", "Ky. App.", "La.", "La. App.", "Me.", "Md.", "Md. App.", "Mass.",
    "Mass. App.", "Mass. Super.", "Mich.", "Mich. App.", "Minn.", "Minn. App.", "Miss.", "Miss. App.", "Mo.", "Mo. App.",
    "Mont.", "Neb.", "Neb. App.", "Nev.", "N.H.", "N.J.", "N.J. Super.", "N.J. Super. Unpub.", "N.M.", "N.M. App.", "N.C.",
    "N.C. App.", "N.D.", "Ohio", "Ohio Misc.", "Okla.", "Okla. Civ. App.", "Okla. Crim. App.", "Or.", "Or. App.", "Pa.",
    "Pa. Super.", "Pa. Commw.", "Pa. Dist. & Cnty. Dec.", "R.I.", "R.I. Super.", "S.C.", "S.C. App.", "S.D.", "Tenn.",
    "Tenn. App.", "Tenn. Crim. App.", "Tex.", "Tex. Crim. App.", "Utah", "Utah App.", "Vt.", "Va.", "Va. App.", "Va. Cir.",
    "Wash.", "Wash. App.", "W. Va.", "Wis.", "Wis. App.", "Wyo.", "Cal. App. Unpub.", "Cal. Super.", "Tax Ct. Memo", "Fed. Cl.",
    "Ct. Intl. Trade", "M.S.P.B.",
  ];
  const federal = new Set(["Tax Ct. Memo", "Fed. Cl.", "Ct. Intl. Trade", "M.S.P.B."]);
  return courts.map((c): Row => [
    `${c} LEXIS`,
    `${c} Lexis`,
    federal.has(c) ? "federal-other" : "state",
    // `Tax Ct. Memo` is the Tax Court's, `N.J. Super. Unpub.` the Superior Court's.
    courtFromCitation(c.replace(" Unpub.", "").replace(" Memo", "").replace("Intl.", "Int'l")),
    1900,
    null,
  ]);
}

// ---------------------------------------------------------------------------
// By hand: what reporters-db lacks.

// [normalized, "variant|variant", scope, court, first year, last year]: reporters reporters-db does not list.
const EXTRA_ROWS: readonly Row[] = [
  // The Tax Court's numbered opinions before they are paginated: `158 T.C. No. 4`.
  ["Fed. Cir.", "Fed.Cir.", "federal-other", "cafc", 1982, null],
  ["F.R.Serv.3d", "", "specialty", null, 1986, null],
  ["Bankr. B.A.P.", "", "federal-other", null, 1979, null],
  // --- Westlaw / Lexis: the volume is a year, the page a document number
  ["Vet. App. LEXIS", "", "federal-other", "cavc", 1900, null],
  // --- early nominative reporters still cited (named for their reporter; the court is the state's highest)
  ["Gill & J.", "G. & J.", "state", "md", 1829, 1842],
  ["Ga. Kelly", "", "state", "ga", 1846, 1848],
  ["Harr. & McH.", "H. & McH.", "state", "md", 1658, 1799],
  ["Greenl.", "", "state", "me", 1820, 1832],
  // --- more early state reports, by state: the official series before (or beside) the numbered one
  ["Fairf.", "", "state", "me", 1833, 1835],
  ["Shepl.", "", "state", "me", 1836, 1845],
  ["Comst.", "", "state", "ny", 1847, 1851],
  ["Seld.", "", "state", "ny", 1851, 1854],
  ["Kern.", "Kernan", "state", "ny", 1854, 1856],
  // Van Natta's Workers' Compensation Reporter: Oregon's Workers' Compensation Board.
  ["Van Natta", "", "state", null, 1967, null],
  // --- annotated and selected-case reports
  ["L.R.A. (n.s.)", "L.R.A. (N.S.)|L.R.A.(N.S.)|L.R.A., N.S.|L.R.A.N.S.|L. R. A. (N. S.)", "specialty", null, 1906, 1914],
  ["Ann. Cas.", "Ann.Cas.", "specialty", null, 1906, 1918],
  // --- agencies and topical reporters cited like cases
  ["FCC Rcd.", "F.C.C.R.|FCC Rcd|F.C.C. Rcd.", "specialty", null, 1986, null],
  ["S.E.C.", "S. E. C.", "specialty", null, 1934, null],
  ["E.C.A.B.", "ECAB", "specialty", null, 1947, null],
  ["Ct. Cust. App.", "Ct.Cust.App.", "federal-other", null, 1910, 1929],
  // Services cited by volume and page, the publisher in parentheses before the page.
  ["Indiv. Empl. Rts. Cas. (BNA)", "IER Cases (BNA)|Indiv. Empl. Rts. Cas.", "specialty", null, 1986, null],
  ["Env't Rep. Cas.", "Envtl. Rep. Cas.|ERC|Env't Rep. Cas. (BNA)|Envtl. Rep. Cas. (BNA)|ERC (BNA)", "specialty", null, 1970, null],
  ["Race Rel. L. Rep.", "Race Rel. L. Rptr.|Race Rel.", "specialty", null, 1956, 1967],
  // --- English reports, still cited for the common law (no U.S. court)
  ["Eng. Rep.", "Eng. Reprint|Eng. Repr.|Eng.Rep.", "specialty", null, 1220, 1867],
  ["Eng. Rul. Cas.", "", "specialty", null, 1894, 1908],
  ["Eng. C.L.", "Eng. C.L. Rep.|Eng. Com. Law", "specialty", null, 1813, 1865],
  ["Eng. L. & Eq.", "Eng. L. & Eq. R.", "specialty", null, 1850, 1857],
  ["Plowd.", "", "specialty", null, 1550, 1580],
  ["Co. Rep.", "", "specialty", null, 1572, 1616],
  ["Mod.", "", "specialty", null, 1669, 1755],
  ["Vern.", "", "specialty", null, 1680, 1719],
  ["Salk.", "", "specialty", null, 1689, 1712],
  ["Ld. Raym.", "", "specialty", null, 1694, 1732],
  ["P. Wms.", "", "specialty", null, 1695, 1735],
  ["Stra.", "Str.", "specialty", null, 1716, 1749],
  ["Atk.", "", "specialty", null, 1736, 1755],
  ["Wils.", "", "specialty", null, 1742, 1774],
  ["Ves. Sen.", "", "specialty", null, 1747, 1756],
  ["Burr.", "", "specialty", null, 1756, 1772],
  ["Cowp.", "", "specialty", null, 1774, 1778],
  // Douglas's King's Bench reports; Douglass's early Michigan reports share the abbreviation.
  ["Bro. Ch.", "Bro. Ch. Cas.|Bro. C.C.", "specialty", null, 1778, 1794],
  ["Term Rep.", "Durn. & E.", "specialty", null, 1785, 1800],
  ["Ves.", "Ves. Jr.|Ves. Jun.", "specialty", null, 1789, 1817],
  ["Esp.", "", "specialty", null, 1793, 1807],
  ["Taunt.", "", "specialty", null, 1807, 1819],
  ["Campb.", "Camp.", "specialty", null, 1807, 1816],
  ["Dow", "Dow.", "specialty", null, 1812, 1818],
  ["Meriv.", "Mer.", "specialty", null, 1815, 1817],
  ["B. & Ald.", "Barn. & Ald.", "specialty", null, 1817, 1822],
  ["B. & C.", "Barn. & C.", "specialty", null, 1822, 1830],
  ["Bing.", "Bingh.", "specialty", null, 1822, 1834],
  ["Sim.", "", "specialty", null, 1826, 1852],
  ["B. & Ad.", "Barn. & Adol.", "specialty", null, 1830, 1832],
  ["Ad. & E.", "Ad. & El.", "specialty", null, 1834, 1840],
  ["M. & W.", "Mees. & W.", "specialty", null, 1836, 1847],
  ["Moore P.C.", "", "specialty", null, 1836, 1862],
  ["Beav.", "", "specialty", null, 1838, 1866],
  ["Cox C.C.", "Cox Crim. Cas.", "specialty", null, 1843, 1941],
  ["Exch.", "", "specialty", null, 1847, 1856],
  ["H.L. Cas.", "H.L.C.", "specialty", null, 1847, 1866],
  ["Macq.", "", "specialty", null, 1851, 1865],
  ["App. Cas.", "", "specialty", null, 1875, 1890],
  ["Q.B.D.", "", "specialty", null, 1875, 1890],
  ["Ch. D.", "", "specialty", null, 1875, 1890],
  ["P.D.", "", "specialty", null, 1875, 1890],
  ["Ex. D.", "", "specialty", null, 1875, 1880],
  ["C.P.D.", "", "specialty", null, 1875, 1880],
  ["A.C.", "", "specialty", null, 1891, null],
  ["Q.B.", "", "specialty", null, 1891, null],
  ["K.B.", "", "specialty", null, 1901, 1952],
  ["All E.R.", "All ER", "specialty", null, 1936, null],
  ["W.L.R.", "", "specialty", null, 1953, null],
  ["D.L.R.", "", "specialty", null, 1912, null],
  ["C.L.R.", "", "specialty", null, 1903, null],
  ...lexisRows(),
];

/** Spellings real opinions print that reporters-db does not list for the edition. [edition, "variant|variant"]. */
const EXTRA_VARIANTS: readonly [edition: string, variants: string][] = [
  ["S. Ct.", "SC"],
  ["L. Ed.", "L. Ed|L. ed.|LE"],
  ["L. Ed. 2d", "L. ed. 2d|LE2d"],
  ["Cranch", "Cr.|Cranch's"],
  ["Wall.", "Wallace"],
  ["U.S.L.W.", "U.S.L.Week"],
  ["F.2d", "F.2nd|F2d|Fed.2d|F. 2nd"],
  ["F.3d", "F 3d|F.3rd|F. 3rd"],
  ["F.4th", "F 4th"],
  ["F. App'x", "F. Appx|F. App."],
  ["F. Supp.", "F. Sup."],
  ["F. Supp. 2d", "F. Supp 2d|F.Supp.2nd"],
  ["F. Supp. 3d", "F Supp 3d|F. Supp 3d"],
  ["Fed. Cl.", "Fed. Cl"],
  ["Ct. Cl.", "Ct. Cls."],
  ["U.S.P.Q. 2d (BNA)", "USPQ2d|USPQ2d (BNA)"],
  ["A.L.R. 2d", "ALR2d"],
  ["A.L.R. 3d", "ALR3d"],
  ["A.L.R. 4th", "ALR4th"],
  ["A.L.R. 5th", "ALR5th"],
  ["A.L.R. 6th", "ALR6th"],
  ["A.L.R. Fed.", "ALR Fed"],
  ["A.L.R. Fed. 2d", "ALR Fed 2d"],
  ["I. & N. Dec.", "I.&N. Dec."],
  ["A.2d", "A 2d|A.2nd"],
  ["A.3d", "A 3d|A.3rd|A3d"],
  ["N.E.2d", "N.E.2nd"],
  ["P.2d", "P.2nd"],
  ["P.3d", "P.3rd"],
  ["S.E.2d", "S.E.2nd"],
  ["S.W.2d", "S.W.2nd"],
  ["S.W.3d", "S.W.3rd"],
  ["So. 2d", "So 2d|So2d"],
  ["So. 3d", "So 3d|So.3rd|So3d"],
  ["WL", "W.L."],
  ["U.S. Dist. LEXIS", "U.S. Dist. Lexis"],
  ["U.S. App. LEXIS", "U.S. App. Lexis"],
  ["U.S. LEXIS", "U.S. Lexis"],
  ["Bankr. LEXIS", "Bankr. Lexis"],
  ["Cal. 2d", "Cal 2d"],
  ["Cal. 3d", "Cal 3d"],
  ["Cal. 4th", "Cal 4th"],
  ["Cal. 5th", "Cal 5th"],
  ["Cal. App.", "Cal App"],
  ["Cal. App. 2d", "Cal App 2d"],
  ["Cal. App. 3d", "Cal App 3d"],
  ["Cal. App. 4th", "Cal App 4th"],
  ["Cal. App. 5th", "Cal App 5th"],
  ["Cal. Rptr.", "Cal. Reptr."],
  ["Cal. Rptr. 2d", "Cal Rptr 2d"],
  ["Cal. Rptr. 3d", "Cal Rptr 3d"],
  ["Haw.", "Hawai\u02bbi"],
  ["Ill. 2d", "Ill 2d"],
  ["Neb.", "Nebr."],
  ["A.D.", "A.D"],
  ["A.D.2d", "App. Div. 2d"],
  ["A.D.3d", "App. Div. 3d"],
  ["N.Y.S.2d", "N.Y.S.2nd"],
  ["N.C.", "N. Car."],
  ["N.D.", "N. Dak."],
  ["Ohio St.", "Ohio St"],
  ["Ohio App.", "Ohio App"],
  ["Pa. D. & C.", "Pa. D.&C."],
  ["Pa. D. & C.2d", "Pa. D.&C.2d"],
  ["Pa. D. & C.3d", "Pa. D.&C.3d"],
  ["Pa. D. & C.4th", "Pa. D.&C.4th"],
  ["Pa. D. & C.5th", "Pa. D.&C.5th"],
  ["R.I.", "R.I. Rep."],
  ["Tex. Crim.", "Tex. Cr. Rep.|Tex Cr R"],
  ["Utah 2d", "Utah2d"],
  ["Wash. 2d", "Wash 2d"],
  ["Johns. Ch.", "Johns. Ch. R."],
  ["Met.", "Metcalf"],
  ["Serg. & Rawle", "S. & R."],
  ["McCord", "McC."],
  ["Conn. Cir. Ct.", "Conn. Cir."],
  ["Greene", "G. Greene"],
  ["Mass. L. Rptr.", "Mass. L. Rep."],
  ["Sand. Ch.", "Sandf. Ch. R."],
  ["Wheel. Cr. Cas.", "Wheeler Crim. Cas.|Wheeler Cr. Cas."],
  ["Park. Cr.", "Parker's Crim. Cas.|Parker's Cr. Cas.|Parker Cr. R."],
  ["Ohio Op.", "Ohio Opin."],
  ["Ohio B.", "OBR"],
  ["Tex. Ct. App.", "Texas App."],
  ["Tex. Sup. Ct. J.", "Tex. S. Ct. J."],
  ["Conn. L. Rptr.", "Conn. L. Rep."],
  ["Wash. C. C.", "Washington C.C."],
  ["Am. St. Rep.", "Am. State Rep."],
  ["Op. Att'y Gen.", "Op. Atty. Gen.|Ops. Att'y Gen.|Ops. Atty. Gen.|Op. Attys. Gen.|Opins. Attys. Gen.|Opins.|Op. A.G."],
  ["Op. O.L.C.", "Op. Off. Legal Counsel"],
  ["I.C.C.", "I.C.C. Rep."],
  ["Educ. L. Rep.", "Ed. L. Rep."],
  ["L.R.R.M. (BNA)", "LRRM|LRRM (BNA)"],
  ["Fair Empl. Prac. Cas. (BNA)", "FEP Cases (BNA)|FEP Cas. (BNA)"],
  ["Wage & Hour Cas. (BNA)", "WH Cases (BNA)"],
  ["Am. Disabilities Cas. (BNA)", "A.D. Cas. (BNA)|Am. Disabilities Cas."],
  ["Empl. Benefits Cas. (BNA)", "EBC (BNA)|Empl. Benefits Cas."],
  ["BNA OSHC", "O.S.H.C. (BNA)"],
  ["T.C.M.", "TCM"],
  ["A.F.T.R.2d (RIA)", "A.F.T.R.2d (P-H)|AFTR 2d"],
  ["Media L. Rep. (BNA)", "Media L. Rptr.|Med. L. Rptr."],
  ["U.C.C. Rep. Serv. (West)", "UCC Rep.|U.C.C. Rep.|UCC Rep"],
  ["Doug.", "Dougl."],
];

/**
 * The kind of court an edition prints and, when the reporter alone settles it, the court
 * (CourtListener id): what reporters-db's jurisdiction lists do not say in CourtListener's
 * terms. Editions not listed take both from their jurisdictions (`reporterCourt`).
 */
const KNOWN_COURTS: readonly [edition: string, scope: ReporterScope, court: string | null][] = [
  ["U.S.", "federal-supreme", "scotus"],
  ["S. Ct.", "federal-supreme", "scotus"],
  ["L. Ed.", "federal-supreme", "scotus"],
  ["L. Ed. 2d", "federal-supreme", "scotus"],
  ["Dall.", "federal-supreme", "scotus"],
  ["Cranch", "federal-supreme", "scotus"],
  ["Wheat.", "federal-supreme", "scotus"],
  ["Pet.", "federal-supreme", "scotus"],
  ["How.", "federal-supreme", "scotus"],
  ["Black", "federal-supreme", "scotus"],
  ["Wall.", "federal-supreme", "scotus"],
  ["U.S.L.W.", "federal-supreme", null],
  ["F.", "federal-appellate", null],
  ["F.2d", "federal-appellate", null],
  ["F.3d", "federal-appellate", null],
  ["F.4th", "federal-appellate", null],
  ["F. App'x", "federal-appellate", null],
  ["F. Cas.", "federal-other", null],
  ["F. Supp.", "federal-district", null],
  ["F. Supp. 2d", "federal-district", null],
  ["F. Supp. 3d", "federal-district", null],
  ["F.R.D.", "federal-district", null],
  ["B.R.", "federal-other", null],
  ["Fed. Cl.", "federal-other", "uscfc"],
  ["Cl. Ct.", "federal-other", "cc"],
  ["Ct. Cl.", "federal-other", "cc"],
  ["C.C.P.A.", "federal-other", "ccpa"],
  ["Ct. Int'l Trade", "federal-other", "cit"],
  ["Cust. Ct.", "federal-other", "cusc"],
  ["T.C.", "federal-other", "tax"],
  ["T.C. No.", "federal-other", "tax"],
  ["B.T.A.", "federal-other", "bta"],
  ["M.J.", "federal-other", null],
  ["C.M.A.", "federal-other", "cma"],
  ["C.M.R.", "federal-other", null],
  ["Vet. App.", "federal-other", "cavc"],
  ["Fed. R. Serv.", "specialty", null],
  ["Fed. R. Serv. 2d", "specialty", null],
  ["Fed. R. Serv. 3d", "specialty", null],
  ["A.L.R.", "specialty", null],
  ["A.L.R. 2d", "specialty", null],
  ["A.L.R. 3d", "specialty", null],
  ["A.L.R. 4th", "specialty", null],
  ["A.L.R. 5th", "specialty", null],
  ["A.L.R. 6th", "specialty", null],
  ["A.L.R. Fed.", "specialty", null],
  ["A.L.R. Fed. 2d", "specialty", null],
  ["I. & N. Dec.", "specialty", null],
  ["A.", "regional", null],
  ["A.2d", "regional", null],
  ["A.3d", "regional", null],
  ["N.E.", "regional", null],
  ["N.E.2d", "regional", null],
  ["N.E.3d", "regional", null],
  ["N.W.", "regional", null],
  ["N.W.2d", "regional", null],
  ["P.", "regional", null],
  ["P.2d", "regional", null],
  ["P.3d", "regional", null],
  ["S.E.", "regional", null],
  ["S.E.2d", "regional", null],
  ["S.W.", "regional", null],
  ["S.W.2d", "regional", null],
  ["S.W.3d", "regional", null],
  ["So.", "regional", null],
  ["So. 2d", "regional", null],
  ["So. 3d", "regional", null],
  ["WL", "specialty", null],
  ["U.S. Dist. LEXIS", "federal-district", null],
  ["U.S. App. LEXIS", "federal-appellate", null],
  ["U.S. LEXIS", "federal-supreme", "scotus"],
  ["Bankr. LEXIS", "federal-other", null],
  ["U.S. Claims LEXIS", "federal-other", "uscfc"],
  ["Cal. LEXIS", "state", "cal"],
  ["Cal. App. LEXIS", "state", null],
  ["N.Y. LEXIS", "state", "ny"],
  ["N.Y. App. Div. LEXIS", "state", null],
  ["N.Y. Misc. LEXIS", "state", null],
  ["Tex. App. LEXIS", "state", null],
  ["Ohio App. LEXIS", "state", null],
  ["Ala.", "state", "ala"],
  ["Ala. App.", "state", "alactapp"],
  ["Alaska", "state", "alaska"],
  ["Ariz.", "state", "ariz"],
  ["Ariz. App.", "state", "arizctapp"],
  ["Ark.", "state", "ark"],
  ["Ark. App.", "state", "arkctapp"],
  ["Cal.", "state", "cal"],
  ["Cal. 2d", "state", "cal"],
  ["Cal. 3d", "state", "cal"],
  ["Cal. 4th", "state", "cal"],
  ["Cal. 5th", "state", "cal"],
  ["Cal. App.", "state", "calctapp"],
  ["Cal. App. 2d", "state", "calctapp"],
  ["Cal. App. 3d", "state", "calctapp"],
  ["Cal. App. 4th", "state", "calctapp"],
  ["Cal. App. 5th", "state", "calctapp"],
  ["Cal. App. Supp.", "state", null],
  ["Cal. Rptr.", "state", null],
  ["Cal. Rptr. 2d", "state", null],
  ["Cal. Rptr. 3d", "state", null],
  ["Colo.", "state", "colo"],
  ["Colo. App.", "state", "coloctapp"],
  ["Conn.", "state", "conn"],
  ["Conn. App.", "state", "connappct"],
  ["Conn. Supp.", "state", "connsuperct"],
  ["Conn. Super. Ct.", "state", "connsuperct"],
  ["Day", "state", "conn"],
  ["Del.", "state", "del"],
  ["Del. Ch.", "state", "delch"],
  ["D.C.", "state", "dc"],
  ["App. D.C.", "state", "cadc"],
  ["U.S. App. D.C.", "federal-appellate", "cadc"],
  ["Fla.", "state", "fla"],
  ["Fla. Supp.", "state", null],
  ["Fla. L. Weekly", "state", null],
  ["Ga.", "state", "ga"],
  ["Ga. App.", "state", "gactapp"],
  ["Haw.", "state", "haw"],
  ["Haw. App.", "state", "hawapp"],
  ["Idaho", "state", "idaho"],
  ["Ill.", "state", "ill"],
  ["Ill. 2d", "state", "ill"],
  ["Ill. App.", "state", "illappct"],
  ["Ill. App. 2d", "state", "illappct"],
  ["Ill. App. 3d", "state", "illappct"],
  ["Ill. Dec.", "state", null],
  ["Ind.", "state", "ind"],
  ["Ind. App.", "state", "indctapp"],
  ["Iowa", "state", "iowa"],
  ["Kan.", "state", "kan"],
  ["Kan. App.", "state", "kanctapp"],
  ["Kan. App. 2d", "state", "kanctapp"],
  ["Ky.", "state", "ky"],
  ["Ky. L. Rptr.", "state", null],
  ["La.", "state", "la"],
  ["La. Ann.", "state", "la"],
  ["La. App.", "state", "lactapp"],
  ["Me.", "state", "me"],
  ["Md.", "state", "md"],
  ["Md. App.", "state", "mdctspecapp"],
  ["Mass.", "state", "mass"],
  ["Mass. App. Ct.", "state", "massappct"],
  ["Mass. App. Div.", "state", null],
  ["Mich.", "state", "mich"],
  ["Mich. App.", "state", "michctapp"],
  ["Minn.", "state", "minn"],
  ["Miss.", "state", "miss"],
  ["Mo.", "state", "mo"],
  ["Mo. App.", "state", "moctapp"],
  ["Mont.", "state", "mont"],
  ["Neb.", "state", "neb"],
  ["Neb. Ct. App.", "state", "nebctapp"],
  ["Nev.", "state", "nev"],
  ["N.H.", "state", "nh"],
  ["N.J.", "state", "nj"],
  ["N.J.L.", "state", "nj"],
  ["N.J. Eq.", "state", "njch"],
  ["N.J. Super.", "state", null],
  ["N.M.", "state", "nm"],
  ["N.Y.", "state", "ny"],
  ["N.Y.2d", "state", "ny"],
  ["N.Y.3d", "state", "ny"],
  ["A.D.", "state", "nyappdiv"],
  ["A.D.2d", "state", "nyappdiv"],
  ["A.D.3d", "state", "nyappdiv"],
  ["Misc.", "state", null],
  ["Misc. 2d", "state", null],
  ["Misc. 3d", "state", null],
  ["N.Y.S.", "state", null],
  ["N.Y.S.2d", "state", null],
  ["N.Y.S.3d", "state", null],
  ["N.C.", "state", "nc"],
  ["N.C. App.", "state", "ncctapp"],
  ["N.D.", "state", "nd"],
  ["Ohio", "state", "ohio"],
  ["Ohio St.", "state", "ohio"],
  ["Ohio St. 2d", "state", "ohio"],
  ["Ohio St. 3d", "state", "ohio"],
  ["Ohio App.", "state", "ohioctapp"],
  ["Ohio App. 2d", "state", "ohioctapp"],
  ["Ohio App. 3d", "state", "ohioctapp"],
  ["Ohio Misc.", "state", null],
  ["Ohio Misc. 2d", "state", null],
  ["Ohio C.C.", "state", null],
  ["Okla.", "state", "okla"],
  ["Okla. Crim.", "state", "oklacrimapp"],
  ["Or.", "state", "or"],
  ["Or. App.", "state", "orctapp"],
  ["Pa.", "state", "pa"],
  ["Pa. Super.", "state", "pasuperct"],
  ["Pa. Commw.", "state", "pacommwct"],
  ["Pa. D. & C.", "state", null],
  ["Pa. D. & C.2d", "state", null],
  ["Pa. D. & C.3d", "state", null],
  ["Pa. D. & C.4th", "state", null],
  ["Pa. D. & C.5th", "state", null],
  ["R.I.", "state", "ri"],
  ["S.C.", "state", "sc"],
  ["S.D.", "state", "sd"],
  ["Tenn.", "state", "tenn"],
  ["Tenn. App.", "state", "tennctapp"],
  ["Tex.", "state", "tex"],
  ["Tex. Crim.", "state", "texcrimapp"],
  ["Tex. Civ. App.", "state", null],
  ["Utah", "state", "utah"],
  ["Utah 2d", "state", "utah"],
  ["Vt.", "state", "vt"],
  ["Va.", "state", "va"],
  ["Va. App.", "state", "vactapp"],
  ["Wash.", "state", "wash"],
  ["Wash. 2d", "state", "wash"],
  ["Wash. App.", "state", "washctapp"],
  ["Wash. App. 2d", "state", "washctapp"],
  ["W. Va.", "state", "wva"],
  ["Wis.", "state", "wis"],
  ["Wis. 2d", "state", "wis"],
  ["Wyo.", "state", "wyo"],
  ["P.R.R.", "state", "pr"],
  ["Johns.", "state", "ny"],
  ["Johns. Ch.", "state", null],
  ["Wend.", "state", "ny"],
  ["Cow.", "state", "ny"],
  ["Barb.", "state", null],
  ["Paige Ch.", "state", null],
  ["Abb. Pr.", "state", null],
  ["How. Pr.", "state", null],
  ["Pick.", "state", "mass"],
  ["Met.", "state", "mass"],
  ["Cush.", "state", "mass"],
  ["Binn.", "state", "pa"],
  ["Serg. & Rawle", "state", "pa"],
  ["Watts & Serg.", "state", "pa"],
  ["Whart.", "state", "pa"],
  ["Gratt.", "state", "va"],
  ["Munf.", "state", "va"],
  ["Hen. & M.", "state", "va"],
  ["Ired.", "state", "nc"],
  ["B. Mon.", "state", "ky"],
  ["P.R. Offic. Trans.", "state", "pr"],
  ["Pen. & W.", "state", "pa"],
  ["Rawle", "state", "pa"],
  ["Watts", "state", "pa"],
  ["Yeates", "state", "pa"],
  ["Miles", "state", null],
  ["Tyng", "state", "mass"],
  ["Gray", "state", "mass"],
  ["Allen", "state", "mass"],
  ["Denio", "state", "ny"],
  ["Leigh", "state", "va"],
  ["Rand.", "state", "va"],
  ["Hawks", "state", "nc"],
  ["Dev. & Bat.", "state", "nc"],
  ["Mart.", "state", "la"],
  ["Bibb", "state", "ky"],
  ["A.K. Marsh.", "state", "ky"],
  ["T.B. Mon.", "state", "ky"],
  ["Dana", "state", "ky"],
  ["McCord", "state", "sc"],
  ["Overt.", "state", "tenn"],
  ["Cold.", "state", "tenn"],
  ["Heisk.", "state", "tenn"],
  ["Sneed", "state", "tenn"],
  ["Stew. & P.", "state", "ala"],
  ["Port.", "state", "ala"],
  ["Blackf.", "state", "ind"],
  ["Aik.", "state", "vt"],
  ["N.M. (J.)", "state", "nm"],
  ["Cal. Unrep.", "state", "cal"],
  ["Kirby", "state", "conn"],
  ["Root", "state", "conn"],
  ["Conn. Cir. Ct.", "state", null],
  ["Del. Cas.", "state", null],
  ["Pennewill", "state", "del"],
  ["Boyce", "state", "del"],
  ["W.W. Harr.", "state", "del"],
  ["Terry", "state", "del"],
  ["Storey", "state", "del"],
  ["Breese", "state", "ill"],
  ["Scam.", "state", "ill"],
  ["Gilm.", "state", "ill"],
  ["Greene", "state", "iowa"],
  ["Litt.", "state", "ky"],
  ["J.J. Marsh.", "state", "ky"],
  ["Duv.", "state", "ky"],
  ["Bush", "state", "ky"],
  ["Bland", "state", null],
  ["Gill", "state", "md"],
  ["Md. Ch.", "state", null],
  ["Mass. App. Dec.", "state", null],
  ["Mass. L. Rptr.", "state", "masssuperct"],
  ["Walk.", "state", "miss"],
  ["N.J. Misc.", "state", null],
  ["N.J. Tax", "state", "njtaxct"],
  ["Johns. Cas.", "state", "ny"],
  ["Hopk. Ch.", "state", null],
  ["Lans. Ch.", "state", null],
  ["Edw. Ch.", "state", null],
  ["Barb. Ch.", "state", null],
  ["Sandf.", "state", null],
  ["Daly", "state", null],
  ["Keyes", "state", "ny"],
  ["Lans.", "state", null],
  ["Hun", "state", null],
  ["N.Y. Sup. Ct.", "state", null],
  ["Wheel. Cr. Cas.", "state", null],
  ["Hayw.", "state", null],
  ["Dev.", "state", "nc"],
  ["Busb.", "state", "nc"],
  ["Ohio Dec. Reprint", "state", null],
  ["Ohio Dec.", "state", null],
  ["Ohio N.P.", "state", null],
  ["Ohio Op.", "state", null],
  ["Ohio Op. 2d", "state", null],
  ["Ohio Op. 3d", "state", null],
  ["Ohio B.", "state", null],
  ["Phila.", "state", null],
  ["Bail.", "state", "sc"],
  ["McMul.", "state", "sc"],
  ["Rich.", "state", "sc"],
  ["Rich. Eq.", "state", "sc"],
  ["Strob.", "state", "sc"],
  ["Meigs", "state", "tenn"],
  ["Swan", "state", "tenn"],
  ["Head", "state", "tenn"],
  ["Baxt.", "state", "tenn"],
  ["Dallam", "state", "tex"],
  ["Tex. Ct. App.", "state", null],
  ["Tex. Sup. Ct. J.", "state", "tex"],
  ["Va. Cas.", "state", null],
  ["Pin.", "state", "wis"],
  ["Chand.", "state", "wis"],
  ["Conn. L. Rptr.", "state", "connsuperct"],
  ["Cal. Daily Op. Serv.", "state", null],
  ["Va. Cir.", "state", null],
  ["Or. Tax", "state", "ortc"],
  ["Pet. Adm.", "federal-other", null],
  ["Pet. C.C.", "federal-other", null],
  ["Wash. C. C.", "federal-other", null],
  ["Brock.", "federal-other", null],
  ["Paine", "federal-other", null],
  ["Gall.", "federal-other", null],
  ["Sumn.", "federal-other", null],
  ["McLean", "federal-other", null],
  ["Wall. Jr.", "federal-other", null],
  ["Blatchf.", "federal-other", null],
  ["Curt.", "federal-other", null],
  ["Cliff.", "federal-other", null],
  ["Sawy.", "federal-other", null],
  ["Biss.", "federal-other", null],
  ["Dill.", "federal-other", null],
  ["Hask.", "federal-other", null],
  ["C.C.A.", "federal-appellate", null],
  ["Am. Dec.", "specialty", null],
  ["Am. Rep.", "specialty", null],
  ["Am. St. Rep.", "specialty", null],
  ["L.R.A.", "specialty", null],
  ["Op. Att'y Gen.", "specialty", null],
  ["Op. O.L.C.", "specialty", null],
  ["I.C.C.", "specialty", null],
  ["I.C.C.2d", "specialty", null],
  ["N.L.R.B.", "specialty", null],
  ["F.C.C.", "specialty", null],
  ["F.C.C.2d", "specialty", null],
  ["F.T.C.", "specialty", null],
  ["M.S.P.R.", "specialty", null],
  ["A.M.C.", "specialty", null],
  ["Educ. L. Rep.", "specialty", null],
  ["Ind. Cl. Comm.", "specialty", null],
  ["L.R.R.M. (BNA)", "specialty", null],
  ["Fair Empl. Prac. Cas. (BNA)", "specialty", null],
  ["Wage & Hour Cas. (BNA)", "specialty", null],
  ["Am. Disabilities Cas. (BNA)", "specialty", null],
  ["Empl. Benefits Cas. (BNA)", "specialty", null],
  ["T.C.M.", "federal-other", "tax"],
  ["Doug.", "specialty", null],
  ["Doug.", "state", "mich"],
  ["C.B.", "specialty", null],
];

// ---------------------------------------------------------------------------
// From reporters-db.

/** A year from an upstream day; reporters-db writes 1750-01-01 for "unknown start". */
function yearOf(day: string | null, isStart: boolean): number | null {
  if (!day) return null;
  const y = Number(day.slice(0, 4));
  return isStart && y <= 1750 ? null : y;
}

/** MLZ `us:ca;supreme.court`, `us;supreme.court`: the court of last resort they name, where it is one. */
function courtOfJurisdiction(mlz: string): string | null {
  if (mlz === "us;supreme.court" || mlz === "us;federal;supreme.court") return "scotus";
  const m = /^us:([a-z]{2});([a-z.]+)$/.exec(mlz);
  if (!m) return null;
  const [, postal, court] = m;
  // New York's and Maryland's highest court is the Court of Appeals; New York's Supreme Court is a trial court.
  const highest =
    (court === "supreme.court" && postal !== "ny") || court === "supreme.judicial.court" || (court === "court.appeals" && (postal === "ny" || postal === "md"));
  if (!highest) return null;
  return HIGHEST_COURT.get(postal) ?? null;
}

/** Each state's court of last resort, by postal code. */
const HIGHEST_COURT = new Map<string, string>();
for (const c of COURTS) if (c.type === "state-supreme" && !HIGHEST_COURT.has(c.jurisdiction)) HIGHEST_COURT.set(c.jurisdiction, c.id);

/** The court a reporter of reporters-db prints alone: every jurisdiction it lists names the same court of last resort. */
function reporterCourt(jurisdictions: readonly string[]): string | null {
  if (jurisdictions.length === 0) return null;
  const first = courtOfJurisdiction(jurisdictions[0]);
  for (let i = 1; i < jurisdictions.length && first !== null; i++) if (courtOfJurisdiction(jurisdictions[i]) !== first) return null;
  return first;
}

function reporterScope(citeType: string, court: string | null): ReporterScope {
  if (citeType === "scotus_early" || court === "scotus") return "federal-supreme";
  if (citeType === "federal") return "federal-other";
  if (citeType === "state_regional") return "regional";
  if (citeType === "state" || citeType === "neutral") return "state";
  return "specialty";
}

/** `Tenn. Crim. App. LEXIS`: a Lexis database of one state court is that court's, as its abbreviation names it. */
function lexisCourt(name: string): string | null {
  const m = /^(.+) LEXIS$/.exec(name);
  if (!m || m[1].startsWith("U.S.")) return null;
  return courtFromCitation(m[1].replace(" Unpub.", ""));
}

function generatedEditions(): ReporterEdition[] {
  const known = new Map(KNOWN_COURTS.map(([name, scope, court]) => [name, { scope, court }]));
  const extra = new Map(EXTRA_VARIANTS.map(([name, v]) => [name, v.split("|")]));
  const out: ReporterEdition[] = [];
  for (const r of REPORTERS_DB) {
    const court = reporterCourt(r.jurisdictions);
    for (const [name, [start, end]] of Object.entries(r.editions)) {
      const variants = Object.entries(r.variations)
        .filter(([, ed]) => ed === name)
        .map(([v]) => v);
      const own = known.get(name);
      const lexis = own ? null : lexisCourt(name);
      out.push({
        name,
        variants: [...variants, ...(extra.get(name) ?? [])],
        scope: own?.scope ?? (lexis ? "state" : reporterScope(r.citeType, court)),
        court: own ? own.court : (lexis ?? court),
        start: yearOf(start, true),
        end: yearOf(end, false),
      });
    }
  }
  return out;
}

/**
 * Every edition: reporters-db's in its order, then those it lacks.
 *
 * @example REPORTERS.find((r) => r.name === "F.3d")?.end // 2021
 */
export const REPORTERS: readonly ReporterEdition[] = withExtraRows(generatedEditions());

function withExtraRows(generated: ReporterEdition[]): ReporterEdition[] {
  const names = new Set(generated.map((r) => reporterKey(r.name)));
  return [
    ...generated,
    ...EXTRA_ROWS.filter(([name]) => !names.has(reporterKey(name))).map(([name, variants, scope, court, start, end]): ReporterEdition => ({
      name,
      variants: variants ? variants.split("|") : [],
      scope,
      court,
      start,
      end,
    })),
  ];
}

/**
 * Reporters whose page is a document number, not a page: pins are star pages.
 *
 * @example DATABASE_REPORTERS.has("WL") // true
 */
export const DATABASE_REPORTERS: ReadonlySet<string> = new Set(REPORTERS.filter((r) => r.name === "WL" || r.name.endsWith("LEXIS")).map((r) => r.name));

/** A public-domain (vendor-neutral) citation form: year, a court token, a number. */
export interface NeutralForm {
  /** Normalized reporter, e.g. `ND`, `IL App (1st)`, `NCSC`. */
  name: string;
  /** Court id the token names. */
  court: string | null;
  /** `space` → `2020 ND 12`; `dash` → `2022-NCSC-1`; `prefix` → `T.C. Memo. 2019-233`. */
  style: "space" | "dash" | "prefix";
  /** The court token as a regex source, with a named group only where the district varies. */
  token: string;
}

/**
 * Public-domain citation forms: the court token sits between the year and the number.
 *
 * @example NEUTRAL_FORMS.find((f) => f.name === "ND")?.court // "nd"
 */
export const NEUTRAL_FORMS: readonly NeutralForm[] = [
  { name: "IL", court: "ill", style: "space", token: "IL" },
  // The Sixth Circuit's own numbering (1994-2011): `2002 FED App. 0170P`, `P` published, `N` not.
  { name: "FED App.", court: "ca6", style: "space", token: "FED App\\." },
  { name: "IL App", court: "illappct", style: "space", token: "IL App \\((?:1st|2d|3d|4th|5th)\\)" },
  { name: "ND", court: "nd", style: "space", token: "ND" },
  { name: "ND App", court: "ndctapp", style: "space", token: "ND App" },
  { name: "WI", court: "wis", style: "space", token: "WI" },
  { name: "WI App", court: "wisctapp", style: "space", token: "WI App" },
  { name: "SD", court: "sd", style: "space", token: "SD" },
  { name: "MT", court: "mont", style: "space", token: "MT" },
  { name: "ME", court: "me", style: "space", token: "ME" },
  { name: "VT", court: "vt", style: "space", token: "VT" },
  { name: "WY", court: "wyo", style: "space", token: "WY" },
  { name: "UT", court: "utah", style: "space", token: "UT" },
  { name: "UT App", court: "utahctapp", style: "space", token: "UT App" },
  { name: "OK", court: "okla", style: "space", token: "OK" },
  { name: "OK CR", court: "oklacrimapp", style: "space", token: "OK CR" },
  { name: "OK CIV APP", court: "oklacivapp", style: "space", token: "OK CIV APP" },
  { name: "CO", court: "colo", style: "space", token: "CO" },
  { name: "COA", court: "coloctapp", style: "space", token: "COA" },
  { name: "NMSC", court: "nm", style: "dash", token: "NMSC" },
  { name: "NMCA", court: "nmctapp", style: "dash", token: "NMCA" },
  { name: "NMCERT", court: "nm", style: "dash", token: "NMCERT" },
  { name: "NCSC", court: "nc", style: "dash", token: "NCSC" },
  { name: "NCCOA", court: "ncctapp", style: "dash", token: "NCCOA" },
  { name: "Ohio", court: "ohio", style: "dash", token: "Ohio" },
  { name: "PA", court: null, style: "space", token: "PA" },
  { name: "PA Super", court: "pasuperct", style: "space", token: "PA Super" },
  { name: "Guam", court: "guam", style: "space", token: "Guam" },
  { name: "VI", court: "vi", style: "space", token: "VI" },
  // The Arkansas Workers' Compensation Commission's own numbering, carried by the databases.
  { name: "AWCC", court: "arkworkcompcom", style: "space", token: "AWCC" },
  { name: "MS", court: "miss", style: "space", token: "MS" },
  { name: "NH", court: "nh", style: "space", token: "NH" },
  { name: "T.C. Memo.", court: "tax", style: "prefix", token: "T\\.C\\. Memo\\." },
  { name: "T.C. Summary Opinion", court: "tax", style: "prefix", token: "T\\.C\\. Summary Opinion" },
];

/**
 * Normalizes a reporter as found to its lookup key: whitespace removed, curly apostrophes straightened.
 *
 * @example reporterKey("F. App’x") // "F.App'x"
 */
export function reporterKey(found: string): string {
  return found.replace(/\s+/g, "").replace(/[’‘]/g, "'");
}

const BY_KEY = new Map<string, ReporterEdition>();
/** Every edition a spelling may stand for, in table order (`Johnson`: New York's and New Mexico's). */
const ALL_BY_KEY = new Map<string, ReporterEdition[]>();
// An edition's own name wins over another edition's variant spelling: names first, then variants.
for (const pass of ["names", "variants"] as const) {
  for (const r of REPORTERS) {
    for (const v of pass === "names" ? [r.name] : r.variants) {
      const k = reporterKey(v);
      if (!BY_KEY.has(k)) BY_KEY.set(k, r);
      const all = ALL_BY_KEY.get(k) ?? [];
      if (!all.includes(r)) all.push(r);
      ALL_BY_KEY.set(k, all);
    }
  }
}

/**
 * The edition an ambiguous spelling stands for in a given year: the one edition of those it
 * may name whose years hold `year`, or `null` when the spelling is not ambiguous, the year is
 * unknown or the years do not single one out.
 *
 * @example editionForYear("P.R.", 1831)?.name // "Pen. & W."
 */
export function editionForYear(found: string, year: number | null | undefined): ReporterEdition | null {
  const all = ALL_BY_KEY.get(reporterKey(found));
  if (!all || all.length < 2 || year === null || year === undefined) return null;
  const fit = all.filter((r) => (r.start === null || r.start <= year) && (r.end === null || year <= r.end));
  return fit.length === 1 ? fit[0] : null;
}

/**
 * The edition a reporter as found belongs to, or `null`.
 *
 * @example lookupReporter("F. 2d")?.name // "F.2d"
 */
export function lookupReporter(found: string): ReporterEdition | null {
  return BY_KEY.get(reporterKey(found)) ?? null;
}

/**
 * Reporters cited by the case's number instead of a page: `22 F. Cas. 1179, No. 13,245` is
 * also printed `22 Fed. Cas. No. 13,245`.
 *
 * @example NUMBERED_REPORTERS.includes("F. Cas.") // true
 */
export const NUMBERED_REPORTERS: readonly string[] = ["F. Cas."];

/**
 * Looseleaf services cited by paragraph: `Bankr. L. Rep. (CCH) ¶ 12,345`. The publisher in
 * parentheses follows the name; the volume, when printed, precedes it.
 *
 * @example LOOSELEAF_REPORTERS.includes("Fed. Sec. L. Rep.") // true
 */
export const LOOSELEAF_REPORTERS: readonly string[] = [
  "Bankr. L. Rep.", "Fed. Sec. L. Rep.", "Trade Cas.", "Lab. Cas.", "Empl. Prac. Dec.", "Stand. Fed. Tax Rep.",
  "U.S. Tax Cas.", "Fed. Carr. Cas.", "Blue Sky L. Rep.", "Comm. Fut. L. Rep.", "Prod. Liab. Rep.", "Medicare & Medicaid Guide",
  "Fair Empl. Prac. Cas.", "Wage & Hour Cas.", "Lab. Rel. Ref. Man.", "Envtl. L. Rep.", "Copyright L. Rep.", "Fed. Banking L. Rep.",
];

/**
 * Publishers of looseleaf services, as printed in the parentheses after the name.
 *
 * @example LOOSELEAF_PUBLISHERS.includes("CCH") // true
 */
export const LOOSELEAF_PUBLISHERS: readonly string[] = ["CCH", "BNA", "P-H", "RIA", "Envtl. L. Inst."];

/**
 * Louisiana's public-domain form: docket year, docket number and the deciding court with the
 * date, `2009-1234 (La. App. 1 Cir. 5/10/10)`. Each court as printed → reporter name and court id.
 *
 * @example LOUISIANA_COURTS.find((c) => c.circuit === "1")?.court // "lactapp"
 */
export const LOUISIANA_COURTS: readonly { circuit: string | null; reporter: string; court: string }[] = [
  { circuit: null, reporter: "La.", court: "la" },
  ...["1", "2", "3", "4", "5"].map((circuit) => ({ circuit, reporter: `La.App. ${circuit} Cir.`, court: "lactapp" })),
];
