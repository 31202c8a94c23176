import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/pipeline/schema.ts';
import { article, assertersIn, claimsIn, corpusOf, entitiesNamed, entityNamed } from './support.ts';

/** Both forms name one entity, and no other entity goes by either. */
function expectMerged(corpus: Corpus, a: string, b: string): void {
  const first = entitiesNamed(corpus, a);
  const second = entitiesNamed(corpus, b);
  expect(first.map((e) => e.id), `entities named "${a}"`).toHaveLength(1);
  expect(second.map((e) => e.id), `entities named "${b}"`).toEqual(first.map((e) => e.id));
}

describe('within an article', () => {
  const corpus = corpusOf(
    article(
      'count.md',
      'Count delayed',
      'Election commission chair Mara Voss said turnout reached 61 percent. Voss added that the count would take three more days.',
      'The Northern Fisheries Council (NFC) said quotas would be cut. The NFC added that the cut was temporary.',
    ),
  );

  it('joins a surname to the full name', () => {
    expectMerged(corpus, 'Mara Voss', 'Voss');
    expect(entityNamed(corpus, 'Mara Voss')?.name).toBe('Mara Voss');
    const ids = new Set([...claimsIn(corpus, 'turnout reached'), ...claimsIn(corpus, 'Voss added')].map((c) => c.asserterId));
    expect([...ids]).toEqual([entityNamed(corpus, 'Mara Voss')?.id]);
  });

  it('joins an acronym given in brackets to its name', () => {
    expectMerged(corpus, 'Northern Fisheries Council', 'NFC');
    const ids = new Set([...claimsIn(corpus, 'quotas would be cut'), ...claimsIn(corpus, 'The NFC added')].map((c) => c.asserterId));
    expect(ids.size).toBe(1);
  });
});

describe('the kind an article makes of a name', () => {
  it('takes a name met after "in" and "near" for a place, however often other sentences leave its kind untold', () => {
    const corpus = corpusOf(
      article(
        'shelling.md',
        'Shelling',
        'Shells fell in Sarvik on Tuesday. A howitzer fired from a tree line near Sarvik, the monitors said.',
        'A patrol reached Sarvik at 16:40. The army called the attack on Sarvik a provocation. Aid reached Sarvik later.',
      ),
    );
    expect(entityNamed(corpus, 'Sarvik')?.kind).toBe('place');
  });
});

describe('across articles', () => {
  const corpus = corpusOf(
    article(
      'talks.md',
      'Talks in Kyiv',
      'President Volodymyr Zelensky said on Monday that the talks in Türkiye had been useful.',
      'The North Atlantic Alliance said it would send observers.',
    ),
    article(
      'talks-continue.md',
      'Talks continue',
      'Ukrainian President Volodymyr Zelenskyy said the delegation would return to Turkey next week. Zelenskyy added that a ceasefire was possible.',
      'NATO also said the talks should continue.',
    ),
  );

  it('joins transliterations of a name ("Zelensky", "Zelenskyy")', () => {
    expectMerged(corpus, 'Volodymyr Zelensky', 'Volodymyr Zelenskyy');
    expectMerged(corpus, 'Volodymyr Zelenskyy', 'Zelenskyy');
    expect(entityNamed(corpus, 'Zelenskyy')?.kind).toBe('person');
  });

  it('joins "NATO" with "North Atlantic Alliance"', () => {
    expectMerged(corpus, 'NATO', 'North Atlantic Alliance');
    expect(entityNamed(corpus, 'NATO')?.kind).toBe('organization');
  });

  it('joins "Türkiye" with "Turkey" as one place', () => {
    expectMerged(corpus, 'Türkiye', 'Turkey');
    expect(entityNamed(corpus, 'Turkey')?.kind).toBe('place');
  });

  it('gathers the mentions of every article on the merged entity', () => {
    const zelenskyy = entityNamed(corpus, 'Zelenskyy')!;
    expect(new Set(zelenskyy.mentions.map((m) => m.sourceId))).toEqual(new Set(['talks', 'talks-continue']));
  });
});

