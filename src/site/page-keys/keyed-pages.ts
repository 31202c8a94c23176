/**
 * Renders again only the pages that can have changed since the last build.
 * A page is kept from the last build's output only while everything it
 * shows is as it was, and that is not judged from what the page is thought
 * to show but from what it looked up: as it renders, the page reads the
 * records through trackedRecords(), which notes every lookup; the next build
 * runs those lookups again, and keeps the page's output only when its props
 * and every lookup's result are as they were.
 */
import { existsSync } from 'node:fs';
import type { Records } from '../records.ts';
import { loadRecords } from '../load.ts';
import { currentBuild, pageName } from './build-state.ts';
import { digestOf } from './digest.ts';
import { outputFile } from './output-file.ts';
import { isUnchanged } from './page-record.ts';
import { runLookup, trackedRecords } from './lookups.ts';

interface StaticPath {
  params: Record<string, string | number | undefined>;
  props?: Record<string, unknown>;
}

/** A lookup that fails now (its record is gone) differs from whatever it returned before. */
const FAILED = 'failed';

/** The digest of a lookup's result in this build, each lookup run once. */
function lookupDigests(records: Records): (key: string) => string {
  const known = new Map<string, string>();
  return (key) => {
    let digest = known.get(key);
    if (digest === undefined) {
      try {
        digest = digestOf(runLookup(records, key));
      } catch {
        digest = FAILED;
      }
      known.set(key, digest);
    }
    return digest;
  };
}

/**
 * The paths of a route that this build renders: outside a build (`astro
 * dev`) all of them; in a build, those whose page can have changed or whose
 * output has gone. Astro is not told of the others, whose output stays.
 */
export async function keyedPaths<Path extends StaticPath>(routePattern: string, paths: Path[]): Promise<Path[]> {
  const build = currentBuild();
  if (build === undefined) return paths;
  build.digestOfLookup ??= lookupDigests(await loadRecords());
  const { digestOfLookup } = build;
  build.routes.add(routePattern);
  return paths.filter((path) => {
    const name = pageName(routePattern, path.params);
    const propsDigest = digestOf(path.props ?? {});
    const file = outputFile(build.outDir, routePattern, path.params);
    const kept = isUnchanged(build, name, propsDigest, digestOfLookup) && existsSync(file);
    build.pages.set(name, { propsDigest, kept });
    if (kept) build.kept.add(file);
    return !kept;
  });
}

/** The records for the page being rendered: on a keyed route, noting what the page looks up. */
export async function pageRecords(page: { routePattern: string; params: Record<string, string | undefined> }): Promise<Records> {
  const records = await loadRecords();
  const build = currentBuild();
  if (build === undefined || !build.routes.has(page.routePattern)) return records;
  const name = pageName(page.routePattern, page.params);
  const run = build.pages.get(name);
  if (run === undefined) throw new Error(`page ${name} is rendered but its route gave it no key`);
  const lookups = new Set<number>();
  run.lookups = lookups;
  return trackedRecords(records, (key) => lookups.add(build.lookups.indexOf(key)));
}
