import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserSuite } from '../helpers/browser.ts';

const base = inject('baseUrl');
const suite = browserSuite(base);
const ARTICLE = '/articles/transformer-self-attention/';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/** The headings whose table-of-contents links are marked as the current section. */
function currentSections(page: Page, toc: string) {
  return page.locator(`${toc} a[aria-current="true"]`).evaluateAll((links) => links.map((link) => decodeURIComponent((link as HTMLAnchorElement).hash.slice(1))));
}

describe('table of contents', () => {
  it('marks the section being read while the reader scrolls (1280 px)', async () => {
    const { page } = await suite.open(ARTICLE, { viewport: DESKTOP, reducedMotion: 'reduce' });
    const ids = await page.locator('.prose :is(h2, h3)[id]').evaluateAll((headings) => headings.map((h) => h.id));
    expect(ids.length).toBeGreaterThan(4);
    for (const id of [ids[1]!, ids[Math.floor(ids.length / 2)]!, ids.at(-2)!]) {
      // Scroll with the mouse wheel, as a reader does, to bring the heading near the top.
      const top = await page.locator(`[id="${id}"]`).evaluate((h) => h.getBoundingClientRect().top);
      await page.mouse.move(600, 450);
      await page.mouse.wheel(0, top - 150);
      await expect.poll(() => currentSections(page, '.toc-aside')).toEqual([id]);
    }
    // Back above the first heading, nothing is marked.
    await page.mouse.wheel(0, -100_000);
    await expect.poll(() => currentSections(page, '.toc-aside')).toEqual([]);
  });

  it('opens from the middle of a long article on a phone, jumps to a section and goes back to the top (390 px)', async () => {
    const { page } = await suite.open(ARTICLE, { viewport: PHONE, reducedMotion: 'reduce' });
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight / 2));
    // In the sticky header, so it is there from anywhere and covers no text.
    const open = page.getByRole('banner').getByRole('button', { name: '目录', exact: true });
    expect(await open.isVisible()).toBe(true);
    await open.click();
    const sheet = page.locator('#toc-sheet');
    await expect.poll(() => sheet.isVisible()).toBe(true);
    // The popover, too, says where the reader is.
    expect(await currentSections(page, '#toc-sheet')).toHaveLength(1);
    const link = sheet.locator('a').last();
    const target = decodeURIComponent((await link.getAttribute('href'))!.slice(1));
    await link.click();
    await expect.poll(() => sheet.isVisible()).toBe(false);
    const placed = await page.locator(`[id="${target}"]`).evaluate((h) => ({ top: h.getBoundingClientRect().top, header: document.querySelector('.site-header')!.getBoundingClientRect().bottom }));
    expect(placed.top).toBeGreaterThanOrEqual(placed.header);
    expect(placed.top).toBeLessThan(PHONE.height / 2);

    await open.click();
    await sheet.getByRole('link', { name: '回到顶部' }).click();
    await expect.poll(() => page.evaluate(() => scrollY)).toBeLessThan(100);
  });
});

describe('end of an article', () => {
  it.each([PHONE, DESKTOP])('leaves no wide empty gap between 大会相关议程 and 上一篇/下一篇 (%o)', async (viewport) => {
    const { page } = await suite.open(ARTICLE, { viewport });
    const gaps = await page.evaluate(() => {
      const boxes = ['.related-talks', '.pager']
        .flatMap((selector) => document.querySelector(selector)?.getBoundingClientRect() ?? [])
        .filter((box) => box.height > 0);
      return boxes.slice(1).map((box, i) => box.top - boxes[i]!.bottom);
    });
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) expect(gap).toBeLessThanOrEqual(40);
  });
});

