/**
 * A corpus whose lists overflow what a page shows at once
 * (tests/fixtures/crowded-content.ts), built into a site of its own and
 * opened in Chromium: /search/ shows a first batch of each group, says how
 * many there are, and its button appends the next batch, fetching only the
 * index chunks of that batch; an entity whose lists beside it are cut short
 * links to their whole, paginated. The session fails on any console error,
 * page error, failed request or CSP violation.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimEntry } from '../../src/search/files.ts';
import { claimChunkPath } from '../../src/search/files.ts';
import { entityListLook, entityLists, entityListUrl, type EntityList } from '../../src/site/entity-lists.ts';
import { limits, pageUrl } from '../../src/site/pagination.ts';
import { BATCH_SIZE } from '../../src/site/search/batches.ts';
import { entityUrl, sourceUrl } from '../../src/site/urls.ts';
import { CROWDED, engineer, writeCrowdedContent } from '../fixtures/crowded-content.ts';
import { seriousViolations } from '../support/axe.ts';
import { browserSession, hasChromium } from '../support/browser.ts';
import { buildSite } from '../support/build-site.ts';
import { filesUnder } from '../support/files.ts';
import { htmlProblems } from '../support/html-validate.ts';
import { brokenLinks, fileFor } from '../support/links.ts';
import { indexFiles, pathsRequested } from '../support/requests.ts';
import { siteData } from '../support/site-data.ts';

/** Articles of the corpus: more than a page of the articles naming the Authority, and three claims each. */
const ARTICLES = 110;

let root = '';
let siteDir = '';
/** The chunk file of each claim id, as the index routes it. */
const chunkOfClaim = new Map<string, string>();

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'claims-crowded-'));
  siteDir = join(root, 'site');
  await writeCrowdedContent(join(root, 'content'), ARTICLES);
  await buildSite(siteDir, { contentDir: join(root, 'content') });
  const vocabulary = JSON.parse(await readFile(join(siteDir, 'search-index', 'vocabulary.json'), 'utf8')) as { claims: { count: number; perChunk: number } };
  for (let chunk = 0; chunk * vocabulary.claims.perChunk < vocabulary.claims.count; chunk++) {
    const path = claimChunkPath(chunk);
    const entries = JSON.parse(await readFile(join(siteDir, 'search-index', path), 'utf8')) as ClaimEntry[];
    for (const [id] of entries) chunkOfClaim.set(id, `/search-index/${path}`);
  }
}, 600_000);
afterAll(() => rm(root, { recursive: true, force: true }));

/** What the entity's page shows the start of: the articles naming it, and the entities named in a sentence with it. */
function wholeLists(entityId: string): Record<EntityList, string[]> {
  const { entities } = siteData(siteDir);
  const sentencesOf = (id: string): Set<string> => new Set(entities.find((e) => e.id === id)?.mentions.map((m) => `${m.sourceId}#${m.sentenceId}`));
  const own = sentencesOf(entityId);
  return {
    articles: [...new Set([...own].map((key) => sourceUrl(key.split('#')[0] ?? '')))],
    'named-with': entities.filter((e) => e.id !== entityId && [...sentencesOf(e.id)].some((key) => own.has(key))).map((e) => entityUrl(e.id)),
  };
}

const listPages = (): string[] => filesUnder(siteDir).filter((file) => /\/entities\/[^/]+\/(articles|named-with)\//u.test(file));

describe('the whole lists beside an entity, as built', () => {
  it('exist for an entity named in more articles and sentences than its page lists, and not for one named in fewer', () => {
    const lists = wholeLists(CROWDED.id);
    const quiet = engineer(0).toLowerCase().replace(' ', '-');
    expect(lists.articles.length).toBeGreaterThan(limits.sourcesPerPage);
    expect(lists['named-with'].length).toBeGreaterThan(limits.relatedNames);
    for (const list of entityLists) {
      expect(fileFor(siteDir, entityListUrl(CROWDED.id, list))).toBeDefined();
      expect(wholeLists(quiet)[list].length).toBeLessThanOrEqual(limits.relatedNames);
      expect(fileFor(siteDir, entityListUrl(quiet, list))).toBeUndefined();
    }
    expect(fileFor(siteDir, pageUrl(entityListUrl(CROWDED.id, 'articles'), 2))).toBeDefined();
  });

  it('leave no link broken, are valid HTML and have a meta description', async () => {
    expect(brokenLinks(siteDir)).toEqual([]);
    expect(await htmlProblems(siteDir, listPages())).toEqual([]);
    const described = (file: string): boolean => /<meta name="description" content="[^"]+"/u.test(readFileSync(file, 'utf8'));
    expect(listPages().filter((file) => !described(file))).toEqual([]);
  }, 60_000);
});

