import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { PDFDocument, StandardFonts, rgb } from "pdf-lib";
import { ingestPdf } from "../../src/ingest/pdf.js";
import { CasefileError, EXIT } from "../../src/model/errors.js";
import type { Ingested, SourceLine } from "../../src/model/types.js";
import { encryptedPdf, pseudoRandomBytes } from "../fixtures/pdf/bad.js";
import { renderPleading, slotY, TEXT_LEFT, type Rendered, type TruthLine } from "../fixtures/pdf/render.js";
import { renderSeed } from "../fixtures/pdf/seed.js";

const SEED = readFileSync(new URL("../../examples/linlor-v-futero.txt", import.meta.url), "utf8");

const show = (l: SourceLine | TruthLine) => `${l.role}|${l.lineNumber ?? "-"}|${l.text}`;

/** Every line ingest found against every line the renderer drew, page by page. */
function assertMatchesTruth(ing: Ingested, r: Rendered): void {
  assert.equal(ing.pages.length, r.truth.length);
  // Blank lines are paragraph breaks ingest adds; they are checked on their own.
  ing.pages.forEach((p, i) => assert.deepEqual(p.lines.filter((l) => l.text !== "").map(show), r.truth[i].map(show), `page ${i + 1}`));
}

/** Texts of body lines that follow a blank line, and of those the truth says open a paragraph (not first on a page). */
function paragraphStarts(ing: Ingested, r: Rendered): { got: string[]; want: string[] } {
  const got = ing.pages.flatMap((p) => p.lines.filter((l, k) => k > 0 && p.lines[k - 1].text === "" && l.text !== "").map((l) => l.text));
  const want = r.truth.flatMap((t) => {
    const firstBody = t.findIndex((l) => l.role === "body");
    return t.filter((l, k) => l.paragraph && k !== firstBody).map((l) => l.text);
  });
  return { got, want };
}

describe("ingestPdf on the seed order rendered onto pleading paper", () => {
  const offsets: [string, number][] = [
    ["text on the numbers' baselines", 0],
    ["text 5 points below its numbers", 5],
    ["text 4 points above its numbers", -4],
  ];
  for (const [name, textOffset] of offsets) {
    it(`${name}: every line, role and line number as drawn`, async () => {
      const r = await renderSeed(SEED, { textOffset });
      const ing = await ingestPdf(r.pdf, { path: "seed.pdf" });
      assertMatchesTruth(ing, r);
      assert.deepEqual(ing.findings, []);
    });
  }

  it("paragraph breaks come out as blank lines", async () => {
    const r = await renderSeed(SEED, { textOffset: 2 });
    const ing = await ingestPdf(r.pdf, { path: "seed.pdf" });
    const { got, want } = paragraphStarts(ing, r);
    // Every paragraph the renderer began (its first line indented, a heading, a signature) is found…
    for (const w of want) assert.ok(got.includes(w), w);
    // …and the only other breaks are the caption's blocks.
    const caption = new Set(r.truth[0].filter((l) => l.role === "body" && !("paragraph" in l) && l.lineNumber !== null && l.lineNumber <= 12).map((l) => l.text));
    assert.deepEqual(got.filter((g) => !want.includes(g) && !caption.has(g)), []);
  });

  it("source info, emphasis from font names, caption columns in order", async () => {
    const r = await renderSeed(SEED);
    const ing = await ingestPdf(r.pdf, { path: "seed.pdf" });
    assert.equal(ing.source.format, "pdf");
    assert.equal(ing.source.pages, r.truth.length);
    assert.match(ing.source.sha256, /^[0-9a-f]{64}$/);
    const lines = ing.pages.flatMap((p) => p.lines);
    const styled = (style: string) => lines.flatMap((l) => (l.emphasis ?? []).filter((e) => e.style === style).map((e) => l.text.slice(e.start, e.end)));
    assert.ok(styled("italic").includes("Tripati v. Henman"));
    assert.ok(styled("italic").includes("Id."));
    assert.ok(styled("bold").includes("DENIES"));
    assert.ok(styled("bold").includes("BACKGROUND"));
    const page1 = ing.pages[0].lines.map((l) => l.text);
    const at = (t: string) => page1.indexOf(t);
    // The left column reads through before the right one starts.
    assert.ok(at("JAMES LINLOR,") < at("Defendants.") && at("Defendants.") < at("Case No.: 17cv218-MMA (BLM)"));
    assert.ok(at("Case No.: 17cv218-MMA (BLM)") < at("[Doc. No. 49]"));
    // The ")" divider column is gone.
    assert.ok(!page1.some((t) => /^\)|\s\)\s/.test(t)));
    // The footnote mark rides on its word; the note opens with it.
    const bodyText = lines.filter((l) => l.role === "body").map((l) => l.text).join(" ");
    assert.ok(bodyText.includes("interlocutory appeal.¹ See In re Gugliuzza"));
    assert.ok(lines.some((l) => l.role === "footnote" && l.text.startsWith("¹ As such")));
  });

  it("two stamps printed over each other come out as two stamp lines", async () => {
    const r = await renderSeed(SEED, { overprintStamp: true });
    const ing = await ingestPdf(r.pdf, { path: "refiled.pdf" });
    const stamps = ing.pages[0].lines.filter((l) => l.role === "stamp").map((l) => l.text);
    assert.deepEqual(stamps, [
      "Case 3:17-cv-00218-MMA-BLM Document 50 Filed 04/04/18 PageID.318 Page 1 of 6",
      "Case 3:17-cv-00218-MMA-BLM Document 50 Filed 04/05/18 PageID.318 Page 1 of 6",
    ]);
  });

  it("margin numbers never reach the text", async () => {
    const r = await renderSeed(SEED, { textOffset: 3 });
    const ing = await ingestPdf(r.pdf, { path: "seed.pdf" });
    for (const p of ing.pages) {
      assert.ok(p.lines.every((l) => !/^\d{1,2}$/.test(l.text) || l.role === "footer"), `page ${p.number}`);
      assert.ok(p.lines.every((l) => l.role !== "margin"));
    }
  });
});

