/**
 * `npm run eval`: runs the pipeline on every labelled article in
 * `tests/eval/labels/`, scores it and prints a table per article, overall rows
 * for the seeds and for the project's own articles, and a last line holding
 * one JSON object with the overall figures.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parse } from 'yaml';
import { loadArticles } from '../pipeline/load-files.ts';
import { buildCorpus } from '../pipeline/corpus.ts';
import type { Corpus } from '../pipeline/schema.ts';
import { combine, Label, scoreArticle, scoreEntities, type Score } from '../eval/score.ts';
import { reportFailure } from './report.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const LABELS = resolve(ROOT, 'tests/eval/labels');
const OWN_ARTICLES = resolve(ROOT, 'tests/eval/articles');
const SEEDS = resolve(ROOT, '../shared/seeds');
const MERGED = 'seeds-merged';
const SEED_NAMES = ['000_edfa66d2eba7859d', '001_7002152354c7df6b', '002_a1de6b8a233f47ea'];

interface Row { name: string; score: Score }

function articlePath(name: string): string {
  const own = resolve(OWN_ARTICLES, `${name}.txt`);
  return existsSync(own) ? own : resolve(SEEDS, `${name}.txt`);
}

/** A failing article is scored against an empty corpus, so the table still shows it (as all misses). */
async function corpusOf(paths: string[], name: string): Promise<Corpus> {
  try {
    return buildCorpus(await loadArticles(paths, ROOT));
  } catch (error) {
    reportFailure(`eval ${name}`, error);
    return { sources: [], claims: [], entities: [] };
  }
}

const pct = (x: number | null): string => (x === null ? '-' : (100 * x).toFixed(1));
const round = (x: number | null): number | null => (x === null ? null : Math.round(x * 1000) / 1000);

const COLUMNS: [string, number][] = [
  ['article', 24], ['tp/fp/fn', 10], ['P', 6], ['R', 6], ['F1', 6], ['status', 7],
  ['ent R', 6], ['kind', 6], ['merges', 7], ['unlab', 6], ['junk', 5],
];

function line(cells: string[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(COLUMNS[i]![1]) : c.padStart(COLUMNS[i]![1]))).join(' ');
}

function cells({ name, score: s }: Row): string[] {
  const c = s.claims;
  return [
    name, `${c.tp}/${c.fp}/${c.fn}`, pct(c.precision), pct(c.recall), pct(c.f1), pct(s.statusAccuracy),
    pct(s.entities.recall), pct(s.entities.kindAccuracy), `${s.aliasMerges.merged}/${s.aliasMerges.expected}`,
    String(s.entities.unlabelled), String(s.entities.junk),
  ];
}

function printTable(title: string, rows: Row[], overall: Row): void {
  console.log(`\n${title}`);
  console.log(line(COLUMNS.map(([h]) => h)));
  for (const row of rows) console.log(line(cells(row)));
  console.log(line(cells(overall)));
}

function summary(s: Score): object {
  return {
    claims: { tp: s.claims.tp, fp: s.claims.fp, fn: s.claims.fn, precision: round(s.claims.precision), recall: round(s.claims.recall), f1: round(s.claims.f1) },
    statusAccuracy: round(s.statusAccuracy),
    entities: { recall: round(s.entities.recall), kindAccuracy: round(s.entities.kindAccuracy), unlabelled: s.entities.unlabelled, junk: s.entities.junk },
    aliasMerges: s.aliasMerges,
  };
}

async function main(): Promise<number> {
  const files = (await readdir(LABELS)).filter((f) => f.endsWith('.yaml')).sort();
  const seeds: Row[] = [];
  const own: Row[] = [];
  let merged: Row | undefined;
  for (const file of files) {
    const name = basename(file, '.yaml');
    const label = Label.parse(parse(await readFile(resolve(LABELS, file), 'utf8')));
    if (name === MERGED) {
      const corpus = await corpusOf(SEED_NAMES.map((s) => resolve(SEEDS, `${s}.txt`)), name);
      merged = { name, score: scoreEntities(corpus, label) };
      continue;
    }
    const path = articlePath(name);
    const row = { name, score: scoreArticle(await corpusOf([path], name), label) };
    (path.startsWith(OWN_ARTICLES) ? own : seeds).push(row);
  }
  const seedsOverall = combine(seeds.map((r) => r.score));
  const ownOverall = combine(own.map((r) => r.score));
  printTable('Seeds', merged === undefined ? seeds : [...seeds, merged], { name: 'OVERALL seeds', score: seedsOverall });
  printTable('Own articles', own, { name: 'OVERALL own', score: ownOverall });
  console.log('\n(overall seeds excludes seeds-merged, which is scored on entities and merges only)');
  console.log(JSON.stringify({
    seeds: summary(seedsOverall),
    seedsMerged: merged === undefined ? null : summary(merged.score),
    own: summary(ownOverall),
  }));
  return 0;
}

main().then((code) => (process.exitCode = code), (error: unknown) => (process.exitCode = reportFailure('eval', error)));
