import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { COURTS, courtById, courtFromCaptionText, courtFromCitation, defaultOffice, regionalReporter } from "../../src/cite/tables/courts.js";

/** Parenthetical abbreviation → court id: one row per court family, plus spacing variants. */
const CITATIONS: [string, string][] = [
  ["U.S.", "scotus"],
  ["9th Cir.", "ca9"],
  ["7th Cir.", "ca7"],
  ["2d Cir.", "ca2"],
  ["2nd Cir.", "ca2"],
  ["11th Cir.", "ca11"],
  ["D.C. Cir.", "cadc"],
  ["Fed. Cir.", "cafc"],
  ["C.D. Cal.", "cacd"],
  ["S.D. Cal.", "casd"],
  ["S.D.Cal.", "casd"],
  ["SD Cal", "casd"],
  ["D. Or.", "ord"],
  ["D. Ariz.", "azd"],
  ["S.D.N.Y.", "nysd"],
  ["S.D. N.Y.", "nysd"],
  ["D.D.C.", "dcd"],
  ["N.D. W. Va.", "wvnd"],
  ["D.P.R.", "prd"],
  ["D.N. Mar. I.", "nmid"],
  ["Bankr. S.D.N.Y.", "nysb"],
  ["Bankr. D. Ariz.", "arb"],
  ["Bankr. D. Neb.", "nebraskab"],
  ["Bankr. N.D. Ill.", "ilnb"],
  ["B.A.P. 9th Cir.", "bap9"],
  ["9th Cir. BAP", "bap9"],
  ["Fed. Cl.", "uscfc"],
  ["T.C.", "tax"],
  ["Ct. Int'l Trade", "cit"],
  ["J.P.M.L.", "jpml"],
  ["Vet. App.", "cavc"],
  ["C.A.A.F.", "armfor"],
  ["Ct. Cl.", "cc"],
  ["C.C.P.A.", "ccpa"],
  ["Cal.", "cal"],
  ["Cal. Ct. App.", "calctapp"],
  ["Cal. Ct. App. 2d Dist.", "calctapp"],
  ["N.Y.", "ny"],
  ["N.Y. App. Div.", "nyappdiv"],
  ["N.Y. App. Div. 1st Dep't", "nyappdiv"],
  ["N.Y. Sup. Ct.", "nysupct"],
  ["Tex.", "tex"],
  ["Tex. Crim. App.", "texcrimapp"],
  ["Tex. App.—Houston [14th Dist.]", "texapp"],
  ["Ill.", "ill"],
  ["Ill. App. Ct.", "illappct"],
  ["Fla. 4th DCA", "fladistctapp"],
  ["Pa. Super. Ct.", "pasuperct"],
  ["Pa. Commw. Ct.", "pacommwct"],
  ["N.J. Super. Ct. App. Div.", "njsuperctappdiv"],
  ["Ohio Ct. App.", "ohioctapp"],
  ["Mich. Ct. App.", "michctapp"],
  ["Mass.", "mass"],
  ["W. Va.", "wva"],
  ["Del. Ch.", "delch"],
  ["9th Cir. 1988", "ca9"],
  ["9th Cir.1988", "ca9"],
  ["S.D.N.Y. Mar. 3, 2004", "nysd"],
  ["N.D. Ill. Sept. 30, 2019", "ilnd"],
];

test("courtFromCitation reads parenthetical abbreviations", () => {
  for (const [abbrev, id] of CITATIONS) assert.equal(courtFromCitation(abbrev), id, abbrev);
});

test("courtFromCitation declines what is not a court", () => {
  for (const text of ["", "Cir.", "N.D. Foo.", "See", "F.2d", "the court of public opinion", "Dist.", "2d Dist."]) {
    assert.equal(courtFromCitation(text), null, text);
  }
});

