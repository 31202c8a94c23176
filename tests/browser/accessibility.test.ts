/**
 * axe-core finds no serious or critical accessibility violation on any kind
 * of page of the built site, search results rendered.
 */
import { describe, expect, inject, it } from 'vitest';
import { seriousViolations } from '../support/axe.ts';
import { browserSession, hasChromium } from '../support/browser.ts';
import { claimsBy, siteData } from '../support/site-data.ts';

const session = browserSession();
const corpus = siteData(inject('siteDir'));
const claim = claimsBy(corpus, 'atesh')[0];
const cited = corpus.sources.find((source) => source.kind === 'cited');

const pages: [kind: string, path: string][] = [
  ['home', '/'],
  ['claims list', '/claims/'],
  ['claim', `/claims/${claim?.id}/`],
  ['article', `/sources/${claim?.sourceId}/`],
  ['cited source', `/sources/${cited?.id}/`],
  ['entities', '/entities/'],
  ['entity', '/entities/atesh/'],
  ['graph', '/graph/'],
  ['search results', '/search/?q=Atesh'],
  ['not found', '/404.html'],
];

describe.skipIf(!hasChromium)('accessibility', () => {
  it.each(pages)('has no serious or critical violation on the %s page (%s)', async (_, path) => {
    // The page's CSP would refuse axe's inline script: these tests alone bypass it, and the other browser tests keep it.
    const page = await session.open(path, { bypassCSP: true });
    if (path.startsWith('/search/')) await page.locator('#search-results .result').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