describe('what must stay apart', () => {
  it('keeps a place apart from a name that ends in it', () => {
    const corpus = corpusOf(
      article(
        'fire.md',
        'Fire spreads',
        'Crews fought a wildfire in the province of Teruel on Monday.',
        'The blaze was moving north, a spokesperson for the regional emergency service, Defensa Civil de Aragón y Teruel, said.',
      ),
    );
    const service = entityNamed(corpus, 'Defensa Civil de Aragón y Teruel');
    expect(service?.kind).toBe('organization');
    expect(service?.aliases).not.toContain('Teruel');
    expect(entityNamed(corpus, 'Teruel')?.kind).toBe('place');
  });

  it('keeps two people who share a surname apart', () => {
    const corpus = corpusOf(
      article(
        'harbour.md',
        'Harbour reopens',
        'Port director Anna Lind said the harbour was open. Her deputy Erik Lind said the cranes were repaired.',
      ),
    );
    const anna = entitiesNamed(corpus, 'Anna Lind');
    const erik = entitiesNamed(corpus, 'Erik Lind');
    expect(anna).toHaveLength(1);
    expect(erik).toHaveLength(1);
    expect(anna[0]!.id).not.toBe(erik[0]!.id);
    expect(anna[0]!.aliases).not.toContain('Erik Lind');
  });

  it('keeps a surname shared by two full names apart from both', () => {
    const corpus = corpusOf(
      article(
        'harbour.md',
        'Harbour reopens',
        'Port director Anna Lind and her deputy Erik Lind met the crews on Monday.',
        'The crews said Lind had promised higher wages.',
      ),
    );
    const anna = entityNamed(corpus, 'Anna Lind')!;
    const erik = entityNamed(corpus, 'Erik Lind')!;
    expect(anna.id).not.toBe(erik.id);
    // A bare "Lind" could be either: it must not be folded into one of them.
    expect(anna.aliases).not.toContain('Lind');
    expect(erik.aliases).not.toContain('Lind');
  });

  it('joins a body’s first word to it only when no other name holds the word, and never to a town’s newspaper', () => {
    const corpus = corpusOf(
      article(
        'transfer.md',
        'Transfer',
        'Ben Hollis of the Harbourne Echo said the Harbourne Supporters’ Trust had written to the board.',
        'Harbourne issued a statement saying it had received no offer.',
        'Halvard Sentinel, a cybersecurity firm, said the malware was Russian. Halvard said it had traced the servers.',
      ),
    );
    expect(entityNamed(corpus, 'Harbourne Echo')?.kind).toBe('organization');
    expect(entityNamed(corpus, 'Harbourne Supporters’ Trust')?.kind).toBe('organization');
    const club = claimsIn(corpus, 'received no offer')[0]!;
    expect(corpus.entities.find((e) => e.id === club.asserterId)?.name).toBe('Harbourne');
    expectMerged(corpus, 'Halvard Sentinel', 'Halvard');
  });

  it('keeps a country apart from its people ("Russia", "Russian officials")', () => {
    const corpus = corpusOf(
      article('border.md', 'Border', 'Russian officials said the border with Finland was closed. Russia denied that troops had moved.'),
    );
    const russia = entityNamed(corpus, 'Russia');
    expect(russia?.kind).toBe('place');
    expect(russia?.aliases.map((a) => a.toLowerCase())).not.toContain('russian officials');
  });

  it('keeps apart the bodies of different owners named by the same office, and each owner apart from its body', () => {
    const corpus = corpusOf(
      article('sanctions.md', 'Sanctions', 'Zarrenka’s Foreign Ministry has repeatedly rejected the accusation. Zarrenka said the talks would resume.'),
      article('strikes.md', 'Strikes', 'Wenkami’s Foreign Ministry said the strikes had hit a depot. Hamas’s Political Bureau said the talks had stalled. Hamas denied the report.'),
    );
    const bodies = ['Zarrenka’s Foreign Ministry', 'Wenkami’s Foreign Ministry', 'Hamas’s Political Bureau'].map((name) => entityNamed(corpus, name));
    expect(new Set(bodies.map((body) => body?.id)).size).toBe(3);
    expect(entityNamed(corpus, 'Foreign Ministry')).toBeUndefined();
    for (const owner of ['Zarrenka', 'Hamas']) {
      const entity = entityNamed(corpus, owner);
      expect(entity, owner).toBeDefined();
      expect(bodies.map((body) => body?.id)).not.toContain(entity?.id);
    }
    expect(assertersIn(corpus, 'rejected the accusation')).toEqual(['Zarrenka’s Foreign Ministry']);
  });
});
