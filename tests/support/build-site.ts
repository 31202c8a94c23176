/**
 * Builds the site with the project's own Astro into a folder of its own, so
 * that a build races no other build of the project. Astro keeps the chunks it
 * prerenders with in `.prerender/` beside the output when the output lies in
 * the project, and in the project's one `.astro/.prerender/` otherwise, which
 * each build deletes when it ends: two builds there break each other. So each
 * build goes to a folder of its own in the project, then to `outDir`.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../../', import.meta.url));
const astroBin = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const buildsDir = join(root, 'node_modules', '.cache', 'site-builds');

export interface BuildOptions {
  /** A content folder to build in place of content/ (through NCE_CONTENT_DIR). */
  contentDir?: string;
  /** Astro's cache folder in place of the project's (through NCE_CACHE_DIR): the extractions and the record of the pages of earlier builds. */
  cacheDir?: string;
}

/** A new folder to build into, in the project (see above). */
export async function buildFolder(): Promise<string> {
  await mkdir(buildsDir, { recursive: true });
  return mkdtemp(join(buildsDir, 'build-'));
}

/** Builds into `dir`, a folder from buildFolder(), over whatever an earlier build left in it; gives what the build printed. */
export async function buildInto(dir: string, { contentDir, cacheDir }: BuildOptions = {}): Promise<string> {
  const env = {
    ...process.env,
    ...(contentDir === undefined ? {} : { NCE_CONTENT_DIR: contentDir }),
    ...(cacheDir === undefined ? {} : { NCE_CACHE_DIR: cacheDir }),
  };
  const { stdout } = await promisify(execFile)(process.execPath, [astroBin, 'build', '--outDir', dir], { cwd: root, env, timeout: 600_000, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

export async function buildSite(outDir: string, options: BuildOptions = {}): Promise<void> {
  const building = await buildFolder();
  try {
    await buildInto(building, options);
    await cp(building, outDir, { recursive: true });
  } finally {
    await rm(building, { recursive: true, force: true });
  }
}
