/**
 * Statutory codes, administrative codes and constitutions: one row per code with the
 * spellings courts print. Recognizers generate their patterns from these rows; adding a
 * code never changes a recognizer. Spellings are compared without case, periods or
 * spacing, so `Fed.R.` and `FED. R.` need no row of their own.
 */

/** One code of law as it is cited. */
export interface CodeRow {
  /** Canonical abbreviation, output as `code`: `U.S.C.`, `Cal. Civ. Proc. Code`. */
  code: string;
  /** `us`, or a state's postal code in lower case. */
  jurisdiction: string;
  /** Other spellings found in print. */
  variants: readonly string[];
  /** Where a title number goes: `before` (`28 U.S.C.`), `either`; default: after or none (`tit. 15,`). */
  titled?: "before" | "either";
  /** The cite means nothing without a title (`Okla. Stat. tit. 12`). */
  titleRequired?: boolean;
  /** Articles are the code's titles: `art. 27, § 461(g)` is title 27, section 461(g) (Maryland before 2002). */
  articleTitles?: boolean;
  /** Session laws: a chapter or bill number may stand where the page does (`1999 Minn. Laws ch. 5`). */
  sessionLaw?: boolean;
  /** A code with its title before it whose edition year follows the name: `12 O.S. 1961 § 667`. */
  editionAfterName?: boolean;
}

/** A state (or territory) as citations abbreviate it. */
export interface StateRow {
  postal: string;
  name: string;
  /** Bluebook abbreviation first, then other spellings. */
  abbreviations: readonly string[];
}

/**
 * Every state, D.C. and Puerto Rico.
 *
 * @example STATES.find((s) => s.postal === "ca")?.abbreviations[0] // "Cal."
 */
export const STATES: readonly StateRow[] = [
  { postal: "al", name: "Alabama", abbreviations: ["Ala."] },
  { postal: "ak", name: "Alaska", abbreviations: ["Alaska"] },
  { postal: "az", name: "Arizona", abbreviations: ["Ariz."] },
  { postal: "ar", name: "Arkansas", abbreviations: ["Ark."] },
  { postal: "ca", name: "California", abbreviations: ["Cal.", "Calif."] },
  { postal: "co", name: "Colorado", abbreviations: ["Colo."] },
  { postal: "ct", name: "Connecticut", abbreviations: ["Conn."] },
  { postal: "de", name: "Delaware", abbreviations: ["Del."] },
  { postal: "dc", name: "District of Columbia", abbreviations: ["D.C."] },
  { postal: "fl", name: "Florida", abbreviations: ["Fla."] },
  { postal: "ga", name: "Georgia", abbreviations: ["Ga."] },
  { postal: "hi", name: "Hawaii", abbreviations: ["Haw.", "Hawaii"] },
  { postal: "id", name: "Idaho", abbreviations: ["Idaho"] },
  { postal: "il", name: "Illinois", abbreviations: ["Ill."] },
  { postal: "in", name: "Indiana", abbreviations: ["Ind."] },
  { postal: "ia", name: "Iowa", abbreviations: ["Iowa"] },
  { postal: "ks", name: "Kansas", abbreviations: ["Kan.", "Kans."] },
  { postal: "ky", name: "Kentucky", abbreviations: ["Ky."] },
  { postal: "la", name: "Louisiana", abbreviations: ["La."] },
  { postal: "me", name: "Maine", abbreviations: ["Me."] },
  { postal: "md", name: "Maryland", abbreviations: ["Md."] },
  { postal: "ma", name: "Massachusetts", abbreviations: ["Mass."] },
  { postal: "mi", name: "Michigan", abbreviations: ["Mich."] },
  { postal: "mn", name: "Minnesota", abbreviations: ["Minn."] },
  { postal: "ms", name: "Mississippi", abbreviations: ["Miss."] },
  { postal: "mo", name: "Missouri", abbreviations: ["Mo."] },
  { postal: "mt", name: "Montana", abbreviations: ["Mont."] },
  { postal: "ne", name: "Nebraska", abbreviations: ["Neb."] },
  { postal: "nv", name: "Nevada", abbreviations: ["Nev."] },
  { postal: "nh", name: "New Hampshire", abbreviations: ["N.H."] },
  { postal: "nj", name: "New Jersey", abbreviations: ["N.J."] },
  { postal: "nm", name: "New Mexico", abbreviations: ["N.M."] },
  { postal: "ny", name: "New York", abbreviations: ["N.Y."] },
  { postal: "nc", name: "North Carolina", abbreviations: ["N.C."] },
  { postal: "nd", name: "North Dakota", abbreviations: ["N.D."] },
  { postal: "oh", name: "Ohio", abbreviations: ["Ohio"] },
  { postal: "ok", name: "Oklahoma", abbreviations: ["Okla."] },
  { postal: "or", name: "Oregon", abbreviations: ["Or.", "Ore."] },
  { postal: "pa", name: "Pennsylvania", abbreviations: ["Pa."] },
  { postal: "ri", name: "Rhode Island", abbreviations: ["R.I."] },
  { postal: "sc", name: "South Carolina", abbreviations: ["S.C."] },
  { postal: "sd", name: "South Dakota", abbreviations: ["S.D."] },
  { postal: "tn", name: "Tennessee", abbreviations: ["Tenn."] },
  { postal: "tx", name: "Texas", abbreviations: ["Tex."] },
  { postal: "ut", name: "Utah", abbreviations: ["Utah"] },
  { postal: "vt", name: "Vermont", abbreviations: ["Vt."] },
  { postal: "va", name: "Virginia", abbreviations: ["Va."] },
  { postal: "wa", name: "Washington", abbreviations: ["Wash."] },
  { postal: "wv", name: "West Virginia", abbreviations: ["W. Va."] },
  { postal: "wi", name: "Wisconsin", abbreviations: ["Wis."] },
  { postal: "wy", name: "Wyoming", abbreviations: ["Wyo."] },
  { postal: "pr", name: "Puerto Rico", abbreviations: ["P.R."] },
];

