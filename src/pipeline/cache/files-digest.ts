/**
 * A digest of files by name and content: code and the data it reads, so
 * that whatever was made from them can tell it was made by other code.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { unlessMissing } from '../import/errno.ts';

/** Every file under `path` (itself, when it is a file), sorted; none when it does not exist. */
async function filesAt(path: string): Promise<string[]> {
  const found = await unlessMissing(() => stat(path));
  if (found === undefined) return [];
  if (!found.isDirectory()) return [path];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)).sort();
}

/**
 * The digest of the files at `paths` (files, or folders taken whole) that
 * `accept` takes, each named relative to `root`. A path that is missing
 * changes the digest as a changed file would.
 */
export async function digestOfFiles(root: string, paths: readonly string[], accept: (file: string) => boolean = () => true): Promise<string> {
  const hash = createHash('sha256');
  for (const path of paths) {
    const files = (await filesAt(join(root, path))).filter(accept);
    if (files.length === 0) hash.update(`missing ${path}\u0000`);
    for (const file of files) hash.update(relative(root, file)).update('\u0000').update(await readFile(file)).update('\u0000');
  }
  return hash.digest('hex').slice(0, 16);
}
