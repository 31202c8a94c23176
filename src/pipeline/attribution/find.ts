/**
 * Attribution cues in one sentence: reporting verbs with their subject,
 * "according to X", "citing X", a reporting noun as subject ("the statement
 * declared") and "put the number at". Each cue yields the phrase naming the
 * party and the span of what it asserts.
 */
import { hasTag, isCapitalised, type Token } from '../text/tokens.ts';
import { NEEDS_CONTENT, NEWS_MEDIA_WORDS, SOURCE_NOUNS, reportingLemma } from '../lexicon/reporting.ts';
import { CLAIM_NOUNS, OBJECT_PRONOUNS, afterTime, clauseSubject, phraseEndingAt, phraseFrom, subjectAfter, subjectBefore, type IsParty, type Range } from './phrases.ts';

export type Rule = 'reporting-verb' | 'inverted-verb' | 'participle' | 'according-to' | 'reporting-noun' | 'put-the-number' | 'quote-dash-speaker' | 'interview-answer' | 'recorded-speech' | 'colon-quotation';

export interface Cue {
  rule: Rule;
  lemma: string;
  /** Token range of the cue words. */
  cue: Range;
  /** Token range of the phrase naming the party. */
  party: Range;
  /** Token range of the phrase after "citing", when the party relays someone else. */
  citing: Range | undefined;
  /** Token range of what is asserted. */
  content: Range;
}

const CONTENT_OPENERS = new Set(['that', 'how', 'what', 'whether', 'why', 'as', 'it', 'the', 'a', 'an']);
/** Words that open a reported clause after the verb ("said that", "asked whether"). */
const CLAUSE_OPENERS = new Set(['that', 'how', 'what', 'whether', 'why']);
const CLAUSE_JOINERS = new Set(['while', 'whereas', 'but', 'although', 'though', 'even', 'and', 'yet']);
const LIST_JOINERS = new Set(['and', 'but', 'yet']);
const PUTTING = new Set(['put', 'puts', 'putting']);
const NUMBER_NOUNS = new Set([
  'number', 'figure', 'toll', 'total', 'count', 'estimate', 'cost', 'tally', 'price', 'prices', 'sales', 'volume', 'rate',
  'value', 'share', 'losses', 'damage', 'turnout', 'attendance',
]);

