/**
 * Counts that a claim gives, of people and of what a strike or a storm
 * stops: "at least 14 people were killed", "nine deaths had been
 * confirmed", "put the number of cancellations at 350". Two parties who
 * count the same thing differently dispute each other, and an article
 * reporting a disputed toll rarely says so in other words.
 */
import type { ClaimDraft } from '../extract-article.ts';
import { countriesNamedIn } from './sides.ts';

/** What is counted, by the words that say it. */
const FAMILIES: [family: string, words: RegExp][] = [
  ['dead', /^(?:killed|dead|deaths?|died|bodies|fatalities|toll)$/u],
  ['injured', /^(?:injured|wounded|hurt|injuries)$/u],
  ['missing', /^(?:missing|unaccounted)$/u],
  ['displaced', /^(?:evacuated|displaced|homeless)$/u],
  ['detained', /^(?:arrested|detained)$/u],
  ['cancelled', /^(?:cancell?ed|cancell?ations?)$/u],
  // A crowd, and the jobs a company cuts: what organisers and police, or a company and its union, count differently.
  ['crowd', /^(?:protesters|demonstrators|marchers|participants|attendance|joined|marched|rallied)$/u],
  ['jobs', /^(?:jobs|layoffs|redundancies|positions)$/u],
];

/** The family of a figure that names no family but refers to the one counted before: "put the figure at 17,500". */
export const EARLIER_COUNT = '';

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** "14", "3,000", "nine", "twenty-two"; undefined for anything else. */
function numberOf(word: string): number | undefined {
  if (/^\d{1,3}(?:[,.\u00a0]\d{3})*$|^\d+$/u.test(word)) return Number(word.replace(/[,.\u00a0]/gu, ''));
  const [tens, unit] = word.toLowerCase().split('-');
  const units = UNITS.indexOf(tens ?? '');
  if (units >= 0 && unit === undefined) return units + 1;
  const ten = TENS.indexOf(tens ?? '');
  if (ten < 0) return undefined;
  const rest = unit === undefined ? 0 : UNITS.indexOf(unit) + 1;
  return rest > 9 || unit !== undefined && rest === 0 ? undefined : 20 + 10 * ten + rest;
}

/** The range a figure allows: "at least 14" is 14 or more, "up to 14" 14 or fewer. */
function range(before: string, value: number): [number, number] {
  if (/\b(?:at\s+least|more\s+than|over|upwards\s+of|a\s+further|another)\s*$/iu.test(before)) return [value, Infinity];
  if (/\b(?:up\s+to|at\s+most|fewer\s+than|less\s+than|under)\s*$/iu.test(before)) return [0, value];
  if (/\b(?:about|around|roughly|nearly|almost|some|approximately|close\s+to|closer\s+to)\s*$/iu.test(before)) return [value * 0.8, value * 1.2];
  return [value, value];
}

export interface Figure {
  /** Where the figure stands in the text. */
  at: number;
  family: string;
  low: number;
  high: number;
  /** Whose people are counted, where the words say: "Tajik dead" are not "Kyrgyz servicemen". */
  countries: Set<string>;
  /** The figure and the word saying what it counts: "nine deaths", "deaths at nine". */
  text: string;
  /** The period its sentence counts over, if it names one: "in 2025", "last year". A year's total is not an event's toll. */
  period: string | undefined;
}

/** "in 2025", "last year", "a year": a period a count is taken over. An outbreak's toll "since January" is its running toll, not a period's. */
const PERIOD = /\b(?:(?:in|during|since|for|throughout)\s+(?:19|20)\d\d|(?:last|this|each|every|per|a|the\s+past|the\s+previous)\s+(?:year|month|decade|season)|annual(?:ly)?)\b/iu;

/** How many words after a figure, and before it ("the real number of cancellations at closer to 350"), may say what it counts. */
const REACH = 5;
const REACH_BACK = 7;

type Word = RegExpMatchArray & { index: number };

