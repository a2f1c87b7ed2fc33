/**
 * What keeps other web pages out of a server on the user's machine: a `Host` that is not
 * the server's own name or a loopback address is refused (DNS rebinding), a write sent from
 * another origin is refused (a page may POST `text/plain` cross-site with no preflight), and
 * the upload form carries a token only this process can make.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { hostname, networkInterfaces } from "node:os";
import type { Context, Next } from "hono";
import { isApiPath, problem } from "./problem.js";

const WRITES: ReadonlySet<string> = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** `localhost`, `127.0.0.1` … `127.255.255.254`, `::1`: names that never leave the machine. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h.endsWith(".localhost") || h === "::1" || /^127(?:\.\d{1,3}){3}$/.test(h);
}

/**
 * The names a request may carry in `Host` besides loopback ones: the address listened on,
 * and for a wildcard address the machine's own name and interface addresses.
 *
 * @example ownHostNames("0.0.0.0") // → ["myhost", "192.168.1.5", …]
 */
export function ownHostNames(listenHost: string): string[] {
  const h = listenHost.replace(/^\[|\]$/g, "").toLowerCase();
  if (h !== "0.0.0.0" && h !== "::") return [h];
  const out = [hostname().toLowerCase()];
  for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) out.push(a.address.toLowerCase());
  return out;
}

export interface GuardOptions {
  /** Host names accepted besides loopback ones (see `ownHostNames`). */
  allowedHosts?: readonly string[];
  /** Origins whose writes are accepted besides the server's own (those CORS is configured for). */
  allowedOrigins?: readonly string[];
}

/**
 * The middleware: 403 for a foreign `Host`, and for a write whose `Origin` (or
 * `Sec-Fetch-Site`) says another site sent it. Clients that send neither (curl, scripts) pass.
 *
 * @example app.use("*", requestGuard({ allowedHosts: ["casefile.internal"] }))
 */
export function requestGuard(options: GuardOptions = {}) {
  const allowed = new Set((options.allowedHosts ?? []).map((h) => h.toLowerCase()));
  const origins = new Set(options.allowedOrigins ?? []);
  return async (c: Context, next: Next) => {
    const url = new URL(c.req.url);
    const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
    if (!isLoopback(host) && !allowed.has(host)) return refuse(c, "host.not-allowed", `requests for host "${host}" are not served here`);
    if (WRITES.has(c.req.method)) {
      const origin = c.req.header("origin");
      if (origin !== undefined && origin !== url.origin && !origins.has(origin)) return refuse(c, "origin.not-allowed", "a write from another origin is refused");
      if (origin === undefined && c.req.header("sec-fetch-site") === "cross-site") return refuse(c, "origin.not-allowed", "a write from another site is refused");
    }
    await next();
  };
}

function refuse(c: Context, code: string, message: string): Response {
  if (isApiPath(c.req.path)) return problem(c, 403, code, message);
  return c.text(message, 403);
}

/**
 * The upload form's token: an HMAC of the form's name under a secret made when the process
 * starts. A page elsewhere cannot read it (the same-origin rule, and the Host check against
 * rebinding), so it cannot post the form.
 *
 * @example const csrf = formTokens(); csrf.check(csrf.token("upload")) // → true
 */
export function formTokens(secret: Uint8Array = randomBytes(32)) {
  const token = (form: string) => createHmac("sha256", secret).update(`casefile-form:${form}`).digest("base64url");
  return {
    token,
    check(value: unknown, form = "upload"): boolean {
      if (typeof value !== "string") return false;
      const a = Buffer.from(value);
      const b = Buffer.from(token(form));
      return a.length === b.length && timingSafeEqual(a, b);
    },
  };
}

export type FormTokens = ReturnType<typeof formTokens>;