/** Caption text → court id. */
const CAPTIONS: [string, string][] = [
  ["**UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF CALIFORNIA**\n\nJAMES DOE,\nPlaintiff,", "casd"],
  ["IN THE UNITED STATES DISTRICT COURT\nFOR THE NORTHERN DISTRICT OF ILLINOIS\nEASTERN DIVISION", "ilnd"],
  ["United States District Court\nfor the District of Oregon", "ord"],
  ["UNITED  STATES   DISTRICT COURT\n\nDISTRICT OF NEW JERSEY", "njd"],
  ["UNITED STATES DISTRICT COURT FOR THE DISTRICT OF COLUMBIA", "dcd"],
  ["IN THE UNITED STATES DISTRICT COURT FOR THE SOUTHERN DISTRICT OF WEST VIRGINIA", "wvsd"],
  ["IN THE UNITED STATES DISTRICT COURT\n7\nFOR THE CENTRAL DISTRICT OF CALIFORNIA\n8", "cacd"],
  ["IN THE UNITED STATES DISTRICT COURT FOR THE DISTRICT OF HAWAI‘I", "hid"],
  ["IN THE UNITED STATES DISTRICT COURT\nFOR THE MIDDLE DISTRICT OF GEORGIA", "gamd"],
  // A scan that garbled the heading still names the district.
  ["IN THE UNITED STATES DISTRICT C0URl\nFOR THE WESTERN DISTRICT OF TEXAS\nAUSTIN DIVISION", "txwd"],
  ["UNITED STATES BANKRUPTCY COURT\nSOUTHERN DISTRICT OF NEW YORK\nIn re ACME CORP., Debtor.", "nysb"],
  ["UNITED STATES BANKRUPTCY COURT FOR THE DISTRICT OF ARIZONA", "arb"],
  ["United States Court of Appeals for the Ninth Circuit", "ca9"],
  ["UNITED STATES COURT OF APPEALS\nMAY 1 2020\nCLERK\nFOR THE NINTH CIRCUIT", "ca9"],
  ["United States Court of Appeals,\nSixth Circuit.", "ca6"],
  ["UNITED STATES COURT OF APPEALS FOR THE DISTRICT OF COLUMBIA CIRCUIT", "cadc"],
  ["United States Court of Appeals for the Federal Circuit", "cafc"],
  ["UNITED STATES BANKRUPTCY APPELLATE PANEL OF THE NINTH CIRCUIT", "bap9"],
  ["SUPREME COURT OF THE UNITED STATES", "scotus"],
  ["IN THE SUPREME COURT OF THE STATE OF CALIFORNIA", "cal"],
  ["COURT OF APPEAL OF THE STATE OF CALIFORNIA\nSECOND APPELLATE DISTRICT", "calctapp"],
  ["SUPREME COURT OF THE STATE OF NEW YORK\nAPPELLATE DIVISION : SECOND DEPARTMENT", "nyappdiv"],
  ["SUPREME COURT OF THE STATE OF NEW YORK\nCOUNTY OF KINGS", "nysupct"],
  ["COURT OF CRIMINAL APPEALS OF TEXAS", "texcrimapp"],
  ["IN THE APPELLATE COURT OF ILLINOIS\nFIRST DISTRICT", "illappct"],
  ["SUPERIOR COURT OF THE STATE OF CALIFORNIA\nFOR THE COUNTY OF LOS ANGELES", "calsuperct"],
  ["IN THE COURT OF APPEALS OF THE STATE OF WASHINGTON\nDIVISION ONE", "washctapp"],
  ["Intermediate Court of Appeals of Hawai'i.", "hawapp"],
  ["IN THE SUPREME COURT OF PENNSYLVANIA\nEASTERN DISTRICT", "pa"],
  ["United States Court of Federal Claims", "uscfc"],
  ["UNITED STATES TAX COURT", "tax"],
  ["BEFORE THE JUDICIAL PANEL ON MULTIDISTRICT LITIGATION", "jpml"],
  ["DISTRICT COURT OF GUAM", "gud"],
  // The court appealed from is named after the one that wrote the opinion, or with "from".
  ["Appeal from the United States District Court for the Central District of California\nUNITED STATES COURT OF APPEALS FOR THE NINTH CIRCUIT", "ca9"],
];

test("courtFromCaptionText finds the court in a caption", () => {
  for (const [text, id] of CAPTIONS) {
    const found = courtFromCaptionText(text);
    assert.equal(found?.id, id, text);
    assert.equal(found?.name, courtById(id)?.name);
  }
});

test("courtFromCaptionText reads the seed order's caption", () => {
  const seed = readFileSync(new URL("../../examples/linlor-v-futero.txt", import.meta.url), "utf8");
  assert.deepEqual(courtFromCaptionText(seed), { id: "casd", name: "United States District Court for the Southern District of California" });
});

test("courtFromCaptionText finds nothing in prose without a caption", () => {
  const prose = [
    "the court of public opinion",
    "See Smith v. Jones, 123 Cal. 4th 5 (Cal. 2001).",
    "Plaintiff lives in the Southern District of California and works in Oregon.",
    "The district court dismissed the appeal; the circuit court agreed.",
    "with appeal directly to the United States Court of Appeals for the Ninth Circuit.",
    "Plaintiff filed suit in the Superior Court and removed it; the case was transferred from the United States District Court for the District of Oregon.",
    "Cal.",
    "",
  ];
  for (const text of prose) assert.equal(courtFromCaptionText(text), null, text);
});

