/**
 * The full results of /search/?q=…: grouped, each group a batch at a time
 * (batches.ts, more-results.ts). A search from the page's own form is a new
 * history entry, so the address can be shared and back and forward return to
 * earlier queries. Until results render (and when a query finds nothing) the
 * page's list of every entity stays visible.
 */
import type { HitWindow, SearchOptions } from '../../search/engine.ts';
import { BATCH_SIZE, type BatchedKey } from './batches.ts';
import { resultsOrNothing } from './loader.ts';
import { offerMore } from './more-results.ts';
import { renderSections } from './render.ts';
import { resultCount, resultGroups, searchView, type ResultGroup, type ResultItem } from './view.ts';
import { searchUrl } from '../urls.ts';

export interface ResultsPage {
  /** The query box of the page's own form. */
  input: HTMLInputElement;
  status: HTMLElement;
  results: HTMLElement;
  /** What the page shows without script: every entity by kind. */
  browse: HTMLElement;
}

/** Hits a group at most: counted, and shown a batch at a time. */
const PAGE_LIMIT = 1000;
const PAGE = { perGroup: Infinity, quoteLength: 240, searchLimit: PAGE_LIMIT };
const NONE: HitWindow = { from: 0, count: 0 };

const queryIn = (search: string): string => (new URLSearchParams(search).get('q') ?? '').trim();

const isBatched = (group: ResultGroup): group is ResultGroup & { key: BatchedKey } => group.key !== 'closest';

/**
 * Where a group's later batches come from: the entities are all in the
 * results already; a batch of claims or sources runs the query again for the
 * chunks of that batch alone (its other files are loaded by then).
 */
function batchLoader(query: string, key: BatchedKey, entities: readonly ResultItem[]): (batch: HitWindow) => Promise<ResultItem[] | undefined> {
  if (key === 'entities') return async ({ from, count }) => entities.slice(from, from + count);
  return async (batch) => {
    const options: SearchOptions = { limit: PAGE_LIMIT, claims: key === 'claims' ? batch : NONE, sources: key === 'sources' ? batch : NONE };
    const found = await resultsOrNothing(query, options);
    return found === undefined ? undefined : (resultGroups(found, PAGE).find((group) => group.key === key)?.items ?? []);
  };
}

export function attachResultsPage({ input, status, results, browse }: ResultsPage): void {
  const baseTitle = document.title;

  async function show(query: string): Promise<void> {
    input.value = query;
    document.title = query === '' ? baseTitle : `“${query}” · ${baseTitle}`;
    if (query === '') {
      status.textContent = '';
      results.hidden = true;
      browse.hidden = false;
      return;
    }
    status.textContent = 'Searching…';
    const found = await resultsOrNothing(query, { limit: PAGE_LIMIT, shown: BATCH_SIZE });
    // Back or forward may have moved on while the search loaded.
    if (queryIn(location.search) !== query) return;
    if (found === undefined) {
      status.textContent = 'Search could not load. Every entity is listed below.';
      return;
    }
    const { total, capped, groups } = searchView(found, PAGE);
    const summary = `${resultCount(total, capped)} for “${query}”`;
    // Every entity hit is in the results; like the other groups, the page shows the first batch.
    const entities = groups.find((group) => group.key === 'entities')?.items ?? [];
    const firstBatches = groups.map((group) => (group.key === 'entities' ? { ...group, items: entities.slice(0, BATCH_SIZE) } : group));
    renderSections(results, firstBatches).forEach((parts, i) => {
      const group = firstBatches[i]!;
      if (!isBatched(group)) return;
      const announce = (text: string): void => {
        status.textContent = `${summary} · ${text}`;
      };
      offerMore(parts, { key: group.key, group, load: batchLoader(query, group.key, entities), announce });
    });
    status.textContent = summary;
    results.hidden = false;
    browse.hidden = total > 0;
  }

  input.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    if (query !== queryIn(location.search)) history.pushState(null, '', searchUrl(query));
    void show(query);
  });
  window.addEventListener('popstate', () => void show(queryIn(location.search)));
  void show(queryIn(location.search));
}
