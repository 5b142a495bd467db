import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { expectBuildToFail, replaceIn } from '../helpers/build-site.ts';

describe('the build stops and names the file and field', () => {
  it('on a missing required frontmatter field', () =>
    expectBuildToFail((dir) => replaceIn(join(dir, 'articles/loss.md'), /^title: .*\n/m, ''), [
      /articles\/loss\.md/,
      /title: Required/,
    ]));

  it('on a field of the wrong type', () =>
    expectBuildToFail((dir) => replaceIn(join(dir, 'articles/loss.md'), 'pubDate: 2026-08-01', 'pubDate: 下周一'), [
      /articles\/loss\.md/,
      /pubDate/,
    ]));

  it('on a tag outside the vocabulary', () =>
    expectBuildToFail((dir) => replaceIn(join(dir, 'articles/loss.md'), 'tags: [math, optimization]', 'tags: [math, optimisation]'), [
      /articles\/loss\.md/,
      /tags\.1: Invalid option/,
    ]));

  it('on an updated date before the publish date', () =>
    expectBuildToFail((dir) => replaceIn(join(dir, 'articles/attention.mdx'), 'updatedDate: 2026-10-01', 'updatedDate: 2026-01-01'), [
      /articles\/attention\.mdx/,
      /updatedDate: 更新日期早于发布日期：2026-01-01 < 2026-09-01/,
    ]));

  it('on a formula KaTeX cannot parse', () =>
    expectBuildToFail((dir) => replaceIn(join(dir, 'articles/loss.md'), '$p-y$', '$\\frac{p-y$'), [
      /公式无法渲染（KaTeX）：.*articles\/loss\.md:13:\d+/,
      /expected '\}'/,
    ]));

  it('on a formula KaTeX cannot parse in an MDX article', () =>
    expectBuildToFail((dir) => replaceIn(join(dir, 'articles/attention.mdx'), '$k$', '$\\notacommand k$'), [
      /公式无法渲染（KaTeX）：.*articles\/attention\.mdx:10:\d+/,
      /Undefined control sequence: \\notacommand/,
    ]));

  it('on an internal link to a page that does not exist', () =>
    expectBuildToFail((dir) => replaceIn(join(dir, 'articles/attention.mdx'), '(/articles/loss/)', '(/articles/lost/)'), [
      // In both editions: the fixture's English page shows the untranslated Chinese article.
      /发现 2 个失效的站内链接或外部资源/,
      /\/articles\/attention\/（.*articles\/attention\.mdx）：链接 \/articles\/lost\/ —— 目标页面不存在/,
      /\/en\/articles\/attention\/(（.*）)?：链接 \/articles\/lost\/ —— 目标页面不存在/,
    ]));
});

describe('the content check stops the build before Astro runs, naming the file', () => {
  it('on an empty file', () =>
    expectBuildToFail((dir) => writeFile(join(dir, 'articles/empty.mdx'), ''), [/内容检查发现 1 个问题/, /articles\/empty\.mdx: 文件为空/]));

  it('on a file that is not UTF-8', () =>
    expectBuildToFail(
      (dir) => writeFile(join(dir, 'articles/gbk.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xd1, 0xb5, 0xc1, 0xb7, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a])),
      [/articles\/gbk\.md: 文件不是 UTF-8 编码/],
    ));

  it('on two files with the same id', () =>
    expectBuildToFail((dir) => writeFile(join(dir, 'articles/loss.mdx'), '---\ntitle: 重复\n---\n'), [/articles\/loss\.mdx: 与 .*articles\/loss\.md 的 id 相同（“loss”）/]));

  it('on a room id listed twice', () =>
    expectBuildToFail((dir) => replaceIn(join(dir, 'rooms.yaml'), '- { id: hall-a', '- { id: main'), [/rooms\.yaml: id “main” 出现了 2 次/]));

  it('on a Mermaid diagram that does not parse', () =>
    expectBuildToFail((dir) => replaceIn(join(dir, 'articles/attention.mdx'), '  B --> C[注意力]', '  B --> C[注意力'), [
      /articles\/attention\.mdx:22: Mermaid 图无法解析：Parse error on line \d/,
    ]));
});

describe('the build stops on a reading order it cannot follow, naming the file and field', () => {
  it('on a position without a series', () =>
    expectBuildToFail((dir) => replaceIn(join(dir, 'articles/loss.md'), 'tags: [math, optimization]', 'tags: [math, optimization]\nposition: 2'), [
      /articles\/loss\.md/,
      /position: 设置了 position（2）却没有 series/,
    ]));

  it('on a position that is not a whole number', () =>
    expectBuildToFail((dir) => replaceIn(join(dir, 'articles/loss.md'), 'tags: [math, optimization]', 'tags: [math, optimization]\nseries: basics\nposition: 1.5'), [
      /articles\/loss\.md/,
      /position: position 必须是正整数/,
    ]));

  it('on two articles at one position of a series', () =>
    expectBuildToFail(
      async (dir) => {
        await replaceIn(join(dir, 'articles/loss.md'), 'tags: [math, optimization]', 'tags: [math, optimization]\nseries: basics\nposition: 1');
        await replaceIn(join(dir, 'articles/attention.mdx'), 'tags: [architecture, math]', 'tags: [architecture, math]\nseries: basics\nposition: 1');
      },
      [/articles\/loss\.md: position: 系列“basics”的第 1 篇已经是 .*articles\/attention\.mdx/],
    ));
});
