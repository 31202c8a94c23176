/**
 * A reused page is only as fresh as the lookups noted while it rendered
 * (src/site/page-keys/). Records read any other way than through
 * pageRecords() would go unnoted, so: one module reads the content
 * collections, components and layouts take the records from their page,
 * and a keyed page loads them itself only to list its paths.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../../src/', import.meta.url));
const siteFiles = (dir: string): string[] =>
  readdirSync(join(src, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(astro|ts)$/u.test(file))
    .map((file) => join(src, dir, file));

const astroFiles = (dir: string): string[] => siteFiles(dir).filter((file) => file.endsWith('.astro'));

describe('pages read the records through the tracking', () => {
  it('reads the content collections in one module, load.ts, whose records the pages are given', () => {
    const reading = ['site', 'components', 'layouts', 'pages'].flatMap(siteFiles).filter((file) => readFileSync(file, 'utf8').includes('astro:content'));
    expect(reading.map((file) => relative(src, file))).toEqual(['site/load.ts']);
  });

  it('leaves loading the records to the pages and to the page keys', () => {
    const loading = ['site', 'components', 'layouts'].flatMap(siteFiles).filter((file) => readFileSync(file, 'utf8').includes('loadRecords('));
    expect(loading.map((file) => relative(src, file)).toSorted()).toEqual(['site/load.ts', 'site/page-keys/keyed-pages.ts']);
  });

  it('has every keyed page load the records in getStaticPaths alone, and render with pageRecords()', () => {
    const keyed = astroFiles('pages').filter((file) => readFileSync(file, 'utf8').includes('keyedPaths('));
    expect(keyed.length).toBeGreaterThanOrEqual(7);
    for (const file of keyed) {
      const text = readFileSync(file, 'utf8');
      const pathsEnd = text.indexOf('satisfies GetStaticPaths');
      const loads = [...text.matchAll(/loadRecords\(/gu)].map((match) => match.index);
      expect(loads.length, relative(src, file)).toBe(1);
      expect(loads.every((at) => at < pathsEnd), relative(src, file)).toBe(true);
      expect(text.indexOf('await pageRecords(Astro)'), relative(src, file)).toBeGreaterThan(pathsEnd);
    }
  });
});
