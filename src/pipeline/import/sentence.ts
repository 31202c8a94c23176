import { splitSentences } from '../text/sentences.ts';

/** Quotes and brackets that may close a sentence after its final punctuation (`.”`, `?)`). */
const CLOSERS = `"'”’»)\\]`;

/** Punctuation that ends a sentence or goes on with one: a line ending so is prose, not a headline or a heading. */
const PROSE_END = new RegExp(`[.!?…,;:][${CLOSERS}]*$`, 'u');

export function endsLikeProse(line: string): boolean {
  return PROSE_END.test(line);
}

/** The text up to and including the end of its first sentence, as the pipeline's splitter reads it. */
export function firstSentence(text: string): string {
  return splitSentences(text)[0]?.text ?? text;
}
