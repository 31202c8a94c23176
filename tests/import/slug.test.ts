import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/pipeline/import/slug.ts';
import { Id } from '../../src/pipeline/schema.ts';

describe('slugify', () => {
  it.each([
    ['Russia may use Bayraktar TB2 drones in fake plot for Ukraine war: US', 'russia-may-use-bayraktar-tb2-drones-in-fake-plot-for-ukraine-war-us'],
    ['Türkiye’s Erdoğan meets Zelenskyy in Kyiv', 'turkiyes-erdogan-meets-zelenskyy-in-kyiv'],
    ['Łódź, Straße & Ærø — “ﬁne” ½', 'lodz-strasse-aero-fine-1-2'],
    ['  --Hello,   World!--  ', 'hello-world'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('gives `article` for a title without usable characters', () => {
    expect(slugify('“…” — !!!')).toBe('article');
    expect(slugify('Путин и Си')).toBe('article');
  });

  it('caps a long title at 80 characters on a word boundary', () => {
    const slug = slugify(`${'Lengthy words '.repeat(10)}end`);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^(?:lengthy-words-)*lengthy(?:-words)?$/);
  });

  it('cuts a single overlong word at 80 characters', () => {
    expect(slugify('x'.repeat(100))).toBe('x'.repeat(80));
  });

  it('always gives a valid id', () => {
    for (const title of ['A', '1. not a list', '<script>alert(1)</script>', `${'ab-'.repeat(40)}`, '_ _ _', 'ǅemal İstanbul ǈ']) {
      expect(Id.safeParse(slugify(title)).success).toBe(true);
    }
  });
});
