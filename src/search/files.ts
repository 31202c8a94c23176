/**
 * The search index as the browser downloads it: many small static files
 * rather than one, so that a query fetches only what it needs.
 *
 * - `vocabulary.json`, fetched first: every indexed word (of names, quotes,
 *   asserters, titles and outlets), folded and sorted. A query word is looked
 *   up here, exactly, as a prefix or with a typo, before any other file.
 * - `words/<n>.json`, the shards: the sorted vocabulary cut into runs of
 *   about the same size. For each of its words a shard holds the entities
 *   named with it (whole: name, aliases, kind, their claims) and the claims
 *   and sources whose text holds it. A query fetches the shards of the words
 *   it matched, which need not start with the letters it typed.
 * - `claims/<n>.json` and `sources/<n>.json`: what a result shows (quote,
 *   asserter, status; title, outlet, date) in fixed-size chunks by number,
 *   fetched only for the hits shown.
 *
 * Shared by the build (build-files.ts) and the browser (engine.ts), so it
 * holds only plain data and pure functions.
 */
import { foldKey } from '../pipeline/entities/normalize.ts';

export const vocabularyPath = 'vocabulary.json';
export const shardPath = (shard: number): string => `words/${shard}.json`;
export const claimChunkPath = (chunk: number): string => `claims/${chunk}.json`;
export const sourceChunkPath = (chunk: number): string => `sources/${chunk}.json`;

export interface VocabularyFile {
  /** Every indexed word, folded (foldKey), sorted by code unit, front-coded (frontCode). */
  words: string;
  /** Positions of the words too common to narrow a search ("the", "said" in a large corpus): only entities are filed under them, no claim or source. */
  common: number[];
  /** Position of the first word of each shard; shard n holds the words from shards[n] to shards[n + 1]. */
  shards: number[];
  claims: { count: number; perChunk: number };
  sources: { count: number; perChunk: number };
  entities: number;
}

/**
 * An entity as a shard carries it: number, name, aliases, kind, claims it
 * made, the numbers of the claims by or about it (as gaps), and its id when
 * that is not the slug of its name.
 */
export type EntityEntry = [number, string, string[], string, number, number[], string?];

/** Per word of a shard: positions in the shard's `entities` of those named with it, then claim and source numbers as gaps. */
export type WordEntry = [number[], number[], number[]];

export interface ShardFile {
  entities: EntityEntry[];
  /** One entry a word, in vocabulary order from the shard's first word. */
  words: WordEntry[];
}

/** A claim as a chunk carries it: id, quote, asserter's name, status, ids of the entities it is by (first) and about. */
export type ClaimEntry = [string, string, string, string, string[]];
/** A source as a chunk carries it: id, title, kind, outlet, date (null when unknown). */
export type SourceEntry = [string, string, 'article' | 'cited', string | null, string | null];

/** Ascending numbers as the first and then the differences: small numbers, which JSON and gzip keep short. */
export function toGaps(sorted: readonly number[]): number[] {
  return sorted.map((n, i) => (i === 0 ? n : n - sorted[i - 1]!));
}

export function fromGaps(gaps: readonly number[]): number[] {
  const numbers: number[] = [];
  let at = 0;
  for (const gap of gaps) numbers.push((at += gap));
  return numbers;
}

/** Letters a front-coded word may share with the one before, at most: one letter ("A" to "Z") says how many. */
const MAX_SHARED = 25;

/**
 * Sorted words, each as the number of first letters it shares with the word
 * before (a letter: "A" none, "B" one…) and the letters after those, joined
 * by spaces: "drone drones dronov" → "Adrone Fs Eov". Neighbours in a sorted
 * vocabulary share much, which gzip alone does not squeeze out.
 */
export function frontCode(sorted: readonly string[]): string {
  return sorted
    .map((word, i) => {
      const before = sorted[i - 1] ?? '';
      let shared = 0;
      while (shared < MAX_SHARED && shared < word.length && word[shared] === before[shared]) shared++;
      return String.fromCharCode(65 + shared) + word.slice(shared);
    })
    .join(' ');
}

export function frontDecode(text: string): string[] {
  const words: string[] = [];
  if (text === '') return words;
  let before = '';
  for (const entry of text.split(' ')) {
    before = before.slice(0, entry.charCodeAt(0) - 65) + entry.slice(1);
    words.push(before);
  }
  return words;
}

/** The shard holding the word at `position` of the vocabulary: the last shard starting at or before it. */
export function shardOf(position: number, starts: readonly number[]): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= position) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The chunk of a claim or source number, and its place in the chunk. */
export const chunkOf = (number: number, perChunk: number): { chunk: number; at: number } => ({ chunk: Math.floor(number / perChunk), at: number % perChunk });

/** The id an entity gets from its name, which its entry then leaves out. */
export const nameSlug = (name: string): string => foldKey(name).replaceAll(' ', '-');
