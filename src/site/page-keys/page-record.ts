/**
 * The record of the keyed pages that one build leaves for the next: for each
 * page, the key Astro recorded, the page's digest and the lookups it made.
 */
import type { PageKeyRecord, PageKeysBuild } from './build-state.ts';
import { pageDigest } from './digest.ts';
import { StringTable } from './string-table.ts';

/**
 * A page's key in this build: its earlier key when its props and the
 * results of the lookups it made last time are as they were, so that Astro
 * reuses its output; otherwise a key Astro has not seen, so that it renders
 * the page.
 */
export function keyFor(build: PageKeysBuild, name: string, propsDigest: string, digestOfLookup: (key: string) => string): string {
  const earlier = build.previous?.pages[name];
  if (earlier === undefined) return `${build.tag}:new:${build.nonce}`;
  const lookups = build.previous?.lookups ?? [];
  const now = pageDigest(propsDigest, earlier.lookups.map((index) => digestOfLookup(lookups[index] ?? '')));
  return now === earlier.digest ? earlier.key : `${build.tag}:${now}`;
}

/**
 * The record for the next build. A page Astro rendered is recorded as it
 * rendered now; a page it reused keeps its earlier record, whose lookups,
 * run again, gave the same results.
 */
export function nextRecord(build: PageKeysBuild): PageKeyRecord {
  const lookups = new StringTable();
  const record: PageKeyRecord = { version: 1, lookups: lookups.list, pages: {} };
  const indexOf = (key: string): number => lookups.indexOf(key);
  const lookupDigest = build.digestOfLookup;
  for (const [name, run] of build.pages) {
    if (run.lookups !== undefined && lookupDigest !== undefined) {
      const keys = [...run.lookups].map((index) => build.lookups.list[index] as string);
      record.pages[name] = { key: run.key, digest: pageDigest(run.propsDigest, keys.map(lookupDigest)), lookups: keys.map(indexOf) };
      continue;
    }
    const earlier = build.previous?.pages[name];
    if (earlier === undefined || earlier.key !== run.key) continue;
    const earlierLookups = build.previous?.lookups ?? [];
    record.pages[name] = { ...earlier, lookups: earlier.lookups.map((index) => indexOf(earlierLookups[index] ?? '')) };
  }
  return record;
}

/** A record read back, or undefined when it is not one this code wrote. */
export function asRecord(value: unknown): PageKeyRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { version, lookups, pages } = value as Partial<PageKeyRecord>;
  if (version !== 1 || !Array.isArray(lookups) || typeof pages !== 'object' || pages === null) return undefined;
  return { version, lookups, pages };
}
