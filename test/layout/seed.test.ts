import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { ingest } from "../../src/ingest/index.js";
import { layout } from "../../src/layout/index.js";
import { locate } from "../../src/model/sourcemap.js";
import type { Document } from "../../src/model/types.js";

const SEED = new URL("../../examples/linlor-v-futero.txt", import.meta.url);
const seed = async (): Promise<Document> => layout(await ingest(readFileSync(SEED), { path: "examples/linlor-v-futero.txt" }));

describe("layout of the seed order", () => {
  it("joins sentences and citations broken across lines and pages", async () => {
    const doc = await seed();
    for (const s of [
      "Tripati v. Henman, 845 F.2d 205, 206 n.1 (9th Cir. 1988)",
      "Exxon Shipping Co. v. Baker, 554 U.S. 471, 485 n.5 (2008)",
      "Ahrenholz v. Bd. of Trs. of the Univ. of Ill., 219 F.3d 647, 675-77 (7th Cir. 2000)",
      "Villarreal v. Caremark LLC, 85 F. Supp. 3d 1063, 1067 (D. Ariz. 2015)",
      "In re Gugliuzza, 852 F.3d 884, 898 (9th Cir. 2017)",
      "United Nat’l Ins. Co. v. Spectrum Worldwide, Inc., 555 F.3d 772, 780 (9th Cir. 2009)",
      "the additional elements under 28 U.S.C. § 1292(b) and finds",
    ]) {
      assert.ok(doc.text.includes(s), s);
    }
  });

  it("leaves no margin line number and no markdown in the text", async () => {
    const doc = await seed();
    for (const para of doc.text.split("\n")) assert.doesNotMatch(para, /^\d{1,2}(?:\s|$)/, para.slice(0, 60));
    assert.doesNotMatch(doc.text, /\*\*|\*Id\.\*|\*see/);
    assert.doesNotMatch(doc.text, /\n\s*\d{1,2}\s*\n/);
  });

  it("keeps Westlaw star pages as text", async () => {
    const doc = await seed();
    assert.ok(doc.text.includes("2004 WL 3030121, at *1 (C.D. Cal. Dec. 27, 2004)"));
    assert.ok(doc.text.includes("2008 WL 426510, at * 4"));
  });

  it("records emphasis over Id., case names and bold rulings", async () => {
    const doc = await seed();
    const spans = doc.emphasis.map((e) => `${e.style}:${doc.text.slice(e.start, e.end)}`);
    assert.ok(spans.includes("italic:Id."));
    assert.ok(spans.includes("italic:Tripati v. Henman"));
    assert.ok(spans.includes("italic:United Nat’l Ins. Co. v. Spectrum Worldwide, Inc."));
    assert.ok(spans.includes("bold:DENIES"));
    assert.ok(spans.includes("bold:DENIES AS MOOT"));
  });

  it("maps offsets back to page and printed line", async () => {
    const doc = await seed();
    assert.deepEqual(locate(doc.anchors, doc.text.indexOf("205, 206 n.1")), { page: 3, line: 1 });
    assert.deepEqual(locate(doc.anchors, doc.text.indexOf("motion seeks “a substantive")), { page: 2, line: 28 });
    assert.deepEqual(locate(doc.anchors, doc.text.indexOf("BACKGROUND")), { page: 2, line: 1 });
    assert.deepEqual(locate(doc.anchors, doc.text.indexOf("Dated: April 5, 2018")), { page: 6, line: 11 });
    assert.equal(locate(doc.anchors, doc.text.indexOf("Presently before")).page, 1);
  });

  it("counts six pages and spans each", async () => {
    const doc = await seed();
    assert.equal(doc.source.pages, 6);
    assert.deepEqual(doc.pages.map((p) => p.number), [1, 2, 3, 4, 5, 6]);
    assert.ok(doc.text.slice(doc.pages[2].start).startsWith("205, 206 n.1"));
    for (let i = 1; i < doc.pages.length; i++) assert.equal(doc.pages[i].start, doc.pages[i - 1].end);
  });

  it("moves the footnote after the body, with its mark and its body marker", async () => {
    const doc = await seed();
    assert.equal(doc.footnotes.length, 1);
    const [note] = doc.footnotes;
    assert.equal(note.mark, "¹");
    assert.equal(doc.text.slice(note.start, note.end), "As such, the Court also DENIES AS MOOT Plaintiff's request to stay the case pending appeal. See Doc. No. 49-1 at 4.");
    assert.equal(note.end, doc.text.length);
    assert.equal(note.refs?.length, 1);
    const ref = note.refs?.[0];
    assert.equal(ref && doc.text.slice(ref.start - 7, ref.end), "appeal.¹");
    assert.equal(locate(doc.anchors, note.start).page, 6);
  });

  it("makes headings their own paragraphs and sections", async () => {
    const doc = await seed();
    const headings = doc.sections.map((s) => s.heading);
    for (const h of ["BACKGROUND", "MOTION FOR RECONSIDERATION", "CERTIFICATION OF AN ORDER FOR INTERLOCUTORY APPEAL", "CONCLUSION"]) {
      assert.ok(headings.includes(h), h);
      assert.ok(doc.text.includes(`\n\n${h}\n\n`), h);
    }
    const background = doc.sections.find((s) => s.heading === "BACKGROUND");
    assert.ok(background && doc.text.slice(background.start, background.end).includes("On March 16, 2018"));
  });

  it("has no stamp (the seed copy carries none)", async () => {
    const doc = await seed();
    assert.equal(doc.stamp, null);
    assert.deepEqual(doc.stamps, []);
  });
});
