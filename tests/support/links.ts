/** The pages of a built site as files and URL paths, and the internal links among them that lead nowhere. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { filesUnder } from './files.ts';
import { attributes } from './html.ts';

const origin = 'http://site.invalid';

/** The page's URL path for a file of the site: directory pages end with a slash. */
export const urlPath = (siteDir: string, file: string): string => `/${relative(siteDir, file).split(sep).join('/')}`.replace(/index\.html$/u, '');

/** The file a URL path serves, if any. */
export function fileFor(siteDir: string, pathname: string): string | undefined {
  const path = join(siteDir, decodeURIComponent(pathname));
  const candidate = pathname.endsWith('/') ? join(path, 'index.html') : path;
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
}

/** Every internal link, source and form action of the site's pages whose target or fragment does not exist: "page → link". */
export function brokenLinks(siteDir: string): string[] {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let found = ids.get(file);
    if (found === undefined) {
      found = new Set(attributes(readFileSync(file, 'utf8'), 'id'));
      ids.set(file, found);
    }
    return found;
  };
  const broken: string[] = [];
  for (const page of filesUnder(siteDir).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(page, 'utf8');
    const here = urlPath(siteDir, page);
    const base = new URL(here, origin);
    for (const link of [...attributes(html, 'href'), ...attributes(html, 'src'), ...attributes(html, 'action')]) {
      const url = new URL(link, base);
      if (url.origin !== origin) continue;
      const target = fileFor(siteDir, url.pathname);
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (target === undefined) broken.push(`${here} → ${link}`);
      else if (fragment !== '' && !idsOf(target).has(fragment)) broken.push(`${here} → ${link} (no such id)`);
    }
  }
  return broken;
}
