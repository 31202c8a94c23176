/**
 * Words by which an article presents a claim as confirmed, unverified,
 * disputed or denied. Matched on the sentence outside its quotations.
 */
import type { ClaimStatus } from '../schema.ts';

/**
 * `hedge`: "reportedly", qualifies only its own sentence; `evidence`: someone
 * has not backed up what they said; `verification`, `comment`, `doubt`,
 * `denial`, `confirmation`: what the article says of claims it points back to;
 * `verdict`: a fact-check's rating ("Verdict: Mostly true."), of the claim it checks;
 * `contrast`: "Two eyewitnesses gave a starkly different account.", of the
 * accounts before and after it, which dispute each other.
 */
export type MarkerKind = 'hedge' | 'evidence' | 'verification' | 'comment' | 'doubt' | 'denial' | 'confirmation' | 'verdict' | 'contrast';

export interface StatusMarker {
  status: ClaimStatus;
  marker: string;
  kind: MarkerKind;
}

interface Pattern {
  status: ClaimStatus;
  pattern: RegExp;
  kind: MarkerKind;
}

/** "Verdict: False.", "Our rating: Mostly true": a fact-check's label opening the sentence, then one of `ratings`. */
function verdict(ratings: string): RegExp {
  return new RegExp(String.raw`^\s*(?:our\s+)?(?:verdict|rating|ruling)\s*:\s*(?:${ratings})\b`, 'iu');
}

