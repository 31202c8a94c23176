import { describe, expect, it } from 'vitest';
import { publicationsIn } from '../../src/pipeline/attribution/publications.ts';
import { findNames } from '../../src/pipeline/entities/names.ts';
import { tokenize } from '../../src/pipeline/text/tokens.ts';
import { article, corpusOf } from './support.ts';

/** The sources the sentence says someone put out, as "noun: publisher". */
function publications(sentence: string): string[] {
  const tokens = tokenize(sentence);
  const names = findNames(sentence, tokens, new Set()).map((n) => ({ from: n.nameFrom, to: n.to, key: n.text }));
  return publicationsIn(tokens, names).map((p) => `${p.noun}: ${p.key}`);
}

describe('who put out a source', () => {
  it('reads the publisher before the verb that puts the source out', () => {
    expect(publications('Amnesty International published a 40-page report on Monday.')).toEqual(['report: Amnesty International']);
    expect(publications('The Defence Ministry on Friday released new footage of the strike.')).toEqual(['footage: Defence Ministry']);
  });

  it('reads the publisher after "by" or "from", a participle between, and takes the participle "posted" for a post too', () => {
    expect(publications('A report by Human Rights Watch described the camp.')).toEqual(['report: Human Rights Watch']);
    expect(publications('A press release issued Tuesday by Calder State University made headlines.')).toEqual(['release: Calder State University']);
    expect(publications('The two-minute clip, first posted by a page called "Free Voices", shows smoke.')).toEqual(['clip: Free Voices', 'post: Free Voices']);
  });

  it('takes a document filed for a filing too, whether the party filed it or it was filed', () => {
    expect(publications('Kairo Pay filed its quarterly report with the regulator on Friday.')).toEqual(['report: Kairo Pay', 'filing: Kairo Pay']);
    expect(publications('The Velora Group’s annual report was filed on Friday.')).toEqual(['report: Velora Group', 'filing: Velora Group']);
    expect(publications('The Velora Group’s annual report was leaked on Friday.')).toEqual(['report: Velora Group']);
  });

  it('reads who carried out a piece of research, by whatever noun, but not the agency that carried a statement', () => {
    expect(publications('The research, carried out by a team at the University of Northmoor, examined 410,000 records.')).toEqual(['study: University of Northmoor']);
    expect(publications('A paper conducted by Calder State University was retracted.')).toEqual(['study: Calder State University']);
    expect(publications('In a statement carried by the state news agency Khovar, the ministry blamed the border guards.')).toEqual([]);
  });

  it('finds no publisher for a source no one is said to have put out', () => {
    expect(publications('The report was leaked to reporters in Geneva.')).toEqual([]);
    expect(publications('Officials in Geneva said the report, by then public, was wrong.')).toEqual([]);
  });
});

describe('"the report" after the sentence that says who put it out', () => {
  const c = corpusOf(
    article(
      'prison.md',
      'Prison',
      'Amnesty International published a report on Monday. The report said guards had beaten at least 40 inmates.',
      'A video first posted by a page called "Free Voices" shows smoke over the prison. The post also claims that the governor ordered the beatings.',
    ),
  );
  const asserterOf = (words: string) => c.entities.find((e) => e.id === c.claims.find((x) => x.quote.includes(words))?.asserterId)?.name;

  it('gives what "the report" and "the post" say to whoever put them out', () => {
    expect(asserterOf('beaten at least 40 inmates')).toBe('Amnesty International');
    expect(asserterOf('governor ordered the beatings')).toBe('Free Voices');
  });

  it('gives what "the filing" says to the company that filed its report', () => {
    const filed = corpusOf(
      article('results.md', 'Results', 'Kairo Pay filed its quarterly report with the regulator on Friday.', 'Felix Dunmore said the figures were fine.', 'According to the filing, revenue fell by 12 per cent.'),
    );
    const found = filed.claims.find((x) => x.quote.includes('revenue fell'));
    expect(filed.entities.find((e) => e.id === found?.asserterId)?.name).toBe('Kairo Pay');
  });

  it('gives what "the study found" to the team that carried out "the research"', () => {
    const study = corpusOf(
      article(
        'farms.md',
        'Farms',
        'The research, carried out by a team at the University of Northmoor, examined the records of 410,000 children.',
        'Officials in the county have not yet responded.',
        'The study found that children living near large farms were 26% more likely to be admitted to hospital.',
      ),
    );
    const found = study.claims.find((x) => x.quote.includes('26% more likely'));
    expect(study.entities.find((e) => e.id === found?.asserterId)?.name).toBe('University of Northmoor');
  });
});
