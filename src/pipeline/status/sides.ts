/**
 * Whom a party speaks for, as the article tells it. A denial answers the
 * other side, "the Kyrgyz account" is the claims of those who speak for
 * Kyrgyzstan and "Halden's figures" those of Halden's people, so the status
 * stage needs to know who is on which side: "Russian officials" say it in
 * their own name; "Asylbek Özbekov, the commander of Kyrgyzstan's Border
 * Service" in the description after it; "Russian President Vladimir Putin"
 * and "Halden's chief financial officer, Darnell Pruitt" in the words before
 * it.
 */
import type { SentenceInfo } from '../extract-article.ts';
import { countryByWord } from '../entities/gazetteer.ts';
import { foldKey } from '../entities/normalize.ts';

type Name = SentenceInfo['names'][number];

/** The country of a word as a key: "Kyrgyz" or "Kyrgyzstan" → "kyrgyzstan". */
function countryOfWord(word: string): string | undefined {
  const country = countryByWord(word);
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

/** Words that end a title before a name: "said that its chief executive" is not "chief executive" of what went before. */
const NOT_IN_TITLES = new Set(['the', 'a', 'an', 'that', 'this', 'of', 'in', 'on', 'at', 'for', 'to', 'and', 'or', 'but', 'with', 'by', 'from', 'as', 'said', 'says', 'told', 'its', 'his', 'her', 'their']);

/** "Foreign Minister", "spokesperson", "chief financial officer": the words that may stand between a party and the name of who speaks for it. */
const isTitleWord = (word: string): boolean => /^[\p{L}-]+,?$/u.test(word) && !NOT_IN_TITLES.has(word.toLowerCase());

/** "Russian President Vladimir Putin", "Halden’s chief financial officer, Darnell Pruitt": the country or body named just before a name. */
function principalBefore(sentence: SentenceInfo, name: Name): string | undefined {
  const words = sentence.text.slice(Math.max(0, name.start - 80), name.start).trimEnd().split(/\s+/u);
  // Only the last word may end with the comma of an apposition.
  const last = words.pop()?.replace(/,$/u, '');
  if (last === undefined || !isTitleWord(last)) return undefined;
  for (let between = 0; between < 3 && words.length > 0; between++) {
    const word = words.pop() as string;
    const party = word.replace(/['’]s?$/u, '');
    const principal = countryOfWord(party) ?? nameEndingAt(sentence, sentence.text.lastIndexOf(party, name.start) + party.length);
    if (principal !== undefined) return principal;
    if (!isTitleWord(word) || /[,.;:]$/u.test(word)) return undefined;
  }
  return undefined;
}

/** The key of the name ending at `end`: "the Kyrgyz Cabinet’s". */
function nameEndingAt(sentence: SentenceInfo, end: number): string | undefined {
  return sentence.names.find((n) => n.end === end)?.key;
}

/** "Özbekov, the commander of Kyrgyzstan’s Border Service": the body or country named in the description after a name. */
function principalAfter(sentence: SentenceInfo, name: Name): string | undefined {
  const description = /^,\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,4}?(?:of|for|at|in)\s+(?:the\s+)?/u.exec(sentence.text.slice(name.end));
  if (description === null) return undefined;
  const at = name.end + description[0].length;
  const body = sentence.names.find((n) => n.start === at);
  if (body !== undefined) return body.key;
  const word = /^\p{Lu}[\p{L}-]+/u.exec(sentence.text.slice(at));
  return word === null ? undefined : countryOfWord(word[0]);
}

/** Whom each party the article names speaks for, where it says: a body's key, or a country's. */
function partyPrincipals(sentences: readonly SentenceInfo[]): Map<string, string> {
  const principals = new Map<string, string>();
  for (const sentence of sentences) {
    for (const name of sentence.names) {
      if (principals.has(name.key)) continue;
      const principal = principalAfter(sentence, name) ?? principalBefore(sentence, name);
      if (principal !== undefined && principal !== name.key) principals.set(name.key, principal);
    }
  }
  return principals;
}

/** Who is on which side in one article. */
export interface Sides {
  /** The country a party speaks for, by its own name or by whom it speaks for. */
  country(key: string): string | undefined;
  /** Whether the party is `owner` or speaks for it: Halden’s chief financial officer for Halden. */
  speaksFor(key: string, owner: string): boolean;
}

/**
 * Whether `short` names the party `key` does, before the article's names are
 * merged across the corpus: "halden" is "halden aerostructures inc", and
 * "zhivoev" is "alexei zhivoev".
 */
export function isNameOf(short: string, key: string): boolean {
  return key === short || key.startsWith(`${short} `) || key.endsWith(` ${short}`);
}

/** The sides in an article, from the sentences that name its parties. */
export function partySides(sentences: readonly SentenceInfo[]): Sides {
  const principals = partyPrincipals(sentences);
  return {
    country: (key) => {
      const principal = principals.get(key);
      return countryInKey(key) ?? (principal === undefined ? undefined : countryInKey(principal));
    },
    speaksFor: (key, owner) => {
      const principal = principals.get(key);
      return isNameOf(owner, key) || principal !== undefined && isNameOf(owner, principal);
    },
  };
}
