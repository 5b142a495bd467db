import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserSuite } from '../helpers/browser.ts';

const suite = browserSuite(inject('baseUrl'));

/** The English search page, with its filter menus (they arrive with Pagefind's English index). */
async function englishSearch(): Promise<Page> {
  const { page } = await suite.open('/en/search/');
  await page.getByLabel('Type').waitFor();
  return page;
}

/** The links of the results and the status line for one query, as a reader of /en/search/ sees them. */
async function search(page: Page, query: string): Promise<{ hrefs: string[]; status: string }> {
  const box = page.getByRole('combobox', { name: 'Search articles, sessions and speakers' });
  const status = page.getByRole('status');
  await box.fill('');
  await expect.poll(() => status.textContent()).toBe('');
  await box.fill(query);
  await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/result|Nothing found/);
  const hrefs = await page
    .getByRole('listbox', { name: 'Search results' })
    .getByRole('option')
    .locator('a')
    .evaluateAll((links) => links.map((a) => new URL(a.getAttribute('href') ?? '', location.href).pathname));
  return { hrefs, status: (await status.textContent()) ?? '' };
}

describe('search in the English edition', () => {
  it.each([
    ['attention', '/en/articles/transformer-self-attention/'],
    ['cross-entropy', '/en/articles/loss-functions-cross-entropy/'],
    ['LoRA', '/en/articles/fine-tuning-lora/'],
    ['retrieval-augmented generation', '/en/articles/rag-embeddings/'],
    ['perplexity', '/en/articles/generation-evaluation/'],
    ['quantization', '/en/articles/quantization-distillation-serving/'],
  ])('finds the English article on %s first', async (query, first) => {
    const page = await englishSearch();
    const { hrefs, status } = await search(page, query);
    expect(hrefs[0], `${query}: ${hrefs.join(' ')}`).toBe(first);
    expect(status).not.toContain('Chinese edition');
    // The English index holds English pages only.
    expect(hrefs.every((href) => href.startsWith('/en/'))).toBe(true);
  });

  it('falls back to the Chinese index, and says so, when no English page matches', async () => {
    const page = await englishSearch();
    const { hrefs, status } = await search(page, '反向传播');
    expect(status).toContain('these results are from the Chinese edition');
    expect(hrefs[0]).toBe('/articles/backpropagation/');
  });

  // Pagefind answers a word it lacks with its longest prefix it has (zz, a variable in a code
  // sample; q): those are not hits.
  it.each(['zzyzx', 'qwertyuiop'])('says so when neither edition has %s', async (query) => {
    const page = await englishSearch();
    const { hrefs, status } = await search(page, query);
    expect(hrefs).toEqual([]);
    expect(status).toBe(`Nothing found for “${query}”.`);
  });
});