/**
 * The words on one side of a figure that may say what it counts: up to
 * REACH, and only within its clause and up to the next figure ("nine
 * deaths had been confirmed, and six people were missing").
 */
function wordsBeside(text: string, words: readonly Word[], at: number, step: 1 | -1): Word[] {
  const found: Word[] = [];
  for (let k = at + step; k >= 0 && k < words.length && found.length < (step === 1 ? REACH : REACH_BACK); k += step) {
    const [left, right] = step === 1 ? [words[k - 1]!, words[k]!] : [words[k]!, words[k + 1]!];
    if (/[,;:.!?()—]/u.test(text.slice(left.index + left[0].length, right.index)) || numberOf(words[k]![0]) !== undefined) break;
    found.push(words[k]!);
  }
  return found;
}

/** Words that qualify a figure between it and the verb before it, nearest first: "killed at least nine", "killed about 40". */
const QUALIFIERS = /^(?:least\s+at|most\s+at|than\s+(?:more|fewer|less)|to\s+up|about|around|some|nearly|almost|over|another|further)\b/iu;

/** "had infected 412 people and killed nine since January 20": the verb right before a figure says what it counts. */
function verbBefore(before: readonly Word[]): Word | undefined {
  const qualifier = QUALIFIERS.exec(before.slice(0, 2).map((w) => w[0]).join(' '))?.[0].split(/\s+/u).length ?? 0;
  const verb = before[qualifier];
  return verb !== undefined && /(?:ed|ured|urt)$/u.test(verb[0].toLowerCase()) && family(verb) !== undefined ? verb : undefined;
}

/** Words between "the figure" and its value. */
const VALUE_WORDS = /^(?:is|was|were|stood|at|of|to|closer|close|about|around|nearly|almost|some|more|less|fewer|than|over|under|least)$/iu;

/** What a word says is counted, if it says. */
function family(word: Word): string | undefined {
  return FAMILIES.find(([, pattern]) => pattern.test(word[0].toLowerCase()))?.[0];
}

/** "212 of its 640 flights": the index of the whole a figure is a part of. */
function outOf(words: readonly Word[], at: number): number | undefined {
  if (words[at + 1]?.[0].toLowerCase() !== 'of') return undefined;
  const total = ['its', 'the', 'their', 'all'].includes(words[at + 2]?.[0].toLowerCase() ?? '') ? at + 3 : at + 2;
  return words[total] !== undefined && numberOf(words[total][0]) !== undefined ? total : undefined;
}

/** The counts in a text. */
export function figuresIn(text: string): Figure[] {
  const words = [...text.matchAll(/[\p{L}\p{N}](?:[\p{L}\p{N}\u00a0,.-]*[\p{L}\p{N}])?/gu)] as Word[];
  const figures: Figure[] = [];
  const totals = new Set<number>();
  words.forEach((word, i) => {
    const value = numberOf(word[0]);
    // "in 2019" is a year, not a count; in "212 of its 640 flights", 640 is the whole the count is out of.
    if (value === undefined || /^(?:19|20)\d\d$/u.test(word[0]) || totals.has(i)) return;
    const before = wordsBeside(text, words, i, -1);
    const total = outOf(words, i);
    if (total !== undefined) totals.add(total);
    const after = wordsBeside(text, words, total ?? i, 1);
    // "14 people were killed", or the number named before: "the number of confirmed deaths at nine".
    // "infected 412 people and killed nine": a verb that a figure follows counts that figure, not the one before.
    const countsNext = (w: Word) => numberOf(words[words.indexOf(w) + 1]?.[0] ?? '') !== undefined;
    const namedAt = before.findIndex((w) => /^(?:number|toll|count|figure|estimate|total|tally)$/iu.test(w[0]));
    const named = namedAt < 0 ? undefined : before[namedAt];
    // "the figure is closer to 1,650", "put the figure at 17,500": the figure is the count; not "the figure still left out about 300".
    const isValue = before.slice(0, namedAt).every((w) => VALUE_WORDS.test(w[0]));
    const counted = after.find((w) => family(w) !== undefined && !countsNext(w)) ?? (named !== undefined ? before.find((w) => family(w) !== undefined) : verbBefore(before));
    if (counted === undefined) {
      // "the real figure is closer to 1,650": the count the article was giving before.
      if (named !== undefined && isValue) figures.push(figureOf(text, word, value, before, EARLIER_COUNT, named));
      return;
    }
    figures.push(figureOf(text, word, value, before, family(counted) as string, counted));
  });
  return figures;
}

