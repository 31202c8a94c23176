/**
 * Search figures: the bytes of the index file the browser downloads (raw and
 * gzip) and the latency of name, claim-text and misspelled queries.
 */
import { gzipSync } from 'node:zlib';
import type { SearchDocuments } from '../search/documents.ts';
import { createSearch } from '../search/engine.ts';
import { pick, seededRandom } from './random.ts';

export interface SearchFigures {
  claims: number;
  entities: number;
  indexBytes: number;
  indexGzipBytes: number;
  /** Milliseconds, per kind of query. */
  latency: Record<'name' | 'claimText' | 'misspelled', { p50: number; p95: number }>;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

/** One letter dropped from the middle: "Stoltenberg" → "Stoltnberg". */
function misspell(word: string): string {
  const at = Math.floor(word.length / 2);
  return word.slice(0, at) + word.slice(at + 1);
}

export function measureSearch(documents: SearchDocuments, runs = 60): SearchFigures {
  const json = JSON.stringify(documents);
  const search = createSearch(documents);
  const random = seededRandom(7);
  const queries = {
    name: () => pick(random, documents.entities).name.split(' ').at(-1)!,
    claimText: () => pick(random, documents.claims).quote.split(/\s+/u).filter((w) => w.length > 5).slice(0, 2).join(' ') || 'drones',
    misspelled: () => misspell(pick(random, documents.entities).name.split(' ').at(-1)!),
  };
  const latency = {} as SearchFigures['latency'];
  for (const [kind, make] of Object.entries(queries) as [keyof typeof queries, () => string][]) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const query = make();
      const start = performance.now();
      search.search(query);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    latency[kind] = { p50: round(percentile(times, 0.5)), p95: round(percentile(times, 0.95)) };
  }
  return {
    claims: documents.claims.length,
    entities: documents.entities.length,
    indexBytes: Buffer.byteLength(json),
    indexGzipBytes: gzipSync(json).length,
    latency,
  };
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
