/**
 * Runs the pipeline on every labelled article in `tests/eval/labels/` and
 * scores it: the seeds one at a time, the seeds together for cross-article
 * merges, and the project's own articles; and on the held-out articles in
 * `tests/eval/held-out/`, each beside its label, written by someone who had
 * not seen the pipeline.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parse } from 'yaml';
import { loadArticles } from '../pipeline/load-files.ts';
import { buildCorpus } from '../pipeline/corpus.ts';
import type { Corpus } from '../pipeline/schema.ts';
import { combine, Label, scoreArticle, scoreEntities, type Score } from './score.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const LABELS = resolve(ROOT, 'tests/eval/labels');
const OWN_ARTICLES = resolve(ROOT, 'tests/eval/articles');
const HELD_OUT = resolve(ROOT, 'tests/eval/held-out');
const SEEDS = resolve(ROOT, '../shared/seeds');
const MERGED = 'seeds-merged';
const SEED_NAMES = ['000_edfa66d2eba7859d', '001_7002152354c7df6b', '002_a1de6b8a233f47ea'];

export interface Row {
  name: string;
  score: Score;
}

function articlePath(name: string): string {
  const own = resolve(OWN_ARTICLES, `${name}.txt`);
  return existsSync(own) ? own : resolve(SEEDS, `${name}.txt`);
}

/** A failing article is scored against an empty corpus, so the table still shows it (as all misses). */
async function corpusOf(paths: string[], name: string, onFailure: (name: string, error: unknown) => void): Promise<Corpus> {
  try {
    return buildCorpus(await loadArticles(paths, ROOT));
  } catch (error) {
    onFailure(name, error);
    return { sources: [], claims: [], entities: [] };
  }
}

export interface Evaluation {
  seeds: Row[];
  own: Row[];
  heldOut: Row[];
  merged: Row | undefined;
  seedsOverall: Score;
  ownOverall: Score;
  heldOutOverall: Score;
}

async function labelIn(path: string): Promise<Label> {
  return Label.parse(parse(await readFile(path, 'utf8')));
}

/** The held-out articles, each scored on its own. */
async function heldOutRows(onFailure: (name: string, error: unknown) => void): Promise<Row[]> {
  const names = (await readdir(HELD_OUT)).filter((f) => f.endsWith('.yaml')).map((f) => basename(f, '.yaml')).sort();
  return Promise.all(names.map(async (name) => ({
    name,
    score: scoreArticle(await corpusOf([resolve(HELD_OUT, `${name}.txt`)], name, onFailure), await labelIn(resolve(HELD_OUT, `${name}.yaml`))),
  })));
}

export async function evaluate(onFailure: (name: string, error: unknown) => void): Promise<Evaluation> {
  const files = (await readdir(LABELS)).filter((f) => f.endsWith('.yaml')).sort();
  const seeds: Row[] = [];
  const own: Row[] = [];
  let merged: Row | undefined;
  for (const file of files) {
    const name = basename(file, '.yaml');
    const label = await labelIn(resolve(LABELS, file));
    if (name === MERGED) {
      const corpus = await corpusOf(SEED_NAMES.map((s) => resolve(SEEDS, `${s}.txt`)), name, onFailure);
      merged = { name, score: scoreEntities(corpus, label) };
      continue;
    }
    const path = articlePath(name);
    const row = { name, score: scoreArticle(await corpusOf([path], name, onFailure), label) };
    (path.startsWith(OWN_ARTICLES) ? own : seeds).push(row);
  }
  const heldOut = await heldOutRows(onFailure);
  return {
    seeds,
    own,
    heldOut,
    merged,
    seedsOverall: combine(seeds.map((r) => r.score)),
    ownOverall: combine(own.map((r) => r.score)),
    heldOutOverall: combine(heldOut.map((r) => r.score)),
  };
}
