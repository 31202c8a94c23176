/**
 * The filter of the claims list as it lives in the path: a status, one
 * asserter, article or entity, or one of those with a status
 * (`/claims/status/denied/`, `/claims/asserter/ukraine/`,
 * `/claims/asserter/ukraine/status/denied/`). Every filter is a static page,
 * so filtering is following a link, with or without script, and the URL
 * says what is shown.
 */
export const facets = ['status', 'asserter', 'article', 'entity'] as const;
export type Facet = (typeof facets)[number];

/** The facets with many values; one of them at a time combines with a status. */
export type ValueFacet = Exclude<Facet, 'status'>;
export const valueFacets: readonly ValueFacet[] = ['asserter', 'article', 'entity'];

export interface FacetValue<F extends Facet = Facet> {
  facet: F;
  value: string;
}

export interface ClaimFilter {
  status?: string | undefined;
  by?: FacetValue<ValueFacet> | undefined;
}

/** What one claim offers to each facet: its status, asserter, article and subjects. */
export type CardValues = Record<Facet, readonly string[]>;

export function filterPath(filter: ClaimFilter): string {
  const by = filter.by === undefined ? '' : `${filter.by.facet}/${filter.by.value}/`;
  const status = filter.status === undefined ? '' : `status/${filter.status}/`;
  return `/claims/${by}${status}`;
}

/** The index of every value a facet takes. */
export const facetIndexPath = (facet: Facet): string => `/claims/${facet}/`;

export function isActive(filter: ClaimFilter, facet: Facet, value: string): boolean {
  return facet === 'status' ? filter.status === value : filter.by?.facet === facet && filter.by.value === value;
}

/** Choosing a value sets its facet (another asserter, article or entity replaces the one chosen); choosing the active value again clears it. */
export function toggle(filter: ClaimFilter, facet: Facet, value: string): ClaimFilter {
  const on = !isActive(filter, facet, value);
  if (facet === 'status') return { by: filter.by, status: on ? value : undefined };
  return { by: on ? { facet, value } : undefined, status: filter.status };
}

export function matches(card: CardValues, filter: ClaimFilter): boolean {
  const status = filter.status === undefined || card.status.includes(filter.status);
  return status && (filter.by === undefined || card[filter.by.facet].includes(filter.by.value));
}
