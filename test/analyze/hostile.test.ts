// The analyze stage on long, repetitive documents: every step must stay linear in the
// number of sentences and citations (a quadratic step turns these into minutes).
import assert from "node:assert/strict";
import { test } from "node:test";
import { read } from "../../src/read.js";

const bytes = (s: string) => new TextEncoder().encode(s);

test("thousands of decretal sentences with record cites are each read once", { timeout: 120_000 }, async () => {
  const n = 6000;
  const r = await read({ path: "long.txt", bytes: bytes("On March 1, 2018, Plaintiff filed a motion. Doc. No. 5. On April 2, 2019, the Court DENIES the motion. Id. ".repeat(n)) });
  assert.ok(r.rulings.length >= 1);
  assert.ok(r.events.length >= n, `${r.events.length} events`);
  assert.ok(r.citations.filter((c) => c.kind === "record").length >= n);
});

test("dates among thousands of case citations are told apart from events", { timeout: 120_000 }, async () => {
  const n = 4000;
  const r = await read({ path: "cites.txt", bytes: bytes("See Smith v. Jones, 1 F.3d 1, 2 (9th Cir. Dec. 27, 1999). ".repeat(n)) });
  assert.equal(r.citations.filter((c) => c.kind === "case").length, n);
  assert.equal(r.events.length, 0, "a date in a citation's parenthetical is no event");
});
