/**
 * Carries the record of the keyed pages from one build to the next
 * (src/site/page-keys/): reads it when a build starts, hands it to the pages
 * for the length of the build, and writes the new one when the build is
 * done. One record per output folder, in Astro's cache folder. The pages the
 * build kept from the last one are told to the sweep of the output folder
 * (staleOutput()), which must leave them.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { digestOfFiles } from '../pipeline/cache/files-digest.ts';
import { replaceFile } from '../pipeline/cache/replace-file.ts';
import { unlessMissing } from '../pipeline/import/errno.ts';
import { currentBuild, setCurrentBuild, type PageKeyRecord } from '../site/page-keys/build-state.ts';
import { digestOf } from '../site/page-keys/digest.ts';
import { asRecord, nextRecord } from '../site/page-keys/page-record.ts';
import { StringTable } from '../site/page-keys/string-table.ts';

async function readRecord(file: string, logger: AstroIntegrationLogger): Promise<PageKeyRecord | undefined> {
  const text = await unlessMissing(() => readFile(file, 'utf8'));
  if (text === undefined) return undefined;
  let record: PageKeyRecord | undefined;
  try {
    record = asRecord(JSON.parse(text));
  } catch {
    record = undefined;
  }
  // Without the record every page is rendered, which is slower and never wrong.
  if (record === undefined) logger.warn(`the record of the last build's pages (${file}) is unreadable or an earlier version's; every page is rendered`);
  return record;
}

/**
 * What the pages are made by besides the records. Any change to it renders
 * every page again: the site's code, the pipeline's included, its
 * configuration and the locked versions of what it uses.
 */
const SITE_CODE = ['src', 'astro.config.mjs', 'tsconfig.json', 'package-lock.json'];

export interface PageKeys extends AstroIntegration {
  /** The output files of the pages the last build kept from the one before. */
  keptPages(): ReadonlySet<string>;
}

export function pageKeys(): PageKeys {
  let root = '';
  let outDir = '';
  let file = '';
  let kept: ReadonlySet<string> = new Set();
  return {
    name: 'news-claims-page-keys',
    keptPages: () => kept,
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
        file = join(fileURLToPath(config.cacheDir), 'news-claims', 'page-keys', `${digestOf(outDir).slice(0, 12)}.json`);
      },
      'astro:build:start': async ({ logger }) => {
        const code = await digestOfFiles(root, SITE_CODE);
        const previous = await readRecord(file, logger);
        const sameCode = previous?.code === code;
        if (previous !== undefined && !sameCode) logger.info('the site\'s code changed since the last build; every page is rendered');
        // The sweep asks once the build is done, whichever integration's hook runs first then.
        const build = { outDir, code, previous: sameCode ? previous : undefined, routes: new Set<string>(), pages: new Map(), kept: new Set<string>(), lookups: new StringTable() };
        kept = build.kept;
        setCurrentBuild(build);
      },
      'astro:build:done': async ({ logger }) => {
        const build = currentBuild();
        setCurrentBuild(undefined);
        if (build === undefined) return;
        await replaceFile(file, JSON.stringify(nextRecord(build)));
        const rendered = [...build.pages.values()].filter((run) => run.lookups !== undefined).length;
        logger.info(`${rendered} of ${build.pages.size} record and list pages rendered, ${build.kept.size} kept from the last build`);
      },
    },
  };
}
