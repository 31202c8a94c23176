/** What a page of a browser test asks the server for. */
import type { Page } from 'playwright-core';

/** The paths a page requests from now on, in order. */
export function pathsRequested(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  return paths;
}

/** The search index files among paths requested. */
export const indexFiles = (paths: readonly string[]): string[] => paths.filter((path) => path.startsWith('/search-index/'));
