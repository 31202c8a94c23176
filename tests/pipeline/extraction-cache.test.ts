/**
 * The extraction cache: an unchanged article is taken from the store, a
 * changed one is extracted again, a deleted one is forgotten, and the corpus
 * is the same with or without the cache.
 */
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildContentCorpus } from '../../src/pipeline/content-corpus.ts';
import { ExtractionCache } from '../../src/pipeline/cache/extraction-cache.ts';
import { CacheFolder } from '../../src/pipeline/cache/cache-folder.ts';
import { markdown } from './support.ts';

let dir: string;
const write = (name: string, text: string) => writeFile(join(dir, 'articles', name), text);
const cacheDir = () => join(dir, 'cache');
const openCache = () => ExtractionCache.open(new CacheFolder(cacheDir()));
/** The cache's entry files, with their text. */
async function entries(): Promise<{ path: string; text: string }[]> {
  const names = await readdir(cacheDir());
  return Promise.all(names.map(async (name) => ({ path: join(cacheDir(), name), text: await readFile(join(cacheDir(), name), 'utf8') })));
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nce-cache-'));
  await mkdir(join(dir, 'articles'));
  await write('port.md', markdown('Port reopens', 'Harbour master Lena Ortiz said the port would reopen on Monday.'));
  await write('strike.md', markdown('Dockers strike', 'The Shipping Union said its members would stop work on Friday.'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('the extraction cache', () => {
  it('extracts every article on the first run and none on an unchanged second run, with the same corpus', async () => {
    const first = await openCache();
    const fresh = await buildContentCorpus(dir, { cache: first });
    expect(first.use).toEqual({ reused: 0, extracted: 2 });
    expect(await entries()).toHaveLength(2);
    const second = await openCache();
    expect(await buildContentCorpus(dir, { cache: second })).toEqual(fresh);
    expect(second.use).toEqual({ reused: 2, extracted: 0 });
    expect(fresh).toEqual(await buildContentCorpus(dir));
  });

  it('extracts again only the article whose text changed, and the corpus shows the change', async () => {
    await buildContentCorpus(dir, { cache: await openCache() });
    await write('strike.md', markdown('Dockers strike', 'The Shipping Union said its members would stop work on Saturday.'));
    const cache = await openCache();
    const corpus = await buildContentCorpus(dir, { cache });
    expect(cache.use).toEqual({ reused: 1, extracted: 1 });
    expect(corpus.claims.map((c) => c.quote)).toContain('The Shipping Union said its members would stop work on Saturday.');
    expect(corpus.claims.map((c) => c.quote).join(' ')).not.toContain('Friday');
  });

  it('forgets a deleted article', async () => {
    await buildContentCorpus(dir, { cache: await openCache() });
    expect((await entries()).filter((e) => e.text.includes('strike.md'))).toHaveLength(1);
    await rm(join(dir, 'articles', 'strike.md'));
    await buildContentCorpus(dir, { cache: await openCache() });
    const left = await entries();
    expect(left.filter((e) => e.text.includes('strike.md'))).toEqual([]);
    expect(left.filter((e) => e.text.includes('port.md'))).toHaveLength(1);
  });

  it('does not reuse an extraction stored for other text under the same file name', async () => {
    await buildContentCorpus(dir, { cache: await openCache() });
    const port = (await entries()).find((e) => e.text.includes('port.md'))!;
    const entry = JSON.parse(port.text) as { digest: string };
    await writeFile(port.path, JSON.stringify({ ...entry, digest: 'from another pipeline' }));
    const cache = await openCache();
    await buildContentCorpus(dir, { cache });
    expect(cache.use).toEqual({ reused: 1, extracted: 1 });
  });

  it('extracts again an article whose entry is damaged, and the corpus is whole', async () => {
    const fresh = await buildContentCorpus(dir, { cache: await openCache() });
    const port = (await entries()).find((e) => e.text.includes('port.md'))!;
    await writeFile(port.path, port.text.slice(0, 40));
    const cache = await openCache();
    expect(await buildContentCorpus(dir, { cache })).toEqual(fresh);
    expect(cache.use).toEqual({ reused: 1, extracted: 1 });
  });
});

describe('the cache folder', () => {
  it('reads back what was written, reads a missing entry or folder as none, and keeps only the entries asked for', async () => {
    const folder = new CacheFolder(join(dir, 'cache'));
    expect(await folder.read('articles/port.md')).toBeUndefined();
    await folder.keepOnly([]);
    await folder.write('articles/port.md', 'port');
    await folder.write('articles/strike.md', 'strike');
    await folder.write('articles/port.md', 'port again');
    expect(await folder.read('articles/port.md')).toBe('port again');
    await writeFile(join(dir, 'cache', 'notes.txt'), 'not an entry');
    await folder.keepOnly(['articles/strike.md']);
    expect(await folder.read('articles/port.md')).toBeUndefined();
    expect(await folder.read('articles/strike.md')).toBe('strike');
    const names = await readdir(join(dir, 'cache'));
    expect(names).toContain('notes.txt');
    expect(names.filter((name) => name !== 'notes.txt')).toHaveLength(1);
  });
});
