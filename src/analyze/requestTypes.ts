/**
 * What kind of request a motion makes, from the words of its name. Data, not code:
 * each row is a request type and the phrases that name it; the earliest phrase in the
 * request wins, ties go to the row listed first.
 */
const REQUEST_TYPES: readonly [type: string, pattern: RegExp][] = [
  // "reconsider", "motion for reconsideration", "alter or amend the judgment", "Rule 59(e)", "relief from judgment"
  ["reconsideration", /\breconsider|\balter\s+or\s+amend|\bRule\s+59\(e\)|\brelief\s+from\s+(?:the\s+|final\s+)?(?:judgment|order)|\bRule\s+60\(b\)/i],
  // "a certificate of appealability", "COA": what a habeas petitioner needs to appeal
  ["certificate-of-appealability", /\bcertificates?\s+of\s+appealability|\bCOA\b/],
  // "certification … for interlocutory appeal", "§ 1292(b)"
  ["interlocutory-appeal", /\binterlocutory\s+(?:appeal|review)|\bcertif\w{0,8}\s[^.;]{0,80}?\bappeal|§\s?1292\(b\)/i],
  // "judgment on the pleadings" before dismissal and summary judgment
  ["judgment-on-pleadings", /\bjudgment\s+on\s+the\s+pleadings/i],
  ["summary-judgment", /\bsummary\s+(?:judgment|adjudication)/i],
  ["default-judgment", /\bdefault\s+judgment|\bentry\s+of\s+default|\bset\s+aside\s+(?:the\s+)?default/i],
  ["preliminary-injunction", /\bpreliminary\s+injunct/i],
  ["tro", /\btemporary\s+restraining\s+order|\bTRO\b/i],
  ["class-certification", /\bclass\s+certification|\bcertify\s+(?:a|the)\s+(?:\w+\s+)?class/i],
  ["leave-to-amend", /\bleave\s+to\s+(?:file\s+(?:an?\s+|a\s+second\s+|a\s+third\s+)?)?amend|\bamend\s+(?:the|his|her|their|its)\s+(?:\w+\s+)?(?:complaint|petition|pleading|answer)|\bleave\s+to\s+file\s+(?:an?\s+)?(?:\w+\s+)?amended/i],
  ["remand", /\bremand/i],
  ["dismissal", /\bdismiss|\bdemurrer/i],
  ["stay", /\bstay\b|\bstay\s+(?:the|all|proceedings|discovery|pending)|\babey|\babeyance/i],
  ["sanctions", /\bsanction/i],
  ["attorney-fees", /\battorney'?s?'?\s+fees|\battorneys’\s+fees|\battorney’s\s+fees|\bfees\s+and\s+costs|\bcosts\s+and\s+fees/i],
  ["compel", /\bcompel/i],
  ["protective-order", /\bprotective\s+order/i],
  ["in-forma-pauperis", /\bin\s+forma\s+pauperis|\bIFP\b|\bwithout\s+prepay/i],
  ["appointment-of-counsel", /\bappoint(?:ment\s+of|\s+(?:pro\s+bono\s+)?)\s*counsel/i],
  ["extension", /\bextension|\bextend\s+(?:the\s+)?(?:time|deadline)|\benlarge(?:ment)?\s+(?:of\s+)?time|\bcontinu(?:e|ance)\b/i],
  ["seal", /\bseal\b|\bunder\s+seal|\bfile\s+under\s+seal|\bsealing/i],
  ["subpoena", /\bsubpoena/i],
  ["transfer", /\btransfer\b|\bchange\s+(?:of\s+)?venue/i],
  ["intervention", /\binterven/i],
  // "petition for a writ of habeas corpus", "§ 2254 petition", "motion to vacate under 28 U.S.C. § 2255";
  // a writ "ad testificandum" only brings a prisoner to court
  ["habeas", /\bhabeas(?!\s+corpus\s+ad\b)\b|§\s?225[45]\b/i],
];

/**
 * The request type of a request's wording, or "other".
 *
 * @example requestTypeOf("Plaintiff's request to stay the case pending appeal") // → "stay"
 */
export function requestTypeOf(request: string): string {
  let best: { type: string; at: number } | null = null;
  for (const [type, re] of REQUEST_TYPES) {
    const m = re.exec(request);
    if (m && (!best || m.index < best.at)) best = { type, at: m.index };
  }
  return best?.type ?? "other";
}
