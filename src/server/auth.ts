/**
 * The optional API key and per-key rate limits. Keys come from a file (`casefile serve
 * --api-key-file FILE`): one key a line, optionally followed by its own limit in requests
 * per minute (`k3y-for-the-clerk 120`); blank lines and `#` comments are skipped. A client
 * sends its key as `X-API-Key: KEY` (or `Authorization: Bearer KEY`). A request without a
 * valid key gets 401; one over its key's limit gets 429 with `Retry-After`.
 *
 * Off by default on a loopback address; `startServer` requires keys when the server listens
 * on any other address unless told not to. `/openapi.json` is always public.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Context, Next } from "hono";
import { CasefileError, EXIT } from "../model/errors.js";
import { problem } from "./problem.js";

/** Requests per minute a key may make when its line names no limit. */
export const DEFAULT_RATE_PER_MINUTE = 600;
const MIN_KEY_LENGTH = 16;

export interface ApiKey {
  key: string;
  /** Requests per minute. */
  perMinute: number;
}

/**
 * Reads a key file; a key shorter than 16 characters, or a bad limit, is a usage error.
 *
 * @example parseApiKeys("# clerk\nk3y-for-the-clerk-0001 120\n") // → [{ key: "k3y-for-the-clerk-0001", perMinute: 120 }]
 */
export function parseApiKeys(text: string, name = "the API key file"): ApiKey[] {
  const keys: ApiKey[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*$/, "").trim();
    if (!line) return;
    const [key, limit, ...rest] = line.split(/\s+/);
    const where = `${name}, line ${i + 1}`;
    if (rest.length) throw new CasefileError("serve.api-key-file", `${where}: write a key and, optionally, its requests per minute`, EXIT.USAGE, 400);
    if (key.length < MIN_KEY_LENGTH) throw new CasefileError("serve.api-key-file", `${where}: a key must be at least ${MIN_KEY_LENGTH} characters`, EXIT.USAGE, 400);
    if (limit !== undefined && !/^[1-9]\d{0,6}$/.test(limit)) throw new CasefileError("serve.api-key-file", `${where}: the limit must be requests per minute, 1 or more`, EXIT.USAGE, 400);
    keys.push({ key, perMinute: limit === undefined ? DEFAULT_RATE_PER_MINUTE : Number(limit) });
  });
  if (keys.length === 0) throw new CasefileError("serve.api-key-file", `${name} holds no key`, EXIT.USAGE, 400);
  return keys;
}

/** @example readApiKeyFile("keys.txt") */
export function readApiKeyFile(path: string): ApiKey[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new CasefileError("serve.api-key-file", `cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? "error"}`, EXIT.NO_INPUT, 400);
  }
  return parseApiKeys(text, path);
}

const digest = (key: string) => createHash("sha256").update(key).digest("base64");

/**
 * The middleware: 401 without a known key, 429 past the key's limit. Each key's budget is a
 * token bucket that refills at its rate, holding at most one minute's worth.
 *
 * @example app.use("*", apiKeyGuard(parseApiKeys(file)))
 */
export function apiKeyGuard(keys: readonly ApiKey[], now: () => number = Date.now) {
  // Looked up by digest, so no comparison runs over the secret itself.
  const known = new Map(keys.map((k) => [digest(k.key), k]));
  const buckets = new Map<string, { tokens: number; at: number }>();
  return async (c: Context, next: Next) => {
    if (c.req.path === "/openapi.json" || c.req.method === "OPTIONS") return next();
    const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header("authorization") ?? "")?.[1];
    const given = c.req.header("x-api-key") ?? bearer;
    const id = given === undefined ? undefined : digest(given);
    const key = id === undefined ? undefined : known.get(id);
    if (!key || id === undefined) {
      return problem(c, 401, given === undefined ? "auth.key-required" : "auth.key-unknown", given === undefined ? "send an API key in the X-API-Key header" : "the API key is not one this server knows", {
        "WWW-Authenticate": 'Bearer realm="casefile"',
      });
    }
    const t = now();
    const capacity = key.perMinute;
    const bucket = buckets.get(id) ?? { tokens: capacity, at: t };
    bucket.tokens = Math.min(capacity, bucket.tokens + ((t - bucket.at) * capacity) / 60_000);
    bucket.at = t;
    buckets.set(id, bucket);
    if (bucket.tokens < 1) {
      const wait = Math.max(1, Math.ceil(((1 - bucket.tokens) * 60_000) / capacity / 1000));
      return problem(c, 429, "rate-limited", `this key may make ${capacity} requests a minute; try again in ${wait} s`, { "Retry-After": String(wait) });
    }
    bucket.tokens -= 1;
    await next();
    c.header("RateLimit-Limit", String(capacity));
    c.header("RateLimit-Remaining", String(Math.floor(bucket.tokens)));
  };
}
