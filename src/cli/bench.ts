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
import { searchDocuments, type SearchDocuments } from '../search/documents.ts';
import { measureSearch, type QueryKind, type SearchFigures, type Spread } from '../bench/search-bench.ts';
import { measureBrowserSearch, type BrowserSearchFigures } from '../bench/browser-search-bench.ts';
import { syntheticDocuments } from '../bench/synthetic-search.ts';
import { buildContentCorpus } from '../pipeline/content-corpus.ts';
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

const KB = 1024;
/** Claims at which the issue sets Chromium latency budgets (ms, p50). */
const BROWSER_BUDGETS = [
  { claims: 10_000, p50: 16 },
  { claims: 50_000, p50: 50 },
];
/** Share of one-letter typos of names that must still find the name among the first suggestions. */
const TYPO_RECALL = 0.95;
const BEFORE_RESULTS_BUDGET = 300 * KB;

const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;
const spreadText = (s: Spread): string => `${s.p50}/${s.p95}`;
const latencyText = (l: Record<QueryKind, Spread>): string =>
  `name ${spreadText(l.name)}, claim text ${spreadText(l.claimText)}, misspelled name ${spreadText(l.misspelled)}, misspelled text ${spreadText(l.misspelledText)}`;
/** The worst p95 of the bytes a fresh page downloads before a query's first suggestions, over the kinds of query. */
const worstBeforeResults = (f: SearchFigures): number => Math.max(...Object.values(f.beforeResults).map((s) => s.p95));

function describeSearch(label: string, f: SearchFigures): string[] {
  const i = f.index;
  return [
    `search index, ${label}: ${f.claims} claims, ${f.entities} entities, ${f.sources} sources; ${i.files} files, ${kb(i.bytes)} raw, ${kb(i.gzipBytes)} gzip; vocabulary ${kb(i.vocabulary.gzipBytes)} gzip; largest shard ${kb(i.shards.largest.gzipBytes)} gzip; engine ${kb(f.engine.gzipBytes)} gzip`,
    `  downloaded before the first results (gzip, worst p95 over query kinds): ${kb(worstBeforeResults(f))}`,
    `  Node latency ms p50/p95, warm: ${latencyText(f.latency)}; first run: ${latencyText(f.firstLatency)}`,
  ];
}

function describeBrowser(label: string, f: BrowserSearchFigures): string {
  return `Chromium search, ${label} (${f.browser}): ready in ${f.openMs} ms; latency ms p50/p95, warm: ${latencyText(f.latency)}; first run: ${latencyText(f.firstLatency)}; typo recall names ${f.typoRecall.misspelled}, texts ${f.typoRecall.misspelledText}`;
}

function searchVerdicts(atN: SearchFigures, articles: number, browser: { claims: number; p50: number; figures: BrowserSearchFigures | undefined }[]): Verdict[] {
  const verdicts = browser.map(({ claims, p50, figures }) => {
    if (figures === undefined) return verdict(`Chromium search p50 ≤ ${p50} ms at ${claims} claims`, 'not measured: no Chromium', false);
    const worst = Math.max(...Object.values(figures.latency).map((s) => s.p50));
    const firstName = figures.firstLatency.name.p50;
    return verdict(
      `Chromium search p50 ≤ ${p50} ms at ${claims} claims, one-letter typos found (≥ ${TYPO_RECALL * 100}% of names)`,
      `worst p50 ${worst} ms over query kinds (a first query, fetching its files: ${firstName} ms), typo recall ${figures.typoRecall.misspelled}`,
      worst <= p50 && figures.typoRecall.misspelled >= TYPO_RECALL,
    );
  });
  return [...verdicts, verdict(`≤ 300 KB gzip before the first search result at ${articles} articles`, kb(worstBeforeResults(atN)), worstBeforeResults(atN) <= BEFORE_RESULTS_BUDGET)];
}

async function browserRuns(real: SearchDocuments, atN: SearchDocuments, articles: number, progress: (line: string) => void) {
  const runs = [
    { label: `${articles} articles`, documents: atN },
    ...BROWSER_BUDGETS.map(({ claims }) => ({ label: `synthetic ${claims} claims`, documents: syntheticDocuments(real, claims) })),
  ];
  const measured: { label: string; claims: number; figures: BrowserSearchFigures | undefined }[] = [];
  for (const { label, documents } of runs) {
    progress(`search in Chromium, ${label}`);
    const figures = await measureBrowserSearch(documents);
    if (figures) console.log(describeBrowser(label, figures));
    measured.push({ label, claims: documents.claims.length, figures });
  }
  return measured;
}

