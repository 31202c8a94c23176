/**
 * Status with evidence, as the article presents it. Three sources of
 * evidence: a hedge in the claim's own sentence ("reportedly"); a later claim
 * that denies, questions or confirms it; and a sentence in the article's own
 * voice ("The information has not been independently confirmed.") applied to
 * the claims it refers to, which may be several sentences back.
 */
import type { ClaimStatus } from '../schema.ts';
import type { ClaimDraft, SentenceInfo } from '../extract-article.ts';
import { BACK_REFERENCE, APPOSED_ANSWER, DEMONSTRATIVE_REFERENCE, SELF_REFERENCE, SINGLE_REFERENCE, STATUS_RANK, statusMarkers, type StatusMarker } from './markers.ts';
import { CONCEDING, DENYING, INSISTING, QUESTIONING } from '../lexicon/reporting.ts';
import { foldKey } from '../entities/normalize.ts';
import { NEVER_NAMES } from '../lexicon/parties.ts';
import { countriesNamedIn, countryInKey, isNameOf, partySides, type Sides } from './sides.ts';
import { countDisputes } from './figures.ts';

export interface EvidenceDraft {
  sentence: SentenceInfo;
  status: ClaimStatus;
  marker: string;
  partyKey: string | undefined;
}

export interface Decided {
  status: ClaimStatus;
  evidence: EvidenceDraft[];
}

/** How far back a claim that denies or questions looks for what it answers. */
const ANSWER_REACH = 12;
/** How far back an unanchored status sentence reaches. */
const STATUS_REACH = 8;
const CLAIM_NOUNS = String.raw`(?:claims?|allegations?|statements?|assertions?|accusations?|report|account|figures?|version)\b`;
const CLAIM_NOUN = new RegExp(String.raw`^\s*(?:\w+\s+)?${CLAIM_NOUNS}`, 'iu');
/** "the Kyrgyz account", "Russian claims": a people's word among the two before the claims meant. */
const PEOPLES_CLAIMS = new RegExp(String.raw`((?:\p{L}[\p{L}-]*\s+){1,2})${CLAIM_NOUNS}`, 'gu');
/**
 * "the company’s account", "the ministry’s figures", "the former employees’ account": a party called by its role,
 * the way the article called it before.
 */
const ROLE_CLAIMS = new RegExp(String.raw`\bthe\s+(?:\p{Ll}[\p{Ll}-]+\s+)?(\p{Ll}[\p{Ll}-]+)['’]s?\s+(?:\w+\s+)?${CLAIM_NOUNS}`, 'gu');
const STOP = new Set(['that', 'this', 'with', 'from', 'have', 'were', 'will', 'would', 'their', 'there', 'they', 'been', 'which', 'about', 'into', 'than', 'such', 'said', 'also', 'more', 'most', 'some', 'what', 'when', 'where', 'while', 'could', 'should', 'being', 'does', 'only', 'other']);

