/**
 * Law reviews and journals as they are cited. `journal` is the canonical (Bluebook)
 * abbreviation the recognizer outputs; `variants` are other printed spellings. A journal
 * not listed here is still read by the recognizer's general shape (`… L. Rev.`, `… L.J.`),
 * with its name as printed. The hand rows come first (their canonical forms win); every other
 * journal of reporters-db follows.
 */

import { JOURNALS_DB } from "./generated/journals.js";

/** One journal. */
export interface JournalRow {
  journal: string;
  variants: readonly string[];
}

/** `<school> L. Rev.` reviews: the school's abbreviation and its other spellings. */
const LAW_REVIEWS: readonly (readonly string[])[] = [
  ["Harv.", "Harvard"],
  ["Colum.", "Columbia", "Col."],
  ["Stan.", "Stanford"],
  ["U. Chi.", "Univ. Chi.", "U. Chicago", "U. of Chi."],
  ["Mich.", "Michigan"],
  ["Va.", "Virginia"],
  ["Tex.", "Texas"],
  ["Cal.", "Calif.", "California"],
  ["N.Y.U.", "NYU"],
  ["U. Pa.", "Pa.", "Penn."],
  ["Nw. U.", "Northwestern U.", "Nw. Univ."],
  ["Cornell"],
  ["Geo. Wash.", "GW", "George Washington"],
  ["UCLA"],
  ["Vand.", "Vanderbilt"],
  ["Minn.", "Minnesota"],
  ["B.U.", "Boston U."],
  ["Notre Dame"],
  ["Iowa"],
  ["Wis.", "Wisconsin"],
  ["U. Ill.", "Ill."],
  ["S. Cal.", "USC"],
  ["Wash. U.", "Washington U."],
  ["Fordham"],
  ["Wm. & Mary", "William & Mary"],
  ["Wash. & Lee"],
  ["B.C.", "Boston College"],
  ["Am. U.", "American U."],
  ["Cardozo"],
  ["Hofstra"],
  ["Loy. L.A.", "Loyola L.A."],
  ["Fla.", "Florida"],
  ["Ga.", "Georgia"],
  ["Ala.", "Alabama"],
  ["Ariz.", "Arizona"],
  ["Ariz. St.", "Ariz. St. U.", "Arizona State"],
  ["Wash.", "Washington", "Wn."],
  ["Or.", "Oregon"],
  ["U. Colo.", "Colo."],
  ["Utah"],
  ["Md.", "Maryland"],
  ["N.C.", "North Carolina"],
  ["S.C.", "South Carolina"],
  ["Tul.", "Tulane"],
  ["La.", "Louisiana"],
  ["Geo. Mason"],
  ["Rutgers"],
  ["Seton Hall"],
  ["Temp.", "Temple"],
  ["Vill.", "Villanova"],
  ["St. John's"],
  ["Brook.", "Brooklyn"],
  ["Buff.", "Buffalo"],
  ["Syracuse"],
  ["Case W. Res."],
  ["Mo.", "Missouri"],
  ["Neb.", "Nebraska"],
  ["U. Kan.", "Kan."],
  ["Okla.", "Oklahoma"],
  ["Ark.", "Arkansas"],
  ["Tenn.", "Tennessee"],
  ["Conn.", "Connecticut"],
  ["Me.", "Maine"],
  ["Vt.", "Vermont"],
  ["U. Haw.", "Haw."],
  ["Alaska"],
  ["Idaho"],
  ["Mont.", "Montana"],
  ["N.M.", "New Mexico"],
  ["U. Miami"],
  ["Emory"],
  ["Hastings"],
  ["Santa Clara"],
  ["Pepp.", "Pepperdine"],
  ["San Diego"],
  ["U.C. Davis", "UC Davis"],
  ["Denv. U.", "Denver U."],
  ["Mercer"],
  ["Baylor"],
  ["Hous.", "Houston"],
  ["SMU"],
  ["St. Mary's"],
  ["Loy. U. Chi."],
  ["DePaul"],
  ["Chi.-Kent", "Chicago-Kent"],
  ["Marq.", "Marquette"],
  ["Ind.", "Indiana"],
  ["Cin.", "U. Cin.", "Cincinnati"],
  ["U. Pitt.", "Pitt."],
  ["Duq.", "Duquesne"],
  ["Drake"],
  ["Creighton"],
  ["Gonz.", "Gonzaga"],
  ["Seattle U.", "Seattle"],
  ["Lewis & Clark"],
  ["Willamette"],
  ["McGeorge"],
  ["Golden Gate U."],
  ["Sw. U.", "Southwestern U."],
  ["Nova"],
  ["Stetson"],
  ["Wake Forest"],
  ["Campbell"],
  ["Mich. St.", "Mich. State"],
  ["Wayne"],
  ["Ohio N.U.", "Ohio N. U."],
  ["Akron"],
  ["Cap. U.", "Capital U."],
  ["Clev. St.", "Cleveland State"],
  ["Tol.", "Toledo"],
  ["N. Ky.", "Northern Kentucky"],
  ["W. Va.", "West Virginia"],
  ["Miss.", "Mississippi"],
  ["Rich.", "U. Rich.", "Richmond"],
  ["Cath. U.", "Catholic U."],
  ["How.", "Howard"],
  ["Yale"],
  ["Geo.", "Georgetown"],
  ["BYU", "B.Y.U."],
  ["UMKC", "U.M.K.C."],
  ["Cal. W.", "California Western"],
  ["Wash. & Lee U."],
];

