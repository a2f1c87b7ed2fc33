/**
 * Names as captions and signature blocks print them (often ALL CAPS), in proper case.
 */

/** Tokens whose spelling is fixed whatever the case they were printed in. */
const FIXED: Record<string, string> = Object.fromEntries(
  [
    "LLC", "L.L.C.", "LLP", "L.L.P.", "LP", "L.P.", "PLLC", "P.L.L.C.", "PC", "P.C.", "P.A.", "N.A.", "U.S.", "U.S.A.", "USA",
    "Inc.", "Inc", "Co.", "Corp.", "Ltd.", "Ltd", "Jr.", "Sr.", "II", "III", "IV", "VI", "VII", "VIII", "IX", "FBI", "ICE",
    "DHS", "USCIS", "CBP", "EEOC", "NLRB", "SEC", "FTC", "FDA", "EPA", "IRS", "ACLU", "NAACP", "CDCR", "CA", "NA", "d/b/a",
    "a/k/a", "f/k/a", "ex", "rel.", "et", "al.", "Ph.D.",
  ].map((t) => [t.toUpperCase(), t]),
);

/** Little words that stay lower case inside a name. */
const MINOR = new Set(["of", "the", "and", "for", "in", "on", "at", "by", "a", "an", "to", "de", "la", "del", "von", "van", "through", "as"]);

function capWord(w: string): string {
  // "MCDONALD" → "McDonald", "O'BRIEN" → "O'Brien", "SMITH-JONES" → "Smith-Jones"
  return w
    .toLowerCase()
    .replace(/(^|[-'’/])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase())
    .replace(/^Mc([a-z])/, (_m, c: string) => `Mc${c.toUpperCase()}`);
}

/**
 * Proper case for a name printed in capitals; names already in mixed case are kept.
 *
 * @example properCase("FUTERO, INC.") // → "Futero, Inc."
 */
export function properCase(name: string): string {
  const letters = name.replace(/[^A-Za-z]/g, "");
  if (!letters || /[a-z]/.test(letters.replace(/\b(?:et|al|pro|se|v|vs)\b/g, ""))) {
    if (letters.replace(/[^a-z]/g, "").length > letters.length / 3) return name;
  }
  const words = name.split(/(\s+)/);
  let index = 0;
  return words
    .map((w) => {
      if (/^\s+$/.test(w) || w === "") return w;
      const bare = w.replace(/[,;:]+$/, "");
      const trail = w.slice(bare.length);
      const first = index++ === 0;
      const fixed = FIXED[bare.toUpperCase()];
      if (fixed) return fixed + trail;
      // Initials and abbreviations with inner periods ("U.S.", "J.R.") stay capitals.
      if (/^(?:[A-Za-z]\.){2,}$/.test(bare)) return bare.toUpperCase() + trail;
      if (!first && MINOR.has(bare.toLowerCase())) return bare.toLowerCase() + trail;
      if (/^\d/.test(bare)) return bare.toLowerCase() + trail;
      return capWord(bare) + trail;
    })
    .join("");
}

/**
 * A name's words with a repetition of it cut off, as an electronic signature prints it twice.
 *
 * @example dropRepeatedName(["Alan", "Jay", "Weil", "Alan", "Jay"]) // → ["Alan", "Jay", "Weil"]
 */
export function dropRepeatedName(parts: string[]): string[] {
  for (let k = 2; k + 1 < parts.length; k++) if (parts[k] === parts[0] && parts[k + 1] === parts[1]) return parts.slice(0, k);
  return parts;
}
