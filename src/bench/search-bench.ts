/**
 * Search figures, in Node, on the split index the browser downloads: the
 * bytes of its files (raw and gzip), the bytes a fresh page downloads before
 * a query's results show, the latency of name, claim-text and misspelled
 * queries, and whether the misspelled ones still found their word.
 */
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Corpus } from '../pipeline/schema.ts';
import { foldKey } from '../pipeline/entities/normalize.ts';
import { searchFiles } from '../search/build-files.ts';
import { searchDocuments, type SearchDocuments } from '../search/documents.ts';
import type { SearchResults } from '../search/engine.ts';
import { frontDecode, vocabularyPath, type VocabularyFile } from '../search/files.ts';
import { memorySearch } from '../search/memory.ts';
import { wordsOf } from '../search/vocabulary.ts';
import { pick, seededRandom } from './random.ts';
import { round } from './round.ts';

/** The index files of a corpus as the build writes them under /search-index/: path → JSON text. */
export const searchFilesOf = (corpus: Corpus): Map<string, string> => searchFiles(searchDocuments(corpus));

export interface Spread {
  p50: number;
  p95: number;
}

export interface FileBytes {
  bytes: number;
  gzipBytes: number;
}

export interface IndexFigures extends FileBytes {
  files: number;
  /** Fetched first, by every search. */
  vocabulary: FileBytes & { words: number };
  shards: { count: number; largest: FileBytes; medianGzipBytes: number };
  claimChunks: { count: number; largest: FileBytes };
  sourceChunks: { count: number; largest: FileBytes };
}

export type QueryKind = 'name' | 'claimText' | 'misspelled' | 'misspelledText';

export interface BenchQuery {
  kind: QueryKind;
  query: string;
  /** For a misspelled query, the folded word it misspells: found when a result shows it. */
  target?: string;
}

/** Latency and typo recall of the bench queries, in Node or in Chromium. */
export interface QueryFigures {
  claims: number;
  entities: number;
  /** Milliseconds of a query's first run in a session, loading the files it is the first to need. */
  firstLatency: Record<QueryKind, Spread>;
  /** Milliseconds of the same query run again, its files loaded: the work of the search itself. */
  latency: Record<QueryKind, Spread>;
  /** Share of the misspelled queries whose word shows among the first three suggestions of its group (names; claims, in quote or asserter). */
  typoRecall: { misspelled: number; misspelledText: number };
}

export interface SearchFigures extends QueryFigures {
  sources: number;
  /** All index files together. */
  indexBytes: number;
  indexGzipBytes: number;
  index: IndexFigures;
  /** The search script (engine and Fuse.js), minified. */
  engine: FileBytes;
  /** Gzip bytes a fresh page downloads before a query's suggestions show: the engine, the vocabulary, the shards, the chunks of the first three hits. */
  beforeResults: Record<QueryKind, Spread>;
}

/** A query's two runs and what the second found. */
export interface TimedQuery {
  first: number;
  again: number;
  results: Pick<SearchResults, 'entities' | 'claims'>;
}

/** The figures of timed queries, `timed[i]` of `queries[i]`. */
export function queryFigures(documents: SearchDocuments, queries: readonly BenchQuery[], timed: readonly TimedQuery[]): QueryFigures {
  const found = timed.map((t, i) => foundTarget(t.results as SearchResults, queries[i]!));
  const recall = byKind(queries, found, (f) => round(f.filter(Boolean).length / Math.max(1, f.length))) as Record<QueryKind, number>;
  return {
    claims: documents.claims.length,
    entities: documents.entities.length,
    firstLatency: byKind(queries, timed.map((t) => t.first), spread),
    latency: byKind(queries, timed.map((t) => t.again), spread),
    typoRecall: { misspelled: recall.misspelled, misspelledText: recall.misspelledText },
  };
}

/** Suggestions a group shows, as the header box does. */
export const SHOWN = 3;
const KINDS: QueryKind[] = ['name', 'claimText', 'misspelled', 'misspelledText'];

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: round(percentile(sorted, 0.5)), p95: round(percentile(sorted, 0.95)) };
}

/** One letter dropped from the middle ("Stoltnberg") or two swapped there ("Stolteneberg" → "Stoltneberg"), by turns. */
export function misspell(word: string, swap: boolean): string {
  const at = Math.floor(word.length / 2);
  if (swap && word[at] !== word[at - 1]) return word.slice(0, at - 1) + word[at] + word[at - 1] + word.slice(at + 1);
  return word.slice(0, at) + word.slice(at + 1);
}

/** Misspelling forgives words of five letters or more: a shorter one with a typo is another word. */
const MISSPELLABLE = /^\p{L}{5,}$/u;

