/**
 * The search index files (see files.ts), made at build time from the search
 * documents: path → JSON text, the same for the same documents.
 */
import type { SearchDocuments } from './documents.ts';
import {
  claimChunkPath,
  frontCode,
  nameSlug,
  shardPath,
  sourceChunkPath,
  toGaps,
  vocabularyPath,
  type ClaimEntry,
  type EntityEntry,
  type ShardFile,
  type SourceEntry,
  type VocabularyFile,
  type WordEntry,
} from './files.ts';
import { wordsOf } from './vocabulary.ts';

export interface FileSizes {
  /** Characters of JSON a shard holds at most, about: a shard ends after the word that passes it. */
  shardBytes: number;
  claimsPerChunk: number;
  sourcesPerChunk: number;
}

export const FILE_SIZES: FileSizes = { shardBytes: 24_000, claimsPerChunk: 32, sourcesPerChunk: 64 };

/** A word in more than this share of the texts is common, once there are enough texts to say so. */
const COMMON_SHARE = 0.15;
const COMMON_MIN_TEXTS = 1000;

/**
 * Entities filed under one word at most: a word of thousands of names
 * ("ministry") keeps those with the most claims, so that its shard does not
 * carry them all; every entity stays filed under its rarest word at least.
 */
const MAX_NAMED = 200;

/** For each word, the numbers of the items whose texts hold it, ascending. */
function postings(texts: readonly string[]): Map<string, number[]> {
  const byWord = new Map<string, number[]>();
  texts.forEach((text, n) => {
    for (const word of new Set(wordsOf(text))) {
      const list = byWord.get(word);
      if (list) list.push(n);
      else byWord.set(word, [n]);
    }
  });
  return byWord;
}

function capFilings(filings: ReadonlyMap<string, number[]>, weight: readonly number[]): Map<string, number[]> {
  const capped = new Map<string, number[]>();
  const filed = new Set<number>();
  const rarest = new Map<number, string>();
  for (const [word, numbers] of filings) {
    for (const n of numbers) {
      const best = rarest.get(n);
      if (best === undefined || numbers.length < filings.get(best)!.length || (numbers.length === filings.get(best)!.length && word < best)) rarest.set(n, word);
    }
    const kept = numbers.length <= MAX_NAMED ? numbers : [...numbers].sort((a, b) => weight[b]! - weight[a]! || a - b).slice(0, MAX_NAMED);
    for (const n of kept) filed.add(n);
    capped.set(word, kept);
  }
  for (const [n, word] of rarest) if (!filed.has(n)) capped.get(word)!.push(n);
  for (const numbers of capped.values()) numbers.sort((a, b) => a - b);
  return capped;
}

function chunks<T, E>(items: readonly T[], perChunk: number, path: (chunk: number) => string, entry: (item: T) => E): [string, string][] {
  const files: [string, string][] = [];
  for (let from = 0; from < items.length; from += perChunk) files.push([path(from / perChunk), JSON.stringify(items.slice(from, from + perChunk).map(entry))]);
  return files;
}

/** What the index files hold of one vocabulary word: entity, claim and source numbers, ascending. */
interface Filed {
  entities: number[];
  claims: number[];
  sources: number[];
}

/** Entity entries, each with the numbers of the claims by or about it. */
function entityEntries({ entities, claims }: SearchDocuments): { entries: EntityEntry[]; claimCounts: number[] } {
  const numberOf = new Map(entities.map((e, n) => [e.id, n]));
  const claimsOf: number[][] = entities.map(() => []);
  claims.forEach((claim, n) => {
    for (const id of new Set(claim.entityIds)) {
      const entity = numberOf.get(id);
      if (entity !== undefined) claimsOf[entity]!.push(n);
    }
  });
  const entries = entities.map((e, n): EntityEntry => {
    const entry: EntityEntry = [n, e.name, e.aliases, e.kind, e.claims, toGaps(claimsOf[n]!)];
    if (e.id !== nameSlug(e.name)) entry.push(e.id);
    return entry;
  });
  return { entries, claimCounts: claimsOf.map((list) => list.length) };
}

