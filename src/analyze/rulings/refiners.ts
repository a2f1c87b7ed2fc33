/**
 * Refiners: what turns the candidates of single sentences into one ruling per request.
 * Each takes the rulings in text order and returns them merged, split or dropped.
 */
import type { Disposition, Ruling, RulingPart } from "../../model/types.js";

const APPELLATE: ReadonlySet<Disposition> = new Set(["affirmed", "reversed", "vacated", "affirmed-in-part"]);

/**
 * One sentence's appellate acts on one appeal are one ruling: "vacated, and this case is
 * remanded" is vacated with the remand noted; "we affirm A and reverse B" is affirmed in part.
 *
 * @example foldAppeal([vacated, remanded]) // → [vacated with remand: true]
 */
export function foldAppeal(made: Ruling[]): Ruling[] {
  const out: Ruling[] = [];
  // what each sentence kept so far, by where it starts: its dispositions, and its first appellate ruling
  // (lookups, not rescans, so a run-on of thousands of rulings stays linear)
  const decided = new Map<number, Set<Disposition>>();
  const heads = new Map<string, Ruling>();
  for (const r of made) {
    // "ACCEPTS the Report and ADOPTS it": the pronoun stands for what the sentence already decided
    if (/^(?:it|them|same|the\s+same)\b/i.test(r.request) && decided.get(r.start)?.has(r.disposition)) continue;
    const key = `${r.start}|${r.recommended ? 1 : 0}`;
    const head = heads.get(key);
    if (head && r.disposition === "remanded") {
      if (head.disposition !== "affirmed") head.remand = true;
      continue;
    }
    if (head && APPELLATE.has(r.disposition)) {
      if (r.disposition !== head.disposition) head.disposition = "affirmed-in-part";
      if (r.remand) head.remand = true;
      continue;
    }
    out.push(r);
    if (!decided.has(r.start)) decided.set(r.start, new Set());
    decided.get(r.start)!.add(r.disposition);
    if (APPELLATE.has(r.disposition) && !heads.has(key)) heads.set(key, r);
  }
  return out;
}

// a decision named only by a pointer: "that decision", "the judgment", "this order"
const BARE_DECISION = /^(?:that|this|the|its)?\s{0,2}(?:decision|judgment|order|ruling)$/i;

/**
 * A mandate line ("AFFIRMED.") that repeats an outcome the opinion already states in a
 * sentence ("we affirm the district court's order") is the same ruling.
 */
export function foldMandate(rulings: Ruling[]): Ruling[] {
  // "It is further ordered that the case is remanded …" after a reversal or vacatur: the remand is noted on it
  const undone = rulings.find((r) => r.disposition === "reversed" || r.disposition === "vacated" || r.disposition === "affirmed-in-part");
  if (undone) {
    const remands = rulings.filter((r) => r.disposition === "remanded" && r.start > undone.start && /^(?:the|this)\s+(?:case|action|matter|cause|proceeding)s?\b/i.test(r.request));
    if (remands.length) {
      undone.remand = true;
      rulings = rulings.filter((r) => !remands.includes(r));
    }
  }
  // "we now vacate that decision" in the introduction, "we vacate the Initial Opinion … and remand" in the conclusion: one ruling
  const named = new Set(rulings.filter((r) => APPELLATE.has(r.disposition) && !BARE_DECISION.test(r.request)).map((r) => r.disposition));
  rulings = rulings.filter((r) => !(APPELLATE.has(r.disposition) && BARE_DECISION.test(r.request) && named.has(r.disposition)));
  const stated = rulings.filter((r) => APPELLATE.has(r.disposition) && r.request !== "the appeal");
  return rulings.filter((r) => !(r.request === "the appeal" && stated.some((o) => o !== r && (o.disposition === r.disposition || r.disposition === "affirmed-in-part" || o.disposition === "affirmed-in-part"))) || !APPELLATE.has(r.disposition) || !stated.length);
}

