/**
 * The search over entities, claims and sources, on the index files
 * (files.ts) loaded as a query needs them: the vocabulary first, then the
 * shards of the words the query matched, then the chunks of the hits shown.
 * Fuse.js ranks the names, where typos and diacritics matter ("Bayraktr",
 * "erdogan", "zelenski"); its defaults over-match badly, so its settings are
 * tight and tested in tests/search/. Nothing scans every record.
 *
 * A search is written as steps that each yield the files they need next:
 * the browser fetches them (openSearch), the tests and the bench read them
 * from memory at once (memory.ts), through the same code.
 */
import Fuse, { type FuseResult, type IFuseOptions } from 'fuse.js';
import type { ClaimDocument, EntityDocument, SourceDocument } from './documents.ts';
import { foldKey } from '../pipeline/entities/normalize.ts';
import {
  chunkOf,
  claimChunkPath,
  fromGaps,
  frontDecode,
  nameSlug,
  shardOf,
  shardPath,
  sourceChunkPath,
  vocabularyPath,
  type ClaimEntry,
  type ShardFile,
  type SourceEntry,
  type VocabularyFile,
} from './files.ts';
import { matchEvery, Vocabulary, wordsOf, type MatchedPostings, type TextMatch, type WordMatch } from './vocabulary.ts';

export interface Highlight {
  key: string;
  value: string;
  /** Inclusive character ranges of the matched words in `value`. */
  ranges: [number, number][];
}

export interface Hit<T> {
  item: T;
  /** 0 is a perfect match, 1 no match at all. */
  score: number;
  highlights: Highlight[];
}

export interface SearchResults {
  entities: Hit<EntityDocument>[];
  /** The claim hits asked for (the first `shown`, or the `claims` window), best first. */
  claims: Hit<ClaimDocument>[];
  sources: Hit<SourceDocument>[];
  /** Hits found in each group, up to the limit: more than the lists hold when fewer are shown. */
  found: { entities: number; claims: number; sources: number };
  /** When nothing matched: the entities whose names are closest to the query. */
  suggestions: EntityDocument[];
}

/** A run of one group's hits: `count` of them from place `from` (0 is the best hit). */
export interface HitWindow {
  from: number;
  count: number;
}

export interface SearchOptions {
  /** Hits a group at most. */
  limit?: number;
  /** Claim and source hits to load and return, the best first; the rest are only counted. */
  shown?: number;
  /** The claim hits to load in place of the first `shown`: a later batch of the results page. */
  claims?: HitWindow;
  /** Likewise for the source hits. */
  sources?: HitWindow;
}

export interface Search {
  /** Loads the vocabulary, which every query needs first. */
  ready(): Promise<void>;
  search(query: string, options?: SearchOptions): Promise<SearchResults>;
}

/** Steps of work that yield the paths of the index files they need next, and go on once those are loaded. */
export type Steps<T> = Generator<string[], T, void>;

const COMMON: IFuseOptions<unknown> = {
  ignoreLocation: true,
  ignoreDiacritics: true,
  includeMatches: true,
  includeScore: true,
  minMatchCharLength: 2,
};

/** Names forgive one or two typos; a name outranks an alias. */
export const ENTITY_OPTIONS: IFuseOptions<EntityDocument> = {
  ...COMMON,
  threshold: 0.3,
  keys: [
    { name: 'name', weight: 3 },
    { name: 'aliases', weight: 2 },
  ],
};

/** How loose a suggestion for a query that found nothing may be. */
const SUGGESTION_THRESHOLD = 0.6;
/** An entity this close to the query brings its claims along. */
const ENTITY_CLAIMS_SCORE = 0.2;
/** Entities Fuse.js ranks for one query at most: those sharing the most query words. */
const MAX_CANDIDATES = 400;
/** Words looked at for suggestions, a query word. */
const SUGGESTION_WORDS = 8;
const MAX_QUERY_WORDS = 8;

function hit<T>(result: FuseResult<T>): Hit<T> {
  return {
    item: result.item,
    score: result.score ?? 1,
    highlights: (result.matches ?? []).map((m) => ({ key: m.key ?? '', value: m.value ?? '', ranges: m.indices.map(([a, b]) => [a, b] as [number, number]) })),
  };
}

/** Ranges of the words of `text` that fold to one of `words`: what a result shows as matched. */
export function wordRanges(text: string, words: ReadonlySet<string>): [number, number][] {
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) if (words.has(foldKey(m[0]))) ranges.push([m.index, m.index + m[0].length - 1]);
  return ranges;
}

