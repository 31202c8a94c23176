/**
 * Hostile content through the pipeline: markup and script text stay text,
 * invisible characters survive, curated notes and names carrying them apply,
 * nothing is dropped, and a 2 MB article and a
 * 100,000-character paragraph are read in reasonable time.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContentCorpus } from '../../src/pipeline/content-corpus.ts';
import type { Corpus } from '../../src/pipeline/schema.ts';
import { ENORMOUS_LAST_CLAIM, HOSTILE, PAYLOADS, writeHostileContent } from '../fixtures/hostile-content.ts';

let dir = '';
let corpus: Corpus;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nce-hostile-'));
  await writeHostileContent(dir);
  corpus = await buildContentCorpus(dir);
}, 240_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function articleText(id: string): string {
  const source = corpus.sources.find((s) => s.id === id);
  if (source?.kind !== 'article') throw new Error(`no article ${id}`);
  return source.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)).join(' ');
}

describe('hostile content', () => {
  it('keeps every payload as text in the article, the title and the claims', () => {
    const text = articleText('hostile');
    for (const payload of PAYLOADS) expect(text).toContain(payload);
    expect(corpus.sources.find((s) => s.id === 'hostile')?.title).toContain(PAYLOADS[0]);
    expect(corpus.claims.some((c) => c.quote.includes(PAYLOADS[1]!))).toBe(true);
  });

  it('keeps invisible and right-to-left characters and a javascript: link as text', () => {
    const text = articleText('hostile');
    expect(text).toContain('\u200b');
    expect(text).toContain('\u202e');
    expect(text).toContain('javascript:alert(1)');
  });

  it('applies curated text with markup as text, recorded as an override', () => {
    const authority = corpus.entities.find((e) => e.id === 'harbour-authority');
    expect(authority?.description).toContain(PAYLOADS[1]);
    expect(authority?.aliases.some((a) => a.includes(PAYLOADS[0]!))).toBe(true);
    expect(authority?.overrides.map((o) => o.note)).toContain(`Checked ${PAYLOADS[2]}`);
    const claim = corpus.claims.find((c) => c.quote.includes(PAYLOADS[0]!));
    expect(claim?.overrides).toEqual([{ field: 'status', from: 'unassessed', to: 'disputed', note: HOSTILE.claimNote }]);
  });

  it('reads a name with markup in it as a name', () => {
    const group = corpus.entities.find((e) => e.name === HOSTILE.groupName);
    expect(group?.description).toBe(HOSTILE.groupDescription);
    expect(corpus.claims.filter((c) => c.asserterId === group?.id)).toHaveLength(1);
  });

  it('reads the 2 MB article whole and the paragraph without punctuation whole', () => {
    const enormous = corpus.sources.find((s) => s.id === 'enormous');
    expect(enormous?.kind === 'article' && enormous.paragraphs.length).toBeGreaterThan(10_000);
    expect(corpus.claims.filter((c) => c.sourceId === 'enormous').map((c) => c.quote)).toContain(ENORMOUS_LAST_CLAIM);
    expect(articleText('endless').length).toBeGreaterThanOrEqual(100_000);
  });
});
