/**
 * The search over entities, claims and sources, run in the browser on the
 * static documents. Fuse.js does the fuzzy matching of names, where typos
 * and diacritics matter ("Bayraktr", "erdogan", "zelenski"); its defaults
 * over-match badly, so each group has its own tight settings, tested in
 * tests/search/.
 */
import Fuse, { type FuseResult, type IFuseOptions } from 'fuse.js';
import type { ClaimDocument, EntityDocument, SearchDocuments, SourceDocument } from './documents.ts';

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

/** Long texts need a tighter threshold, or every quote matches some three letters. */
export const CLAIM_OPTIONS: IFuseOptions<ClaimDocument> = {
  ...COMMON,
  threshold: 0.15,
  minMatchCharLength: 3,
  keys: [
    { name: 'asserter', weight: 3 },
    { name: 'quote', weight: 1 },
    { name: 'status', weight: 0.5 },
  ],
};

export const SOURCE_OPTIONS: IFuseOptions<SourceDocument> = {
  ...COMMON,
  threshold: 0.25,
  keys: [
    { name: 'title', weight: 2 },
    { name: 'outlet', weight: 1 },
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

export function createSearch(documents: SearchDocuments): Search {
  const entities = new Fuse(documents.entities, ENTITY_OPTIONS);
  const claims = new Fuse(documents.claims, CLAIM_OPTIONS);
  const sources = new Fuse(documents.sources, SOURCE_OPTIONS);
  const loose = new Fuse(documents.entities, { ...ENTITY_OPTIONS, threshold: SUGGESTION_THRESHOLD, includeMatches: false });

  return {
    search(query, limit = 50) {
      const q = query.trim().slice(0, 200);
      if (q.length < 2) return { entities: [], claims: [], sources: [], suggestions: [] };
      const entityHits = entities.search(q, { limit }).map(hit);
      // The claims of a matching entity, even when the quote calls it "he" or "the group".
      const close = new Map(entityHits.filter((h) => h.score <= ENTITY_CLAIMS_SCORE).map((h) => [h.item.id, h.score]));
      const byEntity: Hit<ClaimDocument>[] = documents.claims
        .filter((c) => c.entityIds.some((id) => close.has(id)))
        .map((c) => ({ item: c, score: Math.min(...c.entityIds.map((id) => close.get(id) ?? 1)) + 0.05, highlights: [] }));
      const byText = claims.search(q, { limit }).map(hit);
      const claimHits = mergeHits(byText, byEntity).slice(0, limit);
      const sourceHits = sources.search(q, { limit }).map(hit);
      const empty = entityHits.length + claimHits.length + sourceHits.length === 0;
      const suggestions = empty ? loose.search(q, { limit: 3 }).map((r) => r.item.name) : [];
      return { entities: entityHits, claims: claimHits, sources: sourceHits, suggestions };
    },
  };
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
