/**
 * Record cites: references to entries on the case's own docket. `Doc. No. 49-1 at 2-3`,
 * `Doc. Nos. 44, 46` (two cites), `ECF No. 12`, `ECF 12-3 at 4`, `Dkt. #12`, `(Doc. 17)`,
 * `Docket Entry 14`, `D.E. 22`, `[DE 5]`, the Sixth Circuit's `(R. 12, PageID 45)`, with
 * pins `at 3-4`, `at PageID.318`, `PageID #:365`. A bare `Docket` and the `Document 50` of a
 * CM/ECF header stamp are not cites.
 */
import type { Candidate, CiteContext, Recognizer } from "../recognizer.js";
import { anchoredMatches } from "./codified.js";

// What may follow a docket keyword before the number: `No.`, `Nos.`, `#`, `Number`.
const NUMBER_WORD = "(?:\\s{0,2}(?:Nos?\\.?|NOS?\\.|Numbers?|#))?";

// The docket keywords, each needing a number after it: `Doc. No.`, `ECF Nos.`, `Dkt. #`, `Docket Entry`.
const KEYWORD_SOURCE = [
  `(?:CM\\/)?ECF(?:\\s{0,2}(?:Doc(?:ument)?|Dkt)\\.?)?${NUMBER_WORD}`,
  `Doc(?:ument|s)?\\.?${NUMBER_WORD}`,
  `DOC\\.${NUMBER_WORD}`,
  `(?:[Dd]ocket|DOCKET)(?:\\s{1,2}(?:[Ee]ntry|[Ee]ntries|ENTRY))?${NUMBER_WORD}`,
  `(?:[Dd]kts?|DKT|Dckt)\\.?${NUMBER_WORD}`,
  `D\\.\\s?E\\.${NUMBER_WORD}`,
  `Entry\\s{1,2}No\\.`,
  // `[DE 22]` and `(R. 12, …)` only inside brackets: alone they are Delaware and a first initial.
  `(?<=[[(]\\s?)(?:DE|R\\.)`,
].join("|");

// A pin: `2-3`, `*4`, `3:12-15` (page:line), `4 n.2`, `PageID.318`, `PageID #:365`, `¶ 12`.
const PIN_SOURCE =
  "(?:Page\\s?ID\\s{0,2}(?:\\.|#\\s{0,2}:?|:)?\\s{0,2}\\d{1,7}(?:\\s{0,2}[-\\u2013]\\s{0,2}\\d{1,7})?" +
  "|\\*?\\d{1,5}(?::\\d{1,3})?(?:\\s{0,2}[-\\u2013]\\s{0,2}\\d{1,5}(?::\\d{1,3})?)?(?:\\s{0,2}n\\.\\s{0,2}\\d{1,3})?" +
  "|¶¶?\\s{0,2}\\d{1,4}(?:\\s{0,2}[-\\u2013]\\s{0,2}\\d{1,4})?)";

// What introduces a pin: `at`, `, at p.`, `p.`, `pg.`, `page`, or a `PageID` on its own.
const PIN_LEAD_SOURCE = ",?\\s{1,3}(?:at\\s{1,3}(?:pp?\\.\\s{0,2})?|pp?\\.\\s{0,2}|pg\\.\\s{0,2}|[Pp]age\\s{1,2}|(?=Page\\s?ID)|(?=¶))";

// The document number and an attachment: `49`, `49-1`, `#12`.
// A date (`Docket 06/04/2008` of a Florida stamp), a decimal or a case number
// (`Docket No. 17-1234`, `Docket No. 2:17-cv-218`) is not an entry.
const ENTRY_SOURCE = "(?<document>\\d{1,5})(?:-(?<attachment>\\d{1,3}))?(?![\\d/A-Za-z]|[.:-]\\d|-[A-Za-z])";

// `Doc. No. 49-1 at 2-3`
const RECORD = new RegExp(`(?<![\\w./])(?<keyword>${KEYWORD_SOURCE})\\s{0,3}(?:#\\s{0,2}|:\\s{0,2})?${ENTRY_SOURCE}(?:${PIN_LEAD_SOURCE}(?<pin>${PIN_SOURCE}))?`, "g");

