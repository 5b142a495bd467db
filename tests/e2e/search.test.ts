import { describe, expect, inject, it } from 'vitest';
import { browserSuite, guardedPage } from '../helpers/browser.ts';

const base = inject('baseUrl');
const suite = browserSuite(base);
const open = suite.open.bind(suite);

/** Set by a test on the page's window: called with the result links whenever they change. */
interface Recorder {
  recordResults(hrefs: string[]): void;
}

describe('search dialog', () => {
  it('loads no search code until it is opened', async () => {
    const { page, requests } = await open('/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await page.keyboard.press('Control+k');
    await expect.poll(() => requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
  });

  it('opens with Ctrl+K, finds a Chinese word and opens the result with Enter', async () => {
    const { page } = await open('/');
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: '搜索全站' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const box = dialog.getByRole('combobox', { name: '搜索文章、议程与嘉宾' });
    await box.fill('交叉熵');
    const first = dialog.getByRole('option').first();
    await first.waitFor();
    expect(await first.textContent()).toContain('交叉熵');
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
    const href = (await first.locator('a').getAttribute('href'))!;
    await box.press('Enter');
    await page.waitForURL((url) => url.pathname + url.hash === href);
    expect(await page.locator('h1').textContent()).toContain('交叉熵');
  });

  it('opens with "/" and moves through results with the arrow keys', async () => {
    const { page } = await open('/articles/');
    await page.locator('body').press('/');
    const box = page.getByRole('combobox');
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.fill('训练');
    await page.getByRole('option').nth(1).waitFor();
    await box.press('ArrowDown');
    await box.press('ArrowDown');
    const second = page.getByRole('option').nth(1);
    expect(await second.getAttribute('aria-selected')).toBe('true');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await second.getAttribute('id'));
    await box.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    // Focus returns to the control that opened the dialog.
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.closest('search-trigger') !== null)).toBe(true);
  });
});

