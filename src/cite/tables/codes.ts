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
  ["Penal Code"],
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
  { code: "Md. Code Ann.", jurisdiction: "md", variants: ["Md. Code"] },
  // One code per state.
  { code: "Ala. Code", jurisdiction: "al", variants: ["Code of Ala.", "Alabama Code", "Ala. Code Ann."] },
  { code: "Alaska Stat.", jurisdiction: "ak", variants: ["AS", "Alaska Stat. Ann."] },
  { code: "Ariz. Rev. Stat.", jurisdiction: "az", variants: ["A.R.S.", "Arizona Revised Statutes", "Ariz. Rev. Stat. Ann."] },
  { code: "Ark. Code Ann.", jurisdiction: "ar", variants: ["Ark. Code", "A.C.A.", "Arkansas Code"] },
  { code: "Colo. Rev. Stat.", jurisdiction: "co", variants: ["C.R.S.", "Colorado Revised Statutes", "Colo. Rev. Stat. Ann."] },
  { code: "Conn. Gen. Stat.", jurisdiction: "ct", variants: ["C.G.S.", "Connecticut General Statutes", "Conn. Gen. Stat. Ann."] },
  { code: "Del. Code Ann.", jurisdiction: "de", variants: ["Del. Code", "Delaware Code"] },
  { code: "Del. C.", jurisdiction: "de", titled: "before", variants: [] },
  { code: "D.C. Code", jurisdiction: "dc", variants: ["D.C. Code Ann.", "D.C. Official Code"] },
  { code: "Fla. Stat.", jurisdiction: "fl", variants: ["Florida Statutes", "Fla. Stat. Ann.", "F.S.", "Fla. Sta."] },
  { code: "Ga. Code Ann.", jurisdiction: "ga", variants: ["O.C.G.A.", "Ga. Code", "Official Code of Georgia Annotated"] },
  { code: "Haw. Rev. Stat.", jurisdiction: "hi", variants: ["HRS", "Hawaii Revised Statutes", "Haw. Rev. Stat. Ann."] },
  { code: "Idaho Code", jurisdiction: "id", variants: ["I.C.", "Idaho Code Ann."] },
  { code: "ILCS", jurisdiction: "il", titled: "before", variants: ["Ill. Comp. Stat.", "Ill. Comp. Stat. Ann.", "I.L.C.S.", "Ill. Rev. Stat."] },
  { code: "Ind. Code", jurisdiction: "in", variants: ["Indiana Code", "Ind. Code Ann."] },
  { code: "Iowa Code", jurisdiction: "ia", variants: ["Iowa Code Ann."] },
  { code: "Kan. Stat. Ann.", jurisdiction: "ks", variants: ["K.S.A.", "Kan. Stat."] },
  { code: "Ky. Rev. Stat.", jurisdiction: "ky", variants: ["KRS", "Ky. Rev. Stat. Ann.", "Kentucky Revised Statutes"] },
  { code: "La. Rev. Stat.", jurisdiction: "la", variants: ["La. R.S.", "La. Rev. Stat. Ann."] },
  { code: "La. Civ. Code", jurisdiction: "la", variants: ["La. C.C.", "La. Civ. Code Ann."] },
  { code: "La. Code Crim. Proc.", jurisdiction: "la", variants: ["La. C. Cr. P.", "La. Code Crim. Proc. Ann."] },
  { code: "Me. Rev. Stat.", jurisdiction: "me", variants: ["Me. Rev. Stat. Ann.", "Maine Revised Statutes"] },
  { code: "M.R.S.", jurisdiction: "me", titled: "before", variants: ["M.R.S.A."] },
  { code: "Mass. Gen. Laws", jurisdiction: "ma", variants: ["Mass. Gen. Laws Ann.", "M.G.L.", "G.L.", "Mass. G.L.", "M.G.L.A."] },
  { code: "Mich. Comp. Laws", jurisdiction: "mi", variants: ["MCL", "M.C.L.", "Mich. Comp. Laws Ann.", "M.C.L.A."] },
  { code: "Minn. Stat.", jurisdiction: "mn", variants: ["Minn. Stat. Ann.", "Minnesota Statutes"] },
  { code: "Miss. Code Ann.", jurisdiction: "ms", variants: ["Miss. Code", "Mississippi Code"] },
  { code: "Mo. Rev. Stat.", jurisdiction: "mo", variants: ["RSMo", "R.S.Mo.", "Mo. Ann. Stat."] },
  { code: "Mont. Code Ann.", jurisdiction: "mt", variants: ["MCA", "Mont. Code"] },
  { code: "Neb. Rev. Stat.", jurisdiction: "ne", variants: ["Neb. Rev. Stat. Ann.", "Nebraska Revised Statutes"] },
  { code: "Nev. Rev. Stat.", jurisdiction: "nv", variants: ["NRS", "N.R.S.", "Nev. Rev. Stat. Ann."] },
  { code: "N.H. Rev. Stat.", jurisdiction: "nh", variants: ["N.H. Rev. Stat. Ann.", "RSA"] },
  { code: "N.J. Stat.", jurisdiction: "nj", variants: ["N.J. Stat. Ann.", "N.J.S.A.", "N.J.S."] },
  { code: "N.M. Stat.", jurisdiction: "nm", variants: ["N.M. Stat. Ann.", "NMSA 1978", "NMSA"] },
  { code: "N.C. Gen. Stat.", jurisdiction: "nc", variants: ["N.C.G.S.", "N.C. Gen. Stat. Ann."] },
  { code: "N.D. Cent. Code", jurisdiction: "nd", variants: ["N.D.C.C."] },
  { code: "Ohio Rev. Code", jurisdiction: "oh", variants: ["Ohio Rev. Code Ann.", "R.C.", "O.R.C.", "Ohio R.C."] },
  { code: "Okla. Stat.", jurisdiction: "ok", titleRequired: true, variants: ["Okla. Stat. Ann."] },
  { code: "O.S.", jurisdiction: "ok", titled: "before", variants: [] },
  { code: "Or. Rev. Stat.", jurisdiction: "or", variants: ["ORS", "O.R.S.", "Ore. Rev. Stat."] },
  { code: "Pa. Cons. Stat.", jurisdiction: "pa", titled: "before", variants: ["Pa.C.S.", "Pa. C.S.A.", "Pa. Cons. Stat. Ann.", "Pa. Stat. Ann.", "P.S."] },
  { code: "R.I. Gen. Laws", jurisdiction: "ri", variants: ["R.I. Gen. Laws Ann."] },
  { code: "S.C. Code Ann.", jurisdiction: "sc", variants: ["S.C. Code"] },
  { code: "S.D. Codified Laws", jurisdiction: "sd", variants: ["SDCL", "S.D.C.L."] },
  { code: "Tenn. Code Ann.", jurisdiction: "tn", variants: ["T.C.A.", "Tenn. Code"] },
  { code: "Tex. Rev. Civ. Stat.", jurisdiction: "tx", variants: ["Tex. Rev. Civ. Stat. Ann."] },
  { code: "Utah Code Ann.", jurisdiction: "ut", variants: ["Utah Code"] },
  { code: "Vt. Stat. Ann.", jurisdiction: "vt", titleRequired: true, variants: ["Vt. Stat."] },
  { code: "V.S.A.", jurisdiction: "vt", titled: "before", variants: [] },
  { code: "Va. Code Ann.", jurisdiction: "va", variants: ["Va. Code", "Code of Virginia", "Code of Va."] },
  { code: "Wash. Rev. Code", jurisdiction: "wa", variants: ["RCW", "Wash. Rev. Code Ann."] },
  { code: "W. Va. Code", jurisdiction: "wv", variants: ["W. Va. Code Ann."] },
  { code: "Wis. Stat.", jurisdiction: "wi", variants: ["Wis. Stat. Ann.", "Wisconsin Statutes"] },
  { code: "Wyo. Stat. Ann.", jurisdiction: "wy", variants: ["Wyo. Stat.", "W.S."] },
  { code: "P.R. Laws Ann.", jurisdiction: "pr", titleRequired: true, variants: ["P.R. Laws"] },
  { code: "L.P.R.A.", jurisdiction: "pr", titled: "before", variants: [] },
];

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
];

/**
 * The federal constitution's spellings; state constitutions are generated from `STATES`.
 *
 * @example FEDERAL_CONSTITUTION.code // "U.S. Const."
 */
export const FEDERAL_CONSTITUTION = { code: "U.S. Const.", variants: ["U.S. Const.", "US Const.", "United States Constitution", "U.S. Constitution"] } as const;
