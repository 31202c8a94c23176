/** The build is deterministic: a second build of the same sources equals the shared one, file for file and byte for byte. */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { filesUnder } from '../support/files.ts';

const dist = inject('siteDir');
const tree = (dir: string): string[] => filesUnder(dir).map((file) => relative(dir, file));

describe('the build', () => {
  it('writes the same files with the same bytes every time', async () => {
    const again = await mkdtemp(join(tmpdir(), 'claims-site-again-'));
    try {
      await buildSite(again);
      const files = tree(dist);
      expect(tree(again)).toEqual(files);
      const differing = files.filter((file) => !readFileSync(join(dist, file)).equals(readFileSync(join(again, file))));
      expect(differing).toEqual([]);
    } finally {
      await rm(again, { recursive: true, force: true });
    }
  }, 600_000);
});
