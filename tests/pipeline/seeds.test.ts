/**
 * The three seed articles, read from the shared seeds folder next to the
 * project (never copied), and the points the extraction is judged on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/pipeline/corpus.ts';
import { readRawArticle } from '../../src/pipeline/read-article.ts';
import type { Claim, Entity } from '../../src/pipeline/schema.ts';
import { asserterOf, claimsIn, entitiesNamed, entityNamed } from './support.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const seedsDir = join(projectRoot, '..', 'shared', 'seeds');
const seedFiles = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
const inputs = seedFiles.map((f) => readRawArticle(readFileSync(join(seedsDir, f), 'utf8'), f));
const corpus = buildCorpus(inputs);

/** The claims of the sentence containing `words`; the sentence must have at least one. */
function claimsOf(words: string): Claim[] {
  const found = claimsIn(corpus, words);
  expect(found.length, `claims in the sentence with "${words}"`).toBeGreaterThan(0);
  return found;
}

function entity(name: string): Entity {
  const found = entityNamed(corpus, name);
  if (!found) throw new Error(`no entity goes by "${name}"`);
  return found;
}

/** Every name and alias of every entity. */
const allNames = corpus.entities.flatMap((e) => [e.name, ...e.aliases]);

it('reads the three seeds', () => {
  expect(seedFiles).toHaveLength(3);
  expect(corpus.sources.filter((s) => s.kind === 'article')).toHaveLength(3);
});

describe('seed 000: the blogger’s claims', () => {
  const zhivoev = () => entity('Alexei Zhivoev');

  // Each of these sentences attributes to the blogger, by name, surname, "he" or "the blogger".
  const sentences = [
    'according to Russian war blogger Alexei Zhivoev',
    'Zhivoev suggested that the North Atlantic Alliance',
    'This aircraft, he argued',
    'The blogger, however, emphasized',
    'He argued that the presence of the Gulfstream plane',
  ];

  for (const words of sentences) {
    it(`asserts "${words}" by Alexei Zhivoev, disputed or unverified`, () => {
      const claims = claimsOf(words).filter((c) => c.asserterId === zhivoev().id);
      expect(claims.map((c) => asserterOf(corpus, c).name)).toEqual(['Alexei Zhivoev']);
      expect(['disputed', 'unverified']).toContain(claims[0]!.status);
    });
  }

  it('starts the sentence "This aircraft, he argued" with the blogger as asserter', () => {
    const [claim] = claimsOf('This aircraft, he argued');
    expect(claim!.quote.startsWith('This aircraft, he argued')).toBe(true);
    expect(claim!.asserterId).toBe(zhivoev().id);
  });

  it('gives the 221 drones to "Russian military sources", a group, unverified', () => {
    const claims = claimsOf('221 Ukrainian drones');
    const sources = claims.map((c) => asserterOf(corpus, c)).find((e) => e.name === 'Russian military sources');
    expect(sources?.kind).toBe('group');
    expect(claims.find((c) => c.asserterId === sources?.id)?.status).toBe('unverified');
  });
});

describe('seed 001: the partisans’ claims', () => {
  it('marks the Tula strike unverified, with the sentence that says so as evidence', () => {
    const [claim] = claimsOf('carried out a strike on a defense factory');
    expect(asserterOf(corpus, claim!).name).toBe('Atesh');
    expect(claim!.status).toBe('unverified');
    expect(claim!.evidence.map((e) => e.text)).toContain('The information has not been independently confirmed.');
  });

  it('reads no teaser line as article text: no claim and no sentence comes from one', () => {
    // The teasers stay on the record as `related`; their names may be mentioned, but they are never read for claims.
    for (const words of ['reached “understandings” with U.S. President Donald Trump', 'Directorate of Communications reported', 'called on the Shanghai Cooperation Organisation']) {
      expect(claimsIn(corpus, words), words).toEqual([]);
    }
    const sentences = corpus.sources.flatMap((s) => (s.kind === 'article' ? s.paragraphs.flatMap((p) => p.sentences.map((x) => x.text)) : []));
    expect(sentences.filter((t) => t.includes('Xi Jinping') || t.includes('Operation Rising Lion'))).toEqual([]);
  });
});

describe('seed 002: asserters', () => {
  it('gives "Instead of fueling the fire" to Erdoğan', () => {
    const [claim] = claimsOf('Instead of fueling the fire');
    const erdogan = asserterOf(corpus, claim!);
    expect([erdogan.name, ...erdogan.aliases]).toEqual(expect.arrayContaining(['Recep Tayyip Erdoğan', 'Erdoğan']));
  });

  it('gives "put the number" to Oleksii Reznikov', () => {
    const [claim] = claimsOf('put the number of Russian troops');
    expect(asserterOf(corpus, claim!).name).toBe('Oleksii Reznikov');
  });

  it('gives "He said, “there are no grounds for panic" to Oleksii Reznikov', () => {
    const claims = claimsOf('there are no grounds for panic');
    expect(claims.map((c) => asserterOf(corpus, c).name)).toContain('Oleksii Reznikov');
    expect(claims.find((c) => asserterOf(corpus, c).name === 'Oleksii Reznikov')!.quote).toMatch(/^He said/u);
  });

  it('gives the coordinated "renewed his call ... and repeated warnings" to Jens Stoltenberg', () => {
    const claims = claimsOf('Stoltenberg renewed his call');
    expect(claims.map((c) => asserterOf(corpus, c).name)).toEqual(['Jens Stoltenberg']);
  });

  it('makes two claims of the von der Leyen / Lavrov sentence', () => {
    const claims = claimsOf('Von der Leyen said the commission');
    expect(claims.map((c) => asserterOf(corpus, c).name).sort()).toEqual(['Sergey Lavrov', 'Ursula von der Leyen']);
  });
});

describe('aliases merged onto one entity', () => {
  const pairs: [string, string][] = [
    ['Zhivoev', 'Alexei Zhivoev'],
    ['AP', 'Associated Press'],
    ['NATO', 'North Atlantic Alliance'],
    ['Erdoğan', 'Recep Tayyip Erdoğan'],
  ];

  for (const [short, long] of pairs) {
    it(`${short} = ${long}`, () => {
      const a = entitiesNamed(corpus, short);
      const b = entitiesNamed(corpus, long);
      expect(a.map((e) => e.id)).toHaveLength(1);
      expect(b.map((e) => e.id)).toEqual(a.map((e) => e.id));
    });
  }

  it('one place for Turkey, however it is spelled', () => {
    // Only "Turkey" is in an article body ("Türkiye" is in 001's teasers): one entity, whatever its canonical name.
    const turkey = corpus.entities.filter((e) => [e.name, ...e.aliases].some((n) => n === 'Turkey' || n === 'Türkiye'));
    expect(turkey).toHaveLength(1);
    expect(turkey[0]!.kind).toBe('place');
    expect(turkey[0]!.mentions.map((m) => m.text)).toContain('Turkey');
  });
});

describe('entity names', () => {
  it('are never sentence openers, function words or page furniture', () => {
    for (const bad of ['The', 'He', 'Instead', 'According', 'Earlier', 'Most Commented Posts', 'Source link', 'Related Posts', 'Source', 'Related']) {
      expect(allNames, bad).not.toContain(bad);
    }
  });

  it('classifies the weapons and aircraft as equipment', () => {
    for (const name of ['Bayraktar TB2', 'Pantsir-S', 'Kornet', 'S-400', 'Iskander', 'Gulfstream']) {
      expect(entityNamed(corpus, name)?.kind, name).toBe('equipment');
    }
  });
});
