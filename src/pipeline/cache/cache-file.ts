/**
 * The extraction cache on disk: one JSON file of key → value strings, read
 * whole at the start of a build and replaced whole at the end. Replaced by
 * rename, so two builds sharing it never leave half a file; entries are
 * checked by digest, so whichever build wrote last is as good as the other.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { errnoCode } from '../import/errno.ts';

export async function readCacheFile(path: string): Promise<Map<string, string>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return new Map();
    throw error;
  }
  try {
    return new Map(Object.entries(JSON.parse(text) as Record<string, string>));
  } catch {
    // A damaged cache is only a slower build.
    return new Map();
  }
}

export async function writeCacheFile(path: string, store: ReadonlyMap<string, string>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const partial = `${path}.${process.pid}.partial`;
  await writeFile(partial, JSON.stringify(Object.fromEntries(store)));
  await rename(partial, path);
}