/** `<school> L.J.` journals. */
const LAW_JOURNALS: readonly (readonly string[])[] = [
  ["Yale"],
  ["Geo.", "Georgetown"],
  ["Duke"],
  ["Emory"],
  ["Hastings"],
  ["Ohio St.", "Ohio State"],
  ["Ind.", "Indiana"],
  ["Ky.", "Kentucky"],
  ["Miss.", "Mississippi"],
  ["Nev.", "Nevada"],
  ["Nw. J. Int'l L. & Bus."],
  ["Mich. St."],
  ["Cal. W. Int'l"],
  ["Harv. Int'l", "Harvard International"],
  ["Stan. Env't"],
  ["Berkeley Tech."],
  ["Cornell Int'l"],
  ["Va. J. Int'l"],
  ["How.", "Howard"],
  ["Sw.", "Southwestern"],
  ["S. Ill. U.", "So. Ill. U.", "S. Ill.", "So. Ill."],
];

/** Journals that follow neither shape. */
const OTHERS: readonly JournalRow[] = [
  { journal: "Harv. J.L. & Pub. Pol'y", variants: ["Harv. J. L. & Pub. Pol'y", "Harvard Journal of Law & Public Policy"] },
  { journal: "Harv. C.R.-C.L. L. Rev.", variants: [] },
  { journal: "Harv. J. on Legis.", variants: [] },
  { journal: "Harv. J.L. & Tech.", variants: [] },
  { journal: "Yale J. on Reg.", variants: ["Yale J. Reg."] },
  { journal: "Yale J. Int'l L.", variants: [] },
  { journal: "Yale L. & Pol'y Rev.", variants: [] },
  { journal: "Colum. J.L. & Soc. Probs.", variants: [] },
  { journal: "Colum. Hum. Rts. L. Rev.", variants: [] },
  { journal: "N.Y.U. Ann. Surv. Am. L.", variants: [] },
  { journal: "A.B.A. J.", variants: ["ABA J."] },
  // The Foreign Broadcast Information Service's daily reports, cited in foreign-affairs cases.
  { journal: "F.B.I.S.", variants: ["FBIS"] },
  { journal: "Sup. Ct. Rev.", variants: ["S. Ct. Rev."] },
  { journal: "Admin. L. Rev.", variants: [] },
  { journal: "Am. J. Int'l L.", variants: [] },
  { journal: "Am. Crim. L. Rev.", variants: [] },
  { journal: "Am. Bus. L.J.", variants: [] },
  { journal: "Harv. Env't L. Rev.", variants: ["Harv. Envtl. L. Rev."] },
  { journal: "Ecology L.Q.", variants: [] },
  { journal: "Hastings Const. L.Q.", variants: [] },
  { journal: "Const. Comment.", variants: [] },
  { journal: "J. Legal Stud.", variants: [] },
  { journal: "J.L. & Econ.", variants: [] },
  { journal: "J. Crim. L. & Criminology", variants: [] },
  { journal: "Law & Contemp. Probs.", variants: [] },
  { journal: "Law & Soc'y Rev.", variants: [] },
  { journal: "Bus. Law.", variants: [] },
  { journal: "Tax L. Rev.", variants: [] },
  { journal: "Wash. U. L.Q.", variants: ["Wn. U. L.Q."] },
  { journal: "U. Ill. L.F.", variants: [] },
  { journal: "U. Chi. Legal F.", variants: [] },
  { journal: "Va. Tax Rev.", variants: [] },
  { journal: "Fed. Cts. L. Rev.", variants: [] },
  { journal: "Geo. J. Legal Ethics", variants: [] },
  { journal: "Berkeley J. Emp. & Lab. L.", variants: [] },
  { journal: "Colum. Bus. L. Rev.", variants: [] },
  { journal: "Mich. J. Int'l L.", variants: [] },
  { journal: "Tex. Int'l L.J.", variants: [] },
  { journal: "Stan. J. Int'l L.", variants: [] },
  { journal: "Fed. Comm. L.J.", variants: [] },
  { journal: "Food & Drug L.J.", variants: [] },
  { journal: "Ind. L. Rev.", variants: [] },
  { journal: "Val. U. L. Rev.", variants: [] },
  { journal: "Fordham Urb. L.J.", variants: [] },
  { journal: "L.Q. Rev.", variants: ["Law Q. Rev.", "Law Quarterly Review"] },
  { journal: "Cornell L.Q.", variants: ["Cornell L. Q.", "Corn. L. Quart.", "Cornell Law Quarterly"] },
  { journal: "Notre Dame Law.", variants: ["Notre Dame Lawyer"] },
  { journal: "Am. L. Reg.", variants: ["Am. Law Reg.", "Amer. Law Reg.", "Amer. Law. Reg.", "American Law Register"] },
  { journal: "Cent. L.J.", variants: ["Cent. Law J.", "Cent. Law Jour.", "Central Law Journal"] },
  { journal: "Crim. L. Mag.", variants: ["Crim. Law Mag."] },
  { journal: "N. Am. Rev.", variants: ["No. Am. Rev.", "North American Review"] },
  { journal: "Ill. B.J.", variants: ["Ill. B. J.", "Illinois Bar Journal"] },
  { journal: "Conn. B.J.", variants: ["Conn. B. J."] },
  { journal: "N.H. B.J.", variants: ["N.H.B.J."] },
  { journal: "Mich. B.J.", variants: ["Mich. St. B.J.", "Mich. State Bar Journal"] },
  { journal: "Pol. Sci. Q.", variants: ["Political Science Quarterly"] },
  { journal: "Am. Pol. Sci. Rev.", variants: ["American Political Science Review"] },
  { journal: "Am. Hist. Rev.", variants: ["American Historical Review"] },
  { journal: "Monthly Lab. Rev.", variants: ["Monthly Labor Review"] },
  { journal: "Antitrust Bull.", variants: ["Antitrust Bulletin"] },
  { journal: "Harv. Bus. Rev.", variants: ["Harvard Business Review"] },
  { journal: "New Eng. J. Med.", variants: ["N. Engl. J. Med.", "N. Eng. J. Med.", "New England Journal of Medicine"] },
  { journal: "Envtl. L.", variants: ["Envt'l L."] },
];

