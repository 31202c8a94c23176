/**
 * The split index: routing of words to shards and of numbers to chunks,
 * files that are the same on every build, nothing lost between the records
 * and the files, and the same answers however finely the index is cut.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { buildContentCorpus } from '../../src/pipeline/content-corpus.ts';
import { FILE_SIZES, searchFiles } from '../../src/search/build-files.ts';
import { searchDocuments, type SearchDocuments } from '../../src/search/documents.ts';
import {
  chunkOf,
  claimChunkPath,
  fromGaps,
  frontCode,
  frontDecode,
  shardOf,
  shardPath,
  sourceChunkPath,
  toGaps,
  vocabularyPath,
  type ClaimEntry,
  type ShardFile,
  type SourceEntry,
  type VocabularyFile,
} from '../../src/search/files.ts';
import { createSearch, memorySearch } from '../../src/search/memory.ts';
import { wordsOf } from '../../src/search/vocabulary.ts';

/** Cut small, so that the three articles make many shards and chunks. */
const FINE = { shardBytes: 400, claimsPerChunk: 4, sourcesPerChunk: 2 };

let documents: SearchDocuments;
let files: Map<string, string>;
const json = <T>(path: string): T => JSON.parse(files.get(path)!) as T;

beforeAll(async () => {
  documents = searchDocuments(await buildContentCorpus(fileURLToPath(new URL('../../content/', import.meta.url))));
  files = searchFiles(documents, FINE);
}, 60_000);

describe('routing', () => {
  it('sends a word to the last shard starting at or before its place in the vocabulary', () => {
    const starts = [0, 3, 7];
    expect([0, 2, 3, 6, 7, 100].map((position) => shardOf(position, starts))).toEqual([0, 0, 1, 1, 2, 2]);
    expect(shardOf(0, [0])).toBe(0);
  });

  it('sends a number to its chunk and place', () => {
    expect(chunkOf(0, 32)).toEqual({ chunk: 0, at: 0 });
    expect(chunkOf(70, 32)).toEqual({ chunk: 2, at: 6 });
  });

  it('writes ascending numbers as gaps and reads them back', () => {
    expect(toGaps([3, 5, 9, 10])).toEqual([3, 2, 4, 1]);
    expect(fromGaps(toGaps([3, 5, 9, 10]))).toEqual([3, 5, 9, 10]);
    expect(fromGaps([])).toEqual([]);
  });

  it('front-codes sorted words and reads them back, long shared beginnings and odd letters included', () => {
    const words = ['drone', 'drones', 'dronov', 'internationalisationally', 'internationalisationalness', 'zelenskyy', 'ølstad'].sort();
    expect(frontCode(['drone', 'drones', 'dronov'])).toBe('Adrone Fs Eov');
    expect(frontDecode(frontCode(words))).toEqual(words);
    expect(frontDecode(frontCode([]))).toEqual([]);
  });
});

describe('the index files', () => {
  it('are the same on every build', () => {
    const again = searchFiles(structuredClone(documents), FINE);
    expect([...again.keys()]).toEqual([...files.keys()]);
    for (const [path, text] of again) expect(text, path).toBe(files.get(path));
  });

  it('cut the sorted vocabulary into shards that hold each word once, in order', () => {
    const vocabulary = json<VocabularyFile>(vocabularyPath);
    const words = frontDecode(vocabulary.words);
    expect(words).toEqual([...new Set(words)].sort());
    expect(vocabulary.shards[0]).toBe(0);
    expect(vocabulary.shards.length).toBeGreaterThan(5);
    vocabulary.shards.forEach((start, shard) => {
      expect(json<ShardFile>(shardPath(shard)).words).toHaveLength((vocabulary.shards[shard + 1] ?? words.length) - start);
    });
    expect([...files.keys()].filter((path) => path.startsWith('words/'))).toHaveLength(vocabulary.shards.length);
  });

  it('lose nothing: every claim and source is in its chunk and filed under each of its words, every entity under one of its words with its claims', () => {
    const vocabulary = json<VocabularyFile>(vocabularyPath);
    const words = frontDecode(vocabulary.words);
    const entry = (word: string) => {
      const position = words.indexOf(word);
      const shard = shardOf(position, vocabulary.shards);
      const file = json<ShardFile>(shardPath(shard));
      const [named, claims, sources] = file.words[position - vocabulary.shards[shard]!]!;
      return { entities: named.map((i) => file.entities[i]!), claims: fromGaps(claims), sources: fromGaps(sources) };
    };
    documents.claims.forEach((claim, n) => {
      const { chunk, at } = chunkOf(n, FINE.claimsPerChunk);
      expect(json<ClaimEntry[]>(claimChunkPath(chunk))[at]).toEqual([claim.id, claim.quote, claim.asserter, claim.status, claim.entityIds]);
      for (const word of wordsOf(`${claim.quote} ${claim.asserter}`)) expect(entry(word).claims, `${claim.id} under "${word}"`).toContain(n);
    });
    documents.sources.forEach((source, n) => {
      const { chunk, at } = chunkOf(n, FINE.sourcesPerChunk);
      expect(json<SourceEntry[]>(sourceChunkPath(chunk))[at]?.[0]).toBe(source.id);
      for (const word of wordsOf(`${source.title} ${source.outlet ?? ''}`)) expect(entry(word).sources).toContain(n);
    });
    documents.entities.forEach((entity, n) => {
      const filed = wordsOf([entity.name, ...entity.aliases].join(' ')).flatMap((word) => entry(word).entities.filter((e) => e[0] === n));
      expect(filed.length, entity.id).toBeGreaterThan(0);
      const claims = documents.claims.flatMap((c, i) => (c.entityIds.includes(entity.id) ? [i] : []));
      expect(fromGaps(filed[0]![5])).toEqual(claims);
    });
    expect(vocabulary.common).toEqual([]);
  });
});

