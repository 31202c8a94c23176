/**
 * The pipeline at scale: a synthetic corpus of N raw articles, imported and
 * extracted, with the time per article, the peak memory and the search
 * figures of the records it yields.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildCorpus } from '../pipeline/corpus.ts';
import { readMarkdownArticle, readRawArticle } from '../pipeline/read-article.ts';
import type { ArticleInput } from '../pipeline/extract-article.ts';
import { searchDocuments } from '../search/documents.ts';
import { measureSearch, type SearchFigures } from './search-bench.ts';
import { sentencePool, syntheticArticles } from './synthetic-articles.ts';

export interface CorpusFigures {
  articles: number;
  claims: number;
  entities: number;
  importMsPerArticle: number;
  extractionMsPerArticle: number;
  extractionSeconds: number;
  peakMemoryMB: number;
  search: SearchFigures;
}

/** The articles the synthetic corpus is grown from: the content and the labelled articles of our own. */
async function templateInputs(root: string): Promise<ArticleInput[]> {
  const content = join(root, 'content/articles');
  const own = join(root, 'tests/eval/articles');
  const markdown = await Promise.all((await readdir(content)).filter((f) => f.endsWith('.md')).map(async (f) => readMarkdownArticle(await readFile(join(content, f), 'utf8'), f)));
  const raw = await Promise.all((await readdir(own)).filter((f) => f.endsWith('.txt')).map(async (f) => readRawArticle(await readFile(join(own, f), 'utf8'), f)));
  return [...markdown, ...raw];
}

export async function measureCorpus(root: string, count: number, progress: (line: string) => void): Promise<CorpusFigures> {
  const pool = sentencePool(buildCorpus(await templateInputs(root)));
  const raw = syntheticArticles(pool, count);
  let start = performance.now();
  const inputs = raw.map((a) => readRawArticle(a.text, a.file));
  const importMs = performance.now() - start;
  start = performance.now();
  const step = Math.max(1, Math.floor(count / 10));
  const corpus = buildCorpus(inputs, (done, total) => {
    if (done % step === 0 || done === total) progress(`extracted ${done}/${total} articles`);
  });
  const extractionMs = performance.now() - start;
  return {
    articles: count,
    claims: corpus.claims.length,
    entities: corpus.entities.length,
    importMsPerArticle: round(importMs / count),
    extractionMsPerArticle: round(extractionMs / count),
    extractionSeconds: round(extractionMs / 1000),
    peakMemoryMB: Math.round(process.resourceUsage().maxRSS / 1024),
    search: measureSearch(searchDocuments(corpus)),
  };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
