import { describe, expect, it } from 'vitest';
import { laterPages, pageCount, pageNumbers, pageOf, pageUrl, placeOnPage } from '../../src/site/pagination.ts';

describe('pagination', () => {
  it('cuts a list into pages, the last one shorter', () => {
    const list = Array.from({ length: 7 }, (_, i) => i);
    expect(pageOf(list, 1, 3)).toEqual({ items: [0, 1, 2], number: 1, count: 3, start: 0, total: 7 });
    expect(pageOf(list, 3, 3)).toEqual({ items: [6], number: 3, count: 3, start: 6, total: 7 });
    expect(pageCount(0, 3)).toBe(1);
    expect(pageCount(6, 3)).toBe(2);
  });

  it('keeps the first page at the list’s own URL and numbers the later ones', () => {
    expect(pageUrl('/claims/', 1)).toBe('/claims/');
    expect(pageUrl('/claims/asserter/atesh/', 2)).toBe('/claims/asserter/atesh/page/2/');
    expect(laterPages(7, 3)).toEqual([2, 3]);
    expect(laterPages(3, 3)).toEqual([]);
    expect(laterPages(0, 3)).toEqual([]);
  });

  it('shows the first, the last and the pages around the current one, with gaps', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageNumbers(1, 20)).toEqual([1, 2, 3, undefined, 20]);
    expect(pageNumbers(10, 20)).toEqual([1, undefined, 8, 9, 10, 11, 12, undefined, 20]);
    // A gap of a single page shows the page.
    expect(pageNumbers(5, 20)).toEqual([1, 2, 3, 4, 5, 6, 7, undefined, 20]);
    expect(pageNumbers(20, 20)).toEqual([1, undefined, 18, 19, 20]);
  });

  it('keeps the bar short for any number of pages', () => {
    for (const count of [1, 2, 9, 100, 100_000]) {
      for (const current of [1, Math.ceil(count / 2), count]) expect(pageNumbers(current, count).length).toBeLessThanOrEqual(9);
    }
  });

  it('says where a page sits in a list longer than one page, in grouped figures', () => {
    const list = Array.from({ length: 2_345 }, (_, i) => i);
    expect(placeOnPage(pageOf(list, 1, 1_000))).toBe('; 1–1,000 on this page');
    expect(placeOnPage(pageOf(list, 3, 1_000))).toBe('; 2,001–2,345 on this page');
    expect(placeOnPage(pageOf(list.slice(0, 5), 1, 1_000))).toBe('');
  });
});