describe('search through the split index', () => {
  const queries = ['Atesh', 'Bayraktr', 'bayraktar tb2', 'erdogan', 'zelenski', 'Kriby', 'Kirby said', 'drones', 'dornes turkey', 'ukranian', 'Stoltenburg', 'qxzvv', 'the group'];

  it('answers as the index in one shard does, however finely it is cut', () => {
    const fine = memorySearch(files);
    const whole = createSearch(documents, { ...FILE_SIZES, shardBytes: Infinity });
    for (const query of queries) expect(fine.search(query), query).toEqual(whole.search(query));
  });

  it('finds a name with a letter dropped or two swapped, and a claim by a word of its quote', () => {
    const search = memorySearch(files);
    expect(search.search('Bayraktr').entities[0]?.item.name).toBe('Bayraktar TB2');
    const kirby = search.search('Kriby');
    expect(kirby.entities[0]?.item.name).toBe('John Kirby');
    expect(kirby.claims.filter((h) => h.item.asserter === 'John Kirby').length).toBeGreaterThanOrEqual(3);
    const drones = search.search('drones');
    expect(drones.claims.length).toBeGreaterThan(0);
    expect(drones.claims.every((h) => /drone/iu.test(h.item.quote))).toBe(true);
  });

  it('fetches the vocabulary, the shards of the words matched and the chunks of the hits shown, not the rest', () => {
    const loaded: string[] = [];
    const results = memorySearch(files, (path) => loaded.push(path)).search('Kirby', { shown: 2 });
    expect(loaded[0]).toBe(vocabularyPath);
    expect(results.found.claims).toBeGreaterThan(2);
    expect(results.claims).toHaveLength(2);
    const chunks = loaded.filter((path) => path.startsWith('claims/'));
    expect(chunks.length).toBeLessThanOrEqual(2);
    expect(loaded.length).toBeLessThan(files.size / 2);
  });

  it('loads a later window of claim hits from the chunks of those hits alone, and no source chunk for an empty window', () => {
    const all = memorySearch(files).search('russia');
    expect(all.found.claims).toBeGreaterThan(5);
    const loaded: string[] = [];
    const later = memorySearch(files, (path) => loaded.push(path)).search('russia', { claims: { from: 2, count: 3 }, sources: { from: 0, count: 0 } });
    expect(later.claims).toEqual(all.claims.slice(2, 5));
    expect(later.sources).toEqual([]);
    expect(later.found).toEqual(all.found);
    const numbers = new Map(documents.claims.map((claim, n) => [claim.id, n]));
    const chunks = new Set(later.claims.map((h) => claimChunkPath(chunkOf(numbers.get(h.item.id)!, FINE.claimsPerChunk).chunk)));
    expect(loaded.filter((path) => path.startsWith('claims/')).toSorted()).toEqual([...chunks].toSorted());
    expect(loaded.some((path) => path.startsWith('sources/'))).toBe(false);
  });
});

describe('common words', () => {
  // Enough texts for a word in all of them to count as common; "drones" is in a tenth of them.
  const many: SearchDocuments = {
    entities: [{ id: 'kirby', name: 'Kirby', aliases: [], kind: 'person', claims: 0 }],
    claims: Array.from({ length: 1200 }, (_, i) => ({
      id: `c${i}`,
      quote: `The ${['drones', 'ships', 'tanks', 'jets', 'boats', 'guns', 'planes', 'trucks', 'mines', 'radars'][i % 10]} moved ${i}`,
      asserter: 'Kirby',
      asserterId: 'kirby',
      status: 'unverified',
      entityIds: ['kirby'],
    })),
    sources: [],
  };

  it('narrow no text: no claim is filed under them and a query leaves them out, but a name with one is found', () => {
    const vocabulary = JSON.parse(searchFiles(many).get(vocabularyPath)!) as VocabularyFile;
    expect(vocabulary.common.map((i) => frontDecode(vocabulary.words)[i])).toEqual(['kirby', 'moved', 'the']);
    const search = createSearch(many);
    expect(search.search('the drones', { limit: 500 }).found.claims).toBe(120);
    expect(search.search('drones moved').claims).toEqual(search.search('drones').claims);
    expect(search.search('the').found.claims).toBe(0);
    expect(search.search('Kirby').entities[0]?.item.id).toBe('kirby');
    // A typo of a common word is as common.
    expect(search.search('moevd drones', { limit: 500 }).found.claims).toBe(120);
  });
});
