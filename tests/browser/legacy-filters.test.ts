/**
 * Old query-string addresses of the claims list (`/claims/?status=…`,
 * `?asserter=`, `?article=`, `?entity=` and a status with one of those) on
 * the built site in Chromium: the page replaces itself with the static page
 * of the filter, so back skips it; a value no record has, or one that could
 * steer elsewhere, leaves the whole list in place; without script the whole
 * list shows.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { filterPath } from '../../src/site/filter-state.ts';
import { limits } from '../../src/site/pagination.ts';
import { browserSession, hasChromium } from '../support/browser.ts';
import { claimsBy, siteData } from '../support/site-data.ts';

const session = browserSession();
const corpus = siteData(inject('siteDir'));
const asserter = 'atesh';
const claim = claimsBy(corpus, asserter).find((c) => c.status === 'unverified' && c.subjects.length > 0);
if (claim === undefined) throw new Error(`The old addresses need an unverified claim by ${asserter} about someone.`);
// An asserter whose claims all have one status: the page of both is the asserter's own.
const alike = corpus.entities.map((e) => claimsBy(corpus, e.id)).find((claims) => claims.length > 0 && claims.every((c) => c.status === claims[0]?.status))?.[0];
if (alike === undefined) throw new Error('The old addresses need an asserter whose claims all have one status.');

const addressOf = (page: Page): string => {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
};

/** Opens an old address after the home page, and waits until the page has asked about every page it might lead to. */
async function openAfterHome(page: Page, address: string): Promise<void> {
  await page.goto(session.url('/'));
  await page.goto(session.url(address));
  await page.waitForLoadState('networkidle');
}

describe.skipIf(!hasChromium)('old filter addresses of the claims list', () => {
  it.each([
    ['?status=unverified', filterPath({ status: 'unverified' })],
    [`?asserter=${asserter}`, filterPath({ by: { facet: 'asserter', value: asserter } })],
    [`?article=${claim.sourceId}`, filterPath({ by: { facet: 'article', value: claim.sourceId } })],
    [`?entity=${claim.subjects[0]}`, filterPath({ by: { facet: 'entity', value: claim.subjects[0] ?? '' } })],
    [`?status=unverified&asserter=${asserter}`, filterPath({ by: { facet: 'asserter', value: asserter }, status: 'unverified' })],
  ])('replace /claims/%s with %s, and back returns to the page before', async (query, path) => {
    const page = await session.page();
    await openAfterHome(page, `/claims/${query}`);
    await page.waitForURL((url) => url.pathname === path && url.search === '');
    expect(await page.locator('#claims-shown').count()).toBe(1);
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/');
  });

  it('lead a status with an asserter whose claims all have it to the asserter’s page, which shows them', async () => {
    const page = await session.page();
    const both = filterPath({ by: { facet: 'asserter', value: alike.asserterId }, status: alike.status });
    await openAfterHome(page, `/claims/?asserter=${alike.asserterId}&status=${alike.status}`);
    await page.waitForURL((url) => url.pathname === filterPath({ by: { facet: 'asserter', value: alike.asserterId } }) && url.search === '');
    // The page of both does not exist, and the probe that asks says so.
    const problems = session.takeProblems();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((problem) => problem.includes(both))).toBe(true);
  });

  it('keep the whole list for an id no record has, after asking whether its page exists', async () => {
    const page = await session.page();
    const probe = page.waitForResponse((response) => response.request().method() === 'HEAD');
    await openAfterHome(page, '/claims/?asserter=nobody-at-all');
    expect(new URL((await probe).url()).pathname).toBe('/claims/asserter/nobody-at-all/');
    expect(addressOf(page)).toBe('/claims/?asserter=nobody-at-all');
    // The one problem is the probe's answer, which a missing page must give.
    const problems = session.takeProblems();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((problem) => problem.includes('/claims/asserter/nobody-at-all/'))).toBe(true);
  });

  it.each([
    '?asserter=..%2F..%2Fsearch%2F',
    '?status=%2F%2Fevil.example',
    '?entity=https%3A%2F%2Fevil.example%2F',
    '?article=javascript%3Aalert(1)',
    `?asserter=${asserter}&entity=${asserter}`,
    '?status=unverified&status=denied',
  ])('keep the whole list for %s, asking about no page at all', async (query) => {
    const page = await session.page();
    const heads: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'HEAD') heads.push(request.url());
    });
    await openAfterHome(page, `/claims/${query}`);
    expect(addressOf(page)).toBe(`/claims/${query}`);
    expect(heads).toEqual([]);
  });

  it('show the whole list without JavaScript', async () => {
    const page = await session.open('/claims/?status=unverified', { javaScriptEnabled: false });
    expect(addressOf(page)).toBe('/claims/?status=unverified');
    expect(await page.locator('.claim-card').count()).toBe(Math.min(corpus.claims.length, limits.claimsPerPage));
    expect(await page.locator('#claims-shown').textContent()).toMatch(new RegExp(`^${corpus.claims.length} claims`, 'u'));
  });
});
