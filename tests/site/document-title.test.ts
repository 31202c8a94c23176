import { describe, expect, it } from 'vitest';
import { documentTitle } from '../../src/site/text.ts';

describe('documentTitle', () => {
  it('adds the site name where the whole fits in 70 characters', () => {
    expect(documentTitle('Claims')).toBe('Claims · News Claims Explorer');
  });

  it('keeps a long title alone, cut at a word within 70 characters', () => {
    const headline = 'Russia may use Bayraktar TB2 drones in fake plot for Ukraine war: US';
    expect(documentTitle(headline)).toBe(headline);
    const quote = `Claim by John Kirby: “${'the drones were launched in a coordinated attack '.repeat(2)}”`;
    expect(documentTitle(quote)).toBe('Claim by John Kirby: “the drones were launched in a coordinated…');
    expect(documentTitle(quote).length).toBeLessThanOrEqual(70);
  });
});
