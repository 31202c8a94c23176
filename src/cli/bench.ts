/**
 * `npm run bench [-- --articles N]`: builds a synthetic corpus of N articles
 * and prints performance figures and the budgets' verdicts. Benchmarks
 * print, they do not assert. Progress goes to stderr; the last line on stdout
 * is one JSON object with every figure.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { searchDocuments } from '../search/documents.ts';
import { measureSearch, type SearchFigures } from '../bench/search-bench.ts';
import { measureExtraction, syntheticCorpus } from '../bench/corpus-bench.ts';
import { writeSyntheticContent, articleFileName } from '../bench/synthetic-content.ts';
import { measureSites, type SiteFigures } from '../bench/site-bench.ts';
import { PAGE_BUDGET_BYTES } from '../bench/dist-figures.ts';
import { describeVerdicts, verdict, type Verdict } from '../bench/budgets.ts';
import { toMarkdown } from '../pipeline/import/to-markdown.ts';
import { parseRawArticle } from '../pipeline/import/raw-article.ts';
import { reportFailure } from './report.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MB = 2 ** 20;

function describeSearch(label: string, f: SearchFigures): string {
  const l = f.latency;
  return `${label}: ${f.claims} claims, ${f.entities} entities; index ${(f.indexBytes / 1024).toFixed(1)} KB raw, ${(f.indexGzipBytes / 1024).toFixed(1)} KB gzip; ` +
    `Node latency ms p50/p95: name ${l.name.p50}/${l.name.p95}, claim text ${l.claimText.p50}/${l.claimText.p95}, misspelled ${l.misspelled.p50}/${l.misspelled.p95}`;
}

function describeSites(s: SiteFigures): string[] {
  const e = s.explorer;
  return [
    `explorer build: ${e.build.seconds} s, ${e.dist.pages} pages (${e.pagesPerSecond} pages/s), peak memory ${e.build.peakMemoryMB} MB, dist ${(e.dist.bytes / MB).toFixed(1)} MB, largest page ${(e.dist.largestPage.gzipBytes / 1024).toFixed(1)} KB gzip (${e.dist.largestPage.path})`,
    `plain Astro build: ${s.plain.build.seconds} s, ${s.plain.pages} pages, peak memory ${s.plain.build.peakMemoryMB} MB, dist ${(s.plain.distBytes / MB).toFixed(1)} MB`,
    `rebuild after adding one article: explorer ${e.rebuild.seconds} s (${e.articlesExtractedOnRebuild ?? '?'} article extracted), plain Astro ${s.plain.rebuild.seconds} s`,
    `ratio explorer / plain Astro: build ${s.ratio.build}×, rebuild ${s.ratio.rebuild}×`,
  ];
}

function siteVerdicts(s: SiteFigures): Verdict[] {
  const e = s.explorer;
  const peak = Math.max(e.build.peakMemoryMB, e.rebuild.peakMemoryMB);
  return [
    verdict('full build ≤ 2× plain Astro', `${s.ratio.build}× (${e.build.seconds} s vs ${s.plain.build.seconds} s)`, s.ratio.build <= 2),
    verdict('rebuild after adding one article re-extracts only it', `${e.articlesExtractedOnRebuild ?? 'unknown'} extracted`, e.articlesExtractedOnRebuild === 1),
    verdict('rebuild ≤ 1.5× plain Astro rebuild', `${s.ratio.rebuild}× (${e.rebuild.seconds} s vs ${s.plain.rebuild.seconds} s)`, s.ratio.rebuild <= 1.5),
    verdict('peak memory ≤ 3 GB', `${peak} MB`, peak <= 3 * 1024),
    verdict('content pages ≤ 50 KB gzip', `largest ${(e.dist.largestPage.gzipBytes / 1024).toFixed(1)} KB (${e.dist.largestPage.path}), ${e.dist.pagesOverBudget} over`, e.dist.pagesOverBudget === 0 && e.dist.largestPage.gzipBytes <= PAGE_BUDGET_BYTES),
    verdict('no JavaScript beyond search', e.dist.otherScripts.length === 0 ? 'only search and filter scripts' : `also ${e.dist.otherScripts.join(', ')}`, e.dist.otherScripts.length === 0),
  ];
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' } } });
  const count = Number.parseInt(values.articles, 10);
  if (!Number.isInteger(count) || count < 1) {
    console.error('usage: npm run bench [-- --articles N]');
    return 2;
  }
  const progress = (line: string) => console.error(line);
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version };
  console.log(`machine: ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGB} GB, Node ${machine.node}`);

  // One article more than asked: the one added before the rebuild.
  progress(`generating ${count + 1} synthetic articles`);
  const articles = await syntheticCorpus(ROOT, count + 1);
  const added = articles.pop()!;

  const extraction = measureExtraction(articles, progress);
  const p = extraction.figures;
  console.log(`pipeline, ${p.articles} articles: ${p.claims} claims, ${p.entities} entities, ${p.sources} sources; import ${p.importMsPerArticle} ms/article, extraction ${p.extractionMsPerArticle} ms/article (${p.extractionSeconds} s)`);
  const search = measureSearch(searchDocuments(extraction.corpus));
  console.log(describeSearch(`search, ${p.articles} articles`, search));

  const work = await mkdtemp(join(tmpdir(), 'nce-bench-'));
  try {
    const contentDir = join(work, 'content');
    progress(`writing ${count} Markdown articles`);
    await writeSyntheticContent(contentDir, articles);
    const addedFile = join(work, articleFileName(added, count));
    await writeFile(addedFile, toMarkdown(parseRawArticle(added.text, added.file)));
    const sites = await measureSites(ROOT, contentDir, addedFile, progress);
    for (const line of describeSites(sites)) console.log(line);
    const verdicts = siteVerdicts(sites);
    console.log(describeVerdicts(verdicts).join('\n'));
    console.log(JSON.stringify({ machine, articles: count, pipeline: p, search, sites, verdicts }));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return 0;
}

main().then((code) => (process.exitCode = code), (error: unknown) => (process.exitCode = reportFailure('bench', error)));
