/**
 * The site's data files hold the same claims as the `extract` command prints
 * for the same articles (the content folder has no claim override today; an
 * override would be the one intended difference, and this test would say so).
 */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import type { Corpus } from '../../src/pipeline/schema.ts';
import { siteData } from '../support/site-data.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('data files and the extract command', () => {
  it('hold the same claims', async () => {
    const articles = readdirSync(join(root, 'content', 'articles')).filter((f) => f.endsWith('.md')).map((f) => join('content', 'articles', f));
    const { stdout } = await promisify(execFile)(process.execPath, ['src/cli/extract.ts', ...articles], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    const extracted = JSON.parse(stdout) as Corpus;
    const byId = <T extends { id: string }>(records: readonly T[]) => [...records].sort((a, b) => a.id.localeCompare(b.id));
    expect(extracted.claims.length).toBeGreaterThan(0);
    expect(byId(siteData(inject('siteDir')).claims)).toEqual(byId(extracted.claims));
  }, 60_000);
});
