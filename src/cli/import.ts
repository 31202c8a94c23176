/**
 * `npm run import -- FILE [FILE ...] [--force] [--out DIR]`: turns raw article
 * text files into Markdown articles in `content/articles/`, one per file,
 * named after the title, and says what it decided about each page's layout.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { InputError } from '../pipeline/errors.ts';
import { errnoCode } from '../pipeline/import/errno.ts';
import { parseRawArticle, type ImportDecisions } from '../pipeline/import/raw-article.ts';
import { readTextFile } from '../pipeline/import/read-text.ts';
import { slugify } from '../pipeline/import/slug.ts';
import { toMarkdown } from '../pipeline/import/to-markdown.ts';

const USAGE = 'usage: npm run import -- FILE [FILE ...] [--force] [--out DIR]';
const DEFAULT_OUT = resolve(import.meta.dirname, '../../content/articles');

interface Options {
  outDir: string;
  force: boolean;
  /** Output files written in this run and the input each came from, so that two inputs never share one. */
  written: Map<string, string>;
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      options: { force: { type: 'boolean', default: false }, out: { type: 'string' } },
      allowPositionals: true,
    });
  } catch (error) {
    console.error(`import: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const options: Options = {
    outDir: values.out === undefined ? DEFAULT_OUT : resolve(values.out),
    force: values.force,
    written: new Map(),
  };
  let failed = false;
  for (const file of positionals) {
    try {
      await importFile(file, options);
    } catch (error) {
      failed = true;
      const problem = error instanceof InputError ? error.describe() : `${file}: ${String(error)}`;
      console.error(`import: ${problem}`);
    }
  }
  return failed ? 1 : 0;
}

async function importFile(file: string, options: Options): Promise<void> {
  const raw = parseRawArticle(await readTextFile(file), file);
  const out = join(options.outDir, `${slugify(raw.frontmatter.title)}.md`);
  const earlier = options.written.get(out);
  if (earlier !== undefined) {
    throw new InputError(file, `${shown(out)} was already written from ${earlier} in this run (their titles give the same file name)`);
  }
  await mkdir(options.outDir, { recursive: true });
  try {
    // `wx` refuses an existing file in the same step as creating it.
    await writeFile(out, toMarkdown(raw), { flag: options.force ? 'w' : 'wx' });
  } catch (error) {
    if (errnoCode(error) === 'EEXIST') throw new InputError(file, `${shown(out)} already exists (use --force to overwrite it)`);
    throw error;
  }
  options.written.set(out, file);
  console.log([shown(out), ...describeDecisions(raw.frontmatter.title, raw.decisions)].join('\n'));
}

function shown(path: string): string {
  return relative(process.cwd(), path);
}

function describeDecisions(title: string, decisions: ImportDecisions): string[] {
  const source = decisions.title === 'headline' ? 'the headline' : 'the first sentence, no headline found';
  return [
    `  title (from ${source}): ${title}`,
    `  date: ${decisions.date ?? 'none'}`,
    `  standfirst: ${decisions.standfirst ?? 'none'}`,
    ...list('furniture removed', decisions.furnitureRemoved),
    ...list('teasers (kept as related)', decisions.teasers),
    ...list('subheadings', decisions.headings),
  ];
}

function list(label: string, items: string[]): string[] {
  if (items.length === 0) return [`  ${label}: none`];
  return [`  ${label} (${items.length}):`, ...items.map((item) => `    - ${item}`)];
}

process.exitCode = await main();
