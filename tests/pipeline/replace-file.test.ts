/**
 * Files the next build reads (cached extractions, the record of page keys)
 * are written whole or not at all.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { replaceFile } from '../../src/pipeline/cache/replace-file.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nce-replace-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('replaceFile', () => {
  it('creates the missing folders, replaces an earlier file whole and leaves nothing beside it', async () => {
    const path = join(dir, 'a', 'b', 'record.json');
    await replaceFile(path, 'x'.repeat(100_000));
    await replaceFile(path, 'short');
    expect(await readFile(path, 'utf8')).toBe('short');
    expect(await readdir(join(dir, 'a', 'b'))).toEqual(['record.json']);
  });

  it('fails loudly when the file cannot be put in place, and leaves no partial file behind', async () => {
    const path = join(dir, 'taken');
    await mkdir(path);
    await writeFile(join(path, 'inside'), 'kept');
    await expect(replaceFile(path, 'new text')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['taken']);
    expect(await readFile(join(path, 'inside'), 'utf8')).toBe('kept');
  });
});
