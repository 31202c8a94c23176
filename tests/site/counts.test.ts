import { describe, expect, it } from 'vitest';
import { count, figure } from '../../src/site/text.ts';

describe('counts as readers write them', () => {
  it('groups the thousands', () => {
    expect(figure(7)).toBe('7');
    expect(figure(999)).toBe('999');
    expect(figure(11_401)).toBe('11,401');
    expect(figure(1_234_567)).toBe('1,234,567');
  });

  it('names the unit in the singular for one only', () => {
    expect(count(1, 'claim')).toBe('1 claim');
    expect(count(0, 'claim')).toBe('0 claims');
    expect(count(11_401, 'entity', 'entities')).toBe('11,401 entities');
  });
});
