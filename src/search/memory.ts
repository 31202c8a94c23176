/**
 * The search over index files held in memory, read as soon as a step needs
 * them: for the tests and the bench, which thereby run the split index the
 * browser runs, through the same code, without a build or a server.
 */
import { searchFiles, FILE_SIZES, type FileSizes } from './build-files.ts';
import type { SearchDocuments } from './documents.ts';
import { SearchIndex, type LoadFile, type SearchOptions, type SearchResults } from './engine.ts';

export interface MemorySearch {
  search(query: string, options?: SearchOptions): SearchResults;
}

/** Loads index files from a map of path → JSON text, as fetch does from the built site. */
export function memoryFiles(files: ReadonlyMap<string, string>): LoadFile {
  return async (path) => {
    const text = files.get(path);
    if (text === undefined) throw new Error(`no search file ${path}`);
    return JSON.parse(text) as unknown;
  };
}

/** A search over `files` (path → JSON text); `loaded` hears of each file as the search first reads it. */
export function memorySearch(files: ReadonlyMap<string, string>, loaded: (path: string) => void = () => {}): MemorySearch {
  const index = new SearchIndex();
  return {
    search(query, options) {
      const steps = index.search(query, options);
      for (let step = steps.next(); ; step = steps.next()) {
        if (step.done) return step.value;
        for (const path of step.value) {
          const text = files.get(path);
          if (text === undefined) throw new Error(`no search file ${path}`);
          index.add(path, JSON.parse(text));
          loaded(path);
        }
      }
    },
  };
}

export function createSearch(documents: SearchDocuments, sizes: FileSizes = FILE_SIZES): MemorySearch {
  return memorySearch(searchFiles(documents, sizes));
}
