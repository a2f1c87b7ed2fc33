/**
 * Every request's time budget: past it the request is answered 503 at once, whatever the
 * handler is still waiting on (a query in a worker, PostgreSQL, a read). The work itself is
 * stopped by its own budget: a query worker or a reading worker is ended past it.
 */
import type { Context, MiddlewareHandler } from "hono";
import { CasefileError, EXIT } from "../model/errors.js";

/**
 * The middleware; `msFor` gives a request its budget in milliseconds.
 *
 * @example app.use("*", timeBudget(() => 30_000))
 */
export function timeBudget(msFor: (c: Context) => number): MiddlewareHandler {
  return async (c, next) => {
    const ms = msFor(c);
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<"expired">((resolve) => {
      timer = setTimeout(() => resolve("expired"), ms);
    });
    const ran = next().then(() => "done" as const);
    const first = await Promise.race([ran, expired]);
    clearTimeout(timer);
    if (first === "expired") {
      // The handler goes on in the background; what it answers then is dropped.
      ran.catch(() => undefined);
      throw new CasefileError("request.timeout", `the request took longer than ${ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`} and was stopped`, EXIT.SOFTWARE, 503);
    }
  };
}
