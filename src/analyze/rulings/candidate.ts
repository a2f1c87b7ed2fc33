/**
 * What a parser of deciding sentences returns: a candidate ruling inside one sentence, with
 * the place of its verb and of the request it decides. Refiners turn candidates into rulings.
 */

/** A deciding verb found in a sentence, and where its request lies (offsets into the sentence). */
export interface Found {
  verb: string;
  at: number;
  objectStart: number;
  objectEnd: number;
  passive: boolean;
  /** What a magistrate judge recommends, not what the court decides. */
  recommended?: boolean;
  /** An appellate court's act on the judgment below ("we affirm"). */
  appellate?: boolean;
}

/**
 * One form of deciding sentence: `extract` returns the candidates it recognizes in the
 * sentence, or `null` to decline.
 */
export interface RulingParser {
  name: string;
  extract(sentence: string): Found[] | null;
}
