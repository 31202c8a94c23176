import { describe, expect, it } from 'vitest';
import { Records } from '../../src/site/records.ts';
import { accusation, article, corpus, denial, party, unrelated } from '../support/small-records.ts';

describe('Records', () => {
  const records = new Records(corpus);

  it('pairs a claim with its denial, both ways', () => {
    expect(records.counterClaims(accusation.id).map((c) => c.id)).toEqual(['denial']);
    expect(records.counterClaims(denial.id).map((c) => c.id)).toEqual(['accusation']);
    expect(records.counterClaims(unrelated.id)).toEqual([]);
  });

  it('gives a quote the sentence before and after it', () => {
    const { before, sentences, after } = records.context(denial.id);
    expect([before?.id, sentences.map((s) => s.id), after?.id]).toEqual(['p1s1', ['p2s1'], 'p3s1']);
    expect(records.context(accusation.id).before).toBeUndefined();
  });

  it('lists the claims nearest to a claim in the text, never the claim itself', () => {
    expect(records.near(records.claims, accusation, 1).map((c) => c.id)).toEqual(['denial']);
    expect(records.near(records.claims, unrelated, 1).map((c) => c.id)).toEqual(['denial']);
    expect(records.near(records.claims, denial, 5).map((c) => c.id)).toEqual(['accusation', 'unrelated']);
    expect(records.near(records.claimsBy('officials'), unrelated, 5).map((c) => c.id)).toEqual(['accusation']);
  });

  it('names the entities an article names, and those named with one, by id, name and kind alone', () => {
    const mentioned = (id: string, text: string) => ({ ...party(id), mentions: [{ sourceId: 'a', sentenceId: 'p2s1', text, start: 0, end: text.length }] });
    const named = new Records({ ...corpus, entities: [mentioned('kyiv', 'Kyiv'), mentioned('spokesman', 'a spokesman')] });
    expect(named.named('kyiv')).toEqual({ id: 'kyiv', name: 'kyiv', kind: 'organization' });
    expect(named.named('kyiv')).toBe(named.named('kyiv'));
    expect(named.entitiesIn('a').map(({ item }) => item)).toEqual([named.named('kyiv'), named.named('spokesman')]);
    expect(named.coMentioned('kyiv')).toEqual([{ item: named.named('spokesman'), count: 1 }]);
    expect(() => named.named('nobody')).toThrow(/no entity with id nobody/u);
  });

  it('builds the page of a status every claim has, which the status index and the home page link to', () => {
    const alike = new Records({ sources: [article], claims: [denial, unrelated], entities: [party('kyiv'), party('officials')] });
    const paths = alike.facets.listings().map((l) => l.path);
    expect(alike.claims.every((c) => c.status === 'unassessed')).toBe(true);
    expect(paths).toContain('/claims/status/unassessed/');
    // An asserter whose claims all have one status has one page for both filters.
    expect(paths).not.toContain('/claims/asserter/kyiv/status/unassessed/');
    expect(alike.facets.path({ by: { facet: 'asserter', value: 'kyiv' }, status: 'unassessed' })).toBe('/claims/asserter/kyiv/');
  });
});