const PATTERNS: Pattern[] = [
  // The article's own judgement: the claim it contradicts is disputed; "denied" is left to a party's denial.
  { status: 'disputed', kind: 'verdict', pattern: verdict(String.raw`mostly\s+false|false|wrong|incorrect|misleading|exaggerated|half[\s-]true|mixed|pants\s+on\s+fire`) },
  { status: 'unverified', kind: 'verdict', pattern: verdict(String.raw`unverified|unproven|unsupported|unsubstantiated|no\s+evidence|unclear`) },
  { status: 'confirmed', kind: 'verdict', pattern: verdict(String.raw`mostly\s+true|true|correct|accurate|largely\s+accurate`) },
  { status: 'unverified', kind: 'verification', pattern: /\b(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+(?:independently\s+)?(?:confirmed|verified|corroborated|substantiated)\b/iu },
  { status: 'unverified', kind: 'verification', pattern: /\b(?:could|can|cannot|can't|could\s+not)\s*(?:not\s+)?(?:be\s+)?(?:immediately\s+)?(?:independently\s+)?(?:confirmed|verified|corroborated)\b/iu },
  { status: 'unverified', kind: 'verification', pattern: /\b(?:could|can)\s*not\s+(?:immediately\s+)?(?:independently\s+)?(?:verify|confirm|corroborate|establish)\b/iu },
  // "This newspaper has not seen those emails."
  { status: 'unverified', kind: 'verification', pattern: /\b(?:has|have|had)\s+not\s+(?:seen|reviewed|obtained)\b/iu },
  { status: 'unverified', kind: 'verification', pattern: /\b(?:was|were|is|are)\s+unable\s+to\s+(?:immediately\s+)?(?:independently\s+)?(?:verify|confirm|corroborate)\b/iu },
  { status: 'unverified', kind: 'verification', pattern: /\b(?:unverified|unconfirmed|unsubstantiated)\b/iu },
  // "although neither club has confirmed an approach", "no one has verified the figure".
  { status: 'unverified', kind: 'verification', pattern: /\b(?:neither|none|no\s+one|nobody)\b[^.;]*?\b(?:has|have|had)\s+(?:yet\s+)?(?:publicly\s+)?(?:confirmed|verified|corroborated)\b/iu },
  { status: 'unverified', kind: 'evidence', pattern: /\b(?:has|have|had|did)\s+not\s+(?:yet\s+)?(?:provided|offered|given|presented|produced|shown)\s+(?:any\s+)?(?:detailed\s+)?(?:information|evidence|proof|details)\b/iu },
  { status: 'unverified', kind: 'evidence', pattern: /\bwithout\s+(?:providing|offering|giving|presenting)\s+(?:any\s+)?(?:evidence|proof|details)\b/iu },
  { status: 'unverified', kind: 'evidence', pattern: /\bno\s+(?:independent\s+)?(?:evidence|confirmation|proof)\b/iu },
  { status: 'unverified', kind: 'verification', pattern: /\bremains?\s+to\s+be\s+seen\b|\bremains?\s+unclear\b/iu },
  { status: 'unverified', kind: 'comment', pattern: /\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:publicly\s+)?(?:commented|responded)\b|\bdeclined\s+to\s+comment\b|\bdid\s+not\s+(?:immediately\s+)?respond\b|\bremained\s+silent\b/iu },
  { status: 'unverified', kind: 'hedge', pattern: /\b(?:reportedly|allegedly|purportedly|supposedly)\b/iu },
  // "Castlegate are also said to be monitoring ...": a rumour the sentence passes on.
  { status: 'unverified', kind: 'hedge', pattern: /\b(?:is|are|was|were)\s+(?:also\s+)?said\s+to\s+(?:be|have)\b/iu },
  { status: 'disputed', kind: 'contrast', pattern: /\b(?:a|an)\s+(?:\w+\s+){0,2}(?:different|contrasting|conflicting|contradictory|opposing)\s+(?:account|picture|version|story)\b/iu },
  { status: 'disputed', kind: 'doubt', pattern: /\b(?:question(?:ed|ing|s)?\s+(?:the|whether|this|that|these|those|such|his|her|its|their)|cast(?:ing)?\s+doubt|disput(?:ed|es|ing)|contradict(?:ed|s|ing)?|sceptic(?:al|ism)|skeptic(?:al|ism)|doubt(?:ed|s|ful)?|challeng(?:ed|es|ing)\s+(?:the|this|that|these|those|such)|sparked\s+(?:intense\s+|heated\s+)?debate)\b/iu },
  // "The transcript does not support that reading."
  { status: 'disputed', kind: 'doubt', pattern: /\b(?:does|do|did)\s+not\s+(?:support|bear\s+out)\b/iu },
  { status: 'disputed', kind: 'doubt', pattern: /\b(?:rejected|dismissed)\s+(?:the|this|that|these|those|such|his|her|its|their)\s+(?:\w+\s+)?(?:claims?|allegations?|reports?|accounts?|assertions?|figures?)\b/iu },
  { status: 'denied', kind: 'denial', pattern: /\b(?:den(?:y|ies|ied|ying)|refut(?:ed|es|ing))\b/iu },
  // "Industry data support part of that account.", "The records bear out her version."
  { status: 'confirmed', kind: 'confirmation', pattern: /(?<!\bnot\s)\b(?:supports?|supported|bears?\s+out|bore\s+out|backs?\s+up|backed\s+up)\s+(?:(?:part|much|some)\s+of\s+)?(?:the|this|that|these|those|his|her|its|their)\s+(?:\w+\s+)?(?:claims?|accounts?|figures?|version|assertions?)\b/iu },
  { status: 'confirmed', kind: 'confirmation', pattern: /\b(?:(?<!not\s(?:been\s)?)(?<!not\s(?:yet\s)?been\s)(?:independently\s+)?(?:confirmed|verified|corroborated))\b/iu },
];

/** Every status marker in the (unquoted) sentence, strongest first. */
export function statusMarkers(unquotedSentence: string): StatusMarker[] {
  const found: StatusMarker[] = [];
  for (const { status, pattern, kind } of PATTERNS) {
    const match = pattern.exec(unquotedSentence);
    if (!match || found.some((f) => f.status === status && (f.kind === 'hedge') === (kind === 'hedge'))) continue;
    // "has not been independently confirmed" also contains "confirmed".
    if (status === 'confirmed' && found.some((f) => f.status === 'unverified')) continue;
    found.push({ status, marker: match[0], kind });
  }
  return found.sort((a, b) => STATUS_RANK[b.status] - STATUS_RANK[a.status]);
}

/** denied > disputed > unverified > confirmed > unassessed. */
export const STATUS_RANK: Record<ClaimStatus, number> = { denied: 4, disputed: 3, unverified: 2, confirmed: 1, unassessed: 0 };

/** Words by which a status sentence points back at claims ("these claims", "the information", "either side's account"). */
export const BACK_REFERENCE = /\b(?:th(?:e|ese|is|ose|at)|such|either|neither|both|(?:his|her|its|their))\s+(?:[\w’']+\s+)?(?:claims?|allegations?|information|reports?|account|assertions?|statements?|findings|figures?|accusations?|intelligence|footage|video|images|photos|numbers|matter|version|assertion|report|criticism|charges?|suggestions?|reading|interpretation|e-?mails|documents|messages|records|recordings|posts?|photographs?|clips?|pictures?|authenticity|veracity|accuracy|provenance)\b/iu;

/** An answer set in apposition after the claim it answers: "..., a suggestion Moreau dismissed", "..., a claim the ministry denied". */
export const APPOSED_ANSWER = /,\s+an?\s+(?:claim|suggestion|allegation|accusation|assertion|charge|version|account)\s+[^,]*$/iu;

/** One claim pointed back at by its kind: "denied the allegation", "the password claim". It is the latest one it can be. */
export const SINGLE_REFERENCE = /\bthe\s+(?:[\w’']+\s+)?(?:claim|allegation|accusation|assertion|suggestion|charge|report)\b(?![’'-]?s\b)/iu;

/** A single claim pointed back at: "that account", "this claim". It is the one just made. */
export const DEMONSTRATIVE_REFERENCE = /\b(?:that|this)\s+(?:\w+\s+)?(?:claim|account|allegation|assertion|suggestion|statement|version|idea|report|accusation|figure|number|toll)\b/iu;

/** "..., though this could not be confirmed", "..., a figure that could not be verified": the claim's own sentence says it is unverified. */
export const SELF_REFERENCE = /\b(?:this|which|it|but|though|although|(?:claim|figure|account|number|toll|statement)\s+that)\s+(?:\w+\s+){0,2}$/iu;
