/**
 * The claims list's filters were a query string once
 * (`/claims/?status=denied&asserter=ukraine`); each filter is a static page
 * now (filter-state.ts). An old address still names a filter: this reads it
 * and finds the page that shows it. Only a known status and values written
 * as record ids are read, so a page found is always a path under /claims/.
 */
import { filterPath, valueFacets, type ClaimFilter, type FacetValue, type ValueFacet } from './filter-state.ts';
import { statusOrder } from './status.ts';

/** The record ids of the pipeline (the `Id` of schema.ts, which the browser does not load). */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/**
 * The filter an old query string names: a status, one asserter, article or
 * entity, or a status with one of those. A value given twice, malformed or
 * not a status is left out; two of asserter, article and entity name no
 * page, so nothing.
 */
export function legacyFilter(search: string): ClaimFilter | undefined {
  const params = new URLSearchParams(search);
  const once = (key: string): string | undefined => {
    const values = params.getAll(key);
    return values.length === 1 ? values[0] : undefined;
  };
  const given = once('status');
  const status = statusOrder.find((known) => known === given);
  const by = valueFacets.flatMap((facet): FacetValue<ValueFacet>[] => {
    const value = once(facet);
    return value !== undefined && ID.test(value) ? [{ facet, value }] : [];
  });
  if (by.length > 1 || (status === undefined && by.length === 0)) return undefined;
  return { status, by: by[0] };
}

/**
 * The pages that may show a filter, best first. A status with a value has
 * no page of its own where the value's claims all have that status (its
 * page shows them) or none has it; then the value's page, and for a value
 * no record has, the status's.
 */
export function legacyPaths(filter: ClaimFilter): string[] {
  if (filter.status === undefined || filter.by === undefined) return [filterPath(filter)];
  return [filterPath(filter), filterPath({ by: filter.by }), filterPath({ status: filter.status })];
}

/** The first page that exists (by `exists`) of those showing the filter an old query string names, if any. */
export async function legacyTarget(search: string, exists: (path: string) => Promise<boolean>): Promise<string | undefined> {
  const filter = legacyFilter(search);
  if (filter === undefined) return undefined;
  for (const path of legacyPaths(filter)) if (await exists(path)) return path;
  return undefined;
}
