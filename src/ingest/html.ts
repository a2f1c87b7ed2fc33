/**
 * HTML opinions (Fastcase/CAP, CourtListener) → lines with emphasis. A small tolerant
 * tokenizer: one pass over the input, no backtracking, unknown tags ignored.
 */
import type { EmphasisStyle, LineEmphasis, Page, SourceLine } from "../model/types.js";

/** Elements that end a paragraph (a blank line between blocks). */
const BLOCKS = new Set([
  "p", "div", "section", "article", "aside", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6",
  "ul", "ol", "li", "table", "tr", "pre", "header", "footer", "center", "dl", "dt", "dd", "hr",
  "title", "figure", "figcaption", "main", "nav", "address", "caption",
]);
/** Elements whose content is never text. */
const DROPPED = new Set(["script", "style", "head", "noscript", "template", "svg", "math", "iframe", "object"]);
const STYLES: Record<string, EmphasisStyle> = { i: "italic", em: "italic", cite: "italic", b: "bold", strong: "bold", u: "underline" };
/** Void elements never get a close tag; they must not open a nesting level. */
const VOID = new Set(["br", "hr", "img", "meta", "link", "input", "wbr", "col", "area", "base", "source"]);

/** How deep under the top of the open elements a close tag is looked for. */
const MAX_CLOSE_SEARCH = 64;

const NAMED: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", sect: "§", para: "¶",
  mdash: "—", ndash: "–", lsquo: "\u2018", rsquo: "\u2019", ldquo: "\u201c", rdquo: "\u201d",
  hellip: "…", copy: "©", reg: "®", trade: "™", deg: "°", frac12: "½", frac14: "¼", frac34: "¾",
  eacute: "é", egrave: "è", aacute: "á", agrave: "à", iacute: "í", oacute: "ó", uacute: "ú",
  ntilde: "ñ", ccedil: "ç", uuml: "ü", ouml: "ö", auml: "ä", Eacute: "É", middot: "·", bull: "•",
  laquo: "«", raquo: "»", times: "×", dagger: "†", Dagger: "‡", sup1: "¹", sup2: "²", sup3: "³",
  ensp: " ", emsp: " ", thinsp: " ", shy: "", zwnj: "", zwj: "",
};

/**
 * Decodes HTML character references (named, decimal, hex); unknown ones stay as written.
 *
 * @example decodeEntities("Smith &amp; Co. &#167; 1983") // → "Smith & Co. § 1983"
 */
export function decodeEntities(s: string): string {
  // e.g. "&amp;", "&#167;", "&#xA7;"
  return s.replace(/&(?:#(?<dec>\d{1,7})|#[xX](?<hex>[0-9a-fA-F]{1,6})|(?<name>[A-Za-z][A-Za-z0-9]{1,31}));?/g, (whole, dec?: string, hex?: string, name?: string) => {
    if (dec !== undefined || hex !== undefined) {
      const code = dec !== undefined ? Number(dec) : parseInt(hex ?? "0", 16);
      if (code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)) return String.fromCodePoint(code);
      return whole;
    }
    return name !== undefined && name in NAMED ? NAMED[name] : whole;
  });
}

interface OpenElement {
  /** Tells apart two elements of one style, so `<b>a</b> <b>b</b>` stays two spans. */
  id: number;
  name: string;
  style: EmphasisStyle | null;
  footnote: boolean;
  hidden: boolean;
}

/** Builds lines while the tokenizer walks the markup. */
class LineBuilder {
  readonly lines: SourceLine[] = [];
  // The line is kept in parts with its length and last character at hand: asking a
  // growing concatenated string about its end flattens it, quadratic over a long line.
  private parts: string[] = [];
  private length = 0;
  private endsWithSpace = false;
  private emphasis: LineEmphasis[] = [];
  /** Which span each open style element (by id) has on this line. */
  private owners = new Map<number, LineEmphasis>();
  private role: SourceLine["role"] = "body";

