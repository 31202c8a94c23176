/**
 * The search bench keeps working on the split index: its queries are the
 * same on every run, its misspellings are one edit away, and its figures
 * (sizes, bytes before results, latency, typo recall) come out whole. The
 * Chromium bench runs here on the real documents when Chromium is installed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { measureBrowserSearch } from '../../src/bench/browser-search-bench.ts';
import { benchQueries, measureSearch, misspell } from '../../src/bench/search-bench.ts';
import { buildContentCorpus } from '../../src/pipeline/content-corpus.ts';
import { searchDocuments, type SearchDocuments } from '../../src/search/documents.ts';
import { editDistance } from '../../src/search/vocabulary.ts';

let documents: SearchDocuments;

beforeAll(async () => {
  documents = searchDocuments(await buildContentCorpus(fileURLToPath(new URL('../../content/', import.meta.url))));
}, 60_000);

describe('search bench', () => {
  it('misspells by dropping a letter or swapping two, one edit away', () => {
    expect(misspell('stoltenberg', false)).toBe('stoltnberg');
    expect(misspell('stoltenberg', true)).toBe('stoletnberg');
    for (const word of ['kirby', 'bayraktar', 'pentagon']) for (const swap of [false, true]) expect(editDistance(word, misspell(word, swap), 2)).toBe(1);
  });

  it('draws the same queries on every run, with the word each misspelling stands for', () => {
    const queries = benchQueries(documents, 5);
    expect(benchQueries(documents, 5)).toEqual(queries);
    expect(queries.filter((q) => q.target !== undefined).every((q) => editDistance(q.query.toLowerCase(), q.target!, 2) === 1)).toBe(true);
  });

  it('measures the split index and its queries', () => {
    const figures = measureSearch(documents, 5);
    expect(figures.index.files).toBeGreaterThan(2);
    expect(figures.index.vocabulary.gzipBytes).toBeGreaterThan(0);
    expect(figures.beforeResults.name.p50).toBeGreaterThan(figures.engine.gzipBytes);
    expect(figures.latency.claimText.p50).toBeGreaterThan(0);
    expect(figures.typoRecall).toEqual({ misspelled: 1, misspelledText: 1 });
  });

  it.skipIf(!existsSync(process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'))('measures the engine in Chromium', async () => {
    const figures = await measureBrowserSearch(documents, { runs: 3 });
    expect(figures?.browser).toMatch(/^Chromium /u);
    expect(figures?.latency.name.p50).toBeGreaterThanOrEqual(0);
    expect(figures?.typoRecall.misspelled).toBe(1);
  }, 60_000);

  it('says so and gives nothing without Chromium', async () => {
    if (process.env['CI'] === 'true') return;
    expect(await measureBrowserSearch(documents, { chromiumPath: '/nonexistent/chromium' })).toBeUndefined();
  });
});
