import { execFile } from 'node:child_process';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { projectRoot, seedFiles, tempDir, tempFile } from './helpers.ts';

const cli = join(projectRoot, 'src/cli/import.ts');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function runImport(cwd: string, ...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

const ARTICLE = 'date 2025-09-12 Drones hit an airfield\nThe army said so.\n';
const SLUG = 'drones-hit-an-airfield.md';

describe('npm run import', () => {
  it('writes one Markdown file per input and reports its decisions', async () => {
    const out = await tempDir();
    const seeds = await seedFiles();
    const run = await runImport(out, ...seeds, '--out', 'articles');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect((await readdir(join(out, 'articles'))).sort()).toEqual([
      'more-than-two-hundred-ukrainian-military-drones-were-launched-in-a-coordinated.md',
      'russia-may-use-bayraktar-tb2-drones-in-fake-plot-for-ukraine-war-us.md',
      'russian-drone-attack-pushes-nato-states-toward-ukrainian-air-defense-solutions.md',
    ]);
    expect(run.stdout).toContain('articles/russia-may-use-bayraktar-tb2-drones-in-fake-plot-for-ukraine-war-us.md\n');
    expect(run.stdout).toContain('title (from the first sentence, no headline found): More than two hundred');
    expect(run.stdout).toContain('date: 2025-09-12');
    expect(run.stdout).toContain('teasers (kept as related) (8):');
    expect(run.stdout).toContain('subheadings (2):\n    - Turkish-made drones\n    - NATO points to Russian drills');
  });

  it('refuses to overwrite without --force, keeps going, and overwrites with it', async () => {
    const out = await tempDir();
    const input = await tempFile('a.txt', ARTICLE);
    const other = await tempFile('b.txt', 'Another story here\nIt happened.\n');
    expect((await runImport(out, input, '--out', out)).code).toBe(0);
    const first = await readFile(join(out, SLUG), 'utf8');

    await writeFile(input, `${ARTICLE}Nobody was hurt.\n`);
    const refused = await runImport(out, input, other, '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`import: ${input}: ${SLUG} already exists (use --force to overwrite it)\n`);
    expect(await readFile(join(out, SLUG), 'utf8')).toBe(first);
    expect(await readFile(join(out, 'another-story-here.md'), 'utf8')).toContain('It happened.');

    const forced = await runImport(out, input, '--force', '--out', out);
    expect(forced).toMatchObject({ code: 0, stderr: '' });
    expect(await readFile(join(out, SLUG), 'utf8')).toContain('Nobody was hurt.');
  });

  it('refuses two inputs with the same title in one run, even with --force', async () => {
    const out = await tempDir();
    const first = await tempFile('a.txt', ARTICLE);
    const second = await tempFile('b.txt', ARTICLE);
    const run = await runImport(out, first, second, '--force', '--out', out);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`import: ${second}: ${SLUG} was already written from ${first} in this run (their titles give the same file name)\n`);
  });

  it('reports bad input on stderr without a stack trace', async () => {
    const out = await tempDir();
    const empty = await tempFile('empty.txt', '');
    const badDate = await tempFile('date.txt', 'date 2025-02-30 Headline\nText.\n');
    const run = await runImport(out, empty, badDate, join(out, 'missing.txt'), '--out', out);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toEqual([
      `import: ${empty}: the file is empty`,
      `import: ${badDate}:1: date: "2025-02-30" is not a calendar date written YYYY-MM-DD`,
      `import: ${join(out, 'missing.txt')}: cannot be read: there is no such file`,
      '',
    ]);
  });

  it('explains its usage when given no file or an unknown option', async () => {
    const cwd = await tempDir();
    expect(await runImport(cwd)).toMatchObject({ code: 2, stderr: expect.stringContaining('usage: npm run import') });
    const unknown = await runImport(cwd, '--frobnicate', 'a.txt');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^import: .*frobnicate/);
  });
});
