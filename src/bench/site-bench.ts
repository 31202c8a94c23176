/**
 * The explorer's build against a plain Astro site on the same Markdown: a
 * cold build of each, then a rebuild of each after one article is added.
 * Every build has its own cache folder, so cold means cold. Beside them, the
 * floor: bare pages as many as the explorer's records (floor-astro.ts).
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { runAstroBuild, type BuildRun } from './astro-build.ts';
import { round } from './round.ts';
import { distFigures, type DistFigures } from './dist-figures.ts';
import { writePlainAstroProject } from './plain-astro.ts';
import { FLOOR_PAGES_VARIABLE, writeFloorAstroProject } from './floor-astro.ts';

export interface SiteFigures {
  explorer: {
    build: BuildRun;
    rebuild: BuildRun;
    pagesPerSecond: number;
    dist: DistFigures;
    articlesExtractedOnRebuild: number | undefined;
    /** Of the record and list pages, those the rebuild rendered; the rest it kept from the build before (src/site/page-keys/). */
    pagesRenderedOnRebuild: { rendered: number; of: number } | undefined;
  };
  plain: { build: BuildRun; rebuild: BuildRun; pages: number; distBytes: number };
  /** Bare pages, one per record: the least build time the explorer's URL contract allows. */
  floor: { build: BuildRun; pages: number };
  /** Explorer time over plain Astro time, and the floor's time over plain Astro time. */
  ratio: { build: number; rebuild: number; floor: number };
}

/** "articles read 1001/1001 (1 extracted, 1000 unchanged)" → 1. */
function extractedCount(line: string | undefined): number | undefined {
  const match = /\((\d+) extracted, \d+ unchanged\)/u.exec(line ?? '');
  return match ? Number(match[1]) : undefined;
}

/** "2717 of 39418 record and list pages rendered, 36701 kept from the last build" → 2717 of 39418. */
function renderedCount(line: string | undefined): { rendered: number; of: number } | undefined {
  const match = /(\d+) of (\d+) record and list pages rendered/u.exec(line ?? '');
  return match ? { rendered: Number(match[1]), of: Number(match[2]) } : undefined;
}

export interface SiteRun {
  root: string;
  contentDir: string;
  /** The article added before the rebuilds. */
  addedArticle: string;
  /** Records the explorer renders a page for: claims, sources and entities. */
  records: number;
  progress: (line: string) => void;
}

export async function measureSites({ root, contentDir, addedArticle, records, progress }: SiteRun): Promise<SiteFigures> {
  const work = await mkdtemp(join(tmpdir(), 'nce-sites-'));
  const plainProject = join(root, '.bench', 'plain-astro');
  const floorProject = join(root, '.bench', 'floor-astro');
  try {
    await writePlainAstroProject(plainProject);
    await writeFloorAstroProject(floorProject);
    const explorerBuild = (label: string) =>
      runAstroBuild({ project: root, outDir: join(work, 'explorer'), contentDir, label, progress, env: { NCE_CACHE_DIR: join(work, 'explorer-cache') } });
    const plainBuild = (label: string) =>
      runAstroBuild({ project: plainProject, outDir: join(work, 'plain'), contentDir, label, progress, env: { NCE_CACHE_DIR: join(work, 'plain-cache') } });

    const build = await explorerBuild('explorer build');
    const dist = await distFigures(join(work, 'explorer'));
    const plain = await plainBuild('plain Astro build');
    const plainDist = await distFigures(join(work, 'plain'));
    const floor = await runAstroBuild({
      project: floorProject,
      outDir: join(work, 'floor'),
      contentDir,
      label: `floor, ${records} bare pages`,
      progress,
      env: { NCE_CACHE_DIR: join(work, 'floor-cache'), [FLOOR_PAGES_VARIABLE]: String(records) },
    });
    await rm(join(work, 'floor'), { recursive: true, force: true });
    await copyFile(addedArticle, join(contentDir, 'articles', basename(addedArticle)));
    const rebuild = await explorerBuild('explorer rebuild');
    const plainRebuild = await plainBuild('plain Astro rebuild');
    return {
      explorer: {
        build,
        rebuild,
        pagesPerSecond: round(dist.pages / build.seconds),
        dist,
        articlesExtractedOnRebuild: extractedCount(rebuild.extractionLine),
        pagesRenderedOnRebuild: renderedCount(rebuild.pageKeysLine),
      },
      plain: { build: plain, rebuild: plainRebuild, pages: plainDist.pages, distBytes: plainDist.bytes },
      floor: { build: floor, pages: records },
      ratio: { build: round(build.seconds / plain.seconds), rebuild: round(rebuild.seconds / plainRebuild.seconds), floor: round(floor.seconds / plain.seconds) },
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