/**
 * Codes split by subject (California, Texas, New York, Maryland): one row per subject,
 * spelled `<state> <subject>` and, where the state's own courts do, without the state.
 */
function subjectCodes(
  jurisdiction: string,
  prefixes: readonly string[],
  subjects: readonly (readonly string[])[],
  bareToo: boolean,
): CodeRow[] {
  return subjects.map(([canonical, ...others]) => {
    const variants: string[] = [];
    for (const subject of [canonical, ...others]) {
      for (const p of prefixes) variants.push(`${p} ${subject}`);
      if (bareToo) variants.push(subject);
    }
    return { code: `${prefixes[0]} ${canonical}`, jurisdiction, variants };
  });
}

const CALIFORNIA_SUBJECTS: readonly (readonly string[])[] = [
  ["Civ. Proc. Code", "Code Civ. Proc.", "Code of Civil Procedure", "Civ. Pro. Code", "C.C.P."],
  ["Penal Code", "Pen. Code"],
  ["Civ. Code", "Civil Code"],
  ["Gov't Code", "Gov. Code", "Govt. Code", "Government Code"],
  ["Bus. & Prof. Code", "Business and Professions Code"],
  ["Evid. Code", "Evidence Code"],
  ["Health & Safety Code", "Health & Saf. Code", "Health and Safety Code"],
  ["Lab. Code", "Labor Code"],
  ["Veh. Code", "Vehicle Code"],
  ["Welf. & Inst. Code", "Welfare and Institutions Code"],
  ["Fam. Code", "Family Code"],
  ["Ins. Code", "Insurance Code"],
  ["Educ. Code", "Ed. Code", "Education Code"],
  ["Prob. Code", "Probate Code"],
  ["Corp. Code", "Corporations Code"],
  ["Com. Code", "Commercial Code"],
  ["Elec. Code", "Elections Code"],
  ["Rev. & Tax. Code", "Revenue and Taxation Code"],
  ["Pub. Res. Code", "Public Resources Code"],
  ["Pub. Util. Code", "Public Utilities Code"],
  ["Fin. Code", "Financial Code"],
  ["Water Code"],
  ["Fish & Game Code"],
];

