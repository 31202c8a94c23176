/**
 * The search, loaded the first time a page needs it (a search box is
 * focused or typed in, or /search/ opens with a query), then shared by every
 * script on the page. Loading it fetches the engine and the vocabulary of
 * the index; each query then fetches the few index files it needs, each
 * file once per page load.
 */
import type { LoadFile, Search, SearchOptions, SearchResults } from '../../search/engine.ts';

/** Where src/pages/search-index/[...path].ts writes the index files. */
const searchFilesBase = '/search-index/';

type Engine = Pick<typeof import('../../search/engine.ts'), 'openSearch'>;

export function searchLoader(loadFile: LoadFile, engine: () => Promise<Engine> = () => import('../../search/engine.ts')): () => Promise<Search> {
  let search: Promise<Search> | undefined;
  return () => {
    // The engine (Fuse.js with it) is loaded with the search, not with every page.
    search ??= engine()
      .then(async ({ openSearch }) => {
        const opened = openSearch(loadFile);
        // The vocabulary now, so that the first query has it.
        await opened.ready();
        return opened;
      })
      .catch((error: unknown) => {
        // A failure is not kept: the next use tries again.
        search = undefined;
        throw error;
      });
    return search;
  };
}

async function fetchFile(path: string): Promise<unknown> {
  const url = `${searchFilesBase}${path}`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

export const loadSearch = searchLoader(fetchFile);

/** Starts loading the search, for a box that is about to be used. */
export const prepareSearch = (): void => void loadSearch().catch(() => undefined);

/** A query's results, or undefined when the search or a file it needs cannot be fetched; the caller says so to the reader. */
export const resultsOrNothing = (query: string, options?: SearchOptions): Promise<SearchResults | undefined> =>
  loadSearch()
    .then((search) => search.search(query, options))
    .catch(() => undefined);
