import { AxeBuilder } from '@axe-core/playwright';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { guardedPage, launchChromium } from '../helpers/browser';
import { ROOT } from '../helpers/build-site';
import { Dist } from '../helpers/dist';
import { sitemapPages } from '../helpers/sitemap';

const base = inject('baseUrl');
const pages = [...sitemapPages(new Dist(join(ROOT, 'dist'))), '/404.html'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
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
async function audit(path: string, variant: (typeof VARIANTS)[number]): Promise<string[]> {
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
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
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
  it.concurrent.each(runs.map(([path, variant]) => [`${path} (${variant.name})`, path, variant] as const))('%s', async (_, path, variant) => {
    expect(await audit(path, variant)).toEqual([]);
  });
});
