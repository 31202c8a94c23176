/**
 * `npm run eval`: scores the pipeline against the hand-labelled articles and
 * prints a table per article, overall rows for the seeds and for the
 * project's own articles, and a last line holding one JSON object with the
 * overall figures.
 */
import type { Score } from '../eval/score.ts';
import { evaluate, type Row } from '../eval/run.ts';
import { reportFailure } from './report.ts';

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
  const { seeds, own, heldOut, merged, seedsOverall, ownOverall, heldOutOverall } = await evaluate((name, error) => reportFailure(`eval ${name}`, error));
  printTable('Seeds', merged === undefined ? seeds : [...seeds, merged], { name: 'OVERALL seeds', score: seedsOverall });
  printTable('Own articles', own, { name: 'OVERALL own', score: ownOverall });
  printTable('Held-out articles', heldOut, { name: 'OVERALL held-out', score: heldOutOverall });
  console.log('\n(overall seeds excludes seeds-merged, which is scored on entities and merges only)');
  console.log(JSON.stringify({
    seeds: summary(seedsOverall),
    seedsMerged: merged === undefined ? null : summary(merged.score),
    own: summary(ownOverall),
    heldOut: summary(heldOutOverall),
  }));
  return 0;
}

main().then((code) => (process.exitCode = code), (error: unknown) => (process.exitCode = reportFailure('eval', error)));
