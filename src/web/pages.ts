/**
 * Server-rendered pages of the viewer. No build step and no script: every page is
 * HTML and a little CSS, and all court text passes through `html`, which escapes it.
 */
import type { Disposition, Docket, Loc, Reading } from "../model/types.js";
import { caseId, caseKey } from "../store/cases.js";
import type { AuthorityCount, AuthorityDetail, DocumentSummary, Passage, SearchOptions, SearchResult, StoredDocument, StoreOverview } from "../store/types.js";
import { renderGlance, renderText } from "./document-view.js";
import { html, query, raw, SafeHtml } from "./html.js";

/** Every disposition a ruling may have, for filter menus. */
export const DISPOSITIONS: readonly Disposition[] = [
  "granted",
  "denied",
  "granted-in-part",
  "denied-as-moot",
  "denied-without-prejudice",
  "dismissed",
  "moot",
  "approved",
  "affirmed",
  "reversed",
  "vacated",
  "remanded",
  "affirmed-in-part",
  "adopted",
  "adopted-in-part",
  "modified",
  "rejected",
  "overruled",
  "sustained",
  "sustained-in-part",
  "other",
];

const STYLE = raw(`
:root { --ink: #1d232a; --muted: #5b6570; --line: #d8dde3; --accent: #1f4e8c; --mark: #fff1a8; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: #f7f8fa; }
header.top { background: var(--ink); color: #fff; padding: .6rem 1.2rem; display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; align-items: baseline; }
header.top a { color: #fff; text-decoration: none; } header.top .brand { font-weight: 700; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.2rem 3rem; }
a { color: var(--accent); }
form.search { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; background: #fff; padding: .8rem; border: 1px solid var(--line); border-radius: 6px; }
form.search label { display: flex; flex-direction: column; font-size: .8rem; color: var(--muted); }
form.search input[name=q] { width: 22rem; }
input, select, button { font: inherit; padding: .3rem .45rem; }
ol.hits { list-style: none; padding: 0; } ol.hits li { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .7rem .9rem; margin: .6rem 0; }
.meta, .role, .kind, .place, .count { color: var(--muted); font-size: .85rem; }
mark { background: var(--mark); }
.doc { display: grid; grid-template-columns: minmax(0, 1fr) 22rem; grid-template-areas: "text panel"; gap: 1.2rem; }
.doc > .main { grid-area: text; min-width: 0; } .doc > .panel { grid-area: panel; }
@media (max-width: 60rem) {
  /* The decision first: the panel (caption, rulings) above the text, one column. */
  .doc { grid-template-columns: minmax(0, 1fr); grid-template-areas: "panel" "text"; }
  .doc > .panel .glance { position: static; max-height: none; }
}
.text { background: #fff; border: 1px solid var(--line); padding: 1rem 1.2rem; white-space: pre-wrap; font: 14px/1.6 Georgia, serif; overflow-wrap: anywhere; }
.page-mark { display: block; text-align: center; color: var(--muted); font: .75rem system-ui, sans-serif; border-top: 1px dashed var(--line); margin: .8rem 0; }
.cite { background: #e8f0fb; border-radius: 2px; text-decoration: none; } .cite-record { background: #eef6e9; } .cite-id, .cite-case-short, .cite-supra { background: #f3ecfa; }
:target { outline: 2px solid #e0a800; }
.glance { position: sticky; top: .5rem; align-self: start; max-height: 95vh; overflow: auto; font-size: .9rem; }
.glance h2 { font-size: 1rem; margin: 1rem 0 .3rem; } .glance ul { padding-left: 1.1rem; margin: 0; }
.disposition { font-weight: 600; text-transform: uppercase; font-size: .75rem; padding: 0 .3rem; border-radius: 3px; background: #eee; }
.d-granted { background: #dff3e3; } .d-denied, .d-dismissed { background: #fbe3e3; }
.caption h1 { font-size: 1.15rem; } .caption p { margin: .2rem 0; }
table.list { border-collapse: collapse; width: 100%; background: #fff; } table.list td, table.list th { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; }
.passage { margin: .3rem 0 .6rem; font-family: Georgia, serif; }
.error { background: #fbe3e3; padding: 1rem; border-radius: 6px; }
table.docket td { vertical-align: top; font-size: .9rem; } table.docket td.num { text-align: right; font-weight: 600; }
table.docket tr.pending td.num, .pending-note { color: #9a5b00; } table.docket tr:target { outline: 2px solid #e0a800; }
.decided-by, .decides, .days { color: var(--muted); font-size: .85rem; }
nav.pager { display: flex; gap: 1rem; align-items: baseline; margin: .8rem 0; }
dl.counts { display: flex; flex-wrap: wrap; gap: .8rem; margin: 1rem 0; } dl.counts div { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .6rem 1rem; min-width: 9rem; }
dl.counts dt { color: var(--muted); font-size: .85rem; } dl.counts dd { margin: 0; font-size: 1.6rem; font-weight: 600; }
ul.tally { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem .9rem; }
td.date { white-space: nowrap; } table.entries td { vertical-align: top; font-size: .9rem; } table.entries td.num { text-align: right; font-weight: 600; white-space: nowrap; } table.entries td.date { white-space: nowrap; }
.docket-report { background: #fff; border: 1px solid var(--line); padding: .8rem 1rem; margin-bottom: 1rem; overflow-wrap: anywhere; }
details.text-as-read > summary { cursor: pointer; margin: .4rem 0; }
.pdf-link { font-size: .75rem; }
.pdf-view { position: relative; background: #fff; border: 1px solid var(--line); width: 100%; max-width: 1100px; min-height: 8rem; }
.pdf-view canvas { display: block; }
.pdf-view .line-mark { position: absolute; left: 0; background: rgba(255, 214, 0, .35); outline: 2px solid #e0a800; pointer-events: none; }
.pdf-status { color: var(--muted); font-size: .85rem; margin: .4rem .6rem; }
`);

