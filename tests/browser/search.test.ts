/**
 * Search in a real browser, on the built site: a reader types a name in the
 * header, with or without a typo, and reaches the entity and its claims; the
 * results page is shareable and keeps its history; the index loads only when
 * the box is first used, and then only the files a query needs. Every test
 * also fails on any console error, page error or failed request
 * (tests/support/browser.ts).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, hasChromium } from '../support/browser.ts';
import { indexFiles, pathsRequested } from '../support/requests.ts';

const session = browserSession();
const box = '#site-search';
const list = '#site-search-list';

/** Types a query in the header box and waits for its suggestions; returns the titles of each group's options. */
async function suggest(page: Page, query: string): Promise<Record<string, string[]>> {
  await page.locator(box).click();
  await page.keyboard.type(query);
  // The last option names the query: the list is this query's, not an earlier keystroke's.
  await page.locator(list).getByRole('option', { name: `All results for “${query}”` }).waitFor();
  return page.locator(`${list} [role="group"]`).evaluateAll((groups) =>
    Object.fromEntries(
      groups.map((group) => [
        group.getAttribute('aria-labelledby')?.replace('site-search-list-', '') ?? '',
        [...group.querySelectorAll('[role="option"] .result-title')].map((title) => title.textContent),
      ]),
    ),
  );
}

const activeOption = (page: Page): Promise<string | null> =>
  page.evaluate((selector) => {
    const id = document.querySelector(selector)?.getAttribute('aria-activedescendant');
    return id ? (document.getElementById(id)?.getAttribute('aria-selected') === 'true' ? id : `${id} (not selected)`) : null;
  }, box);

const vocabulary = '/search-index/vocabulary.json';

/** Headings and titles of the results on /search/ once they are shown. */
async function resultsOf(page: Page): Promise<Record<string, string[]>> {
  await page.locator('#search-results').waitFor();
  return page.locator('#search-results section').evaluateAll((sections) =>
    Object.fromEntries(
      sections.map((section) => [section.querySelector('h2')?.id ?? '', [...section.querySelectorAll('.result')].map((r) => r.textContent)]),
    ),
  );
}

