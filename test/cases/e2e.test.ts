import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { CASE_COURT, CASE_KEY, CASE_NUMBER, writeCaseInputs } from "./fixture.js";

const bin = new URL("../../bin/casefile.js", import.meta.url).pathname;
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });

interface CaseJson {
  court: string;
  caseNumber: string;
  title: string | null;
  judge: string | null;
  dateFiled: string | null;
  entries: { number: string | null; documents: { id: number; path: string; kind: string | null; title: string | null }[]; rulings: unknown[] }[];
  rulings: { disposition: string; request: string; entry: string | null; motionEntry: string | null; filed: string | null; decided: string | null; daysToDecision: number | null }[];
  pendingMotions: { entry: string; description: string; filed: string | null }[];
}

test("a docket report and its stamped order in one store: `case --json` links entry 50 to the PDF and the denial of motion 49", async () => {
  assert.ok(existsSync(new URL("../../dist/cli/index.js", import.meta.url)), "dist/ is missing: run `npm run build` first");
  const dir = mkdtempSync(join(tmpdir(), "casefile-case-"));
  const { docket, order } = await writeCaseInputs(dir);
  const db = join(dir, "case.db");
  // The order first: the docket that arrives later still finds it by its stamp.
  for (const file of [order, docket]) {
    const ingest = run("ingest", file, "--db", db, "--jobs", "1");
    assert.equal(ingest.status, 0, ingest.stderr);
  }
  // Any printed form of the number finds the case.
  for (const number of [CASE_NUMBER, CASE_KEY, "19cv4417-RQT (ALB)"]) {
    const r = run("case", CASE_COURT, number, "--db", db, "--json");
    assert.equal(r.status, 0, `${number}: ${r.stderr}`);
    const c = JSON.parse(r.stdout) as CaseJson;
    assert.equal(c.caseNumber, CASE_KEY);
    assert.deepEqual(Object.keys(c), ["court", "caseNumber", "title", "judge", "parties", "dateFiled", "dateTerminated", "entries", "rulings", "pendingMotions"]);
    assert.equal(c.title, "Quillfeather v. Marrowgate Logistics, Inc. et al");
    assert.equal(c.judge, "Rowena Q. Tallis");
    assert.equal(c.dateFiled, "2019-03-04");
    const fifty = c.entries.find((e) => e.number === "50");
    assert.deepEqual(
      fifty?.documents.map((d) => [d.path, d.kind]),
      [[order, "order"]],
    );
    const denial = c.rulings.find((r) => r.motionEntry === "49");
    assert.deepEqual(denial && { ...denial, request: undefined }, {
      disposition: "denied",
      request: undefined,
      entry: "50",
      motionEntry: "49",
      filed: "2019-08-01",
      decided: "2019-08-14",
      daysToDecision: 13,
    });
    // One ruling per decided motion: the order's own and the docket line's are the same decision.
    assert.deepEqual(
      c.rulings.map((r) => [r.entry, r.motionEntry, r.disposition, r.daysToDecision]),
      [
        ["20", "12", "granted", 21],
        ["50", "49", "denied", 13],
      ],
    );
    assert.deepEqual(
      c.pendingMotions.map((p) => [p.entry, p.filed]),
      [["51", "2019-09-03"]],
    );
  }

  const text = run("case", CASE_COURT, CASE_KEY, "--db", db);
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, /^Quillfeather v\. Marrowgate Logistics, Inc\. et al\ncourt casd · case 3:19-cv-04417 · judge Rowena Q\. Tallis\n/);
  assert.match(text.stdout, /\n +50 {2}2019-08-14 {2}2019-08-14 {2}ORDER DENYING[^\n]*\n +↳ document #\d+ order {2}[^\n]*order-50\.pdf\n +↳ denied {2}[^\n]*\(motion 49, filed 2019-08-01; 13 days\)\n/);
  assert.match(text.stdout, /\npending motions: 1\n +51 {2}2019-09-03 {2}MOTION to Compel/);

  const list = run("cases", "--db", db, "--pending", "--json");
  assert.equal(list.status, 0, list.stderr);
  assert.deepEqual(
    (JSON.parse(list.stdout) as { id: string; documents: number; entries: number; pendingMotions: number }[]).map((c) => [c.id, c.documents, c.entries, c.pendingMotions]),
    [["casd:3:19-cv-04417", 2, 6, 1]],
  );
  assert.match(run("cases", "--db", db, "--judge", "tallis").stdout, /^1 case\n/);
  assert.match(run("cases", "--db", db, "--court", "nysd").stdout, /^0 cases\n/);

  // An unknown case: one line, exit 66 (no input).
  const missing = run("case", CASE_COURT, "3:19-cv-09999", "--db", db);
  assert.equal(missing.status, 66);
  assert.equal(missing.stdout, "");
  assert.match(missing.stderr, /^casefile: no case 3:19-cv-09999 of court casd in .*case\.db\n$/);
});
