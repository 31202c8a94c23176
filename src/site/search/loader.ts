/**
 * The search index, fetched the first time a page needs it (a search box is
 * focused or typed in, or /search/ opens with a query), then shared by every
 * script on the page: one fetch per page load.
 */
import type { SearchDocuments } from '../../search/documents.ts';
import type { Search } from '../../search/engine.ts';
import { searchIndexUrl } from '../urls.ts';

export interface SearchIndex {
  search: Search;
  documents: SearchDocuments;
}

export function indexLoader(fetchDocuments: () => Promise<SearchDocuments>): () => Promise<SearchIndex> {
  let index: Promise<SearchIndex> | undefined;
  return () => {
    // The engine (Fuse.js with it) is loaded with the index, not with every page.
    index ??= Promise.all([fetchDocuments(), import('../../search/engine.ts')]).then(
      ([documents, { createSearch }]) => ({ search: createSearch(documents), documents }),
      (error: unknown) => {
        // A failed fetch is not kept: the next use tries again.
        index = undefined;
        throw error;
      },
    );
    return index;
  };
}

async function fetchDocuments(): Promise<SearchDocuments> {
  const response = await fetch(searchIndexUrl);
  if (!response.ok) throw new Error(`${searchIndexUrl} answered ${response.status}`);
  return (await response.json()) as SearchDocuments;
}

export const loadSearchIndex = indexLoader(fetchDocuments);

/** The index, or undefined when it cannot be fetched; the caller says so to the reader. */
export const searchIndexOrNothing = (): Promise<SearchIndex | undefined> => loadSearchIndex().catch(() => undefined);
