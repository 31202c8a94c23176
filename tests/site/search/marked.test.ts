/** Matched words made ready to show: whole words, a window around the first match, plain and marked pieces. */
import { describe, expect, it } from 'vitest';
import { clip, markedText, segments, wholeWords } from '../../../src/site/search/marked.ts';

const shown = (pieces: { text: string; mark: boolean }[]): string => pieces.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('wholeWords', () => {
  it('widens a match that stops inside a word to the whole word', () => {
    expect(wholeWords('Bayraktar TB2', [[0, 6]])).toEqual([[0, 8]]);
    expect(wholeWords('Recep Tayyip Erdoğan', [[14, 18]])).toEqual([[13, 19]]);
  });

  it('leaves a piece of half a word or less as it matched', () => {
    expect(wholeWords('Baltic states', [[9, 11]])).toEqual([[9, 11]]);
  });

  it('merges overlapping and touching matches, sorted, and drops what lies outside the text', () => {
    expect(wholeWords('North Atlantic Alliance', [[15, 20], [6, 9], [8, 12], [40, 50]])).toEqual([[6, 13], [15, 22]]);
  });
});

describe('clip', () => {
  it('keeps a short text whole', () => {
    expect(clip('Atesh said so.', [[0, 4]], 40)).toEqual({ text: 'Atesh said so.', ranges: [[0, 4]] });
  });

  it('cuts a long text around its first match, at spaces, with ellipses, and moves the ranges along', () => {
    const text = `${'word '.repeat(40)}Bayraktar drones ${'more '.repeat(40)}`;
    const start = text.indexOf('Bayraktar');
    const window = clip(text, [[start, start + 8]], 60);
    // Whole words at both cuts: never "…ord" or "mor…".
    expect(window.text).toMatch(/^…word /u);
    expect(window.text).toMatch(/ more…$/u);
    expect(window.text.length).toBeLessThanOrEqual(62);
    const [from, to] = window.ranges[0]!;
    expect(window.text.slice(from, to + 1)).toBe('Bayraktar');
  });

  it('starts at the beginning when there is no match', () => {
    const window = clip('one two three four five six seven eight nine ten', [], 20);
    expect(window.text).toBe('one two three four…');
  });
});

describe('segments and markedText', () => {
  it('splits a text into plain and marked pieces', () => {
    expect(segments('said Kirby today', [[5, 9]])).toEqual([
      { text: 'said ', mark: false },
      { text: 'Kirby', mark: true },
      { text: ' today', mark: false },
    ]);
    expect(segments('Kirby', [[0, 4]])).toEqual([{ text: 'Kirby', mark: true }]);
  });

  it('marks whole words of a fuzzy match and keeps markup-like text as text', () => {
    expect(shown(markedText('Bayraktar TB2 drones', [[0, 6]]))).toBe('[Bayraktar] TB2 drones');
    expect(shown(markedText('<b>Atesh</b>', [[3, 7]]))).toBe('<b>[Atesh]</b>');
  });
});
