/**
 * A document's clean text as HTML: citations become links to their authority, and
 * pages, rulings and events get anchors the rest of the page can link to.
 */
import type { Citation, Loc, PageSpan, Reading } from "../model/types.js";
import { escapeHtml, html, raw, SafeHtml } from "./html.js";

/** Page and line of an offset, counted in the clean text from the page's start. @example placeOf(r.text, r.pages, 120) // → { page: 1, line: 4 } */
export function placeOf(text: string, pages: readonly PageSpan[], offset: number): { page: number; line: number } {
  const page = pages.find((p) => offset >= p.start && offset < p.end) ?? pages.find((p) => offset === p.end) ?? { number: 1, start: 0, end: text.length };
  let line = 1;
  for (let i = page.start; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return { page: page.number, line };
}

/** Label for a place. @example placeLabel({ page: 2, line: 28 }) // → "p. 2, l. 28" */
export function placeLabel(loc: { page: number; line: number } | null | undefined): string {
  return loc ? `p. ${loc.page}, l. ${loc.line}` : "";
}

/** A file name without its directories: no path of the server's disk is shown. */
function baseName(path: string | undefined): string | null {
  const parts = (path ?? "").split(/[\\/]/);
  return parts[parts.length - 1] || null;
}

interface Point {
  at: number;
  markup: string;
}

/**
 * Renders the text with citation spans linked (`/authorities/:id`) and anchors `#p2`
 * (page), `#o123` (offset of a ruling or event) and `#c4` (citation 4).
 *
 * @example renderText(reading, [3, null]).value // → '…<a class="cite" id="c0" href="/authorities/3">…'
 */
export function renderText(
  reading: Pick<Reading, "text" | "citations" | "pages" | "rulings" | "events">,
  authorityIds: readonly (number | null)[] = [],
  options: { pageHref?: (page: number) => string } = {},
): SafeHtml {
  const text = reading.text ?? "";
  const points: Point[] = [];
  for (const p of reading.pages ?? []) {
    if (p.start > 0 || p.number > 1) {
      // With a source PDF, the page mark opens that page of it.
      const markup = options.pageHref
        ? `<a class="page-mark" id="p${p.number}" href="${escapeHtml(options.pageHref(p.number))}">page ${p.number}</a>`
        : `<span class="page-mark" id="p${p.number}">page ${p.number}</span>`;
      points.push({ at: p.start, markup });
    }
  }
  const anchored = new Set<number>();
  for (const item of [...(reading.rulings ?? []), ...(reading.events ?? [])]) {
    if (anchored.has(item.start)) continue;
    anchored.add(item.start);
    points.push({ at: item.start, markup: `<span class="anchor" id="o${item.start}"></span>` });
  }
  points.sort((a, b) => a.at - b.at);
  const cites = (reading.citations ?? [])
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => Number.isInteger(c.start) && Number.isInteger(c.end) && c.start >= 0 && c.end <= text.length && c.end > c.start)
    .sort((a, b) => a.c.start - b.c.start || b.c.end - a.c.end);
  let out = "";
  let pos = 0;
  let pi = 0;
  const plainTo = (to: number) => {
    while (pi < points.length && points[pi].at <= to) {
      const at = Math.max(pos, points[pi].at);
      out += escapeHtml(text.slice(pos, at)) + points[pi].markup;
      pos = at;
      pi++;
    }
    out += escapeHtml(text.slice(pos, to));
    pos = to;
  };
  for (const { c, i } of cites) {
    if (c.start < pos) continue; // overlaps the previous citation: its text is already out
    plainTo(c.start);
    while (pi < points.length && points[pi].at < c.end) out += points[pi++].markup;
    out += citationLink(c, i, authorityIds[i] ?? null, escapeHtml(text.slice(c.start, c.end)));
    pos = c.end;
  }
  plainTo(text.length);
  return raw(out);
}

