/**
 * Long lists split into numbered pages. The first page keeps the list's own
 * URL (`/claims/`); the others add `page/<n>/` (`/claims/page/2/`).
 */
import { figure } from './text.ts';

/** How much one page shows, so that every page stays small however large the corpus grows. */
export const limits = {
  /** Claim cards on a page of the claims list. */
  claimsPerPage: 50,
  /** Articles or cited sources on a page of /sources/. */
  sourcesPerPage: 100,
  /** Names with their counts on a page of an index (every asserter, every person). */
  namesPerPage: 150,
  /** Values of a facet in the claims list's filters, besides the active one. */
  filterValues: 10,
  /** Claim cards in a list beside a record: more from the asserter, claims about an entity. */
  relatedClaims: 10,
  /** Named links beside a record: articles naming an entity, entities named with it. */
  relatedNames: 20,
  /** Other articles naming the same entities, beside an article. */
  relatedArticles: 10,
  /** Entities an article names, listed under it. */
  articleNames: 50,
  /** Entities of each kind on /entities/ and on the search page. */
  namesPerKind: 40,
  /** Articles on the home page. */
  homeArticles: 20,
  /** Nodes in the picture of /graph/. */
  graphNodes: 150,
} as const;

export interface Page<T> {
  items: T[];
  /** From 1. */
  number: number;
  /** How many pages the list makes; at least 1. */
  count: number;
  /** The place of the first item in the whole list, from 0. */
  start: number;
  /** The length of the whole list. */
  total: number;
}

export const pageCount = (total: number, size: number): number => Math.max(1, Math.ceil(total / size));

/** Page `number` (from 1) of a list. */
export function pageOf<T>(list: readonly T[], number: number, size: number): Page<T> {
  const start = (number - 1) * size;
  return { items: list.slice(start, start + size), number, count: pageCount(list.length, size), start, total: list.length };
}

/** Where a page sits in its list, for a list longer than one page: "; 51–100 on this page". */
export const placeOnPage = (page: Page<unknown>): string =>
  page.count > 1 ? `; ${figure(page.start + 1)}–${figure(page.start + page.items.length)} on this page` : '';

/** The URL of page `number` of the list at `base` (a path ending in a slash). */
export const pageUrl = (base: string, number: number): string => (number <= 1 ? base : `${base}page/${number}/`);

/** Every page of a list but the first, as the path below `base` (`page/2`), for a route's static paths. */
export const laterPages = (total: number, size: number): number[] => Array.from({ length: pageCount(total, size) - 1 }, (_, i) => i + 2);

/**
 * The page numbers a pagination bar shows: the first and the last, the
 * current one with `around` on each side, and `undefined` for a gap, so the
 * bar stays short for thousands of pages.
 */
export function pageNumbers(current: number, count: number, around = 2): (number | undefined)[] {
  const wanted = new Set([1, count]);
  for (let n = Math.max(1, current - around); n <= Math.min(count, current + around); n += 1) wanted.add(n);
  const shown: (number | undefined)[] = [];
  let previous = 0;
  for (const n of [...wanted].sort((a, b) => a - b)) {
    // A gap of one page shows that page rather than an ellipsis.
    if (n - previous === 2) shown.push(n - 1);
    else if (n - previous > 2) shown.push(undefined);
    shown.push(n);
    previous = n;
  }
  return shown;
}
