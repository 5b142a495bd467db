import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, with the background services this closed network refuses turned off. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}; npm test installs it with apt-get when run as root.`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export interface Guarded {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  /** Requests that tried to leave 127.0.0.1 (they are aborted). */
  external: string[];
  /** Every URL the page requested. */
  requests: string[];
}

/**
 * A page that records console errors and blocks and records any request leaving 127.0.0.1.
 * The site's offline worker is blocked unless `serviceWorkers: 'allow'` is given: a worker would
 * add its own downloads to the requests tests count, and serve kept copies where a test expects
 * the server (tests/e2e/offline.test.ts allows it).
 */
export async function guardedPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Guarded> {
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  const external: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    requests.push(url.href);
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return route.continue();
    external.push(url.href);
    return route.abort();
  });
  return { context, page, errors, external, requests };
}

/**
 * One Chromium for a test file, and an `open(path)` that returns a guarded page. When the file
 * ends, no page it opened may have logged a console error or tried to leave 127.0.0.1.
 */
export function browserSuite(baseUrl: string) {
  let browser: Browser;
  const opened: Guarded[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    const errors = opened.flatMap((g) => g.errors);
    const external = opened.flatMap((g) => g.external);
    await browser.close();
    expect(errors, 'console errors').toEqual([]);
    expect(external, 'requests leaving 127.0.0.1').toEqual([]);
  });
  return {
    browser: () => browser,
    /** A guarded page whose errors count for the file, not yet navigated. */
    async page(options: BrowserContextOptions = {}): Promise<Guarded> {
      const guarded = await guardedPage(browser, options);
      opened.push(guarded);
      return guarded;
    },
    async open(path: string, options: BrowserContextOptions = {}): Promise<Guarded> {
      const guarded = await this.page(options);
      await guarded.page.goto(baseUrl + path);
      return guarded;
    },
  };
}
