/**
 * Cursor paging, as CourtListener pages its lists: each page is `{ count, next, previous,
 * results }`, and `next`/`previous` are URLs carrying an opaque `cursor`. A cursor names
 * where a page starts; clients follow the URLs and never build one.
 */
import type { Context } from "hono";
import { CasefileError, EXIT } from "../model/errors.js";

/** Farthest a list may be paged into. */
const MAX_OFFSET = 1_000_000;
const CURSOR = /^o(\d{1,7})$/;

/** @example encodeCursor(40) // → "bzQw" */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o${offset}`).toString("base64url");
}

/**
 * Where the page a cursor names starts; a cursor this server did not make is a 400.
 *
 * @example decodeCursor(encodeCursor(40)) // → 40
 */
export function decodeCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const m = /^[A-Za-z0-9_-]{1,16}$/.test(cursor) ? CURSOR.exec(Buffer.from(cursor, "base64url").toString("latin1")) : null;
  if (!m || Number(m[1]) > MAX_OFFSET) throw new CasefileError("bad-request", "cursor: not one this server made; follow the next or previous URL of a page", EXIT.USAGE, 400);
  return Number(m[1]);
}

/**
 * A page's links: the request's own URL with the cursor of the page after and before.
 *
 * @example const { next, previous } = pageLinks(c, 20, 20, 45)
 */
export function pageLinks(c: Context, offset: number, limit: number, count: number): { next: string | null; previous: string | null } {
  const at = (o: number) => {
    const url = new URL(c.req.url);
    if (o <= 0) url.searchParams.delete("cursor");
    else url.searchParams.set("cursor", encodeCursor(o));
    return url.toString();
  };
  return {
    next: offset + limit < count && offset + limit <= MAX_OFFSET ? at(offset + limit) : null,
    previous: offset > 0 ? at(Math.max(0, Math.min(offset, count) - limit)) : null,
  };
}
