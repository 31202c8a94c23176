/** Builds the site with the project's own Astro into a folder of its own, so that a build races no other build of the project. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../../', import.meta.url));
const astroBin = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

export interface BuildOptions {
  /** A content folder to build in place of content/ (through NCE_CONTENT_DIR). */
  contentDir?: string;
}

export async function buildSite(outDir: string, { contentDir }: BuildOptions = {}): Promise<void> {
  const env = contentDir === undefined ? process.env : { ...process.env, NCE_CONTENT_DIR: contentDir };
  await promisify(execFile)(process.execPath, [astroBin, 'build', '--outDir', outDir], { cwd: root, env, timeout: 600_000, maxBuffer: 64 * 1024 * 1024 });
}
