/** Record ids stay unique where a short prefix of the article id would not be enough. */
import { describe, expect, it } from 'vitest';
import { article, corpusOf } from './support.ts';

describe('record ids', () => {
  it('are unique for articles whose ids share a long prefix and for a sentence that stands twice', () => {
    const prefix = 'harbour-authority-says-inspection-of-the-tanker-fleet-continues';
    const text = 'Port officials said the inspection would continue. In a statement, the port authority said no vessel had been detained.';
    const corpus = corpusOf(
      article(`${prefix}-1.md`, 'One', text, text),
      article(`${prefix}-2.md`, 'Two', text),
    );
    const claimIds = corpus.claims.map((c) => c.id);
    expect(claimIds.length).toBeGreaterThanOrEqual(6);
    expect(new Set(claimIds).size).toBe(claimIds.length);
    const citedIds = corpus.sources.filter((s) => s.kind === 'cited').map((s) => s.id);
    expect(citedIds.length).toBeGreaterThanOrEqual(2);
    expect(new Set(citedIds).size).toBe(citedIds.length);
  });
});
