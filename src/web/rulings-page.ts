/**
 * The viewer's rulings page: every stored ruling, one row each, filtered by judge, court,
 * request type, disposition and whether it is a magistrate judge's recommendation, with
 * the same rows as CSV.
 */
import type { RulingList, RulingRow, RulingsOptions } from "../store/types.js";
import { html, query, raw } from "./html.js";
import { DISPOSITIONS, docName, layout, pager } from "./pages.js";

/** The filters as the page's form and links carry them. */
export interface RulingFilters {
  judge?: string;
  court?: string;
  requestType?: string;
  disposition?: string;
  /** "true": recommendations only; "false": decisions only; unset: both. */
  recommended?: "true" | "false";
}

/** The store's options for the filters. @example rulingsOptions({ recommended: "false" }) // → { recommended: false } */
export function rulingsOptions(f: RulingFilters): RulingsOptions {
  return {
    judge: f.judge,
    court: f.court,
    requestType: f.requestType,
    disposition: f.disposition,
    recommended: f.recommended === undefined ? undefined : f.recommended === "true",
  };
}

const filterParams = (f: RulingFilters) => ({ judge: f.judge, court: f.court, requestType: f.requestType, disposition: f.disposition, recommended: f.recommended });

function rulingLink(r: RulingRow): string {
  return `/documents/${r.document}#o${r.start}`;
}

/**
 * The page: the filter form, the count by disposition, a link to the CSV of the same
 * filters, and one page of rulings with previous/next links.
 *
 * @example rulingsPage(await store.rulings({ limit: 50 }), {}, { offset: 0, limit: 50, requestTypes: ["stay"] })
 */
export function rulingsPage(list: RulingList, filters: RulingFilters, page: { offset: number; limit: number; requestTypes: readonly string[] }): string {
  const sel = (name: string, value: string | undefined, options: readonly [string, string][]) =>
    html`<select name="${name}">${options.map(([v, label]) => html`<option value="${v}"${(value ?? "") === v ? raw(" selected") : ""}>${label}</option>`)}</select>`;
  const form = html`<form class="search" method="get" action="/rulings">
  <label>Judge<input name="judge" value="${filters.judge ?? ""}" size="14"></label>
  <label>Court<input name="court" value="${filters.court ?? ""}" size="6" placeholder="casd"></label>
  <label>Request type<input name="requestType" value="${filters.requestType ?? ""}" size="16" list="request-types"></label>
  <datalist id="request-types">${page.requestTypes.map((t) => html`<option value="${t}">`)}</datalist>
  <label>Disposition${sel("disposition", filters.disposition, [["", "any"], ...DISPOSITIONS.map((d): [string, string] => [d, d])])}</label>
  <label>Decided or recommended${sel("recommended", filters.recommended, [
    ["", "both"],
    ["false", "decisions"],
    ["true", "recommendations"],
  ])}</label>
  <button type="submit">Show</button></form>`;
  const tally = Object.entries(list.dispositions).map(
    ([d, n]) => html`<li><a href="/rulings${query({ ...filterParams(filters), disposition: d })}"><span class="disposition d-${d}">${d}</span></a> ${n}</li>`,
  );
  const rows = list.rulings.map(
    (r) =>
      html`<tr><td class="date">${r.date ?? ""}</td><td>${r.court ?? ""}</td><td>${r.caseNumber ?? ""}</td><td>${r.judge ?? ""}</td><td>${r.requestType ?? ""}</td>
<td>${r.request}</td><td><span class="disposition d-${r.disposition}">${r.recommended ? "recommended " : ""}${r.disposition}</span></td><td><a class="ruling-doc" href="${rulingLink(r)}">${docName({ title: r.title, path: "" })}</a></td></tr>`,
  );
  const csv = `/rulings.csv${query(filterParams(filters))}`;
  return layout(
    "Rulings",
    html`<h1>Rulings</h1>${form}
<p class="count">${list.total} ruling${list.total === 1 ? "" : "s"}</p>
${tally.length ? html`<ul class="tally">${tally}</ul>` : ""}
<p><a class="csv" href="${csv}" download="rulings.csv">Download these rulings as CSV</a></p>
${rows.length ? html`<table class="list rulings-list"><thead><tr><th>Date</th><th>Court</th><th>Case</th><th>Judge</th><th>Request type</th><th>Request</th><th>Disposition</th><th>Document</th></tr></thead><tbody>${rows}</tbody></table>` : html`<p class="meta">No stored ruling matches.</p>`}
${pager("/rulings", filterParams(filters), page.offset, page.limit, list.total)}`,
  );
}

// A field a spreadsheet would take for a formula: "=1+1", "+A1", "-2+3", "@SUM(…)".
const FORMULA_START = /^[=+\-@\t\r]/;
// A field that must be quoted: a comma, a quote or a line break.
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; court text
 * that would start a spreadsheet formula gets a leading `'`.
 *
 * @example csvField('say "no", then =1+1') // → '"say ""no"", then =1+1"'
 */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return "";
  if (typeof value !== "string") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_COLUMNS = ["document", "date", "court", "case_number", "judge", "title", "request_type", "request", "disposition", "recommended", "docket_entry", "link"] as const;

/**
 * The rulings as CSV, a header row first; `origin` makes each row's link absolute.
 *
 * @example rulingsCsv((await store.rulings()).rulings, "http://127.0.0.1:3000")
 */
export function rulingsCsv(rows: readonly RulingRow[], origin = ""): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const r of rows) {
    lines.push(
      [r.document, r.date, r.court, r.caseNumber, r.judge, r.title, r.requestType, r.request, r.disposition, r.recommended, r.docketEntry, origin + rulingLink(r)].map(csvField).join(","),
    );
  }
  return lines.join("\r\n") + "\r\n";
}
