/**
 * The tuning of the search, on the real content: names with typos and
 * without diacritics find their entity first, a name brings its claims, and
 * nonsense finds nothing but suggestions, never a crash.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { buildContentCorpus } from '../../src/pipeline/content-corpus.ts';
import { searchDocuments } from '../../src/search/documents.ts';
import { createSearch, type MemorySearch } from '../../src/search/memory.ts';

let search: MemorySearch;

beforeAll(async () => {
  const corpus = await buildContentCorpus(fileURLToPath(new URL('../../content/', import.meta.url)));
  search = createSearch(searchDocuments(corpus));
}, 60_000);

describe('search', () => {
  it('finds Atesh first and its claims, also those that call it "the group"', () => {
    const results = search.search('Atesh');
    expect(results.entities[0]?.item.name).toBe('Atesh');
    const quotes = results.claims.map((h) => h.item.quote);
    expect(quotes.some((q) => q.startsWith('In a message posted on Telegram, the group said'))).toBe(true);
    expect(results.claims.every((h) => h.item.entityIds.includes('atesh') || /atesh/iu.test(h.item.quote))).toBe(true);
  });

  it.each(['Bayraktar', 'Bayraktr', 'bayraktar tb2'])('finds Bayraktar TB2 and the claim about the TB2 drones for "%s"', (query) => {
    const results = search.search(query);
    expect(results.entities[0]?.item.name).toBe('Bayraktar TB2');
    expect(results.claims.some((h) => h.item.quote.includes('Bayraktar TB2 drones'))).toBe(true);
  });

  it('finds Erdoğan without the diacritic and Zelenskyy with a typo', () => {
    expect(search.search('erdogan').entities[0]?.item.name).toBe('Recep Tayyip Erdoğan');
    expect(search.search('zelenski').entities[0]?.item.name).toMatch(/Zelensky/u);
  });

  it('finds John Kirby and his claims', () => {
    const results = search.search('Kirby');
    expect(results.entities[0]?.item.name).toBe('John Kirby');
    expect(results.claims.filter((h) => h.item.asserter === 'John Kirby').length).toBeGreaterThanOrEqual(3);
  });

  it('marks the matched words of a hit', () => {
    const [first] = search.search('Stoltenberg').entities;
    const highlight = first?.highlights.find((h) => h.key === 'name');
    const [from, to] = highlight!.ranges[0]!;
    expect(highlight!.value.slice(from, to + 1)).toBe('Stoltenberg');
  });

  it('does not over-match: a short common word does not return every claim', () => {
    const results = search.search('said');
    expect(results.entities).toHaveLength(0);
  });

  it('finds nothing for nonsense, suggests close names, and survives odd input', () => {
    const results = search.search('qxzvv wplk');
    expect(results.entities).toHaveLength(0);
    expect(results.claims).toHaveLength(0);
    for (const query of ['tursky', '', ' ', '(', '[a-z]+', '\u200f\u202e', 'x'.repeat(5000), '<script>']) {
      expect(() => search.search(query)).not.toThrow();
    }
    expect(search.search('Stoltenburg').suggestions.length + search.search('Stoltenburg').entities.length).toBeGreaterThan(0);
  });
});

describe('search precision', () => {
  it('does not find a name inside another word: "Atesh" is not in "United States"', () => {
    const names = search.search('Atesh').entities.map((h) => h.item.name);
    expect(names).toContain('Atesh');
    expect(names).not.toContain('United States');
    expect(names).not.toContain('Baltic states');
  });
});