const TEXAS_SUBJECTS: readonly (readonly string[])[] = [
  ["Civ. Prac. & Rem. Code", "Civil Practice and Remedies Code"],
  ["Penal Code", "Pen. Code"],
  ["Gov't Code", "Gov. Code", "Government Code"],
  ["Bus. & Com. Code", "Business and Commerce Code"],
  ["Fam. Code", "Family Code"],
  ["Health & Safety Code", "Health and Safety Code"],
  ["Lab. Code", "Labor Code"],
  ["Ins. Code", "Insurance Code"],
  ["Educ. Code", "Education Code"],
  ["Transp. Code", "Transportation Code"],
  ["Loc. Gov't Code", "Local Government Code"],
  ["Prop. Code", "Property Code"],
  ["Code Crim. Proc.", "Code of Criminal Procedure", "Crim. Proc. Code"],
  ["Occ. Code", "Occupations Code"],
  ["Tax Code"],
  ["Elec. Code", "Election Code"],
  ["Hum. Res. Code", "Human Resources Code"],
  ["Est. Code", "Estates Code"],
  ["Alco. Bev. Code", "Alcoholic Beverage Code"],
];

const NEW_YORK_SUBJECTS: readonly (readonly string[])[] = [
  ["C.P.L.R.", "CPLR", "Civil Practice Law and Rules", "Civ. Prac. L. & R."],
  ["Penal Law"],
  ["Civ. Rights Law", "Civil Rights Law"],
  ["Exec. Law", "Executive Law"],
  ["Gen. Bus. Law", "General Business Law"],
  ["Lab. Law", "Labor Law"],
  ["Crim. Proc. Law", "Criminal Procedure Law", "C.P.L."],
  ["Correct. Law", "Correction Law"],
  ["Educ. Law", "Education Law"],
  ["Soc. Serv. Law", "Social Services Law"],
  ["Veh. & Traf. Law", "Vehicle and Traffic Law"],
  ["Mental Hyg. Law", "Mental Hygiene Law"],
  ["Jud. Law", "Judiciary Law"],
  ["Ins. Law", "Insurance Law"],
  ["Fam. Ct. Act", "Family Court Act"],
  ["Gen. Mun. Law", "General Municipal Law"],
  ["Pub. Health Law", "Public Health Law"],
  ["Pub. Off. Law", "Public Officers Law"],
  ["Real Prop. Law", "Real Property Law"],
  ["Dom. Rel. Law", "Domestic Relations Law"],
  ["Gen. Oblig. Law", "General Obligations Law"],
  ["Bus. Corp. Law", "Business Corporation Law"],
  ["Ct. Cl. Act", "Court of Claims Act"],
  ["Elec. Law", "Election Law"],
];

const MARYLAND_SUBJECTS: readonly (readonly string[])[] = [
  ["Cts. & Jud. Proc.", "Courts and Judicial Proceedings"],
  ["Crim. Law", "Criminal Law"],
  ["Crim. Proc.", "Criminal Procedure"],
  ["State Gov't", "State Government"],
  ["Educ.", "Education"],
  ["Fam. Law", "Family Law"],
  ["Health-Gen.", "Health-General"],
  ["Lab. & Empl.", "Labor and Employment"],
  ["Real Prop.", "Real Property"],
  ["Corr. Servs.", "Correctional Services"],
  ["Pub. Safety", "Public Safety"],
];

/**
 * Federal statutes and every state's code.
 *
 * @example STATUTE_CODES.find((r) => r.variants.includes("A.R.S."))?.code // "Ariz. Rev. Stat."
 */
