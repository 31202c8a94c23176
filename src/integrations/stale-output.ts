/**
 * Keeps the previous build's output folder and clears out, once the build is
 * done, what this build did not write. Astro empties the folder before each
 * build; with tens of thousands of pages, deleting them took a fifth of a
 * rebuild on our machines, while writing over a file costs no more than
 * writing it anew. The config turns the emptying off (`emptyOutDir`), and
 * this removes every file older than the build: pages of records that are
 * gone, scripts and styles that were replaced.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync } from 'node:fs';
import { readdir, rmdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Removes the files under `dir` last written before `since` (ms since the epoch), then the folders left empty; returns how many files. */
export async function removeOlderThan(dir: string, since: number): Promise<number> {
  const counts = await Promise.all(
    (await readdir(dir, { withFileTypes: true })).map(async (entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        const removed = await removeOlderThan(path, since);
        if ((await readdir(path)).length === 0) await rmdir(path);
        return removed;
      }
      if ((await stat(path)).mtimeMs >= since) return 0;
      await unlink(path);
      return 1;
    }),
  );
  return counts.reduce((a, b) => a + b, 0);
}

export function staleOutput(): AstroIntegration {
  let started = 0;
  let outDir = '';
  /** Whether an earlier build left output: a first build has nothing to clear out. */
  let earlier = false;
  return {
    name: 'news-claims-stale-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        started = Date.now();
        earlier = existsSync(outDir) && readdirSync(outDir).length > 0;
      },
      'astro:build:done': async ({ logger }) => {
        if (!earlier) return;
        const removed = await removeOlderThan(outDir, started);
        if (removed > 0) logger.info(`removed ${removed} files an earlier build left that this one did not write`);
      },
    },
  };
}
