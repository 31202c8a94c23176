/**
 * What a build wrote: pages, bytes, the heaviest page compressed as a reader
 * downloads it, and which scripts the pages load.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Page weight budget, gzip. */
export const PAGE_BUDGET_BYTES = 50 * 1024;
/** The scripts a page may load: the search box, the search page and the claims filters. */
const ALLOWED_SCRIPT = /search|filter/iu;

export interface DistFigures {
  pages: number;
  bytes: number;
  largestPage: { path: string; gzipBytes: number };
  pagesOverBudget: number;
  /** Script files loaded by pages other than the search, filter and its chunks: should be none. */
  otherScripts: string[];
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

export async function distFigures(dir: string): Promise<DistFigures> {
  const files = await filesUnder(dir);
  let bytes = 0;
  let pages = 0;
  let pagesOverBudget = 0;
  let largestPage = { path: '', gzipBytes: 0 };
  const scripts = new Set<string>();
  for (const file of files) {
    bytes += (await stat(file)).size;
    if (!file.endsWith('.html')) continue;
    pages += 1;
    const html = await readFile(file);
    const gzipBytes = gzipSync(html).length;
    if (gzipBytes > PAGE_BUDGET_BYTES) pagesOverBudget += 1;
    if (gzipBytes > largestPage.gzipBytes) largestPage = { path: `/${relative(dir, file)}`, gzipBytes };
    for (const m of html.toString('utf8').matchAll(/<script\b[^>]*\bsrc="([^"]+)"/gu)) scripts.add(m[1]!);
  }
  const otherScripts = [...scripts].filter((src) => !ALLOWED_SCRIPT.test(src.split('/').at(-1) ?? '')).sort();
  return { pages, bytes, largestPage, pagesOverBudget, otherScripts };
}
