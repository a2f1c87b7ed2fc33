/**
 * Many documents: storage, full-text search, the citation graph and ruling statistics.
 *
 * @example const store = openStore("casefile.db"); const { hits } = await store.search("stay");
 */
export * from "./types.js";
export { SqliteStore, storeError, type SqliteStoreOptions, type ParseCitations } from "./sqlite.js";
export { authorityOf, rootOf, caseRef, statuteRef, ruleRef, recordRef, type AuthorityRef } from "./authority-key.js";
export { toFtsQuery, parseSearch, ftsExpression, type ParsedSearch, type SearchGroup, type SearchTerm } from "./fts-query.js";
export { MIGRATIONS, migrate, schemaVersion, type Migration } from "./migrations.js";
export { PgStore, isPostgresUrl, redactUrl, type PgStoreOptions } from "./pg.js";
export { PG_MIGRATIONS } from "./pg-migrations.js";
import { isPostgresUrl, PgStore } from "./pg.js";
import { SqliteStore, type SqliteStoreOptions } from "./sqlite.js";
import type { Store } from "./types.js";

/**
 * Opens the default store for a path.
 *
 * @example const store = openStore("casefile.db", { create: true });
 */
export function openStore(path: string, options: SqliteStoreOptions = {}): Store {
  return SqliteStore.open(path, options);
}

/**
 * Opens the store a `--db` value names: a `postgres://` URL opens the PostgreSQL store,
 * anything else is an SQLite file.
 *
 * @example const store = await openAnyStore(process.env.CASEFILE_DB ?? "casefile.db", { readOnly: true });
 */
export async function openAnyStore(db: string, options: SqliteStoreOptions & { maxConnections?: number } = {}): Promise<Store> {
  if (isPostgresUrl(db)) return PgStore.open(db, options);
  return SqliteStore.open(db, options);
}