  append(raw: string, styles: readonly OpenElement[], role: SourceLine["role"], verbatim = false): void {
    // Source whitespace is layout, not content: runs collapse to one space (not in <pre>,
    // where the spaces are the layout of a text copy and layout reads them).
    let chunk = verbatim ? raw.replace(/[\t\f]/g, " ") : raw.replace(/[ \t\r\n\f]+/g, " ");
    if (!verbatim && (this.length === 0 || this.endsWithSpace)) chunk = chunk.replace(/^ /, "");
    if (chunk === "") return;
    if (this.length === 0) this.role = role;
    const start = this.length;
    this.parts.push(chunk);
    this.length += chunk.length;
    this.endsWithSpace = chunk.endsWith(" ");
    const end = this.length - (this.endsWithSpace ? 1 : 0);
    if (end <= start) return;
    for (const el of styles) {
      // One element split by inner tags (`<i>Smith <span>v.</span> Jones</i>`) is one span.
      const span = this.owners.get(el.id);
      if (span) span.end = end;
      else {
        const fresh: LineEmphasis = { start, end, style: el.style as EmphasisStyle };
        this.emphasis.push(fresh);
        this.owners.set(el.id, fresh);
      }
    }
  }

  /** Ends the current line; `blank` adds an empty line (a paragraph break) after it. */
  breakLine(blank: boolean, keepEmpty = false): void {
    const text = this.parts.join("").trimEnd();
    if (text === "" && keepEmpty) this.lines.push({ text: "", role: this.role });
    if (text !== "") {
      const emphasis = this.emphasis.map((e) => ({ ...e, end: Math.min(e.end, text.length) })).filter((e) => e.end > e.start);
      this.lines.push({ text, ...(emphasis.length ? { emphasis } : {}), role: this.role });
    }
    this.parts = [];
    this.length = 0;
    this.endsWithSpace = false;
    this.emphasis = [];
    this.owners = new Map();
    if (blank && this.lines.length > 0 && this.lines[this.lines.length - 1].text !== "") this.lines.push({ text: "", role: "body" });
  }

  /** True when the line so far is only a footnote's mark (`1`, `*`, `†`). */
  onlyMark(): boolean {
    return this.length > 0 && this.length <= 6 && /^\s?[\d*†‡§]{1,4}\s?$/.test(this.parts.join(""));
  }
}

/**
 * Converts HTML into one page of lines: block elements break paragraphs, `<br>` breaks
 * lines, `<i>/<em>/<b>/<strong>/<u>` become emphasis, script/style/head are dropped,
 * footnote asides get `role: "footnote"`.
 *
 * @example htmlToPages("<p>See <i>Id.</i></p>")[0].lines[0] // → { text: "See Id.", emphasis: [{ start: 4, end: 7, style: "italic" }], role: "body" }
 */
