/**
 * The record of the keyed pages that one build leaves for the next: for each
 * page, its digest and the lookups it made.
 */
import type { PageKeyRecord, PageKeysBuild } from './build-state.ts';
import { pageDigest } from './digest.ts';
import { StringTable } from './string-table.ts';

/**
 * Whether a page would come out of this build as the last one left it: the
 * last build rendered it with this code, and its props and the results of
 * the lookups it made then are as they were.
 */
export function isUnchanged(build: PageKeysBuild, name: string, propsDigest: string, digestOfLookup: (key: string) => string): boolean {
  const earlier = build.previous?.pages[name];
  if (earlier === undefined) return false;
  const lookups = build.previous?.lookups ?? [];
  return pageDigest(propsDigest, earlier.lookups.map((index) => digestOfLookup(lookups[index] ?? ''))) === earlier.digest;
}

/**
 * The record for the next build. A page rendered now is recorded as it
 * rendered; a page kept from the last build keeps its earlier record, whose
 * lookups, run again, gave the same results.
 */
export function nextRecord(build: PageKeysBuild): PageKeyRecord {
  const lookups = new StringTable();
  const record: PageKeyRecord = { version: 2, code: build.code, lookups: lookups.list, pages: {} };
  const indexOf = (key: string): number => lookups.indexOf(key);
  const lookupDigest = build.digestOfLookup;
  for (const [name, run] of build.pages) {
    if (run.lookups !== undefined && lookupDigest !== undefined) {
      const keys = [...run.lookups].map((index) => build.lookups.list[index] as string);
      record.pages[name] = { digest: pageDigest(run.propsDigest, keys.map(lookupDigest)), lookups: keys.map(indexOf) };
      continue;
    }
    const earlier = build.previous?.pages[name];
    if (!run.kept || earlier === undefined) continue;
    const earlierLookups = build.previous?.lookups ?? [];
    record.pages[name] = { ...earlier, lookups: earlier.lookups.map((index) => indexOf(earlierLookups[index] ?? '')) };
  }
  return record;
}

/** A record read back, or undefined when it is not one of this shape. */
export function asRecord(value: unknown): PageKeyRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { version, code, lookups, pages } = value as Partial<PageKeyRecord>;
  if (version !== 2 || typeof code !== 'string' || !Array.isArray(lookups) || typeof pages !== 'object' || pages === null) return undefined;
  return { version, code, lookups, pages };
}
