/**
 * A build writes over the output of the one before instead of emptying it
 * first (src/integrations/stale-output.ts). Built over a site of other
 * content, with an article more, the output must equal a build from scratch:
 * nothing of the earlier site left, nothing of this one missing.
 */
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildFolder, buildInto } from '../support/build-site.ts';
import { filesUnder } from '../support/files.ts';

const content = fileURLToPath(new URL('../../content/', import.meta.url));
const dist = inject('siteDir');
const tree = (dir: string): string[] => filesUnder(dir).map((file) => relative(dir, file));

const EXTRA = `---
title: "Ferry operator disputes port fee figures"
date: "2026-03-02"
---

The Orsund Ferry Company said on Tuesday that the new port fees would double the price of a crossing.

Harbour master Lena Voss said the company's figures were wrong.
`;

describe('a build over an earlier build', () => {
  const scratch: string[] = [];
  afterAll(() => Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true }))));

  it('leaves exactly what a build from scratch writes', async () => {
    const earlier = await mkdtemp(join(tmpdir(), 'claims-earlier-content-'));
    const site = await buildFolder();
    scratch.push(earlier, site);
    await cp(content, earlier, { recursive: true });
    await writeFile(join(earlier, 'articles', 'ferry-operator-disputes-port-fees.md'), EXTRA);
    await buildInto(site, { contentDir: earlier });
    const before = tree(site);
    expect(before.some((file) => file.startsWith('sources/ferry-operator-disputes-port-fees/'))).toBe(true);

    await buildInto(site);
    const files = tree(dist);
    expect(tree(site)).toEqual(files);
    const differing = files.filter((file) => !readFileSync(join(dist, file)).equals(readFileSync(join(site, file))));
    expect(differing).toEqual([]);
  }, 600_000);
});
