/**
 * Server-rendered pages of the viewer. No build step and no script: every page is
 * HTML and a little CSS, and all court text passes through `html`, which escapes it.
 */
import type { Disposition, Reading } from "../model/types.js";
import { caseId, caseKey } from "../store/cases.js";
import type { AuthorityCount, AuthorityDetail, Passage, SearchOptions, SearchResult, StoredDocument } from "../store/types.js";
import { renderGlance, renderText } from "./document-view.js";
import { html, query, raw, SafeHtml } from "./html.js";

const DISPOSITIONS: readonly Disposition[] = [
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
header.top { background: var(--ink); color: #fff; padding: .6rem 1.2rem; display: flex; gap: 1.2rem; align-items: baseline; }
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
.doc { display: grid; grid-template-columns: minmax(0, 1fr) 22rem; gap: 1.2rem; }
@media (max-width: 60rem) { .doc { grid-template-columns: 1fr; } }
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
`);

/** The frame every page shares. @example layout("Search", html`<p>…</p>`) */
export function layout(title: string, body: SafeHtml): string {
  return `<!doctype html>\n${html`<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · casefile</title><style>${STYLE}</style></head>
<body><header class="top"><a class="brand" href="/">casefile</a><a href="/">Search</a><a href="/authorities">Authorities</a><a href="/cases">Cases</a><a href="/upload">Read a document</a></header>
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

/** @example searchPage("stay", {}, result) */
export function searchPage(q: string, options: SearchOptions, result: SearchResult | null): string {
  const opt = (value: string) => html`<option value="${value}"${options.disposition === value ? raw(" selected") : ""}>${value}</option>`;
  const form = html`<form class="search" method="get" action="/">
  <label>Words or "a phrase"<input name="q" type="search" value="${q}" autofocus></label>
  <label>Court<input name="court" value="${options.court ?? ""}" size="6" placeholder="casd"></label>
  <label>Judge<input name="judge" value="${options.judge ?? ""}" size="14"></label>
  <label>From<input name="from" type="date" value="${options.from ?? ""}"></label>
  <label>To<input name="to" type="date" value="${options.to ?? ""}"></label>
  <label>Disposition<select name="disposition"><option value="">any</option>${DISPOSITIONS.map(opt)}</select></label>
  <button type="submit">Search</button></form>`;
  if (!result) return layout("Search", html`${form}<p class="meta">Search the full text of every stored order and opinion.</p>`);
  const hits = result.hits.map(
    (h) => html`<li><a class="hit" href="/documents/${h.id}">${h.title ?? h.path}</a>
  <div class="meta">${[h.court, h.caseNumber, h.date, h.judge].filter(Boolean).join(" · ")}</div>
  <div class="snippet">${markedSnippet(h.snippet, h.marks)}</div></li>`,
  );
  const limit = options.limit ?? 20;
  const offset = options.offset ?? 0;
  const next = offset + limit < result.total ? html`<a rel="next" href="/${query({ q, ...options, offset: offset + limit } as Record<string, string | number>)}">next page</a>` : "";
  return layout(
    q ? `${q} — search` : "Search",
    html`${form}<p class="count">${result.total} document${result.total === 1 ? "" : "s"}</p><ol class="hits">${hits}</ol>${next}`,
  );
}

/** The viewer's path of a case. @example casePath("casd:3:17-cv-00218") // → "/cases/casd:3:17-cv-00218" */
export function casePath(id: string): string {
  return `/cases/${encodeURIComponent(id).replace(/%3A/g, ":")}`;
}

/** A stored document (with authority links) or a just-read one (without). @example documentPage(await store.document(1)) */
export function documentPage(doc: StoredDocument | { reading: Reading; authorityIds?: (number | null)[] }, note?: string): string {
  const reading = doc.reading;
  const ids = doc.authorityIds ?? [];
  // A stored document is filed under its case: link to the case's page.
  const key = "sha256" in doc ? caseKey(doc.caseNumber) : null;
  const caseLink = key && "sha256" in doc ? html`<p class="meta case-link">Case <a class="case-link" href="${casePath(caseId(doc.court, key))}">${key}</a></p>` : "";
  return layout(
    reading.caption?.title ?? reading.source?.path ?? "Document",
    html`${note ? html`<p class="meta">${note}</p>` : ""}${caseLink}<div class="doc"><article class="text" id="text">${renderText(reading, ids)}</article><aside>${renderGlance(reading, ids)}</aside></div>`,
  );
}

function passageHtml(p: Passage): SafeHtml {
  return markedSnippet(p.snippet, [{ start: p.markStart, end: p.markEnd }]);
}

/** @example authorityPage(await store.authority(3)) */
export function authorityPage(a: AuthorityDetail): string {
  const docs = a.citedBy.map(
    (d) => html`<li><a class="citing" href="/documents/${d.id}">${d.title ?? d.path}</a>
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