describe('printing', () => {
  it('prints the article alone, light, with link addresses, formulas and diagrams', async () => {
    const { page } = await suite.open(ARTICLE, { viewport: DESKTOP, colorScheme: 'dark' });
    const diagram = page.locator('mermaid-diagram').first();
    await diagram.scrollIntoViewIfNeeded();
    await diagram.locator('.mermaid-output svg').waitFor({ timeout: 20_000 });
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.site-footer', '.toc-aside', '.pager', '.copy-button', '.diagram-zoom']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    expect(await page.locator('.prose .katex-display').first().isVisible()).toBe(true);
    expect(await diagram.locator('svg').isVisible()).toBe(true);
    const printed = await page.evaluate(() => {
      const external = document.querySelector<HTMLAnchorElement>('.prose a[href^="http"], .prose a[href^="/"]')!;
      return {
        href: external.getAttribute('href'),
        after: getComputedStyle(external, '::after').content,
        background: getComputedStyle(document.body).backgroundColor,
        text: getComputedStyle(document.querySelector('.prose p')!).color,
        code: getComputedStyle(document.querySelector('.astro-code span[style]')!).color,
      };
    });
    expect(printed.after).toContain(printed.href);
    expect(printed.text).toBe('rgb(0, 0, 0)');
    // Code keeps its light-theme colours even when the reader was in the dark theme.
    const [r, g, b] = printed.code.match(/\d+/g)!.map(Number);
    expect((r! + g! + b!) / 3, `code colour ${printed.code} readable on white`).toBeLessThan(170);
  });
});

/** Mean brightness (0–255) of a strip of the page as drawn, read back from a screenshot. */
async function brightness(page: Page, clip: { x: number; y: number; width: number; height: number }): Promise<number> {
  const png = (await page.screenshot({ clip })).toString('base64');
  // Decoded in a blank page: the site's CSP rightly refuses data: images.
  const scratch = await page.context().newPage();
  try {
    return await scratch.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data: pixels } = context.getImageData(0, 0, image.width, image.height);
      let sum = 0;
      for (let i = 0; i < pixels.length; i += 4) sum += (pixels[i]! + pixels[i + 1]! + pixels[i + 2]!) / 3;
      return sum / (pixels.length / 4);
    }, png);
  } finally {
    await scratch.close();
  }
}

describe('wide formulas on a phone (390 px)', () => {
  it.each(['light', 'dark'] as const)('show a shadow on each side that has more to scroll to (%s)', async (colorScheme) => {
    const { page } = await suite.open(ARTICLE, { viewport: PHONE, colorScheme, reducedMotion: 'reduce' });
    const formulas = page.locator('.prose .katex-display');
    const widths = await formulas.evaluateAll((all) => all.map((f) => f.scrollWidth - f.clientWidth));
    const wide = formulas.nth(widths.findIndex((extra) => extra > 40));
    const narrow = formulas.nth(widths.findIndex((extra) => extra <= 0));
    // The padding above the formula's glyphs: only the background is drawn there.
    async function edges(formula: typeof wide) {
      await formula.evaluate((f) => f.scrollIntoView({ block: 'center' }));
      const box = (await formula.boundingBox())!;
      const strip = (x: number) => brightness(page, { x, y: box.y + 1, width: 8, height: 2 });
      return { left: await strip(box.x), right: await strip(box.x + box.width - 8) };
    }
    const plain = await edges(narrow);
    expect(Math.abs(plain.left - plain.right)).toBeLessThan(2);
    const atStart = await edges(wide);
    expect(Math.abs(atStart.left - plain.left), 'no shadow on the left before scrolling').toBeLessThan(4);
    expect(Math.abs(atStart.right - plain.right), 'a shadow on the right: more to see').toBeGreaterThan(12);
    await wide.evaluate((f) => f.scrollTo({ left: f.scrollWidth }));
    const atEnd = await edges(wide);
    expect(Math.abs(atEnd.left - plain.left), 'a shadow on the left once scrolled').toBeGreaterThan(12);
    expect(Math.abs(atEnd.right - plain.right), 'none on the right at the end').toBeLessThan(4);
  });

  it('scroll by keyboard, each a region with a name of its own', async () => {
    const { page } = await suite.open(ARTICLE, { viewport: PHONE, reducedMotion: 'reduce' });
    const regions = page.getByRole('region', { name: /^公式 \d+$/ });
    const names = await regions.evaluateAll((all) => all.map((r) => r.getAttribute('aria-label')));
    expect(new Set(names).size).toBe(names.length);
    const extra = await regions.evaluateAll((all) => all.map((f) => f.scrollWidth - f.clientWidth));
    const wide = regions.nth(extra.findIndex((e) => e > 40));
    await wide.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => wide.evaluate((f) => f.scrollLeft)).toBeGreaterThan(0);
  });
});

