/**
 * One invented case in two inputs, written at run time: a text docket report whose
 * entry 50 is an order denying the motion at entry 49, and that order as a stamped PDF
 * on pleading paper (CM/ECF stamp "Document 50"). Shared by the end-to-end, server and
 * browser tests.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Store } from "../../src/store/types.js";
import { renderPleading, slotY, TEXT_LEFT, type Placed } from "../fixtures/pdf/render.js";

export const CASE_COURT = "casd";
export const CASE_NUMBER = "3:19-cv-04417-RQT-ALB";
export const CASE_KEY = "3:19-cv-04417";

/** The docket report's heading, one field a paragraph, then the entry table. */
export function docketText(): string {
  const head = [
    "U.S. District Court",
    "Southern District of California (San Diego)",
    `CIVIL DOCKET FOR CASE #: ${CASE_NUMBER}`,
    "Quillfeather v. Marrowgate Logistics, Inc. et al          Date Filed: 03/04/2019",
    "Assigned to: Judge Rowena Q. Tallis                       Date Terminated:",
    "Cause: 28:1332 Diversity-Breach of Contract               Nature of Suit: 190 Contract: Other",
  ];
  const rows = [
    "03/04/2019    1    COMPLAINT against Marrowgate Logistics, Inc., filed by Oren Quillfeather. (Attachments: # 1 Civil Cover Sheet)(jdt) (Entered: 03/05/2019)",
    "05/20/2019   12    MOTION to Dismiss for Failure to State a Claim by Marrowgate Logistics, Inc.. (Okonkwo-Reyes, Lucian) (Entered: 05/20/2019)",
    "06/10/2019   20    ORDER granting 12 Motion to Dismiss with leave to amend. Signed by Judge Rowena Q. Tallis on 6/10/2019. (jdt) (Entered: 06/10/2019)",
    "08/01/2019   49    EX PARTE MOTION for Leave to File Sur-Reply by Oren Quillfeather. (Vandersloot, Petra) (Entered: 08/01/2019)",
    "08/14/2019   50    ORDER DENYING PLAINTIFF'S EX PARTE MOTION FOR LEAVE TO FILE SUR-REPLY [Doc. No. 49]. Signed by Judge Rowena Q. Tallis on 8/14/2019. (jdt) (Entered: 08/14/2019)",
    "09/03/2019   51    MOTION to Compel Discovery Responses by Oren Quillfeather. (Vandersloot, Petra) (Entered: 09/03/2019)",
  ];
  return head.join("\n\n") + "\n\nDate Filed    #    Docket Text\n" + rows.join("\n") + "\n";
}

/** The order at entry 50, as the court filed it: stamped "Document 50 Filed 08/14/19". */
export async function orderPdf(): Promise<Uint8Array> {
  let slot = 1;
  const line = (text: string, x = TEXT_LEFT): Placed => ({ spans: [{ text }], x, y: slotY(slot++) });
  const lines: Placed[] = [line("UNITED STATES DISTRICT COURT", 210), line("SOUTHERN DISTRICT OF CALIFORNIA", 204)];
  slot += 8;
  const body = [
    "On August 1, 2019, Plaintiff Oren Quillfeather filed an ex parte motion for leave to",
    "file a sur-reply in opposition to the pending motion. [Doc. No. 49.] Defendant did not",
    "respond. Having considered the motion, the Court finds that Plaintiff has not shown",
    "good cause for a further brief. Accordingly, the Court DENIES Plaintiff's ex parte",
    "motion for leave to file a sur-reply. [Doc. No. 49.]",
  ];
  lines.push(...body.map((t, i) => line(t, TEXT_LEFT + (i === 0 ? 36 : 0))));
  slot++;
  lines.push(line("IT IS SO ORDERED.", TEXT_LEFT + 36));
  lines.push(line("Dated: August 14, 2019"));
  slot++;
  lines.push(line("Hon. Rowena Q. Tallis", 330), line("United States District Judge", 330));
  const { pdf } = await renderPleading(
    [
      {
        lines,
        stamps: [`Case ${CASE_NUMBER} Document 50 Filed 08/14/19 PageID.612 Page 1 of 1`],
        caption: {
          top: slotY(4),
          left: [[{ text: "OREN QUILLFEATHER," }], [{ text: "            Plaintiff," }], [{ text: "v." }], [{ text: "MARROWGATE LOGISTICS, INC.," }], [{ text: "            Defendant." }]],
          right: [
            [{ text: `Case No.: ${CASE_NUMBER}` }],
            [],
            [{ text: "ORDER DENYING PLAINTIFF'S EX" }],
            [{ text: "PARTE MOTION FOR LEAVE TO FILE" }],
            [{ text: "SUR-REPLY" }],
            [],
            [{ text: "[Doc. No. 49]" }],
          ],
        },
      },
    ],
    { footer: "19cv4417-RQT (ALB)" },
  );
  return pdf;
}

/** Writes both inputs into `dir`; returns their paths. */
export async function writeCaseInputs(dir: string): Promise<{ docket: string; order: string }> {
  const docket = join(dir, "docket.txt");
  const order = join(dir, "order-50.pdf");
  writeFileSync(docket, docketText());
  writeFileSync(order, await orderPdf());
  return { docket, order };
}

/** Reads both inputs with the real pipeline and stores them (the order first); returns the stored ids. */
export async function storeCaseInputs(store: Store): Promise<{ docket: number; order: number }> {
  const { read } = await import("../../src/read.js");
  const order = await store.put(await read({ path: "order-50.pdf", bytes: await orderPdf() }));
  const docket = await store.put(await read({ path: "docket.txt", bytes: new TextEncoder().encode(docketText()) }));
  return { docket: docket.id, order: order.id };
}
