/**
 * A digest of the pipeline itself: its source files and the lock file that
 * pins the language data it reads (compromise, the gazetteers). A cached
 * extraction made by other code or data is stale, so every cache key
 * includes this.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PIPELINE_DIR = fileURLToPath(new URL('../', import.meta.url));
const LOCK_FILE = fileURLToPath(new URL('../../../package-lock.json', import.meta.url));

let fingerprint: Promise<string> | undefined;

async function compute(): Promise<string> {
  const hash = createHash('sha256');
  const files = (await readdir(PIPELINE_DIR, { recursive: true })).filter((f) => f.endsWith('.ts')).sort();
  for (const file of files) hash.update(file).update('\u0000').update(await readFile(join(PIPELINE_DIR, file))).update('\u0000');
  hash.update(await readFile(LOCK_FILE).catch(() => 'no lock file'));
  return hash.digest('hex').slice(0, 16);
}

export function pipelineFingerprint(): Promise<string> {
  fingerprint ??= compute();
  return fingerprint;
}