/** An entity of a shard, with the claims by or about it. */
interface LoadedEntity {
  document: EntityDocument;
  claims: readonly number[];
}

/** What a shard gives for one vocabulary word. */
interface LoadedWord {
  entities: readonly LoadedEntity[];
  claims: readonly number[];
  sources: readonly number[];
}

function readShard(file: ShardFile): LoadedWord[] {
  const entities = file.entities.map(([, name, aliases, kind, claims, gaps, id]): LoadedEntity => ({
    document: { id: id ?? nameSlug(name), name, aliases, kind, claims },
    claims: fromGaps(gaps),
  }));
  return file.words.map(([named, claims, sources]) => ({ entities: named.map((i) => entities[i]!), claims: fromGaps(claims), sources: fromGaps(sources) }));
}

const readClaim = ([id, quote, asserter, status, entityIds]: ClaimEntry): ClaimDocument => ({ id, quote, asserter, asserterId: entityIds[0] ?? '', status, entityIds });
const readSource = ([id, title, kind, outlet, date]: SourceEntry): SourceDocument => ({ id, title, kind, outlet: outlet ?? undefined, date: date ?? undefined });

/** "Atesh" is not in "United States": a name matches where one of its words begins (a first-letter typo allowed). */
function matchesAtWordStart(h: Hit<EntityDocument>): boolean {
  return h.highlights.some((m) => m.ranges.some(([from]) => from === 0 || /[^\p{L}\p{N}]/u.test(m.value[from - 1] ?? ' ') || from >= 2 && /[^\p{L}\p{N}]/u.test(m.value[from - 2] ?? ' ')));
}

/** The score of a text match: what its words cost, against what a query of that many words may cost. */
const textScore = (cost: number, queryWords: number): number => Math.min(1, 0.1 + cost / (queryWords * 3));

/** Claims and sources found by their words: number, score, the words to mark. */
interface Found {
  number: number;
  score: number;
  words: string[];
}

/** A claim or source found, its matched words marked in the fields shown. */
function textHit<T extends ClaimDocument | SourceDocument>(item: T, { score, words }: Found, keys: readonly (keyof T & string)[]): Hit<T> {
  const marked = new Set(words);
  const highlights = keys.map((key) => ({ key, value: String(item[key]), ranges: wordRanges(String(item[key]), marked) }));
  return { item, score, highlights: highlights.filter((h) => h.ranges.length > 0) };
}

const NOTHING: SearchResults = { entities: [], claims: [], sources: [], found: { entities: 0, claims: 0, sources: 0 }, suggestions: [] };

/**
 * The search over the index files put in with `add`. Its steps yield the
 * paths missing for the next step; whoever runs them adds those files.
 */
export class SearchIndex {
  private readonly files = new Map<string, unknown>();
  private readonly shards = new Map<string, LoadedWord[]>();
  private opened: { vocabulary: Vocabulary; file: VocabularyFile } | undefined;

  add(path: string, content: unknown): void {
    this.files.set(path, content);
  }

  /** Waits for the files of `paths` that are not in yet. */
  private *need(paths: readonly string[]): Steps<void> {
    const missing = [...new Set(paths)].filter((path) => !this.files.has(path));
    if (missing.length > 0) yield missing;
  }

  private file<T>(path: string): T {
    if (!this.files.has(path)) throw new Error(`search file ${path} is not loaded`);
    return this.files.get(path) as T;
  }

  /** Loads the vocabulary, which every query needs first. */
  *ready(): Steps<void> {
    yield* this.open();
  }

  private *open(): Steps<{ vocabulary: Vocabulary; file: VocabularyFile }> {
    yield* this.need([vocabularyPath]);
    if (this.opened === undefined) {
      const file = this.file<VocabularyFile>(vocabularyPath);
      this.opened = { file, vocabulary: new Vocabulary(frontDecode(file.words), file.common) };
    }
    return this.opened;
  }

  /** What the shards say of each of the matched words, in their order. */
  private *wordEntries(starts: readonly number[], matches: readonly WordMatch[]): Steps<LoadedWord[]> {
    const places = matches.map((m) => {
      const shard = shardOf(m.position, starts);
      return { path: shardPath(shard), at: m.position - starts[shard]! };
    });
    yield* this.need(places.map((p) => p.path));
    return places.map(({ path, at }) => {
      let shard = this.shards.get(path);
      if (shard === undefined) this.shards.set(path, (shard = readShard(this.file<ShardFile>(path))));
      return shard[at]!;
    });
  }

