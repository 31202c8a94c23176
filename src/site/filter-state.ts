/**
 * The filter state of the claims list as it lives in the query string
 * (`/claims/?status=denied&asserter=ukraine`). Shared by the build, which
 * writes the cards' data attributes, and the browser script that filters them.
 */
export const facets = ['status', 'asserter', 'article', 'entity'] as const;
export type Facet = (typeof facets)[number];

export type FilterState = Partial<Record<Facet, string>>;

/** What one card offers to each facet: its status, asserter, article and subjects. */
export type CardValues = Record<Facet, readonly string[]>;

export function readState(search: string): FilterState {
  const params = new URLSearchParams(search);
  const state: FilterState = {};
  for (const facet of facets) {
    const value = params.get(facet);
    if (value) state[facet] = value;
  }
  return state;
}

export function writeState(state: FilterState): string {
  const params = new URLSearchParams();
  for (const facet of facets) {
    const value = state[facet];
    if (value !== undefined) params.set(facet, value);
  }
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** Choosing the active value again clears that facet. */
export function toggle(state: FilterState, facet: Facet, value: string): FilterState {
  const next = { ...state };
  if (next[facet] === value) delete next[facet];
  else next[facet] = value;
  return next;
}

export function matches(card: CardValues, state: FilterState): boolean {
  return facets.every((facet) => {
    const wanted = state[facet];
    return wanted === undefined || card[facet].includes(wanted);
  });
}
