import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeOlderThan } from '../../src/integrations/stale-output.ts';

describe('removeOlderThan', () => {
  let dir: string;
  const since = Date.parse('2026-06-01T12:00:00Z');
  const write = async (path: string, at: number) => {
    const file = join(dir, path);
    await mkdir(join(file, '..'), { recursive: true });
    await writeFile(file, path);
    await utimes(file, at / 1000, at / 1000);
  };
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'stale-output-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('removes the files written before the build and keeps the ones written during it', async () => {
    await write('index.html', since + 5);
    await write('claims/kept/index.html', since + 1000);
    await write('claims/gone/index.html', since - 1);
    await write('_astro/old.js', since - 60_000);
    await write('_astro/new.js', since);

    expect(await removeOlderThan(dir, since)).toBe(2);
    expect(existsSync(join(dir, 'index.html'))).toBe(true);
    expect(existsSync(join(dir, 'claims/kept/index.html'))).toBe(true);
    expect(existsSync(join(dir, '_astro/new.js'))).toBe(true);
    expect(existsSync(join(dir, 'claims/gone/index.html'))).toBe(false);
    expect(existsSync(join(dir, '_astro/old.js'))).toBe(false);
  });

  it('keeps the old files it is given, the pages Astro reused from the earlier build', async () => {
    await write('claims/reused/index.html', since - 60_000);
    await write('claims/gone/index.html', since - 60_000);

    expect(await removeOlderThan(dir, since, new Set([join(dir, 'claims/reused/index.html')]))).toBe(1);
    expect(existsSync(join(dir, 'claims/reused/index.html'))).toBe(true);
    expect(existsSync(join(dir, 'claims/gone'))).toBe(false);
  });

  it('removes the folders left empty', async () => {
    await write('entities/gone/index.html', since - 1);
    await write('entities/kept/index.html', since + 1);
    await mkdir(join(dir, 'empty-before'));

    await removeOlderThan(dir, since);
    expect(existsSync(join(dir, 'entities/gone'))).toBe(false);
    expect(existsSync(join(dir, 'entities/kept'))).toBe(true);
    expect(existsSync(join(dir, 'empty-before'))).toBe(false);
  });

  it('leaves a folder it found with nothing old untouched', async () => {
    await write('a/b/c.html', since + 1);
    expect(await removeOlderThan(dir, since)).toBe(0);
    expect(existsSync(join(dir, 'a/b/c.html'))).toBe(true);
  });

  it('clears out more files and folders than it handles at once', async () => {
    for (let i = 0; i < 700; i += 1) await write(`claims/c${i}/index.html`, i % 3 === 0 ? since + 1 : since - 1);
    expect(await removeOlderThan(dir, since)).toBe(466);
    for (let i = 0; i < 700; i += 1) expect(existsSync(join(dir, `claims/c${i}`))).toBe(i % 3 === 0);
  });
});
