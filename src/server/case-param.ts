/**
 * A case named in a URL: `court:number` ("casd:3:17-cv-00218", "-" for no court), the
 * number in any printed form. Shared by the API and the viewer.
 */
import { CasefileError, EXIT } from "../model/errors.js";
import { parseCaseId } from "../store/cases.js";
import type { CaseDetail, Store } from "../store/types.js";

const MAX_ID = 200;

/**
 * The case a path's id names; anything that names none is a 404.
 *
 * @example await caseOf(store, "casd:3:17-cv-00218")
 */
export async function caseOf(store: Store, id: string | undefined): Promise<CaseDetail> {
  const ref = id && id.length <= MAX_ID ? parseCaseId(id) : null;
  const detail = ref ? await store.case(ref.court, ref.number) : null;
  if (!detail) throw new CasefileError("not-found", "no such case", EXIT.NO_INPUT, 404);
  return detail;
}
