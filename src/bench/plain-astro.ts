/**
 * The yardstick: a plain Astro site over the same Markdown articles, written
 * into a throwaway project folder. Astro's own glob loader and Markdown
 * rendering, one page per article and an index of them, no extraction.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const CONFIG = `import { defineConfig } from 'astro/config';
export default defineConfig(process.env.NCE_CACHE_DIR ? { cacheDir: process.env.NCE_CACHE_DIR } : {});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '**/*.md', base: process.env.NCE_CONTENT_DIR + '/articles' }),
    schema: z.object({ title: z.string(), date: z.string().optional(), standfirst: z.string().optional() }),
  }),
};
`;

const ARTICLE_PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><main><h1>{entry.data.title}</h1><Content /></main></body>
</html>
`;

const INDEX_PAGE = `---
import { getCollection } from 'astro:content';
const articles = await getCollection('articles');
---
<html lang="en">
  <head><meta charset="utf-8" /><title>Articles</title></head>
  <body><main><h1>Articles</h1><ul>{articles.map((a) => <li><a href={'/' + a.id + '/'}>{a.data.title}</a></li>)}</ul></main></body>
</html>
`;

/** Writes the plain site's project into `dir`, which must sit inside this repository so that it finds Astro in node_modules. */
export async function writePlainAstroProject(dir: string): Promise<void> {
  await mkdir(join(dir, 'src', 'pages'), { recursive: true });
  await writeFile(join(dir, 'astro.config.mjs'), CONFIG);
  await writeFile(join(dir, 'src', 'content.config.ts'), CONTENT_CONFIG);
  await writeFile(join(dir, 'src', 'pages', '[...slug].astro'), ARTICLE_PAGE);
  await writeFile(join(dir, 'src', 'pages', 'index.astro'), INDEX_PAGE);
}