describe("ingestPdf: footnotes across pages", () => {
  it("a footnote continued on the next page is footnote there too", async () => {
    const body = (page: number) => Array.from({ length: 20 }, (_, i) => ({ spans: [{ text: `Body line ${i + 1} of page ${page} says what the Court decided.` }], x: TEXT_LEFT, y: slotY(i + 1) }));
    const r = await renderPleading(
      [
        { lines: [...body(1), { spans: [{ text: "and denies the stay." }, { text: "3", sup: true }], x: TEXT_LEFT, y: slotY(21) }], footnotes: [[{ text: "3", sup: true }, { text: " The stay fails for the reasons given in" }], [{ text: "the order of March 22, which" }]] },
        { lines: body(2), footnotes: [[{ text: "this order does not revisit." }]] },
      ],
      { pageNumbers: true },
    );
    const ing = await ingestPdf(r.pdf, { path: "notes.pdf" });
    assertMatchesTruth(ing, r);
    assert.deepEqual(ing.pages[1].lines.filter((l) => l.role === "footnote").map((l) => l.text), ["this order does not revisit."]);
  });

  it("a footnote without a rule, found by its small type and mark", async () => {
    const r = await renderPleading([{ lines: Array.from({ length: 22 }, (_, i) => ({ spans: [{ text: `Line ${i + 1} of the order.` }], x: TEXT_LEFT, y: slotY(i + 1) })), footnotes: [[{ text: "1", sup: true }, { text: " A note in smaller type." }]], footnoteRule: false }]);
    const ing = await ingestPdf(r.pdf, { path: "norule.pdf" });
    assertMatchesTruth(ing, r);
  });
});

async function pdfOf(draw: (doc: PDFDocument) => Promise<void>): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  await draw(doc);
  return doc.save();
}

