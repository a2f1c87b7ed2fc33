/**
 * A text as HTML with every citation marked, the way eyecite's `annotate_citations` serves
 * CourtListener: the text escaped, each citation wrapped in a link (when a URL can be made
 * for it) or a span, with its kind as a class and its Bluebook form as the title. Short
 * forms, *Id.* and *supra* link where the case they resolve to links.
 *
 * Runs in a browser: no Node-only imports.
 */
import type { Citation } from "../model/types.js";

/** CourtListener's citation redirect: `/c/F.2d/845/205/` opens the case that starts there. */
export const COURTLISTENER_URL_TEMPLATE = "https://www.courtlistener.com/c/{reporter}/{volume}/{page}/";

export interface AnnotateOptions {
  /**
   * A URL with `{volume}`, `{reporter}`, `{page}` and `{pin}` in it, filled in (URL-encoded)
   * for each case; null links nothing. Default: CourtListener's citation redirect.
   */
  urlTemplate?: string | null;
  /** The whole page (`<!doctype html>` … ) or only the marked-up text. Default: the page. */
  fragment?: boolean;
  /** The page's title. */
  title?: string;
}

/** Escapes text for HTML content and attribute values (web/html.ts has the same; the citation core imports nothing outside cite/ and model/). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => (ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : ch === ">" ? "&gt;" : ch === '"' ? "&quot;" : "&#39;"));
}

/** The full case cite a citation stands for: itself, or what its short form, Id. or supra resolves to (a bounded walk). */
function caseOf(citations: readonly Citation[], i: number): Citation | null {
  let c: Citation | undefined = citations[i];
  for (let hops = 0; c !== undefined && hops < 8; hops++) {
    if (c.kind === "case") return c;
    if (c.antecedent === null || c.antecedent === undefined) return null;
    c = citations[c.antecedent];
  }
  return null;
}

/** Fills a URL template from a case cite (and the pin of the citation being linked); null when a part is missing. */
export function citationUrl(template: string, full: Citation, pin: string | null | undefined): string | null {
  if (!full.volume || !full.reporter || !full.page) return null;
  const parts: Record<string, string> = { volume: full.volume, reporter: full.reporter, page: full.page, pin: pin ?? "" };
  return template.replace(/\{(volume|reporter|page|pin)\}/g, (_, k: string) => encodeURIComponent(parts[k]));
}

/**
 * The text as HTML, each citation marked (in text order; a span overlapping one already
 * written, or outside the text, is skipped).
 *
 * @example annotateHtml("See 845 F.2d 205.", findCitations("See 845 F.2d 205."), { fragment: true })
 * // 'See <a class="cite cite-case" href="https://www.courtlistener.com/c/F.2d/845/205/" title="845 F.2d 205">845 F.2d 205</a>.'
 */
export function annotateHtml(text: string, citations: readonly Citation[], options: AnnotateOptions = {}): string {
  const template = options.urlTemplate === undefined ? COURTLISTENER_URL_TEMPLATE : options.urlTemplate;
  const order = citations.map((_, i) => i).sort((a, b) => citations[a].start - citations[b].start);
  let out = "";
  let at = 0;
  for (const i of order) {
    const c = citations[i];
    if (c.start < at || c.end > text.length || c.end <= c.start) continue;
    out += escapeHtml(text.slice(at, c.start));
    const full = caseOf(citations, i);
    const href = template && full ? citationUrl(template, full, c.pin) : null;
    const title = c.bluebook ? ` title="${escapeHtml(c.bluebook)}"` : "";
    const inner = escapeHtml(text.slice(c.start, c.end));
    const cls = `cite cite-${c.kind}`;
    out += href ? `<a class="${cls}" href="${escapeHtml(href)}"${title}>${inner}</a>` : `<span class="${cls}"${title}>${inner}</span>`;
    at = c.end;
  }
  out += escapeHtml(text.slice(at));
  if (options.fragment) return out;
  return `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>${escapeHtml(options.title ?? "casefile: citations")}</title>\n<style>body{font:15px/1.5 Georgia,serif;max-width:48rem;margin:2rem auto}pre{white-space:pre-wrap;font:inherit}a.cite{color:#1a4d8f}span.cite{background:#f3f0e6}</style></head>\n<body><pre class="casefile-annotated">${out}</pre></body>\n</html>\n`;
}