test("courtFromCaptionText looks only at the top of a document", () => {
  const text = "ORDER\n" + "The parties agree. ".repeat(400) + "\nUNITED STATES DISTRICT COURT\nDISTRICT OF OREGON";
  assert.equal(courtFromCaptionText(text), null);
});

const DISTRICT_IDS =
  "almd alnd alsd akd azd ared arwd cacd caed cand casd cod ctd ded dcd flmd flnd flsd gamd gand gasd gud hid idd ilcd ilnd ilsd innd insd iand iasd ksd kyed kywd laed lamd lawd med mdd mad mied miwd mnd msnd mssd moed mowd mtd ned nvd nhd njd nmd nyed nynd nysd nywd nced ncmd ncwd ndd nmid ohnd ohsd oked oknd okwd ord paed pamd pawd prd rid scd sdd tned tnmd tnwd txed txnd txsd txwd utd vtd vid vaed vawd waed wawd wvnd wvsd wied wiwd wyd".split(" ");

test("the table holds all 94 district courts and a bankruptcy court for each", () => {
  assert.equal(DISTRICT_IDS.length, 94);
  for (const id of DISTRICT_IDS) {
    assert.equal(courtById(id)?.type, "district", id);
  }
  assert.equal(COURTS.filter((c) => c.type === "district").length, 94);
  assert.equal(COURTS.filter((c) => c.type === "bankruptcy").length, 94);
  for (const [district, bankruptcy] of [["casd", "casb"], ["nysd", "nysb"], ["dcd", "dcb"], ["azd", "arb"], ["ned", "nebraskab"]]) {
    assert.equal(courtById(bankruptcy)?.type, "bankruptcy", bankruptcy);
    assert.equal(courtById(bankruptcy)?.jurisdiction, courtById(district)?.jurisdiction);
  }
});

test("ids are unique and no abbreviation names two courts", () => {
  const ids = new Set<string>();
  const keys = new Map<string, string>();
  for (const court of COURTS) {
    assert.ok(!ids.has(court.id), `duplicate id ${court.id}`);
    ids.add(court.id);
    assert.ok(court.citation.length > 0 && court.caption.length > 0, court.id);
    for (const abbrev of court.citation) {
      const key = abbrev.toLowerCase().replace(/[\s.,'’]+/g, "");
      const other = keys.get(key);
      assert.ok(other === undefined || other === court.id, `${abbrev}: ${other} and ${court.id}`);
      keys.set(key, court.id);
    }
  }
  for (const id of ["scotus", "cadc", "cafc", "bap1", "bap10", "uscfc", "tax", "cit", "jpml", "cavc", "armfor", "cc", "ccpa"]) assert.ok(ids.has(id), id);
  for (let n = 1; n <= 11; n++) assert.equal(courtById(`ca${n}`)?.type, "appellate");
});

test("every court's own Bluebook abbreviation leads back to it", () => {
  for (const court of COURTS) assert.equal(courtFromCitation(court.citation[0]), court.id, court.citation[0]);
});

test("defaultOffice gives the office of one-office courts and null otherwise", () => {
  const rows: [string, string | null][] = [
    ["casd", "3"],
    ["dcd", "1"],
    ["mnd", "0"],
    ["cacd", null],
    ["ca9", null],
    ["nosuchcourt", null],
  ];
  for (const [id, office] of rows) assert.equal(defaultOffice(id), office, id);
  assert.deepEqual(Object.keys(courtById("cand")?.offices ?? {}).sort(), ["1", "3", "4", "5"]);
});

test("courtById declines unknown ids", () => {
  assert.equal(courtById("xx"), null);
  assert.equal(courtById(""), null);
});

test("regionalReporter names the West region of a state's courts", () => {
  const rows: [string, string | null][] = [
    ["ca", "P."],
    ["ny", "N.E."],
    ["tx", "S.W."],
    ["fl", "So."],
    ["pa", "A."],
    ["ga", "S.E."],
    ["mi", "N.W."],
    ["pr", null],
    ["us", null],
  ];
  for (const [jurisdiction, region] of rows) assert.equal(regionalReporter(jurisdiction), region, jurisdiction);
});

test("courts carry the year they were established where it is certain", () => {
  assert.equal(courtById("ca11")?.established, 1981);
  assert.equal(courtById("cafc")?.established, 1982);
  assert.equal(courtById("casd")?.established, undefined);
});

test("long and repetitive input yields nothing rather than hanging", () => {
  const inputs = ["1st ".repeat(20000), " ".repeat(50000), "[".repeat(50000), "Cir. ".repeat(20000)];
  for (const text of inputs) assert.equal(courtFromCitation(text), null);
  for (const text of ["DISTRICT OF ".repeat(5000), "FOR THE ".repeat(10000), "x".repeat(100000)]) assert.equal(courtFromCaptionText(text), null);
});
