import { describe, expect, it } from 'vitest';
import type { ArticleSource, Claim, Corpus, Entity } from '../../src/pipeline/schema.ts';
import { Records } from '../../src/site/records.ts';

const article: ArticleSource = {
  id: 'a',
  kind: 'article',
  title: 'A',
  file: 'articles/a.md',
  related: [],
  paragraphs: [
    { id: 'p1', kind: 'paragraph', sentences: [{ id: 'p1s1', text: 'Officials said Kyiv did it.' }] },
    { id: 'p2', kind: 'paragraph', sentences: [{ id: 'p2s1', text: 'Kyiv denied it, a spokesman said.' }] },
    { id: 'p3', kind: 'paragraph', sentences: [{ id: 'p3s1', text: 'Nothing more.' }] },
  ],
};

function claim(id: string, sentenceId: string, asserterId: string, evidence: Claim['evidence'] = []): Claim {
  return {
    id,
    sourceId: 'a',
    sentenceIds: [sentenceId],
    quote: 'q',
    asserterId,
    asserterText: asserterId,
    cue: 'said',
    cueSpan: { start: 0, end: 4 },
    rule: 'reporting-verb',
    mode: 'reported',
    subjects: [],
    status: evidence[0]?.status ?? 'unassessed',
    evidence,
    overrides: [],
  };
}

const accusation = claim('accusation', 'p1s1', 'officials', [
  { sourceId: 'a', sentenceId: 'p2s1', text: 'Kyiv denied it, a spokesman said.', status: 'denied', marker: 'denied', entityId: 'kyiv' },
]);
const denial = claim('denial', 'p2s1', 'kyiv');
const unrelated = claim('unrelated', 'p3s1', 'officials');
const corpus: Corpus = { sources: [article], claims: [accusation, denial, unrelated], entities: [] };

describe('Records', () => {
  const records = new Records(corpus);

  it('pairs a claim with its denial, both ways', () => {
    expect(records.counterClaims(accusation).map((c) => c.id)).toEqual(['denial']);
    expect(records.counterClaims(denial).map((c) => c.id)).toEqual(['accusation']);
    expect(records.counterClaims(unrelated)).toEqual([]);
  });

  it('gives a quote the sentence before and after it', () => {
    const { before, sentences, after } = records.context(denial);
    expect([before?.id, sentences.map((s) => s.id), after?.id]).toEqual(['p1s1', ['p2s1'], 'p3s1']);
    expect(records.context(accusation).before).toBeUndefined();
  });

  it('lists the claims nearest to a claim in the text, never the claim itself', () => {
    expect(records.near(records.claims, accusation, 1).map((c) => c.id)).toEqual(['denial']);
    expect(records.near(records.claims, unrelated, 1).map((c) => c.id)).toEqual(['denial']);
    expect(records.near(records.claims, denial, 5).map((c) => c.id)).toEqual(['accusation', 'unrelated']);
    expect(records.near(records.claimsBy('officials'), unrelated, 5).map((c) => c.id)).toEqual(['accusation']);
  });

  it('builds the page of a status every claim has, which the status index and the home page link to', () => {
    const party = (id: string): Entity => ({ id, name: id, kind: 'organization', aliases: [], descriptors: [], mentions: [], overrides: [] });
    const alike = new Records({ sources: [article], claims: [denial, unrelated], entities: [party('kyiv'), party('officials')] });
    const paths = alike.facets.listings().map((l) => l.path);
    expect(alike.claims.every((c) => c.status === 'unassessed')).toBe(true);
    expect(paths).toContain('/claims/status/unassessed/');
    // An asserter whose claims all have one status has one page for both filters.
    expect(paths).not.toContain('/claims/asserter/kyiv/status/unassessed/');
    expect(alike.facets.path({ by: { facet: 'asserter', value: 'kyiv' }, status: 'unassessed' })).toBe('/claims/asserter/kyiv/');
  });
});
