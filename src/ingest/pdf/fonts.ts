// Font names say the style: "TimesNewRomanPS-ItalicMT", "ABCDEE+Arial,BoldItalic", "Times-Oblique".
const ITALIC_NAME = /italic|oblique/i;
// Type foundries' short suffixes, case as they write them: "MinionPro-It", "Garamond-BoldIt", "Palatino-Ital".
const ITALIC_SUFFIX = /[-,][A-Za-z]{0,20}(?:It|Ital)(?:MT)?$/;
// "Arial-BoldMT", "Helvetica-Black", "Roboto-SemiBold", "Univers-Bd".
const BOLD_NAME = /bold|black|heavy|demi/i;
const BOLD_SUFFIX = /[-,][A-Za-z]{0,20}Bd(?:MT)?$/;

/** What pdfjs knows of a font: its PostScript name and the flags of its descriptor. */
export interface FontFacts {
  name?: string;
  italic?: boolean;
  bold?: boolean;
  black?: boolean;
}

/**
 * The emphasis a font gives its text, from the font's name and descriptor flags.
 *
 * @example fontStyleOf({ name: "BCDEEE+TimesNewRomanPS-ItalicMT" }) // { italic: true, bold: false }
 */
export function fontStyleOf(font: FontFacts | null, fallbackName = ""): { italic: boolean; bold: boolean } {
  const name = font?.name ?? fallbackName;
  return {
    italic: !!font?.italic || ITALIC_NAME.test(name) || ITALIC_SUFFIX.test(name),
    bold: !!font?.bold || !!font?.black || BOLD_NAME.test(name) || BOLD_SUFFIX.test(name),
  };
}
