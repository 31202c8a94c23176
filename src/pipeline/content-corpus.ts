/**
 * The corpus of the content folder: every Markdown article under
 * `content/articles/` through the pipeline once, then the curated overrides
 * of `content/entities.yaml` and `content/overrides.yaml`. Shared by the Astro
 * loader and the tests, so that the site and the command line agree.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadArticles } from './load-files.ts';
import { buildCorpus } from './corpus.ts';
import { Corpus } from './schema.ts';
import { applyOverrides, ClaimOverrides, EntityOverrides, parseOverrides } from './overrides.ts';
import { checkIntegrity } from './integrity.ts';
import { errnoCode } from './import/errno.ts';
import { InputError, InputErrors } from './errors.ts';

async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

export async function buildContentCorpus(contentDir: string): Promise<Corpus> {
  const articlesDir = join(contentDir, 'articles');
  const files = (await readdir(articlesDir)).filter((f) => /\.md$/iu.test(f)).sort();
  // Every problem of the content is reported in one run: articles and both override files.
  const problems: InputError[] = [];
  const collect = async <T>(work: () => Promise<T> | T): Promise<T | undefined> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof InputErrors) problems.push(...error.problems);
      else if (error instanceof InputError) problems.push(error);
      else throw error;
      return undefined;
    }
  };
  const inputs = await collect(() => loadArticles(files.map((f) => join(articlesDir, f)), contentDir));
  const entities = await collect(async () => {
    const text = await readOptional(join(contentDir, 'entities.yaml'));
    return text === undefined ? undefined : { file: 'entities.yaml', overrides: parseOverrides(text, 'entities.yaml', EntityOverrides) };
  });
  const claims = await collect(async () => {
    const text = await readOptional(join(contentDir, 'overrides.yaml'));
    return text === undefined ? undefined : { file: 'overrides.yaml', overrides: parseOverrides(text, 'overrides.yaml', ClaimOverrides) };
  });
  if (problems.length > 0 || inputs === undefined) throw new InputErrors(problems);
  const corpus = applyOverrides(buildCorpus(inputs), { entities, claims });
  checkIntegrity(corpus);
  return Corpus.parse(corpus);
}
