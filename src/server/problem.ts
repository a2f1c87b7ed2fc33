/**
 * Errors as RFC 9457 problem details (`application/problem+json`): `type` (a URN naming
 * the kind), `title`, `status`, `detail` (what to change), `instance` (the request's path
 * and query), and `code`, casefile's stable error code, as an extension member.
 */
import type { Context } from "hono";
import type { ZodError } from "zod";

const TITLES: Record<number, string> = {
  400: "Bad request",
  401: "API key required",
  403: "Forbidden",
  404: "Not found",
  405: "Method not allowed",
  413: "Content too large",
  415: "Unsupported media type",
  422: "Unprocessable content",
  429: "Too many requests",
  500: "Internal error",
  501: "Not implemented",
  503: "Service unavailable",
};

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
}

/** @example problemBody(c, 400, "bad-request", "kind: must be one of …") */
export function problemBody(c: Context, status: number, code: string, detail: string): ProblemBody {
  const url = new URL(c.req.url);
  return { type: `urn:casefile:problem:${code}`, title: TITLES[status] ?? "Error", status, detail, instance: url.pathname + url.search, code };
}

/**
 * A problem response; `headers` adds e.g. `Allow` or `Retry-After`.
 *
 * @example return problem(c, 404, "not-found", "no such document")
 */
export function problem(c: Context, status: number, code: string, detail: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problemBody(c, status, code, detail)), {
    status,
    headers: { "content-type": "application/problem+json", ...headers },
  });
}

/** Whether a path is the API's (answered in JSON) rather than the viewer's (HTML). */
export const isApiPath = (path: string): boolean => path.startsWith("/api/") || path === "/openapi.json";

/**
 * One sentence per failed check, naming the parameter and what it was given:
 * `kind: must be one of case, statute … (got "cases")`, `unknown query parameter "foo"`.
 */
export function validationDetail(error: ZodError, target: string, given: (key: string) => string | undefined, allowed: readonly string[] = []): string {
  const where = target === "param" ? "path parameter" : target === "query" ? "query parameter" : target;
  const parts: string[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      const keys = (issue as { keys: string[] }).keys;
      const takes = allowed.length ? `; this endpoint takes ${allowed.join(", ")}` : "";
      parts.push(`unknown ${where}${keys.length > 1 ? "s" : ""} ${keys.map((k) => `"${k}"`).join(", ")}${takes}`);
      continue;
    }
    const key = issue.path.map(String).join(".");
    let message = issue.message;
    if (issue.code === "invalid_value" && "values" in issue) message = `must be one of ${(issue.values as unknown[]).join(", ")}`;
    if (issue.code === "invalid_type" && issue.expected === "string" && given(key) === undefined && key) message = "is required";
    if (issue.code === "invalid_type" && issue.expected === "string" && given(key) !== undefined) message = "must be given once";
    const value = key ? given(key) : undefined;
    const shown = value === undefined || value === "" ? "" : ` (got "${value.length > 60 ? value.slice(0, 60) + "…" : value}")`;
    parts.push(`${key || where}: ${message}${shown}`);
  }
  return parts.join("; ") || `invalid ${where}`;
}