// a ruling on part of a motion: "the motion … as to the malicious prosecution claim", "granted with respect to Count II"
const SCOPED = /\b(?:as\s+to|with\s+respect\s+to|with\s+regard\s+to|insofar\s+as|in\s+so\s+far\s+as|to\s+the\s+extent|as\s+it\s+(?:relates|pertains)\s+to|in\s+all\s+other\s+respects)\b/i;
// a claim, count or cause of action by name: "Count III", "Plaintiffs' third and fifth causes of action", "the claims for injunctive relief"
const CLAIM = /^(?:(?:the|all|any|his|her|their|its|[A-Z][\w.'’ -]{0,40}(?:['’]s?))\s{1,2})?(?:[\w-]{1,20}\s{1,2}(?:and\s{1,2}[\w-]{1,20}\s{1,2})?)?(?:claims?|counts?|causes?\s+of\s+action)\b/i;
// a motion named in a request: "Defendants' motion to dismiss", "the Motion for Summary Judgment"
const MOTION = /\b(?:motion|application|petition|request)s?\b/i;
// what a claim-by-claim ruling decides on: dismissal and judgment motions
const BY_CLAIM = new Set(["dismissal", "summary-judgment", "judgment-on-pleadings"]);
// the case itself disposed of: "This matter is DISMISSED", "Plaintiff's complaint is DISMISSED"
const WHOLE_CASE = /^(?:(?:the|this|that|its|his|her|their|[A-Z][\w.'’ -]{0,40}(?:['’]s?))\s{1,2})?(?:(?:first|second|third|fourth|amended|entire|instant|above[-\s]captioned)\s{1,2}){0,3}(?:case|action|matter|complaint|petition|lawsuit|suit)\b/i;

// the part named after the verb: "… is granted with respect to plaintiffs' third cause of action"
const SCOPE_AFTER = new RegExp(String.raw`\b(?:GRANTED|DENIED|DISMISSED|granted|denied|dismissed)\b(?<scope>[^.;,]{0,12}?${SCOPED.source}[^.;]{0,120})`, "i");

// a sentence that spells out the ruling before it: "Specifically, …", "In particular, …", "Namely, …"
const SPELLED_OUT = /^\s{0,3}(?:Specifically|More\s{1,2}specifically|In\s{1,2}particular|Namely|That\s{1,2}is)\s{0,2},/;

/** The part of a motion a ruling decides, or null when it decides the whole. */
function scopeOf(r: Ruling): string | null {
  if (r.recommended) return null;
  if (SCOPED.test(r.request) || (CLAIM.test(r.request) && !MOTION.test(r.request))) return r.request;
  // a scope is named in a sentence of ordinary length; a run-on of thousands of words names none (and each ruling would rescan it)
  const after = r.text.length <= 3000 ? SCOPE_AFTER.exec(r.text)?.groups?.scope : undefined;
  return after && !/\bin\s+part\b/i.test(after) ? `${r.request} ${after.trim().replace(/[\s,]+$/, "")}` : null;
}
const isPart = (r: Ruling) => scopeOf(r) !== null;
const outcome = (d: Disposition): "for" | "against" | null =>
  d === "granted" || d === "dismissed" ? "for" : d === "denied" || d === "denied-without-prejudice" ? "against" : null;

/**
 * A motion decided claim by claim is one ruling: the parts ("as to the abuse of process
 * claim … GRANTED", "Count III is dismissed", "DENIED in all other respects") go into the
 * `parts` of the ruling on the whole motion, which is granted in part when they differ.
 * With no ruling on the whole motion, the parts of one motion make one.
 */
