/**
 * `POST /api/rest/v4/citation-lookup/`, shaped like CourtListener's: form fields `text`,
 * or `volume`, `reporter` and `page` (a JSON body with the same keys works too); answers a
 * JSON list, one object per citation.
 */
import type { Hono } from "hono";
import type { AuthorityIndex } from "../check/types.js";
import { lookupParts, lookupText } from "../check/lookup.js";
import { CasefileError, EXIT } from "../model/errors.js";
import { SqliteAuthorityIndex } from "../store/authorities.js";
import { PgAuthorityIndex } from "../store/authorities-pg.js";
import { PgStore } from "../store/pg.js";
import { SqliteStore } from "../store/sqlite.js";
import type { Store } from "../store/types.js";
import { readBody } from "./upload.js";

/** Largest request body the lookup reads: a long brief's text. */
export const MAX_LOOKUP_BYTES = 5 * 1024 * 1024;

/** Reads the request's fields from a form (urlencoded or multipart) or JSON body. */
async function fields(req: Request): Promise<Record<string, string>> {
  const type = (req.headers.get("content-type") ?? "").toLowerCase();
  const bytes = await readBody(req, MAX_LOOKUP_BYTES);
  const body = new TextDecoder().decode(bytes);
  if (type.includes("application/json")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      throw new CasefileError("bad-request", "the body is not JSON", EXIT.USAGE, 400);
    }
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new CasefileError("bad-request", "the JSON body must be an object", EXIT.USAGE, 400);
    return Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === "string" || typeof v === "number").map(([k, v]) => [k, String(v)]));
  }
  if (type.includes("multipart/form-data")) {
    const form = await new Request("http://local/", { method: "POST", headers: { "content-type": req.headers.get("content-type")! }, body: bytes }).formData();
    return Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string") as [string, string][]);
  }
  return Object.fromEntries(new URLSearchParams(body));
}

/** The authority index of a store, SQLite or PostgreSQL. */
function indexOf(store: Store): AuthorityIndex | null {
  if (store instanceof SqliteStore) return new SqliteAuthorityIndex(store.db);
  if (store instanceof PgStore) return new PgAuthorityIndex(store.pool);
  return null;
}

/**
 * Adds the citation-lookup route to an app.
 *
 * @example registerCitationLookup(app, store); await app.request("/api/rest/v4/citation-lookup/", { method: "POST", body: form })
 */
export function registerCitationLookup(app: Hono, store: Store, index: AuthorityIndex | null = indexOf(store)): void {
  const route = async (req: Request) => {
    if (!index) throw new CasefileError("lookup.unavailable", "this store keeps no authority database", EXIT.SOFTWARE, 501);
    const f = await fields(req);
    if (f.text !== undefined) {
      if (!f.text.trim()) return [];
      return lookupText(index, f.text);
    }
    if (f.volume && f.reporter && f.page) return lookupParts(index, f.volume, f.reporter, f.page);
    throw new CasefileError("bad-request", "send text, or volume, reporter and page", EXIT.USAGE, 400);
  };
  // CourtListener's clients write the trailing slash; the description names the path without it.
  for (const path of ["/api/rest/v4/citation-lookup/", "/api/rest/v4/citation-lookup"]) app.post(path, async (c) => c.json(await route(c.req.raw)));
}
