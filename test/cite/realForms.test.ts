import assert from "node:assert/strict";
import { test } from "node:test";
import type { Citation } from "../../src/model/types.js";
import { findCitations } from "../../src/cite/index.js";

// Citation forms of older and state opinions: edition years before the section, articles that
// are titles, session-law chapters, glued pages, numbered reporters, capitals. Every input is
// written here, none taken from a document.

type Fields = Partial<Pick<Citation, "kind" | "text" | "title" | "code" | "section" | "subsection" | "year" | "publisher" | "volume" | "reporter" | "page" | "pin" | "court" | "journal" | "jurisdiction">>;

/** A statute with its title, section and the edition year printed before the section. */
const statute = (code: string, title: string | null, section: string, year: number | null = null, subsection: string | null = null): Fields => ({ kind: "statute", code, title, section, subsection, year });
/** A regulation's code and section. */
const regulation = (code: string, section: string): Fields => ({ kind: "regulation", code, section });
/** A full case cite as found. */
const caseCite = (text: string, volume: string, reporter: string, page: string, pin: string | null = null): Fields => ({ kind: "case", text, volume, reporter, page, pin });

/** From every citation of the text, the fields its expected row names (absent ones as `null`). */
function pick(text: string, rows: Fields[]): Fields[] {
  return findCitations(text).map((c, i) => {
    const keys = Object.keys(rows[Math.min(i, rows.length - 1)]) as (keyof Fields)[];
    return Object.fromEntries(keys.map((k) => [k, c[k] ?? null])) as Fields;
  });
}

const TABLE: [string, Fields[]][] = [
  // 1. A year after the code's name is its edition, not the section.
  ["under Ill. Rev. Stat. 1981, ch. 110, par. 2-615(a), the", [statute("Ill. Rev. Stat.", "110", "2-615", 1981, "(a)")]],
  ["see Minn. St. 1949, § 541.05, which", [statute("Minn. Stat.", null, "541.05", 1949)]],
  ["Mason Minn. St. 1941 Supp. § 4030-12 applies", [{ ...statute("Mason Minn. Stat.", null, "4030-12", 1941), publisher: "Supp." }]],
  ["Ill. Rev. Stat. 1987, ch. 120 1/2, par. 1204 and", [statute("Ill. Rev. Stat.", "120 1/2", "1204", 1987)]],
  ["Ill. Rev. Stat. 1985, ch. 40, pars. 501, 502", [statute("Ill. Rev. Stat.", "40", "501", 1985), statute("Ill. Rev. Stat.", "40", "502", 1985)]],
  ["NMSA 1978, Section 66-8-102(C) and", [statute("N.M. Stat.", null, "66-8-102", 1978, "(C)")]],
  ["Ala. Code, 1958 (Supp. 1967), Tit. 7, § 97", [{ ...statute("Ala. Code", "7", "97", 1958), publisher: "Supp." }]],
  // Oklahoma prints the edition after the name, with the title before it, the section even bare.
  ["see 12 O.S. 1971 § 1031 and 47 O.S.Supp. 1988, § 11-902", [statute("O.S.", "12", "1031", 1971), statute("O.S.", "47", "11-902", 1988)]],
  ["under 68 O.S. 1981 2402, the", [statute("O.S.", "68", "2402", 1981)]],
  // 4. Maryland's articles are titles.
  ["Md. Ann. Code, art. 48A, § 354(b) and", [statute("Md. Code Ann.", "48A", "354", null, "(b)")]],
  ["Md. Code Ann., Crim. Law § 4-203 makes", [statute("Md. Code Ann., Crim. Law", null, "4-203")]],
  // 5. A title with a letter.
  ["Me. Rev. Stat. Ann. tit. 22-A, § 207 provides", [statute("Me. Rev. Stat.", "22-A", "207")]],
  // 6. The edition year or supplement between the name and the title or section.
  ["Okla. Stat. Ann., 1961, Tit. 12, § 95 and", [statute("Okla. Stat.", "12", "95", 1961)]],
  ["Purdon's Pa. Stat. Ann., 1958, Tit. 53, § 101", [statute("Purdon's Pa. Stat. Ann.", "53", "101", 1958)]],
  ["Ohio Rev. Code Ann. (1965 Supp.) § 2907.02 and", [{ ...statute("Ohio Rev. Code", null, "2907.02", 1965), publisher: "Supp." }]],
  ["Ga. Code Ann. (Supp. 1970) § 26-1101", [{ ...statute("Ga. Code Ann.", null, "26-1101", 1970), publisher: "Supp." }]],
  // 7. Session laws by chapter, bill or part.
  ["enacted as 2005 Minn. Laws ch. 136, the", [statute("Minn. Laws", "2005", "ch. 136")]],
  ["1997 Wyo. Sess. Laws ch. 41, § 3 amended", [statute("Wyo. Sess. Laws", "1997", "ch. 41", null, "§ 3")]],
  ["1991 Neb. Laws, L.B. 829, amended", [statute("Neb. Laws", "1991", "L.B. 829")]],
  ["132 Ohio Laws, Part II, 1620 added", [statute("Ohio Laws", "132", "1620")]],
  // 8. Lettered agency sections and Tennessee's dotted rules.
  ["Wis. Admin. Code § NR 216.07 requires", [regulation("Wis. Admin. Code", "NR 216.07")]],
  ["Tenn. Comp. R. & Regs. 0780-01-05-.12 sets", [regulation("Tenn. Comp. R. & Regs.", "0780-01-05-.12")]],
];

