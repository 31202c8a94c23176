/** Old query-string addresses of the claims list lead to the static page of their filter, and nothing else can steer where they lead. */
import { describe, expect, it } from 'vitest';
import { Id } from '../../src/pipeline/schema.ts';
import { legacyFilter, legacyPaths, legacyTarget } from '../../src/site/legacy-filter.ts';

const hostile = ['../../search', '..', '//evil.example', 'https://evil.example/', 'atesh/../../x', 'a%2F..', 'Atesh', 'a b', '', '-a', 'a--b', 'javascript:alert(1)'];

describe('old filter addresses', () => {
  it('read a status, one asserter, article or entity, or a status with one of those', () => {
    expect(legacyFilter('?status=unverified')).toEqual({ status: 'unverified', by: undefined });
    for (const facet of ['asserter', 'article', 'entity'] as const) expect(legacyFilter(`?${facet}=atesh`)).toEqual({ status: undefined, by: { facet, value: 'atesh' } });
    expect(legacyFilter('?asserter=atesh&status=denied&utm_source=feed')).toEqual({ status: 'denied', by: { facet: 'asserter', value: 'atesh' } });
  });

  it('leave out a value that is malformed, unknown as a status or given twice, and name nothing for two values no page combines', () => {
    for (const value of hostile) {
      expect(legacyFilter(`?${new URLSearchParams({ asserter: value })}`), value).toBeUndefined();
      expect(legacyFilter(`?${new URLSearchParams({ status: value })}`), value).toBeUndefined();
    }
    expect(legacyFilter('?status=rumoured')).toBeUndefined();
    expect(legacyFilter('?status=toString')).toBeUndefined();
    expect(legacyFilter('?status=denied&status=confirmed')).toBeUndefined();
    expect(legacyFilter('?status=denied&entity=..%2F..%2Fsearch')).toEqual({ status: 'denied', by: undefined });
    expect(legacyFilter('?asserter=atesh&entity=crimea')).toBeUndefined();
    expect(legacyFilter('?q=atesh')).toBeUndefined();
    expect(legacyFilter('')).toBeUndefined();
  });

  it('read as values exactly the ids the pipeline gives', () => {
    for (const value of [...hostile, 'atesh', 'john-kirby', 'a1-2b', 'russia-may-use-bayraktar-tb2-drones-in-f-report-associated-press-9d3d5d']) {
      expect(legacyFilter(`?${new URLSearchParams({ entity: value })}`) !== undefined, value).toBe(Id.safeParse(value).success);
    }
  });

  it('try the page of a status with a value first, then the value’s, then the status’s', () => {
    expect(legacyPaths({ status: 'denied' })).toEqual(['/claims/status/denied/']);
    expect(legacyPaths({ by: { facet: 'article', value: 'a' } })).toEqual(['/claims/article/a/']);
    expect(legacyPaths({ status: 'denied', by: { facet: 'asserter', value: 'atesh' } })).toEqual([
      '/claims/asserter/atesh/status/denied/',
      '/claims/asserter/atesh/',
      '/claims/status/denied/',
    ]);
  });

  it('lead to the first of those pages that exists, or nowhere, asking only about paths under /claims/', async () => {
    const asked: string[] = [];
    const site = (...pages: string[]) => async (path: string) => {
      asked.push(path);
      return pages.includes(path);
    };
    const both = '?asserter=atesh&status=denied';
    expect(await legacyTarget(both, site('/claims/asserter/atesh/status/denied/', '/claims/asserter/atesh/'))).toBe('/claims/asserter/atesh/status/denied/');
    expect(await legacyTarget(both, site('/claims/asserter/atesh/', '/claims/status/denied/'))).toBe('/claims/asserter/atesh/');
    expect(await legacyTarget(both, site('/claims/status/denied/'))).toBe('/claims/status/denied/');
    expect(await legacyTarget('?asserter=nobody', site('/claims/status/denied/'))).toBeUndefined();
    asked.length = 0;
    for (const value of hostile) expect(await legacyTarget(`?${new URLSearchParams({ article: value })}`, site())).toBeUndefined();
    expect(asked).toEqual([]);
  });
});
