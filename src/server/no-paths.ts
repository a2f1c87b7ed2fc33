/**
 * No disk path leaves the server: every `path` field of an API answer (a stored document's
 * source, a search hit, a case's documents) is cut to its file name. A document is named by
 * its id, title and file name only (issue 14, item 3).
 */
import type { MiddlewareHandler } from "hono";

/** The last segment of a path written with `/` or `\`. */
export function fileNameOf(path: string): string {
  const cut = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  return cut >= 0 ? path.slice(cut + 1) : path;
}

/**
 * A copy of a JSON value whose `path` strings are file names.
 *
 * @example withoutDiskPaths({ source: { path: "/srv/orders/a.pdf" } }) // → { source: { path: "a.pdf" } }
 */
export function withoutDiskPaths(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDiskPaths);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = key === "path" && typeof v === "string" ? fileNameOf(v) : withoutDiskPaths(v);
  return out;
}

/** Rewrites the JSON answers of the routes it guards; other answers pass as they are. */
export function noDiskPaths(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const type = c.res.headers.get("content-type") ?? "";
    if (!/^application\/json\b/.test(type)) return;
    const text = await c.res.clone().text();
    if (!text.includes('"path"')) return;
    const headers = new Headers(c.res.headers);
    const status = c.res.status;
    headers.delete("content-length");
    // Hono copies the old answer's headers onto a new one; the old length would be wrong, so
    // the old answer is dropped first and the new one carries its own headers.
    c.res = undefined as unknown as Response;
    c.res = new Response(JSON.stringify(withoutDiskPaths(JSON.parse(text))), { status, headers });
  };
}
