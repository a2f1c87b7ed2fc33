// Maps casefile citations onto citebench's neutral cite form (eyecite's conventions), and
// turns citebench inputs (html, clean_steps) into the clean text + emphasis casefile reads.
// Shared by scripts/citebench.mjs and the CLI's `cite --jsonl`.

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", sect: "§", para: "¶", mdash: "—", ndash: "–", rsquo: "’", lsquo: "‘", ldquo: "“", rdquo: "”" };

/** One HTML entity (`&amp;`, `&#8217;`, `&#x2019;`) as text; an unknown one stays as it is. */
export function decodeEntity(e) {
  if (e[1] === "#") {
    const code = e[2] === "x" || e[2] === "X" ? parseInt(e.slice(3, -1), 16) : parseInt(e.slice(2, -1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : e;
  }
  return ENTITIES[e.slice(1, -1)] ?? e;
}

/** HTML → text with italic spans from <i>/<em>; block tags become spaces, inline tags vanish. */
export function htmlToText(html) {
  let text = "";
  const emphasis = [];
  const open = [];
  const re = /<\s*(\/?)\s*([a-zA-Z][a-zA-Z0-9-]*)[^>]{0,500}>|&#?[a-zA-Z0-9]{1,10};/g;
  let last = 0;
  let skipping = null;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (!skipping) text += html.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[0][0] === "&") {
      if (!skipping) text += decodeEntity(m[0]);
      continue;
    }
    const closing = m[1] === "/";
    const tag = m[2].toLowerCase();
    if (tag === "script" || tag === "style") {
      skipping = closing ? null : tag;
      continue;
    }
    if (skipping) continue;
    // Star pagination (`<span class="star-pagination">*355</span>`, `<page-number>`) is page furniture, not text.
    if (!closing && ((tag === "span" && /star-pagination/.test(m[0])) || tag === "page-number")) {
      const endTag = tag === "span" ? "</span>" : "</page-number>";
      const close = html.indexOf(endTag, last);
      if (close >= 0) {
        last = close + endTag.length;
        re.lastIndex = last;
      }
      continue;
    }
    if (tag === "i" || tag === "em") {
      // `<em>Jin Fuey Moy</em><em>v. United States</em>`: two italic runs are two words.
      if (!closing && emphasis.length && emphasis[emphasis.length - 1].end === text.length && /\S$/.test(text)) text += " ";
      if (!closing) open.push(text.length);
      else if (open.length) {
        const start = open.pop();
        if (text.length > start) emphasis.push({ start, end: text.length, style: "italic" });
      }
    } else if (/^(p|div|br|li|ul|ol|h\d|tr|td|table|blockquote|section|article)$/.test(tag)) {
      // `<pre>` is not among them: its text keeps its own line breaks, and CourtListener wraps
      // runs of an opinion in `<pre class="inline">` between citation spans (`216</span><pre>, 218`).
      text += " ";
    }
  }
  if (!skipping) text += html.slice(last);
  emphasis.sort((a, b) => a.start - b.start);
  return { text, emphasis };
}

/** Collapses whitespace (all, or only spaces/tabs), carrying emphasis spans along. */
export function collapse(text, emphasis, all) {
  const re = all ? /\s/ : /[ \t\u00a0]/;
  const map = new Array(text.length + 1);
  let out = "";
  for (let i = 0; i < text.length; i++) {
    map[i] = out.length;
    const ch = text[i];
    if (re.test(ch)) {
      if (out.length && out[out.length - 1] !== " " ) out += " ";
      else if (!out.length) continue;
    } else out += ch === "\u00a0" ? " " : ch;
  }
  map[text.length] = out.length;
  const em = emphasis.map((e) => ({ ...e, start: map[e.start], end: map[e.end] })).filter((e) => e.end > e.start);
  return { text: out, emphasis: em };
}

/** A citebench case's input as casefile would see it. */
export function prepare(c) {
  let doc = { text: c.text, emphasis: [] };
  const steps = c.clean_steps ?? [];
  if (c.markup && !steps.includes("html")) doc = htmlToText(doc.text);
  for (const s of steps) {
    if (s === "html") doc = htmlToText(doc.text);
    else if (s === "all_whitespace") doc = collapse(doc.text, doc.emphasis, true);
    else if (s === "inline_whitespace") doc = collapse(doc.text, doc.emphasis, false);
  }
  return doc;
}

