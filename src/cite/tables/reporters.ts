/**
 * Reporter knowledge as data. One row per edition: its normalized abbreviation, the
 * spellings found in real text, the years it covers, and the court it belongs to when
 * the reporter alone settles the court. Patterns are generated from these rows at load
 * (see `scan.ts`); adding a reporter is adding a row.
 *
 * Spacing is handled by the generator: a space after a period is optional and may be
 * added after any inner period, so `Cal. App. 4th` also matches `Cal.App.4th` and
 * `Cal.App. 4th`. Variants list only spellings that differ in letters or periods.
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

import { courtFromCitation } from "./courts.js";

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

// [normalized, "variant|variant", scope, court, first year, last year]
const ROWS: readonly Row[] = [
  // --- United States Supreme Court
  ["U.S.", "U. S.|US", "federal-supreme", "scotus", 1754, null],
  ["S. Ct.", "S.Ct.|S Ct|S.Ct|Sup. Ct.|Sup. Ct. Rep.|SC", "federal-supreme", "scotus", 1882, null],
  ["L. Ed.", "L.Ed.|L Ed|L. Ed|LEd|L. ed.|LE", "federal-supreme", "scotus", 1790, 1956],
  ["L. Ed. 2d", "L.Ed.2d|L. Ed.2d|L.Ed. 2d|L Ed 2d|L.E.2d|LEd2d|L. ed. 2d|LE2d", "federal-supreme", "scotus", 1956, null],
  ["Dall.", "Dal.|Dallas", "federal-supreme", "scotus", 1790, 1800],
  ["Cranch", "Cra.|Cr.|Cranch's", "federal-supreme", "scotus", 1801, 1815],
  ["Wheat.", "Wheaton|Wh.|Wheat. Rep.", "federal-supreme", "scotus", 1816, 1827],
  ["Pet.", "Peters", "federal-supreme", "scotus", 1828, 1842],
  ["How.", "Howard", "federal-supreme", "scotus", 1843, 1860],
  ["Black", "Black.", "federal-supreme", "scotus", 1861, 1862],
  ["Wall.", "Wallace", "federal-supreme", "scotus", 1863, 1874],
  ["U.S.L.W.", "USLW|U.S.L.Week", "federal-supreme", null, 1933, null],
  // --- federal appellate and district
  ["F.", "Fed.|Fed. Rep.", "federal-appellate", null, 1880, 1924],
  ["F.2d", "F. 2d|F 2d|F.2nd|F2d|Fed.2d|F. 2nd", "federal-appellate", null, 1924, 1993],
  ["F.3d", "F. 3d|F 3d|F.3rd|F3d|F. 3rd", "federal-appellate", null, 1993, 2021],
  ["F.4th", "F. 4th|F 4th|F4th", "federal-appellate", null, 2021, null],
  ["F. App'x", "F. App’x|F.App'x|F. Appx.|F. Appx|F.Appx.|Fed. App'x|Fed. Appx.|Fed. Appx|Fed.Appx.|F. App.|Fed. App.|F.App’x", "federal-appellate", null, 2001, null],
  ["F. Cas.", "F.Cas.|Fed. Cas.", "federal-other", null, 1789, 1880],
  ["F. Supp.", "F.Supp.|F Supp|F. Sup.", "federal-district", null, 1932, 1998],
  ["F. Supp. 2d", "F.Supp.2d|F. Supp.2d|F.Supp. 2d|F Supp 2d|F. Supp 2d|F.Supp.2nd", "federal-district", null, 1998, 2014],
  ["F. Supp. 3d", "F.Supp.3d|F. Supp.3d|F.Supp. 3d|F Supp 3d|F. Supp 3d", "federal-district", null, 2014, null],
  ["F.R.D.", "F. R. D.", "federal-district", null, 1938, null],
  ["B.R.", "B. R.", "federal-other", null, 1979, null],
  ["Fed. Cl.", "Fed.Cl.|Fed. Cl", "federal-other", "uscfc", 1992, null],
  ["Cl. Ct.", "Cl.Ct.", "federal-other", "cc", 1982, 1992],
  ["Ct. Cl.", "Ct.Cl.|Ct. Cls.|C. Cls.", "federal-other", "cc", 1863, 1982],
  ["C.C.P.A.", "C. C. P. A.", "federal-other", "ccpa", 1929, 1982],
  ["Ct. Int'l Trade", "Ct. Int’l Trade|CIT", "federal-other", "cit", 1980, null],
  ["Cust. Ct.", "Cust.Ct.", "federal-other", "cusc", 1938, 1980],
  ["T.C.", "T. C.", "federal-other", "tax", 1942, null],
  // The Tax Court's numbered opinions before they are paginated: `158 T.C. No. 4`.
  ["T.C. No.", "T. C. No.", "federal-other", "tax", 1942, null],
  ["B.T.A.", "B. T. A.", "federal-other", "bta", 1924, 1942],
  ["M.J.", "M. J.", "federal-other", null, 1975, null],
  ["C.M.A.", "C. M. A.|U.S.C.M.A.|USCMA", "federal-other", "cma", 1951, 1975],
  ["C.M.R.", "C. M. R.", "federal-other", null, 1951, 1975],
  ["Vet. App.", "Vet.App.", "federal-other", "cavc", 1990, null],
  ["Fed. Cir.", "Fed.Cir.", "federal-other", "cafc", 1982, null],
  ["Fed. R. Serv.", "Fed.R.Serv.", "specialty", null, 1938, null],
  ["Fed. R. Serv. 2d", "Fed.R.Serv.2d", "specialty", null, 1960, null],
  ["Fed. R. Serv. 3d", "Fed.R.Serv.3d", "specialty", null, 1986, null],
  ["F.R.Serv.3d", "", "specialty", null, 1986, null],
  ["U.S.P.Q.", "USPQ|U.S.P.Q. (BNA)|USPQ (BNA)", "specialty", null, 1929, 1986],
  ["U.S.P.Q.2d", "U.S.P.Q. 2d|USPQ2d|U.S.P.Q.2d (BNA)|U.S.P.Q. 2d (BNA)|USPQ2d (BNA)|USPQ 2d", "specialty", null, 1987, null],
  ["A.L.R.", "ALR", "specialty", null, 1919, 1948],
  ["A.L.R.2d", "A.L.R. 2d|ALR2d", "specialty", null, 1948, 1965],
  ["A.L.R.3d", "A.L.R. 3d|ALR3d", "specialty", null, 1965, 1980],
  ["A.L.R.4th", "A.L.R. 4th|ALR4th", "specialty", null, 1980, 1992],
  ["A.L.R.5th", "A.L.R. 5th|ALR5th", "specialty", null, 1992, 2005],
  ["A.L.R.6th", "A.L.R. 6th|ALR6th", "specialty", null, 2005, null],
  ["A.L.R. Fed.", "A.L.R.Fed.|ALR Fed", "specialty", null, 1969, 2005],
  ["A.L.R. Fed. 2d", "A.L.R.Fed.2d|ALR Fed 2d", "specialty", null, 2005, null],
  ["I. & N. Dec.", "I&N Dec.|I. & N.Dec.|I.&N. Dec.", "specialty", null, 1940, null],
  ["Bankr. B.A.P.", "", "federal-other", null, 1979, null],
  // --- regional reporters
  ["A.", "Atl.|Atl. Rep.", "regional", null, 1885, 1938],
  ["A.2d", "A. 2d|A 2d|A.2nd|Atl.2d|Atl. 2d|A2d", "regional", null, 1938, 2010],
  ["A.3d", "A. 3d|A 3d|A.3rd|A3d", "regional", null, 2010, null],
  ["N.E.", "N. E.|N.E. Rep.", "regional", null, 1884, 1936],
  ["N.E.2d", "N. E. 2d|N.E. 2d|NE2d|N.E.2nd|NE 2d", "regional", null, 1936, 2014],
  ["N.E.3d", "N. E. 3d|N.E. 3d|NE3d", "regional", null, 2014, null],
  ["N.W.", "N. W.|NW|N.W. Rep.", "regional", null, 1879, 1941],
  ["N.W.2d", "N. W. 2d|N.W. 2d|NW2d|N.W.2nd|NW 2d", "regional", null, 1941, null],
  ["P.", "Pac.|Pac. Rep.", "regional", null, 1883, 1931],
  ["P.2d", "P. 2d|P 2d|Pac.2d|P.2nd|P2d", "regional", null, 1931, 2000],
  ["P.3d", "P. 3d|P 3d|P.3rd|P3d", "regional", null, 2000, null],
  ["S.E.", "S. E.|S.E. Rep.", "regional", null, 1887, 1939],
  ["S.E.2d", "S. E. 2d|S.E. 2d|SE2d|S.E.2nd", "regional", null, 1939, null],
  ["S.W.", "S. W.|S.W. Rep.", "regional", null, 1886, 1928],
  ["S.W.2d", "S. W. 2d|S.W. 2d|SW2d|S.W.2nd", "regional", null, 1928, 1999],
  ["S.W.3d", "S. W. 3d|S.W. 3d|SW3d|S.W.3rd", "regional", null, 1999, null],
  ["So.", "So. Rep.|Sou.", "regional", null, 1886, 1941],
  ["So. 2d", "So.2d|So 2d|So.2nd|So2d", "regional", null, 1941, 2008],
  ["So. 3d", "So.3d|So 3d|So.3rd|So3d", "regional", null, 2008, null],
  // --- Westlaw / Lexis: the volume is a year, the page a document number
  ["WL", "W.L.", "specialty", null, 1900, null],
  ["U.S. Dist. LEXIS", "U.S.Dist.LEXIS|U.S. Dist. Lexis", "federal-district", null, 1900, null],
  ["U.S. App. LEXIS", "U.S.App.LEXIS|U.S. App. Lexis", "federal-appellate", null, 1900, null],
  ["U.S. LEXIS", "U.S.LEXIS|U.S. Lexis", "federal-supreme", "scotus", 1900, null],
  ["Bankr. LEXIS", "Bankr. Lexis", "federal-other", null, 1900, null],
  ["U.S. Claims LEXIS", "", "federal-other", "uscfc", 1900, null],
  ["Vet. App. LEXIS", "", "federal-other", "cavc", 1900, null],
  ["Cal. LEXIS", "", "state", "cal", 1900, null],
  ["Cal. App. LEXIS", "", "state", null, 1900, null],
  ["N.Y. LEXIS", "", "state", "ny", 1900, null],
  ["N.Y. App. Div. LEXIS", "", "state", null, 1900, null],
  ["N.Y. Misc. LEXIS", "", "state", null, 1900, null],
  ["Tex. App. LEXIS", "", "state", null, 1900, null],
  ["Ohio App. LEXIS", "", "state", null, 1900, null],
  // --- state reporters (official and unofficial), alphabetical by state
  ["Ala.", "", "state", "ala", 1840, 1976],
  ["Ala. App.", "Ala.App.", "state", "alactapp", 1910, 1976],
  ["Alaska", "", "state", "alaska", 1884, 1959],
  ["Ariz.", "", "state", "ariz", 1866, null],
  ["Ariz. App.", "Ariz.App.", "state", "arizctapp", 1965, 1976],
  ["Ark.", "", "state", "ark", 1837, 2009],
  ["Ark. App.", "Ark.App.", "state", "arkctapp", 1981, 2009],
  ["Cal.", "", "state", "cal", 1850, 1934],
  ["Cal. 2d", "Cal.2d|Cal 2d", "state", "cal", 1934, 1969],
  ["Cal. 3d", "Cal.3d|Cal 3d", "state", "cal", 1969, 1991],
  ["Cal. 4th", "Cal.4th|Cal 4th", "state", "cal", 1991, 2016],
  ["Cal. 5th", "Cal.5th|Cal 5th", "state", "cal", 2016, null],
  ["Cal. App.", "Cal.App.|Cal App", "state", "calctapp", 1905, 1934],
  ["Cal. App. 2d", "Cal.App.2d|Cal App 2d", "state", "calctapp", 1934, 1969],
  ["Cal. App. 3d", "Cal.App.3d|Cal App 3d", "state", "calctapp", 1969, 1991],
  ["Cal. App. 4th", "Cal.App.4th|Cal App 4th", "state", "calctapp", 1991, 2016],
  ["Cal. App. 5th", "Cal.App.5th|Cal App 5th", "state", "calctapp", 2016, null],
  ["Cal. App. Supp.", "Cal.App.Supp.", "state", null, 1929, null],
  ["Cal. Rptr.", "Cal.Rptr.|Cal. Reptr.", "state", null, 1959, 1991],
  ["Cal. Rptr. 2d", "Cal.Rptr.2d|Cal. Rptr.2d|Cal.Rptr. 2d|Cal Rptr 2d", "state", null, 1991, 2003],
  ["Cal. Rptr. 3d", "Cal.Rptr.3d|Cal. Rptr.3d|Cal.Rptr. 3d|Cal Rptr 3d", "state", null, 2003, null],
  ["Colo.", "", "state", "colo", 1864, 1980],
  ["Colo. App.", "Colo.App.", "state", "coloctapp", 1891, 1980],
  ["Conn.", "", "state", "conn", 1814, null],
  ["Conn. App.", "Conn.App.", "state", "connappct", 1983, null],
  ["Conn. Supp.", "Conn.Supp.|Conn. Sup.", "state", "connsuperct", 1935, null],
  ["Conn. Super. Ct.", "Conn.Super.Ct.|Ct. Sup.|CSCR", "state", "connsuperct", 1986, null],
  ["Day", "", "state", "conn", 1802, 1813],
  ["Del.", "", "state", "del", 1920, 1966],
  ["Del. Ch.", "Del.Ch.", "state", "delch", 1814, 1968],
  ["D.C.", "", "state", "dc", 1801, 1892],
  ["App. D.C.", "App.D.C.", "state", "cadc", 1893, 1941],
  ["U.S. App. D.C.", "U.S.App.D.C.", "federal-appellate", "cadc", 1941, null],
  ["Fla.", "Florida", "state", "fla", 1846, 1948],
  ["Fla. Supp.", "Fla.Supp.", "state", null, 1948, 1981],
  ["Fla. L. Weekly", "Fla.L.Weekly", "state", null, 1978, null],
  ["Ga.", "", "state", "ga", 1846, null],
  ["Ga. App.", "Ga.App.", "state", "gactapp", 1907, null],
  ["Haw.", "Hawaii|Hawai'i|Hawai‘i|Hawaiʻi", "state", "haw", 1847, null],
  ["Haw. App.", "Haw.App.", "state", "hawapp", 1980, 1994],
  ["Idaho", "", "state", "idaho", 1866, null],
  ["Ill.", "", "state", "ill", 1819, 1954],
  ["Ill. 2d", "Ill.2d|Ill 2d", "state", "ill", 1954, 2011],
  ["Ill. App.", "Ill.App.", "state", "illappct", 1877, 1954],
  ["Ill. App. 2d", "Ill.App.2d", "state", "illappct", 1954, 1970],
  ["Ill. App. 3d", "Ill.App.3d", "state", "illappct", 1970, 2011],
  ["Ill. Dec.", "Ill.Dec.", "state", null, 1976, null],
  ["Ind.", "", "state", "ind", 1848, 1981],
  ["Ind. App.", "Ind.App.", "state", "indctapp", 1890, 1979],
  ["Iowa", "Ia.", "state", "iowa", 1855, 1968],
  ["Kan.", "Kans.", "state", "kan", 1862, null],
  ["Kan. App.", "Kan.App.", "state", "kanctapp", 1895, 1901],
  ["Kan. App. 2d", "Kan.App.2d", "state", "kanctapp", 1977, null],
  ["Ky.", "", "state", "ky", 1879, 1951],
  ["Ky. L. Rptr.", "", "state", null, 1880, 1908],
  ["La.", "", "state", "la", 1830, 1972],
  ["La. Ann.", "La.Ann.", "state", "la", 1846, 1900],
  ["La. App.", "La.App.", "state", "lactapp", 1924, 1932],
  ["Me.", "Maine", "state", "me", 1820, 1965],
  ["Md.", "Maryland", "state", "md", 1851, null],
  ["Md. App.", "Md.App.", "state", "mdctspecapp", 1967, null],
  ["Mass.", "", "state", "mass", 1804, null],
  ["Mass. App. Ct.", "Mass.App.Ct.", "state", "massappct", 1972, null],
  ["Mass. App. Div.", "Mass.App.Div.", "state", null, 1936, null],
  ["Mich.", "Mich", "state", "mich", 1847, null],
  ["Mich. App.", "Mich.App.|Mich App", "state", "michctapp", 1965, null],
  ["Minn.", "", "state", "minn", 1851, 1977],
  ["Miss.", "", "state", "miss", 1851, 1966],
  ["Mo.", "", "state", "mo", 1821, 1956],
  ["Mo. App.", "Mo.App.", "state", "moctapp", 1876, 1954],
  ["Mont.", "", "state", "mont", 1868, null],
  ["Neb.", "Nebr.", "state", "neb", 1860, null],
  ["Neb. Ct. App.", "Neb. App.|Neb.App.", "state", "nebctapp", 1992, null],
  ["Nev.", "", "state", "nev", 1865, null],
  ["N.H.", "", "state", "nh", 1816, null],
  ["N.J.", "", "state", "nj", 1948, null],
  ["N.J.L.", "N.J. L.|N.J. Law", "state", "nj", 1790, 1948],
  ["N.J. Eq.", "N.J.Eq.", "state", "njch", 1830, 1948],
  ["N.J. Super.", "N.J.Super.", "state", null, 1948, null],
  ["N.M.", "", "state", "nm", 1852, null],
  ["N.Y.", "N. Y.", "state", "ny", 1847, 1956],
  ["N.Y.2d", "N.Y. 2d|N. Y. 2d|NY2d", "state", "ny", 1956, 2003],
  ["N.Y.3d", "N.Y. 3d|N. Y. 3d|NY3d", "state", "ny", 2003, null],
  ["A.D.", "App. Div.|A.D", "state", "nyappdiv", 1896, 1955],
  ["A.D.2d", "A.D. 2d|App. Div. 2d|AD2d", "state", "nyappdiv", 1955, 2003],
  ["A.D.3d", "A.D. 3d|App. Div. 3d|AD3d", "state", "nyappdiv", 2003, null],
  ["Misc.", "", "state", null, 1892, 1955],
  ["Misc. 2d", "Misc.2d", "state", null, 1955, 2004],
  ["Misc. 3d", "Misc.3d", "state", null, 2004, null],
  ["N.Y.S.", "N.Y. Supp.|N. Y. S.|NYS", "state", null, 1888, 1937],
  ["N.Y.S.2d", "N.Y.S. 2d|N. Y. S. 2d|NYS2d|N.Y.S.2nd", "state", null, 1938, 2019],
  ["N.Y.S.3d", "N.Y.S. 3d|N. Y. S. 3d|NYS3d", "state", null, 2019, null],
  ["N.C.", "N. Car.", "state", "nc", 1778, null],
  ["N.C. App.", "N.C.App.", "state", "ncctapp", 1968, null],
  ["N.D.", "N. Dak.", "state", "nd", 1890, 1953],
  ["Ohio", "", "state", "ohio", 1821, 1851],
  ["Ohio St.", "Ohio St", "state", "ohio", 1852, 1964],
  ["Ohio St. 2d", "Ohio St.2d", "state", "ohio", 1965, 1991],
  ["Ohio St. 3d", "Ohio St.3d", "state", "ohio", 1991, null],
  ["Ohio App.", "Ohio App", "state", "ohioctapp", 1913, 1964],
  ["Ohio App. 2d", "Ohio App.2d", "state", "ohioctapp", 1964, 1982],
  ["Ohio App. 3d", "Ohio App.3d", "state", "ohioctapp", 1982, null],
  ["Ohio Misc.", "", "state", null, 1962, 1982],
  ["Ohio Misc. 2d", "Ohio Misc.2d", "state", null, 1982, null],
  ["Ohio C.C.", "Ohio Cir. Ct.", "state", null, 1885, 1901],
  ["Okla.", "Okl.", "state", "okla", 1890, 1953],
  ["Okla. Crim.", "Okla.Crim.|Okla. Cr.|Okl. Cr.", "state", "oklacrimapp", 1908, 1953],
  ["Or.", "Or|Ore.", "state", "or", 1853, null],
  ["Or. App.", "Or App|Or.App.|Ore. App.", "state", "orctapp", 1969, null],
  ["Pa.", "Pa. St.|Penn. St.", "state", "pa", 1845, null],
  ["Pa. Super.", "Pa.Super.|Pa. Superior Ct.|Pa. Super. Ct.", "state", "pasuperct", 1895, 1997],
  ["Pa. Commw.", "Pa.Commw.|Pa. Cmwlth.|Pa.Cmwlth.", "state", "pacommwct", 1970, 1995],
  ["Pa. D. & C.", "Pa. D.&C.", "state", null, 1921, 1954],
  ["Pa. D. & C.2d", "Pa. D.&C.2d|Pa. D. & C. 2d", "state", null, 1954, 1977],
  ["Pa. D. & C.3d", "Pa. D.&C.3d|Pa. D. & C. 3d", "state", null, 1977, 1989],
  ["Pa. D. & C.4th", "Pa. D.&C.4th|Pa. D. & C. 4th", "state", null, 1989, 2007],
  ["Pa. D. & C.5th", "Pa. D.&C.5th|Pa. D. & C. 5th", "state", null, 2007, null],
  ["R.I.", "R.I. Rep.", "state", "ri", 1828, 1980],
  ["S.C.", "S. Car.", "state", "sc", 1868, null],
  ["S.D.", "S. Dak.", "state", "sd", 1890, 1976],
  ["Tenn.", "", "state", "tenn", 1870, 1971],
  ["Tenn. App.", "Tenn.App.", "state", "tennctapp", 1925, 1971],
  ["Tex.", "", "state", "tex", 1846, 1962],
  ["Tex. Crim.", "Tex.Crim.|Tex. Cr. R.|Tex. Cr.|Tex. Cr. Rep.|Tex. Crim. Rep.|Tex Cr R", "state", "texcrimapp", 1876, 1963],
  ["Tex. Civ. App.", "Tex.Civ.App.", "state", null, 1892, 1911],
  ["Utah", "", "state", "utah", 1855, 1974],
  ["Utah 2d", "Utah2d", "state", "utah", 1953, 1974],
  ["Vt.", "", "state", "vt", 1826, null],
  ["Va.", "", "state", "va", 1880, null],
  ["Va. App.", "Va.App.", "state", "vactapp", 1985, null],
  ["Wash.", "Wn.", "state", "wash", 1889, 1939],
  ["Wash. 2d", "Wash.2d|Wn.2d|Wn. 2d|Wash 2d", "state", "wash", 1939, null],
  ["Wash. App.", "Wash.App.|Wn. App.|Wn.App.", "state", "washctapp", 1969, 2017],
  ["Wash. App. 2d", "Wash.App.2d|Wn. App. 2d|Wn.App.2d", "state", "washctapp", 2017, null],
  ["W. Va.", "W.Va.", "state", "wva", 1864, null],
  ["Wis.", "", "state", "wis", 1853, 1957],
  ["Wis. 2d", "Wis.2d|W.2d|Wis 2d", "state", "wis", 1957, null],
  ["Wyo.", "", "state", "wyo", 1870, 1959],
  ["P.R.R.", "P.R. R.|P.R.", "state", "pr", 1899, 1978],
  // --- early nominative reporters still cited (named for their reporter; the court is the state's highest)
  ["Johns.", "Johnson|Johns. Rep.", "state", "ny", 1806, 1823],
  ["Johns. Ch.", "Johns.Ch.|Johns. Ch. R.|Johns. Ch. Rep.", "state", null, 1814, 1823],
  ["Wend.", "", "state", "ny", 1828, 1841],
  ["Cow.", "", "state", "ny", 1823, 1829],
  ["Barb.", "", "state", null, 1847, 1877],
  ["Paige Ch.", "", "state", null, 1828, 1845],
  ["Abb. Pr.", "Abb. Prac.", "state", null, 1854, 1875],
  ["How. Pr.", "How. Prac.", "state", null, 1844, 1886],
  ["Pick.", "", "state", "mass", 1822, 1839],
  ["Met.", "Metc.|Metcalf", "state", "mass", 1840, 1847],
  ["Cush.", "", "state", "mass", 1848, 1853],
  ["Binn.", "", "state", "pa", 1799, 1814],
  ["Serg. & Rawle", "S. & R.", "state", "pa", 1814, 1828],
  ["Watts & Serg.", "W. & S.", "state", "pa", 1841, 1845],
  ["Whart.", "", "state", "pa", 1835, 1841],
  ["Gratt.", "", "state", "va", 1844, 1880],
  ["Munf.", "", "state", "va", 1810, 1820],
  ["Hen. & M.", "", "state", "va", 1806, 1810],
  ["Har. & J.", "", "state", "md", 1800, 1826],
  ["Gill & J.", "G. & J.", "state", "md", 1829, 1842],
  ["Ired.", "", "state", "nc", 1840, 1852],
  ["Yerg.", "", "state", "tenn", 1818, 1837],
  ["Humph.", "", "state", "tenn", 1839, 1851],
  ["Smedes & M.", "S. & M.", "state", "miss", 1843, 1850],
  ["Ga. Kelly", "", "state", "ga", 1846, 1848],
  ["B. Mon.", "", "state", "ky", 1840, 1857],
  ["P.R. Offic. Trans.", "", "state", "pr", 1978, null],
  ["Pen. & W.", "P.R.|Penr. & W.", "state", "pa", 1829, 1832],
  ["Rawle", "", "state", "pa", 1828, 1835],
  ["Watts", "", "state", "pa", 1832, 1840],
  ["Yeates", "", "state", "pa", 1791, 1808],
  ["Miles", "", "state", null, 1825, 1841],
  ["Tyng", "", "state", "mass", 1806, 1822],
  ["Gray", "", "state", "mass", 1854, 1860],
  ["Allen", "", "state", "mass", 1861, 1867],
  ["Caines", "Cai.", "state", "ny", 1803, 1805],
  ["Denio", "", "state", "ny", 1845, 1848],
  ["Leigh", "", "state", "va", 1829, 1842],
  ["Rand.", "", "state", "va", 1821, 1828],
  ["Hawks", "", "state", "nc", 1820, 1826],
  ["Dev. & Bat.", "", "state", "nc", 1834, 1839],
  ["Mart.", "", "state", "la", 1809, 1830],
  ["Harr. & McH.", "H. & McH.", "state", "md", 1658, 1799],
  ["Bibb", "", "state", "ky", 1808, 1817],
  ["A.K. Marsh.", "", "state", "ky", 1817, 1821],
  ["T.B. Mon.", "", "state", "ky", 1824, 1828],
  ["Dana", "", "state", "ky", 1833, 1840],
  ["McCord", "McC.", "state", "sc", 1821, 1828],
  ["Overt.", "", "state", "tenn", 1791, 1816],
  ["Cold.", "", "state", "tenn", 1860, 1870],
  ["Heisk.", "", "state", "tenn", 1870, 1879],
  ["Sneed", "", "state", "tenn", 1853, 1858],
  ["Stew. & P.", "", "state", "ala", 1831, 1834],
  ["Port.", "", "state", "ala", 1834, 1839],
  ["Blackf.", "", "state", "ind", 1817, 1847],
  ["Greenl.", "", "state", "me", 1820, 1832],
  ["Chip.", "", "state", "vt", 1789, 1824],
  ["Aik.", "", "state", "vt", 1825, 1828],
  // Johnson's edition of the early New Mexico reports: `Johnson` also names New York's Johns.
  ["N.M. (J.)", "Johnson", "state", "nm", 1852, 1893],
  // --- more early state reports, by state: the official series before (or beside) the numbered one
  ["Cal. Unrep.", "Cal. Unrep. Cas.", "state", "cal", 1855, 1910],
  ["Kirby", "", "state", "conn", 1785, 1789],
  ["Root", "", "state", "conn", 1789, 1798],
  ["Conn. Cir. Ct.", "Conn. Cir.", "state", null, 1961, 1974],
  ["Del. Cas.", "", "state", null, 1792, 1830],
  ["Harr.", "Harrington", "state", "del", 1832, 1855],
  ["Houst.", "", "state", "del", 1855, 1893],
  ["Marv.", "Marvel", "state", "del", 1893, 1897],
  ["Pennewill", "Pennew.", "state", "del", 1897, 1909],
  ["Boyce", "", "state", "del", 1909, 1920],
  ["W.W. Harr.", "", "state", "del", 1919, 1939],
  ["Terry", "", "state", "del", 1939, 1958],
  ["Storey", "", "state", "del", 1960, 1966],
  ["Breese", "", "state", "ill", 1819, 1831],
  ["Scam.", "", "state", "ill", 1832, 1843],
  ["Gilm.", "Gilman", "state", "ill", 1844, 1849],
  ["Greene", "G. Greene", "state", "iowa", 1847, 1854],
  ["Litt.", "", "state", "ky", 1822, 1824],
  ["J.J. Marsh.", "", "state", "ky", 1829, 1832],
  ["Duv.", "", "state", "ky", 1863, 1866],
  ["Bush", "", "state", "ky", 1866, 1879],
  ["Fairf.", "", "state", "me", 1833, 1835],
  ["Shepl.", "", "state", "me", 1836, 1845],
  ["Bland", "", "state", null, 1811, 1832],
  ["Gill", "", "state", "md", 1843, 1851],
  ["Md. Ch.", "", "state", null, 1847, 1854],
  ["Mass. App. Dec.", "", "state", null, 1941, 1977],
  ["Mass. L. Rptr.", "Mass. L. Rep.", "state", "masssuperct", 1993, null],
  ["Walk.", "", "state", "miss", 1818, 1832],
  ["N.J. Misc.", "", "state", null, 1923, 1949],
  ["N.J. Tax", "", "state", "njtaxct", 1979, null],
  ["Johns. Cas.", "", "state", "ny", 1799, 1803],
  ["Hopk. Ch.", "", "state", null, 1823, 1826],
  ["Lans. Ch.", "", "state", null, 1824, 1826],
  ["Edw. Ch.", "", "state", null, 1831, 1850],
  ["Barb. Ch.", "", "state", null, 1845, 1848],
  ["Sandf. Ch.", "Sandf. Ch. R.", "state", null, 1843, 1847],
  ["Sandf.", "", "state", null, 1847, 1852],
  ["Comst.", "", "state", "ny", 1847, 1851],
  ["Seld.", "", "state", "ny", 1851, 1854],
  ["Kern.", "Kernan", "state", "ny", 1854, 1856],
  ["Daly", "", "state", null, 1859, 1891],
  ["Keyes", "", "state", "ny", 1863, 1868],
  ["Lans.", "", "state", null, 1869, 1873],
  ["Hun", "", "state", null, 1874, 1895],
  ["N.Y. Sup. Ct.", "", "state", null, 1873, 1896],
  ["N.Y. St. Rptr.", "N.Y. St. Rep.", "state", null, 1886, 1896],
  ["Wheel. Cr. Cas.", "Wheeler Crim. Cas.|Wheeler Cr. Cas.", "state", null, 1791, 1825],
  ["Park. Crim. Rep.", "Parker's Crim. Cas.|Parker's Cr. Cas.|Parker Cr. R.", "state", null, 1823, 1868],
  // The public-domain slip opinion number of the New York courts: the volume is the year.
  ["N.Y. Slip Op.", "NY Slip Op", "state", null, 2003, null],
  ["Hayw.", "Hay.", "state", null, 1789, 1818],
  ["Murph.", "", "state", "nc", 1804, 1819],
  ["Dev.", "", "state", "nc", 1826, 1834],
  ["Busb.", "", "state", "nc", 1852, 1853],
  ["Ohio Dec. Reprint", "Ohio Dec. Rep.", "state", null, 1840, 1873],
  ["Ohio Dec.", "", "state", null, 1894, 1920],
  ["Ohio N.P.", "", "state", null, 1894, 1934],
  ["Ohio Law Abs.", "Ohio L. Abs.|Ohio Law. Abs.", "state", null, 1922, 1964],
  ["Ohio Op.", "O.O.|Ohio Opin.", "state", null, 1934, 1964],
  ["Ohio Op. 2d", "O.O.2d", "state", null, 1964, 1976],
  ["Ohio Op. 3d", "O.O.3d", "state", null, 1976, 1982],
  ["Ohio B.", "OBR|O.B.R.", "state", null, 1982, 1987],
  ["Phila.", "", "state", null, 1850, 1891],
  ["Pa. Dist.", "", "state", null, 1892, 1921],
  ["Bail.", "", "state", "sc", 1828, 1832],
  ["McMul.", "", "state", "sc", 1840, 1842],
  ["Rich.", "", "state", "sc", 1844, 1868],
  ["Rich. Eq.", "", "state", "sc", 1844, 1868],
  ["Strob.", "", "state", "sc", 1846, 1850],
  ["Meigs", "", "state", "tenn", 1838, 1839],
  ["Swan", "", "state", "tenn", 1851, 1853],
  ["Head", "", "state", "tenn", 1858, 1859],
  ["Baxt.", "", "state", "tenn", 1872, 1878],
  ["Lea", "", "state", "tenn", 1878, 1890],
  ["Dallam", "", "state", "tex", 1840, 1844],
  ["Tex. Ct. App.", "Tex. App.|Texas App.", "state", null, 1876, 1892],
  ["Tex. Sup. Ct. J.", "Tex. S. Ct. J.", "state", "tex", 1957, null],
  ["Va. Cas.", "", "state", null, 1789, 1826],
  ["Pat. & H.", "", "state", "va", 1855, 1857],
  ["Pin.", "", "state", "wis", 1839, 1852],
  ["Chand.", "", "state", "wis", 1849, 1852],
  ["Conn. L. Rptr.", "CLR|Conn. L. Rep.", "state", "connsuperct", 1990, null],
  ["Cal. Daily Op. Serv.", "", "state", null, 1986, null],
  ["Va. Cir.", "", "state", null, 1985, null],
  ["Or. Tax", "OTR", "state", "ortc", 1962, null],
  // Van Natta's Workers' Compensation Reporter: Oregon's Workers' Compensation Board.
  ["Van Natta", "", "state", null, 1967, null],
  // --- federal circuit courts before 1880, named for their reporter (the Federal Cases reprint them)
  ["Pet. Adm.", "", "federal-other", null, 1792, 1807],
  ["Pet. C.C.", "", "federal-other", null, 1803, 1818],
  ["Wash. C.C.", "Wash. C.C. Rep.|Washington C.C.", "federal-other", null, 1803, 1827],
  ["Cranch C.C.", "", "federal-other", null, 1801, 1841],
  ["Brock.", "", "federal-other", null, 1802, 1836],
  ["Paine", "", "federal-other", null, 1810, 1840],
  ["Gall.", "", "federal-other", null, 1812, 1815],
  ["Mason", "", "federal-other", null, 1816, 1830],
  ["Sumn.", "", "federal-other", null, 1829, 1839],
  ["McLean", "", "federal-other", null, 1829, 1855],
  ["Wall. Jr.", "", "federal-other", null, 1842, 1862],
  ["Blatchf.", "", "federal-other", null, 1845, 1887],
  ["Curt.", "", "federal-other", null, 1851, 1856],
  ["Cliff.", "", "federal-other", null, 1858, 1878],
  ["Sawy.", "Saw.", "federal-other", null, 1870, 1891],
  ["Biss.", "", "federal-other", null, 1851, 1883],
  ["Dill.", "", "federal-other", null, 1870, 1879],
  ["Hask.", "", "federal-other", null, 1866, 1890],
  ["C.C.A.", "C. C. A.", "federal-appellate", null, 1892, 1919],
  // --- annotated and selected-case reports
  ["Am. Dec.", "Am.Dec.", "specialty", null, 1760, 1869],
  ["Am. Rep.", "Am.Rep.", "specialty", null, 1868, 1888],
  ["Am. St. Rep.", "Am.St.Rep.|Am. St. R.|Am. State Rep.", "specialty", null, 1886, 1911],
  ["L.R.A.", "L. R. A.", "specialty", null, 1888, 1905],
  ["L.R.A. (n.s.)", "L.R.A. (N.S.)|L.R.A.(N.S.)|L.R.A., N.S.|L.R.A.N.S.|L. R. A. (N. S.)", "specialty", null, 1906, 1914],
  ["Ann. Cas.", "Ann.Cas.", "specialty", null, 1906, 1918],
  // --- agencies and topical reporters cited like cases
  ["Op. Att'y Gen.", "Op. Atty. Gen.|Ops. Att'y Gen.|Ops. Atty. Gen.|Op. Attys. Gen.|Opins. Attys. Gen.|Opins.|Op. A.G.", "specialty", null, 1789, null],
  ["Op. O.L.C.", "Op. Off. Legal Counsel", "specialty", null, 1977, null],
  ["I.C.C.", "I. C. C.|I.C.C. Rep.", "specialty", null, 1887, 1984],
  ["I.C.C.2d", "I.C.C. 2d", "specialty", null, 1984, 1995],
  ["N.L.R.B.", "N. L. R. B.|NLRB", "specialty", null, 1935, null],
  ["F.C.C.", "F. C. C.", "specialty", null, 1934, 1965],
  ["F.C.C.2d", "F.C.C. 2d", "specialty", null, 1965, 1986],
  ["FCC Rcd.", "F.C.C.R.|FCC Rcd|F.C.C. Rcd.", "specialty", null, 1986, null],
  ["F.T.C.", "F. T. C.", "specialty", null, 1915, null],
  ["S.E.C.", "S. E. C.", "specialty", null, 1934, null],
  ["M.S.P.R.", "M. S. P. R.", "specialty", null, 1979, null],
  ["E.C.A.B.", "ECAB", "specialty", null, 1947, null],
  ["Ct. Cust. App.", "Ct.Cust.App.", "federal-other", null, 1910, 1929],
  ["A.M.C.", "A. M. C.", "specialty", null, 1923, null],
  ["Educ. L. Rep.", "Ed. Law Rep.|Ed. L. Rep.", "specialty", null, 1982, null],
  ["Ind. Cl. Comm.", "", "specialty", null, 1948, 1978],
  ["L.R.R.M. (BNA)", "L.R.R.M.|LRRM|LRRM (BNA)", "specialty", null, 1935, null],
  // Services cited by volume and page, the publisher in parentheses before the page.
  ["Fair Empl. Prac. Cas. (BNA)", "Fair Empl. Prac. Cas.|FEP Cases (BNA)|FEP Cas. (BNA)", "specialty", null, 1969, null],
  ["Wage & Hour Cas. (BNA)", "Wage & Hour Cas.|WH Cases (BNA)", "specialty", null, 1939, null],
  ["Am. Disabilities Cas. (BNA)", "A.D. Cas. (BNA)|Am. Disabilities Cas.", "specialty", null, 1992, null],
  ["Indiv. Empl. Rts. Cas. (BNA)", "IER Cases (BNA)|Indiv. Empl. Rts. Cas.", "specialty", null, 1986, null],
  ["Empl. Benefits Cas. (BNA)", "Employee Benefits Cas. (BNA)|EBC (BNA)|Empl. Benefits Cas.", "specialty", null, 1980, null],
  ["O.S.H. Cas. (BNA)", "O.S.H. Cas.|OSHC (BNA)|O.S.H.C. (BNA)", "specialty", null, 1971, null],
  ["T.C.M.", "T.C.M. (CCH)|T.C.M. (P-H)|T.C.M. (RIA)|TCM", "federal-other", "tax", 1942, null],
  ["A.F.T.R.", "A.F.T.R. (P-H)|A.F.T.R. (RIA)", "specialty", null, 1880, 1957],
  ["A.F.T.R.2d", "A.F.T.R.2d (RIA)|A.F.T.R. 2d (RIA)|A.F.T.R.2d (P-H)|A.F.T.R. 2d|AFTR 2d", "specialty", null, 1957, null],
  ["Bankr. Ct. Dec.", "Bankr. Ct. Dec. (CRR)|Bankr. Ct. Dec. (LRP)|B.C.D.", "specialty", null, 1974, null],
  ["Env't Rep. Cas.", "Envtl. Rep. Cas.|ERC|Env't Rep. Cas. (BNA)|Envtl. Rep. Cas. (BNA)|ERC (BNA)", "specialty", null, 1970, null],
  ["Media L. Rep.", "Media L. Rptr.|Med. L. Rptr.|Media L. Rep. (BNA)", "specialty", null, 1977, null],
  ["U.C.C. Rep. Serv.", "UCC Rep. Serv.|UCC Rep.|U.C.C. Rep.|UCC Rep", "specialty", null, 1962, 1986],
  ["U.C.C. Rep. Serv. 2d", "UCC Rep. Serv. 2d|UCC Rep.Serv.2d|U.C.C. Rep. Serv.2d", "specialty", null, 1987, null],
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
  ["Doug.", "", "specialty", null, 1778, 1785],
  ["Doug.", "Dougl.", "state", "mich", 1843, 1847],
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
  ["C.B.", "", "specialty", null, 1845, 1856],
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

/**
 * Every edition, in table order.
 *
 * @example REPORTERS.find((r) => r.name === "F.3d")?.end // 2021
 */
export const REPORTERS: readonly ReporterEdition[] = ROWS.map(([name, variants, scope, court, start, end]) => ({
  name,
  variants: variants ? variants.split("|") : [],
  scope,
  court,
  start,
  end,
}));

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
for (const r of REPORTERS) {
  for (const v of [r.name, ...r.variants]) {
    const k = reporterKey(v);
    if (!BY_KEY.has(k)) BY_KEY.set(k, r);
    const all = ALL_BY_KEY.get(k) ?? [];
    if (!all.includes(r)) all.push(r);
    ALL_BY_KEY.set(k, all);
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
