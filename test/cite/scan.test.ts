import assert from "node:assert/strict";
import { test } from "node:test";
import { journalVolumes, volumeAnchors, type VolumeAnchor } from "../../src/cite/scan.js";

// One scan serves case and journal volumes; each list must be what its own regex used to find.
// A period may stand before a volume only after a word run into it (`appeal.350`), never after `No.`.
const AFTER_PERIOD = "(?:(?<!\\.)|(?<=[A-Za-z][a-z]\\.)(?<!No\\.))";
const CASE_VOLUME = new RegExp(`(?<![\\w$§-])${AFTER_PERIOD}(?<volume>\\d{1,5})\\s{1,3}(?=[A-Z])`, "g");
const JOURNAL_VOLUME = new RegExp(`(?<!\\w)${AFTER_PERIOD}(?<volume>\\d{1,4})\\s{1,3}(?=[A-Z])`, "g");

function plain(re: RegExp, text: string): VolumeAnchor[] {
  return [...text.matchAll(re)].map((m) => ({ volume: m.groups!.volume, start: m.index, reporterStart: m.index + m[0].length }));
}

const PIECES = ["845", "1", "12345", "123456", "$12", "§ 5", "-10", "x9", "9.", "F.2d", "Harv", "L.", "a", " ", "  ", "    ", "\u00a0", "_7", "2020", "appeal.", "No.", "n."];

/** A deterministic stream of small numbers (a linear congruential generator). */
function numbers(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x >> 8;
  };
}

test("volume anchors: case and journal lists match their own regexes (table)", () => {
  const cases: [string, string[], string[]][] = [
    ["see 845 F.2d 205", ["845"], ["845"]],
    ["12345 U.S. 1 and 100 Harv. L. Rev. 1", ["12345", "100"], ["100"]],
    ["$12 Million, §5 Cal., 5-10 Days", [], ["12", "5", "10"]],
    ["appeal.350 U.S. 870; Tex. Civ. App.79 S.W.2d 905", ["350", "79"], ["350", "79"]],
  ];
  for (const [text, caseVolumes, journalVols] of cases) {
    assert.deepEqual(volumeAnchors(text).map((a) => a.volume), caseVolumes, text);
    assert.deepEqual(journalVolumes(text).map((a) => a.volume), journalVols, text);
  }
  const next = numbers(11);
  for (let n = 0; n < 500; n++) {
    let text = "";
    for (let k = 0; k < 10; k++) text += PIECES[next() % PIECES.length] + (next() % 3 === 0 ? " " : "");
    assert.deepEqual(volumeAnchors(text), plain(CASE_VOLUME, text), text);
    assert.deepEqual(journalVolumes(text), plain(JOURNAL_VOLUME, text), text);
  }
});

test("volume anchors: numbers not followed by a capital, or glued to a word, yield nothing", () => {
  for (const text of ["1 and 2", "x845 F.2d", "9.5 F", "123456 U.S.", "845    F.2d", "", "No.350 U.S.", "n.5 F.3d", "U.S.350 F.", "p.12 F."]) {
    assert.deepEqual(volumeAnchors(text), [], text);
    assert.deepEqual(journalVolumes(text), [], text);
  }
});
