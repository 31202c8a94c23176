/**
 * The floor: the least any Astro site can take to write as many pages as the
 * explorer's URL contract demands (one per claim, source and entity). Each
 * page is a title and a line of text, rendered with the explorer's own build
 * settings, so no site with those pages can build faster on the machine at
 * hand. Set against the plain site, it shows what part of the build ratio
 * the page count alone costs.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** How many pages to write reaches the build through this variable. */
export const FLOOR_PAGES_VARIABLE = 'NCE_FLOOR_PAGES';

// The explorer's own page settings, read from its config, so that the floor follows them.
const CONFIG = `import { defineConfig } from 'astro/config';
import explorer from '../../astro.config.mjs';
export default defineConfig({
  trailingSlash: explorer.trailingSlash,
  build: explorer.build,
  ...(process.env.NCE_CACHE_DIR ? { cacheDir: process.env.NCE_CACHE_DIR } : {}),
});
`;

const PAGE = `---
export function getStaticPaths() {
  const count = Number(process.env.${FLOOR_PAGES_VARIABLE});
  return Array.from({ length: count }, (_, i) => ({ params: { n: String(i + 1) } }));
}
const { n } = Astro.params;
---
<html lang="en">
  <head><meta charset="utf-8" /><title>Record {n}</title></head>
  <body><main><h1>Record {n}</h1><p>One of the pages the explorer must write.</p></main></body>
</html>
`;

/** Writes the floor project into `dir`, two folders below the repository's root (`.bench/floor-astro/`): it finds Astro in node_modules and the explorer's config there. */
export async function writeFloorAstroProject(dir: string): Promise<void> {
  await mkdir(join(dir, 'src', 'pages', 'records'), { recursive: true });
  await writeFile(join(dir, 'astro.config.mjs'), CONFIG);
  await writeFile(join(dir, 'src', 'pages', 'records', '[n].astro'), PAGE);
}
