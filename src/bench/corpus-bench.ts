/**
 * The pipeline at scale, in this process: the synthetic articles read and
 * extracted, with the time per article and the records they yield.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildCorpus } from '../pipeline/corpus.ts';
import { readMarkdownArticle, readRawArticle } from '../pipeline/read-article.ts';
import type { ArticleInput } from '../pipeline/extract-article.ts';
import type { Corpus } from '../pipeline/schema.ts';
import { round } from './round.ts';
import { sentencePool, syntheticArticles, type SyntheticArticle } from './synthetic-articles.ts';

export interface CorpusFigures {
  articles: number;
  claims: number;
  entities: number;
  sources: number;
  importMsPerArticle: number;
  extractionMsPerArticle: number;
  extractionSeconds: number;
}

/** The articles the synthetic corpus is grown from: the content and the labelled articles of our own. */
async function templateInputs(root: string): Promise<ArticleInput[]> {
  const content = join(root, 'content/articles');
  const own = join(root, 'tests/eval/articles');
  const markdown = await Promise.all((await readdir(content)).filter((f) => f.endsWith('.md')).map(async (f) => readMarkdownArticle(await readFile(join(content, f), 'utf8'), f)));
  const raw = await Promise.all((await readdir(own)).filter((f) => f.endsWith('.txt')).map(async (f) => readRawArticle(await readFile(join(own, f), 'utf8'), f)));
  return [...markdown, ...raw];
}

/** `count` deterministic synthetic raw articles grown from the project's own articles. */
export async function syntheticCorpus(root: string, count: number): Promise<SyntheticArticle[]> {
  return syntheticArticles(sentencePool(buildCorpus(await templateInputs(root))), count);
}

export function measureExtraction(articles: readonly SyntheticArticle[], progress: (line: string) => void): { figures: CorpusFigures; corpus: Corpus } {
  let start = performance.now();
  const inputs = articles.map((a) => readRawArticle(a.text, a.file));
  const importMs = performance.now() - start;
  start = performance.now();
  const step = Math.max(1, Math.floor(articles.length / 10));
  const corpus = buildCorpus(inputs, (done, total) => {
    if (done % step === 0 || done === total) progress(`extracted ${done}/${total} articles`);
  });
  const extractionMs = performance.now() - start;
  const count = articles.length;
  return {
    corpus,
    figures: {
      articles: count,
      claims: corpus.claims.length,
      entities: corpus.entities.length,
      sources: corpus.sources.length,
      importMsPerArticle: round(importMs / count),
      extractionMsPerArticle: round(extractionMs / count),
      extractionSeconds: round(extractionMs / 1000),
    },
  };
}
