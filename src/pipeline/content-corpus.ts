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
  const inputs = await loadArticles(files.map((f) => join(articlesDir, f)), contentDir);
  const entityText = await readOptional(join(contentDir, 'entities.yaml'));
  const claimText = await readOptional(join(contentDir, 'overrides.yaml'));
  const corpus = applyOverrides(buildCorpus(inputs), {
    entities: entityText === undefined ? undefined : { file: 'entities.yaml', overrides: parseOverrides(entityText, 'entities.yaml', EntityOverrides) },
    claims: claimText === undefined ? undefined : { file: 'overrides.yaml', overrides: parseOverrides(claimText, 'overrides.yaml', ClaimOverrides) },
  });
  checkIntegrity(corpus);
  return Corpus.parse(corpus);
}