/** "did not respond", "has never said", "didn't immediately comment": no assertion is made. */
function isNegated(tokens: readonly Token[], verb: number): boolean {
  const negation = (t: Token | undefined) => t !== undefined && (['not', 'never'].includes(t.lower) || /n[’']t$/u.test(t.lower));
  // "has said little", "said nothing about the offer": saying nothing is asserting nothing ("said little had changed" is not that).
  const nothing = ['little', 'nothing'].includes(tokens[verb + 1]?.lower ?? '') && !tokens[verb + 1]!.quoted && !hasTag(tokens[verb + 2], 'Verb');
  // "does not immediately comment", "does not itself declare": an adverb or a reflexive between.
  const between = hasTag(tokens[verb - 1], 'Adverb', 'Reflexive');
  return nothing || negation(tokens[verb - 1]) || between && negation(tokens[verb - 2]) || negatedBeforeOr(tokens, verb, negation);
}

/** "declared a state of calamity", "declared martial law": an act done by declaring it, which asserts nothing. */
function declaresAnAct(tokens: readonly Token[], verb: number, lemma: string): boolean {
  const next = tokens.slice(verb + 1, verb + 4).map((t) => t.lower).join(' ');
  return lemma === 'declare' && /^(?:an?\s+(?:\w+\s+)?(?:state|emergency|curfew|disaster)\b|martial\s+law\b|war\b)/u.test(next);
}

/** "did not name the prosecutor or say when": a verb joined by "or" to a negated one is negated too. */
function negatedBeforeOr(tokens: readonly Token[], verb: number, negation: (t: Token | undefined) => boolean): boolean {
  if (!['or', 'nor'].includes(tokens[verb - 1]?.lower ?? '')) return false;
  for (let k = verb - 2; k >= 0 && verb - k <= 10 && !/[,;:.]/u.test(tokens[k]!.post) && !tokens[k]!.quoted; k--) {
    if (negation(tokens[k])) return true;
  }
  return false;
}

/** How something was said, after "by": "insisted by phone that" is no passive. */
const MEANS = new Set(['phone', 'telephone', 'email', 'e-mail', 'text', 'video', 'videolink', 'letter', 'message', 'radio']);

function isPassive(tokens: readonly Token[], verb: number): boolean {
  const before = tokens[verb - 1]?.lower;
  const after = tokens[verb + 1]?.lower;
  return ['was', 'were', 'been', 'being', 'is', 'are', 'be'].includes(before ?? '') || after === 'by' && !MEANS.has(tokens[verb + 2]?.lower ?? '');
}

/**
 * "It was reported by the Sheffield Evening Courier last year that ...", "It was reported last week by Radio
 * Galmirre that ...", "It was reported in local media on Wednesday that ...": the party after "by", or the
 * outlet after "in", reports the clause. A name in apposition is the party's: "by state television, TVR1, that".
 */
function passiveAgent(tokens: readonly Token[], verb: number, lemma: string): Cue | undefined {
  if (!/^(?:was|were|been|is|are)$/u.test(tokens[verb - 1]?.lower ?? '')) return undefined;
  const by = afterTime(tokens, verb + 1);
  const preposition = tokens[by]?.lower;
  if (preposition !== 'by' && preposition !== 'in') return undefined;
  const found = phraseFrom(tokens, by + 1);
  if (!found) return undefined;
  let to = found.to;
  while (to > found.from + 1 && (hasTag(tokens[to - 1], 'Date') || ['last', 'this', 'next', 'earlier', 'on', 'in'].includes(tokens[to - 1]!.lower))) to--;
  // "in March" says when; only an outlet reports "in": "in local media", "in the Kyiv Independent".
  if (preposition === 'in' && !NEWS_MEDIA_WORDS.has(tokens[to - 1]!.lower)) return undefined;
  let party = { from: found.from, to };
  let that = afterTime(tokens, to);
  const apposed = /,\s*$/u.test(tokens[to - 1]!.post) ? tokens.findIndex((t, k) => k >= to && k < to + 4 && /,\s*$/u.test(t.post)) : -1;
  if (tokens[that]?.lower !== 'that' && apposed >= 0 && tokens[apposed + 1]?.lower === 'that') {
    party = { from: to, to: apposed + 1 };
    that = apposed + 1;
  }
  if (tokens[that]?.lower !== 'that') return undefined;
  return { rule: 'reporting-verb', lemma, cue: { from: verb, to: verb + 1 }, party, citing: undefined, content: { from: that + 1, to: clauseEnd(tokens, that + 1) } };
}

/** Whether the verb has something asserted after it, for verbs that may be used without reporting. */
function hasContentAfter(tokens: readonly Token[], verb: number, lemma: string): boolean {
  const next = tokens[afterTime(tokens, verb + 1)];
  if (!next) return false;
  if (next.quoted || /[“"]/u.test(next.pre) || /[,:]\s*$/u.test(tokens[verb]!.post) && next.quoted) return true;
  // "described the raid as unlawful", not "a woman describing herself as a nurse": how someone presents themselves.
  if (lemma === 'describe') return !/^(?:him|her|it|them|my|our|your)sel(?:f|ves)$/u.test(next.lower) && tokens.slice(verb + 1, verb + 5).some((t) => t.lower === 'as');
  if (lemma === 'detail') return ['how', 'that', 'what'].includes(next.lower);
  // "named the two people who died as Warren Gillies and his wife", "identified the man as Petar Vasilev": who someone
  // is, as the party says; not "named Smith as its new manager", an appointment.
  if (lemma === 'identify' || lemma === 'name') return identifiedAs(tokens, verb, lemma);
  if (lemma === 'report') return CONTENT_OPENERS.has(next.lower) || hasTag(next, 'Gerund');
  // "found no evidence of a landslip": a finding of absence; "found the body" finds a thing, it asserts nothing.
  if (lemma === 'find') return CLAUSE_OPENERS.has(next.lower) || next.lower === 'no' && EVIDENCE_NOUNS.has(tokens[verb + 2]?.lower ?? '');
  // "show employment rose", "showed retail sales falling": a clause without "that"; "showed the crater" shows a thing.
  if (lemma === 'show') return CLAUSE_OPENERS.has(next.lower) || shownClause(tokens, verb + 1);
  return CLAUSE_OPENERS.has(next.lower) || thatAfterMedium(tokens, afterTime(tokens, verb + 1));
}

function identifiedAs(tokens: readonly Token[], verb: number, lemma: string): boolean {
  const as = tokens.findIndex((t, k) => k > verb && k <= verb + 12 && t.lower === 'as' && !t.quoted);
  const who = tokens[as + 1];
  // "15 that the institute identified as probable trawlers": the one identified stands before, in a clause of its own.
  if (as <= verb + 1 || who === undefined || /[;:.]/u.test(tokens.slice(verb, as).map((t) => t.post).join(''))) return false;
  // Not "identified herself as a nurse": how someone presents themselves.
  return !/sel(?:f|ves)$/u.test(tokens[verb + 1]!.lower) && (lemma === 'identify' || isCapitalised(who));
}

/** "stated in a release that", "insisted by phone that", "said at a briefing that": where or how it was said, then its clause. */
function thatAfterMedium(tokens: readonly Token[], from: number): boolean {
  if (!['in', 'on', 'through', 'via', 'by', 'over', 'at'].includes(tokens[from]?.lower ?? '')) return false;
  for (let k = from + 1; k < Math.min(tokens.length, from + 6); k++) {
    if (tokens[k]!.quoted || /[,;:.]/u.test(tokens[k - 1]!.post)) return false;
    if (tokens[k]!.lower === 'that') return true;
  }
  return false;
}

/** What a finding of absence is about: "found no evidence", "found no link". */
const EVIDENCE_NOUNS = new Set(['evidence', 'link', 'links', 'sign', 'signs', 'trace', 'traces', 'proof', 'indication', 'record', 'records', 'basis']);

/** Verbs of figures that the tagger reads as nouns: "employment rose", "prices fell". */
const FIGURE_VERBS = new Set(['rose', 'rise', 'rises', 'fell', 'fall', 'falls', 'grew', 'grow', 'grows']);

/** Whether a noun phrase and then its verb follow `from`, before any punctuation: the clause of "data show prices rose". */
function shownClause(tokens: readonly Token[], from: number): boolean {
  for (let k = from + 1; k < Math.min(tokens.length, from + 6); k++) {
    if (/[,;:.]/u.test(tokens[k - 1]!.post) || tokens[k]!.quoted) return false;
    if (hasTag(tokens[k], 'Verb') && !hasTag(tokens[k], 'Noun', 'Adjective') || FIGURE_VERBS.has(tokens[k]!.lower)) return true;
  }
  return false;
}

/** Words after which a quotation is a title or a name: "a page called", "a report titled". */
const NAMING_WORDS = new Set(['called', 'named', 'titled', 'entitled', 'dubbed', 'headlined', 'captioned', 'nicknamed']);

/** Whether the verb stands right after a quotation: `“...,” Kirby told reporters`, `“...,” said Kirby`. */
function quoteBefore(tokens: readonly Token[], index: number): number | undefined {
  let k = index - 1;
  while (k >= 0 && !tokens[k]!.quoted) k--;
  if (k < 0 || k < index - 4) return undefined;
  // The quotation must close a statement (`,”` or `?”`), and only the speaker may stand between: not `“step aside” and repeated`.
  if (!/[,!?.…]\s*[”"’]|[”"]\s*,/u.test(tokens[k]!.post)) return undefined;
  if (tokens.slice(k + 1, index).some((t) => hasTag(t, 'Conjunction', 'Verb', 'Preposition') && !hasTag(t, 'ProperNoun'))) return undefined;
  let start = k;
  while (start > 0 && tokens[start - 1]!.quoted) start--;
  // `a page called “Gising Pinoy Health Watch”, shows`: a name in quotation marks, not a statement.
  if (NAMING_WORDS.has(tokens[start - 1]?.lower ?? '')) return undefined;
  return start;
}

/**
 * For each token, the next index at which a clause ends and where "citing"
 * stands: computed once a sentence, so that a sentence with many cues stays linear.
 */
interface Landmarks {
  clauseEnd: number[];
  citing: number[];
}
const LANDMARKS = new WeakMap<readonly Token[], Landmarks>();

function landmarks(tokens: readonly Token[]): Landmarks {
  let found = LANDMARKS.get(tokens);
  if (found) return found;
  const clauseEnd = new Array<number>(tokens.length + 1).fill(tokens.length);
  const citing = new Array<number>(tokens.length + 1).fill(-1);
  // Whether a reporting verb stands between the current token and the next comma.
  let reportsAhead = false;
  for (let k = tokens.length - 2; k >= 0; k--) {
    const token = tokens[k]!;
    const next = tokens[k + 1]!;
    if (!next.quoted && reportingLemma(next.text) !== undefined) reportsAhead = true;
    const comma = /[,;]/u.test(token.post);
    // ", and" also joins the items of a list: only a reporting verb after it starts another party's claim.
    // ", and that a teacher had told them": a second clause of what was said, not another party's claim.
    const joins = comma && CLAUSE_JOINERS.has(next.lower) && !next.quoted && (!LIST_JOINERS.has(next.lower) || reportsAhead) && tokens[k + 2]?.lower !== 'that';
    clauseEnd[k] = joins || /;/u.test(token.post) ? k + 1 : clauseEnd[k + 1]!;
    citing[k] = token.lower === 'citing' && !token.quoted ? k : citing[k + 1]!;
    if (comma) reportsAhead = false;
  }
  found = { clauseEnd, citing };
  LANDMARKS.set(tokens, found);
  return found;
}

function clauseEnd(tokens: readonly Token[], from: number): number {
  return landmarks(tokens).clauseEnd[from] ?? tokens.length;
}

function citingAfter(tokens: readonly Token[], from: number): Range | undefined {
  const at = landmarks(tokens).citing[from] ?? -1;
  return at >= 0 ? phraseFrom(tokens, at + 1) : undefined;
}

function verbCue(tokens: readonly Token[], v: number, lemma: string, isParty: IsParty): Cue | undefined {
  const token = tokens[v]!;
  const quoteStart = quoteBefore(tokens, v);
  // `“...,” said Kirby` or `“...,” Kirby said`: the quotation is the content.
  if (quoteStart !== undefined && quoteStart < v) {
    const quoteEnd = quotationEnd(tokens, quoteStart);
    // `“absurd”, insisting that the ministry ...`: a clause after the verb is what is said, not who says it.
    const after = CLAUSE_OPENERS.has(tokens[v + 1]?.lower ?? '') ? undefined : subjectAfter(tokens, v);
    const before = subjectBefore(tokens, v, isParty);
    const party = before && before.from >= quoteEnd ? before : after;
    if (party) return { rule: 'inverted-verb', lemma, cue: { from: v, to: v + 1 }, party, citing: citingAfter(tokens, v), content: { from: quoteStart, to: quoteEnd } };
  }
  if (isPassive(tokens, v)) return passiveAgent(tokens, v, lemma);
  if (isNegated(tokens, v) || declaresAnAct(tokens, v, lemma)) return undefined;
  const participle = /ing$/u.test(token.lower) && /,\s*$/u.test(tokens[v - 1]?.post ?? '');
  const trailing = /,\s*$/u.test(tokens[v - 1]?.post ?? '') || v === tokens.length - 1 || /[.!?]/u.test(token.post);
  if (NEEDS_CONTENT.has(lemma) && !trailing && !hasContentAfter(tokens, v, lemma)) return undefined;
  if (participle) {
    const party = clauseSubject(tokens, v, isParty);
    return party && { rule: 'participle', lemma, cue: { from: v, to: v + 1 }, party, citing: undefined, content: { from: v + 1, to: clauseEnd(tokens, v + 1) } };
  }
  // "The finding supports their account, said Mariela Benítez, a researcher ...": the speaker after the verb,
  // with nothing after the speaker but an apposition ("Halden's chief financial officer, Darnell Pruitt, told
  // reporters that ..." and "said a local farmer had ..." are not inverted).
  if (lemma === 'say' && /,\s*$/u.test(tokens[v - 1]?.post ?? '') && !tokens[v - 1]!.quoted && !participle) {
    const speaker = subjectAfter(tokens, v);
    const ends = speaker !== undefined && (speaker.to >= tokens.length || /[,.]\s*$/u.test(tokens[speaker.to - 1]!.post));
    if (speaker && ends && isParty(speaker)) return { rule: 'inverted-verb', lemma, cue: { from: v, to: v + 1 }, party: speaker, citing: citingAfter(tokens, v), content: { from: 0, to: v } };
  }
  const named = preferParty(tokens, subjectBefore(tokens, v, isParty));
  const subject = recordedSpeaker(tokens, v, named);
  // "..., whatever its statement on 4 June suggested": what a source said, set aside, is not said here.
  if (!subject || FREE_RELATIVES.has(tokens[subject.from]!.lower)) return undefined;
  const relay = relayBefore(tokens, subject);
  const party = relay?.party ?? subject;
  // "told the Associated Press (AP)": whom it was told to is not what was said.
  const after = lemma === 'tell' ? addresseeEnd(tokens, v) : v + 1;
  // "..., The Associated Press (AP) said, citing ..." or "..., the agency said on Friday.": the content is what came before.
  const inverted =
    party.from > 0 && /,\s*$/u.test(tokens[party.from - 1]!.post) && (after >= tokens.length || /[,.]/u.test(tokens[after - 1]!.post) || isAdverbial(tokens, after));
  const content = inverted ? { from: 0, to: openingQuoteEnd(tokens) ?? party.from } : { from: after, to: clauseEnd(tokens, after) };
  // "Nicaragua told a different story.": nothing is said once the addressee is read, and no quotation is.
  if (content.from >= content.to && !tokens.some((t) => t.quoted || /[“”"]/u.test(t.pre + t.post))) return undefined;
  const citing = relay?.citing ?? citingAfter(tokens, v) ?? openingCiting(tokens, party);
  return { rule: inverted ? 'inverted-verb' : subject === named ? 'reporting-verb' : 'recorded-speech', lemma, cue: { from: v, to: v + 1 }, party, citing, content };
}

const FREE_RELATIVES = new Set(['whatever', 'whichever', 'whoever']);

/** Participles that put a speaker's words in someone else's report: "traders quoted by the daily". */
const RELAYING = new Set(['quoted', 'cited', 'interviewed']);

/**
 * "A video of the independent MP Graham Thwaite telling a public meeting that ...": the speaker a recording
 * shows, not the recording, says what follows the participle.
 */
function recordedSpeaker(tokens: readonly Token[], verb: number, subject: Range | undefined): Range | undefined {
  if (!subject || !/ing$/u.test(tokens[verb]!.lower)) return subject;
  const of = tokens.findIndex((t, k) => k > subject.from && k < subject.to - 1 && t.lower === 'of');
  return of > 0 && SOURCE_NOUNS.has(tokens[of - 1]!.lower) ? { from: of + 1, to: subject.to } : subject;
}

/** "Citing an official at the federation, Pesti Tükör reported that ...": whom a sentence opens by citing, before the party. */
function openingCiting(tokens: readonly Token[], party: Range): Range | undefined {
  if (tokens[0]?.lower !== 'citing') return undefined;
  const cited = phraseFrom(tokens, 1);
  return cited && cited.to <= party.from ? cited : undefined;
}

/**
 * "A Dublin radio station, citing two officials at the authority, reported that ...": the verb's subject is
 * whom the phrase before "citing" relays, and that phrase is the one that reports.
 */
function relayBefore(tokens: readonly Token[], subject: Range): { party: Range; citing: Range } | undefined {
  // "Fuel traders quoted by the business daily Delovoy Vestnik said": the traders speak, through the daily.
  if (tokens[subject.from - 1]?.lower === 'by' && RELAYING.has(tokens[subject.from - 2]?.lower ?? '')) {
    const speaker = phraseEndingAt(tokens, subject.from - 3);
    return speaker && { party: subject, citing: speaker };
  }
  if (tokens[subject.from - 1]?.lower !== 'citing' || !/,\s*$/u.test(tokens[subject.from - 2]?.post ?? '')) return undefined;
  const reporter = phraseEndingAt(tokens, subject.from - 2);
  return reporter && { party: reporter, citing: subject };
}

/** Whether the clause from `from` only says when, where or how something was said ("on Friday", "in a statement"), not what ("the claims"). */
function isAdverbial(tokens: readonly Token[], from: number): boolean {
  const clause = tokens.slice(from, clauseEnd(tokens, from));
  return (
    clause.length > 0 &&
    hasTag(clause[0]!, 'Preposition', 'Date', 'Adverb') &&
    clause.every((t) => !t.quoted && !hasTag(t, 'Verb') && !CLAUSE_OPENERS.has(t.lower))
  );
}

/** The first word at or after `from` outside quotation marks: where a quotation that runs from `from` ends. */
function quotationEnd(tokens: readonly Token[], from: number): number {
  let end = from;
  while (end < tokens.length && tokens[end]!.quoted) end++;
  return end;
}

/** Where the quotation a sentence opens with ends: `“...,” Lumora's head of safety, Priya Raghunathan, wrote` says the quotation, not the title. */
function openingQuoteEnd(tokens: readonly Token[]): number | undefined {
  if (!tokens[0]?.quoted) return undefined;
  const end = quotationEnd(tokens, 0);
  return end < tokens.length ? end : undefined;
}

/** The end of "told reporters", "told the Associated Press (AP)": the addressee of a telling verb. */
function addresseeEnd(tokens: readonly Token[], verb: number): number {
  const next = tokens[verb + 1];
  if (!next || next.quoted || CLAUSE_OPENERS.has(next.lower)) return verb + 1;
  let end = verb + 1;
  while (end < tokens.length && !tokens[end]!.quoted && !['that', 'how', 'what', 'whether', 'in', 'at', 'on'].includes(tokens[end]!.lower) && !hasTag(tokens[end], 'Verb')) {
    end++;
    if (/[,.;:]/u.test(tokens[end - 1]!.post)) break;
  }
  return end;
}

/** "a senior official and reports said": the party, not the reports, is the asserter. */
function preferParty(tokens: readonly Token[], range: Range | undefined): Range | undefined {
  if (!range || !SOURCE_NOUNS.has(tokens[range.to - 1]!.lower) || tokens[range.from - 1]?.lower !== 'and') return range;
  return phraseEndingAt(tokens, range.from - 2) ?? range;
}

const SEEING = new Set(['seen', 'obtained', 'reviewed', 'viewed', 'read', 'verified']);

/** "data compiled by the consultancy AgriPort": whose the source is, named after a participle and "by". */
function authoredBy(tokens: readonly Token[], phrase: Range): Range {
  const by = tokens[phrase.to + 1];
  // "a memo seen by AFP": who saw it is not who wrote it.
  if (!SOURCE_NOUNS.has(tokens[phrase.to - 1]!.lower) || !hasTag(tokens[phrase.to], 'PastTense', 'Participle') || SEEING.has(tokens[phrase.to]!.lower) || by?.lower !== 'by') return phrase;
  const author = phraseFrom(tokens, phrase.to + 2);
  return author ? { from: phrase.from, to: author.to } : phrase;
}

function accordingTo(tokens: readonly Token[], k: number): Cue | undefined {
  // "According to him, an overloaded truck ...": the person just named.
  const pronoun = OBJECT_PRONOUNS.has(tokens[k + 2]?.lower ?? '') && /,/u.test(tokens[k + 2]!.post) ? { from: k + 2, to: k + 3 } : undefined;
  const found = pronoun ?? phraseFrom(tokens, k + 2);
  if (!found) return undefined;
  const party = authoredBy(tokens, found);
  const before = k > 0 ? { from: 0, to: k } : { from: party.to, to: tokens.length };
  return { rule: 'according-to', lemma: 'according to', cue: { from: k, to: k + 2 }, party, citing: undefined, content: before };
}

/**
 * "put the number of dead at 14", and any measure given as a figure: "put the UK’s mean temperature for June,
 * July and August 2025 at 16.10C", "put emissions at about 54 percent below 1990 levels".
 */
function putTheNumber(tokens: readonly Token[], k: number, isParty: IsParty): Cue | undefined {
  const noun = tokens.slice(k + 1, k + 5).findIndex((t) => NUMBER_NOUNS.has(t.lower));
  // "put the figure at 17,500", "put sales closer to 150,000".
  const at = tokens.slice(k + 1, k + 14).findIndex((t, j) => t.lower === 'at' || t.lower === 'to' && ['closer', 'close', 'nearer'].includes(tokens[k + j]?.lower ?? '')) + k + 1;
  const figure = tokens.slice(at + 1, at + 3).some((t) => hasTag(t, 'Value') || /^\d/u.test(t.text));
  const plain = tokens.slice(k + 1, at).every((t) => !hasTag(t, 'Verb') || hasTag(t, 'Noun', 'ProperNoun'));
  const party = subjectBefore(tokens, k, isParty);
  if (at <= k || noun < 0 && !(figure && plain) || !party) return undefined;
  return { rule: 'put-the-number', lemma: 'put', cue: { from: k, to: noun < 0 ? k + 1 : k + 2 + noun }, party, citing: undefined, content: { from: k + 1, to: tokens.length } };
}

/** "Okafor put it to him that the phone mast covered four miles": what counsel puts to a witness is counsel's claim. */
function putItTo(tokens: readonly Token[], k: number, isParty: IsParty): Cue | undefined {
  if (tokens[k + 1]?.lower !== 'it' || tokens[k + 2]?.lower !== 'to') return undefined;
  const that = tokens.slice(k + 3, k + 8).findIndex((t) => t.lower === 'that') + k + 3;
  const party = subjectBefore(tokens, k, isParty);
  if (that < k + 3 || !party) return undefined;
  return { rule: 'reporting-verb', lemma: 'say', cue: { from: k, to: that }, party, citing: undefined, content: { from: that + 1, to: clauseEnd(tokens, that + 1) } };
}

/** "claimed that ... from the player's side, a suggestion Moreau dismissed": what was claimed ends where the answer in apposition begins. */
function beforeApposedAnswer(tokens: readonly Token[], content: Range): Range {
  for (let k = content.from + 1; k < content.to - 1; k++) {
    if (['a', 'an'].includes(tokens[k]!.lower) && /,\s*$/u.test(tokens[k - 1]!.post) && CLAIM_NOUNS.has(tokens[k + 1]!.lower)) return { from: content.from, to: k };
  }
  return content;
}

const GO_ON = new Set(['go', 'goes', 'went', 'going']);
const CONTINUES = new Set(['continue', 'continues', 'continued']);

/**
 * "In the clip, Thwaite goes on: “...”", "Reyes continued: “...”": the quotation a colon opens after the
 * `length` words of the cue is the speaker's. Only so: "talks continue" and "went on to win" report nothing.
 */
function quotationAfterColon(tokens: readonly Token[], k: number, length: number, isParty: IsParty): Cue | undefined {
  const start = k + length;
  if (!/:\s*$/u.test(tokens[start - 1]!.post) || !tokens[start]?.quoted) return undefined;
  const party = subjectBefore(tokens, k, isParty);
  return party && { rule: 'reporting-verb', lemma: 'say', cue: { from: k, to: start }, party, citing: undefined, content: { from: start, to: quotationEnd(tokens, start) } };
}

/**
 * "about the insurance claim Holloway made after that fire, saying ...": a reporting word after a determiner
 * and a common noun, with a name after it that opens a relative clause, heads a noun; read as a verb, it would
 * swallow the sentence's real cue ("saying") into what "the insurance" claimed.
 */
function compoundNoun(tokens: readonly Token[], k: number): boolean {
  const [determiner, modifier, next] = [tokens[k - 2], tokens[k - 1], tokens[k + 1]];
  if (!hasTag(tokens[k], 'Noun') || !hasTag(determiner, 'Determiner') || !hasTag(modifier, 'Noun') || hasTag(modifier, 'Plural') || /^\p{Lu}/u.test(modifier!.text) || modifier!.possessive) return false;
  return next !== undefined && !next.quoted && /^\p{Lu}/u.test(next.text) && hasTag(tokens[k + 2], 'Verb') && !/[,.;:!?]/u.test(tokens[k]!.post);
}

/** "a fraction of the IPC estimate": a word the tagger takes for a singular noun, after "the" and a name, names a source. */
function namedNoun(tokens: readonly Token[], k: number): boolean {
  const name = tokens[k - 1];
  return hasTag(tokens[k], 'Singular') && !hasTag(tokens[k], 'Verb') && name !== undefined && isCapitalised(name) && tokens[k - 2]?.lower === 'the';
}

/** Words that open a subject standing for no one. */
const NO_ONE = new Set(['neither', 'no', 'none', 'nobody', 'nothing']);

const OWN_STAFF = new Set(['correspondent', 'correspondents', 'reporter', 'reporters', 'team', 'staff', 'journalist', 'journalists']);

/** "Our correspondent in Lenmark reports that ...": the outlet's own reporting, not a party's claim. */
function isOwnStaff(tokens: readonly Token[], party: Range): boolean {
  return tokens[party.from]!.lower === 'our' && OWN_STAFF.has(tokens[party.from + 1]?.lower ?? '');
}

/**
 * "Figures from the ABS show", "the index shows", "Figures published last week by the INE showed": what shows
 * is a source, named in the party or before the "by" that names its author. "A record Oberholt shared with the
 * Courier shows" names none.
 */
function showsSource(tokens: readonly Token[], party: Range): boolean {
  const by = tokens[party.from - 1]?.lower === 'by' ? tokens.slice(Math.max(0, party.from - 6), party.from) : [];
  return [...by, ...tokens.slice(party.from, party.to)].some((t) => SOURCE_NOUNS.has(t.lower));
}

/** Nouns for what a party put out, whose content a "that" clause gives: "a report in the Daily Courier that ...". */
const CARRIER_NOUNS = new Set(['report', 'reports', 'claim', 'claims', 'allegation', 'allegations', 'assertion', 'suggestion', 'accusation', 'accusations']);

/**
 * "a report in the Daily Courier that Quenet had handed in a transfer request", "the ministry's claim that the
 * drones were Ukrainian": the party that put the claim out, named after the noun or as its owner, and the clause.
 */
function reportingNoun(tokens: readonly Token[], k: number, lemma: string, isParty: IsParty): Cue | undefined {
  if (!CARRIER_NOUNS.has(tokens[k]!.lower)) return undefined;
  const owner = tokens[k - 1]?.possessive ? phraseEndingAt(tokens, k - 1) : undefined;
  const named = ['in', 'by', 'from'].includes(tokens[k + 1]?.lower ?? '') ? phraseFrom(tokens, k + 2) : undefined;
  const party = owner ?? named;
  const that = owner ? k + 1 : (named?.to ?? -1);
  if (!party || tokens[that]?.lower !== 'that' || !isParty(party)) return undefined;
  // The clause is a noun's complement: it ends at the first comma ("..., Brennan dismissed the idea").
  const comma = tokens.findIndex((t, i) => i > that && /[,;:]/u.test(t.post));
  const end = Math.min(clauseEnd(tokens, that + 1), comma < 0 ? tokens.length : comma + 1);
  return { rule: 'reporting-noun', lemma, cue: { from: k, to: k + 1 }, party, citing: undefined, content: { from: that + 1, to: end } };
}

/** Every attribution cue in the sentence, outside quotations, in order. */
export function findCues(tokens: readonly Token[], isParty: IsParty): Cue[] {
  const cues: Cue[] = [];
  const question = questionEnd(tokens);
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.quoted) continue;
    if (token.lower === 'according' && tokens[k + 1]?.lower === 'to') {
      const cue = accordingTo(tokens, k);
      if (cue) cues.push(cue);
      continue;
    }
    if (PUTTING.has(token.lower) && !hasTag(tokens[k - 1], 'Determiner')) {
      const cue = putItTo(tokens, k, isParty) ?? putTheNumber(tokens, k, isParty);
      if (cue) cues.push(cue);
      continue;
    }
    const labelled = CALLING.has(token.lower) ? calledIt(tokens, k, isParty) : undefined;
    if (labelled) {
      cues.push(labelled);
      continue;
    }
    const quoted = token.lower === 'quoted' ? quotedAsSaying(tokens, k, isParty) : undefined;
    if (quoted) {
      cues.push(quoted);
      k = quoted.cue.to - 1;
      continue;
    }
    const goesOn = GO_ON.has(token.lower) && tokens[k + 1]?.lower === 'on' ? 2 : CONTINUES.has(token.lower) ? 1 : 0;
    if (goesOn > 0) {
      const cue = quotationAfterColon(tokens, k, goesOn, isParty);
      if (cue) cues.push(cue);
      continue;
    }
    const lemma = reportingLemma(token.text);
    if (lemma === undefined || token.lower === 'citing') continue;
    // A noun use: "the statement", "his claims", "Zhivoev’s claims", "new reports".
    // The last word of a quotation is not a determiner of the verb after it: `“..., not this,” said Ibáñez`.
    // Nor is a word a comma ends: "a biography of her, told reporters".
    const previous = tokens[k - 1]?.quoted || /,\s*$/u.test(tokens[k - 1]?.post ?? '') ? undefined : tokens[k - 1];
    const nounUse = previous?.possessive || hasTag(previous, 'Determiner', 'Possessive') || hasTag(previous, 'Adjective') && hasTag(token, 'Noun') && !hasTag(token, 'Verb') || compoundNoun(tokens, k) || namedNoun(tokens, k);
    if (nounUse && !/ing$/u.test(token.lower)) {
      const cue = reportingNoun(tokens, k, lemma, isParty);
      if (cue) cues.push(cue);
      continue;
    }
    if (k < question) continue;
    const cue = verbCue(tokens, k, lemma, isParty);
    // "neither club has confirmed an approach", "no one has claimed the attack": no party asserts anything.
    if (cue && !NO_ONE.has(tokens[cue.party.from]!.lower) && !isOwnStaff(tokens, cue.party) && (lemma !== 'show' || showsSource(tokens, cue.party)) && !refusesToSay(tokens, cue.content)) cues.push(cue);
  }
  const unverbed = cues.length === 0 ? quoteDashSpeaker(tokens, isParty) ?? colonQuotation(tokens, isParty) : undefined;
  return unverbed ? [unverbed] : cues.map((cue) => ({ ...cue, content: beforeCoordinateCue(tokens, cues, beforeApposedAnswer(tokens, cue.content)) }));
}

/**
 * "said he would not speculate while ...", "said it could not comment on": a refusal to say, reported, which like
 * "declined to comment" asserts nothing. Quoted ("“We will not speculate,” the minister told lawmakers"), it is the party's position.
 */
function refusesToSay(tokens: readonly Token[], content: Range): boolean {
  const [who, modal, not, verb] = tokens.slice(content.from, content.from + 4).map((t) => t.lower);
  return (
    content.to - content.from >= 4 &&
    !tokens[content.from]!.quoted &&
    ['he', 'she', 'they', 'it', 'we', 'i'].includes(who!) &&
    ['would', 'will', 'could', 'can'].includes(modal!) &&
    ['not', 'never'].includes(not!) &&
    ['speculate', 'comment', 'say', 'discuss', 'elaborate', 'confirm'].includes(verb!)
  );
}

/**
 * "Asked whether the report assigned blame, the chief observer said": the question a sentence opens with is put
 * to the speaker, and no verb in it says anything ("blame" is no cue; "a report in the Daily Courier that" still
 * is the paper's). The index after it, or 0.
 */
function questionEnd(tokens: readonly Token[]): number {
  const opening = tokens[0]?.lower === 'asked' ? 1 : tokens[0]?.lower === 'when' && tokens[1]?.lower === 'asked' ? 2 : 0;
  if (opening === 0) return 0;
  const comma = tokens.findIndex((t, k) => k >= opening && !t.quoted && /,\s*$/u.test(t.post));
  return comma < 0 ? 0 : comma + 1;
}

/**
 * "Both sides have said they are willing ..., and a senior official, speaking on condition of anonymity, said
 * talks were under way": a cue whose party opens a clause after ", and" starts a claim of its own, however many
 * commas stand between its party and its verb. What was said before ends at the comma.
 */
function beforeCoordinateCue(tokens: readonly Token[], cues: readonly Cue[], content: Range): Range {
  const next = cues.find((other) => {
    const and = other.party.from - 1;
    // Not ", and that a teacher had told them": "that" opens a second clause of what was said.
    return and > content.from && other.cue.from < content.to && tokens[and]!.lower === 'and' && !tokens[and]!.quoted && /,\s*$/u.test(tokens[and - 1]!.post) && tokens[and + 1]!.lower !== 'that';
  });
  return next ? { from: content.from, to: next.party.from - 1 } : content;
}

/** "read out the sign:", "the banner said:": what follows the colon is a text's words, not the subject's. */
const OTHERS_WORDS = new Set(['read', 'reads', 'recited', 'quoted', 'sign', 'banner', 'placard', 'poster', 'headline', 'slogan', 'caption', 'inscription', 'motto', 'graffiti']);

const CALLING = new Set(['called', 'calls', 'call']);
/** What a party may call names: someone else's account or claim. */
const ACCOUNT_NOUNS = new Set([...CLAIM_NOUNS, 'account', 'accounts', 'report', 'reports', 'story', 'version', 'figure', 'figures', 'remarks', 'comments', 'suggestion', 'idea', 'notion']);

/**
 * "Crăciun called the former employees’ account “a lie spread by people we dismissed”": a party's verdict on
 * another's account, in its own words, is its claim. Only with an account and a quotation after the verb: "a
 * page called “Free Voices”" and "called for calm" are not.
 */
function calledIt(tokens: readonly Token[], k: number, isParty: IsParty): Cue | undefined {
  const noun = tokens.findIndex((t, j) => j > k && j - k <= 6 && ACCOUNT_NOUNS.has(t.lower) && !t.quoted);
  if (noun < 0) return calledSomeone(tokens, k, isParty);
  if (noun < 0 || tokens.slice(k + 1, noun).some((t) => t.quoted || /[,;:.]/u.test(t.post))) return undefined;
  // "called the suggestion that Talvessan forces had fired on Sarvik “grotesque”": the verdict after what it judges.
  const verdict = tokens[noun + 1]?.lower === 'that' ? tokens.findIndex((t, j) => j > noun + 1 && t.quoted) : noun + 1;
  if (!tokens[verdict]?.quoted || tokens.slice(noun + 1, verdict).some((t) => /[;:.]/u.test(t.post))) return undefined;
  const party = subjectBefore(tokens, k, isParty);
  return party && { rule: 'reporting-verb', lemma: 'call', cue: { from: k, to: k + 1 }, party, citing: undefined, content: { from: k + 1, to: quotationEnd(tokens, verdict) } };
}

/** "The culture minister, Elena Dumitrescu, called her “a voice of the villages”": a verdict on a person, in quotation marks. */
function calledSomeone(tokens: readonly Token[], k: number, isParty: IsParty): Cue | undefined {
  let verdict = k + 1;
  if (['him', 'her', 'them'].includes(tokens[verdict]?.lower ?? '')) verdict++;
  else while (verdict < k + 4 && tokens[verdict] !== undefined && isCapitalised(tokens[verdict]!) && !tokens[verdict]!.quoted) verdict++;
  if (verdict === k + 1 || !tokens[verdict]?.quoted || /[,;:.]/u.test(tokens[verdict - 1]!.post)) return undefined;
  const party = subjectBefore(tokens, k, isParty);
  return party && { rule: 'reporting-verb', lemma: 'call', cue: { from: k, to: k + 1 }, party, citing: undefined, content: { from: k + 1, to: quotationEnd(tokens, verdict) } };
}

/**
 * "“He was holding my arm,” he was quoted as saying", "She was quoted as saying that ...": the subject of the
 * passive said it, and what it said is the quotation before or the clause after. "The agency quoted an unnamed
 * official as saying that ...": the official said it, through the agency. `k` is at "quoted".
 */
function quotedAsSaying(tokens: readonly Token[], k: number, isParty: IsParty): Cue | undefined {
  const passive = /^(?:was|were|is|are|been)$/u.test(tokens[k - 1]?.lower ?? '');
  // "was quoted by the news agency NTV as saying", "was quoted in Saturday’s programme as saying": through whom.
  const through = passive && ['by', 'in'].includes(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
  const cited = passive && through === k + 1 ? undefined : phraseFrom(tokens, through);
  const as = cited?.to ?? k + 1;
  if (tokens[as]?.lower !== 'as' || tokens[as + 1]?.lower !== 'saying') return undefined;
  const subject = subjectBefore(tokens, passive ? k - 1 : k, isParty);
  if (!subject) return undefined;
  const quoteStart = passive ? quoteBefore(tokens, subject.from) : undefined;
  const content = quoteStart === undefined ? { from: as + 2, to: clauseEnd(tokens, as + 2) } : { from: quoteStart, to: quotationEnd(tokens, quoteStart) };
  // The one quoted speaks through the one quoting: the subject of a passive, the object of an active verb.
  const [party, citing] = passive && cited ? [cited, subject] : [subject, cited];
  return { rule: quoteStart === undefined ? 'reporting-verb' : 'inverted-verb', lemma: 'say', cue: { from: passive ? k - 1 : k, to: as + 2 }, party, citing, content };
}

/**
 * "She was blunt: “...”", "Olsen gave a lower toll: “Our teams counted 27 bodies.”": a clause with a party as
 * its subject, then a colon and a quotation that ends the sentence. No verb of saying; the colon hands the
 * quotation to the clause's subject. The cue is the clause's predicate, from its verb to the colon.
 */
function colonQuotation(tokens: readonly Token[], isParty: IsParty): Cue | undefined {
  const colon = tokens.findIndex((t, k) => !t.quoted && /:\s*$/u.test(t.post) && tokens[k + 1]?.quoted === true);
  // A question after the colon asserts nothing: "She asked the obvious question: “Who pays?”".
  if (colon < 1 || tokens.slice(colon + 1).some((t) => !t.quoted) || /\?/u.test(tokens.at(-1)!.post)) return undefined;
  for (let verb = 1; verb <= colon; verb++) {
    if (!hasTag(tokens[verb], 'Verb') || hasTag(tokens[verb], 'Gerund')) continue;
    if (tokens.slice(verb, colon + 1).some((t) => OTHERS_WORDS.has(t.lower))) return undefined;
    const party = subjectBefore(tokens, verb, isParty);
    if (party && isParty(party)) {
      return { rule: 'colon-quotation', lemma: 'say', cue: { from: verb, to: colon + 1 }, party, citing: undefined, content: { from: colon + 1, to: tokens.length } };
    }
  }
  return undefined;
}

/**
 * `Claim 1: "Crime has fallen by 20 per cent." - Mayor Diane Kowalczyk`: a quotation
 * signed with a dash and its speaker's name, as fact-checks and quote boxes write
 * them. The name is the cue as well as the party: no verb attributes the words.
 */
function quoteDashSpeaker(tokens: readonly Token[], isParty: IsParty): Cue | undefined {
  // A quotation block's marker may stand before the dash of its attribution line, which the tagger may take for a
  // word of its own: `> “...” > — Dolores Quint`.
  const dash = (k: number) => /^[>\s]*[-–—]$/u.test(tokens[k]?.text ?? '');
  const quoteEnd = tokens.findIndex((t, k) => t.quoted && !tokens[k + 1]?.quoted && (/[”"]\s*[-–—]\s*$/u.test(t.post) || /[”"]\s*$/u.test(t.post) && dash(k + 1)));
  const from = dash(quoteEnd + 1) ? quoteEnd + 2 : quoteEnd + 1;
  if (quoteEnd < 0 || from >= tokens.length) return undefined;
  // "- Kowalczyk, referring to Adeyemi": the name ends at the comma.
  const comma = tokens.findIndex((t, k) => k >= from && /,\s*$/u.test(t.post));
  const party = { from, to: comma < 0 ? tokens.length : comma + 1 };
  if (party.to - party.from > 6 || !isParty(party)) return undefined;
  let quoteStart = quoteEnd;
  while (quoteStart > 0 && tokens[quoteStart - 1]!.quoted) quoteStart--;
  return { rule: 'quote-dash-speaker', lemma: 'say', cue: party, party, citing: undefined, content: { from: quoteStart, to: quoteEnd + 1 } };
}
