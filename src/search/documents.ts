/**
 * What search looks through, made from the records at build time: one small
 * document per entity, claim and source, with the words a reader types and
 * the address of the page to open. Shipped to the browser as a static file.
 */
import type { Corpus } from '../pipeline/schema.ts';

export interface EntityDocument {
  id: string;
  name: string;
  aliases: string[];
  kind: string;
  /** Claims made by the entity, to rank and describe it. */
  claims: number;
}

export interface ClaimDocument {
  id: string;
  quote: string;
  asserter: string;
  asserterId: string;
  status: string;
  /** Entities the claim is by or about: a search for a name finds its claims even when the quote says "he". */
  entityIds: string[];
}

export interface SourceDocument {
  id: string;
  title: string;
  kind: 'article' | 'cited';
  outlet: string | undefined;
  date: string | undefined;
}

export interface SearchDocuments {
  entities: EntityDocument[];
  claims: ClaimDocument[];
  sources: SourceDocument[];
}

export function searchDocuments(corpus: Corpus): SearchDocuments {
  const names = new Map(corpus.entities.map((e) => [e.id, e.name]));
  const claimCount = new Map<string, number>();
  for (const claim of corpus.claims) claimCount.set(claim.asserterId, (claimCount.get(claim.asserterId) ?? 0) + 1);
  return {
    entities: corpus.entities.map((e) => ({ id: e.id, name: e.name, aliases: e.aliases, kind: e.kind, claims: claimCount.get(e.id) ?? 0 })),
    claims: corpus.claims.map((c) => ({
      id: c.id,
      quote: c.quote,
      asserter: names.get(c.asserterId) ?? c.asserterText,
      asserterId: c.asserterId,
      status: c.status,
      entityIds: [c.asserterId, ...c.subjects],
    })),
    sources: corpus.sources.map((s) => ({ id: s.id, title: s.title, kind: s.kind, outlet: s.outlet, date: s.date })),
  };
}
