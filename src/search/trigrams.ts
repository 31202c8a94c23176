/**
 * A trigram index over short strings (names, words): the strings that share
 * enough three-letter pieces with a query, found without scanning them all.
 * It narrows the candidates before Fuse.js or an edit distance decides,
 * which keeps a query fast at tens of thousands of names and words.
 */
import { foldKey as fold } from '../pipeline/entities/normalize.ts';

function trigramsOf(text: string): Set<string> {
  const padded = `  ${fold(text)} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

export class TrigramIndex {
  private readonly postings = new Map<string, number[]>();
  private counts: Uint16Array | undefined;
  readonly size: number;

  /** `texts[i]` is filed under position i; a text may appear at several positions. */
  constructor(texts: readonly string[]) {
    texts.forEach((text, i) => {
      for (const gram of trigramsOf(text)) {
        const list = this.postings.get(gram);
        if (list) list.push(i);
        else this.postings.set(gram, [i]);
      }
    });
    this.size = texts.length;
  }

  /**
   * Positions whose text shares at least `share` of the query's trigrams
   * (a typo costs at most three), best first, at most `limit`.
   */
  candidates(query: string, share = 0.4, limit = 200): number[] {
    const grams = trigramsOf(query);
    // Counts in an array kept between queries, the positions touched listed to read and clear them: no map of thousands of entries a query.
    this.counts ??= new Uint16Array(this.size);
    const counts = this.counts;
    const touched: number[] = [];
    for (const gram of grams) {
      for (const i of this.postings.get(gram) ?? []) {
        if (counts[i] === 0) touched.push(i);
        counts[i]! += 1;
      }
    }
    const needed = Math.max(1, Math.floor(grams.size * share));
    const found: [number, number][] = [];
    for (const i of touched) {
      if (counts[i]! >= needed) found.push([i, counts[i]!]);
      counts[i] = 0;
    }
    return found
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([i]) => i);
  }
}
