/**
 * Small readers over an htmlparser2 tree for PACER pages: elements by name, a cell's
 * text as lines (`<br>` and blocks break lines), and the styled runs of each line
 * (PACER marks party names bold, roles underlined or italic).
 */
import type { ChildNode, Element } from "domhandler";

/** A run of text and the styles around it. */
export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

/** One printed line of a cell: its text (whitespace collapsed) and its runs. */
export interface Line {
  text: string;
  runs: Run[];
}

const BLOCK = new Set(["p", "div", "table", "tr", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "center", "hr", "dl", "dt", "dd", "pre", "blockquote", "form", "tbody", "thead"]);
const CELL = new Set(["td", "th"]);
const SKIP = new Set(["script", "style", "head", "noscript", "select", "option", "textarea", "iframe", "button", "title"]);

export const isElement = (n: ChildNode): n is Element => n.type === "tag" || n.type === "script" || n.type === "style";

/** Collapses whitespace (NBSP included) to single spaces and trims. */
export function squish(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, " ").trim();
}

/**
 * Every element named `name` under `root`, in document order (iterative: deep pages don't overflow the stack).
 *
 * @example elementsByName(doc, "tr").length // → 120
 */
export function elementsByName(root: { children: ChildNode[] }, name: string): Element[] {
  const out: Element[] = [];
  const stack: ChildNode[] = [...root.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (n.name === name) out.push(n);
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return out;
}

/** The nearest ancestor named `name`, or null. */
export function ancestor(n: Element, name: string): Element | null {
  for (let p = n.parent; p; p = p.parent) if (p.type === "tag" && (p as Element).name === name) return p as Element;
  return null;
}

/** The cells (`td`/`th`) of a row, its own, not those of nested tables. */
export function cellsOf(row: Element): Element[] {
  const out: Element[] = [];
  const stack: ChildNode[] = [...row.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (CELL.has(n.name)) out.push(n);
    else if (n.name !== "table" && n.name !== "tr") for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return out;
}

/**
 * A node's text split into printed lines, each with its styled runs; blank lines kept as
 * empty strings so a blank line between two attorneys can part them.
 *
 * @example linesOf(td).map((l) => l.text) // → ["John Smith", "Smith LLP", "LEAD ATTORNEY"]
 */
export function linesOf(node: ChildNode | { children: ChildNode[] }): Line[] {
  const lines: Line[] = [];
  let runs: Run[] = [];
  const flush = (): void => {
    const text = squish(runs.map((r) => r.text).join(""));
    lines.push({ text, runs: runs.filter((r) => squish(r.text) !== "") });
    runs = [];
  };
  type Frame = { node: ChildNode; bold: boolean; italic: boolean; underline: boolean } | { close: string };
  const kids = "type" in node ? [node as ChildNode] : node.children;
  const stack: Frame[] = kids.map((n) => ({ node: n, bold: false, italic: false, underline: false })).reverse();
  while (stack.length) {
    const f = stack.pop()!;
    if ("close" in f) {
      if (BLOCK.has(f.close) || CELL.has(f.close)) {
        if (runs.length) flush();
      }
      continue;
    }
    const n = f.node;
    if (n.type === "text") {
      runs.push({ text: n.data, bold: f.bold, italic: f.italic, underline: f.underline });
      continue;
    }
    if (!isElement(n) || SKIP.has(n.name)) continue;
    if (n.name === "br") {
      flush();
      continue;
    }
    if (BLOCK.has(n.name) && runs.length) flush();
    const bold = f.bold || n.name === "b" || n.name === "strong" || /font-weight:\s*bold/i.test(n.attribs.style ?? "");
    const italic = f.italic || n.name === "i" || n.name === "em";
    const underline = f.underline || n.name === "u";
    stack.push({ close: n.name });
    // a cell ends with a space so two cells on one line never run together
    if (CELL.has(n.name)) stack.push({ node: { type: "text", data: " " } as ChildNode, bold, italic, underline });
    for (let i = n.children.length - 1; i >= 0; i--) stack.push({ node: n.children[i], bold, italic, underline });
  }
  if (runs.length) flush();
  return lines;
}

/** A node's whole text, whitespace collapsed, lines joined by a space. */
export function textOf(node: ChildNode | { children: ChildNode[] }): string {
  return squish(
    linesOf(node)
      .map((l) => l.text)
      .join(" "),
  );
}

/** The `href` (and `onclick`) of every link under `node`. */
export function linksOf(node: Element): { href: string; onclick: string; text: string }[] {
  return elementsByName(node, "a").map((a) => ({ href: a.attribs.href ?? "", onclick: a.attribs.onclick ?? "", text: textOf(a) }));
}
