import { describe, expect, it } from 'vitest';
import { digestOf } from '../../../src/site/page-keys/digest.ts';
import { accusation, denial } from '../../support/small-records.ts';

describe('digestOf', () => {
  it('is the same for equal data and differs where anything differs, however deep', () => {
    const copy = structuredClone(accusation);
    expect(digestOf([accusation, { n: 1 }])).toBe(digestOf([copy, { n: 1 }]));
    const changed = structuredClone(accusation);
    (changed.evidence[0] as { text: string }).text += '!';
    expect(digestOf([changed, { n: 1 }])).not.toBe(digestOf([accusation, { n: 1 }]));
    expect(digestOf([accusation, denial])).not.toBe(digestOf([denial, accusation]));
    expect(digestOf({ count: 1 })).not.toBe(digestOf({ count: '1' }));
  });

  it('tells a record from a list of records, and an empty value from a missing one', () => {
    expect(digestOf(accusation)).not.toBe(digestOf([accusation]));
    expect(digestOf([])).not.toBe(digestOf(null));
    expect(digestOf({ a: undefined, b: 1 })).toBe(digestOf({ b: 1 }));
  });

  it('refuses what is not plain data, which would serialize the same whatever it holds', () => {
    expect(() => digestOf(new Map([['a', 1]]))).toThrow(/a Map/u);
    expect(() => digestOf({ list: [new Set()] })).toThrow(/a Set/u);
    expect(() => digestOf({ f: () => 1 })).toThrow(/a function/u);
  });
});
