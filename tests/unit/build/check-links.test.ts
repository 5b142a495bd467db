import { describe, expect, it } from 'vitest';
import { findBrokenLinks, findExternalResources, formatBrokenLinks, type PageLinks } from '~/build/check-links';

const page = (path: string, hrefs: string[], ids: string[] = []): PageLinks => ({ page: path, hrefs, ids: new Set(ids) });

const site = [
  page('/', ['/articles/', '/articles/lora/#低秩更新', 'https://example.com/x', 'mailto:a@b.c', '/rss.xml', '#top']),
  page('/articles/', ['lora/', '../', '/articles/missing/', '/articles/lora/#nope', '/articles/lora']),
  page('/articles/lora/', ['/%E6%96%87%E7%AB%A0/'], ['低秩更新', 'top']),
];

describe('findBrokenLinks', () => {
  it('reports missing pages and missing fragments with the page they are on', () => {
    expect(findBrokenLinks(site, new Set(['/rss.xml']))).toEqual([
      { page: '/', href: '#top', reason: '页面 / 上没有 id 为“top”的元素' },
      { page: '/articles/', href: '/articles/missing/', reason: '目标页面不存在' },
      { page: '/articles/', href: '/articles/lora/#nope', reason: '页面 /articles/lora/ 上没有 id 为“nope”的元素' },
      { page: '/articles/lora/', href: '/%E6%96%87%E7%AB%A0/', reason: '目标页面不存在' },
    ]);
  });

  it('accepts a site whose links all resolve', () => {
    expect(findBrokenLinks([page('/', ['/a/#x', 'a/']), page('/a/', ['/'], ['x'])])).toEqual([]);
  });
});

describe('formatBrokenLinks', () => {
  it('names the source file where one is known', () => {
    const text = formatBrokenLinks([{ page: '/articles/x/', href: '/nope/', reason: '目标页面不存在' }], () => 'content/articles/x.mdx');
    expect(text).toBe('  /articles/x/（content/articles/x.mdx）：链接 /nope/ —— 目标页面不存在');
  });
});

describe('findExternalResources', () => {
  it('names resources loaded from another origin, not links to it', () => {
    const pages: PageLinks[] = [
      {
        page: '/a/',
        ids: new Set(),
        hrefs: ['https://example.com/'],
        resources: ['/_astro/x.js', 'https://cdn.example.net/lib.js', '//fonts.example.org/f.css', 'data:image/png;base64,AA', '../katex/katex.min.css'],
      },
    ];
    expect(findExternalResources(pages)).toEqual([
      { page: '/a/', href: 'https://cdn.example.net/lib.js', reason: '从其他域名加载资源' },
      { page: '/a/', href: '//fonts.example.org/f.css', reason: '从其他域名加载资源' },
    ]);
  });
});
