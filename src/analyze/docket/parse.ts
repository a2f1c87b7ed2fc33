/**
 * HTML → an htmlparser2 tree, linear in the nesting depth.
 *
 * htmlparser2 12 keeps its stack of open elements innermost first and grows it with
 * `unshift` and shrinks it with `shift`, each of which moves the whole array: 100,000 nested
 * `<div>` took 20 s, and a 20 MB page of them would take hours (upstream: fb55/htmlparser2
 * pull request 2481, open). The parser's own two stacks (open elements, foreign context) are
 * swapped here for a stack with the same reads (`[0]` the innermost, `indexOf`, `includes`)
 * kept outermost first, so each push and pop is O(1) and a look for a name that is not open
 * is O(1) too. The tree is the one `parseDocument` builds, element for element.
 */
import { DomHandler, type Document } from "domhandler";
import { Parser, type ParserOptions } from "htmlparser2";

/**
 * A stack read innermost first (index 0 is the top), stored outermost first. Only the reads
 * and writes htmlparser2's Parser makes are fast; any other is answered from a copy.
 */
export function innermostFirstStack<T>(initial: readonly T[] = []): T[] {
  const items: T[] = [...initial].reverse();
  const counts = new Map<T, number>();
  for (const x of items) counts.set(x, (counts.get(x) ?? 0) + 1);
  const top = (i: number) => items[items.length - 1 - i];
  const methods: Record<string, unknown> = {
    unshift: (...xs: T[]) => {
      // unshift(a, b) leaves a on top of b: push them last first.
      for (let k = xs.length - 1; k >= 0; k--) {
        items.push(xs[k]);
        counts.set(xs[k], (counts.get(xs[k]) ?? 0) + 1);
      }
      return items.length;
    },
    shift: () => {
      if (items.length === 0) return undefined;
      const x = items.pop() as T;
      counts.set(x, (counts.get(x) ?? 1) - 1);
      return x;
    },
    includes: (x: T) => (counts.get(x) ?? 0) > 0,
    // From the top down: a closing tag finds its element near the top, and what lies above it is popped next.
    indexOf: (x: T) => {
      if (!counts.get(x)) return -1;
      for (let i = 0; i < items.length; i++) if (top(i) === x) return i;
      return -1;
    },
  };
  const copy = () => [...items].reverse();
  return new Proxy([] as T[], {
    get(_target, prop) {
      if (prop === "length") return items.length;
      if (typeof prop === "string") {
        if (/^\d{1,15}$/.test(prop)) return top(Number(prop));
        if (prop in methods) return methods[prop];
      }
      const all = copy();
      const v = Reflect.get(all, prop) as unknown;
      return typeof v === "function" ? v.bind(all) : v;
    },
    set(_target, prop, value) {
      if (prop !== "length" || typeof value !== "number") throw new TypeError(`innermostFirstStack: cannot set ${String(prop)}`);
      // Cutting to n keeps the n innermost.
      for (const x of items.splice(0, Math.max(0, items.length - value))) counts.set(x, (counts.get(x) ?? 1) - 1);
      return true;
    },
  });
}

/**
 * Parses a page as htmlparser2's `parseDocument` does, in time linear in its nesting depth.
 *
 * @example parseHtml("<div><p>a</div>").children.length // → 1
 */
export function parseHtml(html: string, options: ParserOptions & { withStartIndices?: boolean; withEndIndices?: boolean } = {}): Document {
  const handler = new DomHandler(undefined, options);
  const parser = new Parser(handler, options);
  const inner = parser as unknown as { stack?: unknown; foreignContext?: unknown };
  // Only the version whose stacks are innermost-first arrays (checked, not assumed) gets the swap.
  if (Array.isArray(inner.stack) && inner.stack.length === 0 && Array.isArray(inner.foreignContext)) {
    inner.stack = innermostFirstStack<string>();
    inner.foreignContext = innermostFirstStack(inner.foreignContext as unknown[]);
  }
  parser.end(html);
  return handler.root;
}
