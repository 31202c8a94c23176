/**
 * Search latency in Chromium (Debian's, through playwright-core): the engine
 * the site ships, bundled with esbuild, runs in a page served with the index
 * files by a local server, and times each query with performance.now(): its
 * first run, which fetches the shards and chunks it is the first to need,
 * and a second run, the search itself. Without Chromium it says so and
 * gives undefined, so that the bench still runs (under CI=true it fails).
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { searchFiles } from '../search/build-files.ts';
import type { SearchDocuments } from '../search/documents.ts';
import type { SearchResults } from '../search/engine.ts';
import { benchQueries, engineBundle, queryFigures, SHOWN, type QueryFigures, type TimedQuery } from './search-bench.ts';
import { round } from './round.ts';

export interface BrowserSearchFigures extends QueryFigures {
  browser: string;
  /** Milliseconds from a fresh page to a search ready for queries: the vocabulary fetched and read (the engine script is loaded with the page). */
  openMs: number;
}

export interface BrowserSearchOptions {
  /** Queries of each kind. */
  runs?: number;
  chromiumPath?: string;
}

/** Where the page fetches the index files, as on the site. */
const BASE = '/search-index/';
const PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>search bench</title><script src="/engine.js"></script></head><body></body></html>';

/** Serves the bench page, the engine script and the index files on 127.0.0.1 at a free port. */
async function serve(files: ReadonlyMap<string, string>): Promise<{ origin: string; server: Server }> {
  const engine = engineBundle();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = path.startsWith(BASE) ? files.get(path.slice(BASE.length)) : undefined;
    if (path === '/') response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(PAGE);
    else if (path === '/engine.js') response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(engine);
    else if (file !== undefined) response.writeHead(200, { 'Content-Type': 'application/json' }).end(file);
    else response.writeHead(404).end();
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** The search engine the bundle puts on the page. */
interface PageEngine {
  openSearch(load: (path: string) => Promise<unknown>): {
    ready(): Promise<void>;
    search(query: string, options: { shown: number }): Promise<SearchResults>;
  };
}

export async function measureBrowserSearch(documents: SearchDocuments, { runs = 60, chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium' }: BrowserSearchOptions = {}): Promise<BrowserSearchFigures | undefined> {
  if (!existsSync(chromiumPath)) {
    const why = `No Chromium at ${chromiumPath}: install Debian's chromium package or set CHROMIUM_PATH.`;
    if (process.env['CI'] === 'true') throw new Error(`${why} Under CI the browser search bench must run.`);
    console.warn(`BROWSER SEARCH BENCH SKIPPED. ${why}`);
    return undefined;
  }
  const queries = benchQueries(documents, runs);
  const { origin, server } = await serve(searchFiles(documents));
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    const measured = await page.evaluate(
      async ({ base, queries, shown }) => {
        const engine = (window as unknown as { searchEngine: PageEngine }).searchEngine;
        const search = engine.openSearch(async (path) => (await fetch(`${base}${path}`)).json());
        let start = performance.now();
        await search.ready();
        const openMs = performance.now() - start;
        const timed: TimedQuery[] = [];
        for (const query of queries) {
          start = performance.now();
          await search.search(query, { shown });
          const first = performance.now() - start;
          start = performance.now();
          const { entities, claims } = await search.search(query, { shown });
          timed.push({ first, again: performance.now() - start, results: { entities: entities.slice(0, shown), claims } });
        }
        return { openMs, timed };
      },
      { base: BASE, queries: queries.map((q) => q.query), shown: SHOWN },
    );
    return { ...queryFigures(documents, queries, measured.timed), browser: `Chromium ${browser.version()}`, openMs: round(measured.openMs) };
  } finally {
    await browser.close();
    await new Promise((closed) => server.close(closed));
  }
}
