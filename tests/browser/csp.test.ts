/**
 * The Content Security Policy holds in the browser: the site's own scripts
 * run, and script or style put inline into a page are refused and reported
 * as violations (which fail every other browser test).
 */
import { describe, expect, it } from 'vitest';
import { browserSession, hasChromium } from '../support/browser.ts';

const session = browserSession();

describe.skipIf(!hasChromium)('the Content Security Policy', () => {
  it('refuses an inline script and an inline style attribute, and reports both', async () => {
    const page = await session.open('/claims/');
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.injected = "ran";';
      document.body.append(script);
      document.body.setAttribute('style', 'color: red');
      return document.body.dataset['injected'] ?? 'refused';
    });
    expect(ran).toBe('refused');
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).not.toBe('rgb(255, 0, 0)');
    // The events arrive after the refusals; what is taken here no longer fails the test.
    const reported: string[] = [];
    const refused = (): string[] => {
      reported.push(...session.takeProblems());
      return reported.filter((problem) => problem.startsWith('CSP violation:')).map((problem) => problem.split(' ')[2] ?? '');
    };
    await expect.poll(refused).toEqual(['script-src-elem', 'style-src-attr']);
  });
});
