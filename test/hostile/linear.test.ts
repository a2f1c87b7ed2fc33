// Every path the adversarial probe of issue 14 found quadratic, now linear: each repeated
// pattern is read at n and 8n, and the work must grow about 8 times, not 64 (see growth.ts).
// Where the work can be counted (characters searched, array reads) it is counted instead.
import assert from "node:assert/strict";
import { test } from "node:test";
import { docketsIn } from "../../src/analyze/dockets.js";
import { findCitations } from "../../src/cite/index.js";
import { htmlToPages } from "../../src/ingest/html.js";
import type { Citation, Reading } from "../../src/model/types.js";
import { read } from "../../src/read.js";
import { antecedentsCheck } from "../../src/verify/antecedents.js";
import { growth } from "./growth.js";

const bytes = (s: string) => new TextEncoder().encode(s);
const repeat = (unit: string) => (kb: number) => unit.repeat(Math.ceil((kb * 1000) / unit.length));

test("stray '<' in HTML: the next '>' is searched for once, not once per '<'", () => {
  const original = String.prototype.indexOf;
  for (const [n, expected] of [
    [2_000, "a < b"],
    [16_000, "a < b"],
  ] as const) {
    const html = `<p>${"a < b ".repeat(n)}</p>`;
    let scanned = 0;
    String.prototype.indexOf = function (this: string, search: string, from = 0) {
      const at = original.call(this, search, from);
      if (search === ">") scanned += (at < 0 ? this.length : at) - from;
      return at;
    };
    let text: string;
    try {
      text = htmlToPages(html)[0].lines[0].text;
    } finally {
      String.prototype.indexOf = original;
    }
    assert.ok(text.startsWith(expected));
    assert.ok(scanned <= 2 * html.length, `${n} stray '<': ${scanned} characters searched for '>' in ${html.length}`);
  }
});

test("short forms with no full cite: one look at the citations each, not a search per short form", async () => {
  const r = await read({ path: "pins.txt", bytes: bytes("845 F.2d at 206, ".repeat(2000)) });
  assert.ok(r.citations.length >= 1900);
  let reads = 0;
  const counted = new Proxy(r.citations, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  const findings = antecedentsCheck.run({ ...r, citations: counted } as Reading);
  assert.equal(findings.length, r.citations.length, "each short form is reported");
  assert.ok(reads <= 4 * r.citations.length, `${reads} reads of ${r.citations.length} citations`);
});

test("a short form before its full cite is still told so", async () => {
  const r = await read({ path: "order.txt", bytes: bytes("See Tripati, 845 F.2d at 206. Later: Tripati v. Henman, 845 F.2d 205 (9th Cir. 1988).") });
  const f = antecedentsCheck.run(r);
  assert.equal(f.length, 1);
  assert.match(f[0].message, /comes before the full citation/);
});

test("docket numbers of a long list: linear in the count of mentions", async () => {
  const record = (n: number): { text: string; citations: Citation[] } => {
    const text = "ECF No. 12, ".repeat(n);
    return { text, citations: findCitations(text).map((c) => ({ ...c, loc: { page: 1, line: 1 } })) };
  };
  const small = record(10);
  assert.deepEqual(
    docketsIn(small.text, { start: 0, end: small.text.length }, small.citations).map((d) => d.document),
    Array(10).fill("12"),
    "each mention once, the citation and the local reading not counted twice",
  );
  const g = await growth(record, (x) => docketsIn(x.text, { start: 0, end: x.text.length }, x.citations), 1500);
  assert.ok(g.ratio < g.bound, `x8 mentions took x${g.ratio.toFixed(1)} the time (${g.small.toFixed(0)} → ${g.large.toFixed(0)} ms)`);
});

test('"the Court DENIES the motion to stay and " repeated: linear, one ruling', async () => {
  const make = repeat("the Court DENIES the motion to stay and ");
  const r = await read({ path: "denies.txt", bytes: bytes(make(20)) });
  assert.deepEqual(
    r.rulings.map((x) => [x.disposition, x.request]),
    [["denied", "the motion to stay"]],
  );
  const g = await growth(make, (s) => read({ path: "denies.txt", bytes: bytes(s) }), 12);
  assert.ok(g.ratio < g.bound, `x8 text took x${g.ratio.toFixed(1)} the time (${g.small.toFixed(0)} → ${g.large.toFixed(0)} ms)`);
});

test("granted and denied of one motion in one sentence is granted in part, however many times said", async () => {
  for (const n of [1, 3]) {
    const s = "The Court DENIES the motion to dismiss as to Count One and GRANTS the motion to dismiss as to Count Two. ".repeat(n);
    const r = await read({ path: "partly.txt", bytes: bytes(s) });
    assert.deepEqual(
      r.rulings.map((x) => x.disposition),
      ["granted-in-part"],
      `${n} times`,
    );
  }
});

test("the same content read again costs what it cost the first time", async () => {
  // A fresh string of equal content each time, as a second request or a repeated JSONL line gives.
  const make = (kb: number) => repeat("See Smith v. Jones, 845 F.2d 205 (9th Cir. 1988); 42 U.S.C. § 1983; Cal. Penal Code § 187. ")(kb);
  const again = (s: string) => {
    findCitations(JSON.parse(JSON.stringify(s)) as string);
    return findCitations(JSON.parse(JSON.stringify(s)) as string);
  };
  const first = findCitations(make(5));
  assert.deepEqual(again(make(5)), first, "the cached scan answers for equal content");
  // "Cal. " is a lead word every five characters: the scan is asked for the text's words once per word.
  const g = await growth(repeat("Cal. "), again, 25, 16);
  assert.ok(g.ratio < g.bound, `x16 text took x${g.ratio.toFixed(1)} the time (${g.small.toFixed(0)} → ${g.large.toFixed(0)} ms)`);
});

test("a text of one long line: the running-head check looks a bounded way to the line's ends", async () => {
  const unit = "The Court DENIES the motion. See Aldren v. Bexley, 845 F.2d 205, 206 (9th Cir. 1988); Id. at 207. ";
  const g = await growth(repeat(unit), (text) => findCitations(text), 200);
  assert.ok(g.ratio < g.bound, `x8 of one line took x${g.ratio.toFixed(1)} the time (${g.small.toFixed(0)} → ${g.large.toFixed(0)} ms)`);
});
