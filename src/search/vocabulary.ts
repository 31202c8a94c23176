/**
 * The words a query may stand for, and the texts that hold them all. The
 * vocabulary (every indexed word, sorted) answers a query word exactly, as a
 * prefix, or with a one- or two-letter typo through a trigram index over the
 * words, wherever the typo is; `matchEvery` then keeps the texts that hold
 * every query word or a close form of it. Neither scans the texts.
 */
import { foldKey } from '../pipeline/entities/normalize.ts';
import { TrigramIndex } from './trigrams.ts';

export interface WordMatch {
  /** Position of the word in the vocabulary. */
  position: number;
  word: string;
  /** 0 exact, 0.5 a prefix, else the number of edits. */
  cost: number;
  /** Only the beginning of the word is close to the query word: a name may match there, a text does not. */
  beginning?: true;
}

export function wordsOf(text: string): string[] {
  return foldKey(text).split(' ').filter((w) => w.length > 1);
}

/**
 * Edits (insert, delete, substitute, swap) between two short words, stopping
 * once past `max`; with `prefix`, between `a` and the closest start of `b`.
 */
export function editDistance(a: string, b: string, max: number, prefix = false): number {
  if (prefix ? a.length - b.length > max : Math.abs(a.length - b.length) > max) return max + 1;
  const rows = [[...Array(b.length + 1).keys()]];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    rows.push(row);
  }
  const last = rows[a.length]!;
  return prefix ? Math.min(...last) : last[b.length]!;
}

/** Completions of a prefix looked at, at most: a short prefix of a large vocabulary has thousands. */
const MAX_COMPLETIONS = 50;

export class Vocabulary {
  readonly words: readonly string[];
  private readonly common: ReadonlySet<number>;
  private trigrams: TrigramIndex | undefined;

  /** `sorted` in code-unit order, as the index files keep it; `common` the positions of words to leave out of every answer. */
  constructor(sorted: readonly string[], common: Iterable<number> = []) {
    this.words = sorted;
    this.common = new Set(common);
  }

  /** The first position whose word is not before `word`. */
  private lowerBound(word: string): number {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.words[mid]! < word) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Position of a word, if the vocabulary has it. */
  position(word: string): number | undefined {
    const at = this.lowerBound(word);
    return this.words[at] === word ? at : undefined;
  }

  private nearby(queryWord: string, share: number, limit: number): number[] {
    // Built on the first typo look-up, not with the vocabulary: most queries never need it.
    this.trigrams ??= new TrigramIndex(this.words);
    return this.trigrams.candidates(queryWord, share, limit);
  }

  /**
   * Vocabulary words a query word may stand for: `words`, for texts, those
   * it matches exactly, as a prefix or with a typo (one edit, two from eight
   * letters), common words left out; `names` those, common or not, and the
   * words that begin with the query word give or take such a typo ("ukraine"
   * in "ukrainian"), as Fuse.js allows in a name; `common` when the query
   * word stands for a common word, which narrows no text.
   */
  lookup(queryWord: string): { words: WordMatch[]; names: WordMatch[]; common: boolean } {
    const words = new Map<number, number>();
    const names = new Map<number, number>();
    const exact = this.position(queryWord);
    if (exact !== undefined) words.set(exact, 0);
    if (queryWord.length >= 3) {
      const from = this.lowerBound(queryWord);
      for (let i = from; i < this.words.length && i < from + MAX_COMPLETIONS && this.words[i]!.startsWith(queryWord); i++) if (!words.has(i)) words.set(i, 0.5);
    }
    if (queryWord.length >= 4) {
      // A word the vocabulary has is less likely a typo: two edits only for a long word it does not have.
      const allowed = queryWord.length >= 8 && exact === undefined ? 2 : 1;
      for (const i of this.nearby(queryWord, 0.3, 100)) {
        if (words.has(i)) continue;
        const word = this.words[i]!;
        const distance = editDistance(queryWord, word, allowed);
        if (distance <= allowed) words.set(i, distance);
        else if (editDistance(queryWord, word, allowed, true) <= allowed) names.set(i, allowed);
      }
    }
    const matches = (found: Map<number, number>): WordMatch[] => [...found].map(([position, cost]) => ({ position, word: this.words[position]!, cost }));
    const text = matches(words).filter((m) => !this.common.has(m.position));
    // A common word, or a typo of one ("rusian" where "russian" is common), narrows no text.
    const common = (exact !== undefined && this.common.has(exact)) || (text.length === 0 && words.size > 0);
    return { words: text, names: [...matches(words), ...matches(names).map((m): WordMatch => ({ ...m, beginning: true }))], common };
  }

  /** Words that look somewhat like a query word, however far: for suggestions when nothing matched. */
  near(queryWord: string, limit: number): WordMatch[] {
    return this.nearby(queryWord, 0.25, 100)
      .filter((i) => !this.common.has(i))
      .map((position) => ({ position, word: this.words[position]!, cost: editDistance(queryWord, this.words[position]!, queryWord.length) }))
      .sort((a, b) => a.cost - b.cost)
      .slice(0, limit);
  }
}

/** A query word's matches, each with the numbers of the texts holding it. */
export type MatchedPostings = readonly (WordMatch & { numbers: readonly number[] })[];

export interface TextMatch {
  number: number;
  /** The summed cost of the words that matched. */
  cost: number;
  /** The vocabulary words of the text that matched, to mark them. */
  words: string[];
}

/** Whether ascending `numbers` hold `n`. */
function holds(numbers: readonly number[], n: number): boolean {
  let lo = 0;
  let hi = numbers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (numbers[mid]! < n) lo = mid + 1;
    else hi = mid;
  }
  return numbers[lo] === n;
}

/** Texts holding every query word (or a close form of it), cheapest first, then by number; at most `limit`. */
export function matchEvery(perQueryWord: readonly MatchedPostings[], limit: number): TextMatch[] {
  if (perQueryWord.length === 0) return [];
  const size = (matches: MatchedPostings): number => matches.reduce((sum, m) => sum + m.numbers.length, 0);
  let best: Map<number, number> | undefined;
  // The rarest query word first: every later one only looks at the texts still in.
  for (const matches of [...perQueryWord].sort((a, b) => size(a) - size(b))) {
    const here = new Map<number, number>();
    for (const match of matches) {
      for (const n of match.numbers) {
        const before = best === undefined ? 0 : best.get(n);
        if (before === undefined) continue;
        const seen = here.get(n);
        if (seen === undefined || seen > before + match.cost) here.set(n, before + match.cost);
      }
    }
    best = here;
    if (best.size === 0) return [];
  }
  // Costs are few (sums of 0, 0.5, 1 and 2): the cheapest ones first, each in number order, until the limit.
  const byCost = new Map<number, number[]>();
  for (const [n, cost] of best!) {
    const list = byCost.get(cost);
    if (list) list.push(n);
    else byCost.set(cost, [n]);
  }
  const found: TextMatch[] = [];
  for (const cost of [...byCost.keys()].sort((a, b) => a - b)) {
    for (const number of Int32Array.from(byCost.get(cost)!).sort()) {
      if (found.length === limit) return found;
      // The words to mark: those of each query word that the text holds.
      found.push({ number, cost, words: perQueryWord.flatMap((matches) => matches.filter((m) => holds(m.numbers, number)).map((m) => m.word)) });
    }
  }
  return found;
}
