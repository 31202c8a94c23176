import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from '../../src/pipeline/text/tokens.ts';

function token(tokens: readonly Token[], text: string): Token {
  const found = tokens.find((t) => t.text === text);
  if (!found) throw new Error(`no token "${text}" in ${tokens.map((t) => t.text).join(' ')}`);
  return found;
}

/** The words that the tokenizer marks as quoted, in order. */
function quotedWords(sentence: string): string[] {
  return tokenize(sentence).filter((t) => t.quoted).map((t) => t.lower);
}

describe('quoted flag', () => {
  it('marks words between curly double quotes, and not the attribution between two quotations', () => {
    expect(quotedWords('“Ukraine’s army is ready,” he said, but “not today.”')).toEqual(['ukraine', 'army', 'is', 'ready', 'not', 'today']);
  });

  it('treats straight double quotes as opening then closing', () => {
    const sentence = '"It is over," she said, "and we won." Then they left.';
    expect(quotedWords(sentence)).toEqual(['it', 'is', 'over', 'and', 'we', 'won']);
  });

  it('marks a phrase in single curly quotes without mistaking an apostrophe for a quote', () => {
    const tokens = tokenize('He called the vote ‘a farce’ and Ukraine’s allies agreed.');
    expect(tokens.filter((t) => t.quoted).map((t) => t.lower)).toEqual(['a', 'farce']);
    expect(token(tokens, 'agreed').quoted).toBe(false);
  });

  it('marks nothing in a sentence without quotation marks', () => {
    expect(quotedWords('The players’ union said the clubs’ offer was too low.')).toEqual([]);
  });
});

describe('possessives', () => {
  it('flags a singular possessive and drops the ending from the lower-case form', () => {
    const tokens = tokenize('Ukraine’s army and Kirby\'s view differ.');
    expect(token(tokens, 'Ukraine’s')).toMatchObject({ possessive: true, lower: 'ukraine' });
    expect(token(tokens, "Kirby's")).toMatchObject({ possessive: true, lower: 'kirby' });
    expect(token(tokens, 'army').possessive).toBe(false);
  });

  it('flags a plural possessive ("the players’ union")', () => {
    const tokens = tokenize('The players’ union rejected the offer.');
    const players = tokens.find((t) => t.lower === 'players');
    expect(players?.possessive).toBe(true);
  });

  it('does not flag the contraction "it’s" as a possessive', () => {
    const tokens = tokenize('Officials said it’s too early to tell.');
    const its = tokens.find((t) => /^it/iu.test(t.text));
    expect(its?.possessive).toBe(false);
  });
});

describe('offsets', () => {
  const sentences = [
    'Russian President Vladimir Putin said on Feb. 10 that the U.S. was wrong.',
    '“We’ve seen these kinds of activity,” Kirby told reporters at the Pentagon.',
    'He argued that the Gulfstream plane—known for its sensors—was no coincidence.',
    'The army showed a Zeta-9 rocket launcher and 115,000 troops (UAVs included).',
    'Erdoğan’s offer to host talks in Türkiye, he said, "stands."',
  ];

  for (const sentence of sentences) {
    it(`slices back to each token in ${JSON.stringify(sentence.slice(0, 30))}`, () => {
      const tokens = tokenize(sentence);
      expect(tokens.length).toBeGreaterThan(3);
      let previousEnd = 0;
      for (const t of tokens) {
        expect(sentence.slice(t.start, t.end)).toBe(t.text);
        expect(t.start).toBeGreaterThanOrEqual(previousEnd);
        previousEnd = t.end;
      }
    });
  }

  it('loses no letters or digits between tokens', () => {
    const sentence = 'The army showed a Zeta-9 rocket launcher and 115,000 troops.';
    const tokens = tokenize(sentence);
    const covered = tokens.map((t) => t.text).join('');
    expect(covered.replace(/[^\p{L}\p{N}]/gu, '')).toBe(sentence.replace(/[^\p{L}\p{N}]/gu, ''));
  });
});
