/** The index is fetched once per page load, whoever asks and however often; a failed fetch is tried again. */
import { describe, expect, it } from 'vitest';
import type { SearchDocuments } from '../../../src/search/documents.ts';
import { indexLoader } from '../../../src/site/search/loader.ts';

const documents: SearchDocuments = {
  entities: [{ id: 'atesh', name: 'Atesh', aliases: [], kind: 'group', claims: 0 }],
  claims: [],
  sources: [],
};

describe('indexLoader', () => {
  it('fetches once for any number of callers, at once or later', async () => {
    let fetches = 0;
    const load = indexLoader(async () => {
      fetches += 1;
      return documents;
    });
    const [first, second] = await Promise.all([load(), load()]);
    expect(await load()).toBe(first);
    expect(second).toBe(first);
    expect(fetches).toBe(1);
    expect(first.search.search('Atesh').entities[0]?.item.id).toBe('atesh');
    expect(first.documents).toBe(documents);
  });

  it('does not keep a failure: the next call fetches again', async () => {
    let fetches = 0;
    const load = indexLoader(async () => {
      fetches += 1;
      if (fetches === 1) throw new Error('offline');
      return documents;
    });
    await expect(load()).rejects.toThrow('offline');
    await expect(load()).resolves.toMatchObject({ documents });
    expect(fetches).toBe(2);
  });
});
