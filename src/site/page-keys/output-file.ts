/**
 * Where Astro writes a page of a route, with the site's settings
 * (`trailingSlash: 'always'`, directory format): known before the page is
 * rendered, so that a page left from the last build can be found and kept.
 */
import { join } from 'node:path';

/** `/claims/[id]` with `{ id: 'c1' }` is `claims/c1/index.html`; a rest parameter left out (`[...page]`) takes no folder. */
export function outputFile(outDir: string, routePattern: string, params: Readonly<Record<string, string | number | undefined>>): string {
  const pathname = routePattern.replace(/\[(?:\.\.\.)?([^\]]+)\]/gu, (_, name: string) => String(params[name] ?? ''));
  return join(outDir, ...pathname.split('/').filter((segment) => segment !== ''), 'index.html');
}