function reviewRows(): JournalRow[] {
  const rows: JournalRow[] = [];
  for (const [school, ...others] of LAW_REVIEWS) {
    // `Texas L.Rev.` and `Harvard Law Review` are both seen in print.
    const spellings = [school, ...others];
    rows.push({
      journal: `${school} L. Rev.`,
      variants: spellings.flatMap((s) => [`${s} L. Rev.`, `${s} L.Rev.`, `${s} Law Review`, `${s} Law Rev.`]),
    });
  }
  for (const [school, ...others] of LAW_JOURNALS) {
    const spellings = [school, ...others];
    rows.push({ journal: `${school} L.J.`, variants: spellings.flatMap((s) => [`${s} L.J.`, `${s} L. J.`, `${s} Law Journal`]) });
  }
  return rows;
}

/**
 * Every journal casefile knows by name.
 *
 * @example JOURNALS.find((j) => j.variants.includes("Texas L.Rev."))?.journal // "Tex. L. Rev."
 */
export const JOURNALS: readonly JournalRow[] = withSmallCaps(withGenerated([...OTHERS, ...reviewRows()]));

/**
 * Then every journal of reporters-db (`generated/journals.ts`) the rows above do not name, with
 * its variants. One-word titles (`Taxes`, `Digest`, `IDEA`) are left out: after a number they
 * are more often prose than a journal.
 */
function withGenerated(rows: JournalRow[]): JournalRow[] {
  // `Cent. Law J.` and `Cent. L.J.` are one spelling to the recognizer.
  const key = (s: string) => s.replace(/\bLaw\b(?!\.)/g, "L.").replace(/\s+/g, "").toLowerCase();
  const known = new Set(rows.flatMap((r) => [r.journal, ...r.variants].map(key)));
  const fresh = JOURNALS_DB.filter((j) => /\s/.test(j.key.trim()) && !known.has(key(j.key)));
  // A variant upstream gives one journal that is another's name stays that other's.
  for (const j of fresh) known.add(key(j.key));
  const out = [...rows];
  for (const j of fresh) {
    const variants = j.variations.filter((v) => !known.has(key(v)));
    for (const v of variants) known.add(key(v));
    out.push({ journal: j.key, variants });
  }
  return out;
}

/**
 * Briefs and many opinions print journal names in small caps, which plain text turns into
 * capitals: `100 HARV. L. REV. 1`. Each spelling gets its all-capitals twin.
 */
function withSmallCaps(rows: readonly JournalRow[]): JournalRow[] {
  return rows.map((row) => {
    const spellings = [row.journal, ...row.variants];
    const capitals = spellings.map((v) => v.toUpperCase()).filter((v) => !spellings.includes(v));
    return { journal: row.journal, variants: [...row.variants, ...new Set(capitals)] };
  });
}