  /** The items of some claim or source numbers, from their chunks. */
  private *chunkItems<E, T>(numbers: readonly number[], perChunk: number, path: (chunk: number) => string, read: (entry: E) => T): Steps<T[]> {
    const places = numbers.map((n) => chunkOf(n, perChunk));
    yield* this.need(places.map((p) => path(p.chunk)));
    return places.map((p) => read(this.file<E[]>(path(p.chunk))[p.at]!));
  }

  /**
   * Entities named with the matched words, ranked by Fuse.js: those sharing
   * the most query words first, if there are too many. With `wholeWords`,
   * also those whose names hold every query word or a close form of it,
   * which Fuse.js misses when two letters are swapped ("Kriby", "Turmp").
   */
  private rankEntities(query: string, queryWords: readonly string[], perQueryWord: readonly (readonly WordMatch[])[], loaded: readonly (readonly LoadedWord[])[], options: IFuseOptions<EntityDocument>, limit: number, wholeWords: boolean): Hit<EntityDocument>[] {
    const shared = new Map<string, { document: EntityDocument; words: number; cost: number; whole: number; matched: Set<string> }>();
    perQueryWord.forEach((matches, i) => {
      const here = new Map<LoadedEntity, WordMatch>();
      matches.forEach((match, j) => {
        for (const entity of loaded[i]![j]!.entities) if ((here.get(entity)?.cost ?? Infinity) > match.cost) here.set(entity, match);
      });
      for (const [entity, match] of here) {
        const seen = shared.get(entity.document.id) ?? { document: entity.document, words: 0, cost: 0, whole: 0, matched: new Set<string>() };
        seen.words += 1;
        seen.cost += match.cost;
        // A typo in a word of four letters makes another word ("said", "sad"): only Fuse.js may judge it.
        if (!match.beginning && (match.cost < 1 || queryWords[i]!.length >= 5)) seen.whole += 1;
        seen.matched.add(match.word);
        shared.set(entity.document.id, seen);
      }
    });
    const candidates = [...shared.values()].sort((a, b) => b.words - a.words || a.cost - b.cost).slice(0, MAX_CANDIDATES);
    const hits = new Fuse(candidates.map((c) => c.document), options).search(query, { limit }).map(hit);
    if (wholeWords) {
      const ranked = new Map(hits.map((h) => [h.item.id, h]));
      for (const c of candidates) {
        if (c.whole < queryWords.length) continue;
        // An edit costs a whole word what it costs Fuse.js in a name of about ten letters, a swap included.
        const score = 0.05 + (0.1 * c.cost) / queryWords.length;
        const fused = ranked.get(c.document.id);
        if (fused !== undefined) fused.score = Math.min(fused.score, score);
        if (fused !== undefined || score > (options.threshold ?? 0)) continue;
        const highlights = [
          { key: 'name', value: c.document.name, ranges: wordRanges(c.document.name, c.matched) },
          ...c.document.aliases.map((alias) => ({ key: 'aliases', value: alias, ranges: wordRanges(alias, c.matched) })),
        ];
        hits.push({ item: c.document, score, highlights: highlights.filter((h) => h.ranges.length > 0) });
      }
    }
    return hits.sort((a, b) => a.score - b.score).slice(0, limit);
  }

