/**
 * Reads article files, raw `.txt` in the seeds' format or Markdown, into
 * pipeline input, collecting every file's problems before giving up.
 */
import { relative } from 'node:path';
import { readTextFile } from './import/read-text.ts';
import { readMarkdownArticle, readRawArticle } from './read-article.ts';
import { InputError, InputErrors, problemsOf } from './errors.ts';
import type { ArticleInput } from './extract-article.ts';

/** The name a file goes by in messages and records: its path from the content folder. */
export function fileName(path: string, base: string): string {
  return relative(base, path) || path;
}

/** The text of an article file: UTF-8 checked, problems named after `fileName`. */
export async function readArticleText(path: string, base: string): Promise<string> {
  return withFileName(fileName(path, base), () => readTextFile(path));
}

/** An article's text as pipeline input, raw `.txt` or Markdown by the file's extension. */
export function articleInput(text: string, file: string): ArticleInput {
  return /\.(?:md|markdown)$/iu.test(file) ? readMarkdownArticle(text, file) : readRawArticle(text, file);
}

/** Runs `work`, with any problem it reports filed under `file`. */
async function withFileName<T>(file: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof InputError) {
      throw new InputError(file, error.message, error.where);
    }
    throw error;
  }
}

/** Adds the problems `error` reports to `problems`; any other error goes on up. */
export function collectProblems(error: unknown, problems: InputError[]): void {
  const found = problemsOf(error);
  if (found === undefined) throw error;
  problems.push(...found);
}

/** Reads every file it can; the problems of the others come back beside them, so that one run reports them all. */
export async function readArticles(paths: readonly string[], base: string): Promise<{ inputs: ArticleInput[]; problems: InputError[] }> {
  const inputs: ArticleInput[] = [];
  const problems: InputError[] = [];
  for (const path of paths) {
    try {
      inputs.push(articleInput(await readArticleText(path, base), fileName(path, base)));
    } catch (error) {
      collectProblems(error, problems);
    }
  }
  return { inputs, problems };
}

export async function loadArticles(paths: readonly string[], base: string): Promise<ArticleInput[]> {
  const { inputs, problems } = await readArticles(paths, base);
  if (problems.length > 0) throw new InputErrors(problems);
  return inputs;
}
