/**
 * The corpus of the content folder: every Markdown article under
 * `content/articles/` through the pipeline once, then the curated overrides
 * of `content/entities.yaml` and `content/overrides.yaml`. Shared by the Astro
 * loader and the tests, so that the site and the command line agree.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { collectProblems, fileName, readArticleText } from './load-files.ts';
import { assembleCorpus } from './corpus.ts';
import { Corpus } from './schema.ts';
import type { ArticleExtraction } from './article-extraction.ts';
import { extractJobs, type ExtractJob } from './parallel/extract-pool.ts';
import type { ExtractionCache } from './cache/extraction-cache.ts';
import { applyOverrides, ClaimOverrides, EntityOverrides, parseOverrides } from './overrides.ts';
import { checkIntegrity } from './integrity.ts';
import { unlessMissing } from './import/errno.ts';
import { InputError, InputErrors } from './errors.ts';

const readOptional = (path: string): Promise<string | undefined> => unlessMissing(() => readFile(path, 'utf8'));

export interface ContentCorpusOptions {
  /** Extractions of earlier runs: unchanged articles are not extracted again. */
  cache?: ExtractionCache;
  /** Hears after each article, for long runs that show how far they are. */
  onProgress?: (done: number, total: number) => void;
}

export async function buildContentCorpus(contentDir: string, options: ContentCorpusOptions = {}): Promise<Corpus> {
  const articlesDir = join(contentDir, 'articles');
  const files = (await readdir(articlesDir)).filter((f) => /\.md$/iu.test(f)).sort();
  // Every problem of the content is reported in one run: each bad article, both override files,
  // and overrides naming records that the good articles do not have.
  const problems: InputError[] = [];
  const collect = async <T>(work: () => Promise<T | undefined>): Promise<T | undefined> => {
    try {
      return await work();
    } catch (error) {
      collectProblems(error, problems);
      return undefined;
    }
  };
  const extractions: ArticleExtraction[] = [];
  // Read every file first; what the cache does not hold is extracted, on every core when there is much of it.
  const jobs: ExtractJob[] = [];
  let done = 0;
  const progress = () => options.onProgress?.(++done, files.length);
  for (const name of files) {
    const path = join(articlesDir, name);
    const file = fileName(path, contentDir);
    const text = await collect(() => readArticleText(path, contentDir));
    const cached = text === undefined ? undefined : await options.cache?.lookup(file, text);
    if (cached !== undefined) extractions.push(cached);
    else if (text !== undefined) jobs.push({ file, text });
    if (text === undefined || cached !== undefined) progress();
  }
  const results = await extractJobs(jobs, progress);
  for (const [i, result] of results.entries()) {
    if ('problems' in result) {
      problems.push(...result.problems);
      continue;
    }
    await options.cache?.remember(jobs[i]!.file, jobs[i]!.text, result.extraction);
    extractions.push(result.extraction);
  }
  await options.cache?.prune();
  const unique = withoutDuplicateIds(extractions, problems);
  const overrides = {
    entities: await collect(async () => {
      const text = await readOptional(join(contentDir, 'entities.yaml'));
      return text === undefined ? undefined : { file: 'entities.yaml', overrides: parseOverrides(text, 'entities.yaml', EntityOverrides) };
    }),
    claims: await collect(async () => {
      const text = await readOptional(join(contentDir, 'overrides.yaml'));
      return text === undefined ? undefined : { file: 'overrides.yaml', overrides: parseOverrides(text, 'overrides.yaml', ClaimOverrides) };
    }),
  };
  const corpus = await collect(async () => applyOverrides(assembleCorpus(unique), overrides));
  if (problems.length > 0 || corpus === undefined) throw new InputErrors(problems);
  checkIntegrity(corpus);
  return Corpus.parse(corpus);
}

/** Two files with one slug: both are reported and neither is read, since links could not tell them apart. */
function withoutDuplicateIds(extractions: readonly ArticleExtraction[], problems: InputError[]): ArticleExtraction[] {
  const files = new Map<string, string[]>();
  for (const { source } of extractions) files.set(source.id, [...(files.get(source.id) ?? []), source.file]);
  for (const [id, list] of files) {
    if (list.length > 1) for (const file of list) problems.push(new InputError(file, `two articles have the slug "${id}" (${list.join(', ')})`, { field: 'slug' }));
  }
  return extractions.filter(({ source }) => files.get(source.id)!.length === 1);
}
