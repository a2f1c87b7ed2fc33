/**
 * What the API and the viewer accept in a URL: row ids and ISO dates, checked before
 * anything reaches the store.
 */
import { CasefileError, EXIT } from "../model/errors.js";

// A row id as it appears in a path: "12".
const ROW_ID = /^\d{1,15}$/;
// An ISO calendar date: "2018-04-05".
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// A page size or offset: "20".
const COUNT = /^\d{1,9}$/;

/**
 * A path parameter that must be a positive row id; anything else is a 404.
 *
 * @example rowId("12") // → 12
 */
export function rowId(value: string | undefined): number {
  if (!value || !ROW_ID.test(value) || Number(value) < 1) throw new CasefileError("not-found", "no such item", EXIT.NO_INPUT, 404);
  return Number(value);
}

/** @example isIsoDate("2018-04-05") // → true */
export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value);
}

/** @example isCount("20") // → true */
export function isCount(value: string): boolean {
  return COUNT.test(value);
}
