import { compile } from '@mdx-js/mdx';
import katex from 'katex';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import remarkMath from 'remark-math';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../scripts/lib/check-content.mjs';
import { generateArticles, measureArticles, parseBlocks, readArticles, toSiteArticle, toStarlightDoc } from '../../../scripts/lib/realistic-content.mjs';

const REAL = resolve(import.meta.dirname, '../../../content/articles');
const shape = (articles: { body: string }[]) => measureArticles(articles.map((a) => ({ blocks: parseBlocks(a.body) })));

describe('benchmark articles generated from the real ones', () => {
  const generated = generateArticles(REAL, 300, { seed: 7 });

  it('are the same for a seed, different for another, and no two alike', () => {
    const twenty = generateArticles(REAL, 20, { seed: 7 });
    expect(generateArticles(REAL, 20, { seed: 7 })).toEqual(twenty);
    expect(generateArticles(REAL, 20, { seed: 8 }).map((a) => a.body)).not.toEqual(twenty.map((a) => a.body));
    expect(new Set(generated.map((a) => a.body)).size).toBe(generated.length);
    // Diagrams and display formulas are unique too, so no cache keyed on their source helps.
    const diagrams = generated.flatMap((a) => parseBlocks(a.body).filter((b) => b.kind === 'mermaid').map((b) => b.text));
    expect(new Set(diagrams).size).toBe(diagrams.length);
  });

  it('follow the real articles’ length, formulas, code, diagrams, lists, tables and punctuation', () => {
    const real = measureArticles(readArticles(REAL));
    const ours = shape(generated);
    for (const key of ['chars', 'paragraphs', 'paragraphChars', 'headings', 'inlineMath', 'displayMath', 'codeBlocks', 'lists', 'punctuationPer1000'] as const) {
      expect(ours[key].mean, key).toBeGreaterThan(real[key].mean * 0.8);
      expect(ours[key].mean, key).toBeLessThan(real[key].mean * 1.25);
    }
    expect(ours.diagrams.mean).toBeGreaterThan(real.diagrams.mean * 0.8);
    expect(Object.keys(ours.diagramTypes).sort()).toEqual(Object.keys(real.diagramTypes).sort());
    expect(Object.keys(ours.codeLanguages).sort()).toEqual(Object.keys(real.codeLanguages).sort());
    expect(ours.decisionFlowcharts).toBeGreaterThan(0);
    expect(ours.tables.max).toBeGreaterThan(0);
  });

  it('compile as MDX with every formula valid for KaTeX in strict mode, as both sites read them', async () => {
    const formulas: string[] = [];
    const strictKatex = () => (tree: Parameters<typeof visit>[0]) =>
      visit(tree, ['math', 'inlineMath'], (node) => {
        const { type, value } = node as unknown as { type: string; value: string };
        formulas.push(value);
        katex.renderToString(value, { displayMode: type === 'math', strict: 'error', throwOnError: true });
      });
    for (const article of generated.slice(0, 25)) {
      for (const source of [toSiteArticle(article), toStarlightDoc(article)]) {
        const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
        await expect(compile(body, { remarkPlugins: [remarkMath, strictKatex] }), article.id).resolves.toBeDefined();
      }
    }
    expect(formulas.length).toBeGreaterThan(25 * 20);
  }, 120_000);

  it('have diagrams that Mermaid parses, and links only to articles that exist', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'realistic-content-'));
    try {
      const some = generateArticles(REAL, 40, { seed: 7 });
      await mkdir(join(dir, 'content/articles'), { recursive: true });
      await Promise.all(some.map((a) => writeFile(join(dir, 'content/articles', `${a.id}.mdx`), toSiteArticle(a))));
      const result = await checkContent(join(dir, 'content'), dir, join(dir, 'cache'));
      expect(result.diagrams).toBeGreaterThan(20);
      const targets = some.flatMap((a) => [...a.body.matchAll(/\]\((\/[^)]*)\)/g)].map((m) => m[1]));
      expect(targets.length).toBeGreaterThan(0);
      for (const target of targets) expect(target).toMatch(/^\/articles\/article-([0-9]|[1-3][0-9])\/$/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
