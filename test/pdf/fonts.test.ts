import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fontStyleOf, type FontFacts } from "../../src/ingest/pdf/fonts.js";

const style = (italic: boolean, bold: boolean) => ({ italic, bold });

describe("fontStyleOf: emphasis from font names and flags", () => {
  const cases: [FontFacts | null, { italic: boolean; bold: boolean }][] = [
    [{ name: "BCDEEE+TimesNewRomanPS-ItalicMT" }, style(true, false)],
    [{ name: "TimesNewRomanPS-BoldMT" }, style(false, true)],
    [{ name: "ABCDEE+Arial,BoldItalic" }, style(true, true)],
    [{ name: "Times-Oblique" }, style(true, false)],
    [{ name: "MinionPro-It" }, style(true, false)],
    [{ name: "Garamond-BoldIt" }, style(true, true)],
    [{ name: "Univers-Bd" }, style(false, true)],
    [{ name: "Roboto-SemiBold" }, style(false, true)],
    [{ name: "Helvetica", italic: true }, style(true, false)],
    [{ name: "Helvetica", black: true }, style(false, true)],
  ];
  for (const [font, want] of cases) it(font?.name ?? "no name", () => assert.deepEqual(fontStyleOf(font), want));
});

describe("fontStyleOf: plain fonts", () => {
  const plain: (FontFacts | null)[] = [{ name: "TimesNewRomanPSMT" }, { name: "Times-Roman" }, { name: "ABCDEF+Calibri-Light" }, { name: "Arial-Digit" }, { name: "CourierNewPSMT" }, null, {}];
  for (const font of plain) it(JSON.stringify(font), () => assert.deepEqual(fontStyleOf(font), style(false, false)));
});
