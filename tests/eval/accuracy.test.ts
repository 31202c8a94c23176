/**
 * The accuracy the project promises, checked on every run against the
 * hand-labelled articles: the seeds, articles of our own on other subjects,
 * and held-out articles written and labelled by someone who had not seen the
 * pipeline, with expected claims, statuses and entities written by hand.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, type Evaluation } from '../../src/eval/run.ts';

let result: Evaluation;
const failures: string[] = [];

beforeAll(async () => {
  result = await evaluate((name) => failures.push(name));
}, 120_000);

describe('accuracy on hand-labelled articles', () => {
  it('runs the pipeline on every labelled article without failing', () => {
    expect(failures).toEqual([]);
    expect(result.seeds).toHaveLength(3);
    expect(result.own.length).toBeGreaterThanOrEqual(4);
    expect(result.heldOut.length).toBeGreaterThanOrEqual(56);
  });

  it('finds the seeds’ claims with F1 of at least 0.85 and their statuses with accuracy of at least 0.8', () => {
    expect(result.seedsOverall.claims.f1).toBeGreaterThanOrEqual(0.85);
    expect(result.seedsOverall.statusAccuracy).toBeGreaterThanOrEqual(0.8);
  });

  it('finds the claims of articles on other subjects with F1 of at least 0.75', () => {
    expect(result.ownOverall.claims.f1).toBeGreaterThanOrEqual(0.75);
  });

  it('finds the claims of the held-out articles, written by someone who had not seen the pipeline, with F1 of at least 0.8', () => {
    expect(result.heldOutOverall.claims.f1).toBeGreaterThanOrEqual(0.8);
  });

  it('recalls at least 90% of the labelled entities, with no junk entity', () => {
    for (const overall of [result.seedsOverall, result.ownOverall]) {
      expect(overall.entities.recall).toBeGreaterThanOrEqual(0.9);
      expect(overall.entities.junk).toBe(0);
    }
  });
});
