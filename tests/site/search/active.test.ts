/** Arrow keys through the suggestions: down from the box to the first, up to the last, round at the ends. */
import { describe, expect, it } from 'vitest';
import { moveActive } from '../../../src/site/search/active.ts';

describe('moveActive', () => {
  it('goes from none to the first with down and to the last with up', () => {
    expect(moveActive(-1, 4, 1)).toBe(0);
    expect(moveActive(-1, 4, -1)).toBe(3);
  });

  it('moves one step and wraps round at both ends', () => {
    expect(moveActive(1, 4, 1)).toBe(2);
    expect(moveActive(3, 4, 1)).toBe(0);
    expect(moveActive(0, 4, -1)).toBe(3);
  });

  it('has nothing to move to in an empty list, and recovers from a list that shrank', () => {
    expect(moveActive(-1, 0, 1)).toBe(-1);
    expect(moveActive(7, 3, 1)).toBe(0);
  });
});
