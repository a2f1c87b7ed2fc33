/**
 * An invented two-page order on pleading paper for the viewer's tests: the ruling is on
 * page 2, so a page:line reference has a page other than the first to open.
 */
import { renderPleading, slotY, TEXT_LEFT, type Placed } from "../fixtures/pdf/render.js";

export const STAY_CASE = "5:21-cv-07733-KLM-PQR";

/** The order's PDF: a caption and background on page 1, the ruling at line 6 of page 2. */
export async function stayOrderPdf(): Promise<Uint8Array> {
  const at = (slot: number, text: string, x = TEXT_LEFT): Placed => ({ spans: [{ text }], x, y: slotY(slot) });
  const first: Placed[] = [at(1, "UNITED STATES DISTRICT COURT", 210), at(2, "NORTHERN DISTRICT OF CALIFORNIA", 204)];
  const background = [
    "Defendant Pellucid Orchards, LLC moves to stay this action pending the outcome of a",
    "related arbitration between the parties. Plaintiff Thessaly Varga opposes the motion.",
    "The parties' briefs describe the arbitration and the claims at issue in some detail.",
    "The Court has read them and heard argument on the motion on March 3, 2022.",
  ];
  background.forEach((t, i) => first.push(at(12 + i, t, TEXT_LEFT + (i === 0 ? 36 : 0))));
  const second: Placed[] = [
    at(1, "A stay is not warranted where the arbitration will not resolve the claims before the"),
    at(2, "Court, and Defendant has not shown that it will suffer hardship if the case proceeds."),
    at(4, "For these reasons, the Court DENIES Defendant's motion to stay.", TEXT_LEFT + 36),
    at(6, "IT IS SO ORDERED.", TEXT_LEFT + 36),
    at(7, "Dated: March 10, 2022"),
    at(9, "Hon. Kestrel L. Marchetti", 330),
    at(10, "United States District Judge", 330),
  ];
  const { pdf } = await renderPleading(
    [
      {
        lines: first,
        stamps: [`Case ${STAY_CASE} Document 31 Filed 03/10/22 Page 1 of 2`],
        caption: {
          top: slotY(4),
          left: [[{ text: "THESSALY VARGA," }], [{ text: "            Plaintiff," }], [{ text: "v." }], [{ text: "PELLUCID ORCHARDS, LLC," }], [{ text: "            Defendant." }]],
          right: [[{ text: `Case No.: ${STAY_CASE}` }], [], [{ text: "ORDER DENYING DEFENDANT'S" }], [{ text: "MOTION TO STAY" }], [], [{ text: "[Doc. No. 24]" }]],
        },
      },
      { lines: second, stamps: [`Case ${STAY_CASE} Document 31 Filed 03/10/22 Page 2 of 2`] },
    ],
    { footer: "21cv7733-KLM (PQR)" },
  );
  return pdf;
}
