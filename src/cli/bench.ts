/**
 * `npm run bench [-- --articles N]`: prints performance figures. Benchmarks
 * print, they do not assert. Progress goes to stderr; the last line on stdout
 * is one JSON object with every figure.
 */
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildContentCorpus } from '../pipeline/content-corpus.ts';
import { searchDocuments } from '../search/documents.ts';
import { measureSearch, type SearchFigures } from '../bench/search-bench.ts';
import { syntheticDocuments } from '../bench/synthetic-search.ts';
import { measureCorpus } from '../bench/corpus-bench.ts';
import { reportFailure } from './report.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SYNTHETIC_CLAIMS = 10_000;

function describeSearch(label: string, f: SearchFigures): string {
  const l = f.latency;
  return `${label}: ${f.claims} claims, ${f.entities} entities; index ${(f.indexBytes / 1024).toFixed(1)} KB raw, ${(f.indexGzipBytes / 1024).toFixed(1)} KB gzip; ` +
    `latency ms p50/p95: name ${l.name.p50}/${l.name.p95}, claim text ${l.claimText.p50}/${l.claimText.p95}, misspelled ${l.misspelled.p50}/${l.misspelled.p95}`;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' } } });
  const articles = Number.parseInt(values.articles, 10);
  if (!Number.isInteger(articles) || articles < 1) {
    console.error('usage: npm run bench [-- --articles N]');
    return 2;
  }
  const machine = { cpus: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version };
  console.log(`machine: ${machine.cpus} cores, ${machine.memoryGB} GB, Node ${machine.node}`);

  const real = searchDocuments(await buildContentCorpus(fileURLToPath(new URL('content/', `file://${ROOT}`))));
  const realSearch = measureSearch(real);
  console.log(describeSearch('search, real corpus', realSearch));
  const syntheticSearch = measureSearch(syntheticDocuments(real, SYNTHETIC_CLAIMS));
  console.log(describeSearch(`search, synthetic ${SYNTHETIC_CLAIMS} claims`, syntheticSearch));

  const corpus = await measureCorpus(ROOT, articles, (line) => console.error(line));
  console.log(`pipeline, ${corpus.articles} synthetic articles: ${corpus.claims} claims, ${corpus.entities} entities; import ${corpus.importMsPerArticle} ms/article, extraction ${corpus.extractionMsPerArticle} ms/article (${corpus.extractionSeconds} s), peak memory ${corpus.peakMemoryMB} MB`);
  console.log(describeSearch(`search, ${corpus.articles} synthetic articles`, corpus.search));
  console.log(JSON.stringify({ machine, search: { real: realSearch, synthetic: syntheticSearch }, pipeline: corpus }));
  return 0;
}

main().then((code) => (process.exitCode = code), (error: unknown) => (process.exitCode = reportFailure('bench', error)));
