import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { onTestFinished } from 'vitest';

export const projectRoot = resolve(import.meta.dirname, '../..');

/** The shared raw articles, read in place and never copied into the project. */
export const seedsDir = resolve(projectRoot, '../shared/seeds');

export async function seedFiles(): Promise<string[]> {
  const names = await readdir(seedsDir);
  return names.filter((name) => name.endsWith('.txt')).sort().map((name) => join(seedsDir, name));
}

/** A fresh temporary folder, removed when the current test finishes. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'import-test-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Writes `content` to a new file in a fresh temporary folder and returns its path. */
export async function tempFile(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(await tempDir(), name);
  await writeFile(path, content);
  return path;
}