const KIND = { case: "case", "case-short": "short_case", id: "id", supra: "supra", reference: "reference", statute: "law", regulation: "law", constitution: "law", journal: "journal", unknown: "unknown", "statute-short": "unknown" };

/** eyecite names a short form by the last party printed: `Foo v. Bar, supra` → `Bar`. */
function lastParty(name) {
  if (!name) return null;
  const parts = name.split(/\s+v\.?\s+/);
  return parts[parts.length - 1];
}

/** A public-domain cite (`2020 ND 12`): its reporter is a court token, not in the reporter table. */
let neutralTokens = null;
export function setNeutralTokens(names) {
  neutralTokens = new Set(names);
}
function neutral(c) {
  return neutralTokens ? neutralTokens.has(c.reporter) || /^IL App/.test(c.reporter ?? "") : false;
}

/** The text after a short form's keyword: `Id., at 123` → `at 123`. */
function tail(text, keyword) {
  const i = text.search(keyword);
  if (i < 0) return null;
  const rest = text.slice(i).replace(keyword, "").replace(/^[\s,]+/, "").trim();
  return rest || null;
}

/** A name with no `v.` (`Saucier`, `In re Dixon`): eyecite files it under the defendant. */
function singleName(name) {
  if (!name || /\sv\.?\s/.test(name)) return null;
  return name.replace(/^(?:In re|Ex parte|In the Matter of|Matter of)\s+/i, "") || null;
}

/** The text after a cite's page: `, at p. *4` of `2015 WL 2375225, at p. *4`. */
function afterPage(c) {
  if (!c.page || !c.reporterFound) return null;
  const r = c.text.indexOf(c.reporterFound);
  if (r < 0) return null;
  const m = /^\s*(\d+)/.exec(c.text.slice(r + c.reporterFound.length));
  if (!m || m[1] !== c.page) return null;
  return c.text.slice(r + c.reporterFound.length + m[0].length);
}

/** Whether a short form prints the full cite again (volume, reporter and first page). */
function repeatsFullForm(c) {
  return afterPage(c) !== null;
}

/** eyecite keeps a pin as printed when it starts with `at`: `at p. *4`. */
function rawPin(c) {
  if (!c.pin) return null;
  const m = /^,?\s*(at\s[^]*?)\s*$/.exec(afterPage(c) ?? "");
  return m ? m[1] : null;
}

/**
 * One casefile citation → a neutral citebench cite (or null when citebench has no such kind).
 * `full` gives the span from the case name to the last parenthetical, when known.
 */
