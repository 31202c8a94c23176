import { describe, expect, it } from 'vitest';
import { editDistance, WordIndex } from '../../src/search/word-index.ts';
import { TrigramIndex } from '../../src/search/trigrams.ts';

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and swaps, and stops past the maximum', () => {
    expect(editDistance('drones', 'drones', 2)).toBe(0);
    expect(editDistance('drones', 'drone', 2)).toBe(1);
    expect(editDistance('drones', 'dornes', 2)).toBe(1);
    expect(editDistance('kirby', 'kerby', 2)).toBe(1);
    expect(editDistance('alliance', 'xyz', 2)).toBe(3);
  });
});

describe('trigram index', () => {
  it('finds names sharing enough three-letter pieces, best first, and not unrelated ones', () => {
    const index = new TrigramIndex(['Bayraktar TB2', 'Baykar', 'Jens Stoltenberg', 'Türkiye']);
    expect(index.candidates('Bayraktr')[0]).toBe(0);
    expect(index.candidates('turkiye')).toContain(3);
    expect(index.candidates('Stoltenberg')).not.toContain(0);
  });
});

describe('word index', () => {
  const index = new WordIndex([
    'Russian air defense systems reportedly shot down 221 Ukrainian drones',
    'The drones supplied by Turkey have been used by Ukraine',
    'Erdoğan said Turkey was prepared to undertake its part',
  ]);

  it('finds texts holding every query word, exact, by prefix or with a typo, and folds diacritics', () => {
    expect(index.search('drones', 10).map((r) => r.index)).toEqual([0, 1]);
    expect(index.search('drones turkey', 10).map((r) => r.index)).toEqual([1]);
    expect(index.search('dron', 10).map((r) => r.index).sort()).toEqual([0, 1]);
    expect(index.search('ukranian', 10).map((r) => r.index)).toEqual([0]);
    expect(index.search('erdogan', 10).map((r) => r.index)).toEqual([2]);
  });

  it('ranks exact matches before typos and finds nothing for nonsense', () => {
    const [first] = index.search('turkey', 10);
    expect(first?.cost).toBe(0);
    expect(index.search('qxzvv', 10)).toEqual([]);
    expect(index.search('', 10)).toEqual([]);
  });
});
