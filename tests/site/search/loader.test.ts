/** The search loads once per page load, whoever asks and however often, with its vocabulary; a failed load is tried again. */
import { describe, expect, it } from 'vitest';
import { searchFiles } from '../../../src/search/build-files.ts';
import type { SearchDocuments } from '../../../src/search/documents.ts';
import { openSearch, type LoadFile } from '../../../src/search/engine.ts';
import { vocabularyPath } from '../../../src/search/files.ts';
import { memoryFiles } from '../../../src/search/memory.ts';
import { searchLoader } from '../../../src/site/search/loader.ts';

const documents: SearchDocuments = {
  entities: [{ id: 'atesh', name: 'Atesh', aliases: [], kind: 'group', claims: 0 }],
  claims: [],
  sources: [],
};
const files = memoryFiles(searchFiles(documents));
const engine = async () => ({ openSearch });

/** The files as a server would give them, counting the fetches of each path. */
function counted(fail: (path: string, fetches: number) => boolean = () => false): { load: LoadFile; fetches: Map<string, number> } {
  const fetches = new Map<string, number>();
  return {
    fetches,
    load: async (path) => {
      fetches.set(path, (fetches.get(path) ?? 0) + 1);
      if (fail(path, fetches.get(path)!)) throw new Error('offline');
      return files(path);
    },
  };
}

describe('searchLoader', () => {
  it('loads once for any number of callers, at once or later, with the vocabulary, and each file once', async () => {
    const { load, fetches } = counted();
    const loadSearch = searchLoader(load, engine);
    const [first, second] = await Promise.all([loadSearch(), loadSearch()]);
    expect(await loadSearch()).toBe(first);
    expect(second).toBe(first);
    expect([...fetches]).toEqual([[vocabularyPath, 1]]);
    expect((await first.search('Atesh')).entities[0]?.item.id).toBe('atesh');
    await Promise.all([first.search('Atesh'), first.search('atesh')]);
    expect([...fetches.values()].every((n) => n === 1)).toBe(true);
  });

  it('does not keep a failure: the next call loads again', async () => {
    const { load, fetches } = counted((path, n) => path === vocabularyPath && n === 1);
    const loadSearch = searchLoader(load, engine);
    await expect(loadSearch()).rejects.toThrow('offline');
    const search = await loadSearch();
    expect((await search.search('Atesh')).entities).toHaveLength(1);
    expect(fetches.get(vocabularyPath)).toBe(2);
  });

  it('fetches again a shard whose fetch failed, on the next query', async () => {
    const { load } = counted((path, n) => path.startsWith('words/') && n === 1);
    const search = await searchLoader(load, engine)();
    await expect(search.search('Atesh')).rejects.toThrow('offline');
    expect((await search.search('Atesh')).entities[0]?.item.name).toBe('Atesh');
  });
});
