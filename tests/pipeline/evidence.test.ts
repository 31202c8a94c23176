import { describe, expect, it } from 'vitest';
import { article, assertersIn, claimsIn, corpusOf, entityNamed } from './support.ts';

describe('evidence that finds or shows', () => {
  const c = corpusOf(
    article(
      'findings.md',
      'Findings',
      'Figures from the Australian Bureau of Statistics (ABS) show employment rose by about 590,000 over the year.',
      'ABS recorded crime data show the homicide rate is the lowest since the series began.',
      'A study by Northgate University found that patients taking the drug were twice as likely to need surgery.',
      'The authority said readings from its own gauges showed the river rising by four metres.',
      'Several academic studies have found no link between rescue ships and departures.',
    ),
  );

  it('gives what a source shows to whoever put it out', () => {
    expect(assertersIn(c, 'employment rose')).toEqual(['Bureau of Statistics']);
    expect(assertersIn(c, 'homicide rate')).toEqual(['Bureau of Statistics']);
    expect(entityNamed(c, 'crime data')).toBeUndefined();
  });

  it('gives what a study found that to its author', () => {
    expect(assertersIn(c, 'twice as likely')).toEqual(['Northgate University']);
  });

  it('leaves evidence that a party cites inside its own claim', () => {
    expect(assertersIn(c, 'river rising')).toEqual(['authority']);
  });

  it('reads a finding of absence from the studies that found it', () => {
    expect(assertersIn(c, 'no link between')).toEqual(['Several academic studies']);
  });

  const things = corpusOf(
    article(
      'things.md',
      'Things found',
      'The Harbour Times reported that the ferry had sunk.',
      'Police found the body of a man on Tuesday.',
      'A customer record Oberholt shared with the Courier shows a complaint logged in March.',
      'The video showed the crater from above.',
    ),
  );

  it('reads no claim of finding or showing a thing', () => {
    for (const words of ['found the body', 'shows a complaint', 'showed the crater']) expect(claimsIn(things, words)).toEqual([]);
  });
});