/** The figure `word` (of `value`) of the family `counts`, `counted` being the word that says what it counts. */
function figureOf(text: string, word: Word, value: number, before: readonly Word[], counts: string, counted: Word): Figure {
  const [start, end] = counted.index > word.index ? [word.index, counted.index + counted[0].length] : [counted.index, word.index + word[0].length];
  const [low, high] = range(text.slice(0, word.index), value);
  const period = PERIOD.exec(text)?.[0].toLowerCase();
  return { at: word.index, family: counts, low, high, countries: countriesNamedIn(text.slice(before.at(-1)?.index ?? start, end)), text: text.slice(start, end), period };
}

/** Whether two counts of the same people cannot both be right. */
function contradicts(a: Figure, b: Figure): boolean {
  if (a.family !== b.family || a.period !== b.period) return false;
  if (a.countries.size > 0 && b.countries.size > 0 && ![...a.countries].some((c) => b.countries.has(c))) return false;
  return a.high < b.low || b.high < a.low;
}

/** How many sentences apart two counts may be and still be of the same people. */
const COUNT_REACH = 20;

/** The counts a claim gives: in a sentence with several claims (`alongside`), each count is the claim's whose cue is nearest. */
function countsOf(claim: ClaimDraft, alongside: readonly ClaimDraft[]): Figure[] {
  const nearest = (at: number) => alongside.reduce((best, c) => (Math.abs(c.cueStart - at) < Math.abs(best.cueStart - at) ? c : best));
  return [...figuresIn(claim.sentence.text).filter((f) => nearest(f.at) === claim), ...claim.continued.flatMap((s) => figuresIn(s.text))];
}

/** A claim, the claim by another party that counts the same people differently, and that count. */
export type CountDispute = [disputed: ClaimDraft, by: ClaimDraft, count: Figure];

/** Every pair of claims by different parties whose counts of the same people cannot both be right, both ways round. */
export function countDisputes(claims: readonly ClaimDraft[]): CountDispute[] {
  const bySentence = Map.groupBy(claims, (c) => c.sentence);
  // "put the figure at 17,500" counts what the claims before it counted.
  let earlier: string | undefined;
  const counted = claims
    .map((claim) => {
      const counts = countsOf(claim, bySentence.get(claim.sentence) ?? [claim]).flatMap((f) => (f.family !== EARLIER_COUNT ? [f] : earlier === undefined ? [] : [{ ...f, family: earlier }]));
      earlier = counts.at(-1)?.family ?? earlier;
      return { claim, counts };
    })
    .filter((c) => c.counts.length > 0);
  const disputes: CountDispute[] = [];
  counted.forEach((a, i) => {
    // Claims come in the article's order, so the first out of reach ends the search.
    for (const b of counted.slice(i + 1)) {
      if (b.claim.sentence.index - a.claim.sentence.index > COUNT_REACH) break;
      if (a.claim.asserterKey === b.claim.asserterKey) continue;
      const pair = a.counts.flatMap((fa) => b.counts.filter((fb) => contradicts(fa, fb)).map((fb) => [fa, fb] as const))[0];
      if (pair !== undefined) disputes.push([a.claim, b.claim, pair[1]], [b.claim, a.claim, pair[0]]);
    }
  });
  return disputes;
}