export const STATUTE_CODES: readonly CodeRow[] = [
  // Federal: the Code (official, West's and Lexis's annotated editions) and the Statutes at Large.
  { code: "U.S.C.", jurisdiction: "us", titled: "before", variants: ["U.S.C.A.", "U.S.C.S.", "U.S. Code", "U.S.C. App.", "U.S.C.A. App."] },
  { code: "Stat.", jurisdiction: "us", titled: "before", variants: [] },
  // Subject-matter codes.
  ...subjectCodes("ca", ["Cal.", "Calif.", "California"], CALIFORNIA_SUBJECTS, true),
  ...subjectCodes("tx", ["Tex.", "Texas"], TEXAS_SUBJECTS, false),
  ...subjectCodes("ny", ["N.Y.", "New York", "McKinney's"], NEW_YORK_SUBJECTS, true),
  ...subjectCodes("md", ["Md. Code Ann.,", "Md. Code,", "Md. Code Ann."], MARYLAND_SUBJECTS, false),
  { code: "Md. Code Ann.", jurisdiction: "md", articleTitles: true, variants: ["Md. Code", "Md. Ann. Code"] },
  // One code per state.
  { code: "Ala. Code", jurisdiction: "al", variants: ["Code of Ala.", "Alabama Code", "Ala. Code Ann."] },
  { code: "Alaska Stat.", jurisdiction: "ak", variants: ["AS", "Alaska Stat. Ann."] },
  { code: "Alaska Comp. Laws Ann.", jurisdiction: "ak", variants: ["A.C.L.A."] },
  { code: "Ariz. Rev. Stat.", jurisdiction: "az", variants: ["A.R.S.", "Arizona Revised Statutes", "Ariz. Rev. Stat. Ann."] },
  { code: "Ark. Code Ann.", jurisdiction: "ar", variants: ["Ark. Code", "A.C.A.", "Arkansas Code"] },
  // Arkansas Statutes Annotated, the compilation before the 1987 Code.
  { code: "Ark. Stat. Ann.", jurisdiction: "ar", variants: ["Ark. Stat."] },
  { code: "Colo. Rev. Stat.", jurisdiction: "co", variants: ["C.R.S.", "Colorado Revised Statutes", "Colo. Rev. Stat. Ann."] },
  { code: "Colo. Stat. Ann.", jurisdiction: "co", variants: [] },
  { code: "Conn. Gen. Stat.", jurisdiction: "ct", variants: ["C.G.S.", "Connecticut General Statutes", "Conn. Gen. Stat. Ann."] },
  { code: "Del. Code Ann.", jurisdiction: "de", variants: ["Del. Code", "Delaware Code"] },
  { code: "Del. C.", jurisdiction: "de", titled: "before", variants: [] },
  { code: "D.C. Code", jurisdiction: "dc", variants: ["D.C. Code Ann.", "D.C. Official Code"] },
  { code: "Fla. Stat.", jurisdiction: "fl", variants: ["Florida Statutes", "Fla. Stat. Ann.", "F.S.", "Fla. Sta."] },
  { code: "Ga. Code Ann.", jurisdiction: "ga", variants: ["O.C.G.A.", "Ga. Code", "Official Code of Georgia Annotated"] },
  { code: "Haw. Rev. Stat.", jurisdiction: "hi", variants: ["HRS", "Hawaii Revised Statutes", "Haw. Rev. Stat. Ann."] },
  { code: "Idaho Code", jurisdiction: "id", variants: ["I.C.", "Idaho Code Ann."] },
  { code: "ILCS", jurisdiction: "il", titled: "before", variants: ["Ill. Comp. Stat.", "Ill. Comp. Stat. Ann.", "I.L.C.S."] },
  // Illinois Revised Statutes and Smith-Hurd's annotated edition, by chapter and paragraph (before 1993).
  { code: "Ill. Rev. Stat.", jurisdiction: "il", variants: ["Ill. Ann. Stat.", "Smith-Hurd Ill. Ann. Stat.", "Ill. Stat. Ann."] },
  { code: "Ind. Code", jurisdiction: "in", variants: ["Indiana Code", "Ind. Code Ann."] },
  { code: "Iowa Code", jurisdiction: "ia", variants: ["Iowa Code Ann."] },
  { code: "Kan. Stat. Ann.", jurisdiction: "ks", variants: ["K.S.A.", "Kan. Stat."] },
  { code: "Ky. Rev. Stat.", jurisdiction: "ky", variants: ["KRS", "Ky. Rev. Stat. Ann.", "Kentucky Revised Statutes"] },
  { code: "La. Rev. Stat.", jurisdiction: "la", variants: ["La. R.S.", "La. Rev. Stat. Ann.", "La. Stat. Ann.", "La. Stat."] },
  { code: "La. Civ. Code", jurisdiction: "la", variants: ["La. C.C.", "La. Civ. Code Ann."] },
  { code: "La. Code Crim. Proc.", jurisdiction: "la", variants: ["La. C. Cr. P.", "La. Code Crim. Proc. Ann."] },
  { code: "La. Code Civ. Proc.", jurisdiction: "la", variants: ["La. C.C.P.", "La. Code Civ. Proc. Ann."] },
  { code: "La. Code Evid.", jurisdiction: "la", variants: ["La. C.E.", "La. Code Evid. Ann."] },
  { code: "La. Child. Code", jurisdiction: "la", variants: ["La. Ch. C.", "La. Child. Code Ann.", "La. Children's Code"] },
  { code: "Me. Rev. Stat.", jurisdiction: "me", variants: ["Me. Rev. Stat. Ann.", "Maine Revised Statutes", "Me. Stat."] },
  { code: "M.R.S.", jurisdiction: "me", titled: "before", variants: ["M.R.S.A."] },
  { code: "Mass. Gen. Laws", jurisdiction: "ma", variants: ["Mass. Gen. Laws Ann.", "M.G.L.", "G.L.", "Mass. G.L.", "M.G.L.A."] },
  { code: "Mich. Comp. Laws", jurisdiction: "mi", variants: ["MCL", "M.C.L.", "Mich. Comp. Laws Ann.", "M.C.L.A."] },
  { code: "Mich. Stat. Ann.", jurisdiction: "mi", variants: ["M.S.A."] },
  { code: "Minn. Stat.", jurisdiction: "mn", variants: ["Minn. Stat. Ann.", "Minnesota Statutes", "Minn. St."] },
  { code: "Mason Minn. Stat.", jurisdiction: "mn", variants: ["Mason Minn. St.", "Mason's Minn. Stat."] },
  { code: "Miss. Code Ann.", jurisdiction: "ms", variants: ["Miss. Code", "Mississippi Code"] },
  { code: "Mo. Rev. Stat.", jurisdiction: "mo", variants: ["RSMo", "R.S.Mo.", "Mo. Ann. Stat.", "Mo. Stat. Ann."] },
  { code: "Mont. Code Ann.", jurisdiction: "mt", variants: ["MCA", "Mont. Code"] },
  { code: "Mont. Rev. Codes Ann.", jurisdiction: "mt", variants: ["Mont. Rev. Codes", "R.C.M."] },
  { code: "Neb. Rev. Stat.", jurisdiction: "ne", variants: ["Neb. Rev. Stat. Ann.", "Nebraska Revised Statutes"] },
  { code: "Nev. Rev. Stat.", jurisdiction: "nv", variants: ["NRS", "N.R.S.", "Nev. Rev. Stat. Ann."] },
  { code: "Nev. Comp. Laws", jurisdiction: "nv", variants: [] },
  { code: "N.H. Rev. Stat.", jurisdiction: "nh", variants: ["N.H. Rev. Stat. Ann.", "RSA"] },
  { code: "N.J. Stat.", jurisdiction: "nj", variants: ["N.J. Stat. Ann.", "N.J.S.A.", "N.J.S."] },
  { code: "N.M. Stat.", jurisdiction: "nm", variants: ["N.M. Stat. Ann.", "NMSA 1978", "NMSA"] },
  { code: "N.C. Gen. Stat.", jurisdiction: "nc", variants: ["N.C.G.S.", "N.C. Gen. Stat. Ann."] },
  { code: "N.D. Cent. Code", jurisdiction: "nd", variants: ["N.D.C.C.", "N.D. Century Code", "N.D. Century Code Ann.", "N.D. Cent. Code Ann."] },
  { code: "Ohio Rev. Code", jurisdiction: "oh", variants: ["Ohio Rev. Code Ann.", "R.C.", "O.R.C.", "Ohio R.C."] },
  { code: "Okla. Stat.", jurisdiction: "ok", titleRequired: true, variants: ["Okla. Stat. Ann."] },
  { code: "O.S.", jurisdiction: "ok", titled: "before", editionAfterName: true, variants: ["O.S. Supp.", "Okla. St. Ann.", "Okla. St."] },
  { code: "Or. Rev. Stat.", jurisdiction: "or", variants: ["ORS", "O.R.S.", "Ore. Rev. Stat."] },
  { code: "Or. Comp. Laws Ann.", jurisdiction: "or", variants: ["Ore. Comp. Laws Ann.", "O.C.L.A."] },
  // Purdon's Pennsylvania Statutes Annotated, by title after the name: `Purdon's Pa. Stat. Ann., 1960, Tit. 75, § 624`.
  { code: "Purdon's Pa. Stat. Ann.", jurisdiction: "pa", titleRequired: true, variants: ["Purdon's Pa. Stat.", "Purdon's Penna. Stat. Ann."] },
  { code: "Pa. Cons. Stat.", jurisdiction: "pa", titled: "before", variants: ["Pa.C.S.", "Pa. C.S.A.", "Pa. Cons. Stat. Ann.", "Pa. Stat. Ann.", "P.S.", "Pa. Stat. and Cons. Stat.", "Pa. Stat. & Cons. Stat.", "Pa. Stat. and Cons. Stat. Ann."] },
  { code: "R.I. Gen. Laws", jurisdiction: "ri", variants: ["R.I. Gen. Laws Ann."] },
  { code: "S.C. Code Ann.", jurisdiction: "sc", variants: ["S.C. Code"] },
  { code: "S.D. Codified Laws", jurisdiction: "sd", variants: ["SDCL", "S.D.C.L.", "S.D. Codified Laws Ann.", "S.D. Compiled Laws Ann.", "S.D. Comp. Laws Ann."] },
  { code: "Tenn. Code Ann.", jurisdiction: "tn", variants: ["T.C.A.", "Tenn. Code"] },
  { code: "Tex. Rev. Civ. Stat.", jurisdiction: "tx", variants: ["Tex. Rev. Civ. Stat. Ann.", "Tex. Civ. Stat. Ann.", "Vernon's Ann. Civ. St.", "Vernon's Ann. Civ. Stat."] },
  { code: "Utah Code Ann.", jurisdiction: "ut", variants: ["Utah Code"] },
  { code: "Utah Rev. Stat.", jurisdiction: "ut", variants: ["Utah Rev. Stat. Ann."] },
  { code: "Vt. Stat. Ann.", jurisdiction: "vt", titleRequired: true, variants: ["Vt. Stat."] },
  { code: "V.S.A.", jurisdiction: "vt", titled: "before", variants: [] },
  { code: "Va. Code Ann.", jurisdiction: "va", variants: ["Va. Code", "Code of Virginia", "Code of Va."] },
  { code: "Wash. Rev. Code", jurisdiction: "wa", variants: ["RCW", "Wash. Rev. Code Ann."] },
  // Remington's compilations, Washington's statutes before the Revised Code (1951).
  { code: "Rem. Rev. Stat.", jurisdiction: "wa", variants: ["Rem. Comp. Stat.", "Remington's Rev. Stat."] },
  { code: "W. Va. Code", jurisdiction: "wv", variants: ["W. Va. Code Ann."] },
  { code: "Wis. Stat.", jurisdiction: "wi", variants: ["Wis. Stat. Ann.", "Wisconsin Statutes"] },
  { code: "Wyo. Stat. Ann.", jurisdiction: "wy", variants: ["Wyo. Stat.", "W.S."] },
  { code: "P.R. Laws Ann.", jurisdiction: "pr", titleRequired: true, variants: ["P.R. Laws"] },
  { code: "L.P.R.A.", jurisdiction: "pr", titled: "before", variants: [] },
  ...sessionLaws(),
];