export function toNeutral(c, fullSpan = null, cites = null) {
  const kind = KIND[c.kind];
  if (!kind) return null;
  const n = {
    kind, volume: null, reporter: null, reporter_normalized: null, page: null, pin: null, year: null, court: null,
    plaintiff: null, defendant: null, parenthetical: null, antecedent: null, matched_text: c.text, span: [c.start, c.end],
    full_span: fullSpan,
  };
  switch (c.kind) {
    case "case":
    case "case-short": {
      n.volume = c.volume ?? null;
      n.reporter = c.reporterFound ?? c.reporter ?? null;
      n.reporter_normalized = c.reporter ?? null;
      n.page = c.page ?? null;
      n.pin = c.pin ?? null;
      // eyecite reads a year only from a parenthetical, not from a public-domain cite's volume.
      n.year = c.yearProvenance === "stated" && !(String(c.year) === c.volume && !c.date && neutral(c)) ? c.year : null;
      // citebench counts a court only when stated, or when the reporter is the Supreme Court's own.
      n.court = c.courtProvenance === "stated" || (c.court === "scotus" && !/L\. ?Ed|U\.S\.L\.W/.test(c.reporter ?? "")) ? c.court : null;
      n.parenthetical = c.parenthetical ?? null;
      if (c.kind === "case-short" && repeatsFullForm(c)) {
        // `Loup-Miller, 676 P.2d 1170`: casefile reads a repeated full cite as a short form of the
        // first; eyecite, by its form, as a full cite.
        n.kind = "case";
        n.pin = rawPin(c) ?? n.pin;
        n.defendant = singleName(c.caseName);
      } else if (c.kind === "case") {
        n.pin = rawPin(c) ?? n.pin;
        n.plaintiff = c.plaintiff ?? null;
        n.defendant = c.defendant ?? (c.plaintiff ? null : singleName(c.caseName));
        // eyecite files `In re Foo` under the defendant.
        if (n.plaintiff && !n.defendant && /^(?:In re|Ex parte|In the Matter of|Matter of)\s/i.test(n.plaintiff)) {
          n.defendant = n.plaintiff.replace(/^(?:In re|Ex parte|In the Matter of|Matter of)\s+/i, "");
          n.plaintiff = null;
        }
      } else {
        n.antecedent = lastParty(c.caseName);
        const first = /\d{1,7}/.exec(c.pin ?? "");
        n.page = first ? first[0] : null;
      }
      break;
    }
    case "id":
      n.pin = tail(c.text, /^(?:[Ii]d|[Ii]bid)\./);
      n.parenthetical = c.parenthetical ?? null;
      break;
    case "supra":
      n.pin = tail(c.text, /^supra/);
      n.volume = c.volume ?? null;
      n.antecedent = lastParty(c.caseName);
      n.parenthetical = c.parenthetical ?? null;
      break;
    case "reference":
      n.pin = c.pin ? tail(c.text, new RegExp(`^${c.caseName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`)) : null;
      n.plaintiff = c.caseName ?? null;
      n.matched_text = c.caseName ?? c.text;
      // eyecite files the name under the party of the latest cite of that case printing it.
      if (cites && c.antecedent !== null && cites[c.antecedent]) {
        const self = cites.indexOf(c);
        const resource = resourceOf(cites, self);
        for (let j = self - 1; j >= 0; j--) {
          if (cites[j].kind !== "case" && cites[j].kind !== "case-short") continue;
          if (resourceOf(cites, j) !== resource) continue;
          const prev = toNeutral(cites[j]);
          if (prev?.kind !== "case") continue;
          if (prev.defendant?.startsWith(c.caseName ?? "\u0000")) {
            n.defendant = c.caseName;
            n.plaintiff = null;
            break;
          }
          if (prev.plaintiff?.startsWith(c.caseName ?? "\u0000")) break;
        }
      }
      break;
    case "statute":
    case "regulation":
    case "constitution":
      n.volume = c.title ?? null;
      n.reporter = c.codeFound ?? c.code ?? null;
      // eyecite names an annotated code apart from the code itself ("Ariz. Rev. Stat. Ann.")
      n.reporter_normalized = c.code && c.codeFound && /\bAnn\.?$/.test(c.codeFound) && !/\bAnn\.$/.test(c.code) ? `${c.code} Ann.` : (c.code ?? null);
      n.page = c.section ?? null;
      n.pin = c.pin ?? c.subsection ?? null;
      n.year = c.year ?? null;
      n.parenthetical = c.parenthetical ?? null;
      break;
    case "journal":
      n.volume = c.volume ?? null;
      n.reporter = c.reporterFound ?? c.journal ?? c.reporter ?? null;
      n.reporter_normalized = c.journal ?? c.reporter ?? null;
      n.page = c.page ?? null;
      n.pin = c.pin ?? null;
      n.year = c.year ?? null;
      n.parenthetical = c.parenthetical ?? null;
      break;
    default:
      break;
  }
  return n;
}

/** The resource a citation stands for: a full cite's own key, or what its antecedent chain reaches. */
export function resourceOf(cites, i, seen = new Set()) {
  const c = cites[i];
  if (!c || seen.has(i)) return null;
  seen.add(i);
  if (c.kind === "case" || c.kind === "statute" || c.kind === "regulation" || c.kind === "journal" || c.kind === "constitution") {
    if (c.kind === "case" && !c.page) return `#${i}`;
    const parallelRoot = c.parallel && c.parallel.length ? Math.min(i, ...c.parallel) : i;
    if (parallelRoot !== i) return resourceOf(cites, parallelRoot, seen);
    return [c.kind, c.volume ?? c.title, c.reporter ?? c.code ?? c.journal, c.page ?? c.section].join("|");
  }
  if (c.antecedent === null || c.antecedent === undefined) return null;
  return resourceOf(cites, c.antecedent, seen);
}