const CASES: [string, Fields[]][] = [
  // 2. A pin list ends before the next cite's volume, even of a reporter the table lacks.
  ["Roe v. Doe, 14 Mass. L. Rptr. 211, 214, 2001 WL 1688911 (Mass. Super. 2001).", [caseCite("14 Mass. L. Rptr. 211, 214", "14", "Mass. L. Rptr.", "211", "214"), caseCite("2001 WL 1688911", "2001", "WL", "1688911")]],
  ["Roe v. Doe, 90 Vt. 12, 15, 77 Qqq. 9 (1916).", [caseCite("90 Vt. 12, 15", "90", "Vt.", "12", "15")]],
  // A pin ending a sentence printed without its period stays a pin.
  ["Roe v. Doe, 796 A.2d 611, 615 Here the court", [caseCite("796 A.2d 611, 615", "796", "A.2d", "611", "615")]],
  // 3. The page glued to a reporter ending in a period; a volume after a word's period.
  ["Roe v. Doe, 305 F. Supp.771 (D. Md. 1969).", [caseCite("305 F. Supp.771", "305", "F. Supp.", "771")]],
  ["Roe v. Doe, 440 U. S.945 (1979).", [caseCite("440 U. S.945", "440", "U.S.", "945")]],
  ["dismissed for want of a substantial federal question, appeal.371 U.S. 37", [caseCite("371 U.S. 37", "371", "U.S.", "37")]],
  ["Roe v. Doe, Tex. Civ. App.88 S.W.2d 14, and", [caseCite("88 S.W.2d 14", "88", "S.W.2d", "14")]],
  // 8. Federal Cases by number, the Sixth Circuit's own numbers, a looseleaf volume with its half.
  ["Roe v. Doe, 9 Fed. Cas. No. 4,912 (C.C.D. Pa. 1811).", [caseCite("9 Fed. Cas. No. 4,912", "9", "F. Cas.", "4,912")]],
  ["Roe v. Doe, 3 F. Cas. No. 1,207, p. 4, and", [caseCite("3 F. Cas. No. 1,207, p. 4", "3", "F. Cas.", "1,207", "4")]],
  ["Roe v. Doe, 1999 FED App. 0312P (6th Cir.).", [{ ...caseCite("1999 FED App. 0312P", "1999", "FED App.", "0312P"), court: "ca6" }]],
  ["Roe v. Doe, 1998-2 Trade Cas. (CCH) ¶ 72,301 (N.D. Ill. 1998).", [caseCite("1998-2 Trade Cas. (CCH) ¶ 72,301", "1998-2", "Trade Cas.", "72,301")]],
  // 9. A journal printed in capitals that the table does not list.
  ["See 41 GREAT PLAINS L. REV. 233, 240 (2001).", [{ kind: "journal", volume: "41", journal: "GREAT PLAINS L. REV.", page: "233", pin: "240" }]],
];

test("real forms: statutes and regulations", () => {
  for (const [input, expected] of TABLE) assert.deepEqual(pick(input, expected), expected, input);
});

test("real forms: case and journal cites", () => {
  for (const [input, expected] of CASES) assert.deepEqual(pick(input, expected), expected, input);
});

test("real forms: a supra with a pin keeps its parallel short cite (10)", () => {
  const text = "State v. Roe, 9 Ohio St.3d 71, 9 OBR 290 (1984). Later, Roe, supra at 74, 9 OBR at 293.";
  const cites = findCitations(text);
  assert.deepEqual(cites.map((c) => [c.kind, c.text]), [
    ["case", "9 Ohio St.3d 71"],
    ["case", "9 OBR 290"],
    ["supra", "supra at 74"],
    ["case-short", "9 OBR at 293"],
  ]);
  assert.equal(cites[2].antecedent, 0);
  assert.equal(cites[2].pin, "74");
  // The short parallel refers to the case it repeats.
  assert.equal(cites[cites[3].antecedent ?? -1]?.caseName, "State v. Roe");
  // Without a pin of its own the cite after `supra` carries the reference, as before.
  const bare = findCitations("Roe v. Doe, 13 Cal.App.5th 1125 (2017). Roe, supra, 13 Cal.App.5th at 1130.");
  assert.deepEqual(bare.map((c) => c.kind), ["case", "case-short"]);
});

// Text near these forms that must yield nothing (or nothing more than stated).
const NEGATIVE: [string, Fields[]][] = [
  // A bare year after a code's name with no title or section mark stays what it was.
  ["Ill. Rev. Stat. 1973 was repealed", [{ kind: "statute", section: "1973", year: null }]],
  // The federal code takes no edition year there: `1983` is the section, and `§ 1985` another cite.
  ["42 U.S.C. 1983, § 1985 claims", [{ kind: "statute", section: "1983", year: null }, { kind: "statute-short", section: "1985", year: null }]],
  // A chapter is a session law's only: no U.S.C. chapter is made up.
  ["see 42 U.S.C. ch. 21 generally", []],
  // Only capitals name an agency.
  ["Wis. Admin. Code § and 5", []],
  // A series is no glued page; `U.S.C.` is no `U.S.`.
  ["the F.3d and U.S.C.1983 and So.2d", []],
  ["in 5 F.3d alone", []],
  // A number after a decimal point or an abbreviation's period is no volume.
  ["a rate of 1.350 U.S. dollars", []],
  ["the No.350 U.S. 870 and n.5 F.3d 1", []],
  // `No.` belongs to the reporters cited by number only.
  ["12 F.3d No. 12,345 and 5 F. Supp. No. 3", []],
  // An ordinary capitalized phrase ending in `LAW` is no journal.
  ["12 CONCLUSIONS OF LAW 7", []],
  // A sixth-circuit number needs the year and `FED App.`.
  ["FED App. 0170P and 2002 Fed App 0170P", []],
];

test("real forms: negative cases", () => {
  for (const [input, expected] of NEGATIVE) assert.deepEqual(pick(input, expected.length ? expected : [{ kind: "case" }]), expected, input);
});