describe.skipIf(!hasChromium)('search in the browser', () => {
  it('finds Atesh from the header first among entities, and Enter on it opens its page with its claims', async () => {
    const page = await session.open('/');
    const groups = await suggest(page, 'Atesh');
    expect(Object.keys(groups)[0]).toBe('entities');
    expect(groups['entities']?.[0]).toBe('Atesh');
    expect(await page.locator(`${list} [role="option"] mark`).first().textContent()).toBe('Atesh');
    expect(await page.locator('#site-search-status').textContent()).toMatch(/^\d+ results$/u);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/entities/atesh/');
    expect(await page.locator('h1').textContent()).toBe('Atesh');
    expect(await page.locator('section[aria-labelledby="by"] .claim-card').count()).toBeGreaterThan(0);
  });

  it.each(['Bayraktar', 'Bayraktr'])('shows Bayraktar TB2 and the claim about the TB2 drones for "%s"', async (query) => {
    const groups = await suggest(await session.open('/claims/'), query);
    expect(groups['entities']?.[0]).toBe('Bayraktar TB2');
    expect(groups['claims']?.some((quote) => quote?.includes('Bayraktar TB2 drones'))).toBe(true);
  });

  it.each([
    ['erdogan', 'Recep Tayyip Erdoğan'],
    ['zelenski', 'Volodymyr Zelenskyy'],
  ])('forgives "%s" and shows %s first', async (query, name) => {
    const groups = await suggest(await session.open('/'), query);
    expect(groups['entities']?.[0]).toBe(name);
  });

  it('moves through the suggestions with the arrow keys and closes them with Escape', async () => {
    const page = await session.open('/');
    await suggest(page, 'Kirby');
    const options = await page.locator(`${list} [role="option"]`).evaluateAll((all) => all.map((o) => o.id));
    expect(await page.locator(box).getAttribute('aria-expanded')).toBe('true');
    expect(await activeOption(page)).toBeNull();
    await page.keyboard.press('ArrowDown');
    expect(await activeOption(page)).toBe(options[0]);
    await page.keyboard.press('ArrowDown');
    expect(await activeOption(page)).toBe(options[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await activeOption(page)).toBe(options.at(-1));
    await page.keyboard.press('Escape');
    expect(await page.locator(box).getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator(list).isHidden()).toBe(true);
    expect(await activeOption(page)).toBeNull();
    expect(await page.locator(box).inputValue()).toBe('Kirby');
  });

  it('submits to the results page when no suggestion is active', async () => {
    const page = await session.open('/');
    await suggest(page, 'Kirby');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/search/?q=Kirby');
    expect((await resultsOf(page))['results-entities']?.[0]).toContain('John Kirby');
  });

  it('focuses the box with "/", unless the reader is typing in another field', async () => {
    const page = await session.open('/search/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    expect(await page.locator(box).inputValue()).toBe('');
    await page.locator('#search-query').click();
    await page.keyboard.type('a/b');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
    expect(await page.locator('#search-query').inputValue()).toBe('a/b');
  });

  it('lists John Kirby and his claims on /search/?q=Kirby, in place of the list of every entity', async () => {
    const page = await session.open('/search/?q=Kirby');
    const results = await resultsOf(page);
    expect(Object.keys(results)).toEqual(['results-entities', 'results-claims', 'results-sources']);
    expect(results['results-entities']?.[0]).toContain('John Kirby');
    expect(results['results-claims']?.filter((claim) => claim?.includes('John Kirby')).length).toBeGreaterThanOrEqual(3);
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ results for “Kirby”$/u);
    expect(await page.locator('#search-browse').isHidden()).toBe(true);
    expect(await page.locator('#search-query').inputValue()).toBe('Kirby');
  });

  it('says when nothing matched and suggests the closest names', async () => {
    const page = await session.open('/search/?q=xyzkirb');
    const results = await resultsOf(page);
    expect(await page.locator('#search-status').textContent()).toBe('No results for “xyzkirb”');
    expect(results['results-closest']?.[0]).toContain('John Kirby');
    expect(await page.locator('#search-results a').first().getAttribute('href')).toBe('/entities/john-kirby/');
  });

  it('restores earlier queries with back and forward, fetching each index file once', async () => {
    const page = await session.page();
    const fetched = pathsRequested(page);
    await page.goto(session.url('/search/?q=Atesh'));
    expect((await resultsOf(page))['results-entities']?.[0]).toContain('Atesh');
    await page.locator('#search-query').fill('Kirby');
    await page.locator('#search-query').press('Enter');
    await page.waitForURL('**/search/?q=Kirby');
    await page.getByRole('status').filter({ hasText: '“Kirby”' }).waitFor();
    expect((await resultsOf(page))['results-entities']?.[0]).toContain('John Kirby');
    await page.goBack();
    await page.getByRole('status').filter({ hasText: '“Atesh”' }).waitFor();
    expect((await resultsOf(page))['results-entities']?.[0]).toContain('Atesh');
    expect(await page.locator('#search-query').inputValue()).toBe('Atesh');
    await page.goForward();
    await page.getByRole('status').filter({ hasText: '“Kirby”' }).waitFor();
    expect((await resultsOf(page))['results-entities']?.[0]).toContain('John Kirby');
    expect(indexFiles(fetched)).toContain(vocabulary);
    expect(indexFiles(fetched)).toEqual([...new Set(indexFiles(fetched))]);
  });

  it('fetches nothing of the index before the box is focused, then its vocabulary, then only the files a query needs, each once', async () => {
    const page = await session.page();
    const fetched = pathsRequested(page);
    await page.goto(session.url('/'));
    await page.waitForLoadState('networkidle');
    expect(indexFiles(fetched)).toEqual([]);
    const index = page.waitForResponse((response) => new URL(response.url()).pathname === vocabulary);
    await page.locator(box).focus();
    expect((await index).status()).toBe(200);
    await suggest(page, 'Erdogan');
    await page.locator(box).fill('');
    await suggest(page, 'Erdogan');
    expect(indexFiles(fetched)[0]).toBe(vocabulary);
    expect(indexFiles(fetched).some((path) => path.startsWith('/search-index/words/'))).toBe(true);
    expect(indexFiles(fetched)).toEqual([...new Set(indexFiles(fetched))]);
  });

  it('works without JavaScript: the header form leads to /search/, which lists every entity by kind', async () => {
    const page = await session.open('/', { javaScriptEnabled: false });
    await page.locator(box).fill('Atesh');
    await page.locator(box).press('Enter');
    await page.waitForURL('**/search/?q=Atesh');
    expect(await page.locator('#search-browse').isVisible()).toBe(true);
    expect(await page.locator('#search-browse a[href="/entities/atesh/"]').count()).toBe(1);
  });
});
