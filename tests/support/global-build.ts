/**
 * Builds the site once per test run, into a temporary folder, for the tests
 * of the built site (tests/site/built-*.test.ts, tests/browser/). They read
 * the folder with `inject('siteDir')`; it is removed after the run.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from './build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site. */
    siteDir: string;
  }
}

export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const siteDir = await mkdtemp(join(tmpdir(), 'claims-site-'));
  await buildSite(siteDir);
  project.provide('siteDir', siteDir);
  return () => rm(siteDir, { recursive: true, force: true });
}
