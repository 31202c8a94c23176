/**
 * Bad content stops the build with every problem named at once: the file,
 * the line where known, the field and what is wrong.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContentCorpus } from '../../src/pipeline/content-corpus.ts';
import { problemsOf } from './support.ts';
import type { InputError } from '../../src/pipeline/errors.ts';

const GOOD = '---\ntitle: "Port reopens"\n---\n\nPort officials said the port would reopen on Monday.\n';
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nce-bad-'));
  const articles = join(dir, 'articles');
  await mkdir(articles);
  await writeFile(join(articles, 'good.md'), GOOD);
  await writeFile(join(articles, 'malformed.md'), '---\ntitle: "Unclosed\ndate: [\n---\n\nText.\n');
  await writeFile(join(articles, 'untitled.md'), '---\ndate: "2025-01-02"\n---\n\nText here.\n');
  await writeFile(join(articles, 'bad-date.md'), '---\ntitle: "A date"\ndate: "2025-13-45"\n---\n\nText here.\n');
  await writeFile(join(articles, 'empty.md'), '');
  await writeFile(join(articles, 'latin1.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0x3a, 0x20, 0xe9, 0x0a]));
  await writeFile(join(articles, 'same slug.md'), GOOD);
  await writeFile(join(articles, 'same-slug.md'), GOOD);
  await writeFile(join(dir, 'entities.yaml'), 'nobody-at-all:\n  description: "Not in any article"\n');
  await writeFile(join(dir, 'overrides.yaml'), 'claims:\n  no-such-claim:\n    status: doubtful\n    note: "A status that does not exist"\n');
}, 30_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function find(problems: readonly InputError[], file: string, field?: string): InputError | undefined {
  return problems.find((p) => p.file.endsWith(file) && (field === undefined || p.field === field));
}

describe('bad content', () => {
  it('reports every problem of the content in one run, each naming its file and field', async () => {
    const problems = await buildContentCorpus(dir).then(() => [], (error: unknown) => problemsOf(() => { throw error; }));
    expect(find(problems, 'malformed.md', 'frontmatter')?.line).toBeGreaterThan(1);
    expect(find(problems, 'untitled.md', 'title')).toBeDefined();
    expect(find(problems, 'bad-date.md', 'date')).toBeDefined();
    expect(find(problems, 'empty.md')).toBeDefined();
    expect(find(problems, 'latin1.md')?.message).toMatch(/UTF-8/u);
    expect(find(problems, 'same slug.md', 'slug')).toBeDefined();
    expect(find(problems, 'same-slug.md', 'slug')).toBeDefined();
    expect(find(problems, 'overrides.yaml', 'claims.no-such-claim.status')).toBeDefined();
    expect(find(problems, 'entities.yaml', 'nobody-at-all')?.message).toMatch(/nobody-at-all/u);
    expect(find(problems, 'good.md')).toBeUndefined();
  });

  it('stops the Astro build with those messages and a non-zero exit', async () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
    const out = join(dir, 'dist');
    const run = promisify(execFile)(process.execPath, [astro, 'build', '--outDir', out], { cwd: root, env: { ...process.env, NCE_CONTENT_DIR: dir }, maxBuffer: 16 * 1024 * 1024 });
    const failure = await run.then(() => undefined, (error: { code?: number; stdout?: string; stderr?: string }) => error);
    expect(failure?.code).not.toBe(0);
    const output = `${failure?.stdout ?? ''}${failure?.stderr ?? ''}`;
    expect(output).toContain('untitled.md: title');
    expect(output).toContain('bad-date.md: date');
    expect(output).toContain('latin1.md');
  }, 120_000);
});
