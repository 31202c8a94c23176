/**
 * A reader's journeys through the built site, in a real browser: from a name
 * in the header search to the entity, its claim, the article with the claim
 * highlighted, the source it came through and on; the claims list filtered,
 * with and without JavaScript; the graph's nodes; and the search journey by
 * keyboard alone. Every step also fails on any console error, page error,
 * failed request or CSP violation (tests/support/browser.ts).
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { limits } from '../../src/site/pagination.ts';
import { claimUrl, entityUrl, sentenceUrl, sourceUrl } from '../../src/site/urls.ts';
import { browserSession, hasChromium } from '../support/browser.ts';
import { claimsBy, siteData } from '../support/site-data.ts';

const session = browserSession();
const corpus = siteData(inject('siteDir'));
const entityId = 'atesh';
const entityName = corpus.entities.find((e) => e.id === entityId)?.name;
const { claimsPerPage } = limits;
// A claim of Atesh's that came through a cited source, so the journey can follow it there.
const claim = claimsBy(corpus, entityId).find((c) => c.via !== undefined);
if (claim === undefined) throw new Error(`The journeys need a claim by ${entityId} that came through a cited source.`);
const { id, sourceId, via = '' } = claim;
const sentenceId = claim.sentenceIds[0] ?? '';
// The filter journey narrows Atesh's claims to the unverified ones, so it needs others besides.
const statuses = new Set(claimsBy(corpus, entityId).map((c) => c.status));
if (!statuses.has('unverified') || statuses.size < 2) throw new Error(`The journeys need unverified and other claims by ${entityId}.`);
const articlesNaming = [...new Set(corpus.entities.find((e) => e.id === entityId)?.mentions.map((m) => m.sourceId))];

const pathOf = (page: Page): string => {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}${url.hash}`;
};

/** Clicks a link and waits for the page it leads to. */
async function follow(page: Page, selector: string): Promise<void> {
  const link = page.locator(selector).first();
  const href = await link.getAttribute('href');
  await link.click();
  await page.waitForURL((url) => `${url.pathname}${url.hash}` === href);
}

/** Presses Tab until the focused element matches `selector`, as a keyboard user would reach it. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let presses = 0; presses < 300; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) === true, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The status and asserter of every claim card shown: "unverified atesh". */
const shownCards = (page: Page): Promise<string[]> =>
  page.locator('.claim-card').evaluateAll((cards) =>
    cards.map((card) => {
      const status = /\bstatus-([a-z]+)/u.exec(card.querySelector('.badge')?.className ?? '')?.[1];
      const asserter = card.querySelector('a.asserter')?.getAttribute('href')?.split('/')[2];
      return `${status} ${asserter}`;
    }),
  );

/** A link of the claims list's filters. */
const filterLink = (href: string): string => `nav.filters a[href="${href}"]`;

const claimSelector = (id: string): string => `a[href="${claimUrl(id)}"]`;

