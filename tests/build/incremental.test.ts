import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexSite } from '../../scripts/lib/index-site.mjs';
import { ROOT, buildSite, copyFixture, replaceIn } from '../helpers/build-site.ts';
import { precompressionProblems } from '../helpers/dist.ts';

/**
 * Rebuilds reuse article pages whose cache key is unchanged (experimental.incrementalBuild);
 * these builds check that a reused page is never a stale one.
 */
let content: string;
const outDir = join(ROOT, '.build/fixtures', `incremental-${process.pid}`);
const page = (slug: string) => readFile(join(outDir, 'articles', slug, 'index.html'), 'utf8');

async function rebuild(): Promise<string> {
  const result = await buildSite(content, outDir);
  expect(result.code, result.output).toBe(0);
  return result.output;
}
/** Every file of a Pagefind index with its bytes, keyed by path (not the build's .br/.gz copies of its scripts). */
async function indexFiles(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile() && !/\.(br|gz)$/.test(entry.name));
  const files = names.map((entry) => join(entry.parentPath, entry.name));
  return new Map(await Promise.all(files.map(async (file) => [file.slice(dir.length), await readFile(file)] as const)));
}
/** Hashes of the built HTML pages' bytes. */
async function pageHashes(): Promise<Set<string>> {
  const names = (await readdir(outDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile() && entry.name.endsWith('.html'));
  return new Set(await Promise.all(names.map(async (entry) => createHash('sha1').update(await readFile(join(entry.parentPath, entry.name))).digest('hex'))));
}
const linkCheckReread = (output: string) => Number(output.match(/链接检查 [\d.]+ s（\d+ 页中重新读取 (\d+) 页）/)?.[1]);
const restored = (output: string) => [...output.matchAll(/ (\/(?:en\/)?articles\/[\w-]+\/)index\.html \(restored\)/g)].map((match) => match[1]).sort();

beforeAll(async () => {
  content = await copyFixture('basic');
  // These builds also stand for a site that has never published a schedule to compare with.
  await rm(join(content, 'schedule-baseline.json'));
  await rebuild();
}, 300_000);

afterAll(async () => {
  await rm(content, { recursive: true, force: true });
  await rm(outDir, { recursive: true, force: true });
});

describe('incremental rebuilds', () => {
  it('render only the article whose body changed and reuse the others unchanged', async () => {
    const before = await page('attention');
    const hashesBefore = await pageHashes();
    await replaceIn(join(content, 'articles/loss.md'), '是分类训练的标准目标。', '是分类训练的标准目标。增量构建之后新加的一句。');
    const output = await rebuild();
    // In both editions (the fixture has no translations: its English pages show the Chinese text).
    expect(restored(output)).toEqual(['/articles/attention/', '/articles/mdx-expression/', '/en/articles/attention/', '/en/articles/mdx-expression/']);
    expect(await page('loss')).toContain('增量构建之后新加的一句。');
    expect(await page('attention')).toBe(before);
    // The link check parsed again exactly the pages whose bytes are new, and nothing else.
    const changed = [...(await pageHashes())].filter((hash) => !hashesBefore.has(hash));
    expect(changed.length).toBeGreaterThan(0);
    expect(linkCheckReread(output)).toBe(changed.length);
  });

  it('compress again only the files that changed, reusing the last build\'s copies of the others', async () => {
    await replaceIn(join(content, 'articles/loss.md'), '是分类训练的标准目标。', '是分类训练的标准目标。预压缩测试新加的一句。');
    const output = await rebuild();
    const [, files, reused] = output.match(/预压缩 [\d.]+ s（(\d+) 个文件，其中 (\d+) 个沿用上次构建的压缩件/) ?? [];
    expect(Number(reused)).toBeGreaterThan(0);
    expect(Number(reused)).toBeLessThan(Number(files));
    // A reused copy of a file that changed would decompress to the old page.
    expect(precompressionProblems(outDir)).toEqual([]);
  });

  it('reuse the unchanged files of the last search index, leaving exactly what a fresh index would be', async () => {
    await replaceIn(join(content, 'articles/attention.mdx'), /^(## .*)$/m, '$1\n\n索引复用测试新增的一段：稀疏注意力。\n');
    const output = await rebuild();
    const reused = Number(output.match(/沿用上次构建的 (\d+) 个索引文件/)?.[1] ?? 0);
    expect(reused).toBeGreaterThan(0);
    // The same pages indexed from nothing: the same files, byte for byte, and no file of the old index left over.
    const fresh = await mkdtemp(join(tmpdir(), 'fresh-index-'));
    try {
      await cp(outDir, fresh, { recursive: true, filter: (source) => !source.startsWith(join(outDir, 'pagefind')) });
      await indexSite(fresh);
      const [expected, actual] = await Promise.all([indexFiles(join(fresh, 'pagefind')), indexFiles(join(outDir, 'pagefind'))]);
      expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [name, bytes] of expected) expect(actual.get(name)?.equals(bytes), name).toBe(true);
      expect(reused).toBeLessThan(expected.size);
    } finally {
      await rm(fresh, { recursive: true, force: true });
    }
  });

  it('render again every article page that shows a talk whose title changed', async () => {
    await replaceIn(join(content, 'talks/loss-workshop.yaml'), /^title: .*$/m, 'title: 动手工作坊：交叉熵、梯度与训练');
    const output = await rebuild();
    expect(restored(output)).toEqual([]);
    for (const slug of ['loss', 'attention']) expect(await page(slug)).toContain('动手工作坊：交叉熵、梯度与训练');
  });

  it('render again the neighbours of an article whose title changed', async () => {
    await replaceIn(join(content, 'articles/loss.md'), /^title: .*$/m, 'title: "测试：交叉熵损失与梯度"');
    const output = await rebuild();
    expect(restored(output)).not.toContain('attention');
    expect(await page('attention')).toContain('测试：交叉熵损失与梯度');
  });

  it('still stop the build on a broken link in the one page that changed', async () => {
    const file = join(content, 'articles/loss.md');
    const text = await readFile(file, 'utf8');
    await replaceIn(file, '是分类训练的标准目标。', '是分类训练的标准目标。另见[并不存在的文章](/articles/no-such-article/)。');
    const result = await buildSite(content, outDir);
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toMatch(/\/articles\/loss\/（[^）]*loss\.md）：链接 \/articles\/no-such-article\/ —— 目标页面不存在/);
    await writeFile(file, text);
    await rebuild();
  });
});

describe('a build without a published schedule to compare with', () => {
  it('still publishes the change log, saying there is nothing to compare, and an empty feed', async () => {
    const html = await readFile(join(outDir, 'changes/index.html'), 'utf8');
    expect(html).toContain('这次构建没有上次发布的议程可比较');
    const feed = await readFile(join(outDir, 'changes.xml'), 'utf8');
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(feed).not.toContain('<entry>');
  });
});
