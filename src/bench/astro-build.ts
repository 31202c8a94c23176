/**
 * Runs one `astro build` as a child process and measures it: wall time, peak
 * memory (through peak-memory.ts), and what it says as it goes, passed on as
 * progress (articles read, every thousand pages built).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { round } from './round.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const PEAK_MEMORY_HOOK = fileURLToPath(new URL('./peak-memory.ts', import.meta.url));
const PAGE_LINE = /^\s*\S*\s*[├└]─ \//u;

export interface BuildRun {
  seconds: number;
  peakMemoryMB: number;
  /** The explorer loader's last word on the articles: how many it extracted and how many were unchanged. */
  extractionLine: string | undefined;
  /** The explorer's word on its record and list pages: how many it rendered and how many it kept from the last build. */
  pageKeysLine: string | undefined;
}

export interface BuildOptions {
  /** The Astro project: the explorer's root, or the plain site's folder. */
  project: string;
  outDir: string;
  contentDir: string;
  label: string;
  progress: (line: string) => void;
  /** More environment for the build (its cache folder). */
  env: Record<string, string>;
}

export async function runAstroBuild(options: BuildOptions): Promise<BuildRun> {
  const scratch = await mkdtemp(join(tmpdir(), 'nce-peak-'));
  const peakFile = join(scratch, 'peak');
  const start = performance.now();
  const child = spawn(process.execPath, ['--import', PEAK_MEMORY_HOOK, ASTRO, 'build', '--root', options.project, '--outDir', options.outDir], {
    cwd: options.project,
    env: { ...process.env, ...options.env, NCE_CONTENT_DIR: options.contentDir, NCE_PEAK_MEMORY_FILE: peakFile, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  let extractionLine: string | undefined;
  let pageKeysLine: string | undefined;
  let pages = 0;
  const read = (line: string) => {
    tail.push(line);
    if (tail.length > 30) tail.shift();
    if (line.includes('articles read')) {
      extractionLine = line.trim();
      options.progress(`${options.label}: ${line.replace(/^.*?articles read/u, 'articles read').trim()}`);
    } else if (line.includes('record and list pages rendered')) {
      pageKeysLine = line.trim();
    } else if (PAGE_LINE.test(line) && ++pages % 1000 === 0) {
      options.progress(`${options.label}: ${pages} pages built`);
    }
  };
  createInterface({ input: child.stdout }).on('line', read);
  createInterface({ input: child.stderr }).on('line', read);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - start) / 1000;
  try {
    if (code !== 0) throw new Error(`${options.label}: astro build exited with ${code}:\n${tail.join('\n')}`);
    const peak = Number(await readFile(peakFile, 'utf8'));
    return { seconds: round(seconds), peakMemoryMB: Math.round(peak / 2 ** 20), extractionLine, pageKeysLine };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
