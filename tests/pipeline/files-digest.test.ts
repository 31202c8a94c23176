import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { digestOfFiles } from '../../src/pipeline/cache/files-digest.ts';

describe('digestOfFiles', () => {
  let root: string;
  const digest = () => digestOfFiles(root, ['src', 'config.mjs'], (file) => !file.endsWith('.bak'));
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'files-digest-'));
    await mkdir(join(root, 'src', 'pages'), { recursive: true });
    await writeFile(join(root, 'src', 'pages', 'a.astro'), 'one');
    await writeFile(join(root, 'src', 'b.ts'), 'two');
    await writeFile(join(root, 'config.mjs'), 'three');
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('is the same for the same files', async () => {
    expect(await digest()).toBe(await digest());
  });

  it('changes when a file deep in a folder changes, is added, or is renamed', async () => {
    const before = await digest();
    await writeFile(join(root, 'src', 'pages', 'a.astro'), 'one!');
    const edited = await digest();
    expect(edited).not.toBe(before);
    await writeFile(join(root, 'src', 'pages', 'c.astro'), '');
    const added = await digest();
    expect(added).not.toBe(edited);
    await rename(join(root, 'src', 'pages', 'c.astro'), join(root, 'src', 'pages', 'd.astro'));
    expect(await digest()).not.toBe(added);
  });

  it('changes when a named file goes missing, and ignores files it does not accept', async () => {
    const before = await digest();
    await writeFile(join(root, 'src', 'b.ts.bak'), 'ignored');
    expect(await digest()).toBe(before);
    await rm(join(root, 'config.mjs'));
    expect(await digest()).not.toBe(before);
  });
});
