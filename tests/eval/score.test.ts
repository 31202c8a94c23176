import { describe, expect, it } from 'vitest';
import type { Claim, ClaimStatus, Corpus, Entity, EntityKind } from '../../src/pipeline/schema.ts';
import { asserterNamesMatch, combine, isJunkName, normalizeName, scoreArticle, scoreEntities } from '../../src/eval/score.ts';

function entity(id: string, name: string, aliases: string[] = [], kind: EntityKind = 'person'): Entity {
  return { id, name, kind, aliases, descriptors: [], mentions: [], overrides: [] };
}

let next = 0;
function claim(quote: string, asserterId: string, status: ClaimStatus = 'unassessed'): Claim {
  next++;
  return {
    id: `c${next}`, sourceId: 'a', sentenceIds: ['s1'], quote, asserterId, asserterText: 'x', cue: 'said',
    cueSpan: { start: 0, end: 4 }, rule: 'test', mode: 'direct', subjects: [], status, evidence: [], overrides: [],
  };
}

function corpus(claims: Claim[], entities: Entity[]): Corpus {
  return { sources: [], claims, entities };
}

describe('name normalisation', () => {
  it('folds case, diacritics and a leading "the"', () => {
    expect(normalizeName('The  Sørlandet ')).toBe(normalizeName('sorlandet'));
    expect(normalizeName('René Mamani')).toBe('rene mamani');
  });

  it('accepts whole-word containment but not part of a word', () => {
    expect(asserterNamesMatch('Halden', 'Halden Aerostructures Inc.')).toBe(true);
    expect(asserterNamesMatch('Russia', 'Russian officials')).toBe(false);
    expect(asserterNamesMatch('Kirby', 'John Kirby')).toBe(true);
  });
});

describe('claim matching', () => {
  const kirby = entity('john-kirby', 'John Kirby', ['Kirby']);
  const pentagon = entity('pentagon', 'Pentagon', [], 'organization');

  it('counts a claim whose asserter matches through an alias, with quotes and spaces normalised', () => {
    const c = corpus([claim('He said  “it is false” today.', 'kirby-alias')], [entity('kirby-alias', 'Spokesman', ['Kirby'])]);
    const s = scoreArticle(c, { article: 'x', claims: [{ sentence: 'said "it is false"', asserter: 'John Kirby' }] });
    expect(s.claims).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
  });

  it('counts a claim whose asserter is written as the label lists the labelled entity, but no alias by containment', () => {
    const ministry = entity('ministry', 'Russia’s Ministry of Defence', [], 'organization');
    const health = entity('health', 'Ministry of Health', [], 'organization');
    const c = corpus([claim('The ministry said 40 drones were downed.', 'ministry'), claim('The ministry said 12 clinics shut.', 'health')], [ministry, health]);
    const labelled = { name: 'Russian Ministry of Defence', kind: 'organization' as const, aliases: ["Russia's Ministry of Defence", 'the ministry'] };
    const s = scoreArticle(c, {
      article: 'x',
      claims: [{ sentence: '40 drones were downed', asserter: 'Russian Ministry of Defence' }, { sentence: '12 clinics shut', asserter: 'Russian Ministry of Defence' }],
      entities: [labelled],
    });
    expect(s.claims).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });

  it('scores a wrong asserter as both a false positive and a false negative', () => {
    const c = corpus([claim('The plan was a pretext.', 'pentagon')], [kirby, pentagon]);
    const s = scoreArticle(c, { article: 'x', claims: [{ sentence: 'The plan was a pretext', asserter: 'John Kirby' }] });
    expect(s.claims).toMatchObject({ tp: 0, fp: 1, fn: 1, precision: 0, recall: 0, f1: 0 });
  });

  it('does not match a claim whose quote lacks the labelled sentence', () => {
    const c = corpus([claim('Something else entirely.', 'john-kirby')], [kirby]);
    const s = scoreArticle(c, { article: 'x', claims: [{ sentence: 'The plan was a pretext', asserter: 'Kirby' }] });
    expect(s.claims.tp).toBe(0);
  });

  it('matches each label at most once and each claim at most once', () => {
    const one = corpus([claim('Russia plans an attack.', 'john-kirby')], [kirby]);
    const twice = { sentence: 'Russia plans an attack', asserter: 'Kirby' };
    const s = scoreArticle(one, { article: 'x', claims: [twice, twice] });
    expect(s.claims).toMatchObject({ tp: 1, fp: 0, fn: 1 });

    const two = corpus([claim('Russia plans an attack.', 'john-kirby'), claim('Russia plans an attack.', 'john-kirby')], [kirby]);
    expect(scoreArticle(two, { article: 'x', claims: [twice] }).claims).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });

  it('finds the one-to-one matching a greedy choice would miss', () => {
    // Label 1 fits both claims, label 2 only the first: both can match only if label 1 takes the second.
    const c = corpus([claim('A and B happened.', 'john-kirby'), claim('A happened.', 'john-kirby')], [kirby]);
    const s = scoreArticle(c, {
      article: 'x',
      claims: [{ sentence: 'A', asserter: 'Kirby' }, { sentence: 'A and B', asserter: 'Kirby' }],
    });
    expect(s.claims).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });

  it('measures status accuracy on matched claims only', () => {
    const c = corpus(
      [claim('First claim.', 'john-kirby', 'denied'), claim('Second claim.', 'john-kirby', 'confirmed')],
      [kirby],
    );
    const s = scoreArticle(c, {
      article: 'x',
      claims: [
        { sentence: 'First claim', asserter: 'Kirby', status: 'denied' },
        { sentence: 'Second claim', asserter: 'Kirby', status: 'unverified' },
        { sentence: 'Missing claim', asserter: 'Kirby', status: 'confirmed' },
      ],
    });
    expect(s.claims.tp).toBe(2);
    expect(s.statusAccuracy).toBe(0.5);
  });
});

