import { describe, expect, it } from 'vitest';
import { matches, readState, toggle, writeState } from '../../src/site/filter-state.ts';

describe('filter state', () => {
  it('reads known facets from the query string and writes them back', () => {
    const state = readState('?status=denied&asserter=ukraine&other=x');
    expect(state).toEqual({ status: 'denied', asserter: 'ukraine' });
    expect(writeState(state)).toBe('?status=denied&asserter=ukraine');
    expect(writeState({})).toBe('');
  });

  it('toggles a value on and off', () => {
    const on = toggle({}, 'status', 'denied');
    expect(on).toEqual({ status: 'denied' });
    expect(toggle(on, 'status', 'denied')).toEqual({});
    expect(toggle(on, 'status', 'disputed')).toEqual({ status: 'disputed' });
  });

  it('matches a card only when every chosen facet matches', () => {
    const card = { status: ['denied'], asserter: ['ukraine'], article: ['a'], entity: ['russia', 'crimea'] };
    expect(matches(card, {})).toBe(true);
    expect(matches(card, { status: 'denied', entity: 'crimea' })).toBe(true);
    expect(matches(card, { status: 'denied', entity: 'kyiv' })).toBe(false);
  });
});
