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
import { readdir, rmdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Removes the files under `dir` last written before `since` (ms since the epoch), then the folders left empty; returns how many files. */
export async function removeOlderThan(dir: string, since: number): Promise<number> {
  let removed = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      removed += await removeOlderThan(path, since);
      if ((await readdir(path)).length === 0) await rmdir(path);
    } else if ((await stat(path)).mtimeMs < since) {
      await unlink(path);
      removed += 1;
    }
  }
  return removed;
}

export function staleOutput(): AstroIntegration {
  let started = 0;
  return {
    name: 'news-claims-stale-output',
    hooks: {
      'astro:build:start': () => {
        started = Date.now();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const removed = await removeOlderThan(fileURLToPath(dir), started);
        if (removed > 0) logger.info(`removed ${removed} files an earlier build left that this one did not write`);
      },
    },
  };
}