/** Where each shard starts: the vocabulary cut, in order, into runs of about `shardBytes` of JSON. */
function shardStarts(words: readonly string[], filed: readonly Filed[], entryBytes: readonly number[], shardBytes: number): number[] {
  const starts: number[] = [];
  let filled = Infinity;
  filed.forEach((entry, i) => {
    if (filled >= shardBytes) {
      starts.push(i);
      filled = 0;
    }
    filled += words[i]!.length + JSON.stringify(toGaps(entry.claims)).length + JSON.stringify(toGaps(entry.sources)).length;
    for (const n of entry.entities) filled += entryBytes[n]!;
  });
  return starts;
}

/** A shard: the entries of the entities its words name, once each, and its words' entries. */
function shardFile(run: readonly Filed[], entries: readonly EntityEntry[]): ShardFile {
  const present = [...new Set(run.flatMap((entry) => entry.entities))].sort((a, b) => a - b);
  const place = new Map(present.map((n, i) => [n, i]));
  return {
    entities: present.map((n) => entries[n]!),
    words: run.map((entry): WordEntry => [entry.entities.map((n) => place.get(n)!), toGaps(entry.claims), toGaps(entry.sources)]),
  };
}

export function searchFiles(documents: SearchDocuments, sizes: FileSizes = FILE_SIZES): Map<string, string> {
  const { entities, claims, sources } = documents;
  const claimPostings = postings(claims.map((c) => `${c.quote} ${c.asserter}`));
  const sourcePostings = postings(sources.map((s) => `${s.title} ${s.outlet ?? ''}`));
  const entityPostings = postings(entities.map((e) => [e.name, ...e.aliases].join(' ')));
  const words = [...new Set([...claimPostings.keys(), ...sourcePostings.keys(), ...entityPostings.keys()])].sort();

  const texts = claims.length + sources.length;
  const common = new Set(texts < COMMON_MIN_TEXTS ? [] : words.filter((word) => (claimPostings.get(word)?.length ?? 0) + (sourcePostings.get(word)?.length ?? 0) > COMMON_SHARE * texts));
  const { entries, claimCounts } = entityEntries(documents);
  const named = capFilings(entityPostings, claimCounts);
  // A common word is still a name's ("Russia" in news of the war): only texts are not filed under it.
  const filed = words.map((word): Filed => ({ entities: named.get(word) ?? [], claims: common.has(word) ? [] : (claimPostings.get(word) ?? []), sources: common.has(word) ? [] : (sourcePostings.get(word) ?? []) }));
  const starts = shardStarts(words, filed, entries.map((entry) => JSON.stringify(entry).length), sizes.shardBytes);

  const vocabulary: VocabularyFile = {
    words: frontCode(words),
    common: words.flatMap((word, i) => (common.has(word) ? [i] : [])),
    shards: starts,
    claims: { count: claims.length, perChunk: sizes.claimsPerChunk },
    sources: { count: sources.length, perChunk: sizes.sourcesPerChunk },
    entities: entities.length,
  };
  // The vocabulary first, as a search fetches it first.
  const files = new Map([[vocabularyPath, JSON.stringify(vocabulary)]]);
  starts.forEach((start, shard) => files.set(shardPath(shard), JSON.stringify(shardFile(filed.slice(start, starts[shard + 1] ?? words.length), entries))));
  for (const [path, text] of chunks(claims, sizes.claimsPerChunk, claimChunkPath, (c): ClaimEntry => [c.id, c.quote, c.asserter, c.status, c.entityIds])) files.set(path, text);
  for (const [path, text] of chunks(sources, sizes.sourcesPerChunk, sourceChunkPath, (s): SourceEntry => [s.id, s.title, s.kind, s.outlet ?? null, s.date ?? null])) files.set(path, text);
  return files;
}