export function decideStatuses(sentences: readonly SentenceInfo[], claims: readonly ClaimDraft[]): Map<ClaimDraft, Decided> {
  const evidence = new Map<ClaimDraft, EvidenceDraft[]>(claims.map((c) => [c, []]));
  const add = (claim: ClaimDraft, e: EvidenceDraft) => {
    const list = evidence.get(claim)!;
    if (!list.some((x) => x.sentence === e.sentence && x.status === e.status)) list.push(e);
  };

  for (const claim of claims) {
    const text = claim.sentence.unquoted;
    for (const m of statusMarkers(text)) {
      // "reportedly" in the claim's sentence, or "..., though this could not be confirmed" after it.
      const aboutItself = m.kind === 'verification' && SELF_REFERENCE.test(text.slice(0, text.indexOf(m.marker)));
      if (m.kind === 'hedge' || aboutItself) add(claim, { sentence: claim.sentence, status: m.status, marker: m.marker, partyKey: undefined });
    }
  }

  const sides = partySides(sentences);
  const rejections: ClaimDraft[] = [];
  for (const answer of claims) {
    const byVerb = answerStatus(answer);
    const mark = byVerb === undefined ? answeringWords(ownWords(answer, claims)) : undefined;
    const status = byVerb ?? (mark !== undefined ? 'disputed' : undefined);
    if (status === undefined) continue;
    const targets =
      mark?.kind === 'called-false' || mark?.kind === 'contradiction' ? calledFalseClaims(answer, claims, sides) :
      mark?.kind === 'retraction' ? sameThingSaid(answer, claims, () => true) :
      mark?.kind === 'no-evidence' ? sameThingSaid(answer, claims, (c) => c.asserterKey !== answer.asserterKey && answer.sentence.index - c.sentence.index <= ANSWER_REACH && speaksOf(answer.sentence, mark.words, c)) :
      answered(answer, claims, status, sides);
    // A denial, or calling a claim false, and the claim it rejects contradict each other.
    const rejects = status === 'denied' || mark?.kind === 'called-false';
    for (const target of targets) {
      add(target, { sentence: answer.sentence, status, marker: mark?.words ?? answer.cue, partyKey: answer.asserterKey });
      // So the claim disputes the rejection, or the contradiction, in turn.
      if (rejects || mark?.kind === 'contradiction') add(answer, { sentence: target.sentence, status: 'disputed', marker: target.cue, partyKey: target.asserterKey });
    }
    // "The BDF have denied firing on Sarvik.", "called that report “a lie”": a rejection answers a claim even where
    // the article gives it in its own words or not at all, so the rejection is in dispute, as the party's own words say.
    if (rejects && targets.length === 0) add(answer, { sentence: answer.sentence, status: 'disputed', marker: mark?.words ?? answer.cue, partyKey: answer.asserterKey });
    if (rejects) rejections.push(answer);
  }

  for (const [accusation, counter] of counterAccounts(claims, sides)) {
    add(accusation, { sentence: counter.sentence, status: 'disputed', marker: counter.cue, partyKey: counter.asserterKey });
    add(counter, { sentence: accusation.sentence, status: 'disputed', marker: accusation.cue, partyKey: accusation.asserterKey });
  }
  // Two parties who count the same people differently dispute each other: "at least 14 killed" against "nine deaths".
  for (const [disputed, by, count] of countDisputes(claims)) add(disputed, { sentence: by.sentence, status: 'disputed', marker: count.text, partyKey: by.asserterKey });
  for (const [disputed, by, marker] of corrections(claims)) add(disputed, { sentence: by.sentence, status: 'disputed', marker, partyKey: by.asserterKey });

  let topic: string | undefined;
  // Where the fact-check's last verdict stood: the next one rates a claim made after it.
  let lastVerdict = -1;
  for (const sentence of sentences) {
    const own = claims.filter((c) => c.sentence === sentence);
    const named = possessiveClaimOwners(sentence);
    if (named.length > 0) topic = named[0];
    const markers = statusMarkers(sentence.unquoted).filter((m) => m.kind !== 'hedge');
    if (markers.length === 0 || own.length > 0 && !named.length) continue;
    const answeredHere = new Set<ClaimStatus | undefined>(own.map((c) => (DENYING.has(c.lemma) ? 'denied' : QUESTIONING.has(c.lemma) ? 'disputed' : undefined)));
    for (const marker of markers) {
      if (answeredHere.has(marker.status)) continue;
      const targets = marker.kind === 'verdict' ? checkedClaim(claims, lastVerdict, sentence.index) : marker.kind === 'contrast' ? contrasted(sentence, sentences, claims) : referents(sentence, marker, claims, named, topic);
      for (const target of targets) add(target, { sentence, status: marker.status, marker: marker.marker, partyKey: undefined });
    }
    if (markers.some((m) => m.kind === 'verdict')) lastVerdict = sentence.index;
  }

  // "Mr. Menon denied the allegation. “Every death is being recorded,” the DM stated.": the party's next words
  // carry the rejection on, and are in dispute with what it rejects, unless the article says more of them.
  for (const rejection of rejections) {
    for (const next of rejectionGoingOn(rejection, claims).filter((c) => evidence.get(c)!.length === 0)) {
      evidence.set(next, evidence.get(rejection)!.filter((e) => e.status === 'disputed'));
    }
  }

  // "The club insisted it had acted on every recommendation": a point held against someone who says otherwise is in
  // dispute, as the verb says, where nothing else in the article speaks to it. When the sentence sets the other
  // party's account beside it ("Kyrgyz officials said ..., while Tajik authorities insisted"), the two dispute each other.
  for (const claim of claims.filter((c) => INSISTING.has(c.lemma) && evidence.get(c)!.length === 0)) {
    const against = heldAgainst(claim, claims);
    add(claim, { sentence: claim.sentence, status: 'disputed', marker: claim.cue, partyKey: against?.asserterKey ?? claim.asserterKey });
    if (against !== undefined && evidence.get(against)!.length === 0) add(against, { sentence: claim.sentence, status: 'disputed', marker: claim.cue, partyKey: claim.asserterKey });
  }

  return new Map(claims.map((c) => {
    const list = evidence.get(c)!;
    const status = list.reduce<ClaimStatus>((best, e) => (STATUS_RANK[e.status] > STATUS_RANK[best] ? e.status : best), 'unassessed');
    return [c, { status, evidence: list }];
  }));
}

