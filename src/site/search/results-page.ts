/**
 * The full results of /search/?q=…: grouped, every hit shown. A search from
 * the page's own form is a new history entry, so the address can be shared
 * and back and forward return to earlier queries. Until results render (and
 * when a query finds nothing) the page's list of every entity stays visible.
 */
import { resultsOrNothing } from './loader.ts';
import { renderSections } from './render.ts';
import { resultCount, searchView } from './view.ts';
import { searchUrl } from '../urls.ts';

export interface ResultsPage {
  /** The query box of the page's own form. */
  input: HTMLInputElement;
  status: HTMLElement;
  results: HTMLElement;
  /** What the page shows without script: every entity by kind. */
  browse: HTMLElement;
}

const PAGE = { perGroup: Infinity, quoteLength: 240 };
/** Hits a group at most: more than the corpus holds today, few enough to render at once. */
const PAGE_LIMIT = 200;

const queryIn = (search: string): string => (new URLSearchParams(search).get('q') ?? '').trim();

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
    const found = await resultsOrNothing(query, { limit: PAGE_LIMIT });
    // Back or forward may have moved on while the search loaded.
    if (queryIn(location.search) !== query) return;
    if (found === undefined) {
      status.textContent = 'Search could not load. Every entity is listed below.';
      return;
    }
    const { total, groups } = searchView(found, PAGE);
    renderSections(results, groups);
    status.textContent = `${resultCount(total)} for “${query}”`;
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