function citationLink(c: Citation, index: number, authorityId: number | null, inner: string): string {
  const cls = `cite cite-${escapeHtml(c.kind)}`;
  const title = escapeHtml([c.kind, c.caseName, placeLabel(c.loc)].filter(Boolean).join(" · "));
  if (authorityId === null) return `<span class="${cls}" id="c${index}" title="${title}">${inner}</span>`;
  return `<a class="${cls}" id="c${index}" href="/authorities/${authorityId}" title="${title}">${inner}</a>`;
}

/**
 * The caption, rulings, timeline and citations at a glance, each linked into the text and,
 * with `pdfHref`, each page:line reference also to that line of the source PDF.
 *
 * @example renderGlance(reading, doc.authorityIds, { pdfHref: (loc) => `/documents/3/pages/${loc.page}?line=${loc.line}` })
 */
export function renderGlance(reading: Reading, authorityIds: readonly (number | null)[] = [], options: { pdfHref?: (loc: Loc) => string } = {}): SafeHtml {
  const cap = reading.caption;
  // The printed page and line where the reading carries them; counted in the clean text otherwise.
  const placeAt = (start: number, loc?: Loc) => loc ?? placeOf(reading.text, reading.pages ?? [], start);
  const place = (start: number, loc?: Loc) => placeLabel(placeAt(start, loc));
  const pdf = (loc: Loc | null | undefined) => (options.pdfHref && loc ? html` <a class="pdf-link" href="${options.pdfHref(loc)}" title="this line in the source PDF">PDF</a>` : "");
  const parties = (cap?.parties ?? []).map((p) => html`<li>${p.name} <span class="role">${p.role}${p.proSe ? ", pro se" : ""}</span></li>`);
  const rulings = (reading.rulings ?? []).map(
    (r) =>
      html`<li><span class="disposition d-${r.disposition}">${r.recommended ? "recommended " : ""}${r.disposition}</span> ${r.request}${r.docketEntry ? html` <span class="entry">(entry ${r.docketEntry})</span>` : ""} <a href="#o${r.start}">${place(r.start, r.loc)}</a>${pdf(placeAt(r.start, r.loc))}</li>`,
  );
  const events = [...(reading.events ?? [])]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((e) => html`<li><time>${e.date}</time> ${e.text.length > 140 ? e.text.slice(0, 140) + "…" : e.text} <a href="#o${e.start}">${place(e.start, e.loc)}</a>${pdf(placeAt(e.start, e.loc))}</li>`);
  const citations = (reading.citations ?? []).map((c, i) => {
    const to = authorityIds[i];
    return html`<li><a href="#c${i}">${c.text}</a> <span class="kind">${c.kind}</span>${to ? html` → <a href="/authorities/${to}">authority</a>` : ""} <span class="place">${placeLabel(c.loc)}</span>${pdf(c.loc)}</li>`;
  });
  const findings = (reading.findings ?? []).map((f) => html`<li class="finding f-${f.severity}">${f.severity}: ${f.code} — ${f.message}</li>`);
  return html`
<section class="caption">
  <p class="court">${cap?.court?.name ?? cap?.court?.id ?? "Court unknown"}</p>
  <p class="case-number">${cap?.caseNumber?.normalized ?? cap?.caseNumber?.raw ?? ""}</p>
  <ul class="parties">${parties}</ul>
  <h1>${cap?.title ?? baseName(reading.source?.path) ?? "Untitled document"}</h1>
  <p class="meta">${reading.date ?? "undated"}${reading.judge ? html` · ${reading.judge.name}${reading.judge.title ? ", " + reading.judge.title : ""}` : ""}</p>
</section>
<section class="glance">
  <h2>Rulings</h2><ul class="rulings">${rulings.length ? rulings : html`<li class="none">none found</li>`}</ul>
  <h2>Timeline</h2><ul class="events">${events.length ? events : html`<li class="none">none found</li>`}</ul>
  <details><summary>Citations (${citations.length})</summary><ul class="citations">${citations}</ul></details>
  ${findings.length ? html`<details><summary>Findings (${findings.length})</summary><ul>${findings}</ul></details>` : ""}
</section>`;
}
