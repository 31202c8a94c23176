/**
 * A digest of the pipeline itself: its source files and the lock file that
 * pins the language data it reads (compromise, the gazetteers). A cached
 * extraction made by other code or data is stale, so every cache key
 * includes this.
 */
import { fileURLToPath } from 'node:url';
import { digestOfFiles } from './files-digest.ts';

const PROJECT_DIR = fileURLToPath(new URL('../../../', import.meta.url));

let fingerprint: Promise<string> | undefined;

export function pipelineFingerprint(): Promise<string> {
  fingerprint ??= digestOfFiles(PROJECT_DIR, ['src/pipeline', 'package-lock.json'], (file) => file.endsWith('.ts') || file.endsWith('.json'));
  return fingerprint;
}
