import { describe, expect, it } from 'vitest';
import { figuresIn } from '../../src/pipeline/status/figures.ts';

const counts = (text: string) => figuresIn(text).map(({ family, low, high }) => [family, low, high]);

describe('counts of people in a claim', () => {
  it('reads what a figure counts from the words after it, within its clause', () => {
    expect(counts('Nine deaths had been confirmed by forensic teams, and six people were listed as missing.')).toEqual([
      ['dead', 9, 9],
      ['missing', 6, 6],
    ]);
  });

  it('reads "at least", "up to" and "about" as ranges', () => {
    expect(counts('At least 14 people were killed.')).toEqual([['dead', 14, Infinity]]);
    expect(counts('Up to 40 people were injured.')).toEqual([['injured', 0, 40]]);
    expect(counts('About 3,000 residents had been evacuated.')).toEqual([['displaced', 2400, 3600]]);
    expect(counts('Close to 50 people were injured.')).toEqual([['injured', 40, 60]]);
  });

  it('reads a count named before its figure only after "the number of" or "the toll"', () => {
    expect(counts('The ministry put the number of confirmed deaths at nine.')).toEqual([['dead', 9, 9]]);
    expect(counts('The death toll rose to twenty-two on Friday.')).toEqual([['dead', 22, 22]]);
    expect(counts('Soldiers killed at 11 checkpoints were not counted.')).toEqual([]);
  });

  it('reads the verb before a figure as what it counts, past a qualifier, and gives a verb the figure after it', () => {
    expect(counts('Troops killed at least nine rebels.')).toEqual([['dead', 9, Infinity]]);
    expect(counts('The outbreak had infected 412 people and killed nine since January 20.')).toEqual([['dead', 9, 9]]);
  });

  it('counts a crowd and the jobs a company cuts, and leaves "the figure" to the count before it only when it is the figure’s value', () => {
    expect(counts('Organisers said 85,000 people had joined the march.')).toEqual([['crowd', 85000, 85000]]);
    expect(counts('The company said it would cut 1,200 jobs.')).toEqual([['jobs', 1200, 1200]]);
    expect(counts('Police put the figure at 17,500.')).toEqual([['', 17500, 17500]]);
    expect(counts('The corrected figure still left out about 300 contract workers.')).toEqual([]);
  });

  it('counts what a strike stops, and reads "212 of its 640 flights" as 212, not 640', () => {
    expect(counts('The airline said 212 of its 640 scheduled flights had been cancelled.')).toEqual([['cancelled', 212, 212]]);
    expect(counts('The union put the real number of cancellations at closer to 350.')).toEqual([['cancelled', 280, 420]]);
  });

  it('takes no year, and no figure of something else, for a count of people', () => {
    expect(counts('Clashes in the same area in 2022 killed people.')).toEqual([]);
    expect(counts('The dam released 40 million cubic metres of water.')).toEqual([]);
  });

  it('notes the period a count is taken over, which an event’s toll has none of', () => {
    expect(figuresIn('According to the department, 49 people died in mines in 2025.')[0]?.period).toBe('in 2025');
    expect(figuresIn('The union said 12 miners were killed last year.')[0]?.period).toBe('last year');
    expect(figuresIn('Four workers were killed when the tunnel collapsed on Monday.')[0]?.period).toBeUndefined();
  });

  it('notes whose people a count is of', () => {
    expect([...(figuresIn('Tajik border troops put the number of Tajik dead at three.')[0]?.countries ?? [])]).toEqual(['tajikistan']);
  });
});