/** `runs` queries of each kind, drawn from the documents with a fixed seed: the same on every run and in both benches. */
export function benchQueries(documents: SearchDocuments, runs: number): BenchQuery[] {
  const random = seededRandom(7);
  const lastWord = (name: string): string => name.split(/\s+/u).at(-1) ?? name;
  const longWords = (text: string): string[] => text.split(/\s+/u).filter((w) => MISSPELLABLE.test(w) && w.length > 5);
  const draw = <T>(make: () => T | undefined): T => {
    for (let tries = 0; tries < 1000; tries++) {
      const made = make();
      if (made !== undefined) return made;
    }
    throw new Error('the documents have no word to make a bench query of');
  };
  const queries: BenchQuery[] = [];
  for (let i = 0; i < runs; i++) {
    queries.push({ kind: 'name', query: lastWord(pick(random, documents.entities).name) });
    queries.push({ kind: 'claimText', query: draw(() => longWords(pick(random, documents.claims).quote).slice(0, 2).join(' ') || undefined) });
    const name = draw(() => [lastWord(pick(random, documents.entities).name)].find((w) => MISSPELLABLE.test(w)));
    queries.push({ kind: 'misspelled', query: misspell(name, i % 2 === 1), target: foldKey(name) });
    const word = draw(() => longWords(pick(random, documents.claims).quote)[0]);
    queries.push({ kind: 'misspelledText', query: misspell(word, i % 2 === 1), target: foldKey(word) });
  }
  return queries;
}

/** Whether a misspelled query's word shows among the first suggestions: in a name for a name, in a claim (its quote or asserter) for claim text. */
export function foundTarget(results: SearchResults, { kind, target }: BenchQuery): boolean {
  if (target === undefined) return true;
  const texts = kind === 'misspelled' ? results.entities.slice(0, SHOWN).flatMap((h) => [h.item.name, ...h.item.aliases]) : results.claims.slice(0, SHOWN).map((h) => `${h.item.quote} ${h.item.asserter}`);
  return texts.some((text) => wordsOf(text).includes(target));
}

let bundled: string | undefined;

/** The search engine with Fuse.js as one minified script that sets `searchEngine` (openSearch, SearchIndex): what the browser runs. */
export function engineBundle(): string {
  bundled ??= buildSync({
    entryPoints: [fileURLToPath(new URL('../search/engine.ts', import.meta.url))],
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'searchEngine',
    target: 'es2022',
    write: false,
  }).outputFiles[0]!.text;
  return bundled;
}

const sizeOf = (text: string): FileBytes => ({ bytes: Buffer.byteLength(text), gzipBytes: gzipSync(text).length });

export function indexFigures(files: ReadonlyMap<string, string>, sizes = new Map([...files].map(([path, text]) => [path, sizeOf(text)]))): IndexFigures {
  const group = (prefix: string): FileBytes[] => [...sizes].filter(([path]) => path.startsWith(prefix)).map(([, size]) => size);
  const largest = (all: FileBytes[]): FileBytes => all.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a), { bytes: 0, gzipBytes: 0 });
  const [shards, claimChunks, sourceChunks] = [group('words/'), group('claims/'), group('sources/')];
  const vocabulary = frontDecode((JSON.parse(files.get(vocabularyPath) ?? '{"words":""}') as VocabularyFile).words);
  return {
    files: files.size,
    bytes: [...sizes.values()].reduce((sum, s) => sum + s.bytes, 0),
    gzipBytes: [...sizes.values()].reduce((sum, s) => sum + s.gzipBytes, 0),
    vocabulary: { ...(sizes.get(vocabularyPath) ?? { bytes: 0, gzipBytes: 0 }), words: vocabulary.length },
    shards: { count: shards.length, largest: largest(shards), medianGzipBytes: spread(shards.map((s) => s.gzipBytes)).p50 },
    claimChunks: { count: claimChunks.length, largest: largest(claimChunks) },
    sourceChunks: { count: sourceChunks.length, largest: largest(sourceChunks) },
  };
}

function byKind<T>(queries: readonly BenchQuery[], values: readonly T[], summary: (values: T[]) => number | Spread): Record<QueryKind, never> {
  return Object.fromEntries(KINDS.map((kind) => [kind, summary(values.filter((_, i) => queries[i]!.kind === kind))])) as Record<QueryKind, never>;
}

export function measureSearch(documents: SearchDocuments, runs = 60): SearchFigures {
  const files = searchFiles(documents);
  const sizes = new Map([...files].map(([path, text]) => [path, sizeOf(text)]));
  const index = indexFigures(files, sizes);
  const engine = sizeOf(engineBundle());
  const queries = benchQueries(documents, runs);

  // Each query on a fresh page: what it downloads before its suggestions show.
  const downloaded = queries.map(({ query }) => {
    let bytes = engine.gzipBytes;
    memorySearch(files, (path) => (bytes += sizes.get(path)!.gzipBytes)).search(query, { shown: SHOWN });
    return bytes;
  });

  // One session for all queries, as a page that is searched again and again.
  const session = memorySearch(files);
  const timed = queries.map(({ query }): TimedQuery => {
    let start = performance.now();
    session.search(query, { shown: SHOWN });
    const first = performance.now() - start;
    start = performance.now();
    const results = session.search(query, { shown: SHOWN });
    return { first, again: performance.now() - start, results };
  });
  return {
    ...queryFigures(documents, queries, timed),
    sources: documents.sources.length,
    indexBytes: index.bytes,
    indexGzipBytes: index.gzipBytes,
    index,
    engine,
    beforeResults: byKind(queries, downloaded, spread),
  };
}
