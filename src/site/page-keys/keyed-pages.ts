/**
 * Cache keys for Astro's incremental builds (`experimental.incrementalBuild`):
 * Astro renders a page again only when its key or its code changed. A page's
 * key must change whenever anything it shows changes, so it is not computed
 * from what the page is thought to show but from what it looked up: as it
 * renders, the page reads the records through trackedRecords(), which notes
 * every lookup; the next build runs those lookups again, and the page keeps
 * its key only when its props and every lookup's result are as they were.
 */
import type { Records } from '../records.ts';
import { loadRecords } from '../load.ts';
import { currentBuild, pageName } from './build-state.ts';
import { digestOf } from './digest.ts';
import { keyFor } from './page-record.ts';
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

/** The paths of a route with their cache keys; as they are outside a build (`astro dev`). */
export async function keyedPaths<Path extends StaticPath>(routePattern: string, paths: Path[]): Promise<(Path & { cacheKey?: string })[]> {
  const build = currentBuild();
  if (build === undefined) return paths;
  build.digestOfLookup ??= lookupDigests(await loadRecords());
  const { digestOfLookup } = build;
  build.routes.add(routePattern);
  return paths.map((path) => {
    const name = pageName(routePattern, path.params);
    const propsDigest = digestOf(path.props ?? {});
    const key = keyFor(build, name, propsDigest, digestOfLookup);
    build.pages.set(name, { propsDigest, key });
    return { ...path, cacheKey: key };
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
