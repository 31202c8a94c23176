/** The facets of the claims list, with the static page behind each value. */
import type { Claim } from '../pipeline/schema.ts';
import type { CardValues, Facet } from './filter-state.ts';
import type { Records } from './records.ts';
import { statusLook, statusOrder } from './status.ts';
import { excerpt } from './text.ts';

export const facetTitle: Record<Facet, string> = {
  status: 'Status',
  asserter: 'Asserted by',
  article: 'Article',
  entity: 'About',
};

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

export const filterUrl = (facet: Facet, value: string): string => `/claims/${facet}/${value}/`;

export function cardValues(claim: Claim): CardValues {
  return { status: [claim.status], asserter: [claim.asserterId], article: [claim.sourceId], entity: claim.subjects };
}

function label(records: Records, facet: Facet, value: string): string {
  switch (facet) {
    case 'status':
      return statusLook[value as Claim['status']].label;
    case 'article':
      return excerpt(records.article(value).title, 70);
    case 'asserter':
    case 'entity':
      return records.entity(value).name;
  }
}

/** Every value a facet takes, with its number of claims; statuses in their fixed order, the rest by count. */
export function facetOptions(records: Records, facet: Facet): FacetOption[] {
  const counts = new Map<string, number>();
  for (const claim of records.claims) {
    for (const value of cardValues(claim)[facet]) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const values = facet === 'status' ? statusOrder.filter((s) => counts.has(s)) : [...counts.keys()];
  const options = values.map((value) => ({ value, label: label(records, facet, value), count: counts.get(value) ?? 0 }));
  return facet === 'status' ? options : options.sort((a, b) => b.count - a.count);
}

export function filteredClaims(records: Records, facet: Facet, value: string): Claim[] {
  return records.claims.filter((claim) => cardValues(claim)[facet].includes(value));
}
