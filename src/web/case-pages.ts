/**
 * The viewer's case pages: the list of cases, and one case's docket with each entry's
 * stored documents and rulings, motion → order links and time to decision.
 */
import type { CaseDetail, CaseRuling, CaseSummary } from "../store/types.js";
import { html, query, raw, type SafeHtml } from "./html.js";
import { casePath, docName, layout } from "./pages.js";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const entryLink = (n: string | null) => (n ? html`<a class="entry-link" href="#e${n}">${n}</a>` : html`<span class="meta">—</span>`);

function rulingItem(r: CaseRuling): SafeHtml {
  return html`<span class="disposition d-${r.disposition}">${r.disposition}</span> ${r.request}${
    r.motionEntry ? html` <span class="decides">decides <a class="motion-link" href="#e${r.motionEntry}">motion ${r.motionEntry}</a></span>` : ""
  }${r.daysToDecision !== null ? html` <span class="days">${plural(r.daysToDecision, "day")}</span>` : ""}${r.document ? html` <a class="ruling-doc" href="/documents/${r.document}">order</a>` : ""}`;
}

/** @example casePage(await store.case("casd", "3:17-cv-00218")) */
export function casePage(c: CaseDetail): string {
  // motion entry → the entries whose rulings decided it
  const decidedBy = new Map<string, string[]>();
  for (const r of c.rulings) if (r.motionEntry && r.entry) decidedBy.set(r.motionEntry, [...(decidedBy.get(r.motionEntry) ?? []), r.entry]);
  const pending = new Set(c.pendingMotions.map((p) => p.entry));
  const rows = c.entries.map((e) => {
    const n = e.number?.replace(/^0+(?=\d)/, "") ?? null;
    const orders = n ? decidedBy.get(n) ?? [] : [];
    return html`<tr${n ? html` id="e${n}"` : ""}${n && pending.has(n) ? raw(' class="pending"') : ""}><td class="num">${e.number ?? ""}</td><td>${e.dateFiled ?? ""}</td><td>${e.dateEntered ?? ""}</td>
<td class="desc">${e.description}${orders.length ? html`<div class="decided-by">decided by ${orders.map((o, i) => html`${i ? ", " : ""}<a class="order-link" href="#e${o}">entry ${o}</a>`)}</div>` : ""}${
      n && pending.has(n) ? html`<div class="pending-note">pending</div>` : ""
    }</td>
<td class="docs">${e.documents.map((d) => html`<div><a class="entry-doc" href="/documents/${d.id}">${docName(d)}</a> <span class="kind">${d.kind ?? ""}</span></div>`)}</td>
<td class="entry-rulings">${e.rulings.map((r) => html`<div>${rulingItem(r)}</div>`)}</td></tr>`;
  });
  const rulings = c.rulings.map(
    (r) => html`<tr><td><span class="disposition d-${r.disposition}">${r.disposition}</span></td><td>${r.request}</td><td>${entryLink(r.motionEntry)}</td><td>${r.filed ?? ""}</td>
<td>${entryLink(r.entry)}</td><td>${r.decided ?? ""}</td><td class="days">${r.daysToDecision ?? ""}</td></tr>`,
  );
  const pendingRows = c.pendingMotions.map((p) => html`<li><a class="pending-link" href="#e${p.entry}">entry ${p.entry}</a> <span class="meta">${p.filed ?? ""}</span> ${p.description}</li>`);
  const onDocket = new Set(c.entries.flatMap((e) => e.documents.map((d) => d.id)));
  const loose = c.documents.filter((d) => d.kind !== "docket-report" && !onDocket.has(d.id));
  const parties = c.parties.map((p) => html`<li>${p.name} <span class="role">${p.role}</span>${p.attorneys.length ? html` <span class="meta">(${p.attorneys.join("; ")})</span>` : ""}</li>`);
  return layout(
    c.title ?? c.caseNumber,
    html`<section class="case caption"><h1>${c.title ?? "Untitled case"}</h1>
<p class="meta">${[c.court ?? "court unknown", c.caseNumber, c.judge].filter(Boolean).join(" · ")}</p>
<p class="meta">filed ${c.dateFiled ?? "—"} · terminated ${c.dateTerminated ?? "—"}</p>
${parties.length ? html`<ul class="parties">${parties}</ul>` : ""}</section>
<h2>Docket (${plural(c.entries.length, "entry").replace(/entrys\)?$/, "entries")})</h2>
${c.entries.length ? html`<table class="list docket"><thead><tr><th>#</th><th>Filed</th><th>Entered</th><th>Text</th><th>Stored documents</th><th>Rulings</th></tr></thead><tbody>${rows}</tbody></table>` : html`<p class="meta">No docket report of this case is stored.</p>`}
<h2>Rulings and time to decision</h2>
${c.rulings.length ? html`<table class="list rulings"><thead><tr><th>Disposition</th><th>Request</th><th>Motion</th><th>Filed</th><th>Order</th><th>Decided</th><th>Days</th></tr></thead><tbody>${rulings}</tbody></table>` : html`<p class="meta">none found</p>`}
<h2>Pending motions</h2>
<ul class="pending">${pendingRows.length ? pendingRows : html`<li class="none">none</li>`}</ul>
${loose.length ? html`<h2>Documents not matched to an entry</h2><ul class="loose">${loose.map((d) => html`<li><a href="/documents/${d.id}">${docName(d)}</a> <span class="kind">${d.kind ?? ""}</span> <span class="meta">${d.date ?? ""}</span></li>`)}</ul>` : ""}`,
  );
}

/** @example casesPage(await store.cases(), {}) */
export function casesPage(list: readonly CaseSummary[], filters: { court?: string; judge?: string; pending?: boolean }): string {
  const form = html`<form class="search" method="get" action="/cases">
  <label>Court<input name="court" value="${filters.court ?? ""}" size="6" placeholder="casd"></label>
  <label>Judge<input name="judge" value="${filters.judge ?? ""}" size="14"></label>
  <label><span><input type="checkbox" name="pending" value="true"${filters.pending ? raw(" checked") : ""}> with a pending motion</span></label>
  <button type="submit">Show</button></form>`;
  const rows = list.map(
    (c) =>
      html`<tr><td><a class="case-link" href="${casePath(c.id)}">${c.title ?? c.caseNumber}</a></td><td>${c.court ?? ""}</td><td>${c.caseNumber}</td><td>${c.judge ?? ""}</td><td>${c.documents}</td><td>${c.entries}</td><td>${c.pendingMotions}</td></tr>`,
  );
  return layout(
    "Cases",
    html`<h1>Cases</h1>${form}<p class="count">${plural(list.length, "case")}</p><table class="list"><thead><tr><th>Case</th><th>Court</th><th>Number</th><th>Judge</th><th>Documents</th><th>Entries</th><th>Pending motions</th></tr></thead><tbody>${rows}</tbody></table>${
      list.length >= 200 ? html`<p class="meta">the first 200; narrow by court or judge <a href="/cases${query({ ...filters, pending: filters.pending ? "true" : undefined })}">here</a></p>` : ""
    }`,
  );
}
