/**
 * An article's extraction depends on that article alone and survives a trip
 * through JSON: the two properties that let the site cache it by the
 * article's digest and re-extract only what changed.
 */
import { describe, expect, it } from 'vitest';
import { assembleCorpus, buildCorpus } from '../../src/pipeline/corpus.ts';
import { assertPartiesRecorded, extractArticleRecords } from '../../src/pipeline/article-extraction.ts';
import { article } from './support.ts';

const port = article(
  'port.md',
  'Port reopens',
  'Harbour master Lena Ortiz said the port would reopen on Monday. The Shipping Union denied that any vessel had been damaged.',
  'Ortiz said the claim had not been independently verified.',
);
const strike = article(
  'strike.md',
  'Dockers strike',
  'The Shipping Union said its members would stop work on Friday, according to a statement posted on Telegram.',
  'Lena Ortiz told reporters the strike was illegal.',
);

describe('per-article extraction', () => {
  it('gives an article the same claims, statuses and evidence whatever other articles stand beside it', () => {
    const alone = buildCorpus([port]).claims;
    const together = buildCorpus([port, strike]).claims.filter((c) => c.sourceId === port.id);
    expect(alone.length).toBeGreaterThan(0);
    const shape = (claims: typeof alone) => claims.map((c) => [c.id, c.quote, c.asserterText, c.cue, c.status, c.evidence.map((e) => e.text)]);
    expect(shape(together)).toEqual(shape(alone));
  });

  it('assembles the same corpus from extractions read back from JSON as from fresh ones', () => {
    const fresh = [port, strike].map(extractArticleRecords);
    const cached = fresh.map((e) => JSON.parse(JSON.stringify(e)) as typeof e);
    expect(assembleCorpus(cached)).toEqual(assembleCorpus(fresh));
    expect(assembleCorpus(fresh)).toEqual(buildCorpus([strike, port]));
  });

  it('merges one entity named in two articles into one record with the mentions of both', () => {
    const corpus = buildCorpus([port, strike]);
    const union = corpus.entities.filter((e) => e.name === 'Shipping Union');
    expect(union).toHaveLength(1);
    expect(new Set(union[0]!.mentions.map((m) => m.sourceId))).toEqual(new Set([port.id, strike.id]));
  });

  it('stops, naming the article and the party, when a claim refers to a party with no entity', () => {
    const extraction = extractArticleRecords(port);
    expect(assertPartiesRecorded('port.md', extraction)).toBe(extraction);
    const unrecorded = { ...extraction, entities: extraction.entities.filter((e) => e.key !== extraction.claims[0]!.asserterKey) };
    expect(() => assertPartiesRecorded('port.md', unrecorded)).toThrow(new RegExp(`^port\\.md: .*“${extraction.claims[0]!.asserterKey}”`, 'u'));
  });
});
