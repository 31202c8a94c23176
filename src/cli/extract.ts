/**
 * `npm run --silent extract -- FILE [FILE ...]`: runs the pipeline on raw
 * `.txt` articles and Markdown articles and prints one JSON object
 * `{"sources": [...], "claims": [...], "entities": [...]}` on stdout. Overrides
 * are not applied: they belong to the content folder, not to loose files.
 */
import { resolve } from 'node:path';
import { loadArticles } from '../pipeline/load-files.ts';
import { buildCorpus } from '../pipeline/corpus.ts';
import { reportFailure } from './report.ts';

async function main(): Promise<number> {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: npm run --silent extract -- FILE [FILE ...]');
    return 2;
  }
  const inputs = await loadArticles(files.map((f) => resolve(f)), process.cwd());
  const corpus = buildCorpus(inputs);
  process.stdout.write(`${JSON.stringify({ sources: corpus.sources, claims: corpus.claims, entities: corpus.entities })}\n`);
  return 0;
}

main().then((code) => (process.exitCode = code), (error: unknown) => (process.exitCode = reportFailure('extract', error)));
