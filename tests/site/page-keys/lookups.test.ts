import { describe, expect, it } from 'vitest';
import { lookupKey, runLookup, trackedRecords } from '../../../src/site/page-keys/lookups.ts';
import { Records } from '../../../src/site/records.ts';
import { accusation, article, corpus, denial, party } from '../../support/small-records.ts';

const records = new Records({ ...corpus, entities: [party('kyiv'), party('officials')] });

function tracking(): { seen: string[]; tracked: Records } {
  const seen: string[] = [];
  return { seen, tracked: trackedRecords(records, (key) => seen.push(key)) };
}

describe('trackedRecords', () => {
  it('notes each method called with its arguments, and gives what the records give', () => {
    const { seen, tracked } = tracking();
    expect(tracked.counterClaims(accusation.id)).toEqual(records.counterClaims(accusation.id));
    expect(tracked.moreBy(denial.id, 3)).toEqual(records.moreBy(denial.id, 3));
    expect(seen).toEqual([lookupKey('counterClaims', [accusation.id]), lookupKey('moreBy', [denial.id, 3])]);
  });

  it('notes the properties read, and looks through an object of methods (the filters) a method at a time', () => {
    const { seen, tracked } = tracking();
    expect(tracked.articles).toBe(records.articles);
    const filter = { status: 'denied' };
    expect(tracked.facets.claims(filter)).toEqual(records.facets.claims(filter));
    expect(seen).toEqual([lookupKey('articles'), lookupKey('facets.claims', [filter])]);
  });

  it('notes nothing for what the records do not have, such as the `then` that `await` asks for', async () => {
    const { seen, tracked } = tracking();
    expect(await Promise.resolve(tracked)).toBe(tracked);
    expect(seen).toEqual([]);
  });

  it('refuses a record or a list as an argument, naming the lookup', () => {
    const { tracked } = tracking();
    expect(() => tracked.near(records.claims, accusation, 1)).toThrow(/records\.near\(\): argument 1 must be an id/u);
    expect(() => tracked.context(article as never)).toThrow(/records\.context\(\): argument 1/u);
  });
});

describe('runLookup', () => {
  it('gives, from a key alone, what the lookup gave when it was noted', () => {
    const { seen, tracked } = tracking();
    const given = [tracked.context(denial.id), tracked.facets.sidebar({ by: { facet: 'asserter', value: 'kyiv' } }), tracked.claims, tracked.entity('kyiv')];
    expect(seen.map((key) => runLookup(records, key))).toEqual(given);
  });

  it('fails for a record that is gone, as the lookup itself would', () => {
    expect(() => runLookup(records, lookupKey('claim', ['no-such-claim']))).toThrow(/no claim with id no-such-claim/u);
  });
});
