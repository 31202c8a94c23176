import { describe, expect, it } from 'vitest';
import { editDistance, matchEvery, Vocabulary } from '../../src/search/vocabulary.ts';
import { TrigramIndex } from '../../src/search/trigrams.ts';

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and swaps, and stops past the maximum', () => {
    expect(editDistance('drones', 'drones', 2)).toBe(0);
    expect(editDistance('drones', 'drone', 2)).toBe(1);
    expect(editDistance('drones', 'dornes', 2)).toBe(1);
    expect(editDistance('kirby', 'kerby', 2)).toBe(1);
    expect(editDistance('alliance', 'xyz', 2)).toBe(3);
  });

  it('measures to the closest beginning of the second word when asked', () => {
    expect(editDistance('ukraine', 'ukrainian', 1, true)).toBe(1);
    expect(editDistance('ukraine', 'ukrainian', 1)).toBe(2);
    expect(editDistance('kirby', 'kirbyville', 1, true)).toBe(0);
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

describe('vocabulary', () => {
  const words = ['air', 'alliance', 'defense', 'drone', 'drones', 'erdogan', 'kirby', 'statement', 'the', 'turkey', 'ukraine', 'ukrainian'].sort();
  const vocabulary = new Vocabulary(words, [words.indexOf('the'), words.indexOf('statement')]);
  const found = (queryWord: string): string[] => vocabulary.lookup(queryWord).words.map((m) => `${m.word}:${m.cost}`).sort();

  it('finds a word exactly, its completions, and close words with a typo anywhere, the first letter included', () => {
    expect(found('drone')).toEqual(['drone:0', 'drones:0.5']);
    expect(found('dornes')).toEqual(['drones:1']);
    expect(found('kriby')).toEqual(['kirby:1']);
    expect(found('xirby')).toEqual(['kirby:1']);
    expect(found('ukranian')).toEqual(['ukrainian:1']);
  });

  it('forgives no typo in a word of three letters', () => {
    expect(found('aie')).toEqual([]);
  });

  it('leaves common words out, and says when a query word stands only for common ones, a typo of one included', () => {
    expect(found('the')).toEqual([]);
    expect(vocabulary.lookup('the').common).toBe(true);
    expect(vocabulary.lookup('statment').common).toBe(true);
    expect(vocabulary.lookup('air').common).toBe(false);
    expect(vocabulary.lookup('qxzv').common).toBe(false);
  });

  it('also gives a name the words that begin with a close form of the query word', () => {
    const names = vocabulary.lookup('ukraine').names;
    expect(names.map((m) => m.word).sort()).toEqual(['ukraine', 'ukrainian']);
    expect(names.find((m) => m.word === 'ukrainian')?.beginning).toBe(true);
  });

  it('finds words somewhat like a query word, for suggestions, closest first', () => {
    expect(vocabulary.near('kirbb', 3)[0]?.word).toBe('kirby');
  });
});

describe('matchEvery', () => {
  const postings = (word: string, cost: number, numbers: number[]) => ({ position: 0, word, cost, numbers });

  it('keeps the texts holding every query word, with the summed cost and the words, cheapest first', () => {
    const found = matchEvery(
      [
        [postings('drones', 0, [1, 2, 5]), postings('drone', 0.5, [3, 5])],
        [postings('turkey', 1, [2, 3, 4])],
      ],
      10,
    );
    expect(found.map((m) => ({ ...m, words: m.words.sort() }))).toEqual([
      { number: 2, cost: 1, words: ['drones', 'turkey'] },
      { number: 3, cost: 1.5, words: ['drone', 'turkey'] },
    ]);
  });

  it('finds nothing when a query word matches nothing, and cuts at the limit', () => {
    expect(matchEvery([[postings('drones', 0, [1])], []], 10)).toEqual([]);
    expect(matchEvery([], 10)).toEqual([]);
    expect(matchEvery([[postings('drones', 0, [1, 2, 3])]], 2).map((m) => m.number)).toEqual([1, 2]);
  });
});
