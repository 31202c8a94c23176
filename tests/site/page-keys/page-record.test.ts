import { describe, expect, it } from 'vitest';
import type { PageKeyRecord, PageKeysBuild } from '../../../src/site/page-keys/build-state.ts';
import { pageDigest } from '../../../src/site/page-keys/digest.ts';
import { asRecord, isUnchanged, nextRecord } from '../../../src/site/page-keys/page-record.ts';
import { StringTable } from '../../../src/site/page-keys/string-table.ts';

/** Lookup results by key, as a build would find them. */
const results = (found: Record<string, string>) => (key: string) => found[key] ?? 'failed';

function build(previous: PageKeyRecord | undefined, digestOfLookup: (key: string) => string): PageKeysBuild {
  return { outDir: 'out', code: 'c1', previous, routes: new Set(), pages: new Map(), kept: new Set(), lookups: new StringTable(), digestOfLookup };
}

/** The record of a build that rendered page `/a/` with props digest `p` and lookups `x` and `y`. */
function firstBuild(found: Record<string, string>): PageKeyRecord {
  const first = build(undefined, results(found));
  first.pages.set('/a/', { propsDigest: 'p', kept: false, lookups: new Set(['x', 'y'].map((lookup) => first.lookups.indexOf(lookup))) });
  return nextRecord(first);
}

describe('the record of the pages from one build to the next', () => {
  it('finds nothing unchanged in a page no earlier build recorded', () => {
    expect(isUnchanged(build(undefined, results({})), '/a/', 'p', results({}))).toBe(false);
  });

  it('records a rendered page with the digest of its props and lookups, in the order made, and the code that made it', () => {
    const record = firstBuild({ x: '1', y: '2' });
    const page = record.pages['/a/'];
    expect(record.code).toBe('c1');
    expect(page?.digest).toBe(pageDigest('p', ['1', '2']));
    expect(page?.lookups.map((i) => record.lookups[i])).toEqual(['x', 'y']);
  });

  it('finds a page unchanged while its props and lookups give what they gave, and changed when either changes', () => {
    const record = firstBuild({ x: '1', y: '2' });
    const same = results({ x: '1', y: '2' });
    expect(isUnchanged(build(record, same), '/a/', 'p', same)).toBe(true);
    const changed = results({ x: '1', y: '3' });
    expect(isUnchanged(build(record, changed), '/a/', 'p', changed)).toBe(false);
    expect(isUnchanged(build(record, same), '/a/', 'q', same)).toBe(false);
    const gone = results({ x: '1' });
    expect(isUnchanged(build(record, gone), '/a/', 'p', gone)).toBe(false);
    expect(isUnchanged(build(record, same), '/b/', 'p', same)).toBe(false);
  });

  it('carries a kept page’s record forward, and drops one this build neither kept nor rendered', () => {
    const record = firstBuild({ x: '1', y: '2' });
    const same = results({ x: '1', y: '2' });
    const next = build(record, same);
    next.pages.set('/a/', { propsDigest: 'p', kept: true });
    const carried = nextRecord(next);
    expect(carried.pages['/a/']).toEqual({ ...record.pages['/a/'], lookups: [0, 1] });
    expect(carried.lookups).toEqual(['x', 'y']);
    // Given to Astro to render, and never rendered: its earlier record no longer stands for it.
    const notRendered = build(record, same);
    notRendered.pages.set('/a/', { propsDigest: 'p', kept: false });
    expect(nextRecord(notRendered).pages).toEqual({});
    expect(nextRecord(build(record, same)).pages).toEqual({});
  });

  it('reads back only a record of its own shape', () => {
    const record = firstBuild({ x: '1' });
    expect(asRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
    expect(asRecord({ ...record, version: 1 })).toBeUndefined();
    expect(asRecord({ ...record, code: undefined })).toBeUndefined();
    expect(asRecord({ ...record, pages: null })).toBeUndefined();
    expect(asRecord('{}')).toBeUndefined();
  });
});
