import assert from "node:assert/strict";
import { test } from "node:test";
import { recordRecognizer } from "../../src/cite/recognizers/record.js";
import { unmark } from "./annotate.js";


type Fields = { document: string; attachment: string | null; pin: string | null };
/** A record cite's fields. */
const d = (document: string, attachment: string | null = null, pin: string | null = null): Fields => ({ document, attachment, pin });

const TABLE: [string, Fields[]][] = [
  ["contends. <c>Doc. No. 49-1 at 2-3</c>. If", [d("49", "1", "2-3")]],
  ["the Court. <c>Doc. Nos. 44</c>, <c>46</c>. Plaintiff", [d("44"), d("46")]],
  ["the Court. <c>Doc. Nos.\n44</c>, <c>46</c>. Plaintiff", [d("44"), d("46")]],
  ["order. <c>Doc. No. 49 at 1</c>.", [d("49", null, "1")]],
  ["[<c>Doc. No. 49</c>]", [d("49")]],
  ["(<c>ECF No. 12</c>)", [d("12")]],
  ["<c>ECF 12-3 at 4</c>", [d("12", "3", "4")]],
  ["<c>ECF Nos. 5</c>, <c>7</c>", [d("5"), d("7")]],
  ["(<c>Dkt. 30</c>.)", [d("30")]],
  ["<c>Dkt. No. 5-2</c>", [d("5", "2")]],
  ["<c>Dkt. #12</c>", [d("12")]],
  ["(<c>Doc. 17</c>)", [d("17")]],
  ["<c>Docket No. 2</c>", [d("2")]],
  ["<c>Docket Entry 14</c>", [d("14")]],
  ["[<c>D.E. 22</c>]", [d("22")]],
  ["[<c>DE 22</c>]", [d("22")]],
  ["(<c>R. 12</c>, Order, PageID 45)", [d("12")]],
  ["<c>ECF No. 12 at PageID.318</c>", [d("12", null, "PageID.318")]],
  ["<c>ECF No. 9, PageID #:365</c>", [d("9", null, "PageID #:365")]],
  ["(<c>Doc. 17 at 3, 5</c>)", [d("17", null, "3, 5")]],
  ["(<c>Docs. 17</c>, <c>18</c>)", [d("17"), d("18")]],
  ["<c>ECF No. 115-12, ¶ 11</c>", [d("115", "12", "¶ 11")]],
  ["<c>Doc. 30, p. 4</c>", [d("30", null, "4")]],
  ["<c>Dkt. No. 44 at 3:12-15</c>", [d("44", null, "3:12-15")]],
];

test("record recognizer: table", () => {
  for (const [marked, expected] of TABLE) {
    const { text, spans } = unmark(marked);
    const found = recordRecognizer.find({ text, emphasis: [] });
    assert.deepEqual(
      found.map((c) => ({ start: c.start, end: c.end })),
      spans,
      `spans in ${JSON.stringify(marked)}`,
    );
    found.forEach((c, i) => {
      assert.equal(c.kind, "record");
      assert.equal(c.text, text.slice(c.start, c.end));
      assert.deepEqual({ document: c.document, attachment: c.attachment ?? null, pin: c.pin ?? null }, expected[i], `${c.text} in ${marked}`);
    });
  }
});

test("record recognizer: the seed order's record cites", async () => {
  const { readFile } = await import("node:fs/promises");
  const raw = await readFile(new URL("../../examples/linlor-v-futero.txt", import.meta.url), "utf8");
  // Layout strips pleading line numbers; a crude stand-in is enough here.
  const text = raw.replace(/^\s{0,3}\d{1,2} /gm, "").replace(/\s+/g, " ");
  const found = recordRecognizer.find({ text, emphasis: [] });
  const entries = new Set(found.map((c) => (c.attachment ? `${c.document}-${c.attachment}` : c.document)));
  assert.deepEqual([...entries].sort(), ["19", "44", "46", "47", "49", "49-1"]);
  assert.ok(!found.some((c) => /Docket/.test(c.text)), "the bare `see also Docket.` is no cite");
});
