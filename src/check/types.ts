/**
 * What `check` asks of an authority database: the cases at a cite, what a reporter's
 * volumes cover, where the next case in a volume starts, and cases by name. Async so a
 * networked database can answer; the SQLite store implements it in `store/authorities.ts`.
 */

/** One cite of a case as the database keeps it: `{ volume: 219, reporter: "F.3d", page: "674" }`. */
export interface KnownCite {
  volume: number;
  reporter: string;
  page: string;
}

/** A case (a CourtListener opinion cluster, or an ingested opinion) with its cites. */
export interface KnownCase {
  id: number;
  caseName: string | null;
  caseNameShort: string | null;
  /** ISO date of decision. */
  dateFiled: string | null;
  /** CourtListener court id (`ca9`), when the docket was loaded. */
  court: string | null;
  docketId: number | null;
  slug: string | null;
  citations: KnownCite[];
}

/** How much of a reporter the database holds. */
export type Coverage = "volume" | "reporter" | "none";

/**
 * @example const cases = await index.casesAt("F.3d", 219, "674"); // [{ caseName: "Ahrenholz v. …", … }]
 */
export interface AuthorityIndex {
  /** Every case holding exactly this cite. */
  casesAt(reporter: string, volume: number, page: string): Promise<KnownCase[]>;
  /** `volume` when some case is held in that volume, `reporter` when only other volumes are, else `none`. */
  coverage(reporter: string, volume: number): Promise<Coverage>;
  /** The first page of the next case in the volume that starts after `page`, or null. */
  nextCaseStart(reporter: string, volume: number, page: number): Promise<number | null>;
  /**
   * Cases filed under any of these name keys (see `nameKeys`); a key matches words it
   * begins. `accept` sees each candidate's names first, so only the cases it keeps are read in full.
   */
  casesNamed(keys: readonly string[], limit: number, accept?: (caseName: string | null, caseNameShort: string | null) => boolean): Promise<KnownCase[]>;
}

/** A cite as printed: `219 F.3d 674`. @example formatCite({ volume: 219, reporter: "F.3d", page: "674" }) // "219 F.3d 674" */
export function formatCite(c: KnownCite): string {
  return `${c.volume} ${c.reporter} ${c.page}`;
}
