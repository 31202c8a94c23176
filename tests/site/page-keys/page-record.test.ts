import { describe, expect, it } from 'vitest';
import type { PageKeyRecord, PageKeysBuild } from '../../../src/site/page-keys/build-state.ts';
import { pageDigest } from '../../../src/site/page-keys/digest.ts';
import { keyFor, nextRecord } from '../../../src/site/page-keys/page-record.ts';
import { StringTable } from '../../../src/site/page-keys/string-table.ts';

/** Lookup results by key, as a build would find them. */
const results = (found: Record<string, string>) => (key: string) => found[key] ?? 'failed';

function build(previous: PageKeyRecord | undefined, digestOfLookup: (key: string) => string, nonce = 'n2'): PageKeysBuild {
  return { tag: 'out', nonce, previous, routes: new Set(), pages: new Map(), lookups: new StringTable(), digestOfLookup };
}

/** The record of a build that rendered page `/a/` with props digest `p` and lookups `x` and `y`. */
function firstBuild(found: Record<string, string>): PageKeyRecord {
  const first = build(undefined, results(found), 'n1');
  const key = keyFor(first, '/a/', 'p', results(found));
  first.pages.set('/a/', { propsDigest: 'p', key, lookups: new Set(['x', 'y'].map((lookup) => first.lookups.indexOf(lookup))) });
  return nextRecord(first);
}

describe('page keys from one build to the next', () => {
  it('gives a page no earlier build recorded a key of this build alone', () => {
    const key = keyFor(build(undefined, results({})), '/a/', 'p', results({}));
    expect(key).toBe('out:new:n2');
  });

  it('records a rendered page with the digest of its props and lookups, in the order made', () => {
    const record = firstBuild({ x: '1', y: '2' });
    const page = record.pages['/a/'];
    expect(page?.key).toBe('out:new:n1');
    expect(page?.digest).toBe(pageDigest('p', ['1', '2']));
    expect(page?.lookups.map((i) => record.lookups[i])).toEqual(['x', 'y']);
  });

  it('keeps a page’s earlier key while its props and lookups give what they gave, and changes it when either changes', () => {
    const record = firstBuild({ x: '1', y: '2' });
    const same = results({ x: '1', y: '2' });
    expect(keyFor(build(record, same), '/a/', 'p', same)).toBe('out:new:n1');
    const changed = results({ x: '1', y: '3' });
    expect(keyFor(build(record, changed), '/a/', 'p', changed)).toBe(`out:${pageDigest('p', ['1', '3'])}`);
    expect(keyFor(build(record, same), '/a/', 'q', same)).not.toBe('out:new:n1');
    const gone = results({ x: '1' });
    expect(keyFor(build(record, gone), '/a/', 'p', gone)).not.toBe('out:new:n1');
  });

  it('carries a reused page’s record forward, and drops a page this build did not have', () => {
    const record = firstBuild({ x: '1', y: '2' });
    const same = results({ x: '1', y: '2' });
    const next = build(record, same);
    next.pages.set('/a/', { propsDigest: 'p', key: keyFor(next, '/a/', 'p', same) });
    const carried = nextRecord(next);
    expect(carried.pages['/a/']).toEqual({ ...record.pages['/a/'], lookups: [0, 1] });
    expect(carried.lookups).toEqual(['x', 'y']);
    expect(nextRecord(build(record, same)).pages).toEqual({});
  });
});
