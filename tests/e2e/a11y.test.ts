import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { guardedPage, launchChromium } from '../helpers/browser.ts';
import { ROOT } from '../helpers/build-site.ts';
import { Dist } from '../helpers/dist.ts';
import { sitemapPages } from '../helpers/sitemap.ts';

const base = inject('baseUrl');
const pages = [...sitemapPages(new Dist(join(ROOT, 'dist'))), '/404.html', '/offline/'];
/**
 * The project's own axe-core, not the older copy @axe-core/playwright bundles: in that one
 * (4.13.0) label-content-name-mismatch (WCAG 2.5.3) is still tagged experimental, and axe skips
 * experimental rules even when their WCAG tag is asked for, so the audit never ran it.
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/**
 * Every rule for WCAG 2.0–2.2 A/AA and best practice. `experimental` adds the rules axe has not
 * yet made default (every one of them carries one of the other tags), so none is left out. No
 * rule is disabled.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice', 'experimental'];
const VARIANTS = [
  { name: 'phone, light', viewport: { width: 390, height: 844 }, colorScheme: 'light' as const },
  { name: 'phone, dark', viewport: { width: 390, height: 844 }, colorScheme: 'dark' as const },
  { name: 'desktop, light', viewport: { width: 1280, height: 900 }, colorScheme: 'light' as const },
  { name: 'desktop, dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' as const },
];

let browser: Browser;
const contexts = new Map<string, BrowserContext>();

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

/** Runs axe on `path` in one variant; returns one line per violation and node. */
async function audit(path: string, variant: (typeof VARIANTS)[number], prepare?: (page: Page) => Promise<void>): Promise<string[]> {
  let context = contexts.get(variant.name);
  if (!context) {
    context = (await guardedPage(browser, { viewport: variant.viewport, colorScheme: variant.colorScheme })).context;
    contexts.set(variant.name, context);
  }
  const page = await context.newPage();
  try {
    await page.goto(base + path, { waitUntil: 'load' });
    // Audit diagrams as readers see them: rendered, each one brought into view first.
    const diagrams = page.locator('mermaid-diagram');
    for (let i = 0; i < (await diagrams.count()); i++) {
      await diagrams.nth(i).scrollIntoViewIfNeeded();
      await page.locator(`mermaid-diagram >> nth=${i}`).and(page.locator('[data-rendered]')).waitFor({ timeout: 20_000 });
    }
    await prepare?.(page);
    const results = await new AxeBuilder({ page, axeSource }).withTags(TAGS).analyze();
    return results.violations.flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact}): ${node.target.join(' ')} — ${v.help}`));
  } finally {
    await page.close();
  }
}

/**
 * Every page is audited in both themes and at both widths: phone/light plus desktop/dark covers
 * each theme and each width for every page (contrast depends on the theme, layout rules on the
 * width). The two other pairings run on one page of each template.
 */
const TEMPLATES = ['/', '/articles/', '/articles/transformer-self-attention/', '/tags/architecture/', '/agenda/', '/agenda/2026-12-12/', '/talks/ai-dev-next-five-years/', '/speakers/', '/tracks/models/', '/my-schedule/', '/search/', '/about/', '/404.html'];
const runs = [
  ...pages.map((path) => [path, VARIANTS[0]!] as const),
  ...pages.map((path) => [path, VARIANTS[3]!] as const),
  ...TEMPLATES.flatMap((path) => [[path, VARIANTS[1]!] as const, [path, VARIANTS[2]!] as const]),
];

describe('axe: WCAG 2.2 A/AA and best practice', () => {
  // Pages are independent: audit a few at once to use both cores.
  // The longest article takes axe about a minute on a loaded 2-core machine.
  it.concurrent.each(runs.map(([path, variant]) => [`${path} (${variant.name})`, path, variant] as const))('%s', { timeout: 180_000 }, async (_, path, variant) => {
    expect(await audit(path, variant)).toEqual([]);
  });
});

describe('axe: the 日程已更新 notice', () => {
  // What the page shows when a new build's offline worker takes over (its message, sent here by
  // hand: these contexts block workers).
  const showNotice = async (page: Page) => {
    await page.evaluate(() => navigator.serviceWorker.dispatchEvent(new MessageEvent('message', { data: { type: 'devcon:updated' } })));
    await page.getByRole('status').filter({ hasText: '日程已更新' }).waitFor();
  };
  it.each([VARIANTS[0]!, VARIANTS[3]!])('over the agenda ($name)', async (variant) => {
    expect(await audit('/agenda/', variant, showNotice)).toEqual([]);
  });
});

/**
 * A fragment jump or Shift+Tab scrolls its target to the top of the scroll padding, where the
 * sticky header may still cover part of it (WCAG 2.5.8 and 2.4.11). The audit above sees each page
 * at one scroll position only, so here every control in <main> is brought in that way, one at a
 * time, and axe's target-size rule checks that nothing covers it. Phone width: the header is
 * tallest there (two rows).
 */
async function coveredWhenScrolledTo(path: string): Promise<string[]> {
  const context = (await guardedPage(browser, { viewport: VARIANTS[0]!.viewport, reducedMotion: 'reduce' })).context;
  const page = await context.newPage();
  try {
    await page.goto(base + path, { waitUntil: 'load' });
    await page.evaluate(axeSource);
    // One axe run per control, inside the page: through AxeBuilder each would inject axe again.
    return await page.evaluate(async () => {
      const { axe } = window as unknown as { axe: typeof import('axe-core') };
      const found: string[] = [];
      for (const control of document.querySelectorAll<HTMLElement>('main :is(a[href], button, input, select, summary, [tabindex="0"])')) {
        if (!control.checkVisibility()) continue;
        control.scrollIntoView({ block: 'start' });
        const results = await axe.run(control, { runOnly: ['target-size'] });
        found.push(...results.violations.flatMap((v) => v.nodes.map((node) => `${node.target.join(' ')} — ${node.failureSummary?.split('\n')[1]?.trim()}`)));
      }
      return found;
    });
  } finally {
    await context.close();
  }
}

describe('axe: controls scrolled to the top are not under the header (390 px)', () => {
  // The program's pages: their star and calendar buttons sit close under the header.
  it.concurrent.each(['/agenda/2026-12-12/', '/talks/ai-dev-next-five-years/', '/tracks/models/'])('%s', { timeout: 120_000 }, async (path) => {
    expect(await coveredWhenScrolledTo(path)).toEqual([]);
  });
});
