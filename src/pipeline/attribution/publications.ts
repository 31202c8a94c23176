/**
 * Who put out a source the article goes on to name by its noun alone:
 * "Amnesty International published a report ... The report said", "a video
 * first posted by Free Voices ... The post also claims". Read from the
 * sentence that introduces the source, so that "the report" finds its
 * author later.
 */
import { hasTag, type Token } from '../text/tokens.ts';
import { SOURCE_NOUNS } from '../lexicon/reporting.ts';
import { afterTime, beforeRelativeClause, skipBetween } from './phrases.ts';

/** A name found in the sentence: its token range and the key of its party. */
export interface NamedRange {
  from: number;
  to: number;
  key: string;
}

export interface Publication {
  /** The source's noun, singular: "report", "video", "post". */
  noun: string;
  /** The party that put it out. */
  key: string;
}

/** Verbs by which a party puts a source out. */
const PUTTING_OUT = new Set([
  'published', 'publishes', 'released', 'releases', 'issued', 'issues', 'posted', 'posts', 'filed', 'files', 'shared',
  'uploaded', 'unveiled', 'compiled', 'produced', 'written', 'commissioned', 'circulated', 'broadcast', 'aired',
  // Research: "a study conducted by", "the research, carried out by a team at the University of Northmoor".
  'conducted', 'led', 'authored',
]);
/** Words that may stand between a source's noun and the participle or "by" after it: "a video first posted by". */
const BEFORE_PARTICIPLE = new Set(['first', 'initially', 'originally', 'later', 'jointly', 'recently']);
/** Words of the phrase between a verb and the source's noun: "published a 40-page report", "released its annual survey". */
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'new', 'latest']);
/** How far after "by" the publisher's name may start: "posted by a page called “Free Voices”", "by a team at the University". */
const BY_REACH = 5;

/** Nouns for one piece of research, which an article calls by any of them: "The research ..." then "The study found". */
const RESEARCH = new Set(['study', 'research', 'paper']);

/** The singular of a source's noun ("reports" → "report"), one for research of any name. */
export function sourceNoun(word: string): string {
  const singular = word.toLowerCase().replace(/ies$/u, 'y').replace(/s$/u, '');
  return RESEARCH.has(singular) ? 'study' : singular;
}

/** "a report by Amnesty", "a video first posted by a page called “Free Voices”": the name after "by" or "from". */
function publisherAfter(tokens: readonly Token[], noun: number, names: readonly NamedRange[]): { key: string; verb: string | undefined } | undefined {
  let k = noun + 1;
  while (tokens[k] && BEFORE_PARTICIPLE.has(tokens[k]!.lower)) k++;
  // "carried out by" a team is research's author; "carried by" a news agency only relayed the statement.
  const carriedOut = tokens[k]?.lower === 'carried' && tokens[k + 1]?.lower === 'out';
  const verb = tokens[k] && PUTTING_OUT.has(tokens[k]!.lower) ? tokens[k++]!.lower : carriedOut ? 'carried' : undefined;
  if (carriedOut) k += 2;
  // "a press release issued Tuesday by ...", "a report published in March by ...".
  if (verb !== undefined) k = afterTime(tokens, k);
  // "The two-minute clip, first posted by ...": a comma after the noun only before the participle.
  const apart = /[,;:.]\s*$/u.test(tokens[noun]!.post) && !(verb !== undefined && /^,\s*$/u.test(tokens[noun]!.post));
  if (!['by', 'from'].includes(tokens[k]?.lower ?? '') || apart) return undefined;
  const name = names.find((n) => n.from > k && n.from <= k + BY_REACH);
  return name && { key: name.key, verb };
}

/** The index of the word before the source's noun and the words that qualify it ("a 40-page", "its annual"). */
function beforeQualifiers(tokens: readonly Token[], noun: number): number {
  let k = noun - 1;
  const compound = (t: Token | undefined) => t !== undefined && /-\s*$/u.test(t.post);
  while (k >= 0 && !tokens[k]!.quoted && !tokens[k]!.possessive && (DETERMINERS.has(tokens[k]!.lower) || hasTag(tokens[k], 'Adjective', 'Value') || compound(tokens[k]) || compound(tokens[k - 1]))) k--;
  return k;
}

/** "the National Rail Safety Authority’s preliminary report": the owner named in the possessive before the noun. */
function ownerBefore(tokens: readonly Token[], noun: number, names: readonly NamedRange[]): string | undefined {
  const k = beforeQualifiers(tokens, noun);
  return k >= 0 && tokens[k]!.possessive ? names.find((n) => n.to === k + 1)?.key : undefined;
}

/** Verbs of answering with a source of one's own: "the ministry replied that evening with a statement". */
const ANSWERING = new Set(['replied', 'responded', 'reacted', 'countered', 'retorted', 'answered']);
/** How far before "with" the verb of answering may stand: "replied that evening with", "responded on Tuesday with". */
const ANSWER_REACH = 4;

/** The verb answering with the source whose "with" stands at `k`, or -1. */
function answeredWith(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.lower !== 'with') return -1;
  for (let v = k - 1; v >= 0 && k - v <= ANSWER_REACH && !/[,;:.]\s*$/u.test(tokens[v]!.post); v--) if (ANSWERING.has(tokens[v]!.lower)) return v;
  return -1;
}

/** "Amnesty International published a report", "the ministry replied with a statement": the name ending just before the verb. */
function publisherBefore(tokens: readonly Token[], noun: number, names: readonly NamedRange[]): string | undefined {
  const before = beforeQualifiers(tokens, noun);
  const answer = answeredWith(tokens, before);
  const k = answer >= 0 ? answer : before;
  if (k < 0 || !PUTTING_OUT.has(tokens[k]!.lower) && answer < 0) return undefined;
  // "Amnesty on Monday published", "the ministry has released", "Ashgrove, which has a short position, published".
  const subjectEnd = beforeRelativeClause(tokens, skipBetween(tokens, k - 1)) + 1;
  return names.find((n) => n.to === subjectEnd)?.key;
}

/** "a video first posted by X ... The post", "Kairo filed its report ... According to the filing": verbs that name the source too. */
const SOURCE_BY_VERB = new Map([['posted', 'post'], ['posts', 'post'], ['filed', 'filing'], ['files', 'filing']]);

/** The verb putting out the source at `noun`, before it ("filed its quarterly report") or after it ("the report was filed"). */
function puttingOutAround(tokens: readonly Token[], noun: number): string | undefined {
  const before = tokens[beforeQualifiers(tokens, noun)];
  if (before !== undefined && PUTTING_OUT.has(before.lower)) return before.lower;
  const after = ['was', 'were', 'is', 'are'].includes(tokens[noun + 1]?.lower ?? '') ? tokens[noun + 2] : undefined;
  return after !== undefined && PUTTING_OUT.has(after.lower) ? after.lower : undefined;
}

/** The sources a sentence says someone put out, and who. */
export function publicationsIn(tokens: readonly Token[], names: readonly NamedRange[]): Publication[] {
  const found: Publication[] = [];
  tokens.forEach((token, k) => {
    if (token.quoted || !SOURCE_NOUNS.has(token.lower)) return;
    const after = publisherAfter(tokens, k, names);
    const key = after?.key ?? publisherBefore(tokens, k, names) ?? ownerBefore(tokens, k, names);
    if (key === undefined) return;
    found.push({ noun: sourceNoun(token.lower), key });
    const named = SOURCE_BY_VERB.get(after?.verb ?? puttingOutAround(tokens, k) ?? '');
    if (named !== undefined) found.push({ noun: named, key });
  });
  return found;
}
