/**
 * Writes a synthetic corpus as a content folder, through the same import the
 * `import` command uses (raw text → Markdown article), so that a site build
 * reads it exactly as it reads the real content.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseRawArticle } from '../pipeline/import/raw-article.ts';
import { slugify } from '../pipeline/import/slug.ts';
import { toMarkdown } from '../pipeline/import/to-markdown.ts';
import type { SyntheticArticle } from './synthetic-articles.ts';

/** The Markdown file name of each article; its number keeps two articles with the same title apart. */
export function articleFileName(article: SyntheticArticle, index: number): string {
  const raw = parseRawArticle(article.text, article.file);
  return `${slugify(raw.frontmatter.title).slice(0, 60)}-${String(index + 1).padStart(5, '0')}.md`;
}

export async function writeSyntheticContent(dir: string, articles: readonly SyntheticArticle[]): Promise<string[]> {
  const folder = join(dir, 'articles');
  await mkdir(folder, { recursive: true });
  const files: string[] = [];
  for (const [i, article] of articles.entries()) {
    const file = join(folder, articleFileName(article, i));
    await writeFile(file, toMarkdown(parseRawArticle(article.text, article.file)));
    files.push(file);
  }
  return files;
}
