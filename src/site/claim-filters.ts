/**
 * The facets of the claims list: which claims each filter shows, the values
 * each facet takes with their counts, and every static page of the list.
 * Built once per build (`records.facets`), so a page only looks things up.
 */
import type { Claim } from '../pipeline/schema.ts';
import {
  facets,
  filterPath,
  facetIndexPath,
  valueFacets,
  type CardValues,
  type ClaimFilter,
  type Facet,
  type FacetValue,
  type ValueFacet,
} from './filter-state.ts';
import { laterPages, limits, pageUrl } from './pagination.ts';
import type { Records } from './records.ts';
import { statusLook, statusOrder } from './status.ts';
import { excerpt } from './text.ts';

export const facetTitle: Record<Facet, string> = {
  status: 'Status',
  asserter: 'Asserted by',
  article: 'Article',
  entity: 'About',
};

/** A facet's values, and the title of the index that lists them all. */
export const facetValues: Record<Facet, { one: string; many: string; index: string }> = {
  status: { one: 'status', many: 'statuses', index: 'Claims by status' },
  asserter: { one: 'asserter', many: 'asserters', index: 'Claims by asserter' },
  article: { one: 'article', many: 'articles', index: 'Claims by article' },
  entity: { one: 'entity', many: 'entities', index: 'Claims by the entity they are about' },
};

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

export function cardValues(claim: Claim): CardValues {
  return { status: [claim.status], asserter: [claim.asserterId], article: [claim.sourceId], entity: claim.subjects };
}

/** The static page of one facet value. */
export function filterUrl(facet: Facet, value: string): string {
  return filterPath(facet === 'status' ? { status: value } : { by: { facet, value } });
}

export function facetLabel(records: Records, facet: Facet, value: string): string {
  switch (facet) {
    case 'status':
      return statusLook[value as Claim['status']].label;
    case 'article':
      return excerpt(records.article(value).title, 70);
    case 'asserter':
    case 'entity':
      return records.named(value).name;
  }
}

/** What a filter shows, as words: "Asserted by: Atesh · Status: Unverified". */
export function filterLabel(records: Records, filter: ClaimFilter): string {
  const parts = [
    ...(filter.by === undefined ? [] : [`${facetTitle[filter.by.facet]}: ${facetLabel(records, filter.by.facet, filter.by.value)}`]),
    ...(filter.status === undefined ? [] : [`${facetTitle.status}: ${facetLabel(records, 'status', filter.status)}`]),
  ];
  return parts.join(' · ');
}

/** One page of the claims list, or of the index of a facet's values. */
export type ClaimListing = { kind: 'claims'; filter: ClaimFilter; page: number } | { kind: 'values'; facet: Facet; page: number };

const optionsKey = (facet: Facet, status: string | undefined): string => `${facet}|${status ?? ''}`;

export class ClaimFacets {
  readonly #records: Records;
  /**
   * The claims of every filter that has any, by the filter's path, in the
   * order of the text; `same` names the page of the wider filter that shows
   * the same claims (an asserter's claims that all have the one status).
   */
  readonly #lists = new Map<string, { filter: ClaimFilter; claims: Claim[]; same?: string }>();
  /** The values of a facet under a status (or none), in the order first met. */
  readonly #values = new Map<string, Set<string>>();
  readonly #options = new Map<string, FacetOption[]>();

  constructor(records: Records) {
    this.#records = records;
    // The whole list has its page even when there are no claims.
    this.#lists.set(filterPath({}), { filter: {}, claims: [] });
    for (const claim of records.claims) {
      const values = cardValues(claim);
      const filters: ClaimFilter[] = [{}, { status: claim.status }];
      for (const facet of valueFacets) {
        for (const value of new Set(values[facet])) filters.push({ by: { facet, value } }, { by: { facet, value }, status: claim.status });
      }
      for (const filter of filters) this.#add(filter, claim);
    }
    for (const list of this.#lists.values()) {
      // A status alone keeps its page even when every claim has it: the status index and the home page's chart link there.
      const wider = list.filter.status === undefined || list.filter.by === undefined ? undefined : this.#lists.get(filterPath({ by: list.filter.by }));
      if (wider !== undefined && wider.claims.length === list.claims.length) {
        list.claims = wider.claims;
        list.same = filterPath({ by: list.filter.by });
      }
    }
  }

