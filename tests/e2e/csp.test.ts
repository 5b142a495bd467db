import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { guardedPage, launchChromium } from '../helpers/browser.ts';

const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

/** Opens a page, runs `act`, and returns every CSP violation and console error it caused. */
async function violations(path: string, act: (page: import('playwright-core').Page) => Promise<void> = async () => {}) {
  const guarded = await guardedPage(browser, { viewport: { width: 1280, height: 900 } });
  await guarded.context.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await guarded.page.goto(base + path);
  await act(guarded.page);
  const found = await guarded.page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  const policy = await guarded.page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  await guarded.context.close();
  return { found, errors: guarded.errors, policy };
}

describe('Content-Security-Policy', () => {
  it('is strict: no unsafe-inline or unsafe-eval for scripts, inline styles only as attributes', async () => {
    const { policy } = await violations('/');
    const script = /script-src ([^;]*)/.exec(policy!)![1]!;
    expect(script).not.toMatch(/unsafe-inline|'unsafe-eval'/);
    expect(/style-src ([^;]*)/.exec(policy!)![1]).not.toMatch(/unsafe-inline/);
    expect(policy).toMatch(/style-src-attr 'unsafe-inline'/);
    expect(policy).toMatch(/default-src 'self'/);
  });

  it.each([
    ['home', '/', async () => {}],
    [
      'an article with math and a diagram',
      '/articles/transformer-self-attention/',
      async (page: import('playwright-core').Page) => {
        const diagram = page.locator('mermaid-diagram').first();
        await diagram.scrollIntoViewIfNeeded();
        await diagram.locator('svg').waitFor();
        // The diagram keeps its styling: Mermaid's rules arrive through an adopted stylesheet.
        const fill = await diagram.locator('svg .node rect, svg .node polygon').first().evaluate((el) => getComputedStyle(el).fill);
        expect(fill).not.toBe('rgb(0, 0, 0)');
        await page.getByRole('button', { name: '深色模式' }).click();
        await diagram.locator('svg').waitFor();
      },
    ],
    [
      'search with results',
      '/search/?q=LoRA',
      async (page: import('playwright-core').Page) => {
        await page.getByRole('listbox', { name: '搜索结果' }).getByRole('option').first().waitFor();
      },
    ],
    [
      'the search dialog',
      '/articles/',
      async (page: import('playwright-core').Page) => {
        await page.keyboard.press('Control+k');
        await page.getByRole('combobox').fill('交叉熵');
        await page.getByRole('listbox', { name: '搜索结果' }).getByRole('option').first().waitFor();
      },
    ],
    [
      'the agenda with filters',
      '/agenda/2026-12-13/?track=models',
      async (page: import('playwright-core').Page) => {
        await page.getByLabel('形式').selectOption('技术研讨');
        await page.getByRole('button', { name: /改用我的时区/ }).click().catch(() => {});
      },
    ],
    [
      'a talk',
      '/talks/ai-dev-next-five-years/',
      async (page: import('playwright-core').Page) => {
        await page.locator('.talk-actions').getByRole('button', { name: /^收藏：/ }).click();
      },
    ],
    [
      'my schedule',
      '/my-schedule/',
      async (page: import('playwright-core').Page) => {
        await page.evaluate(() => localStorage.setItem('devcon:starred', JSON.stringify(['ai-dev-next-five-years'])));
        await page.reload();
        await page.locator('.my-schedule-list .talk-card').first().waitFor();
      },
    ],
    [
      'an English article with a diagram',
      '/en/articles/transformer-self-attention/',
      async (page: import('playwright-core').Page) => {
        const diagram = page.locator('mermaid-diagram').first();
        await diagram.scrollIntoViewIfNeeded();
        await diagram.locator('svg').waitFor();
      },
    ],
    [
      // The fallback loads a second pagefind.js (?index=chinese) and the Chinese index beside the English one.
      'English search falling back to the Chinese index',
      '/en/search/?q=反向传播',
      async (page: import('playwright-core').Page) => {
        await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor();
        await expect.poll(() => page.getByRole('status').textContent()).toContain('Chinese edition');
      },
    ],
  ])('%s runs with no violation or console error', async (_, path, act) => {
    const { found, errors } = await violations(path, act);
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
  });
});
