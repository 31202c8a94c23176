/**
 * Carries the record of the pages' cache keys from one build to the next
 * (src/site/page-keys/): reads it when a build starts, hands it to the pages
 * for the length of the build, and writes the new one when the build is
 * done. One record per output folder, in Astro's cache folder.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
  if (record === undefined) logger.warn(`the record of the last build's pages (${file}) is unreadable; every page is rendered`);
  return record;
}

export function pageKeys(): AstroIntegration {
  let tag = '';
  let file = '';
  return {
    name: 'news-claims-page-keys',
    hooks: {
      'astro:config:done': ({ config }) => {
        tag = digestOf(fileURLToPath(config.outDir)).slice(0, 12);
        file = join(fileURLToPath(config.cacheDir), 'news-claims', 'page-keys', `${tag}.json`);
      },
      'astro:build:start': async ({ logger }) => {
        const previous = await readRecord(file, logger);
        setCurrentBuild({ tag, nonce: randomUUID(), previous, routes: new Set(), pages: new Map(), lookups: new StringTable() });
      },
      'astro:build:done': async ({ logger }) => {
        const build = currentBuild();
        setCurrentBuild(undefined);
        if (build === undefined) return;
        const record = nextRecord(build);
        await replaceFile(file, JSON.stringify(record));
        const rendered = [...build.pages.values()].filter((run) => run.lookups !== undefined).length;
        logger.info(`${rendered} of ${build.pages.size} record and list pages rendered, ${build.pages.size - rendered} unchanged`);
      },
    },
  };
}