// `ECF`, `Doc`, `Dkt`, `D.E.`, `(R.`: the start of every docket keyword, found before the whole pattern is tried.
const KEYWORD_ANCHOR = /ECF|Doc|DOC|[Dd]ocket|DOCKET|[Dd]kt|DKT|Dckt|D\.\s?E\.|Entry|[[(]\s?(?:DE|R\.)/g;

// `, 46`, ` and 46-2 at 3`: the next entry of `Doc. Nos. 44, 46`.
const NEXT_ENTRY = new RegExp(`(?:\\s{0,3},\\s{0,3}(?:and\\s{1,3}|&\\s{0,2})?|\\s{1,3}(?:and|&)\\s{1,3})(?:#\\s{0,2})?${ENTRY_SOURCE}(?:${PIN_LEAD_SOURCE}(?<pin>${PIN_SOURCE}))?`, "y");

// `, 5`, `, PageID.320`: more pins after the first in a single cite (`at 2, 5`).
const MORE_PINS = new RegExp(`\\s{0,2},\\s{0,2}(?<pin>${PIN_SOURCE})(?![\\w-])`, "y");

// The left half of a CM/ECF stamp just before `Document 50`: `Case 3:17-cv-00218-MMA-BLM `.
const STAMP_BEFORE = /Case\s{0,3}[\w:.-]{5,40}\s{1,12}$/;
// The right half: ` Filed 04/05/18`, ` Entered`.
const STAMP_AFTER = /^\s{0,12}(?:Filed|Entered|Page\s?ID|Pg\s?ID)(?![a-z])/;

/** Keywords that announce a list (`Doc. Nos.`, `Dkts.`) or take one without `No.` (`ECF 5, 7`). */
function takesList(keyword: string, pinned: boolean): boolean {
  if (/Nos\.?$|NOS\.$|s\.?$|Entries$|Numbers$/.test(keyword)) return true;
  // `(Doc. 17, 18)` lists; `(Doc. 17 at 3, 5)` continues the pin.
  return !pinned && /^(?:(?:CM\/)?ECF|Dkt\.?|Doc\.?)$/.test(keyword);
}

function inStamp(text: string, start: number, end: number): boolean {
  return STAMP_BEFORE.test(text.slice(Math.max(0, start - 60), start)) || STAMP_AFTER.test(text.slice(end, end + 24));
}

/**
 * Finds record cites, one candidate per docket entry.
 *
 * @example recordRecognizer.find({ text: "Doc. No. 49-1 at 2-3.", emphasis: [] })[0].pin // "2-3"
 */
export const recordRecognizer: Recognizer = {
  name: "record",
  precedence: 40,
  find(ctx: CiteContext): Candidate[] {
    const { text } = ctx;
    const out: Candidate[] = [];
    // The keyword begins at most 3 characters before its anchor (`CM/` of `CM/ECF`); number and pins take under 90 after it.
    const it = anchoredMatches(text, KEYWORD_ANCHOR, RECORD, 4, 140);
    for (let r = it.next(); !r.done; ) {
      const m = r.value;
      const g = m.groups ?? {};
      let end = m.index + m[0].length;
      if (inStamp(text, m.index, end)) {
        r = it.next();
        continue;
      }
      const first: Candidate = { kind: "record", text: m[0], start: m.index, end, document: g.document, attachment: g.attachment ?? null, pin: g.pin ?? null };
      out.push(first);
      const list = takesList(g.keyword.trim(), Boolean(g.pin));
      if (!list && g.pin) {
        // `at 2, 5`: in a single cite a comma continues the pin, not a list.
        for (let n = 0; n < 10; n++) {
          MORE_PINS.lastIndex = end;
          const more = MORE_PINS.exec(text);
          if (!more) break;
          end = MORE_PINS.lastIndex;
          first.pin = `${first.pin}, ${more.groups?.pin}`;
        }
        first.end = end;
        first.text = text.slice(first.start, end);
      }
      if (list) {
        for (let n = 0; n < 60; n++) {
          NEXT_ENTRY.lastIndex = end;
          const next = NEXT_ENTRY.exec(text);
          if (!next) break;
          const ng = next.groups ?? {};
          const numberAt = text.indexOf(ng.document, end);
          end = NEXT_ENTRY.lastIndex;
          out.push({ kind: "record", text: text.slice(numberAt, end), start: numberAt, end, document: ng.document, attachment: ng.attachment ?? null, pin: ng.pin ?? null });
        }
      }
      r = it.next(end);
    }
    return out;
  },
};
