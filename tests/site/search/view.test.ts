/**
 * Results as the reader sees them, on small documents through the real
 * engine: groups in order with their counts, links to the record pages,
 * matched words marked and a reason for hits that no word of theirs explains.
 */
import { describe, expect, it } from 'vitest';
import type { SearchDocuments } from '../../../src/search/documents.ts';
import type { SearchResults } from '../../../src/search/engine.ts';
import { createSearch } from '../../../src/search/memory.ts';
import type { Segment } from '../../../src/site/search/marked.ts';
import { allResultsItem, closestGroup, resultCount, resultGroups, resultTotal, searchView, type ResultGroup } from '../../../src/site/search/view.ts';

const documents: SearchDocuments = {
  entities: [
    { id: 'atesh', name: 'Atesh', aliases: [], kind: 'group', claims: 1 },
    { id: 'bayraktar-tb2', name: 'Bayraktar TB2', aliases: [], kind: 'equipment', claims: 0 },
    { id: 'nato', name: 'North Atlantic Alliance', aliases: ['NATO'], kind: 'organization', claims: 1 },
    { id: 'stoltenberg', name: 'Jens Stoltenberg', aliases: ['Stoltenberg'], kind: 'person', claims: 1 },
  ],
  claims: [
    { id: 'patrols', quote: 'The group said it observed patrol routines.', asserter: 'Atesh', asserterId: 'atesh', status: 'unverified', entityIds: ['atesh'] },
    { id: 'defend', quote: 'The alliance will defend every inch.', asserter: 'North Atlantic Alliance', asserterId: 'nato', status: 'unassessed', entityIds: ['nato'] },
    { id: 'warned', quote: 'He warned that the alliance stood ready.', asserter: 'Jens Stoltenberg', asserterId: 'stoltenberg', status: 'confirmed', entityIds: ['stoltenberg', 'nato'] },
  ],
  sources: [
    { id: 'tb2-plot', title: 'Russia may use Bayraktar TB2 drones in fake plot', kind: 'article', outlet: 'AP', date: '2022-02-10' },
    { id: 'atesh-statement', title: 'Statement by Atesh', kind: 'cited', outlet: undefined, date: undefined },
  ],
};
const engine = createSearch(documents);
const limits = { perGroup: 10, quoteLength: 90, searchLimit: 50 };
const view = (query: string): ResultGroup[] => resultGroups(engine.search(query), limits);

/** Marked words in brackets: "[Atesh] · Group". */
const shown = (segments: Segment[]): string => segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

describe('resultGroups', () => {
  it('puts entities first, then claims, then sources, each with its count and links to the record pages', () => {
    const groups = view('Atesh');
    expect(groups.map((g) => [g.key, g.label])).toEqual([
      ['entities', 'Entities'],
      ['claims', 'Claims'],
      ['sources', 'Sources'],
    ]);
    const [entities, claims, sources] = groups;
    expect(entities?.items[0]).toEqual({ href: '/entities/atesh/', title: [{ text: 'Atesh', mark: true }], detail: [{ text: 'Group', mark: false }, { text: ' · ', mark: false }, { text: '1 claim', mark: false }] });
    expect(claims?.items.map((i) => [i.href, shown(i.detail)])).toEqual([['/claims/patrols/', '[Atesh] · Unverified']]);
    expect(sources?.items.map((i) => [i.href, shown(i.title), shown(i.detail)])).toEqual([['/sources/atesh-statement/', 'Statement by [Atesh]', 'Cited source']]);
  });

  it('leaves out empty groups and shows at most perGroup hits while counting them all', () => {
    const results = engine.search('alliance');
    const groups = resultGroups(results, { ...limits, perGroup: 1 });
    const claims = groups.find((g) => g.key === 'claims');
    expect(groups.some((g) => g.key === 'sources')).toBe(false);
    expect(claims?.total).toBe(results.found.claims);
    expect(claims?.total).toBeGreaterThan(1);
    expect(claims?.items).toHaveLength(1);
  });

  it('says when a group’s count stopped at the search’s limit, and only then', () => {
    const results = engine.search('alliance', { limit: 2 });
    const groups = resultGroups(results, { ...limits, searchLimit: 2 });
    expect(groups.map((g) => [g.key, g.total, g.capped])).toEqual([
      ['entities', 1, false],
      ['claims', 2, true],
    ]);
    expect(searchView(results, { ...limits, searchLimit: 2 }).capped).toBe(true);
    expect(searchView(engine.search('alliance'), limits).capped).toBe(false);
  });

  it('marks the whole word of a typo match, in the name and in the texts', () => {
    const groups = view('Bayraktr');
    expect(shown(groups[0]!.items[0]!.title)).toBe('[Bayraktar] TB2');
    expect(shown(groups.find((g) => g.key === 'sources')!.items[0]!.title)).toBe('Russia may use [Bayraktar] TB2 drones in fake plot');
  });

  it('says which other name matched when the name itself did not', () => {
    const [entities] = view('nato');
    expect(shown(entities!.items[0]!.title)).toBe('North Atlantic Alliance');
    expect(shown(entities!.items[0]!.detail)).toBe('also called [NATO] · Organisation · 1 claim');
  });

  it('explains a claim found through its entity: its asserter marked, or the entity it is about', () => {
    const claims = view('nato').find((g) => g.key === 'claims')!;
    const detail = new Map(claims.items.map((i) => [i.href, shown(i.detail)]));
    expect(detail.get('/claims/defend/')).toBe('[North Atlantic Alliance] · Not assessed');
    expect(detail.get('/claims/warned/')).toBe('Jens Stoltenberg · Confirmed · about [North Atlantic Alliance]');
  });

  it('describes an article source by outlet and date', () => {
    const sources = view('drones').find((g) => g.key === 'sources')!;
    expect(shown(sources.items[0]!.detail)).toBe('Article · AP · 10 February 2022');
  });
});

const nothing: SearchResults = { entities: [], claims: [], sources: [], found: { entities: 0, claims: 0, sources: 0 }, suggestions: [documents.entities[3]!] };

describe('closestGroup', () => {
  it('links the suggested entities to their pages', () => {
    const [group] = closestGroup(nothing);
    expect(group?.key).toBe('closest');
    expect(group?.total).toBeUndefined();
    expect(group?.items.map((i) => [i.href, shown(i.title)])).toEqual([['/entities/stoltenberg/', 'Jens Stoltenberg']]);
  });

  it('is empty without suggestions', () => {
    expect(closestGroup({ ...nothing, suggestions: [] })).toEqual([]);
  });
});

describe('searchView', () => {
  it('shows the hits when there are some, else the closest names', () => {
    expect(searchView(engine.search('Atesh'), limits)).toEqual({ total: 3, capped: false, groups: view('Atesh') });
    expect(searchView(nothing, limits)).toEqual({ total: 0, capped: false, groups: closestGroup(nothing) });
  });
});

describe('counts and the way to all results', () => {
  it('counts every hit and words it for a live region', () => {
    expect(resultTotal(engine.search('Atesh'))).toBe(3);
    expect([0, 1, 5].map((n) => resultCount(n))).toEqual(['No results', '1 result', '5 results']);
    expect(resultCount(1, true)).toBe('1+ results');
  });

  it('links to the results page with the query in the address', () => {
    expect(allResultsItem('Bayraktar TB2').href).toBe('/search/?q=Bayraktar+TB2');
    expect(shown(allResultsItem('Kirby').title)).toBe('All results for “Kirby”');
  });
});