describe("ingestPdf: PDFs that cannot be read", () => {
  const cases: [string, () => Uint8Array, string][] = [
    ["encrypted with a user password", encryptedPdf, "pdf.encrypted"],
    ["random bytes", () => pseudoRandomBytes(4000), "pdf.invalid"],
    ["a PDF header over random bytes", () => new Uint8Array([...new TextEncoder().encode("%PDF-1.7\n"), ...pseudoRandomBytes(4000)]), "pdf.invalid"],
    ["the first 20 bytes of a PDF", () => new TextEncoder().encode("%PDF-1.4\n1 0 obj\n<< /T"), "pdf.invalid"],
  ];
  for (const [name, bytes, code] of cases) {
    it(`${name} → ${code}`, async () => {
      await assert.rejects(ingestPdf(bytes(), { path: "bad.pdf" }), (err: unknown) => {
        assert.ok(err instanceof CasefileError);
        assert.equal(err.code, code);
        assert.equal(err.exitCode, EXIT.DATA);
        assert.ok(!err.message.includes("\n"));
        return true;
      });
    });
  }

  it("a truncated PDF is refused or read in part, never a crash", async () => {
    const { pdf } = await renderSeed(SEED);
    for (const share of [0.3, 0.6, 0.97]) {
      const cut = pdf.slice(0, Math.floor(pdf.length * share));
      try {
        const ing = await ingestPdf(cut, { path: "cut.pdf" });
        assert.ok(Array.isArray(ing.pages));
      } catch (err) {
        assert.ok(err instanceof CasefileError && err.code === "pdf.invalid", String(err));
      }
    }
  });

  it("leaves the caller's bytes as they were", async () => {
    const { pdf } = await renderSeed(SEED);
    const copy = pdf.slice();
    await ingestPdf(pdf, { path: "seed.pdf" });
    assert.equal(pdf.length, copy.length);
    assert.deepEqual(pdf.subarray(0, 64), copy.subarray(0, 64));
  });
});

describe("ingestPdf: readable PDFs with a bad text layer", () => {
  it("pages with no text (a scan) give no lines and pdf.no-text-layer", async () => {
    const bytes = await pdfOf(async (doc) => {
      for (let i = 0; i < 2; i++) doc.addPage([612, 792]).drawRectangle({ x: 72, y: 72, width: 468, height: 648, color: rgb(0.8, 0.8, 0.8) });
    });
    const ing = await ingestPdf(bytes, { path: "scan.pdf" });
    assert.equal(ing.pages.length, 2);
    assert.ok(ing.pages.every((p) => p.lines.length === 0));
    assert.deepEqual(ing.findings.map((f) => [f.severity, f.code]), [["error", "pdf.no-text-layer"]]);
    assert.match(ing.findings[0].message, /no text layer and OCR found no text/);
  });

  it("letter salad gives pdf.unreliable-text", async () => {
    const bytes = await pdfOf(async (doc) => {
      const font = await doc.embedFont(StandardFonts.Courier);
      const page = doc.addPage([612, 792]);
      const salad = pseudoRandomBytes(1600, 3);
      for (let row = 0; row < 40; row++) {
        const text = [...salad.subarray(row * 40, row * 40 + 40)].map((b, k) => (k % 6 === 5 ? " " : "bcdfghjklmnpqrstvwxz"[b % 20])).join("");
        page.drawText(text, { x: 72, y: 740 - row * 16, size: 10, font });
      }
    });
    // The text layer's own check; OCR of such pages is tested in ocr.test.ts.
    const ing = await ingestPdf(bytes, { path: "salad.pdf", ocr: false });
    assert.deepEqual(ing.findings.map((f) => f.code), ["pdf.ocr-skipped", "pdf.unreliable-text"]);
  });

  it("stops reading past the text limit and says so", async () => {
    const { pdf, truth } = await renderSeed(SEED);
    const ing = await ingestPdf(pdf, { path: "seed.pdf", maxChars: 10 });
    assert.equal(ing.pages.length, truth.length);
    assert.ok(ing.pages[0].lines.length > 0);
    assert.ok(ing.pages.slice(1).every((p) => p.lines.length === 0));
    assert.deepEqual(ing.findings.map((f) => f.code), ["pdf.read-cap"]);
  });

  it("caps the pages it reads and says so", async () => {
    const bytes = await pdfOf(async (doc) => {
      const font = await doc.embedFont(StandardFonts.TimesRoman);
      for (let i = 0; i < 3; i++) doc.addPage([612, 792]).drawText(`Page ${i + 1} of the order.`, { x: 72, y: 700, size: 12, font });
    });
    const ing = await ingestPdf(bytes, { path: "long.pdf", maxPages: 2 });
    assert.equal(ing.source.pages, 3);
    assert.equal(ing.pages.length, 2);
    assert.deepEqual(ing.findings.map((f) => f.code), ["pdf.page-cap"]);
  });
});
