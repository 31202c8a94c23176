/**
 * The country a party speaks for, as the article tells it. A denial answers
 * the other side, and "the Kyrgyz account" is the claims of those who speak
 * for Kyrgyzstan, so the status stage needs to know who is on which side:
 * "Russian officials" say it in their own name; "Asylbek Özbekov, the
 * commander of Kyrgyzstan's Border Service" in the description after it;
 * "Russian President Vladimir Putin" and "the Kyrgyz Cabinet's spokesperson,
 * Aigerim Tashieva" in the words before it.
 */
import type { SentenceInfo } from '../extract-article.ts';
import { countryOf, demonymOf } from '../entities/gazetteer.ts';
import { foldKey } from '../entities/normalize.ts';
import { ROLE_NOUNS, TITLES } from '../lexicon/parties.ts';

type Name = SentenceInfo['names'][number];

/** The country of a word: "Kyrgyz" or "Kyrgyzstan" → "kyrgyzstan". */
function countryOfWord(word: string): string | undefined {
  const country = demonymOf(word) ?? countryOf(word);
  return country === undefined ? undefined : foldKey(country);
}

/** "group russian officials" → "russia": the country a party's own name belongs to. */
export function countryInKey(key: string): string | undefined {
  for (const word of key.split(' ')) {
    const country = countryOfWord(word);
    if (country !== undefined) return country;
  }
  return undefined;
}

/** Every country a text names, by its name or its people's: "accused Kyrgyz forces" names Kyrgyzstan. */
export function countriesNamedIn(text: string): Set<string> {
  const found = new Set<string>();
  for (const [word] of text.matchAll(/\p{Lu}[\p{L}-]+/gu)) {
    const country = countryOfWord(word);
    if (country !== undefined) found.add(country);
  }
  return found;
}

/** "Foreign Minister", "spokesperson": the words that may stand between a party and the name of who speaks for it. */
const isTitleWord = (word: string): boolean => /^\p{Lu}/u.test(word) || TITLES.has(word.toLowerCase()) || ROLE_NOUNS.has(word.toLowerCase());

/** "Russian President Vladimir Putin", "Ukraine's foreign minister, Dmytro Kuleba": the country named just before a name. */
function countryBefore(sentence: SentenceInfo, name: Name): string | undefined {
  const words = sentence.text.slice(Math.max(0, name.start - 80), name.start).trimEnd().split(/\s+/u);
  // Only the last word may end with the comma of an apposition.
  const last = words.pop()?.replace(/,$/u, '');
  if (last === undefined || !isTitleWord(last)) return undefined;
  for (let between = 0; between < 3 && words.length > 0; between++) {
    const word = words.pop() as string;
    const party = word.replace(/['’]s?$/u, '');
    const country = countryOfWord(party) ?? partyEndingAt(sentence, sentence.text.lastIndexOf(party, name.start) + party.length);
    if (country !== undefined) return country;
    if (!isTitleWord(word) || /[,.;:]$/u.test(word)) return undefined;
  }
  return undefined;
}

/** The country of a named party ending at `end`: "the Kyrgyz Cabinet’s". */
function partyEndingAt(sentence: SentenceInfo, end: number): string | undefined {
  const name = sentence.names.find((n) => n.end === end);
  return name === undefined ? undefined : countryInKey(name.key);
}

/** "Özbekov, the commander of Kyrgyzstan’s Border Service": the country of the body named in the description after a name. */
function countryAfter(sentence: SentenceInfo, name: Name): string | undefined {
  const description = /^,\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,4}?(?:of|for|at|in)\s+(?:the\s+)?/u.exec(sentence.text.slice(name.end));
  if (description === null) return undefined;
  const at = name.end + description[0].length;
  const body = sentence.names.find((n) => n.start === at);
  if (body !== undefined) return countryInKey(body.key);
  const word = /^\p{Lu}[\p{L}-]+/u.exec(sentence.text.slice(at));
  return word === null ? undefined : countryOfWord(word[0]);
}

/** The country each party named in the article speaks for, where the article says. */
export function partyCountries(sentences: readonly SentenceInfo[]): Map<string, string> {
  const countries = new Map<string, string>();
  for (const sentence of sentences) {
    for (const name of sentence.names) {
      if (countries.has(name.key)) continue;
      const country = countryInKey(name.key) ?? countryAfter(sentence, name) ?? countryBefore(sentence, name);
      if (country !== undefined) countries.set(name.key, country);
    }
  }
  return countries;
}
