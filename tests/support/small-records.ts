/** A corpus of one short article with three claims, one of which denies another: small enough to reason about in a test. */
import type { ArticleSource, Claim, Corpus, Entity } from '../../src/pipeline/schema.ts';

export const article: ArticleSource = {
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

export const accusation = claim('accusation', 'p1s1', 'officials', [
  { sourceId: 'a', sentenceId: 'p2s1', text: 'Kyiv denied it, a spokesman said.', status: 'denied', marker: 'denied', entityId: 'kyiv' },
]);
export const denial = claim('denial', 'p2s1', 'kyiv');
export const unrelated = claim('unrelated', 'p3s1', 'officials');
export const corpus: Corpus = { sources: [article], claims: [accusation, denial, unrelated], entities: [] };

/** An organisation with nothing but its id as its name. */
export const party = (id: string): Entity => ({ id, name: id, kind: 'organization', aliases: [], descriptors: [], mentions: [], overrides: [] });