export function htmlToPages(html: string): Page[] {
  const out = new LineBuilder();
  const stack: OpenElement[] = [];
  let hiddenDepth = 0;
  let i = 0;
  const n = html.length;
  let nextId = 0;
  // Kept as the stack changes, so a text chunk costs nothing however deep the nesting.
  const byStyle: Record<EmphasisStyle, OpenElement[]> = { italic: [], bold: [], underline: [] };
  let footnoteDepth = 0;
  // Inside <pre> (CourtListener's plain-text opinions) the source's line breaks are the lines.
  let preDepth = 0;
  // Nested elements of one style (`<b><strong>x</strong></b>`) make one span, the outer one's.
  const styles = (): OpenElement[] => [byStyle.italic[0], byStyle.bold[0], byStyle.underline[0]].filter((e) => e !== undefined);
  const role = (): SourceLine["role"] => (footnoteDepth > 0 ? "footnote" : "body");
  const pop = (): OpenElement => {
    const el = stack.pop() as OpenElement;
    if (el.style) byStyle[el.style].pop();
    if (el.footnote) footnoteDepth--;
    if (el.name === "pre") preDepth--;
    return el;
  };

  // Where the next ">" after the current "<" stands (-1: none in the rest of the input).
  let nextGt = 0;
  while (i < n) {
    const lt = html.indexOf("<", i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i && hiddenDepth === 0) {
      const chunk = decodeEntities(html.slice(i, textEnd));
      if (preDepth === 0) out.append(chunk, styles(), role());
      else {
        chunk.split(/\r\n|\r|\n/).forEach((part, k) => {
          if (k > 0) out.breakLine(false, true);
          out.append(part, styles(), role(), true);
        });
      }
    }
    if (lt < 0) break;
    i = lt;
    if (html.startsWith("<!--", i)) {
      const end = html.indexOf("-->", i + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    // The next ">" is looked up again only once passed: a search from every stray "<" ran to
    // the end of the input each time when none followed (quadratic in the count of "<").
    if (nextGt !== -1 && nextGt <= i) nextGt = html.indexOf(">", i + 1);
    const gt = nextGt;
    // "<" not followed by a tag name, "/", "!" or "?" is text ("x < y").
    if (gt < 0 || !/[A-Za-z/!?]/.test(html[i + 1] ?? "")) {
      // A stray "<" with no tag after it is text.
      if (hiddenDepth === 0) out.append("<", styles(), role());
      i += 1;
      continue;
    }
    const tag = html.slice(i + 1, gt);
    i = gt + 1;
    // e.g. "/p", "p class=\"x\"", "br/", "!DOCTYPE html"
    const m = /^(?<close>\/)?\s{0,3}(?<name>[A-Za-z][A-Za-z0-9-]{0,20})/.exec(tag);
    if (!m?.groups) {
      if (!tag.startsWith("!") && !tag.startsWith("?") && hiddenDepth === 0) out.append(`<${tag}>`, styles(), role());
      continue;
    }
    const name = m.groups.name.toLowerCase();
    const closing = m.groups.close !== undefined;
    if (!closing && (name === "script" || name === "style")) {
      // Raw-text elements: their content may hold "<" freely, so skip to the close tag.
      const closer = name === "script" ? /<\/script/gi : /<\/style/gi;
      closer.lastIndex = i;
      const close = closer.exec(html);
      i = close ? close.index : n;
      continue;
    }
    if (closing) {
      // A close tag matches an open element near the top; a stray one deep down is ignored
      // (looking further would make hostile markup quadratic).
      let k = stack.length - 1;
      while (k >= 0 && k >= stack.length - MAX_CLOSE_SEARCH && stack[k].name !== name) k--;
      if (k < 0 || stack[k].name !== name) continue;
      while (stack.length > k) {
        const el = pop();
        if (el.hidden) hiddenDepth--;
        if (BLOCKS.has(el.name) && hiddenDepth === 0) out.breakLine(true);
      }
      continue;
    }
    if (name === "br") {
      if (hiddenDepth === 0) out.breakLine(false);
      continue;
    }
    if (BLOCKS.has(name) && hiddenDepth === 0) {
      // In a footnote aside the mark and the note's first paragraph read as one line: "1 The jury …".
      if (out.onlyMark() && role() === "footnote") out.append(" ", [], "footnote");
      else out.breakLine(true);
    }
    if (VOID.has(name) || tag.endsWith("/")) continue;
    const cls = /\bclass\s{0,2}=\s{0,2}["']?(?<cls>[^"'>]{0,200})/i.exec(tag)?.groups?.cls ?? "";
    const footnote = /(?:^|\s)(?:footnote|footnotes)(?:\s|$)/i.test(cls) || (name === "aside" && /footnote/i.test(cls));
    // Page labels (`*1079`) mark the printed reporter page, not text of the opinion.
    const hidden = DROPPED.has(name) || /\bpage-label\b/.test(cls);
    if (hidden) hiddenDepth++;
    const el: OpenElement = { id: nextId++, name, style: STYLES[name] ?? null, footnote, hidden };
    stack.push(el);
    if (el.style) byStyle[el.style].push(el);
    if (footnote) footnoteDepth++;
    if (name === "pre") preDepth++;
  }
  out.breakLine(false);
  const lines = out.lines;
  while (lines.length && lines[lines.length - 1].text === "") lines.pop();
  return [{ number: 1, lines }];
}