/** The frame every page shares. @example layout("Search", html`<p>…</p>`) */
export function layout(title: string, body: SafeHtml): string {
  return `<!doctype html>\n${html`<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · casefile</title><style>${STYLE}</style></head>
<body><header class="top"><a class="brand" href="/">casefile</a><a href="/search">Search</a><a href="/rulings">Rulings</a><a href="/authorities">Authorities</a><a href="/cases">Cases</a><a href="/upload">Read a document</a></header>
<main>${body}</main></body></html>`.value}`;
}

/** A snippet with its marks as `<mark>`, everything else escaped. @example markedSnippet("a b", [{ start: 2, end: 3 }]) // → "a <mark>b</mark>" */
export function markedSnippet(snippet: string, marks: readonly { start: number; end: number }[]): SafeHtml {
  const parts: (string | SafeHtml)[] = [];
  let pos = 0;
  for (const m of [...marks].sort((a, b) => a.start - b.start)) {
    if (m.start < pos) continue;
    parts.push(snippet.slice(pos, m.start), html`<mark>${snippet.slice(m.start, m.end)}</mark>`);
    pos = m.end;
  }
  parts.push(snippet.slice(pos));
  return html`${parts}`;
}

/** A document's name for a listing: its title, else its file's base name (never a directory). @example docName({ title: null, path: "/srv/in/order.pdf" }) // → "order.pdf" */
export function docName(d: { title: string | null; path: string }): string {
  if (d.title) return d.title;
  const parts = d.path.split(/[\\/]/);
  return parts[parts.length - 1] || "Untitled document";
}

/**
 * Previous and next links over a list of `total` items shown `limit` at a time from `offset`.
 *
 * @example pager("/search", { q: "stay" }, 20, 20, 57) // → "… previous page … 21–40 of 57 … next page"
 */
export function pager(path: string, params: Record<string, string | number | null | undefined>, offset: number, limit: number, total: number): SafeHtml {
  if (total <= limit && offset === 0) return html``;
  const at = (o: number) => `${path}${query({ ...params, offset: o > 0 ? o : undefined })}`;
  const prev = offset > 0 ? html`<a rel="prev" href="${at(Math.max(0, offset - limit))}">previous page</a>` : "";
  const next = offset + limit < total ? html`<a rel="next" href="${at(offset + limit)}">next page</a>` : "";
  const range = total === 0 || offset >= total ? `none of ${total}` : `${offset + 1}–${Math.min(total, offset + limit)} of ${total}`;
  return html`<nav class="pager">${prev}<span class="range">${range}</span>${next}</nav>`;
}

function searchForm(q: string, options: SearchOptions, autofocus = true): SafeHtml {
  const opt = (value: string) => html`<option value="${value}"${options.disposition === value ? raw(" selected") : ""}>${value}</option>`;
  return html`<form class="search" method="get" action="/search">
  <label>Words or "a phrase"<input name="q" type="search" value="${q}"${autofocus ? raw(" autofocus") : ""}></label>
  <label>Court<input name="court" value="${options.court ?? ""}" size="6" placeholder="casd"></label>
  <label>Judge<input name="judge" value="${options.judge ?? ""}" size="14"></label>
  <label>From<input name="from" type="date" value="${options.from ?? ""}"></label>
  <label>To<input name="to" type="date" value="${options.to ?? ""}"></label>
  <label>Disposition<select name="disposition"><option value="">any</option>${DISPOSITIONS.map(opt)}</select></label>
  <button type="submit">Search</button></form>`;
}

