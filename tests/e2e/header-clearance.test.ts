import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserSuite } from '../helpers/browser.ts';

const base = inject('baseUrl');
const suite = browserSuite(base);
const ARTICLE = '/articles/transformer-self-attention/';
// At 390 px the header has two rows (about 95 px); at 1280 one (57 px).
const WIDTHS = [390, 1280];

/**
 * Where the focused element is against the sticky header and the viewport, or null when focus
 * is on the header itself (or the skip link, which is drawn over it on purpose).
 */
function focusedPlacement(page: Page) {
  return page.evaluate(async () => {
    // Measure once the scroll that focus started has been laid out.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) return null;
    if (element.closest('.site-header, .skip-link')) return null;
    const box = element.getBoundingClientRect();
    const header = document.querySelector('.site-header')!.getBoundingClientRect();
    const name = `${element.tagName.toLowerCase()} “${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 30)}”`;
    return { name, top: box.top, bottom: box.bottom, height: box.height, headerBottom: header.bottom, viewport: innerHeight };
  });
}

async function hidden(page: Page, key: string, presses: number): Promise<string[]> {
  const problems: string[] = [];
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press(key);
    const placed = await focusedPlacement(page);
    if (!placed) continue;
    // Rounding: a box may start a fraction of a pixel above the header's edge. A scroll region
    // taller than the space below the header cannot be seen whole: it must then show one of its
    // edges in that space, or fill it.
    const topClear = placed.top >= placed.headerBottom - 0.5;
    const bottomClear = placed.bottom <= placed.viewport + 0.5;
    const visible = placed.height <= placed.viewport - placed.headerBottom
      ? topClear && bottomClear
      : (topClear && placed.top < placed.viewport) || (bottomClear && placed.bottom > placed.headerBottom) || (placed.top <= placed.headerBottom && placed.bottom >= placed.viewport);
    if (!visible) {
      problems.push(`${key} → ${placed.name}: top ${placed.top.toFixed(1)} (header ends at ${placed.headerBottom.toFixed(1)}), bottom ${placed.bottom.toFixed(1)} of ${placed.viewport}`);
    }
  }
  return problems;
}

describe('focus is never hidden under the sticky header (WCAG 2.4.11)', () => {
  // Forward Tab brings elements in from below; Shift+Tab brings them in from above, where the
  // header is, so the walk goes down some way and back up again.
  it.each(WIDTHS.flatMap((width) => [ARTICLE, '/agenda/', '/tracks/models/'].map((path) => [path, width] as const)))(
    '%s at %i px',
    async (path, width) => {
      const { page } = await suite.open(path, { viewport: { width, height: 800 }, reducedMotion: 'reduce' });
      // Diagrams first: one rendering while focus passes would move the page under the test.
      const diagrams = page.locator('mermaid-diagram');
      for (let i = 0; i < (await diagrams.count()); i++) {
        await diagrams.nth(i).scrollIntoViewIfNeeded();
        await page.locator(`mermaid-diagram >> nth=${i}`).and(page.locator('[data-rendered]')).waitFor({ timeout: 20_000 });
      }
      await page.evaluate(() => scrollTo(0, 0));
      const problems = [...(await hidden(page, 'Tab', 45)), ...(await hidden(page, 'Shift+Tab', 40))];
      expect(problems).toEqual([]);
    },
  );
});

describe('a fragment jump leaves the heading fully below the header', () => {
  it.each(WIDTHS)('following the table of contents at %i px', async (width) => {
    const { page } = await suite.open(ARTICLE, { viewport: { width, height: 800 }, reducedMotion: 'reduce' });
    const toc = page.locator(width < 1024 ? '.toc-inline' : '.toc-aside');
    if (width < 1024) await toc.locator('summary').click();
    const links = toc.locator('a');
    const count = await links.count();
    expect(count).toBeGreaterThan(3);
    for (const index of [1, Math.floor(count / 2), count - 2]) {
      if (width < 1024 && !(await links.nth(index).isVisible())) await toc.locator('summary').click();
      const href = (await links.nth(index).getAttribute('href'))!;
      await links.nth(index).click();
      await page.waitForFunction((hash) => decodeURIComponent(location.hash) === hash, href);
      const placed = await page.evaluate((id) => {
        const heading = document.getElementById(decodeURIComponent(id.slice(1)))!.getBoundingClientRect();
        return { top: heading.top, bottom: heading.bottom, headerBottom: document.querySelector('.site-header')!.getBoundingClientRect().bottom };
      }, href);
      expect(placed.top, `${href}: heading top against the header's bottom edge`).toBeGreaterThanOrEqual(placed.headerBottom);
      expect(placed.bottom).toBeLessThan(800);
    }
  });

  it.each(WIDTHS)('opening a link with a #fragment at %i px', async (width) => {
    const { page } = await suite.page({ viewport: { width, height: 800 }, reducedMotion: 'reduce' });
    await page.goto(base + ARTICLE);
    const id = await page.locator('.prose h2[id]').nth(2).getAttribute('id');
    await page.goto(`${base}${ARTICLE}#${id}`);
    const placed = await page.evaluate((target) => {
      const heading = document.getElementById(target)!.getBoundingClientRect();
      return { top: heading.top, headerBottom: document.querySelector('.site-header')!.getBoundingClientRect().bottom };
    }, id!);
    expect(placed.top).toBeGreaterThanOrEqual(placed.headerBottom);
    expect(placed.top).toBeLessThan(placed.headerBottom + 40);
  });
});