const rendered = (pages: SiteFigures['explorer']['pagesRenderedOnRebuild']): string =>
  pages === undefined ? 'pages rendered unknown' : `${pages.rendered} of ${pages.of} record and list pages rendered`;

function describeSites(s: SiteFigures): string[] {
  const e = s.explorer;
  return [
    `explorer build: ${e.build.seconds} s, ${e.dist.pages} pages (${e.pagesPerSecond} pages/s), peak memory ${e.build.peakMemoryMB} MB, dist ${(e.dist.bytes / MB).toFixed(1)} MB, largest page ${(e.dist.largestPage.gzipBytes / 1024).toFixed(1)} KB gzip (${e.dist.largestPage.path})`,
    `plain Astro build: ${s.plain.build.seconds} s, ${s.plain.pages} pages, peak memory ${s.plain.build.peakMemoryMB} MB, dist ${(s.plain.distBytes / MB).toFixed(1)} MB`,
    `rebuild after adding one article: explorer ${e.rebuild.seconds} s (${e.articlesExtractedOnRebuild ?? '?'} article extracted, ${rendered(e.pagesRenderedOnRebuild)}), plain Astro ${s.plain.rebuild.seconds} s`,
    `floor, ${s.floor.pages} bare pages (one per record, as the URL contract asks) with Astro: ${s.floor.build.seconds} s, ${s.ratio.floor}× plain Astro`,
    `ratio explorer / plain Astro: build ${s.ratio.build}×, rebuild ${s.ratio.rebuild}×`,
  ];
}

function siteVerdicts(s: SiteFigures): Verdict[] {
  const e = s.explorer;
  const peak = Math.max(e.build.peakMemoryMB, e.rebuild.peakMemoryMB);
  return [
    verdict('full build ≤ 2× plain Astro', `${s.ratio.build}× (${e.build.seconds} s vs ${s.plain.build.seconds} s; bare pages alone, one per record: ${s.ratio.floor}×)`, s.ratio.build <= 2),
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
  console.log(`pipeline, ${p.articles} articles: ${p.claims} claims, ${p.entities} entities, ${p.sources} sources; import ${p.importMsPerArticle} ms/article, extraction ${p.extractionMsPerArticle} ms/article on one thread (${p.extractionSeconds} s)`);

  progress('search in Node');
  const real = searchDocuments(await buildContentCorpus(join(ROOT, 'content')));
  const atN = searchDocuments(extraction.corpus);
  const search = measureSearch(atN);
  for (const line of describeSearch(`${p.articles} articles`, search)) console.log(line);
  const browser = await browserRuns(real, atN, count, progress);
  const budgets = BROWSER_BUDGETS.map((b, i) => ({ ...b, figures: browser[i + 1]!.figures }));

  const work = await mkdtemp(join(tmpdir(), 'nce-bench-'));
  try {
    const contentDir = join(work, 'content');
    progress(`writing ${count} Markdown articles`);
    await writeSyntheticContent(contentDir, articles);
    const addedFile = join(work, articleFileName(added, count));
    await writeFile(addedFile, toMarkdown(parseRawArticle(added.text, added.file)));
    // A build that fails (out of memory, say) is a figure too: the search verdicts still print.
    let sites: SiteFigures | undefined;
    let siteFailure: string | undefined;
    try {
      sites = await measureSites({ root: ROOT, contentDir, addedArticle: addedFile, records: p.claims + p.entities + p.sources, progress });
      for (const line of describeSites(sites)) console.log(line);
    } catch (error) {
      siteFailure = error instanceof Error ? error.message : String(error);
      console.log(`site builds failed: ${siteFailure}`);
    }
    const verdicts = [
      ...(sites === undefined ? [verdict('site builds', `failed: ${siteFailure?.split('\n')[0] ?? ''}`, false)] : siteVerdicts(sites)),
      ...searchVerdicts(search, count, budgets),
    ];
    console.log(describeVerdicts(verdicts).join('\n'));
    console.log(JSON.stringify({ machine, articles: count, pipeline: p, search, browserSearch: browser, sites, siteFailure, verdicts }));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return 0;
}

main().then((code) => (process.exitCode = code), (error: unknown) => (process.exitCode = reportFailure('bench', error)));