export function foldParts(rulings: Ruling[]): Ruling[] {
  const wholes = rulings.filter((r) => !isPart(r) && !r.recommended && MOTION.test(r.request) && (BY_CLAIM.has(r.requestType ?? "") || r.requestType === "other" || !r.requestType));
  const out: Ruling[] = [];
  let made: Ruling | null = null;
  // the last motion decided in part: "Specifically, the Court GRANTS …" right after it tells its parts
  let inPart: Ruling | null = null;
  let lastPart: Ruling | null = null;
  for (const r of rulings) {
    // (and the sentences right after it that rule on the same kind of request: "The Court DENIES Plaintiffs' request for …")
    const spelled =
      inPart &&
      !r.recommended &&
      r.start > inPart.start &&
      outcome(r.disposition) !== null &&
      ((SPELLED_OUT.test(r.text) && r.start - inPart.end < 1500) || (lastPart && r.start - lastPart.end < 600 && lead(r.request) === lead(lastPart.request)) || sameNumbered(inPart, r));
    if (inPart && spelled) {
      addPart(inPart, r);
      lastPart = r;
      continue;
    }
    lastPart = null;
    if (!r.recommended && r.disposition === "granted-in-part" && MOTION.test(r.request)) inPart = r;
    const part = isPart(r) && outcome(r.disposition) !== null;
    // a claim disposed of ("Smith's claims for fees are DISMISSED") is part of the motion that attacked it, whatever the claim is for
    const claimOnly = CLAIM.test(r.request) && !MOTION.test(r.request);
    const type = r.requestType && r.requestType !== "other" && !claimOnly ? r.requestType : null;
    const whole = part ? (wholes.find((w) => sameRequest(w, r, type) && sameMotion(w, r)) ?? null) : null;
    if (part && whole) {
      addPart(whole, r);
      continue;
    }
    if (part && !wholes.some((w) => BY_CLAIM.has(w.requestType ?? "")) && (type === null || BY_CLAIM.has(type))) {
      if (made && sameMotion(made, r)) {
        addPart(made, r);
        continue;
      }
      made = { ...r, parts: [] };
      addPart(made, r);
      out.push(made);
      continue;
    }
    out.push(r);
  }
  // a whole motion granted or denied whose parts went both ways was granted in part;
  // a part alone is a ruling of its own
  for (const r of out) {
    if (r.parts?.length === 1 && !wholes.includes(r) && r.disposition !== "granted-in-part") delete r.parts;
    if (!r.parts?.length) continue;
    const sides = new Set([outcome(r.disposition), ...r.parts.map((p) => outcome(p.disposition))].filter(Boolean));
    if (sides.size > 1 && (r.disposition === "granted" || r.disposition === "denied" || r.disposition === "dismissed")) r.disposition = "granted-in-part";
  }
  return out;
}

/**
 * A ruling right after a motion decided in part, on the same kind of request under the same
 * docket number, tells one of its parts: "The motion for fees [ECF 30] is GRANTED IN PART and
 * DENIED IN PART. The motion for litigation expenses is denied."
 */
function sameNumbered(inPart: Ruling, r: Ruling): boolean {
  const d = inPart.motion.docket.join();
  return !!d && r.motion.docket.join() === d && !!r.requestType && r.requestType !== "other" && r.requestType === inPart.requestType && r.start - inPart.end < 600;
}

/** The first three words of a request: "plaintiffs request for". */
const lead = (s: string) => words(s).split(" ").slice(0, 3).join(" ");
const words = (s: string) => s.toLowerCase().replace(/[^a-z0-9 ]/g, " ").replace(/\s+/g, " ").trim();

/** Whether a part belongs to a whole: the same kind of motion, or a motion the part names in the whole's own words. */
function sameRequest(whole: Ruling, part: Ruling, type: string | null): boolean {
  if (whole.requestType && whole.requestType !== "other") return type === null || whole.requestType === type;
  return words(part.request).startsWith(words(whole.request));
}

function sameMotion(a: Ruling, b: Ruling): boolean {
  const da = a.motion.docket.join(), db = b.motion.docket.join();
  return !da || !db || da === db;
}

function addPart(whole: Ruling, r: Ruling): void {
  const part: RulingPart = { request: scopeOf(r) ?? r.request, disposition: r.disposition };
  whole.parts = [...(whole.parts ?? []), part];
}

/**
 * The case dismissed as the consequence of a motion granted in the same document ("The
 * motion to dismiss is GRANTED. … This matter is DISMISSED.") is no request of its own.
 */
export function dropConsequences(rulings: Ruling[]): Ruling[] {
  const granted = rulings.some((r) => !r.recommended && (r.disposition === "granted" || r.disposition === "granted-in-part") && BY_CLAIM.has(r.requestType ?? "") && MOTION.test(r.request));
  if (!granted) return rulings;
  return rulings.filter((r) => !(!r.recommended && r.disposition === "dismissed" && WHOLE_CASE.test(r.request) && !MOTION.test(r.request)));
}