function summaryMeta(d: DocumentSummary): string {
  return [d.court, d.caseNumber, d.date, d.judge].filter(Boolean).join(" · ");
}

/** The home page: what the store holds, a search form and the documents stored last. @example homePage(await store.overview(10)) */
export function homePage(o: StoreOverview): string {
  const count = (label: string, n: number, href: string | null) =>
    html`<div class="count-${label.toLowerCase()}"><dt>${href ? html`<a href="${href}">${label}</a>` : label}</dt><dd>${n.toLocaleString("en-US")}</dd></div>`;
  const recent = o.recent.map((d) => html`<li><a class="recent-doc" href="/documents/${d.id}">${docName(d)}</a><div class="meta">${summaryMeta(d)}</div></li>`);
  return layout(
    "Home",
    html`<h1>casefile</h1>
<dl class="counts">${count("Documents", o.documents, null)}${count("Cases", o.cases, "/cases")}${count("Rulings", o.rulings, "/rulings")}${count("Authorities", o.authorities, "/authorities")}</dl>
${searchForm("", {}, false)}
<h2>Stored last</h2>
${recent.length ? html`<ol class="hits recent">${recent}</ol>` : html`<p class="meta">No document is stored yet: <a href="/upload">read one</a>, or run <code>casefile ingest</code>.</p>`}`,
  );
}

/** @example searchPage("stay", {}, result) */
export function searchPage(q: string, options: SearchOptions, result: SearchResult | null): string {
  const form = searchForm(q, options);
  if (!result) return layout("Search", html`${form}<p class="meta">Search the full text of every stored order and opinion.</p>`);
  const hits = result.hits.map(
    (h) => html`<li><a class="hit" href="/documents/${h.id}">${docName(h)}</a>
  <div class="meta">${summaryMeta(h)}</div>
  <div class="snippet">${markedSnippet(h.snippet, h.marks)}</div></li>`,
  );
  const limit = options.limit ?? 20;
  const offset = options.offset ?? 0;
  const { limit: _l, offset: _o, ...filters } = options;
  return layout(
    q ? `${q} — search` : "Search",
    html`${form}<p class="count">${result.total} document${result.total === 1 ? "" : "s"}</p><ol class="hits" start="${offset + 1}">${hits}</ol>${pager("/search", { q, ...filters }, offset, limit, result.total)}`,
  );
}

/** The viewer's path of a case. @example casePath("casd:3:17-cv-00218") // → "/cases/casd:3:17-cv-00218" */
export function casePath(id: string): string {
  return `/cases/${encodeURIComponent(id).replace(/%3A/g, ":")}`;
}

/** A docket report's entries as a table: number, dates and the docket text; each row is `#d<number>`. @example docketTable(reading.docket) */
export function docketTable(docket: Docket): SafeHtml {
  const dated = docket.dateColumn === "entered" ? "Entered" : "Filed";
  const rows = docket.entries.map(
    (e) =>
      html`<tr${e.number ? html` id="d${e.number}"` : ""}><td class="num">${e.number ?? ""}</td><td class="date">${(docket.dateColumn === "entered" ? e.dateEntered : e.dateFiled) ?? ""}</td><td class="entry-text">${e.description}${
        e.attachments.length ? html`<div class="meta">${e.attachments.length} attachment${e.attachments.length === 1 ? "" : "s"}</div>` : ""
      }</td></tr>`,
  );
  const head = [docket.caseName, docket.docketNumber, docket.court?.name, docket.assignedTo ? `assigned to ${docket.assignedTo}` : null].filter(Boolean).join(" · ");
  return html`<section class="docket-report"><h2>Docket (${docket.entries.length} ${docket.entries.length === 1 ? "entry" : "entries"})</h2>${head ? html`<p class="meta">${head}</p>` : ""}
<table class="list entries"><thead><tr><th>#</th><th>${dated}</th><th>Docket text</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

/** What a stored document's page can link to besides itself: its source PDF's pages. */
export interface DocumentLinks {
  /** The source PDF can be shown page by page (the file is still where it was read from). */
  pdf?: boolean;
}

/** The viewer's path of a source PDF page, at a line. @example pdfPagePath(3, { page: 2, line: 14 }) // → "/documents/3/pages/2?line=14" */
export function pdfPagePath(id: number, loc: Loc): string {
  return `/documents/${id}/pages/${loc.page}${loc.line > 0 ? `?line=${loc.line}` : ""}`;
}

/** A stored document (with authority links) or a just-read one (without). @example documentPage(await store.document(1)) */
export function documentPage(doc: StoredDocument | { reading: Reading; authorityIds?: (number | null)[] }, note?: string, links: DocumentLinks = {}): string {
  const reading = doc.reading;
  const ids = doc.authorityIds ?? [];
  const stored = "sha256" in doc ? doc : null;
  // A stored document is filed under its case: link to the case's page.
  const key = stored ? caseKey(stored.caseNumber) : null;
  const caseLink = key && stored ? html`<p class="meta case-link">Case <a class="case-link" href="${casePath(caseId(stored.court, key))}">${key}</a></p>` : "";
  const pdf = stored && links.pdf ? (loc: Loc) => pdfPagePath(stored.id, loc) : undefined;
  const text = html`<article class="text" id="text">${renderText(reading, ids, { pageHref: pdf ? (n) => pdfPagePath(stored!.id, { page: n, line: 0 }) : undefined })}</article>`;
  const docket = reading.kind === "docket-report" && reading.docket?.entries.length ? reading.docket : null;
  const main = docket ? html`${docketTable(docket)}<details class="text-as-read"><summary>The report's text as read</summary>${text}</details>` : text;
  const title = reading.caption?.title ?? (stored ? docName(stored) : null) ?? "Document";
  return layout(
    title,
    html`${note ? html`<p class="meta">${note}</p>` : ""}${caseLink}${pdf ? html`<p class="meta source-link"><a class="pdf-page" href="${pdfPagePath(stored!.id, { page: 1, line: 0 })}">Source PDF, page by page</a></p>` : ""}<div class="doc"><aside class="panel">${renderGlance(reading, ids, { pdfHref: pdf })}</aside><div class="main">${main}</div></div>`,
  );
}

