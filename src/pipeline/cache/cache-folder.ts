/**
 * The extraction cache on disk: a folder with one file per article, named by
 * a digest of the article's path. A build reads the files of its articles one
 * at a time and writes only those it extracted, so the cache is never held
 * whole: a single file of every extraction was 200 MB at 10,000 articles, read
 * into memory and written out again on every build. Each file is replaced
 * whole (`replaceFile`), so two builds sharing the folder never leave half a
 * file; entries are checked by digest, so whichever build wrote last is as
 * good as the other.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { unlessMissing } from '../import/errno.ts';
import { replaceFile } from './replace-file.ts';

const ENTRY = /^[0-9a-f]{32}\.json$/u;

export class CacheFolder {
  readonly #dir: string;

  constructor(dir: string) {
    this.#dir = dir;
  }

  #name(key: string): string {
    return `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.json`;
  }

  /** The entry kept under `key`, or undefined when there is none. */
  read(key: string): Promise<string | undefined> {
    return unlessMissing(() => readFile(join(this.#dir, this.#name(key)), 'utf8'));
  }

  write(key: string, value: string): Promise<void> {
    return replaceFile(join(this.#dir, this.#name(key)), value);
  }

  /** Removes every entry but those kept under `keys`. */
  async keepOnly(keys: Iterable<string>): Promise<void> {
    const names = await unlessMissing(() => readdir(this.#dir));
    if (names === undefined) return;
    const kept = new Set([...keys].map((key) => this.#name(key)));
    // Only entries: another build's half-written file is left to its rename.
    await Promise.all(names.filter((name) => ENTRY.test(name) && !kept.has(name)).map((name) => rm(join(this.#dir, name), { force: true })));
  }
}
