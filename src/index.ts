/**
 * casefile: reads U.S. court filings into structured, linked, checkable data.
 *
 * The verbs follow the pipeline: `ingest` (bytes → pages), `layout` (pages → clean
 * document with a source map), `findCitations` (text → citations, resolved), `analyze`
 * (document + citations → reading), and `read`, which runs them all.
 *
 * @example
 * import { read } from "casefile";
 * const reading = await read({ path: "order.pdf", bytes });
 * console.log(reading.rulings);
 */
export { read, type ReadInput } from "./read.js";
export { ingest } from "./ingest/index.js";
export { layout } from "./layout/index.js";
export { findCitations } from "./cite/index.js";
export { analyze } from "./analyze/index.js";
export { readDocketHtml, readTextDocket } from "./analyze/docket/index.js";
export { verify } from "./verify/index.js";
export { locate } from "./model/sourcemap.js";
export { CasefileError, EXIT } from "./model/errors.js";
export type * from "./model/types.js";