describe('search results', () => {
  it('shows six results, then six more on request, and keyboard focus goes on from there', async () => {
    const { page } = await open('/search/?q=%E8%AE%AD%E7%BB%83');
    const options = page.getByRole('listbox', { name: '搜索结果' }).getByRole('option');
    await options.first().waitFor();
    expect(await options.count()).toBe(6);
    const status = await page.getByRole('status').textContent();
    const total = Number(/找到 (\d+) 条结果，显示前 6 条/.exec(status ?? '')?.[1]);
    expect(total).toBeGreaterThan(12);
    const more = page.getByRole('button', { name: /显示更多结果/ });
    expect(await more.textContent()).toBe(`显示更多结果（还有 ${total - 6} 条）`);
    await more.click();
    await expect.poll(() => options.count()).toBe(12);
    expect(await page.getByRole('status').textContent()).toBe(`找到 ${total} 条结果，显示前 12 条。`);
    const box = page.getByRole('combobox', { name: '搜索文章、议程与嘉宾' });
    expect(await box.getAttribute('aria-activedescendant')).toBe(await options.nth(6).getAttribute('id'));
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('waits for the input method to commit before searching', async () => {
    const { page } = await open('/search/');
    const box = page.getByRole('combobox', { name: '搜索文章、议程与嘉宾' });
    await box.focus();
    // Chromium's own IME path: composing pinyin, then committing the characters.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'jiaochashang', selectionStart: 12, selectionEnd: 12 });
    expect(await box.inputValue()).toBe('jiaochashang');
    // The filters arrive with Pagefind and start a search of whatever is in the box; that one
    // must not run on pinyin either.
    await page.getByLabel('类型').waitFor();
    await page.waitForTimeout(300);
    expect(await page.getByRole('status').textContent()).toBe('');
    await cdp.send('Input.insertText', { text: '交叉熵' });
    const first = page.getByRole('listbox', { name: '搜索结果' }).getByRole('option').first();
    await first.waitFor();
    expect(await box.inputValue()).toBe('交叉熵');
    expect(await first.textContent()).toContain('交叉熵');
  });
});

describe('search finds the article that explains a topic', () => {
  it.each([
    ['训练', null],
    ['交叉熵', '/articles/loss-functions-cross-entropy/'],
    ['反向传播', '/articles/backpropagation/'],
    ['注意力机制', '/articles/transformer-self-attention/'],
    ['BERT', '/articles/pretraining-objectives/'],
    ['LoRA', '/articles/fine-tuning-lora/'],
    ['AdamW', '/articles/optimizers-sgd-adamw/'],
    ['分布式训练', '/articles/distributed-training/'],
    ['混合精度', '/articles/mixed-precision/'],
    ['DPO', '/articles/alignment-rlhf-dpo/'],
    ['F1', '/articles/classification-metrics/'],
    ['困惑度', '/articles/generation-evaluation/'],
    ['KV cache', '/articles/inference-kv-cache/'],
    ['量化', '/articles/quantization-distillation-serving/'],
    ['规模定律', '/articles/scaling-laws/'],
    ['检索增强', '/articles/rag-embeddings/'],
    ['多模态', '/articles/multimodal-models/'],
    ['超参数搜索', '/articles/automl-hpo/'],
    ['SHAP', '/articles/responsible-ai/'],
    ['分词', '/articles/tokenization-bpe/'],
    ['过拟合', '/articles/overfitting-regularization/'],
    ['梯度裁剪', '/articles/lr-schedule-and-clipping/'],
    ['学术会议', '/articles/ecosystem-learning-path/'],
  ])('%s', async (query, expected) => {
    const { page } = await open(`/search/?q=${encodeURIComponent(query)}`);
    const options = page.getByRole('listbox', { name: '搜索结果' }).getByRole('option');
    await options.first().waitFor();
    // An article's result links to its matching section: compare pages.
    const hrefs = await options.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')?.split('#')[0]));
    if (expected) expect(hrefs.slice(0, 2)).toContain(expected);
    else expect(hrefs.length).toBeGreaterThan(3);
    // No KaTeX MathML or Mermaid source leaks into the excerpts, and no page-type label (文章,
    // 议程, 嘉宾: filters, not content) left as a dangling ". ", and no excerpt opening on the
    // punctuation that ended the sentence before it.
    const excerpts = await page.locator('.result-excerpt').allTextContents();
    expect(excerpts.join('\n')).not.toMatch(/-->|flowchart|\\frac|\\mathrm|sequenceDiagram/);
    expect(excerpts.filter((text) => /^\s*[.。，、；：]/.test(text))).toEqual([]);
    // Inside an excerpt, Pagefind's ". " between two blocks of Chinese shows as " · ".
    expect(excerpts.filter((text) => /[\u3400-\u9fff]\.\s/.test(text))).toEqual([]);
  });

  it('shows a short formula in an excerpt where the formula stands, not a gap', async () => {
    const { page } = await open(`/search/?q=${encodeURIComponent('最大差异')}`);
    const options = page.getByRole('listbox', { name: '搜索结果' }).getByRole('option');
    await options.first().waitFor();
    const excerpts = await page.locator('.result-excerpt').allTextContents();
    expect(excerpts.join('\n')).toContain('最大差异在 10^{-15} 量级');
  });

  it('shows a talk result with its time and room, and filters by type and track', async () => {
    const { page } = await open('/search/?q=KV%20cache&type=%E8%AE%AE%E7%A8%8B');
    const results = page.getByRole('listbox', { name: '搜索结果' }).getByRole('option');
    await results.first().waitFor();
    const hrefs = await results.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.every((href) => href!.startsWith('/talks/'))).toBe(true);
    expect(await results.first().locator('.result-when').textContent()).toMatch(/^12月1[23]日周[六日] \d{2}:\d{2}–\d{2}:\d{2} · \S+$/);
    expect(await page.getByLabel('分论坛').locator('option').count()).toBeGreaterThan(3);
  });

  it('never shows unfiltered results for a link with a filter, however late the filter list loads', async () => {
    // Pagefind's filter list arriving after its first results once showed every result type first.
    const { page } = await suite.page();
    await page.route('**/pagefind/filter/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 600));
      await route.continue();
    });
    const shown: string[][] = [];
    await page.exposeFunction('recordResults', (hrefs: string[]) => shown.push(hrefs));
    await page.addInitScript(() => {
      new MutationObserver(() => {
        const links = [...document.querySelectorAll('[role="listbox"] [role="option"] a')];
        if (links.length) (window as unknown as Recorder).recordResults(links.map((a) => a.getAttribute('href') ?? ''));
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${base}/search/?q=KV%20cache&type=%E8%AE%AE%E7%A8%8B`);
    await page.getByRole('listbox', { name: '搜索结果' }).getByRole('option').first().waitFor();
    await page.waitForTimeout(300);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.flat().filter((href) => !href.startsWith('/talks/'))).toEqual([]);
    expect(new URL(page.url()).searchParams.get('type')).toBe('议程');
  });

  it('says so when the index cannot load, and searches with the link\'s filter once it can', async () => {
    // Not one of the suite's pages: the failed request is this test's point, not a console error to report.
    const { page, context, errors } = await guardedPage(suite.browser());
    try {
      await page.route('**/pagefind/pagefind.js', (route) => route.abort());
      await page.goto(`${base}/search/?type=%E8%AE%AE%E7%A8%8B`);
      const box = page.getByRole('combobox', { name: '搜索文章、议程与嘉宾' });
      await box.fill('LoRA');
      await expect.poll(() => page.getByRole('status').textContent()).toContain('搜索索引没有加载成功');
      expect(errors.length).toBeGreaterThan(0);
      // The URL keeps the link's filter beside the new query while the menus cannot show it.
      expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ q: 'LoRA', type: '议程' });
      await page.unroute('**/pagefind/pagefind.js');
      await box.fill('LoRA 微调');
      const results = page.getByRole('listbox', { name: '搜索结果' }).getByRole('option');
      await results.first().waitFor();
      const hrefs = await results.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.filter((href) => !href.startsWith('/talks/'))).toEqual([]);
      expect(await page.getByLabel('类型').inputValue()).toBe('议程');
    } finally {
      await context.close();
    }
  });

  it('keeps the query and filters in the URL of the search page', async () => {
    const { page } = await open('/search/?q=LoRA');
    await page.getByRole('listbox', { name: '搜索结果' }).getByRole('option').first().waitFor();
    await page.getByLabel('类型').selectOption('文章');
    await expect.poll(() => new URL(page.url()).searchParams.get('type')).toBe('文章');
    expect(new URL(page.url()).searchParams.get('q')).toBe('LoRA');
  });

  it('says something useful on the search page without JavaScript', async () => {
    const guarded = await suite.page({ javaScriptEnabled: false });
    await guarded.page.goto(`${base}/search/?q=LoRA`);
    expect(await guarded.page.getByText('搜索需要启用 JavaScript').isVisible()).toBe(true);
    expect(await guarded.page.getByRole('link', { name: '浏览全部文章' }).count()).toBeGreaterThan(0);
  });
});

describe('search results for long articles', () => {
  it('lead to the matching section, with an excerpt that neither repeats the title nor starts mid-word', async () => {
    const { page } = await open(`/search/?q=${encodeURIComponent('log-sum-exp')}`);
    const first = page.getByRole('listbox', { name: '搜索结果' }).getByRole('option').first();
    await first.waitFor();
    const href = (await first.locator('a').getAttribute('href'))!;
    expect(href).toMatch(/^\/articles\/loss-functions-cross-entropy\/#./);
    const section = await first.locator('.result-section').textContent();
    const title = (await first.locator('.result-title').textContent())!.replace(/^文章/, '');
    const excerpt = (await first.locator('.result-excerpt').textContent())!;
    expect(excerpt.startsWith(title)).toBe(false);
    expect(excerpt.startsWith(section!)).toBe(false);
    // The link goes to the heading the result names.
    await first.locator('a').click();
    await page.waitForURL((url) => url.hash.length > 1);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect((await page.locator(`[id="${id}"]`).textContent())?.trim()).toBe(section);
  });

  it('start an excerpt where a word starts (交叉熵, not 然推导交叉熵)', async () => {
    const { page } = await open(`/search/?q=${encodeURIComponent('交叉熵')}`);
    const options = page.getByRole('listbox', { name: '搜索结果' }).getByRole('option');
    await options.first().waitFor();
    const excerpts = await page.locator('.result-excerpt').allTextContents();
    // Pagefind cut excerpts at a character count; 似然 (likelihood) is one word and was cut in two.
    expect(excerpts.filter((text) => /^(然|熵|叉)/.test(text))).toEqual([]);
  });
});

describe('search on a phone', () => {
  it('fills the screen, keeps the field at the top, uses the full width and holds the page still', async () => {
    const { page } = await suite.open('/articles/backpropagation/', { viewport: { width: 390, height: 844 }, hasTouch: true });
    // Half-way down the article; the shortcut opens the dialog without scrolling to the header.
    await page.evaluate(() => window.scrollTo(0, 600));
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: '搜索全站' });
    await dialog.waitFor();
    expect(await dialog.boundingBox()).toEqual({ x: 0, y: 0, width: 390, height: 844 });
    const box = dialog.getByRole('combobox');
    await box.fill('训练');
    await dialog.getByRole('option').nth(5).waitFor();
    const field = (await box.boundingBox())!;
    expect(field.y).toBeLessThan(100);
    expect(field.width).toBeGreaterThan(330);
    const result = (await dialog.getByRole('option').first().boundingBox())!;
    expect(result.width).toBeGreaterThan(350);
    // Scrolling inside the dialog moves the results, not the article behind it.
    const behind = await page.evaluate(() => window.scrollY);
    expect(behind).toBe(600);
    await page.mouse.move(195, 600);
    await page.mouse.wheel(0, 1500);
    await page.waitForTimeout(300);
    expect(await dialog.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    await page.mouse.wheel(0, 3000);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.scrollY)).toBe(behind);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => window.scrollY)).toBe(behind);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(behind);
  });
});

describe('search highlight and keyboard hint', () => {
  /** WCAG relative luminance of an sRGB colour given as rgb()/rgba() from getComputedStyle. */
  const luminance = (rgb: string) => {
    const [r, g, b] = rgb.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };

  it.each(['light', 'dark'] as const)('marks matched words with a contrast of at least 4.5:1 in the %s theme', async (colorScheme) => {
    const { page } = await suite.open(`/search/?q=${encodeURIComponent('交叉熵')}`, { colorScheme });
    const mark = page.locator('.result-excerpt mark').first();
    await mark.waitFor();
    const { color, background } = await mark.evaluate((el) => ({ color: getComputedStyle(el).color, background: getComputedStyle(el).backgroundColor }));
    expect(background).not.toMatch(/rgba\(.*,\s*0\)$/);
    expect(contrast(color, background)).toBeGreaterThanOrEqual(4.5);
  });

  it('shows "Ctrl K" only when the script that handles it runs', async () => {
    const withScript = await suite.open('/', { viewport: { width: 1280, height: 900 } });
    expect(await withScript.page.locator('.search-kbd').isVisible()).toBe(true);
    const without = await suite.page({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    await without.page.goto(`${base}/`);
    expect(await without.page.locator('.search-kbd').isVisible()).toBe(false);
    expect(await without.page.locator('.search-button').isVisible()).toBe(true);
  });
});
