/**
 * HTML built from tagged templates: every interpolated value is escaped unless it is
 * already `SafeHtml`, so court text can never become markup.
 */

/** Markup that has been escaped or built only from escaped parts. @example new SafeHtml("<br>") */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escapes text for element content and quoted attribute values.
 *
 * @example escapeHtml("<script>") // → "&lt;script&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

type Part = SafeHtml | string | number | boolean | null | undefined | readonly Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return "";
  if (part instanceof SafeHtml) return part.value;
  if (Array.isArray(part)) return part.map(render).join("");
  return escapeHtml(String(part));
}

/**
 * @example html`<p>${userText}</p>` // userText is escaped
 */
export function html(strings: TemplateStringsArray, ...values: Part[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

/** Trusts a string as markup; only for constants written in this codebase. @example raw("<br>") */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** Builds a query string from defined, non-empty values. @example query({ q: "stay" }) // → "?q=stay" */
export function query(params: Record<string, string | number | null | undefined>): string {
  const usp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") usp.set(k, String(v));
  const s = usp.toString();
  return s ? `?${s}` : "";
}
