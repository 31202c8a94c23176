/**
 * Builds the site once per test run, into a temporary folder, for the tests
 * of the built site (tests/site/built-site.test.ts, tests/browser/). They
 * read the folder with `inject('siteDir')`; it is removed after the run.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site. */
    siteDir: string;
  }
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const astroBin = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const siteDir = await mkdtemp(join(tmpdir(), 'claims-site-'));
  // Its own folder, so this build races no other build of the project.
  await promisify(execFile)(process.execPath, [astroBin, 'build', '--outDir', siteDir], { cwd: root, timeout: 600_000, maxBuffer: 64 * 1024 * 1024 });
  project.provide('siteDir', siteDir);
  return () => rm(siteDir, { recursive: true, force: true });
}