describe.skipIf(!hasChromium)('journeys through the site', () => {
  it('goes from a search for Atesh to its entity, a claim, the article with the claim highlighted, the cited source and on', async () => {
    const page = await session.open('/');
    await page.locator('#site-search').click();
    await page.keyboard.type('Atesh');
    await page.getByRole('option', { name: /^Atesh/u }).first().click();
    await page.waitForURL(`**${entityUrl(entityId)}`);

    await follow(page, `section[aria-labelledby="by"] blockquote ${claimSelector(id)}`);
    expect(await page.locator('h1').textContent()).toContain('Atesh');

    await follow(page, `a[href="${sentenceUrl(sourceId, sentenceId)}"]`);
    const highlight = page.locator(`[id="${sentenceId}"].hl`);
    expect(await highlight.locator(claimSelector(id)).count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(sentenceId);

    await follow(page, `section[aria-labelledby="cited"] a[href="${sourceUrl(via)}"]`);
    expect(await page.locator(`section[aria-labelledby="through"] ${claimSelector(id)}`).count()).toBe(1);

    // Another article naming Atesh, where the corpus has one; the entity page lists exactly the articles that name it.
    await follow(page, `dl.facts a[href="${entityUrl(entityId)}"]`);
    const listed = await page.locator('section[aria-labelledby="articles"] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(listed.toSorted()).toEqual(articlesNaming.map(sourceUrl).toSorted());
    const other = articlesNaming.find((article) => article !== sourceId);
    if (other !== undefined) {
      await follow(page, `section[aria-labelledby="articles"] a[href="${sourceUrl(other)}"]`);
      expect(await page.locator(`section[aria-labelledby="entities"] a[href="${entityUrl(entityId)}"]`).count()).toBe(1);
    }
  });

  // Filters are static pages, so the journey is the same with and without script.
  for (const javaScriptEnabled of [true, false]) {
    it(`filters the claims list by status, then by asserter, with the state in the URL (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async () => {
      const page = await session.open('/claims/', { javaScriptEnabled });
      expect(await shownCards(page)).toHaveLength(Math.min(corpus.claims.length, claimsPerPage));

      await follow(page, filterLink('/claims/status/unverified/'));
      const unverified = corpus.claims.filter((c) => c.status === 'unverified');
      const shown = await shownCards(page);
      expect(shown.length).toBe(Math.min(unverified.length, claimsPerPage));
      expect(shown.every((card) => card.startsWith('unverified '))).toBe(true);
      // Narrowed by status alone, the list says out of how many; narrowed to one asserter, it does not (see ClaimsBrowser).
      expect(await page.locator('#claims-shown').textContent()).toMatch(new RegExp(`^${unverified.length} claims? of ${corpus.claims.length}\\b`, 'u'));

      await page.locator('summary', { hasText: 'Asserted by' }).click();
      const path = `/claims/asserter/${entityId}/status/unverified/`;
      await follow(page, filterLink(path));
      expect(pathOf(page)).toBe(path);
      const both = unverified.filter((c) => c.asserterId === entityId);
      expect(await shownCards(page)).toEqual(both.map(() => `unverified ${entityId}`));
      expect(await page.locator('#claims-shown').textContent()).toBe(`${both.length} claims`);
      expect(await page.locator('nav.filters a[aria-current="page"]').allTextContents()).toEqual(['Unverified', entityName]);

      // Removing the status keeps the asserter.
      await follow(page, 'nav.filters details:first-of-type a.clear');
      expect(pathOf(page)).toBe(`/claims/asserter/${entityId}/`);
      expect((await shownCards(page)).length).toBe(claimsBy(corpus, entityId).length);
      expect(await page.locator(`nav.filters a[href="/claims/asserter/${entityId}/"]`).getAttribute('aria-current')).toBe('page');
    });
  }

  it('opens the page of a graph node of each kind', async () => {
    const page = await session.open('/graph/');
    const nodes = await page.locator('svg.graph a.node').evaluateAll((links) =>
      Object.values(Object.fromEntries(links.map((a) => [a.getAttribute('class'), a.getAttribute('href') ?? '']))),
    );
    expect(nodes.length).toBeGreaterThanOrEqual(3);
    for (const href of nodes) {
      if (pathOf(page) !== '/graph/') await page.goto(session.url('/graph/'));
      await follow(page, `svg.graph a.node[href="${href}"]`);
      expect(await page.locator('h1').count()).toBe(1);
    }
  });

  it('takes the search, entity, claim and article journey by keyboard alone', async () => {
    const page = await session.open('/');
    await page.keyboard.press('/');
    await page.keyboard.type('Atesh');
    await page.getByRole('option', { name: /^Atesh/u }).first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${entityUrl(entityId)}`);

    await tabTo(page, `section[aria-labelledby="by"] blockquote ${claimSelector(id)}`);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${claimUrl(id)}`);

    await tabTo(page, `a[href="${sentenceUrl(sourceId, sentenceId)}"]`);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${sentenceUrl(sourceId, sentenceId)}`);
    expect(await page.locator(`[id="${sentenceId}"].hl ${claimSelector(id)}`).count()).toBeGreaterThan(0);
  });
});
