/** Quotes and brackets that may close a sentence after its final punctuation (`.”`, `?)`). */
const CLOSERS = `"'”’»)\\]`;

/** Punctuation that ends a sentence or goes on with one: a line ending so is prose, not a headline or a heading. */
const PROSE_END = new RegExp(`[.!?…,;:][${CLOSERS}]*$`, 'u');

/** A candidate sentence end, with the first character of the next word when there is one. */
const SENTENCE_END = new RegExp(`[.!?…]+[${CLOSERS}]*(?=\\s+(\\S)|$)`, 'gu');

/** A new sentence starts with a capital, a digit, or an opening quote or bracket. */
const SENTENCE_START = /[\p{Lu}\p{N}"'“‘«([]/u;

/** Words whose period does not end a sentence ("Mr. Kirby", "Gen. Milley"). */
const ABBREVIATIONS = new Set([
  'capt', 'co', 'col', 'corp', 'dr', 'gen', 'gov', 'inc', 'jr', 'lt', 'ltd', 'maj', 'mr', 'mrs', 'ms',
  'no', 'prof', 'rep', 'rev', 'sen', 'sgt', 'sr', 'st', 'vs',
]);

/** Initials and dotted acronyms, without their final period ("J", "U.S", "e.g"). */
const INITIALS = /^(?:\p{L}\.)*\p{L}$/u;

export function endsLikeProse(line: string): boolean {
  return PROSE_END.test(line);
}

/** The text up to and including the end of its first sentence; the whole text when that is one sentence. */
export function firstSentence(text: string): string {
  for (const match of text.matchAll(SENTENCE_END)) {
    const nextWord = match[1];
    if (nextWord === undefined) break;
    if (!SENTENCE_START.test(nextWord)) continue;
    if (match[0].startsWith('.') && isAbbreviation(text.slice(0, match.index))) continue;
    return text.slice(0, match.index + match[0].length);
  }
  return text;
}

/** Whether the word at the end of `before` is one a period follows without ending the sentence. */
function isAbbreviation(before: string): boolean {
  const word = /[\p{L}.]*$/u.exec(before)?.[0] ?? '';
  return INITIALS.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}
