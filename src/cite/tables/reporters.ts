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

type Row = [name: string, variants: string, scope: ReporterScope, court: string | null, start: number | null, end: number | null];

// [normalized, "variant|variant", scope, court, first year, last year]
const ROWS: readonly Row[] = [
  // --- United States Supreme Court
  ["U.S.", "U. S.|US", "federal-supreme", "scotus", 1754, null],
  ["S. Ct.", "S.Ct.|S Ct|S.Ct", "federal-supreme", "scotus", 1882, null],
  ["L. Ed.", "L.Ed.|L Ed|L. Ed|LEd", "federal-supreme", "scotus", 1790, 1956],
  ["L. Ed. 2d", "L.Ed.2d|L. Ed.2d|L.Ed. 2d|L Ed 2d|L.E.2d|LEd2d", "federal-supreme", "scotus", 1956, null],
  ["Dall.", "Dal.|Dallas", "federal-supreme", "scotus", 1790, 1800],
  ["Cranch", "Cra.|Cr.|Cranch's", "federal-supreme", "scotus", 1801, 1815],
  ["Wheat.", "Wheaton|Wh.", "federal-supreme", "scotus", 1816, 1827],
  ["Pet.", "Peters", "federal-supreme", "scotus", 1828, 1842],
  ["How.", "Howard", "federal-supreme", "scotus", 1843, 1860],
  ["Black", "Black.", "federal-supreme", "scotus", 1861, 1862],
  ["Wall.", "Wallace", "federal-supreme", "scotus", 1863, 1874],
  ["U.S.L.W.", "USLW|U.S.L.Week", "federal-supreme", null, 1933, null],
  // --- federal appellate and district
  ["F.", "", "federal-appellate", null, 1880, 1924],
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
  ["Ct. Cl.", "Ct.Cl.", "federal-other", "cc", 1863, 1982],
  ["C.C.P.A.", "C. C. P. A.", "federal-other", "ccpa", 1929, 1982],
  ["Ct. Int'l Trade", "Ct. Int’l Trade|CIT", "federal-other", "cit", 1980, null],
  ["Cust. Ct.", "Cust.Ct.", "federal-other", "cusc", 1938, 1980],
  ["T.C.", "T. C.", "federal-other", "tax", 1942, null],
  // The Tax Court's numbered opinions before they are paginated: `158 T.C. No. 4`.
  ["T.C. No.", "T. C. No.", "federal-other", "tax", 1942, null],
  ["B.T.A.", "B. T. A.", "federal-other", "bta", 1924, 1942],
  ["M.J.", "M. J.", "federal-other", null, 1975, null],
  ["C.M.A.", "C. M. A.", "federal-other", "cma", 1951, 1975],
  ["C.M.R.", "C. M. R.", "federal-other", null, 1951, 1975],
  ["Vet. App.", "Vet.App.", "federal-other", "cavc", 1990, null],
  ["Fed. Cir.", "Fed.Cir.", "federal-other", "cafc", 1982, null],
  ["Fed. R. Serv.", "Fed.R.Serv.", "specialty", null, 1938, null],
  ["Fed. R. Serv. 2d", "Fed.R.Serv.2d", "specialty", null, 1960, null],
  ["Fed. R. Serv. 3d", "Fed.R.Serv.3d", "specialty", null, 1986, null],
  ["F.R.Serv.3d", "", "specialty", null, 1986, null],
  ["U.S.P.Q.", "USPQ", "specialty", null, 1929, 1986],
  ["U.S.P.Q.2d", "U.S.P.Q. 2d|USPQ2d", "specialty", null, 1987, null],
  ["A.L.R.", "ALR", "specialty", null, 1919, 1948],
  ["A.L.R.2d", "A.L.R. 2d|ALR2d", "specialty", null, 1948, 1965],
  ["A.L.R.3d", "A.L.R. 3d|ALR3d", "specialty", null, 1965, 1980],
  ["A.L.R.4th", "A.L.R. 4th|ALR4th", "specialty", null, 1980, 1992],
  ["A.L.R.5th", "A.L.R. 5th|ALR5th", "specialty", null, 1992, 2005],
  ["A.L.R.6th", "A.L.R. 6th|ALR6th", "specialty", null, 2005, null],
  ["A.L.R. Fed.", "A.L.R.Fed.|ALR Fed", "specialty", null, 1969, 2005],
  ["A.L.R. Fed. 2d", "A.L.R.Fed.2d|ALR Fed 2d", "specialty", null, 2005, null],
  ["I. & N. Dec.", "I&N Dec.|I. & N.Dec.", "specialty", null, 1940, null],
  ["Bankr. B.A.P.", "", "federal-other", null, 1979, null],
  // --- regional reporters
  ["A.", "Atl.", "regional", null, 1885, 1938],
  ["A.2d", "A. 2d|A 2d|A.2nd|Atl.2d|Atl. 2d|A2d", "regional", null, 1938, 2010],
  ["A.3d", "A. 3d|A 3d|A.3rd|A3d", "regional", null, 2010, null],
  ["N.E.", "N. E.", "regional", null, 1884, 1936],
  ["N.E.2d", "N. E. 2d|N.E. 2d|NE2d|N.E.2nd|NE 2d", "regional", null, 1936, 2014],
  ["N.E.3d", "N. E. 3d|N.E. 3d|NE3d", "regional", null, 2014, null],
  ["N.W.", "N. W.|NW", "regional", null, 1879, 1941],
  ["N.W.2d", "N. W. 2d|N.W. 2d|NW2d|N.W.2nd|NW 2d", "regional", null, 1941, null],
  ["P.", "Pac.", "regional", null, 1883, 1931],
  ["P.2d", "P. 2d|P 2d|Pac.2d|P.2nd|P2d", "regional", null, 1931, 2000],
  ["P.3d", "P. 3d|P 3d|P.3rd|P3d", "regional", null, 2000, null],
  ["S.E.", "S. E.", "regional", null, 1887, 1939],
  ["S.E.2d", "S. E. 2d|S.E. 2d|SE2d|S.E.2nd", "regional", null, 1939, null],
  ["S.W.", "S. W.", "regional", null, 1886, 1928],
  ["S.W.2d", "S. W. 2d|S.W. 2d|SW2d|S.W.2nd", "regional", null, 1928, 1999],
  ["S.W.3d", "S. W. 3d|S.W. 3d|SW3d|S.W.3rd", "regional", null, 1999, null],
  ["So.", "", "regional", null, 1886, 1941],
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
  ["Conn. Supp.", "Conn.Supp.", "state", "connsuperct", 1935, null],
  ["Conn. Super. Ct.", "Conn.Super.Ct.", "state", "connsuperct", 1986, 1994],
  ["Day", "", "state", "conn", 1802, 1813],
  ["Del.", "", "state", "del", 1920, 1966],
  ["Del. Ch.", "Del.Ch.", "state", "delch", 1814, 1968],
  ["D.C.", "", "state", "dc", 1801, 1892],
  ["App. D.C.", "App.D.C.", "state", "cadc", 1893, 1941],
  ["U.S. App. D.C.", "U.S.App.D.C.", "federal-appellate", "cadc", 1941, null],
  ["Fla.", "", "state", "fla", 1846, 1948],
  ["Fla. Supp.", "Fla.Supp.", "state", null, 1948, 1981],
  ["Fla. L. Weekly", "Fla.L.Weekly", "state", null, 1978, null],
  ["Ga.", "", "state", "ga", 1846, null],
  ["Ga. App.", "Ga.App.", "state", "gactapp", 1907, null],
  ["Haw.", "Hawaii", "state", "haw", 1847, null],
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
  ["Iowa", "", "state", "iowa", 1855, 1968],
  ["Kan.", "", "state", "kan", 1862, null],
  ["Kan. App.", "Kan.App.", "state", "kanctapp", 1895, 1901],
  ["Kan. App. 2d", "Kan.App.2d", "state", "kanctapp", 1977, null],
  ["Ky.", "", "state", "ky", 1879, 1951],
  ["Ky. L. Rptr.", "", "state", null, 1880, 1908],
  ["La.", "", "state", "la", 1830, 1972],
  ["La. Ann.", "La.Ann.", "state", "la", 1846, 1900],
  ["La. App.", "La.App.", "state", "lactapp", 1924, 1932],
  ["Me.", "", "state", "me", 1820, 1965],
  ["Md.", "", "state", "md", 1851, null],
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
  ["Neb.", "", "state", "neb", 1860, null],
  ["Neb. Ct. App.", "Neb. App.|Neb.App.", "state", "nebctapp", 1992, null],
  ["Nev.", "", "state", "nev", 1865, null],
  ["N.H.", "", "state", "nh", 1816, null],
  ["N.J.", "", "state", "nj", 1948, null],
  ["N.J.L.", "N.J. L.", "state", "nj", 1790, 1948],
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
  ["N.C.", "", "state", "nc", 1778, null],
  ["N.C. App.", "N.C.App.", "state", "ncctapp", 1968, null],
  ["N.D.", "", "state", "nd", 1890, 1953],
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
  ["Okla.", "", "state", "okla", 1890, 1953],
  ["Okla. Crim.", "Okla.Crim.", "state", "oklacrimapp", 1908, 1953],
  ["Or.", "Or|Ore.", "state", "or", 1853, null],
  ["Or. App.", "Or App|Or.App.|Ore. App.", "state", "orctapp", 1969, null],
  ["Pa.", "", "state", "pa", 1845, null],
  ["Pa. Super.", "Pa.Super.|Pa. Superior Ct.", "state", "pasuperct", 1895, 1997],
  ["Pa. Commw.", "Pa.Commw.|Pa. Cmwlth.|Pa.Cmwlth.", "state", "pacommwct", 1970, 1995],
  ["Pa. D. & C.", "Pa. D.&C.", "state", null, 1921, 1954],
  ["Pa. D. & C.2d", "Pa. D.&C.2d|Pa. D. & C. 2d", "state", null, 1954, 1977],
  ["Pa. D. & C.3d", "Pa. D.&C.3d|Pa. D. & C. 3d", "state", null, 1977, 1989],
  ["Pa. D. & C.4th", "Pa. D.&C.4th|Pa. D. & C. 4th", "state", null, 1989, 2007],
  ["Pa. D. & C.5th", "Pa. D.&C.5th|Pa. D. & C. 5th", "state", null, 2007, null],
  ["R.I.", "", "state", "ri", 1828, 1980],
  ["S.C.", "", "state", "sc", 1868, null],
  ["S.D.", "", "state", "sd", 1890, 1976],
  ["Tenn.", "", "state", "tenn", 1870, 1971],
  ["Tenn. App.", "Tenn.App.", "state", "tennctapp", 1925, 1971],
  ["Tex.", "", "state", "tex", 1846, 1962],
  ["Tex. Crim.", "Tex.Crim.|Tex. Cr. R.", "state", "texcrimapp", 1876, 1963],
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
  ["Johns.", "Johnson", "state", "ny", 1806, 1823],
  ["Johns. Ch.", "Johns.Ch.", "state", null, 1814, 1823],
  ["Wend.", "", "state", "ny", 1828, 1841],
  ["Cow.", "", "state", "ny", 1823, 1829],
  ["Barb.", "", "state", null, 1847, 1877],
  ["Paige Ch.", "", "state", null, 1828, 1845],
  ["Abb. Pr.", "", "state", null, 1854, 1875],
  ["How. Pr.", "", "state", null, 1844, 1886],
  ["Pick.", "", "state", "mass", 1822, 1839],
  ["Met.", "", "state", "mass", 1840, 1847],
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
  ["McCord", "", "state", "sc", 1821, 1828],
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
