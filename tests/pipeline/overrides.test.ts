import { describe, expect, it } from 'vitest';
import { applyOverrides, ClaimOverrides, EntityOverrides, parseOverrides } from '../../src/pipeline/overrides.ts';
import { article, claimsIn, corpusOf, entityNamed, problemsOf } from './support.ts';

const corpus = corpusOf(
  article(
    'tanker.md',
    'Tanker released',
    'Northbay Shipping Lines said the crew of the tanker was safe.',
    'Later, Baltline said the tanker had been released.',
    'Harbour master Anna Lind said the port was open.',
  ),
);

const lines = corpus.entities.find((e) => e.name === 'Northbay Shipping Lines')!;
const lind = corpus.entities.find((e) => e.name === 'Anna Lind')!;


function entities(yaml: string): EntityOverrides {
  return parseOverrides(yaml, 'entities.yaml', EntityOverrides);
}

function claims(yaml: string): ClaimOverrides {
  return parseOverrides(yaml, 'overrides.yaml', ClaimOverrides);
}

describe('entity overrides', () => {
  it('finds the entities these tests rely on', () => {
    expect(lines).toBeDefined();
    expect(lind).toBeDefined();
  });

  it('applies a description, a kind and an alias, and records each with its note', () => {
    const yaml = `${lind.id}:\n  description: Harbour master of the port\n  kind: organization\n  aliases: [A. Lind]\n  note: checked against the port's website\n`;
    const result = applyOverrides(corpus, { entities: { file: 'entities.yaml', overrides: entities(yaml) }, claims: undefined });
    const changed = result.entities.find((e) => e.id === lind.id)!;
    expect(changed.description).toBe('Harbour master of the port');
    expect(changed.kind).toBe('organization');
    expect(changed.aliases).toContain('A. Lind');
    expect(changed.overrides).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'description', to: 'Harbour master of the port', note: "checked against the port's website" }),
        expect.objectContaining({ field: 'kind', from: 'person', to: 'organization' }),
        expect.objectContaining({ field: 'aliases', to: 'A. Lind' }),
      ]),
    );
  });

  it('leaves the input corpus unchanged', () => {
    const yaml = `${lind.id}:\n  description: Harbour master\n`;
    applyOverrides(corpus, { entities: { file: 'entities.yaml', overrides: entities(yaml) }, claims: undefined });
    expect(corpus.entities.find((e) => e.id === lind.id)!.description).toBeUndefined();
    expect(corpus.entities.find((e) => e.id === lind.id)!.overrides).toEqual([]);
  });

  it('merges the entity that an alias names and moves its claims', () => {
    // A trading name the pipeline cannot know belongs to the company: only the override joins them.
    const short = entityNamed(corpus, 'Baltline')!;
    expect(short.id).not.toBe(lines.id);
    const yaml = `${lines.id}:\n  aliases: [Baltline]\n  note: the same company\n`;
    const result = applyOverrides(corpus, { entities: { file: 'entities.yaml', overrides: entities(yaml) }, claims: undefined });
    expect(result.entities.some((e) => e.id === short.id)).toBe(false);
    const [released] = result.claims.filter((c) => c.quote.includes('had been released'));
    expect(released?.asserterId).toBe(lines.id);
    for (const c of result.claims) {
      expect(c.asserterId).not.toBe(short.id);
      expect(c.subjects).not.toContain(short.id);
    }
    expect(result.entities.find((e) => e.id === lines.id)!.aliases).toContain('Baltline');
  });

  it('names the file and the key of an unknown entity id', () => {
    const problems = problemsOf(() => applyOverrides(corpus, { entities: { file: 'entities.yaml', overrides: entities('no-such-entity:\n  description: x\n') }, claims: undefined }));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe('entities.yaml');
    expect(problems[0]!.describe()).toContain('no-such-entity');
  });

  it('rejects an unknown kind, naming the field', () => {
    const problems = problemsOf(() => entities(`${lind.id}:\n  kind: robot\n`));
    expect(problems[0]!.file).toBe('entities.yaml');
    expect(problems[0]!.field).toBe(`${lind.id}.kind`);
  });
});

describe('claim overrides', () => {
  const [claim] = claimsIn(corpus, 'the port was open');

  it('sets a status and an asserter, and records both', () => {
    expect(claim).toBeDefined();
    const yaml = `claims:\n  ${claim!.id}:\n    status: disputed\n    asserter: ${lines.id}\n    note: the port authority disagrees\n`;
    const result = applyOverrides(corpus, { entities: undefined, claims: { file: 'overrides.yaml', overrides: claims(yaml) } });
    const changed = result.claims.find((c) => c.id === claim!.id)!;
    expect(changed.status).toBe('disputed');
    expect(changed.asserterId).toBe(lines.id);
    expect(changed.overrides).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'status', from: claim!.status, to: 'disputed', note: 'the port authority disagrees' }),
        expect.objectContaining({ field: 'asserterId', from: lind.id, to: lines.id }),
      ]),
    );
  });

  it('names the file and the key of an unknown claim id', () => {
    const yaml = 'claims:\n  no-such-claim:\n    status: denied\n    note: x\n';
    const problems = problemsOf(() => applyOverrides(corpus, { entities: undefined, claims: { file: 'overrides.yaml', overrides: claims(yaml) } }));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe('overrides.yaml');
    expect(problems[0]!.describe()).toContain('no-such-claim');
  });

  it('names the claim and the field of an unknown asserter', () => {
    const yaml = `claims:\n  ${claim!.id}:\n    asserter: nobody-at-all\n    note: x\n`;
    const problems = problemsOf(() => applyOverrides(corpus, { entities: undefined, claims: { file: 'overrides.yaml', overrides: claims(yaml) } }));
    expect(problems[0]!.field).toBe(`claims.${claim!.id}.asserter`);
    expect(problems[0]!.describe()).toContain('nobody-at-all');
  });

  it('rejects a bad status value, naming the field', () => {
    const problems = problemsOf(() => claims(`claims:\n  ${claim!.id}:\n    status: maybe\n    note: x\n`));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe('overrides.yaml');
    expect(problems[0]!.field).toBe(`claims.${claim!.id}.status`);
  });

  it('requires a note', () => {
    const problems = problemsOf(() => claims(`claims:\n  ${claim!.id}:\n    status: denied\n`));
    expect(problems[0]!.field).toBe(`claims.${claim!.id}.note`);
  });

  it('reports malformed YAML with the line where it goes wrong', () => {
    // Line 4 is indented by three spaces where its siblings have four.
    const yaml = 'claims:\n  some-claim:\n    note: fine\n   status: denied\n';
    const problems = problemsOf(() => claims(yaml));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.file).toBe('overrides.yaml');
    expect(problems[0]!.message).toMatch(/YAML/u);
    expect(problems.map((p) => p.line)).toContain(4);
  });

  it('accepts an empty file', () => {
    expect(claims('')).toEqual({ claims: {} });
  });
});
