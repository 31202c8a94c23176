/**
 * The hostile corpus (tests/fixtures/hostile-content.ts) built into a site of
 * its own and opened in Chromium: on every page, in the header suggestions
 * and on /search/, no dialog opens, no payload becomes an element, an event
 * handler or a `javascript:` link, and the payloads read as text where the
 * records put them. The session also fails on any console error, page error
 * or CSP violation, which an injected inline script would cause.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../src/pipeline/schema.ts';
import { ENORMOUS_LAST_CLAIM, HOSTILE, PAYLOADS, writeHostileContent } from '../fixtures/hostile-content.ts';
import { browserSession, hasChromium } from '../support/browser.ts';
import { buildSite } from '../support/build-site.ts';
import { filesUnder } from '../support/files.ts';

/** Where a payload would turn into markup or script if a page let it. */
const INJECTED = ['img[src="x"]', '[onerror]', 'a[href^="javascript:" i]', 'script:not([src]):not([type="application/ld+json"])'].join(', ');

/** The messages of the dialogs a page opens; each is dismissed. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()} (${page.url()})`);
    void dialog.dismiss();
  });
  return dialogs;
}

/** What on the current page came from a payload as markup: elements, event handlers, script links, scripts (JSON-LD that leaked out of its element would start one). */
function injectedOn(page: Page): Promise<string[]> {
  return page.evaluate((selector) => [...document.querySelectorAll(selector)].map((element) => element.outerHTML.slice(0, 120)), INJECTED);
}

/** Which of `expected` the text of `selector` lacks, checked in the page: a payload that became markup is missing from the text. */
function missingText(page: Page, expected: readonly string[], selector = 'body'): Promise<string[]> {
  return page.locator(selector).evaluate((element, wanted) => wanted.filter((text) => !(element.textContent ?? '').includes(text)), expected);
}

describe.skipIf(!hasChromium)('the hostile corpus in the browser', () => {
  let root = '';
  let siteDir = '';
  let pages: string[] = [];
  let claims: Claim[] = [];

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'claims-hostile-'));
    siteDir = join(root, 'site');
    await writeHostileContent(join(root, 'content'));
    await buildSite(siteDir, { contentDir: join(root, 'content') });
    pages = filesUnder(siteDir)
      .filter((file) => file.endsWith('.html'))
      .map((file) => `/${relative(siteDir, file).split(sep).join('/')}`.replace(/index\.html$/u, ''));
    claims = JSON.parse(await readFile(join(siteDir, 'data', 'claims.json'), 'utf8')) as Claim[];
  }, 600_000);
  afterAll(() => rm(root, { recursive: true, force: true }));

  const session = browserSession({ siteDir: () => siteDir });

  /** Opens a path with a dialog watch in place before the page's own scripts run. */
  async function open(path: string): Promise<{ page: Page; dialogs: string[] }> {
    const page = await session.page();
    const dialogs = watchDialogs(page);
    await page.goto(session.url(path));
    return { page, dialogs };
  }

  it('opens every page without a dialog, an injected element or a script link', async () => {
    expect(pages).toContain('/sources/hostile/');
    const page = await session.page();
    const dialogs = watchDialogs(page);
    const injected: string[] = [];
    for (const path of pages) {
      await page.goto(session.url(path));
      injected.push(...(await injectedOn(page)).map((what) => `${path}: ${what}`));
    }
    expect(dialogs).toEqual([]);
    expect(injected).toEqual([]);
  }, 240_000);

  it('shows the article page’s title, outlet, standfirst, teaser, links and body as text', async () => {
    const { page, dialogs } = await open('/sources/hostile/');
    expect(await page.title()).toContain(HOSTILE.title);
    expect(await page.locator('h1').textContent()).toBe(HOSTILE.title);
    const expected = [
      ...PAYLOADS,
      HOSTILE.outlet,
      `A standfirst with ${PAYLOADS[1]}`,
      `Teaser ${PAYLOADS[2]} for another story`,
      'click (javascript:alert(1))',
      '<a href="javascript:alert(1)">link</a>',
      'Zero\u200bwidth and \u202eright-to-left\u202c text',
    ];
    expect(await missingText(page, expected)).toEqual([]);
    // The query of the original's address stays inside its attribute, whole.
    expect(await page.getByRole('link', { name: 'original' }).getAttribute('href')).toBe(HOSTILE.url);
    expect(dialogs).toEqual([]);
  });

  it('shows the claim’s quote and its override note as text', async () => {
    const claim = claims.find((c) => c.quote.includes(PAYLOADS[0]!) && c.status === 'disputed')!;
    const { page, dialogs } = await open(`/claims/${claim.id}/`);
    expect(await missingText(page, [claim.quote, HOSTILE.claimNote])).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it('shows payload-bearing entity names, descriptions, aliases and notes as text', async () => {
    const { page, dialogs } = await open(`/entities/${claims.find((c) => c.quote.startsWith('The <Script>'))!.asserterId}/`);
    expect(await page.locator('h1').textContent()).toBe(HOSTILE.groupName);
    expect(await missingText(page, [HOSTILE.groupDescription, `Group ${PAYLOADS[2]}`, `Named ${PAYLOADS[1]} by the article`])).toEqual([]);
    await page.goto(session.url('/entities/harbour-authority/'));
    expect(await missingText(page, [`Runs the port ${PAYLOADS[1]}`, `HA ${PAYLOADS[0]}`, `HA ${PAYLOADS[3]}`, `Checked ${PAYLOADS[2]}`])).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it('shows the 2 MB article and the paragraph without punctuation whole', async () => {
    const { page } = await open('/sources/enormous/');
    expect(await missingText(page, [ENORMOUS_LAST_CLAIM])).toEqual([]);
    await page.goto(session.url('/sources/endless/'));
    expect(await page.locator('main').evaluate((main) => main.textContent?.length)).toBeGreaterThan(100_000);
  });

  const queries = [...PAYLOADS, 'javascript:alert(1)', HOSTILE.groupName];

  it('suggests results for each payload typed in the header box, and shows the query as text', async () => {
    const { page, dialogs } = await open('/');
    const box = page.locator('#site-search');
    for (const query of queries) {
      await box.fill(query);
      const all = page.locator('#site-search-list [role="option"]').last();
      await expect.poll(() => all.textContent()).toBe(`All results for “${query}”`);
      expect(await injectedOn(page)).toEqual([]);
    }
    // The group's own name finds the group, its name shown as text.
    expect(await missingText(page, [HOSTILE.groupName], '#site-search-list')).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it.each(queries)('lists the results of /search/?q=%s with the query and results as text', async (query) => {
    const { page, dialogs } = await open(`/search/?q=${encodeURIComponent(query)}`);
    await page.locator('#search-results').waitFor();
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ results? for “/u);
    expect(await missingText(page, [`for “${query}”`], '#search-status')).toEqual([]);
    // Each query matches a record that carries it.
    expect(await missingText(page, [query], '#search-results')).toEqual([]);
    expect(await page.locator('#search-query').inputValue()).toBe(query);
    expect(await injectedOn(page)).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
