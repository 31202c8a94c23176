/**
 * Word tokens of one sentence with their part-of-speech tags from compromise,
 * their offsets in the sentence and whether they stand inside a quotation.
 */
import nlp from 'compromise';

export interface Token {
  /** The word as written, without surrounding punctuation. */
  text: string;
  /** Lower case, with a possessive ending removed ("ukraine" for "Ukraine’s"). */
  lower: string;
  start: number;
  end: number;
  /** Punctuation and space before and after the word. */
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  /** True when the word is part of a quotation (between quotation marks). */
  quoted: boolean;
  possessive: boolean;
}

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** One compromise pass over a text: its sentences as compromise cut them, and every word with its offsets in the text. */
export interface Parsed {
  sentences: string[];
  terms: readonly CompromiseTerm[];
}

/**
 * compromise's steps up to its lexicon and suffix tagger. Its match-based
 * post-tagger costs two thirds of the time and adds little the pipeline
 * reads, so it is left out: extraction runs nearly three times faster.
 */
const STEPS = ['contractions', 'alias', 'machine', 'index', 'id', 'freeze', 'lexicon', 'preTagger'];

export function parse(text: string): Parsed {
  const doc = nlp.tokenize(text);
  doc.compute(STEPS);
  const json = doc.json({ offset: true, terms: { offset: true } }) as { text: string; terms: CompromiseTerm[] }[];
  return { sentences: json.map((s) => s.text), terms: json.flatMap((s) => s.terms) };
}

const OPENING_QUOTE = /[“‘«"]/u;
const CLOSING_QUOTE = /[”’»"]/u;
const POSSESSIVE = /['’]s$|s['’]$/u;
/** "it’s", "there’s": contractions, not possessives. */
const CONTRACTED = /^(?:it|he|she|that|there|what|who|here|where|let)['’]s$/iu;

export function tokenize(sentence: string): Token[] {
  return tokensIn(parse(sentence).terms, 0, sentence.length);
}

/** The tokens of the sentence that spans [start, end) of the parsed text, with offsets in the sentence. */
export function tokensIn(terms: readonly CompromiseTerm[], start: number, end: number): Token[] {
  const tokens: Token[] = [];
  let inQuote = false;
  for (const term of terms) {
    if (term.text === '' || term.offset.start < start || term.offset.start >= end) continue;
    // Straight double quotes open and close alike: the first opens.
    if (OPENING_QUOTE.test(term.pre.replace(/’/gu, '')) && !(inQuote && term.pre.includes('"'))) inQuote = true;
    // compromise leaves the apostrophe of "players’" in what follows the word.
    const possessive = (POSSESSIVE.test(term.text) || /s$/u.test(term.text) && /^['’](?:\s|$)/u.test(term.post)) && !CONTRACTED.test(term.text);
    const bare = possessive ? term.text.replace(/['’]s$/u, '').replace(/['’]$/u, '') : term.text;
    tokens.push({
      text: term.text,
      lower: bare.toLowerCase(),
      start: term.offset.start - start,
      end: term.offset.start + term.offset.length - start,
      pre: term.pre,
      post: term.post,
      tags: new Set(term.tags),
      quoted: inQuote,
      possessive,
    });
    if (inQuote && CLOSING_QUOTE.test(term.post.replace(/^’(?=\s|$)/u, '”'))) inQuote = false;
  }
  return tokens;
}

/** The sentence with its quotations blanked out, offsets kept: for reading the article's own words. */
export function blankQuoted(sentence: string, tokens: readonly Token[]): string {
  const parts: string[] = [];
  let cursor = 0;
  for (const t of tokens) {
    if (!t.quoted) continue;
    parts.push(sentence.slice(cursor, t.start), ' '.repeat(t.end - t.start));
    cursor = t.end;
  }
  parts.push(sentence.slice(cursor));
  return parts.join('');
}

export function hasTag(token: Token | undefined, ...tags: string[]): boolean {
  return token !== undefined && tags.some((t) => token.tags.has(t));
}

/** Whether the token begins with a capital letter or is a code such as "TB2" or "S-400". */
export function isCapitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text) || /^\p{N}+[\p{L}-]*\p{Lu}/u.test(token.text);
}

/** The text of a run of tokens as it stands in the sentence. */
export function sliceText(sentence: string, tokens: readonly Token[], from: number, to: number): string {
  return sentence.slice(tokens[from]!.start, tokens[to - 1]!.end);
}

/**
 * A phrase's text, with the bracket it leaves open closed where the sentence closes it right after: a phrase
 * that ends on an acronym in brackets is "Observers from the Observation Network (AEON)", never "... (AEON".
 */
export function phraseText(sentence: string, tokens: readonly Token[], from: number, to: number): string {
  const text = sliceText(sentence, tokens, from, to);
  const open = text.split('(').length - text.split(')').length;
  return open > 0 && sentence[tokens[to - 1]!.end] === ')' ? `${text})` : text;
}
