import { describe, expect, it } from 'vitest';
import { filterPath, isActive, matches, toggle } from '../../src/site/filter-state.ts';

describe('filter state', () => {
  it('writes a filter as the path of its static page', () => {
    expect(filterPath({})).toBe('/claims/');
    expect(filterPath({ status: 'denied' })).toBe('/claims/status/denied/');
    expect(filterPath({ by: { facet: 'asserter', value: 'ukraine' } })).toBe('/claims/asserter/ukraine/');
    expect(filterPath({ by: { facet: 'entity', value: 'crimea' }, status: 'denied' })).toBe('/claims/entity/crimea/status/denied/');
  });

  it('toggles a value on and off, keeping the status and the other facet apart', () => {
    const denied = toggle({}, 'status', 'denied');
    expect(denied).toEqual({ status: 'denied' });
    expect(filterPath(toggle(denied, 'status', 'denied'))).toBe('/claims/');
    expect(filterPath(toggle(denied, 'status', 'disputed'))).toBe('/claims/status/disputed/');
    const both = toggle(denied, 'asserter', 'ukraine');
    expect(filterPath(both)).toBe('/claims/asserter/ukraine/status/denied/');
    expect(isActive(both, 'asserter', 'ukraine') && isActive(both, 'status', 'denied')).toBe(true);
    // One asserter, article or entity at a time: another replaces it.
    expect(filterPath(toggle(both, 'entity', 'crimea'))).toBe('/claims/entity/crimea/status/denied/');
    expect(filterPath(toggle(both, 'asserter', 'ukraine'))).toBe('/claims/status/denied/');
  });

  it('matches a card only when the status and the chosen value both match', () => {
    const card = { status: ['denied'], asserter: ['ukraine'], article: ['a'], entity: ['russia', 'crimea'] };
    expect(matches(card, {})).toBe(true);
    expect(matches(card, { status: 'denied', by: { facet: 'entity', value: 'crimea' } })).toBe(true);
    expect(matches(card, { status: 'denied', by: { facet: 'entity', value: 'kyiv' } })).toBe(false);
    expect(matches(card, { status: 'confirmed' })).toBe(false);
  });
});
