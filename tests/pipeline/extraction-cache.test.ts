/**
 * The extraction cache: an unchanged article is taken from the store, a
 * changed one is extracted again, a deleted one is forgotten, and the corpus
 * is the same with or without the cache.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildContentCorpus } from '../../src/pipeline/content-corpus.ts';
import { ExtractionCache } from '../../src/pipeline/cache/extraction-cache.ts';
import { readCacheFile, writeCacheFile } from '../../src/pipeline/cache/cache-file.ts';
import { markdown } from './support.ts';

let dir: string;
const write = (name: string, text: string) => writeFile(join(dir, 'articles', name), text);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nce-cache-'));
  await mkdir(join(dir, 'articles'));
  await write('port.md', markdown('Port reopens', 'Harbour master Lena Ortiz said the port would reopen on Monday.'));
  await write('strike.md', markdown('Dockers strike', 'The Shipping Union said its members would stop work on Friday.'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('the extraction cache', () => {
  it('extracts every article on the first run and none on an unchanged second run, with the same corpus', async () => {
    const store = new Map<string, string>();
    const first = await ExtractionCache.open(store);
    const fresh = await buildContentCorpus(dir, { cache: first });
    expect(first.use).toEqual({ reused: 0, extracted: 2 });
    const second = await ExtractionCache.open(store);
    expect(await buildContentCorpus(dir, { cache: second })).toEqual(fresh);
    expect(second.use).toEqual({ reused: 2, extracted: 0 });
    expect(fresh).toEqual(await buildContentCorpus(dir));
  });

  it('extracts again only the article whose text changed, and the corpus shows the change', async () => {
    const store = new Map<string, string>();
    await buildContentCorpus(dir, { cache: await ExtractionCache.open(store) });
    await write('strike.md', markdown('Dockers strike', 'The Shipping Union said its members would stop work on Saturday.'));
    const cache = await ExtractionCache.open(store);
    const corpus = await buildContentCorpus(dir, { cache });
    expect(cache.use).toEqual({ reused: 1, extracted: 1 });
    expect(corpus.claims.map((c) => c.quote)).toContain('The Shipping Union said its members would stop work on Saturday.');
    expect(corpus.claims.map((c) => c.quote).join(' ')).not.toContain('Friday');
  });

  it('forgets a deleted article', async () => {
    const store = new Map<string, string>();
    await buildContentCorpus(dir, { cache: await ExtractionCache.open(store) });
    expect([...store.keys()].filter((k) => k.includes('strike.md'))).toHaveLength(1);
    await rm(join(dir, 'articles', 'strike.md'));
    await buildContentCorpus(dir, { cache: await ExtractionCache.open(store) });
    expect([...store.keys()].filter((k) => k.includes('strike.md'))).toEqual([]);
  });

  it('does not reuse an extraction stored for other text under the same file name', async () => {
    const store = new Map<string, string>();
    await buildContentCorpus(dir, { cache: await ExtractionCache.open(store) });
    const key = [...store.keys()].find((k) => k.includes('port.md'))!;
    const entry = JSON.parse(store.get(key)!) as { digest: string };
    store.set(key, JSON.stringify({ ...entry, digest: 'from another pipeline' }));
    const cache = await ExtractionCache.open(store);
    await buildContentCorpus(dir, { cache });
    expect(cache.use).toEqual({ reused: 1, extracted: 1 });
  });
});

describe('the cache file', () => {
  it('reads back what was written, and reads a missing or damaged file as empty', async () => {
    const path = join(dir, 'cache', 'extractions.json');
    expect(await readCacheFile(path)).toEqual(new Map());
    const store = new Map([['extraction:articles/port.md', '{"digest":"x"}']]);
    await writeCacheFile(path, store);
    expect(await readCacheFile(path)).toEqual(store);
    await writeFile(path, '{"cut off');
    expect(await readCacheFile(path)).toEqual(new Map());
  });
});
