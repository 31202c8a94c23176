/** The results page's batches: which hits the next one brings, and what the page says of them. */
import { describe, expect, it } from 'vitest';
import { BATCH_SIZE, moreLabel, nextBatch, shownNote } from '../../../src/site/search/batches.ts';

describe('batches of a group’s hits', () => {
  it('brings the next batch after those shown, the last one short, then none', () => {
    expect(nextBatch(0, 143)).toEqual({ from: 0, count: BATCH_SIZE });
    expect(nextBatch(BATCH_SIZE, 143)).toEqual({ from: BATCH_SIZE, count: BATCH_SIZE });
    expect(nextBatch(140, 143)).toEqual({ from: 140, count: 3 });
    expect(nextBatch(143, 143)).toBeUndefined();
    expect(nextBatch(5, 5, 2)).toBeUndefined();
  });

  it('covers every hit once, in order, whatever the batch size', () => {
    for (const [total, size] of [[143, 20], [40, 20], [7, 3], [1, 20]] as const) {
      const places: number[] = [];
      for (let batch = nextBatch(0, total, size); batch !== undefined; batch = nextBatch(batch.from + batch.count, total, size)) {
        expect(batch.count).toBeLessThanOrEqual(size);
        for (let i = 0; i < batch.count; i++) places.push(batch.from + i);
      }
      expect(places).toEqual(Array.from({ length: total }, (_, i) => i));
    }
  });

  it('says how many of how many are shown, and when the count stopped at the limit', () => {
    expect(shownNote('claims', 20, 143, false)).toBe('20 of 143 claims shown');
    expect(shownNote('claims', 143, 143, false)).toBe('All 143 claims shown');
    expect(shownNote('entities', 20, 1000, true)).toBe('20 of 1,000+ entities shown');
    expect(shownNote('entities', 1000, 1000, true)).toBe('1,000 of 1,000+ entities shown');
  });

  it('names what the button brings', () => {
    expect(moreLabel('claims', { from: 20, count: 20 })).toBe('Show 20 more claims');
    expect(moreLabel('sources', { from: 40, count: 1 })).toBe('Show 1 more source');
    expect(moreLabel('entities', { from: 20, count: 3 })).toBe('Show 3 more entities');
  });
});