/**
 * Session laws, cited by year (or volume) and page: `1995 Tex. Gen. Laws 3812`, `2001 Wash.
 * Sess. Laws 123`, `1983 Neb. Laws 43`. Every state's `Laws`, `Sess. Laws` and `Acts`, and the
 * names a few states give theirs.
 *
 * @example sessionLaws().find((r) => r.code === "Tex. Gen. Laws")?.jurisdiction // "tx"
 */
function sessionLaws(): CodeRow[] {
  const perState = STATES.filter((st) => st.postal !== "pr").flatMap((st): CodeRow[] =>
    ["Laws", "Sess. Laws", "Acts"].map((kind) => ({
      code: `${st.abbreviations[0]} ${kind}`,
      jurisdiction: st.postal,
      titled: "before",
      sessionLaw: true,
      variants: st.abbreviations.slice(1).map((a) => `${a} ${kind}`),
    })),
  );
  return [
    ...perState,
    { code: "Tex. Gen. Laws", jurisdiction: "tx", titled: "before", sessionLaw: true, variants: [] },
    { code: "Tex. Sess. Law Serv.", jurisdiction: "tx", titled: "before", sessionLaw: true, variants: ["Tex. Sess. Law. Serv."] },
    { code: "Cal. Stat.", jurisdiction: "ca", titled: "before", sessionLaw: true, variants: ["Cal. Stats."] },
    { code: "Mich. Pub. Acts", jurisdiction: "mi", titled: "before", sessionLaw: true, variants: [] },
  ];
}


