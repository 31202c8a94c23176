/**
 * Reads article files, raw `.txt` in the seeds' format or Markdown, into
 * pipeline input, collecting every file's problems before giving up.
 */
import { relative } from 'node:path';
import { readTextFile } from './import/read-text.ts';
import { readMarkdownArticle, readRawArticle } from './read-article.ts';
import { InputError, InputErrors } from './errors.ts';
import type { ArticleInput } from './extract-article.ts';

/** Reads every file it can; the problems of the others come back beside them, so that one run reports them all. */
export async function readArticles(paths: readonly string[], base: string): Promise<{ inputs: ArticleInput[]; problems: InputError[] }> {
  const inputs: ArticleInput[] = [];
  const problems: InputError[] = [];
  for (const path of paths) {
    const file = relative(base, path) || path;
    try {
      const text = await readTextFile(path);
      inputs.push(/\.(?:md|markdown)$/iu.test(path) ? readMarkdownArticle(text, file) : readRawArticle(text, file));
    } catch (error) {
      if (error instanceof InputErrors) problems.push(...error.problems);
      else if (error instanceof InputError) problems.push(new InputError(file, error.message, { ...(error.field === undefined ? {} : { field: error.field }), ...(error.line === undefined ? {} : { line: error.line }) }));
      else throw error;
    }
  }
  return { inputs, problems };
}

export async function loadArticles(paths: readonly string[], base: string): Promise<ArticleInput[]> {
  const { inputs, problems } = await readArticles(paths, base);
  if (problems.length > 0) throw new InputErrors(problems);
  return inputs;
}
