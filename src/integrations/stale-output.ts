/**
 * Keeps the previous build's output folder and clears out, once the build is
 * done, what this build did not write. Astro empties the folder before each
 * build; with tens of thousands of pages, deleting them took a fifth of a
 * rebuild on our machines, while writing over a file costs no more than
 * writing it anew. The config turns the emptying off (`emptyOutDir`), and
 * this removes every file older than the build, other than the pages kept
 * unchanged from the last build (pageKeys()): pages of records that are
 * gone, scripts and styles that were replaced.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync } from 'node:fs';
import { readdir, rmdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { errnoCode } from '../pipeline/import/errno.ts';

/**
 * Files handled at once. Every file at once (hundreds of thousands of pending
 * calls at 10,000 articles) doubled the build's heap in its last seconds.
 */
const BATCH = 256;

async function inBatches<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += BATCH) await Promise.all(items.slice(i, i + BATCH).map(work));
}

async function removeIfEmpty(folder: string): Promise<void> {
  try {
    await rmdir(folder);
  } catch (error) {
    if (errnoCode(error) !== 'ENOTEMPTY' && errnoCode(error) !== 'EEXIST') throw error;
  }
}

/** The files under `dir`, and its folders a depth at a time. Node's recursive readdir took 15 s on 90,000 pages. */
async function listTree(dir: string): Promise<{ files: string[]; depths: string[][] }> {
  const files: string[] = [];
  const depths: string[][] = [];
  for (let folders = [dir]; folders.length > 0; ) {
    const inside: string[] = [];
    await inBatches(folders, async (folder) => {
      for (const entry of await readdir(folder, { withFileTypes: true })) (entry.isDirectory() ? inside : files).push(join(folder, entry.name));
    });
    depths.push(inside);
    folders = inside;
  }
  return { files, depths };
}

/**
 * Removes the files under `dir` last written before `since` (ms since the
 * epoch), other than those in `keep`, then the folders left empty; returns
 * how many files.
 */
export async function removeOlderThan(dir: string, since: number, keep: ReadonlySet<string> = new Set()): Promise<number> {
  const { files, depths } = await listTree(dir);
  let removed = 0;
  await inBatches(files, async (path) => {
    if (keep.has(path) || (await stat(path)).mtimeMs >= since) return;
    await unlink(path);
    removed += 1;
  });
  // Deepest first, a depth at a time: a folder whose subfolders all went is empty by its turn.
  for (const folders of depths.toReversed()) await inBatches(folders, removeIfEmpty);
  return removed;
}

/** `keptPages`: the output files of the pages the build kept from the last one, asked for once it is done. */
export function staleOutput(keptPages: () => ReadonlySet<string>): AstroIntegration {
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
        const removed = await removeOlderThan(outDir, started, keptPages());
        if (removed > 0) logger.info(`removed ${removed} files an earlier build left that this one did not write`);
      },
    },
  };
}