describe.skipIf(!hasChromium)('a crowded corpus in the browser', () => {
  const session = browserSession({ siteDir: () => siteDir });

  /** The links of a group's hits on /search/. */
  const hitLinks = (page: Page, group: string): Promise<string[]> =>
    page.locator(`section[aria-labelledby="results-${group}"] .result a`).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));

  describe('the full results page', () => {
    it('shows a first batch of each group, says how many there are, and appends the next batch from the chunks of its own hits', async () => {
      const { claims, sources } = siteData(siteDir);
      // What "harbour" finds: the Authority's claims (by its name) and the claims and article titles that hold the word.
      const claimHits = claims.filter((c) => c.asserterId === CROWDED.id || /harbour/iu.test(c.quote)).length;
      const sourceHits = sources.filter((s) => s.kind === 'article' && /harbour/iu.test(s.title)).length;
      expect(claimHits).toBeGreaterThan(2 * BATCH_SIZE);
      expect(sourceHits).toBeGreaterThan(BATCH_SIZE);

      const page = await session.page();
      const fetched = pathsRequested(page);
      await page.goto(session.url('/search/?q=harbour'));
      const claimsSection = page.locator('section[aria-labelledby="results-claims"]');
      const sourcesSection = page.locator('section[aria-labelledby="results-sources"]');
      await claimsSection.waitFor();
      expect(await claimsSection.locator('h2').textContent()).toBe(`Claims ${claimHits}`);
      expect(await claimsSection.locator('.batch-note').textContent()).toBe(`${BATCH_SIZE} of ${claimHits} claims shown`);
      expect(await hitLinks(page, 'claims')).toHaveLength(BATCH_SIZE);
      expect(await sourcesSection.locator('.batch-note').textContent()).toBe(`${BATCH_SIZE} of ${sourceHits} sources shown`);
      expect(await sourcesSection.getByRole('button').textContent()).toBe(`Show ${Math.min(BATCH_SIZE, sourceHits - BATCH_SIZE)} more sources`);
      // The one entity found fits its first batch: no note, no button.
      expect(await page.locator('section[aria-labelledby="results-entities"] :is(.batch-note, button)').count()).toBe(0);
      // Only the chunks of the hits shown.
      const firstChunks = new Set((await hitLinks(page, 'claims')).map((href) => chunkOfClaim.get(href.split('/')[2] ?? '') ?? href));
      expect(new Set(indexFiles(fetched).filter((path) => path.startsWith('/search-index/claims/')))).toEqual(firstChunks);

      // By keyboard: the button, then the first new hit has focus and the live region says how many are shown.
      const more = claimsSection.getByRole('button', { name: `Show ${BATCH_SIZE} more claims` });
      await more.focus();
      const before = fetched.length;
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: `${2 * BATCH_SIZE} of ${claimHits} claims shown` }).waitFor();
      const second = await hitLinks(page, 'claims');
      expect(second).toHaveLength(2 * BATCH_SIZE);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(second[BATCH_SIZE]);
      expect(await claimsSection.locator('.batch-note').textContent()).toBe(`${2 * BATCH_SIZE} of ${claimHits} claims shown`);
      // The chunks of the new hits that the page did not have yet, and nothing else.
      const had = new Set(fetched.slice(0, before));
      const needed = second.slice(BATCH_SIZE).map((href) => chunkOfClaim.get(href.split('/')[2] ?? '') ?? href);
      expect(new Set(fetched.slice(before))).toEqual(new Set(needed.filter((path) => !had.has(path))));
      expect(indexFiles(fetched)).toEqual([...new Set(indexFiles(fetched))]);

      // To the end: every hit once, then no button.
      const button = claimsSection.getByRole('button');
      while ((await button.count()) > 0) {
        const shown = (await hitLinks(page, 'claims')).length;
        await button.click();
        await page.waitForFunction(
          ([selector, n]) => document.querySelectorAll(selector).length > n,
          ['section[aria-labelledby="results-claims"] .result', shown] as const,
        );
      }
      const all = await hitLinks(page, 'claims');
      expect(all).toHaveLength(claimHits);
      expect(new Set(all).size).toBe(claimHits);
      expect(await claimsSection.getByRole('button').count()).toBe(0);
      expect(await claimsSection.locator('.batch-note').textContent()).toBe(`All ${claimHits} claims shown`);
    });

    it('has no serious accessibility violation with its notes and buttons', async () => {
      const page = await session.open('/search/?q=harbour', { bypassCSP: true });
      await page.locator('.more-results').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });

  describe('the whole lists beside an entity', () => {
    const sections: Record<EntityList, string> = { articles: 'articles', 'named-with': 'co-mentioned' };

    it.each(entityLists)('links from the entity’s page to the whole %s list, every item once over its pages, without JavaScript', async (list) => {
      const expected = wholeLists(CROWDED.id)[list];
      const page = await session.open(entityUrl(CROWDED.id), { javaScriptEnabled: false });
      const section = page.locator(`section[aria-labelledby="${sections[list]}"]`);
      expect(await section.locator('ul.counted li').count()).toBe(limits.relatedNames);
      const all = section.locator('p.more a');
      expect(await all.textContent()).toBe(`All ${expected.length} ${entityListLook[list].holds(CROWDED.name)} →`);
      await all.click();
      await page.waitForURL(`**${entityListUrl(CROWDED.id, list)}`);
      expect(await page.locator('h1').textContent()).toBe(entityListLook[list].title(CROWDED.name));
      expect(await page.locator('nav.breadcrumbs a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['/', '/entities/', entityUrl(CROWDED.id)]);

      const listed: string[] = [];
      for (;;) {
        const here = await page.locator('main ul.counted a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
        expect(here.length).toBeLessThanOrEqual(entityListLook[list].pageSize);
        listed.push(...here);
        const next = page.locator('nav.pagination a[rel="next"]');
        if ((await next.count()) === 0) break;
        await next.click();
        await page.waitForURL(/\/page\/\d+\/$/u);
      }
      expect(listed.toSorted()).toEqual(expected.toSorted());
    });

    it('has no serious accessibility violation on a list page', async () => {
      const page = await session.open(pageUrl(entityListUrl(CROWDED.id, 'articles'), 2), { bypassCSP: true });
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
});
