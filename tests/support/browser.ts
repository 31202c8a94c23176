/**
 * Chromium for the browser tests: Debian's package (CHROMIUM_PATH, else
 * /usr/bin/chromium), never a downloaded browser. Missing outside CI, the
 * browser suites skip with a loud warning; missing under CI=true, the run
 * fails. A session serves the built site, or a suite's own build, and gives
 * each test a fresh page whose console errors, page errors, failed requests
 * and Content Security Policy violations fail the test.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page, type Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { serveStatic, type StaticServer } from './static-server.ts';

const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);

if (!hasChromium) {
  const why = `No Chromium at ${chromiumPath}: install Debian's chromium package or set CHROMIUM_PATH.`;
  if (process.env['CI'] === 'true') throw new Error(`${why} Under CI the browser tests must run.`);
  const rule = '!'.repeat(76);
  console.warn(`\n${rule}\n!!  BROWSER TESTS SKIPPED\n!!  ${why}\n${rule}\n`);
}

function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** The name under which the page reports its CSP violations to the test. */
const cspReporter = 'reportCspViolation';

/**
 * What went wrong on a page, collected as it happens: console errors, uncaught
 * errors, failed requests, error statuses and CSP violations. The page
 * reports each `securitypolicyviolation` event itself, so a violation fails
 * the test whatever the console's wording of it. `take()` gives what was seen
 * so far and forgets it.
 */
async function watchProblems(page: Page): Promise<{ take(): string[] }> {
  let problems: string[] = [];
  await page.exposeFunction(cspReporter, (violation: string) => problems.push(`CSP violation: ${violation} (${page.url()})`));
  await page.addInitScript((reporter) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as Record<string, (violation: string) => void>)[reporter];
      report?.(`${event.effectiveDirective} refused ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  }, cspReporter);
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location().url || page.url()})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // The browser cancels what a page is still loading when it leaves for another: the search engine that a Tab
  // through the header's box starts to load, just before Enter follows a link. A cancellation fails the test only
  // if the page had left since it asked: a navigation of the main frame was asked for since, or its document
  // arrived since. The events of a request asked for just before leaving may reach us after the navigation's
  // request, never after its response, so cancellations are judged when the problems are read.
  const departures = { asked: 0, answered: 0 };
  const issued = new WeakMap<Request, typeof departures>();
  const cancelled: Request[] = [];
  const leavesPage = (request: Request) => request.isNavigationRequest() && request.frame() === page.mainFrame();
  page.on('request', (request) => {
    if (leavesPage(request)) departures.asked += 1;
    else issued.set(request, { ...departures });
  });
  const leftSince = (request: Request) => {
    const then = issued.get(request);
    return then === undefined || then.asked < departures.asked || then.answered < departures.answered;
  };
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? 'unknown';
    // Chromium asks for the icon after the load event and cancels it when a test moves on at once; a missing icon still shows as an error status.
    if (error === 'net::ERR_ABORTED' && new URL(request.url()).pathname === '/favicon.svg') return;
    if (error === 'net::ERR_ABORTED') cancelled.push(request);
    else problems.push(`request failed: ${request.url()} (${error})`);
  });
  page.on('response', (response) => {
    if (leavesPage(response.request())) departures.answered += 1;
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return {
    take: () => {
      const seen = [...problems, ...cancelled.filter((request) => !leftSince(request)).map((request) => `request failed: ${request.url()} (net::ERR_ABORTED)`)];
      problems = [];
      cancelled.length = 0;
      return seen;
    },
  };
}

export interface BrowserSession {
  /** This test's page, made on first use with `options` (a viewport, JavaScript off) and watched for problems. */
  page(options?: BrowserContextOptions): Promise<Page>;
  /** The address of a path of the built site. */
  url(path: string): string;
  /** Loads a path of the built site in this test's page. */
  open(path: string, options?: BrowserContextOptions): Promise<Page>;
  /** The problems seen so far, which then no longer fail the test: for a test that provokes one on purpose. */
  takeProblems(): string[];
}

export interface BrowserSessionOptions {
  /** The folder to serve, asked for when the suite starts; the shared build of the site unless a suite builds its own. */
  siteDir?: () => string;
}

/** Registers the hooks of a browser suite: one server and browser for the file, a fresh page for each test. */
export function browserSession({ siteDir = () => inject('siteDir') }: BrowserSessionOptions = {}): BrowserSession {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let problems: { take(): string[] } | undefined;

  beforeAll(async () => {
    [server, browser] = await Promise.all([serveStatic(siteDir()), launchChromium()]);
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    const seen = problems?.take() ?? [];
    await context?.close();
    context = undefined;
    page = undefined;
    problems = undefined;
    expect(seen, 'console errors, page errors or failed requests').toEqual([]);
  });

  const session: BrowserSession = {
    page: async (options = {}) => {
      if (page === undefined) {
        context = await browser!.newContext({ viewport: { width: 1280, height: 800 }, ...options });
        page = await context.newPage();
        problems = await watchProblems(page);
      }
      return page;
    },
    url: (path) => `${server!.origin}${path}`,
    open: async (path, options) => {
      const opened = await session.page(options);
      await opened.goto(session.url(path));
      return opened;
    },
    takeProblems: () => problems?.take() ?? [],
  };
  return session;
}
