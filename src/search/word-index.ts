/**
 * Words of longer texts (quotes, titles) mapped to the texts that hold them,
 * with exact, prefix and one- or two-letter-typo look-up of a query word
 * through a trigram index over the vocabulary: a query touches only the
 * texts that contain its words, never every text.
 */
import { foldKey } from '../pipeline/entities/normalize.ts';
import { TrigramIndex } from './trigrams.ts';

export interface WordMatch {
  word: string;
  /** 0 exact, 0.5 a prefix, else the number of edits. */
  cost: number;
}

export function wordsOf(text: string): string[] {
  return foldKey(text).split(' ').filter((w) => w.length > 1);
}

/** Edits (insert, delete, substitute, swap) between two short words, stopping once past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
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
  return rows[a.length]![b.length]!;
}

export class WordIndex {
  private readonly postings = new Map<string, number[]>();
  private readonly vocabulary: string[];
  private readonly sorted: string[];
  private readonly trigrams: TrigramIndex;

  constructor(texts: readonly string[]) {
    texts.forEach((text, i) => {
      for (const word of new Set(wordsOf(text))) {
        const list = this.postings.get(word);
        if (list) list.push(i);
        else this.postings.set(word, [i]);
      }
    });
    this.vocabulary = [...this.postings.keys()];
    this.sorted = [...this.vocabulary].sort();
    this.trigrams = new TrigramIndex(this.vocabulary);
  }

  /** Vocabulary words a query word may stand for. */
  lookup(queryWord: string): WordMatch[] {
    const found = new Map<string, number>();
    if (this.postings.has(queryWord)) found.set(queryWord, 0);
    if (queryWord.length >= 3) {
      // Binary search to the first word with this prefix.
      let lo = 0;
      let hi = this.sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.sorted[mid]! < queryWord) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < this.sorted.length && this.sorted[i]!.startsWith(queryWord) && i < lo + 50; i++) if (!found.has(this.sorted[i]!)) found.set(this.sorted[i]!, 0.5);
    }
    if (queryWord.length >= 4) {
      const allowed = queryWord.length >= 8 ? 2 : 1;
      for (const i of this.trigrams.candidates(queryWord, 0.3, 100)) {
        const word = this.vocabulary[i]!;
        if (found.has(word)) continue;
        const distance = editDistance(queryWord, word, allowed);
        if (distance <= allowed) found.set(word, distance);
      }
    }
    return [...found.entries()].map(([word, cost]) => ({ word, cost }));
  }

  /** Texts holding every query word (or a close form of it), with the summed cost, cheapest first. */
  search(query: string, limit: number): { index: number; cost: number; words: string[] }[] {
    const queryWords = wordsOf(query).slice(0, 8);
    if (queryWords.length === 0) return [];
    let best: Map<number, { cost: number; words: string[] }> | undefined;
    for (const queryWord of queryWords) {
      const here = new Map<number, { cost: number; words: string[] }>();
      for (const match of this.lookup(queryWord)) {
        for (const i of this.postings.get(match.word) ?? []) {
          const seen = here.get(i);
          if (!seen || match.cost < seen.cost) here.set(i, { cost: match.cost, words: [...(seen?.words ?? []), match.word] });
          else seen.words.push(match.word);
        }
      }
      best = best === undefined ? here : new Map([...best].filter(([i]) => here.has(i)).map(([i, v]) => [i, { cost: v.cost + here.get(i)!.cost, words: [...v.words, ...here.get(i)!.words] }]));
      if (best.size === 0) return [];
    }
    return [...best!.entries()].map(([index, v]) => ({ index, ...v })).sort((a, b) => a.cost - b.cost || a.index - b.index).slice(0, limit);
  }
}
