/**
 * A build writes over the output of the one before instead of emptying it
 * first (src/integrations/stale-output.ts), and renders again only the pages
 * whose lookups of the records give something new (src/site/page-keys/).
 * Built over a site with an article more, one that adds claims and mentions
 * to parties of the other articles, the output must equal a build from
 * scratch: nothing of the earlier site left, nothing of this one missing, no
 * page as the earlier records had it. A page deleted from the output since
 * is rendered again, and with other code every page is.
 */
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildFolder, buildInto } from '../support/build-site.ts';
import { filesUnder } from '../support/files.ts';

const content = fileURLToPath(new URL('../../content/', import.meta.url));
const dist = inject('siteDir');
const tree = (dir: string): string[] => filesUnder(dir).map((file) => relative(dir, file));
const read = (dir: string, file: string): Buffer => readFileSync(join(dir, file));
const pagesSaid = (said: string) => {
  const [, rendered, kept] = /(\d+) of \d+ record and list pages rendered, (\d+) kept from the last build/u.exec(said) ?? [];
  return { rendered: Number(rendered), kept: Number(kept) };
};

const EXTRA = `---
title: "Blogger repeats his claim of NATO help for the drone strike"
date: "2026-03-02"
---

Russian war blogger Alexei Zhivoev said on Tuesday that a NATO reconnaissance plane had guided the drones to the Leningrad region.

NATO denied the claim, a spokesperson for the alliance said.

The Orsund Ferry Company said the new port fees would double the price of a crossing.
`;

describe('a build over an earlier build', () => {
  const scratch: string[] = [];
  afterAll(() => Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true }))));

  it('leaves exactly what a build from scratch writes, rendering again only what changed', async () => {
    const earlier = await mkdtemp(join(tmpdir(), 'claims-earlier-content-'));
    // Astro's cache of its own, so that the record of the first build is the one the second finds.
    const cacheDir = await mkdtemp(join(tmpdir(), 'claims-earlier-cache-'));
    const site = await buildFolder();
    scratch.push(earlier, cacheDir, site);
    await cp(content, earlier, { recursive: true });
    await writeFile(join(earlier, 'articles', 'blogger-repeats-claim.md'), EXTRA);
    await buildInto(site, { contentDir: earlier, cacheDir });
    const before = tree(site);
    expect(before.some((file) => file.startsWith('sources/blogger-repeats-claim/'))).toBe(true);
    const files = tree(dist);
    // Pages of the other articles' parties that the extra article changed: they must not survive as they were.
    const changedSince = files.filter((file) => before.includes(file) && !read(site, file).equals(read(dist, file)));
    expect(changedSince.filter((file) => file.startsWith('claims/') || file.startsWith('entities/')).length).toBeGreaterThan(0);

    // A page the extra article leaves as it was, deleted by hand: it must be rendered again, not kept.
    const deleted = files.find((file) => file.startsWith('claims/') && before.includes(file) && read(site, file).equals(read(dist, file)));
    expect(deleted).toBeDefined();
    await rm(join(site, deleted!));

    const said = pagesSaid(await buildInto(site, { cacheDir }));
    expect(said.rendered).toBeGreaterThan(0);
    expect(said.kept).toBeGreaterThan(0);
    expect(tree(site)).toEqual(files);
    expect(files.filter((file) => !read(dist, file).equals(read(site, file)))).toEqual([]);

    // The record says the pages were made by other code: none of them may be kept.
    const records = join(cacheDir, 'news-claims', 'page-keys');
    const [recordFile] = await readdir(records);
    const record = JSON.parse(await readFile(join(records, recordFile!), 'utf8'));
    await writeFile(join(records, recordFile!), JSON.stringify({ ...record, code: 'other' }));
    const afterOtherCode = pagesSaid(await buildInto(site, { cacheDir }));
    expect(afterOtherCode).toEqual({ rendered: said.rendered + said.kept, kept: 0 });
    expect(tree(site)).toEqual(files);
  }, 600_000);
});