/** Parties whose claims the sentence names: "Zhivoev’s claims", "their statement". */
function possessiveClaimOwners(sentence: SentenceInfo): string[] {
  return sentence.names.filter((n) => n.possessive && CLAIM_NOUN.test(sentence.text.slice(n.end).replace(/^['’]s?/u, ''))).map((n) => n.key);
}

/** "Claim 2:" opening a claim's sentence: what a fact-check rates. */
const CLAIM_LABEL = /^\s*(?:the\s+)?claim\b[^:]{0,12}:/iu;

/**
 * The one claim a fact-check's verdict ("Verdict: False.") rates, among those
 * made since its last verdict: the one labelled "Claim", else the first, which
 * a fact-check opens with; not the expert quoted in the analysis just before
 * the verdict.
 */
function checkedClaim(claims: readonly ClaimDraft[], since: number, at: number): ClaimDraft[] {
  const section = claims.filter((c) => c.sentence.index > since && c.sentence.index < at);
  const labelled = section.filter((c) => CLAIM_LABEL.test(c.sentence.text));
  return (labelled.length > 0 ? labelled.slice(-1) : section).slice(0, 1);
}

/** What a claim by its verb says of the claims it answers: a denial denies them, a question disputes them, a confirmation confirms them. */
function answerStatus(answer: ClaimDraft): ClaimStatus | undefined {
  if (DENYING.has(answer.lemma)) return 'denied';
  if (QUESTIONING.has(answer.lemma)) return 'disputed';
  return answer.lemma === 'confirm' || CONCEDING.has(answer.lemma) ? 'confirmed' : undefined;
}

/** The words of a claim's sentence between the cues of the claims beside it: "Brask says that figure is inflated" is not Veldara's. */
function ownWords(claim: ClaimDraft, claims: readonly ClaimDraft[]): string {
  const beside = claims.filter((c) => c.sentence === claim.sentence && c !== claim);
  const previous = beside.filter((c) => c.cueEnd <= claim.cueStart).at(-1);
  const next = beside.find((c) => c.cueStart >= claim.cueEnd);
  return claim.sentence.text.slice(previous?.cueEnd ?? 0, next?.cueStart);
}

/**
 * The claims a party calls false without a verb of denial, which it disputes: those made before it in its own
 * sentence ("Veldara says 84 civilians have been killed; Brask says that figure is “inflated”"), else those of
 * an owner it names ("called Nicaragua’s version “a fiction”"), else, when it points at one ("that figure",
 * "that claim"), the claims just made by another party.
 */
function calledFalseClaims(answer: ClaimDraft, claims: readonly ClaimDraft[], sides: Sides): ClaimDraft[] {
  const before = claims.filter((c) => c.asserterKey !== answer.asserterKey && madeBefore(c, answer));
  const sameSentence = before.filter((c) => c.sentence === answer.sentence);
  if (sameSentence.length > 0) return sameSentence;
  const near = before.filter((c) => answer.sentence.index - c.sentence.index <= ANSWER_REACH);
  const owned = ownedClaims(answer, before, near, sides);
  if (owned !== undefined && owned.length > 0) return owned;
  // "called the suggestion that Talvessan forces had fired on Sarvik “grotesque”": the claims that suggested it.
  // Its names count: who did what to whom is what the two sentences share.
  const judged = wordsOf(JUDGED_CLAUSE.exec(answer.sentence.text)?.[1] ?? '');
  const suggesting = judged.size === 0 ? [] : near.filter((c) => [...wordsOf(c.sentence.text)].filter((w) => judged.has(w)).length >= Math.min(3, judged.size));
  if (suggesting.length > 0) return suggesting;
  return DEMONSTRATIVE_REFERENCE.test(answer.sentence.unquoted) ? latestRun(before, answer.sentence.index) : [];
}

/** The claims the party makes in the sentence after its rejection, in the same paragraph, that are no answers of their own. */
function rejectionGoingOn(answer: ClaimDraft, claims: readonly ClaimDraft[]): ClaimDraft[] {
  return claims.filter((c) =>
    c.asserterKey === answer.asserterKey && c.sentence.index === answer.sentence.index + 1 &&
    c.sentence.paragraph === answer.sentence.paragraph && answerStatus(c) === undefined);
}

/**
 * "Dongzhou accused a Namseon vessel of ramming its ship, while Namseon said its crew had been attacked": an
 * accusation and, set against it in the same sentence, the account of the party accused, which dispute each other.
 */
function counterAccounts(claims: readonly ClaimDraft[], sides: Sides): [accusation: ClaimDraft, counter: ClaimDraft][] {
  return claims.flatMap((accusation) => {
    if (!ACCUSING.has(accusation.lemma)) return [];
    const accused = (key: string) => accusation.subjectKeys.some((s) => sides.speaksFor(key, s) || sides.country(key) !== undefined && sides.country(key) === sides.country(s));
    return claims
      .filter((c) => c.sentence === accusation.sentence && c.cueStart >= accusation.cueEnd && c.asserterKey !== accusation.asserterKey && accused(c.asserterKey))
      .filter((c) => SET_AGAINST.test(c.sentence.text.slice(accusation.cueEnd, c.cueStart)))
      .map((c) => [accusation, c] as [ClaimDraft, ClaimDraft]);
  });
}

/** The claim by another party that a claim's sentence sets it against: "A said ..., while B insisted ...". */
function heldAgainst(claim: ClaimDraft, claims: readonly ClaimDraft[]): ClaimDraft | undefined {
  return claims.findLast((c) => c.sentence === claim.sentence && c.cueEnd <= claim.cueStart && c.asserterKey !== claim.asserterKey && SET_AGAINST.test(c.sentence.text.slice(c.cueEnd, claim.cueStart)));
}

const ACCUSING = new Set(['accuse', 'blame']);
/** Words setting one account against another within a sentence. */
const SET_AGAINST = /(?:^|[\s,;])(?:while|whereas|but|even though)\s/iu;

/** Whether a claim was made before an answer: in an earlier sentence, or earlier in the answer's own ("a report in the Daily Courier that ..., Brennan dismissed the idea"). */
function madeBefore(claim: ClaimDraft, answer: ClaimDraft): boolean {
  return claim.sentence.index < answer.sentence.index || claim.sentence === answer.sentence && claim.cueEnd <= answer.cueStart;
}

/** Words by which a party answers another's claim without a verb of denial, and what they do to it. */
interface AnsweringWords {
  kind: 'called-false' | 'contradiction' | 'retraction' | 'no-evidence';
  words: string;
}

/**
 * A party calling a claim false, saying it does not fit, taking back its own, or finding no evidence for it
 * disputes it; the words that say so, the strongest first, mark the evidence, not a "says" the sentence may use twice.
 */
function answeringWords(text: string): AnsweringWords | undefined {
  const calledFalse = CALLED_FALSE.exec(text)?.[1];
  if (calledFalse !== undefined) return { kind: 'called-false', words: calledFalse };
  for (const [kind, pattern] of [['contradiction', CONTRADICTS], ['retraction', RETRACTED], ['no-evidence', NO_EVIDENCE]] as const) {
    const words = pattern.exec(text)?.[0];
    if (words !== undefined) return { kind, words };
  }
  return undefined;
}

/**
 * A party calling something false, quoted or not: "that figure is “inflated several times over”", "the claim was
 * “simply untrue”", "dismissed as propaganda", "called Nicaragua’s version “a fiction”"; not "a false attack"
 * or "a propaganda video". "called the suggestion that Talvessan forces had fired “grotesque”": after what it judges.
 */
const JUDGED_NOUNS = String.raw`(?:suggestion|idea|notion|claim|allegation|accusation|assertion)s?`;
const CALLED_FALSE = new RegExp(String.raw`\b(?:(?:is|are|was|were|been|as)\s+|called\s+(?:[\w’'-]+\s+){1,4}|called\s+the\s+${JUDGED_NOUNS}\s+that\s+[^.;“"]*)(?:\w+ly\s+)?[“"]?(?:\w+ly\s+)?(?:an?\s+)?(false|untrue|wrong(?!\s+to\b)|baseless|groundless|fabricated|fabrication|invented|inflated|exaggerated|lies|lie|fiction|fantasy|propaganda|disinformation|misinformation|fake|absurd|nonsense|ridiculous|preposterous|grotesque|laughable)\b`, 'iu');

/** What a party judges, written out: "the suggestion that Talvessan forces had fired on Sarvik". */
const JUDGED_CLAUSE = new RegExp(String.raw`\b${JUDGED_NOUNS}\s+that\s+([^.;“"”]+)`, 'iu');

/** A party saying what it found does not fit another's claim: "very hard to square with Dongzhou’s account", "at odds with". */
const CONTRADICTS = /\b(?:(?:hard|difficult|impossible)\s+to\s+(?:square|reconcile)\s+with|at\s+odds\s+with|inconsistent\s+with|contradict(?:s|ed|ing)?)\b/iu;

/** A party taking back what it said: "We were wrong to say on Monday that ...", "retracted", "withdrew the claim". */
const RETRACTED = /\b(?:(?:was|were)\s+wrong\s+to\s+(?:say|claim|state)|retract(?:ed|s|ing)?|withdr[ae]w\s+(?:the|its|their|his|her)\s+(?:claim|statement|report|remarks?))\b/iu;

/**
 * "There is no evidence, none, of ballot stuffing": a party saying what another claimed has nothing to show
 * for it disputes that claim, as a denial would.
 */
const NO_EVIDENCE = /\b(?:no|not\s+any|not\s+a\s+shred\s+of)\s+evidence\b|\bnever\s+happened\b/iu;

/**
 * The earlier claims a retraction takes back (by whoever made them), or that a party says there is no evidence
 * for (`eligible`): those saying much the same thing, two content words in common.
 */
function sameThingSaid(answer: ClaimDraft, claims: readonly ClaimDraft[], eligible: (claim: ClaimDraft) => boolean): ClaimDraft[] {
  const overlapping = overlapWith(answer);
  return claims.filter((c) => c !== answer && madeBefore(c, answer) && eligible(c) && overlapping(c) >= 2);
}

/** "the number of jobs affected was 1,350, not 1,200": a figure given as a correction of another. */
const CORRECTION = /(\d(?:[\d,.]*\d)?)\s*(?:%|percent|per\s+cent)?,?\s+not\s+(\d(?:[\d,.]*\d)?)/giu;

/** Each earlier claim giving a figure that a later claim corrects, with the correcting claim and its words. */
function corrections(claims: readonly ClaimDraft[]): [disputed: ClaimDraft, by: ClaimDraft, marker: string][] {
  return claims.flatMap((by) =>
    [...by.sentence.text.matchAll(CORRECTION)].flatMap((m) => {
      const wrong = new RegExp(String.raw`(?<![\d.,])${m[2]!.replace(/[.]/gu, '\\.')}(?![\d]|[.,]\d)`, 'u');
      return claims.filter((c) => c !== by && madeBefore(c, by) && wrong.test(c.sentence.text)).map((c) => [c, by, m[0]] as [ClaimDraft, ClaimDraft, string]);
    }),
  );
}

/**
 * "Two eyewitnesses gave a starkly different account.": the account just given (the latest run of claims) and
 * the one that follows, which dispute each other. The one that follows is that of the next party, or of the
 * next two or three when the sentence counts them ("Two eyewitnesses"), up to a paragraph with no claim.
 */
function contrasted(sentence: SentenceInfo, sentences: readonly SentenceInfo[], claims: readonly ClaimDraft[]): ClaimDraft[] {
  const before = latestRun(claims.filter((c) => c.sentence.index < sentence.index), sentence.index);
  const counted = /^\s*(two|both|three)\b/iu.exec(sentence.unquoted)?.[1]?.toLowerCase();
  const parties = counted === undefined ? 1 : counted === 'three' ? 3 : 2;
  const speakers = new Set<string>();
  const after: ClaimDraft[] = [];
  reading: for (const next of sentences.slice(sentence.index + 1)) {
    if (next.paragraph !== sentence.paragraph && !claims.some((c) => c.sentence.paragraph === next.paragraph)) break;
    for (const c of claims.filter((x) => x.sentence === next)) {
      if (!speakers.has(c.asserterKey) && speakers.size === parties) break reading;
      speakers.add(c.asserterKey);
      after.push(c);
    }
  }
  return before.length > 0 && after.length > 0 ? [...before, ...after] : [];
}

/** The claims a status sentence refers to. */
function referents(sentence: SentenceInfo, marker: StatusMarker, claims: readonly ClaimDraft[], named: readonly string[], topic: string | undefined): ClaimDraft[] {
  const before = claims.filter((c) => c.sentence.index < sentence.index);
  if (named.length > 0) return before.filter((c) => named.includes(c.asserterKey));
  // "The U.S. has not provided evidence ...": the subject's own claims, and the latest run of claims.
  const subject = sentence.names[0];
  if (marker.kind === 'evidence' && subject && subject.start < 12) {
    const bySubject = before.filter((c) => c.asserterKey === subject.key);
    if (bySubject.length > 0) return [...new Set([...bySubject, ...latestRun(before, sentence.index)])];
  }
  // "could not independently verify ... the partisans’ claim to have agents inside the plant": the claims that say
  // what the sentence names, when it names something they said.
  if (marker.kind === 'verification') {
    const described = claimsDescribed(sentence, marker.marker, before);
    if (described.length > 0) return described;
  }
  // Otherwise the sentence must point back: "The information has not been ...", "these claims", or the
  // newsroom speak of its own checks: "We could not establish how much ...".
  if (!BACK_REFERENCE.test(sentence.unquoted) && !(marker.kind === 'verification' && /^\s*we\b/iu.test(sentence.unquoted))) return [];
  const onTopic = topic === undefined ? [] : before.filter((c) => c.asserterKey === topic);
  if (onTopic.length > 0) return onTopic;
  const last = latestRun(before, sentence.index);
  // "Neither account could be independently verified": the two accounts just given, each by its own party.
  if (TWO_ACCOUNTS.test(sentence.unquoted)) return [...latestRun(before.slice(0, before.length - last.length), sentence.index), ...last];
  // "neither claim could be confirmed": the two claims just made, by one party or two.
  if (TWO_CLAIMS.test(sentence.unquoted) && last.length === 1) return before.slice(-2).filter((c) => sentence.index - c.sentence.index <= STATUS_REACH);
  return last;
}

/**
 * The claims that share two content words with one of the things a verification marker is followed by: "the
 * number of drones reported by either side, the partisans’ claim to have agents inside the plant or the account
 * given by the intelligence source" names three.
 */
function claimsDescribed(sentence: SentenceInfo, marker: string, before: readonly ClaimDraft[]): ClaimDraft[] {
  const items = sentence.text
    .slice(sentence.text.indexOf(marker) + marker.length)
    .split(/[,;]\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+/u)
    .map((item) => {
      const words = [...wordsOf(item)];
      return { said: new Set(words.filter((w) => !CLAIM_WORDS.has(w))), ofClaim: words.some((w) => CLAIM_WORDS.has(w)) };
    });
  // What the claim said, or, for "the account given by the intelligence source", who said it.
  const describes = (c: ClaimDraft) => {
    const speaker = new Set(foldKey(c.asserterText).split(' ').map(stem));
    return items.some(({ said, ofClaim }) => sharedWords(c, said) >= 2 || ofClaim && said.size > 0 && [...said].every((w) => speaker.has(w)));
  };
  return before.filter((c) => sentence.index - c.sentence.index <= DESCRIBED_REACH && describes(c));
}

/** Words that say a claim was made, not what it said: "the partisans’ claim", "the account given by the source". */
const CLAIM_WORDS = new Set(['claim', 'account', 'report', 'allegation', 'statement', 'number', 'figure', 'side', 'source', 'version', 'given'].map(stem));

/** How far back a claim named by what it said may stand: an article's closing caveat may name its first claims. */
const DESCRIBED_REACH = 30;

/** "Neither account", "either side's account", "both versions": two parties' accounts pointed back at together. */
const TWO_ACCOUNTS = /\b(?:neither|both|either)\s+(?:[\w’']+\s+)?(?:accounts?|versions?|sides?|parties)\b/iu;
/** "neither claim", "both claims". */
const TWO_CLAIMS = /\b(?:neither|both|either)\s+(?:of\s+the\s+)?(?:claims?|allegations?|reports?|statements?)\b/iu;

/** The latest claim before the sentence, within reach, and the run of claims by the same asserter just before it. */
function latestRun(before: readonly ClaimDraft[], index: number): ClaimDraft[] {
  const last = before.at(-1);
  return !last || index - last.sentence.index > STATUS_REACH ? [] : lastRun(before);
}

/** The last of the claims and those by the same asserter just before it, in the order of the article. */
function lastRun(claims: readonly ClaimDraft[]): ClaimDraft[] {
  const run: ClaimDraft[] = [];
  for (let i = claims.length - 1; i >= 0 && claims[i]!.asserterKey === claims.at(-1)!.asserterKey; i--) run.unshift(claims[i]!);
  return run;
}

/**
 * The claims whose owner the answer names instead of repeating them:
 * "Halden’s figures" (what Halden said, however far back, or else what its
 * people said just before), "Kyrgyzstan’s account" and "the Kyrgyz account"
 * (what anyone speaking for Kyrgyzstan said just before), "the company’s
 * account" (whoever the article called "the company"). Undefined when it
 * names none. `before` holds every earlier claim the answer may answer,
 * `earlier` those of them in reach.
 */
function ownedClaims(answer: ClaimDraft, before: readonly ClaimDraft[], earlier: readonly ClaimDraft[], sides: Sides): ClaimDraft[] | undefined {
  const text = answer.sentence.unquoted;
  const owners = new Set(possessiveClaimOwners(answer.sentence));
  const countries = new Set([...owners].filter((key) => countryInKey(key) === key));
  for (const [, words] of text.matchAll(PEOPLES_CLAIMS)) for (const country of countriesNamedIn(words as string)) countries.add(country);
  for (const [, role] of text.matchAll(ROLE_CLAIMS)) {
    for (const c of earlier) if (` ${foldKey(c.asserterText)}`.endsWith(` ${role}`)) owners.add(c.asserterKey);
  }
  if (owners.size === 0 && countries.size === 0) return undefined;
  const own = [...before.filter((c) => [...owners].some((owner) => isNameOf(owner, c.asserterKey))), ...earlier.filter((c) => countries.has(sides.country(c.asserterKey) ?? ''))];
  return own.length > 0 ? [...new Set(own)] : earlier.filter((c) => [...owners].some((owner) => sides.speaksFor(c.asserterKey, owner)));
}

/** The earlier claims that a denial, a question or a confirmation answers. */
function answered(answer: ClaimDraft, claims: readonly ClaimDraft[], status: ClaimStatus, sides: Sides): ClaimDraft[] {
  const side = sides.country(answer.asserterKey);
  const others = claims.filter((c) => madeBefore(c, answer) && c.asserterKey !== answer.asserterKey);
  // "denied that, saying ...", "rejected that account": the claims just made, whoever made them.
  const object = answer.sentence.text.slice(answer.cueEnd);
  if (DEMONSTRATIVE_REFERENCE.test(answer.sentence.unquoted) || POINTING_OBJECT.test(object)) {
    const run = latestRun(others.filter((c) => answer.sentence.index - c.sentence.index <= ANSWER_REACH), answer.sentence.index);
    // "rejected that suggestion": one thing said, the last; "that account" may run over the party's sentences.
    return ONE_THING.test(answer.sentence.unquoted) ? run.slice(-1) : run;
  }
  // A party denies or questions the other side's claims, not its own side's.
  const before = others.filter((c) => status === 'confirmed' || side === undefined || sides.country(c.asserterKey) !== side);
  // "He claimed the approach had come from the player's side, a suggestion Moreau dismissed": the claim just made in the sentence.
  const sameSentence = before.filter((c) => c.sentence.index === answer.sentence.index);
  if (sameSentence.length > 0 && APPOSED_ANSWER.test(answer.sentence.text.slice(0, answer.cueStart))) return sameSentence;
  const earlier = before.filter((c) => answer.sentence.index - c.sentence.index <= ANSWER_REACH);
  // An owner named with none of its claims found ("the Kyrgyz account" with no one found speaking for
  // Kyrgyzstan) says nothing of which claims are meant: the other links decide.
  const owned = ownedClaims(answer, before, earlier, sides);
  if (owned !== undefined && owned.length > 0) return owned;
  const text = answer.sentence.unquoted;
  const overlapping = overlapWith(answer);
  // "denied the allegation", "questioned the claims": they point back without repeating what they answer,
  // but not to whatever was said last when they name an owner who said none of it ("the Opposition's allegation").
  const pointsBack = BACK_REFERENCE.test(text);
  const pointsBackToLatest = pointsBack && owned === undefined;
  if (status === 'denied') {
    // The party denying is the one the claim accuses or concerns, or speaks for it ("a spokesman for Dhulka
    // Hooyo, denied that the group had taken any food"), or its side is.
    const aboutDenier = (c: ClaimDraft) => c.subjectKeys.some((key) => sides.speaksFor(answer.asserterKey, key) || side !== undefined && sides.country(key) === side);
    // Failing that, a claim naming the denier's people: "accused Kyrgyz forces".
    const aboutDeniersSide = (c: ClaimDraft) => aboutDenier(c) || side !== undefined && countriesNamedIn(withoutAsserter(c)).has(side);
    // Without a known link to the claim, the denial must say much the same thing; saying the same thing
    // as another party's denial ("Iceland denying that any deal had been reached") is agreeing with it.
    const linkedBy = (concerned: (c: ClaimDraft) => boolean) =>
      earlier.filter((c) => concerned(c) && (pointsBack || overlapping(c) >= 1) || overlapping(c) >= 2 && !DENYING.has(c.lemma));
    const linked = [aboutDenier, aboutDeniersSide].map(linkedBy).find((found) => found.length > 0);
    // "Atlântida denied the allegation": the latest one about it, not every claim that named it. "The commission
    // rejected the allegations": the first about it and every claim since, the paragraph of allegations it answers.
    if (linked !== undefined) return SINGLE_REFERENCE.test(text) ? lastRun(linked) : PLURAL_REFERENCE.test(text) ? earlier.filter((c) => c.sentence.index >= linked[0]!.sentence.index) : linked;
    // "The government rejected the criticism.": with nothing else to go by, the claims just made are the ones meant.
    if (pointsBackToLatest) return latestRun(earlier, answer.sentence.index);
    // "Holloway ... denies arson with intent to endanger life": a denial of a charge answers the accusation just made.
    if (CHARGE.test(object)) return latestRun(earlier, answer.sentence.index).filter((c) => answer.sentence.index - c.sentence.index <= CHARGE_REACH);
    // A denial in other words than the claim's ("Mamani denied that anyone in his camp had tampered with the count"):
    // the claims about the party denying, if they are the latest made by anyone else.
    return latestRun(earlier, answer.sentence.index).filter(aboutDenier);
  }
  // A question or a confirmation must share what it is about: two content words, or a figure and a word. A
  // concession grants a point made about the same party, often in a word: "He accepted that Holloway had debts".
  // What a concession grants is its own clause: "acknowledged that “some people threw bottles,” but said ..." grants the bottles.
  const granted = CONCEDING.has(answer.lemma) ? wordsAfter(answer.sentence, answer.cueEnd) : undefined;
  const sameParty = (c: ClaimDraft) => c.subjectKeys.some((key) => answer.subjectKeys.includes(key));
  const grants = (c: ClaimDraft, words: ReadonlySet<string>) => {
    const shared = sharedWords(c, words);
    return shared >= 2 || shared >= 1 && sameParty(c);
  };
  // "... and the detective accepted that it was": a concession in pronouns grants what was just put to the party.
  if (granted !== undefined && granted.size === 0) return latestRun(earlier, answer.sentence.index).slice(-1);
  const linked = earlier.filter((c) => (granted === undefined ? overlapping(c) >= 2 : grants(c, granted)));
  return linked.length === 0 && pointsBackToLatest && status === 'disputed' ? latestRun(earlier, answer.sentence.index) : linked;
}

/** A demonstrative pointing at one thing said: "that suggestion", "this claim", "that figure". */
const ONE_THING = /\b(?:that|this)\s+(?:\w+\s+)?(?:claim|allegation|assertion|suggestion|idea|figure|number|accusation|toll)\b/iu;

/** A pronoun as what is denied or questioned: "denied that, saying ...", "rejected it.", "disputes this". */
const POINTING_OBJECT = /^\s+(?:that|this|it)\s*(?:[,.;:]|$)/u;
/** Several claims pointed back at: "rejected the allegations", "denied the accusations". */
const PLURAL_REFERENCE = /\bthe\s+(?:[\w’']+\s+)?(?:claims|allegations|accusations|charges|reports)\b/iu;
/** A charge as what is denied: "denies arson", "denied any wrongdoing", "denies the charges", "denied involvement". */
const CHARGE = /^\s+(?:all\s+|any\s+|the\s+)?(?:charges?|wrongdoing|involvement|responsibility|arson|murder|manslaughter|fraud|corruption|bribery|theft|assault|rape|misconduct|negligence|espionage|treason|terrorism|embezzlement|blame)\b/iu;
/** How many sentences back the accusation a denied charge answers may stand. */
const CHARGE_REACH = 3;

/** A claim's sentence without the words naming its asserter: "Kyrgyz officials said" is not about Kyrgyzstan. */
function withoutAsserter(claim: ClaimDraft): string {
  return claim.sentence.unquoted.replace(claim.asserterText, ' ');
}

/** A crude stem, enough to match "transferring" with "transfer" and "denied" with "denies". */
function stem(word: string): string {
  return word.replace(/(?:ing|ed|es|s)$/u, '').replace(/ie$|y$/u, 'i').replace(/([^aeiou])\1$/u, '$1');
}

/**
 * What a claim's sentence says, names and the words naming its asserter left
 * out: two sentences about Ukraine, or by "Russian officials" and about "an
 * official", need not be about the same thing. Nor need two sentences of the
 * same Wednesday. Figures count however short they are: "19 sailors" and
 * "19 of its citizens" are likely the same people.
 */
/** "3,000", "1.5", "12\u00a0500": one figure, where folding would split off a "000" that every thousand shares. */
const DIGIT_GROUPS = /(\d)[,.\u00a0\u202f](?=\d)/gu;

/** How many of `words` a claim says. */
function sharedWords(claim: ClaimDraft, words: ReadonlySet<string>): number {
  return [...contentWords(claim)].filter((w) => words.has(w)).length;
}

/** How many content words a claim shares with the answer: what ties an answer to a claim it does not name. */
function overlapWith(answer: ClaimDraft): (claim: ClaimDraft) => number {
  const words = contentWords(answer);
  return (claim) => sharedWords(claim, words);
}

function contentWords(claim: ClaimDraft): Set<string> {
  const { sentence } = claim;
  let text = sentence.text;
  for (const n of sentence.names) text = text.slice(0, n.start) + ' '.repeat(n.end - n.start) + text.slice(n.end);
  const asserter = new Set(foldKey(claim.asserterText).split(' ').map(stem));
  return new Set([...wordsOf(text)].filter((w) => !asserter.has(w)));
}

/** The stems of a text's words that say something: figures, and words of four letters or more that are not function words. */
function wordsOf(text: string): Set<string> {
  return new Set(
    foldKey(text.replace(DIGIT_GROUPS, '$1'))
      .split(' ')
      .filter((w) => (w.length >= 4 || /^\d+$/u.test(w)) && !STOP.has(w) && !NEVER_NAMES.has(w))
      .map(stem),
  );
}

/** Whether a claim says something of what follows a marker in another sentence: "no evidence, none, of ballot stuffing". */
function speaksOf(sentence: SentenceInfo, marker: string, claim: ClaimDraft): boolean {
  return sharedWords(claim, wordsAfter(sentence, sentence.text.indexOf(marker) + marker.length)) >= 1;
}

/** The content words from a place in a sentence to the end of its clause. */
function wordsAfter(sentence: SentenceInfo, at: number): Set<string> {
  return wordsOf(sentence.text.slice(at).split(/[.;:!?”"]|,\s+(?:but|and|while|adding)\b/u)[0] ?? '');
}

