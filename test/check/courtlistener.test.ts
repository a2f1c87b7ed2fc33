// Loading CourtListener's bulk files: the COPY CSV format (quoted values, backslash
// escapes, bare NULLs), .bz2, resuming an interrupted load, and bad files refused with
// one clear error.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { CasefileError } from "../../src/model/errors.js";
import { SqliteAuthorityIndex } from "../../src/store/authorities.js";
import { bulkKind, loadCourtListener } from "../../src/store/courtlistener.js";
import { SqliteStore } from "../../src/store/index.js";
import { CITATION_COLUMNS, CLUSTER_COLUMNS, copyCsv, copyValue, writeCourtListener } from "./fixture.js";

const tmp = (name: string) => mkdtempSync(join(tmpdir(), `casefile-cl-${name}-`));

test("bulk file names", () => {
  const table: [string, string | null][] = [
    ["citations-2024-12-31.csv.bz2", "citations"],
    ["opinion-clusters-2024-12-31.csv", "clusters"],
    ["dockets-2024-12-31.csv.bz2", "dockets"],
    ["courts-2024-12-31.csv", "courts"],
    ["opinions-2024-12-31.csv.bz2", null],
    ["citations-2024-12-31.json", null],
  ];
  for (const [name, kind] of table) assert.equal(bulkKind(name), kind, name);
});

test("COPY values: quotes and backslashes escaped, NULL bare, empty string quoted", () => {
  const table: [string | null, string][] = [
    [null, ""],
    ["", '""'],
    ['a "b"', '"a \\"b\\""'],
    ["back\\slash", '"back\\\\slash"'],
  ];
  for (const [value, written] of table) assert.equal(copyValue(value), written, String(value));
});

test("names with quotes, backslashes and new lines load as written; NULL names fall back", async () => {
  const dir = tmp("escapes");
  const rows = [
    { id: 1, case_name: 'O\'Hare "Bud" Corp. v. Back\\slash', case_name_short: "", case_name_full: null, date_filed: "1999-01-02", docket_id: null, headmatter: 'line one\n"two"\\three' },
    { id: 2, case_name: null, case_name_short: null, case_name_full: "Wendell Parks v. Linnea Oster", date_filed: null, docket_id: null, headmatter: null },
    { id: 3, case_name: "", case_name_short: "Short", case_name_full: "Full Name v. Other", date_filed: "2001-05-06", docket_id: 77, headmatter: "" },
  ];
  writeFileSync(join(dir, "opinion-clusters-x.csv"), copyCsv(CLUSTER_COLUMNS, rows));
  const store = SqliteStore.open(":memory:");
  try {
    await loadCourtListener(store.db, [dir]);
    const got = store.db.prepare(`SELECT id, case_name, case_name_short, date_filed, docket_id FROM authority_clusters ORDER BY id`).raw().all();
    assert.deepEqual(got, [
      [1, 'O\'Hare "Bud" Corp. v. Back\\slash', null, "1999-01-02", null],
      [2, "Wendell Parks v. Linnea Oster", null, null, null],
      [3, "Full Name v. Other", "Short", "2001-05-06", 77],
    ]);
  } finally {
    await store.close();
  }
});

/** Everything the authority tables hold, to compare two loads. */
function dump(store: SqliteStore): unknown {
  const all = (sql: string) => store.db.prepare(sql).raw().all();
  return {
    cites: all(`SELECT r.name, volume, page, cluster_id FROM authority_cites c JOIN authority_reporters r ON r.id = c.reporter_id ORDER BY 1, 2, 3, 4`),
    clusters: all(`SELECT id, case_name, court_id FROM authority_clusters ORDER BY id`),
    names: all(`SELECT word, cluster_id FROM authority_names ORDER BY 1, 2`),
  };
}

test("an interrupted load resumes where it stopped and ends as a clean load does", async () => {
  const dir = writeCourtListener(join(tmp("resume"), "bulk"));
  const clean = SqliteStore.open(":memory:");
  await loadCourtListener(clean.db, [dir]);
  const store = SqliteStore.open(join(tmp("resume-db"), "a.db"), { create: true });
  try {
    // Stops inside the clusters file (courts: 4 rows, then clusters), committed two rows at a time.
    const first = await loadCourtListener(store.db, [dir], { batch: 2, stopAfter: 5 });
    assert.deepEqual(first.files.map((f) => [f.kind, f.status]), [["courts", "loaded"], ["clusters", "stopped"]]);
    const second = await loadCourtListener(store.db, [dir], { batch: 2 });
    assert.deepEqual(second.files.map((f) => [f.kind, f.status, f.rows]), [
      ["courts", "already-loaded", 0],
      ["clusters", "resumed", 9],
      ["dockets", "loaded", 14],
      ["citations", "loaded", 17],
    ]);
    assert.deepEqual(dump(store), dump(clean));
  } finally {
    await store.close();
    await clean.close();
  }
});

const hasBzip2 = !spawnSync("bzip2", ["--help"]).error;

test("a .bz2 file loads through bzip2, and resumes by skipping the rows it has", { skip: !hasBzip2 && "bzip2 is not installed" }, async () => {
  const dir = tmp("bz2");
  const rows = Array.from({ length: 50 }, (_, i) => ({ id: i + 1, volume: 300 + (i % 5), reporter: "F.3d", page: String(10 + i * 7), type: 1, cluster_id: 1000 + i }));
  const plain = join(dir, "citations-x.csv");
  writeFileSync(plain, copyCsv(CITATION_COLUMNS, rows));
  assert.equal(spawnSync("bzip2", ["-z", plain]).status, 0);
  const store = SqliteStore.open(join(dir, "a.db"), { create: true });
  try {
    const first = await loadCourtListener(store.db, [join(dir, "citations-x.csv.bz2")], { batch: 8, stopAfter: 20 });
    assert.deepEqual(first.files.map((f) => [f.status, f.rows]), [["stopped", 20]]);
    const second = await loadCourtListener(store.db, [dir], { batch: 8 });
    assert.deepEqual(second.files.map((f) => [f.status, f.rows]), [["resumed", 30]]);
    assert.equal(store.db.prepare(`SELECT count(*) FROM authority_cites`).pluck().get(), 50);
    const idx = new SqliteAuthorityIndex(store.db);
    assert.deepEqual((await idx.casesAt("F.3d", 304, "38")).map((k) => k.id), [1004]);
    assert.equal(await idx.nextCaseStart("F.3d", 304, 38), 73);
  } finally {
    await store.close();
  }
});

test("bad bulk files are refused with one clear error", async () => {
  const dir = tmp("bad");
  writeFileSync(join(dir, "citations-bad.csv"), '"id","vol","rep"\n"1","2","3"\n');
  writeFileSync(join(dir, "citations-torn.csv"), '"id","volume","reporter","page","cluster_id"\n"1","2","F.3d","3","4\n');
  writeFileSync(join(dir, "notes.txt"), "x");
  const table: [string[], string][] = [
    [[join(dir, "citations-bad.csv")], "load.bad-header"],
    [[join(dir, "citations-torn.csv")], "load.bad-csv"],
    [[join(dir, "notes.txt")], "usage.not-bulk-file"],
    [[join(dir, "nope")], "input.not-found"],
    [[tmp("empty")], "input.no-bulk-files"],
  ];
  for (const [paths, code] of table) {
    const store = SqliteStore.open(":memory:");
    await assert.rejects(loadCourtListener(store.db, paths), (err: unknown) => err instanceof CasefileError && err.code === code, code);
    await store.close();
  }
});