/**
 * Federal and state administrative codes and registers.
 *
 * @example REGULATION_CODES[0].code // "C.F.R."
 */
export const REGULATION_CODES: readonly CodeRow[] = [
  { code: "C.F.R.", jurisdiction: "us", titled: "before", variants: ["CFR", "Code of Federal Regulations"] },
  { code: "Fed. Reg.", jurisdiction: "us", titled: "before", variants: ["FR", "F.R."] },
  { code: "Cal. Code Regs.", jurisdiction: "ca", titleRequired: true, variants: ["Cal. Code Regs. Ann.", "California Code of Regulations", "Cal. Admin. Code"] },
  { code: "Cal. Code Regs.", jurisdiction: "ca", titled: "before", variants: ["CCR", "C.C.R."] },
  { code: "N.Y. Comp. Codes R. & Regs.", jurisdiction: "ny", titleRequired: true, variants: ["NYCRR", "N.Y.C.R.R."] },
  { code: "N.Y. Comp. Codes R. & Regs.", jurisdiction: "ny", titled: "before", variants: ["NYCRR", "N.Y.C.R.R."] },
  { code: "Tex. Admin. Code", jurisdiction: "tx", titled: "either", variants: ["T.A.C."] },
  { code: "Fla. Admin. Code", jurisdiction: "fl", variants: ["Fla. Admin. Code Ann.", "F.A.C."] },
  { code: "Ill. Admin. Code", jurisdiction: "il", titled: "either", variants: ["Ill. Adm. Code"] },
  { code: "Ariz. Admin. Code", jurisdiction: "az", variants: ["A.A.C."] },
  { code: "Wash. Admin. Code", jurisdiction: "wa", variants: ["WAC"] },
  { code: "Or. Admin. R.", jurisdiction: "or", variants: ["OAR", "Or. Admin. Rule"] },
  { code: "Pa. Code", jurisdiction: "pa", titled: "before", variants: [] },
  { code: "Mich. Admin. Code", jurisdiction: "mi", variants: ["Mich. Admin. Code R."] },
  { code: "Ohio Admin. Code", jurisdiction: "oh", variants: ["Ohio Adm. Code", "O.A.C."] },
  { code: "Ga. Comp. R. & Regs.", jurisdiction: "ga", variants: [] },
  { code: "Colo. Code Regs.", jurisdiction: "co", variants: [] },
  { code: "N.J. Admin. Code", jurisdiction: "nj", variants: ["N.J.A.C."] },
  { code: "Mass. Code Regs.", jurisdiction: "ma", titled: "before", variants: ["C.M.R.", "CMR"] },
  { code: "Va. Admin. Code", jurisdiction: "va", titled: "before", variants: ["VAC"] },
  { code: "Mo. Code Regs.", jurisdiction: "mo", titled: "before", variants: ["CSR", "C.S.R.", "Mo. Code Regs. Ann."] },
  // The other states' administrative codes, as the Bluebook names them.
  { code: "Ala. Admin. Code", jurisdiction: "al", variants: ["Ala. Admin. Code r."] },
  { code: "Alaska Admin. Code", jurisdiction: "ak", titleRequired: true, variants: [] },
  { code: "Ark. Admin. Code", jurisdiction: "ar", variants: [] },
  { code: "Conn. Agencies Regs.", jurisdiction: "ct", variants: ["Regs. Conn. State Agencies", "Conn. Agencies Regs. Ann."] },
  { code: "Del. Admin. Code", jurisdiction: "de", titled: "either", variants: [] },
  { code: "D.C. Mun. Regs.", jurisdiction: "dc", titleRequired: true, variants: ["DCMR", "D.C.M.R."] },
  { code: "Haw. Code R.", jurisdiction: "hi", variants: ["Haw. Admin. R.", "HAR"] },
  { code: "Idaho Admin. Code", jurisdiction: "id", variants: ["Idaho Admin. Code r.", "IDAPA"] },
  { code: "Ind. Admin. Code", jurisdiction: "in", titled: "either", variants: [] },
  { code: "Iowa Admin. Code", jurisdiction: "ia", variants: ["Iowa Admin. Code r."] },
  { code: "Kan. Admin. Regs.", jurisdiction: "ks", variants: ["Kan. Admin. Regs. Ann."] },
  // `KAR` is Kentucky's (`201 KAR 1:010`) and `K.A.R.` Kansas's (`K.A.R. 28-19-1`): one key, so neither is listed.
  { code: "Ky. Admin. Regs.", jurisdiction: "ky", titled: "either", variants: [] },
  { code: "La. Admin. Code", jurisdiction: "la", titleRequired: true, variants: [] },
  { code: "Me. Code R.", jurisdiction: "me", variants: ["C.M.R. Me."] },
  { code: "Md. Code Regs.", jurisdiction: "md", variants: ["COMAR", "Code Md. Regs."] },
  { code: "Minn. R.", jurisdiction: "mn", variants: ["Minn. Rules", "Minn. R. Ann."] },
  { code: "Miss. Code R.", jurisdiction: "ms", variants: [] },
  { code: "Mont. Admin. R.", jurisdiction: "mt", variants: ["Admin. R. Mont."] },
  { code: "Neb. Admin. Code", jurisdiction: "ne", variants: ["Neb. Admin. R. & Regs."] },
  { code: "Nev. Admin. Code", jurisdiction: "nv", variants: ["NAC", "N.A.C."] },
  { code: "N.H. Code Admin. R.", jurisdiction: "nh", variants: ["N.H. Admin. R."] },
  { code: "N.M. Code R.", jurisdiction: "nm", variants: ["NMAC", "N.M. Admin. Code"] },
  { code: "N.C. Admin. Code", jurisdiction: "nc", titled: "either", variants: ["NCAC", "N.C.A.C."] },
  { code: "N.D. Admin. Code", jurisdiction: "nd", variants: ["N.D.A.C."] },
  { code: "Okla. Admin. Code", jurisdiction: "ok", variants: ["Okla. Admin. Code R."] },
  { code: "R.I. Code R.", jurisdiction: "ri", titled: "either", variants: ["R.I. Admin. Code"] },
  { code: "S.C. Code Ann. Regs.", jurisdiction: "sc", variants: ["S.C. Code Regs.", "S.C. Regs."] },
  { code: "S.D. Admin. R.", jurisdiction: "sd", variants: ["ARSD", "A.R.S.D."] },
  { code: "Tenn. Comp. R. & Regs.", jurisdiction: "tn", variants: ["Tenn. Comp. R. and Regs.", "Tenn. R. & Regs."] },
  { code: "Utah Admin. Code", jurisdiction: "ut", variants: ["Utah Admin. Code r."] },
  { code: "Vt. Code R.", jurisdiction: "vt", titled: "either", variants: [] },
  { code: "W. Va. Code R.", jurisdiction: "wv", variants: ["W. Va. C.S.R.", "W. Va. Code St. R."] },
  { code: "Wis. Admin. Code", jurisdiction: "wi", variants: ["Wis. Adm. Code"] },
  { code: "Wyo. Code R.", jurisdiction: "wy", variants: ["Wyo. Admin. Code"] },
];

/**
 * The federal constitution's spellings; state constitutions are generated from `STATES`.
 *
 * @example FEDERAL_CONSTITUTION.code // "U.S. Const."
 */
export const FEDERAL_CONSTITUTION = { code: "U.S. Const.", variants: ["U.S. Const.", "US Const.", "United States Constitution", "U.S. Constitution"] } as const;
