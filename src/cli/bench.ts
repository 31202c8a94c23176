/**
 * `npm run bench`: prints performance figures. Benchmarks print, they do not
 * assert: budgets are judged by people reading the figures. The last line is
 * one JSON object with every figure.
 */
import { fileURLToPath } from 'node:url';
import { buildContentCorpus } from '../pipeline/content-corpus.ts';
import { searchDocuments } from '../search/documents.ts';
import { measureSearch, type SearchFigures } from '../bench/search-bench.ts';
import { syntheticDocuments } from '../bench/synthetic-search.ts';
import { reportFailure } from './report.ts';

const SYNTHETIC_CLAIMS = 10_000;

function describe(label: string, f: SearchFigures): string {
  const l = f.latency;
  return `${label}: ${f.claims} claims, ${f.entities} entities; index ${(f.indexBytes / 1024).toFixed(1)} KB raw, ${(f.indexGzipBytes / 1024).toFixed(1)} KB gzip; ` +
    `latency ms p50/p95: name ${l.name.p50}/${l.name.p95}, claim text ${l.claimText.p50}/${l.claimText.p95}, misspelled ${l.misspelled.p50}/${l.misspelled.p95}`;
}

async function main(): Promise<number> {
  const corpus = await buildContentCorpus(fileURLToPath(new URL('../../content/', import.meta.url)));
  const real = searchDocuments(corpus);
  const realFigures = measureSearch(real);
  console.log(describe('search, real corpus', realFigures));
  const synthetic = measureSearch(syntheticDocuments(real, SYNTHETIC_CLAIMS));
  console.log(describe(`search, synthetic ${SYNTHETIC_CLAIMS} claims`, synthetic));
  console.log(JSON.stringify({ machine: { cpus: (await import('node:os')).cpus().length, node: process.version }, search: { real: realFigures, synthetic } }));
  return 0;
}

main().then((code) => (process.exitCode = code), (error: unknown) => (process.exitCode = reportFailure('bench', error)));
