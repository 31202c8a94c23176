/**
 * The watch every browser test keeps on its page (tests/support/browser.ts):
 * a request that fails fails the test, unless the page had started to leave
 * for another one, which cancels what it was still loading.
 */
import { describe, expect, it } from 'vitest';
import { browserSession, hasChromium } from '../support/browser.ts';

const session = browserSession();

describe.skipIf(!hasChromium)('the watch on a page', () => {
  it('reports a request that fails or is cancelled while the page stays', async () => {
    const page = await session.open('/');
    await page.route('**/broken.json', (route) => route.abort('failed'));
    await page.route('**/cancelled.json', (route) => route.abort('aborted'));
    await page.evaluate(() => Promise.all(['/broken.json', '/cancelled.json'].map((path) => fetch(path).catch(() => undefined))));
    // Taken here, they no longer fail the test; the browser may log each as a console error as well.
    const seen: string[] = [];
    const failed = () => {
      seen.push(...session.takeProblems());
      return seen.filter((problem) => problem.startsWith('request failed:')).map((problem) => problem.replace(/^.*\/(\w+\.json) /u, '$1 ')).sort();
    };
    await expect.poll(failed).toEqual(['broken.json (net::ERR_FAILED)', 'cancelled.json (net::ERR_ABORTED)']);
  });

  it('does not report what the page was still loading when it left for another', async () => {
    const page = await session.open('/');
    // Held until the page has gone: the browser cancels it.
    await page.route('**/held.json', () => undefined);
    // Left for another page at once: the browser's events for the fetch and for the navigation may arrive in
    // either order, and the cancellation counts as the page's leaving in both.
    await page.evaluate(() => void fetch('/held.json').catch(() => undefined));
    await page.goto(session.url('/claims/'));
    expect(session.takeProblems()).toEqual([]);
  });

  it('reports what the next page cancels while it stays', async () => {
    const page = await session.open('/');
    await page.goto(session.url('/claims/'));
    await page.route('**/cancelled.json', (route) => route.abort('aborted'));
    await page.evaluate(() => fetch('/cancelled.json').catch(() => undefined));
    const cancelled = () => session.takeProblems().filter((problem) => problem.startsWith('request failed:'));
    await expect.poll(cancelled).toEqual([expect.stringMatching(/\/cancelled\.json \(net::ERR_ABORTED\)$/u)]);
  });
});