function passageHtml(p: Passage): SafeHtml {
  return markedSnippet(p.snippet, [{ start: p.markStart, end: p.markEnd }]);
}

/** @example authorityPage(await store.authority(3)) */
export function authorityPage(a: AuthorityDetail): string {
  const docs = a.citedBy.map(
    (d) => html`<li><a class="citing" href="/documents/${d.id}">${docName(d)}</a>
  <div class="meta">${[d.court, d.caseNumber, d.date, d.judge].filter(Boolean).join(" · ")}</div>
  ${d.passages.map((p) => html`<div class="passage"><a href="/documents/${d.id}#c${p.citation}">${p.page ? `p. ${p.page}, l. ${p.line}` : "in text"}</a> <span class="kind">${p.kind}</span> — ${passageHtml(p)}</div>`)}</li>`,
  );
  return layout(
    a.label,
    html`<h1>${a.label}</h1><p class="meta">${a.kind} · cited ${a.citations} time${a.citations === 1 ? "" : "s"} in ${a.documents} document${a.documents === 1 ? "" : "s"} · <code>${a.key}</code></p><ol class="hits">${docs}</ol>`,
  );
}

/** @example authoritiesPage(await store.authorities(), { kind: "case" }) */
export function authoritiesPage(list: readonly AuthorityCount[], filters: { kind?: string; court?: string; judge?: string }): string {
  const kinds = ["", "case", "statute", "rule", "record", "regulation", "constitution"];
  const form = html`<form class="search" method="get" action="/authorities">
  <label>Kind<select name="kind">${kinds.map((k) => html`<option value="${k}"${filters.kind === k ? raw(" selected") : ""}>${k || "any"}</option>`)}</select></label>
  <label>Court<input name="court" value="${filters.court ?? ""}" size="6"></label>
  <label>Judge<input name="judge" value="${filters.judge ?? ""}" size="14"></label>
  <button type="submit">Show</button></form>`;
  const rows = list.map((a) => html`<tr><td><a href="/authorities/${a.id}">${a.label}</a></td><td>${a.kind}</td><td>${a.documents}</td><td>${a.citations}</td></tr>`);
  return layout("Most-cited authorities", html`<h1>Most-cited authorities</h1>${form}<table class="list"><thead><tr><th>Authority</th><th>Kind</th><th>Documents</th><th>Citations</th></tr></thead><tbody>${rows}</tbody></table>`);
}

/** @example uploadPage(25 * 1024 * 1024) */
export function uploadPage(maxBytes: number, csrfToken?: string): string {
  return layout(
    "Read a document",
    html`<h1>Read a document</h1><form class="search" method="post" action="/upload" enctype="multipart/form-data">${csrfToken ? html`<input type="hidden" name="csrf" value="${csrfToken}">` : ""}
  <label>PDF, text or HTML file (up to ${Math.round(maxBytes / 1024 / 1024)} MB)<input type="file" name="file" accept=".pdf,.txt,.html,.htm,application/pdf,text/plain,text/html" required></label>
  <label><span><input type="checkbox" name="store" value="1"> also store it</span></label>
  <button type="submit">Read</button></form>`,
  );
}

/** @example errorPage(404, "no such document") */
export function errorPage(status: number, message: string): string {
  return layout(`Error ${status}`, html`<div class="error"><h1>${status}</h1><p>${message}</p><p><a href="/">Back to search</a></p></div>`);
}
