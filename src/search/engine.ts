/**
 * The search over entities, claims and sources, run in the browser on the
 * static documents. Fuse.js does the fuzzy matching of names, where typos
 * and diacritics matter ("Bayraktr", "erdogan", "zelenski"); its defaults
 * over-match badly, so its settings are tight and tested in tests/search/.
 */
import Fuse, { type FuseResult, type IFuseOptions } from 'fuse.js';
import type { ClaimDocument, EntityDocument, SearchDocuments, SourceDocument } from './documents.ts';
import { foldKey } from '../pipeline/entities/normalize.ts';
import { TrigramIndex } from './trigrams.ts';
import { WordIndex, wordsOf } from './word-index.ts';

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
  claims: Hit<ClaimDocument>[];
  sources: Hit<SourceDocument>[];
  /** When nothing matched: the entity names closest to the query. */
  suggestions: string[];
}

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

function hit<T>(result: FuseResult<T>): Hit<T> {
  return {
    item: result.item,
    score: result.score ?? 1,
    highlights: (result.matches ?? []).map((m) => ({ key: m.key ?? '', value: m.value ?? '', ranges: m.indices.map(([a, b]) => [a, b] as [number, number]) })),
  };
}

export interface Search {
  search(query: string, limit?: number): SearchResults;
}

/** Ranges of the words of `text` that fold to one of `words`: what a result shows as matched. */
export function wordRanges(text: string, words: ReadonlySet<string>): [number, number][] {
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) if (words.has(foldKey(m[0]))) ranges.push([m.index, m.index + m[0].length - 1]);
  return ranges;
}

/**
 * Entities: a trigram index narrows the names, then Fuse.js ranks the few
 * candidates. Claims and sources: a word index finds the texts holding every
 * query word or a close form of it. Nothing scans every record.
 */
export function createSearch(documents: SearchDocuments): Search {
  const names: string[] = [];
  const owners: number[] = [];
  documents.entities.forEach((e, i) => {
    for (const name of [e.name, ...e.aliases]) {
      names.push(name);
      owners.push(i);
    }
  });
  const nameIndex = new TrigramIndex(names);
  const claimIndex = new WordIndex(documents.claims.map((c) => `${c.quote} ${c.asserter}`));
  const sourceIndex = new WordIndex(documents.sources.map((s) => `${s.title} ${s.outlet ?? ''}`));
  const claimsOf = new Map<string, number[]>();
  documents.claims.forEach((c, i) => {
    for (const id of c.entityIds) claimsOf.set(id, [...(claimsOf.get(id) ?? []), i]);
  });

  const entitiesLike = (q: string, options: IFuseOptions<EntityDocument>, limit: number) => {
    const candidates = [...new Set(nameIndex.candidates(q, 0.25, 400).map((i) => owners[i]!))].map((i) => documents.entities[i]!);
    return new Fuse(candidates, options).search(q, { limit });
  };

  return {
    search(query, limit = 50) {
      const q = query.trim().slice(0, 200);
      if (q.length < 2) return { entities: [], claims: [], sources: [], suggestions: [] };
      const entityHits = entitiesLike(q, ENTITY_OPTIONS, limit).map(hit).filter(matchesAtWordStart);
      // The claims of a matching entity, even when the quote calls it "he" or "the group".
      const byEntity: Hit<ClaimDocument>[] = entityHits
        .filter((h) => h.score <= ENTITY_CLAIMS_SCORE)
        .flatMap((h) => (claimsOf.get(h.item.id) ?? []).map((i) => ({ item: documents.claims[i]!, score: h.score + 0.05, highlights: [] })));
      const queryWords = wordsOf(q).length;
      const byText: Hit<ClaimDocument>[] = claimIndex.search(q, limit).map((r) => {
        const item = documents.claims[r.index]!;
        const words = new Set(r.words);
        return {
          item,
          score: Math.min(1, 0.1 + r.cost / (queryWords * 3)),
          highlights: [
            { key: 'quote', value: item.quote, ranges: wordRanges(item.quote, words) },
            { key: 'asserter', value: item.asserter, ranges: wordRanges(item.asserter, words) },
          ].filter((h) => h.ranges.length > 0),
        };
      });
      const claimHits = mergeHits(byText, byEntity).slice(0, limit);
      const sourceHits: Hit<SourceDocument>[] = sourceIndex.search(q, limit).map((r) => {
        const item = documents.sources[r.index]!;
        return { item, score: Math.min(1, 0.1 + r.cost / (queryWords * 3)), highlights: [{ key: 'title', value: item.title, ranges: wordRanges(item.title, new Set(r.words)) }] };
      });
      const empty = entityHits.length + claimHits.length + sourceHits.length === 0;
      const suggestions = empty ? entitiesLike(q, { ...ENTITY_OPTIONS, threshold: SUGGESTION_THRESHOLD, includeMatches: false }, 3).map((r) => r.item.name) : [];
      return { entities: entityHits, claims: claimHits, sources: sourceHits, suggestions };
    },
  };
}

/** "Atesh" is not in "United States": a name matches where one of its words begins (a first-letter typo allowed). */
function matchesAtWordStart(h: Hit<EntityDocument>): boolean {
  return h.highlights.some((m) => m.ranges.some(([from]) => from === 0 || /[^\p{L}\p{N}]/u.test(m.value[from - 1] ?? ' ') || from >= 2 && /[^\p{L}\p{N}]/u.test(m.value[from - 2] ?? ' ')));
}

/** One hit a claim, the better score and the highlights of the text match kept. */
function mergeHits(byText: Hit<ClaimDocument>[], byEntity: Hit<ClaimDocument>[]): Hit<ClaimDocument>[] {
  const merged = new Map<string, Hit<ClaimDocument>>();
  for (const h of [...byText, ...byEntity]) {
    const seen = merged.get(h.item.id);
    if (!seen) merged.set(h.item.id, h);
    else if (h.score < seen.score) merged.set(h.item.id, { ...h, highlights: seen.highlights });
  }
  return [...merged.values()].sort((a, b) => a.score - b.score || a.item.id.localeCompare(b.item.id));
}
