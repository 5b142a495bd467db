import { describe, expect, inject, it } from 'vitest';
import { browserSuite, guardedPage } from '../helpers/browser.ts';

const base = inject('baseUrl');
const ARTICLE = '/articles/transformer-self-attention/';
const suite = browserSuite(base);
const open = suite.open.bind(suite);

describe('diagrams', () => {
  it('renders a Mermaid diagram as SVG once it nears the viewport, and not before', async () => {
    const { page, requests } = await open(ARTICLE);
    await page.waitForLoadState('networkidle');
    const diagram = page.locator('mermaid-diagram').first();
    const farBelow = await diagram.evaluate((el) => el.getBoundingClientRect().top > innerHeight + 400);
    if (farBelow) expect(await diagram.locator('svg').count()).toBe(0);
    const before = requests.length;
    await diagram.scrollIntoViewIfNeeded();
    await diagram.locator('.mermaid-output svg').waitFor({ timeout: 20_000 });
    if (farBelow) expect(requests.length).toBeGreaterThan(before);
    expect(await diagram.locator('pre.mermaid-source').isVisible()).toBe(false);
  });

  it('shows the diagram source when JavaScript is off', async () => {
    const { page } = await open(ARTICLE, { javaScriptEnabled: false });
    const source = page.locator('mermaid-diagram pre.mermaid-source').first();
    expect(await source.isVisible()).toBe(true);
    expect((await source.textContent())!.length).toBeGreaterThan(20);
  });

  it('loads no Mermaid code on a page without a diagram', async () => {
    const { page, requests } = await open('/articles/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => /mermaid/i.test(url))).toEqual([]);
  });
});

describe('theme', () => {
  it.each(['light', 'dark'] as const)('changes the theme on the first press, says which is on, and keeps the choice (system %s)', async (system) => {
    const { page } = await open('/', { colorScheme: system });
    const html = page.locator('html');
    const other = system === 'light' ? 'dark' : 'light';
    const toggle = page.getByRole('button', { name: '深色模式' });
    expect(await html.getAttribute('data-theme')).toBe(system);
    expect(await toggle.getAttribute('aria-pressed')).toBe(String(system === 'dark'));
    await toggle.click();
    expect(await html.getAttribute('data-theme')).toBe(other);
    expect(await toggle.getAttribute('aria-pressed')).toBe(String(other === 'dark'));
    expect(await toggle.locator(other === 'dark' ? '.icon-moon' : '.icon-sun').isVisible()).toBe(true);
    expect(await toggle.locator(other === 'dark' ? '.icon-sun' : '.icon-moon').isVisible()).toBe(false);
    await page.reload();
    expect(await html.getAttribute('data-theme')).toBe(other);
    expect(await toggle.getAttribute('aria-pressed')).toBe(String(other === 'dark'));
    // Back to the system's theme: the choice is forgotten and the page follows the system again.
    await toggle.click();
    expect(await html.getAttribute('data-theme')).toBe(system);
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
  });

  it('applies a stored choice before first paint', async () => {
    const guarded = await suite.page({ colorScheme: 'light' });
    await guarded.context.addInitScript(() => {
      localStorage.setItem('theme', 'dark');
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { themeAtBody?: string | undefined }).themeAtBody = document.documentElement.dataset['theme'];
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await guarded.page.goto(`${base}/`);
    expect(await guarded.page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)).toBe('dark');
  });

  it('follows the system preference with no flash of the light theme', async () => {
    const guarded = await suite.page({ colorScheme: 'dark' });
    // Record the theme at the moment <body> is created, i.e. before anything can be painted.
    await guarded.context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { themeAtBody?: string | undefined }).themeAtBody = document.documentElement.dataset["theme"];
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await guarded.page.goto(`${base}/`);
    expect(await guarded.page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)).toBe('dark');
    const background = await guarded.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe('rgb(20, 22, 26)');
  });
});

describe('keyboard', () => {
  it('starts with a visible skip link that moves focus to the content', async () => {
    const { page } = await open(ARTICLE);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '跳到正文' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('shows where focus is on every control it reaches', async () => {
    const { page } = await open('/');
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { tag: el.tagName, style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      expect(outline.style, `${i}: ${outline.tag}`).not.toBe('none');
      expect(outline.width).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('code blocks', () => {
  it('copies a block by keyboard', async () => {
    const { page, context } = await open(ARTICLE);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    const button = page.getByRole('button', { name: '复制代码' }).first();
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => button.textContent()).toBe('已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const code = await page.locator('figure.code-block pre').first().innerText();
    expect(copied).toBe(code.replace(/\n$/, ''));
    expect(copied).toMatch(/import numpy as np/);
  });
});

describe('复制为 Markdown', () => {
  it('copies the article’s Markdown twin, fetched on the click, and says so to screen readers', async () => {
    const { page, context, requests } = await open(ARTICLE);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => url.endsWith('/index.md')), 'nothing fetched before the click').toEqual([]);
    const button = page.getByRole('button', { name: '复制为 Markdown' });
    await button.click();
    await expect.poll(() => page.locator('copy-markdown').getByRole('status').textContent()).toBe('已复制');
    const twin = await (await page.request.get(`${base}${ARTICLE}index.md`)).text();
    expect(twin).toMatch(/^# Transformer 与自注意力机制/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(twin);
    expect(await page.getByRole('link', { name: 'Markdown 原文' }).isVisible()).toBe(false);
  });

  it('offers a link to the Markdown twin where there is no clipboard, and stays out of print', async () => {
    const { page, context } = await open('/');
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
    await page.goto(base + ARTICLE);
    const link = page.locator('copy-markdown').getByRole('link', { name: 'Markdown 原文' });
    expect(await link.getAttribute('href')).toBe(`${ARTICLE}index.md`);
    expect(await link.isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: '复制为 Markdown' }).count()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    expect(await link.isVisible()).toBe(false);
  });
});

describe('layout', () => {
  it.each([360, 390, 1280])('has no horizontal scroll at %i px', async (width) => {
    const { page } = await open(ARTICLE, { viewport: { width, height: 800 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
  });

  it('keeps the table of contents in view on wide screens', async () => {
    const { page } = await open(ARTICLE, { viewport: { width: 1280, height: 800 } });
    await page.mouse.wheel(0, 3000);
    await page.waitForTimeout(300);
    const box = await page.locator('nav.toc-aside').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(200);
  });

  it('serves the 404 page for an unknown path', async () => {
    const { page, errors } = await guardedPage(suite.browser());
    const response = await page.goto(`${base}/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('页面不存在');
    // The browser logs the 404 status itself; nothing else may fail.
    expect(errors.filter((error) => !error.includes('status of 404'))).toEqual([]);
    await page.context().close();
  });
});
