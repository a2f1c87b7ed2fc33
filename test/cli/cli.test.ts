// The command line as a user meets it: bad input gets one clear line and a sysexits
// code, never a stack trace; good input gets the contract or a readable summary.
// Runs the built CLI (`npm test` builds first).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { renderScan } from "../fixtures/pdf/scan.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const bin = join(root, "bin", "casefile.js");
const seed = join(root, "examples", "linlor-v-futero.txt");
const dir = mkdtempSync(join(tmpdir(), "casefile-cli-"));

function casefile(args: string[], input?: string | Buffer, timeout = 60_000) {
  assert.ok(existsSync(join(root, "dist", "cli", "index.js")), "dist/ is missing: run `npm run build` first");
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: "utf8", cwd: root, timeout });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

const badInputs: [string, () => string[], number, RegExp][] = [
  ["a missing file", () => ["read", join(dir, "nope.pdf")], 66, /no such file/],
  ["a directory", () => ["read", dir], 66, /is a directory/],
  ["an empty file", () => ["read", file("empty.txt", "")], 65, /empty/],
  ["binary bytes", () => ["read", file("noise.bin", Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)))], 65, /binary|not a text/],
  ["a PDF cut short", () => ["read", file("cut.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog")], 65, /PDF/],
  ["an unknown command", () => ["frobnicate"], 64, /unknown command/],
  ["an unknown option", () => ["read", seed, "--frob"], 64, /unknown option/],
  ["a missing argument", () => ["read"], 64, /missing required argument/],
  ["an annotate URL template with no part to fill", () => ["cite", seed, "--annotate", "--url-template", "https://x.test/"], 64, /--url-template needs/],
];

for (const [what, args, code, message] of badInputs) {
  test(`${what}: one clear line, exit ${code}`, () => {
    const r = casefile(args());
    assert.equal(r.code, code, r.err);
    assert.match(r.err, message);
    assert.doesNotMatch(r.err, /\n\s+at /, "no stack trace");
    assert.equal(r.out, "");
  });
}