describe('entities and alias merges', () => {
  const labels = {
    article: 'x',
    entities: [
      { name: 'North Atlantic Alliance', kind: 'organization' as const, aliases: ['NATO'] },
      { name: 'Volodymyr Zelenskyy', kind: 'person' as const, aliases: ['Zelensky'] },
      { name: 'Tula', kind: 'place' as const, aliases: [] },
    ],
  };

  it('finds labels by name or alias and checks the kind of the found ones', () => {
    const c = corpus([], [entity('nato', 'NATO', [], 'organization'), entity('zelensky', 'Zelensky', [], 'place')]);
    const s = scoreEntities(c, labels);
    expect(s.entities.found).toBe(2);
    expect(s.entities.recall).toBeCloseTo(2 / 3);
    expect(s.entities.kindAccuracy).toBe(0.5);
  });

  it('counts a merge only when the name and every alias land on one entity', () => {
    const split = corpus([], [entity('a', 'North Atlantic Alliance', [], 'organization'), entity('b', 'NATO', [], 'organization')]);
    expect(scoreEntities(split, labels).aliasMerges).toEqual({ expected: 2, merged: 0 });
    const one = corpus([], [entity('a', 'The North Atlantic Alliance', ['NATO'], 'organization')]);
    expect(scoreEntities(one, labels).aliasMerges).toEqual({ expected: 2, merged: 1 });
  });

  it('counts unlabelled entities and, among them, junk names', () => {
    const c = corpus([], [entity('tula', 'Tula', [], 'place'), entity('the', 'Instead'), entity('links', 'Related Posts'), entity('bob', 'Bob Smith')]);
    const s = scoreEntities(c, labels);
    expect(s.entities).toMatchObject({ unlabelled: 3, junk: 2 });
    expect(isJunkName('According')).toBe(true);
    expect(isJunkName('Turkey')).toBe(false);
  });
});

describe('micro-averaging', () => {
  it('sums counts before computing ratios', () => {
    const kirby = entity('k', 'Kirby');
    const a = scoreArticle(corpus([claim('X.', 'k')], [kirby]), { article: 'a', claims: [{ sentence: 'X', asserter: 'Kirby' }] });
    const b = scoreArticle(corpus([], [kirby]), { article: 'b', claims: [1, 2, 3].map((n) => ({ sentence: `Y${n}`, asserter: 'Kirby' })) });
    expect(combine([a, b]).claims).toMatchObject({ tp: 1, fn: 3, recall: 0.25 });
  });
});