  *search(query: string, { limit = 50, shown = limit, claims: claimWindow, sources: sourceWindow }: SearchOptions = {}): Steps<SearchResults> {
    const q = query.trim().slice(0, 200);
    if (q.length < 2) return NOTHING;
    const { vocabulary, file: index } = yield* this.open();
    const lookups = [...new Set(wordsOf(q))].slice(0, MAX_QUERY_WORDS).map((word) => ({ word, ...vocabulary.lookup(word) }));
    const queryWords = lookups.map((l) => l.word);
    const nameMatches = lookups.map((l) => l.names);
    // A common word narrows no text ("the", or "russia" in news of the war); the others must each match.
    const textLookups = lookups.filter((l) => !l.common);
    const matches = textLookups.map((l) => l.words);
    // Every shard the query needs, fetched at once.
    yield* this.need([...matches, ...nameMatches].flat().map((m) => shardPath(shardOf(m.position, index.shards))));
    const loaded: LoadedWord[][] = [];
    for (const m of matches) loaded.push(yield* this.wordEntries(index.shards, m));
    const named: LoadedWord[][] = [];
    for (const m of nameMatches) named.push(yield* this.wordEntries(index.shards, m));

    const entityHits = this.rankEntities(q, queryWords, nameMatches, named, ENTITY_OPTIONS, limit, true).filter(matchesAtWordStart);
    const postings = (pick: (w: LoadedWord) => readonly number[]): MatchedPostings[] => matches.map((m, i) => m.map((match, j) => ({ ...match, numbers: pick(loaded[i]![j]!) })));
    const byText = (found: TextMatch[]): Found[] => found.map((m) => ({ number: m.number, score: textScore(m.cost, textLookups.length), words: m.words }));

    const claimHits = new Map(byText(matchEvery(postings((w) => w.claims), limit)).map((f) => [f.number, f]));
    // The claims of a matching entity, even when the quote calls it "he" or "the group".
    const strong = entityHits.filter((e) => e.score <= ENTITY_CLAIMS_SCORE);
    const strongIds = new Set(strong.map((h) => h.item.id));
    const claimsOf = new Map<string, readonly number[]>();
    for (const word of named.flat()) for (const e of word.entities) if (strongIds.has(e.document.id)) claimsOf.set(e.document.id, e.claims);
    for (const h of strong) {
      for (const number of claimsOf.get(h.item.id) ?? []) {
        const seen = claimHits.get(number);
        if (seen === undefined) claimHits.set(number, { number, score: h.score + 0.05, words: [] });
        else seen.score = Math.min(seen.score, h.score + 0.05);
      }
    }
    const claimsFound = [...claimHits.values()].sort((a, b) => a.score - b.score || a.number - b.number).slice(0, limit);
    const sourcesFound = byText(matchEvery(postings((w) => w.sources), limit));

    const inWindow = <T>(found: T[], { from, count }: HitWindow = { from: 0, count: shown }): T[] => found.slice(from, from + count);
    const shownClaims = inWindow(claimsFound, claimWindow);
    const shownSources = inWindow(sourcesFound, sourceWindow);
    yield* this.need([
      ...shownClaims.map((f) => claimChunkPath(chunkOf(f.number, index.claims.perChunk).chunk)),
      ...shownSources.map((f) => sourceChunkPath(chunkOf(f.number, index.sources.perChunk).chunk)),
    ]);
    const claims = yield* this.chunkItems(shownClaims.map((f) => f.number), index.claims.perChunk, claimChunkPath, readClaim);
    const sources = yield* this.chunkItems(shownSources.map((f) => f.number), index.sources.perChunk, sourceChunkPath, readSource);
    const results: SearchResults = {
      entities: entityHits,
      claims: claims.map((item, i) => textHit(item, shownClaims[i]!, ['quote', 'asserter'])),
      sources: sources.map((item, i) => textHit(item, shownSources[i]!, ['title'])),
      found: { entities: entityHits.length, claims: claimsFound.length, sources: sourcesFound.length },
      suggestions: [],
    };
    if (entityHits.length + claimsFound.length + sourcesFound.length === 0) {
      const near = queryWords.flatMap((w) => vocabulary.near(w, SUGGESTION_WORDS));
      const loadedNear = yield* this.wordEntries(index.shards, near);
      results.suggestions = this.rankEntities(q, queryWords, [near], [loadedNear], { ...ENTITY_OPTIONS, threshold: SUGGESTION_THRESHOLD, includeMatches: false }, 3, false).map((h) => h.item);
    }
    return results;
  }
}

/** Runs steps, loading what each needs with `load` before the next. */
export async function runSteps<T>(steps: Steps<T>, load: (paths: string[]) => Promise<void>): Promise<T> {
  let step = steps.next();
  while (!step.done) {
    await load(step.value);
    step = steps.next();
  }
  return step.value;
}

/** Fetches one index file (a path of files.ts) and parses its JSON. */
export type LoadFile = (path: string) => Promise<unknown>;

/** A search over the index files that `load` fetches as queries need them, each once; a failed fetch is tried again by the next query. */
export function openSearch(load: LoadFile): Search {
  const index = new SearchIndex();
  const pending = new Map<string, Promise<void>>();
  const fetchOnce = (path: string): Promise<void> => {
    let loading = pending.get(path);
    if (loading === undefined) {
      loading = load(path).then(
        (content) => index.add(path, content),
        (error: unknown) => {
          pending.delete(path);
          throw error;
        },
      );
      pending.set(path, loading);
    }
    return loading;
  };
  const loadAll = async (paths: string[]): Promise<void> => void (await Promise.all(paths.map(fetchOnce)));
  return {
    ready: () => runSteps(index.ready(), loadAll),
    search: (query, options) => runSteps(index.search(query, options), loadAll),
  };
}
