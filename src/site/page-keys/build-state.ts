/**
 * What one build knows about its pages' keys, shared between the integration
 * that reads and writes the record of them (src/integrations/page-keys.ts)
 * and the pages that use it: the two are loaded as different modules, so
 * the state hangs on the global object, for the length of one build.
 */
import type { StringTable } from './string-table.ts';

export interface PageRecord {
  /** pageDigest() of the page's props and its lookups' results when it was last rendered. */
  digest: string;
  /** The lookups it made, as indexes into the record's `lookups`. */
  lookups: number[];
}

/** The record one build leaves for the next, one per output folder. */
export interface PageKeyRecord {
  version: 2;
  /** The digest of the site's code when the pages were rendered: with other code, none of them is reused. */
  code: string;
  lookups: string[];
  pages: Record<string, PageRecord>;
}

export interface PageRun {
  propsDigest: string;
  /** Whether its output from the last build was kept rather than rendered again. */
  kept: boolean;
  /** The lookups it made (indexes into the build's `lookups`) when it was rendered in this build; none when its earlier output was kept. */
  lookups?: Set<number>;
}

export interface PageKeysBuild {
  /** The output folder, where the pages this build does not render are kept from the last. */
  outDir: string;
  /** The digest of the site's code in this build. */
  code: string;
  /** The last build's record, when it was made by this code. */
  previous: PageKeyRecord | undefined;
  /** The routes that gave their pages keys, by route pattern. */
  routes: Set<string>;
  pages: Map<string, PageRun>;
  /** The output files of the pages kept from the last build. */
  kept: Set<string>;
  /** Every lookup key the pages made, each once. */
  lookups: StringTable;
  /** The digest of a lookup's result in this build; set by the pages' side, which has the records. */
  digestOfLookup?: (key: string) => string;
}

const STATE = Symbol.for('news-claims.page-keys');
type Holder = { [STATE]?: PageKeysBuild | undefined };

export function currentBuild(): PageKeysBuild | undefined {
  return (globalThis as Holder)[STATE];
}

export function setCurrentBuild(build: PageKeysBuild | undefined): void {
  (globalThis as Holder)[STATE] = build;
}

/** A page's name in the record: its route and its parameters. */
export function pageName(routePattern: string, params: Readonly<Record<string, string | number | undefined>>): string {
  const given = Object.entries(params)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => [name, String(value)] as const)
    .sort(([a], [b]) => a.localeCompare(b));
  return `${routePattern} ${JSON.stringify(given)}`;
}