describe('diagrams', () => {
  it.each([PHONE, DESKTOP])('open full screen, close with Esc and with their button, and give focus back (%o)', async (viewport) => {
    const { page } = await suite.open(ARTICLE, { viewport, reducedMotion: 'reduce' });
    const figure = page.locator('figure.diagram').filter({ hasText: 'Post-LN 编码器块与解码器块的数据流' });
    await figure.scrollIntoViewIfNeeded();
    // Named and captioned by its own accTitle and accDescr.
    const image = figure.getByRole('img', { name: /^Post-LN 编码器块与解码器块的数据流：两种块的每个子层后/ });
    await image.waitFor({ timeout: 20_000 });
    expect(await figure.locator('figcaption').textContent()).toContain('解码器块多一层交叉注意力');
    const columnWidth = (await image.boundingBox())!.width;
    const opener = figure.getByRole('button', { name: '放大查看：Post-LN 编码器块与解码器块的数据流' });
    const dialog = page.getByRole('dialog', { name: 'Post-LN 编码器块与解码器块的数据流' });

    for (const close of ['Escape', 'button'] as const) {
      await opener.click();
      // The dialog's code loads on the first click.
      await expect.poll(() => dialog.isVisible(), { timeout: 10_000 }).toBe(true);
      const shown = await dialog.locator('svg').first().evaluate((svg) => {
        const body = svg.closest('.diagram-dialog-body')!;
        return { width: svg.getBoundingClientRect().width, scrolls: body.scrollWidth > body.clientWidth };
      });
      expect(shown.width).toBeGreaterThan(columnWidth);
      if (viewport === PHONE) expect(shown.scrolls, 'wider than a phone: the dialog scrolls').toBe(true);
      if (close === 'Escape') await page.keyboard.press('Escape');
      else await dialog.getByRole('button', { name: '关闭' }).click();
      await expect.poll(() => dialog.isVisible(), { timeout: 5_000 }).toBe(false);
      expect(await opener.evaluate((button) => button === document.activeElement)).toBe(true);
      expect(await image.locator('svg').count(), 'the diagram is back in the article').toBe(1);
    }
  });

  it.each(['light', 'dark'] as const)('are drawn in the site’s colours (%s)', async (colorScheme) => {
    const { page } = await suite.open(ARTICLE, { viewport: DESKTOP, colorScheme });
    const diagram = page.locator('mermaid-diagram').first();
    await diagram.scrollIntoViewIfNeeded();
    await diagram.locator('.mermaid-output svg').waitFor({ timeout: 20_000 });
    const colours = await page.evaluate(diagramColours);
    expect(colours.nodeFill).toBe(colours.accentSoft);
    expect(colours.nodeStroke).toBe(colours.accent);
    expect(colours.label).toBe(colours.fg);
  });

  it('are drawn again in the other palette when the reader switches the theme', async () => {
    const { page } = await suite.open(ARTICLE, { viewport: DESKTOP, colorScheme: 'light' });
    const diagram = page.locator('mermaid-diagram').first();
    await diagram.scrollIntoViewIfNeeded();
    await diagram.locator('.mermaid-output svg').waitFor({ timeout: 20_000 });
    const light = await page.evaluate(diagramColours);
    await page.getByRole('button', { name: '深色模式' }).click();
    await expect
      .poll(() => page.evaluate(diagramColours).then((now) => now.nodeFill === now.accentSoft && now.nodeFill !== light.nodeFill), { timeout: 20_000 })
      .toBe(true);
  });
});

/** A drawn diagram's node fill, stroke and label colour beside the site's tokens, all as computed rgb(). */
function diagramColours() {
  const probe = document.createElement('div');
  document.body.append(probe);
  const resolve = (value: string) => {
    probe.style.color = value;
    return getComputedStyle(probe).color;
  };
  const tokens = getComputedStyle(document.documentElement);
  const node = document.querySelector('mermaid-diagram .node rect, mermaid-diagram .node polygon')!;
  const label = document.querySelector('mermaid-diagram .nodeLabel')!;
  const result = {
    nodeFill: resolve(getComputedStyle(node).fill),
    nodeStroke: resolve(getComputedStyle(node).stroke),
    label: getComputedStyle(label).color,
    accentSoft: resolve(tokens.getPropertyValue('--accent-soft')),
    accent: resolve(tokens.getPropertyValue('--accent')),
    fg: resolve(tokens.getPropertyValue('--fg')),
  };
  probe.remove();
  return result;
}