test("cite --annotate prints the seed as an HTML page, each case linked and each citation marked", () => {
  const r = casefile(["cite", seed, "--annotate", "--url-template", "https://cases.test/{reporter}/{volume}/{page}#{pin}"]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^<!doctype html>/);
  assert.match(r.out, /<a class="cite cite-case" href="https:\/\/cases\.test\/F\.2d\/673\/1020#[^"]*"[^>]*>673 F\.2d 1020/);
  const json = JSON.parse(casefile(["cite", seed]).out) as unknown[];
  assert.equal((r.out.match(/class="cite cite-/g) ?? []).length, json.length, "one mark per citation");
});

test("read --json prints the casefile/1 contract of the seed order", () => {
  const r = casefile(["read", seed, "--json"]);
  assert.equal(r.code, 0, r.err);
  const reading = JSON.parse(r.out);
  assert.equal(reading.schema, "casefile/1");
  assert.equal(reading.source.format, "text");
  assert.equal(reading.caption.court.id, "casd");
  assert.equal(reading.date, "2018-04-05");
});

test("read - reads standard input", () => {
  const r = casefile(["read", "-", "--json", "--compact"], "Doc. No. 12 is denied. See 845 F.2d 205, 206 (9th Cir. 1988).\n");
  assert.equal(r.code, 0, r.err);
  const reading = JSON.parse(r.out);
  assert.equal(reading.source.path, "-");
  assert.ok(reading.citations.some((c: { kind: string; page: string }) => c.kind === "case" && c.page === "205"));
});

test("text that is no court document reads as an empty but valid reading", () => {
  const r = casefile(["read", file("recipe.txt", "Mix two cups of flour with one egg.\nBake for 20 minutes.\n"), "--json"]);
  assert.equal(r.code, 0, r.err);
  const reading = JSON.parse(r.out);
  assert.deepEqual([reading.citations.length, reading.rulings.length, reading.caption.court], [0, 0, null]);
});

test("the summary puts the decision first", () => {
  const r = casefile(["read", seed]);
  assert.equal(r.code, 0, r.err);
  const decided = r.out.indexOf("DECIDED");
  assert.ok(decided > 0 && decided < r.out.indexOf("HISTORY") && r.out.indexOf("HISTORY") < r.out.indexOf("AUTHORITIES"));
  assert.match(r.out, /DENIED AS MOOT\s+Plaintiff's request to stay/);
  assert.match(r.out, /Tripati v\. Henman, 845 F\.2d 205, 206 n\.1 \(9th Cir\. 1988\)\s+p\.2 l\.28/);
});

test("cite --jsonl answers every line in order and reports bad lines", () => {
  const input = [
    JSON.stringify({ id: "a", text: "See 554 U.S. 471, 485 (2008)." }),
    "not json",
    JSON.stringify({ id: "b", text: "Fed. R. Civ. P. 59(e); 28 U.S.C. § 1292(b)." }),
    JSON.stringify({ id: "c", text: "Nothing here." }),
    JSON.stringify({ id: "d", text: "State v. Dze, 3 U.S. 22 (1800). In Doe at 122.", names: { "3 U.S. 22": "Doe" } }),
  ].join("\n");
  const r = casefile(["cite", "--jsonl"], input);
  assert.equal(r.code, 65);
  assert.match(r.err, /line 2: not JSON/);
  const lines = r.out.trim().split("\n").map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.id), ["a", "b", "c", "d"]);
  assert.deepEqual(lines[0].citations.map((c: { reporter: string }) => c.reporter), ["U.S."]);
  assert.deepEqual(lines[1].citations.map((c: { kind: string }) => c.kind), ["rule", "statute"]);
  assert.deepEqual(lines[2].citations, []);
  // `names` gives short names known from elsewhere: the reference is found and resolved by it.
  assert.deepEqual(lines[3].citations.map((c: { kind: string; antecedent: number | null }) => [c.kind, c.antecedent]), [["case", null], ["reference", 0]]);
});

test("read --fail-on warning exits 1 when a citation looks wrong, 0 when none does", () => {
  const wrong = file("wrong-year.txt", "Plaintiff relies on Smith v. Jones, 845 F.2d 205, 206 (9th Cir. 1850).\n");
  const r = casefile(["read", wrong, "--json", "--fail-on", "warning"]);
  assert.equal(r.code, 1, r.err);
  assert.ok(JSON.parse(r.out).findings.some((f: { code: string }) => f.code === "cite.year-out-of-range"));
  const right = file("right-year.txt", "Plaintiff relies on Smith v. Jones, 845 F.2d 205, 206 (9th Cir. 1988).\n");
  assert.equal(casefile(["read", right, "--json", "--fail-on", "warning"]).code, 0);
});

test("read reads a scanned PDF by OCR, and --no-ocr leaves it unread and says so", async () => {
  const scan = file("scan.pdf", Buffer.from(await renderScan([{ lines: [{ text: "ORDER ON THE MOTION TO STAY", x: 160, y: 120 }, { text: "IT IS SO ORDERED.", x: 108, y: 200 }] }], { dpi: 200 })));
  const off = casefile(["read", scan, "--json", "--no-ocr", "--fail-on", "error"]);
  assert.equal(off.code, 1, off.err);
  assert.ok(JSON.parse(off.out).findings.some((f: { code: string; severity: string }) => f.code === "pdf.no-text-layer" && f.severity === "error"));
  const on = casefile(["read", scan, "--json"], undefined, 180_000);
  assert.equal(on.code, 0, on.err);
  const reading = JSON.parse(on.out);
  assert.match(reading.text, /^ORDER ON THE MOTION TO STAY\n/);
  assert.match(reading.text, /SO ORDERED\.$/);
  assert.ok(reading.findings.some((f: { code: string; message: string }) => f.code === "pdf.ocr" && /mean word confidence \d+%/.test(f.message)));
});
