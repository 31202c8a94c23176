import { describe, expect, it } from 'vitest';
import { splitSentences, type TextSpan } from '../../src/pipeline/text/sentences.ts';

const texts = (paragraph: string) => splitSentences(paragraph).map((s) => s.text);

/** Nothing is lost or reordered: the spans in order, with only white space between them, give back the paragraph. */
function expectCovers(paragraph: string, spans: readonly TextSpan[]): void {
  let rebuilt = '';
  let cursor = 0;
  for (const span of spans) {
    expect(span.start).toBeGreaterThanOrEqual(cursor);
    expect(span.text).toBe(paragraph.slice(span.start, span.end));
    const gap = paragraph.slice(cursor, span.start);
    expect(gap.trim()).toBe('');
    rebuilt += gap + span.text;
    cursor = span.end;
  }
  expect(paragraph.slice(cursor).trim()).toBe('');
  rebuilt += paragraph.slice(cursor);
  expect(rebuilt).toBe(paragraph);
}

describe('abbreviations do not end a sentence', () => {
  it('keeps "U.S." and "Feb. 10" inside their sentence', () => {
    expect(texts('The U.S. Army said on Feb. 10 that it was ready. Officials agreed.')).toEqual([
      'The U.S. Army said on Feb. 10 that it was ready.',
      'Officials agreed.',
    ]);
  });

  it('keeps "St. Petersburg" whole', () => {
    expect(texts('He flew to St. Petersburg on Monday. Then he left.')).toEqual([
      'He flew to St. Petersburg on Monday.',
      'Then he left.',
    ]);
  });

  it('keeps "Lt. Gen." with the name and "a.m." with its time', () => {
    expect(texts('Lt. Gen. Mark Hale spoke at 9 a.m. on Tuesday. Reporters listened.')).toEqual([
      'Lt. Gen. Mark Hale spoke at 9 a.m. on Tuesday.',
      'Reporters listened.',
    ]);
  });

  it('keeps "No. 3" together', () => {
    expect(texts('Gate No. 3 was closed. Fans waited outside.')).toEqual(['Gate No. 3 was closed.', 'Fans waited outside.']);
  });

  it('ends a sentence at "a.m." before a sentence opening with a preposition or an adverb, but not before a day', () => {
    expect(texts('The phone was near the warehouse at 2:10 a.m. Under cross-examination, the detective agreed.')).toEqual([
      'The phone was near the warehouse at 2:10 a.m.',
      'Under cross-examination, the detective agreed.',
    ]);
    expect(texts('Polls open at 7 a.m. Sunday across the country.')).toHaveLength(1);
  });

  it('ends a sentence at "a.m." when a new sentence follows', () => {
    // The dot of "a.m." doubles as the full stop here; a capitalised clause follows.
    expect(texts('The meeting started at 10 a.m. The minister arrived late.')).toEqual([
      'The meeting started at 10 a.m.',
      'The minister arrived late.',
    ]);
  });

  it('never starts a sentence right after an abbreviation that needs a continuation', () => {
    const paragraphs = [
      'The U.S. Army said on Feb. 10 that it was ready. Officials agreed.',
      'Lt. Gen. Mark Hale met Dr. Ana Ruiz in St. Petersburg. Gate No. 3 was closed at 9 a.m. on Friday.',
    ];
    for (const paragraph of paragraphs) {
      for (const span of splitSentences(paragraph)) {
        expect(span.text).not.toMatch(/\b(?:U\.S|Feb|St|Lt|Gen|Dr|No)\.$/u);
        expect(span.text).toMatch(/^\p{Lu}/u);
      }
    }
  });
});

describe('quotations', () => {
  it('keeps a quotation of two sentences with its attribution, and starts the next sentence after it', () => {
    // The splitter keeps a multi-sentence quotation whole rather than cutting it at its inner full stop.
    const spans = texts('“We will win. Nobody can stop us,” the coach said. The players cheered.');
    expect(spans).toEqual(['“We will win. Nobody can stop us,” the coach said.', 'The players cheered.']);
  });

  it('starts a new sentence after a quotation that closes with its own full stop', () => {
    const spans = texts('“We will win. Nobody can stop us.” The players cheered.');
    expect(spans.at(-1)).toBe('The players cheered.');
    expect(spans[0]).toMatch(/^“We will win\./u);
    expect(spans[0]).toMatch(/us\.”$/u);
  });

  it('separates a reported quotation from the sentence after it', () => {
    const spans = texts('Mara Voss said “the count is over.” The minister put the turnout at 61 percent.');
    expect(spans).toEqual(['Mara Voss said “the count is over.”', 'The minister put the turnout at 61 percent.']);
  });

  it('keeps a quotation in single marks whole over its sentences, and a closed one apart from the next sentence', () => {
    expect(texts('She said: ‘Residents were entitled to a hearing. What they got was a stitch-up.’ The council declined to comment.')).toEqual([
      'She said: ‘Residents were entitled to a hearing. What they got was a stitch-up.’',
      'The council declined to comment.',
    ]);
    expect(texts('She said: ‘I’ve lived here 40 years. Every winter it floods.’')).toHaveLength(1);
    expect(texts('He called the plan ‘a stitch-up’. The council disagreed.')).toHaveLength(2);
  });
});

describe('coverage', () => {
  const paragraphs = [
    'The U.S. Army said on Feb. 10 that it was ready. Officials agreed.',
    '“We will win. Nobody can stop us.” The players cheered.',
    'Dr. Ana Ruiz arrived.  Mr. Lee followed.',
    'Officials said the vote was fair and',
    '  Leading space. Trailing space.  ',
    'Prices rose 3.5 percent in Q3 — the fastest pace since 2019… Analysts were surprised!',
  ];

  for (const paragraph of paragraphs) {
    it(`covers every character of ${JSON.stringify(paragraph.slice(0, 30))}`, () => {
      const spans = splitSentences(paragraph);
      expect(spans.length).toBeGreaterThan(0);
      expectCovers(paragraph, spans);
    });
  }

  it('returns nothing for an empty paragraph', () => {
    expect(splitSentences('   ')).toEqual([]);
  });
});
