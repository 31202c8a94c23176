/**
 * The corpus of the content folder: every Markdown article under
 * `content/articles/` through the pipeline once, then the curated overrides
 * of `content/entities.yaml` and `content/overrides.yaml`. Shared by the Astro
 * loader and the tests, so that the site and the command line agree.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readArticles } from './load-files.ts';
import { buildCorpus } from './corpus.ts';
import { Corpus } from './schema.ts';
import type { ArticleInput } from './extract-article.ts';
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
  // Every problem of the content is reported in one run: each bad article, both override files,
  // and overrides naming records that the good articles do not have.
  const { inputs, problems } = await readArticles(files.map((f) => join(articlesDir, f)), contentDir);
  const unique = withoutDuplicateIds(inputs, problems);
  const collect = async <T>(work: () => Promise<T | undefined>): Promise<T | undefined> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof InputErrors) problems.push(...error.problems);
      else if (error instanceof InputError) problems.push(error);
      else throw error;
      return undefined;
    }
  };
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
  const corpus = await collect(async () => applyOverrides(buildCorpus(unique), overrides));
  if (problems.length > 0 || corpus === undefined) throw new InputErrors(problems);
  checkIntegrity(corpus);
  return Corpus.parse(corpus);
}

/** Two files with one slug: both are reported and neither is read, since links could not tell them apart. */
function withoutDuplicateIds(inputs: readonly ArticleInput[], problems: InputError[]): ArticleInput[] {
  const files = new Map<string, string[]>();
  for (const input of inputs) files.set(input.id, [...(files.get(input.id) ?? []), input.file]);
  for (const [id, list] of files) {
    if (list.length > 1) for (const file of list) problems.push(new InputError(file, `two articles have the slug "${id}" (${list.join(', ')})`, { field: 'slug' }));
  }
  return inputs.filter((input) => files.get(input.id)!.length === 1);
}