  #add(filter: ClaimFilter, claim: Claim): void {
    const path = filterPath(filter);
    const list = this.#lists.get(path);
    if (list !== undefined) {
      list.claims.push(claim);
      return;
    }
    this.#lists.set(path, { filter, claims: [claim] });
    const [facet, value]: [Facet, string | undefined] = filter.by === undefined ? ['status', filter.status] : [filter.by.facet, filter.by.value];
    if (value === undefined) return;
    const key = optionsKey(facet, filter.by === undefined ? undefined : filter.status);
    const seen = this.#values.get(key) ?? new Set<string>();
    seen.add(value);
    this.#values.set(key, seen);
  }

  /** The page of a filter: its own, or the one of a wider filter that shows the same claims. */
  path(filter: ClaimFilter): string {
    const path = filterPath(filter);
    return this.#lists.get(path)?.same ?? path;
  }

  /** The claims a filter shows, in the order of the text. */
  claims(filter: ClaimFilter): Claim[] {
    return this.#lists.get(filterPath(filter))?.claims ?? [];
  }

  /**
   * Every value of a facet with its number of claims, under a status when
   * given: statuses in their fixed order, other facets most claims first.
   */
  options(facet: Facet, status?: string): FacetOption[] {
    const key = optionsKey(facet, facet === 'status' ? undefined : status);
    let options = this.#options.get(key);
    if (options === undefined) {
      const values = [...(this.#values.get(key) ?? [])];
      if (facet === 'status') values.sort((a, b) => statusOrder.indexOf(a as Claim['status']) - statusOrder.indexOf(b as Claim['status']));
      options = values.map((value) => this.option(facet, value, status));
      if (facet !== 'status') options.sort((a, b) => b.count - a.count);
      this.#options.set(key, options);
    }
    return options;
  }

  /** One value with its claims under a status (or all its claims). */
  option(facet: Facet, value: string, status?: string): FacetOption {
    const filter: ClaimFilter = facet === 'status' ? { status: value } : { by: { facet, value }, status };
    return { value, label: facetLabel(this.#records, facet, value), count: this.claims(filter).length };
  }

  /** The statuses of the claims under one asserter, article or entity (or of all claims), with their counts. */
  statuses(by: FacetValue<ValueFacet> | undefined): FacetOption[] {
    return statusOrder
      .map((status) => ({ value: status, label: statusLook[status].label, count: this.claims({ by, status }).length }))
      .filter((option) => option.count > 0);
  }

  /**
   * What the filters beside a page of the list offer: every status (of the
   * claims under the chosen asserter, article or entity); for the other
   * facets, the chosen value if there is one, otherwise the values with the
   * most claims under the chosen status and how many values the facet has
   * in all.
   */
  sidebar(filter: ClaimFilter): { facet: Facet; options: FacetOption[]; total: number | undefined }[] {
    const { by } = filter;
    return facets.map((facet) => {
      if (facet === 'status') {
        const options = this.statuses(by);
        return { facet, options, total: options.length };
      }
      // A page narrowed to one asserter, article or entity offers that one and the index of the others. The
      // values with the most claims overall would be the same on each of these thousands of pages, and
      // would change with almost every article added, so that each rebuild rendered all of them again.
      if (by !== undefined) return { facet, options: by.facet === facet ? [this.option(facet, by.value, filter.status)] : [], total: undefined };
      const top = this.options(facet, filter.status).slice(0, limits.filterValues);
      const active = filter.by?.facet === facet ? filter.by.value : undefined;
      const options = active === undefined || top.some((o) => o.value === active) ? top : [...top, this.option(facet, active, filter.status)];
      return { facet, options, total: this.options(facet).length };
    });
  }

  /** Every page of the claims list and of the facets' indexes, with its path. */
  listings(): { path: string; listing: ClaimListing }[] {
    const pages = (base: string, total: number, size: number, listing: (page: number) => ClaimListing) =>
      [1, ...laterPages(total, size)].map((page) => ({ path: pageUrl(base, page), listing: listing(page) }));
    return [
      ...[...this.#lists].flatMap(([path, { filter, claims, same }]) =>
        same === undefined ? pages(path, claims.length, limits.claimsPerPage, (page) => ({ kind: 'claims', filter, page })) : [],
      ),
      ...facets.flatMap((facet) =>
        pages(facetIndexPath(facet), this.options(facet).length, limits.namesPerPage, (page) => ({ kind: 'values', facet, page })),
      ),
    ];
  }
}
