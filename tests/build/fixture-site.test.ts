import * as cheerio from 'cheerio';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { installedVersion } from '~/build/package-version';
import { INDEX_LANGUAGE, spaceWords } from '~/lib/search-words';
import { ROOT } from '../helpers/build-site.ts';
import { Dist, precompressionProblems } from '../helpers/dist.ts';

const dist = new Dist(inject('fixtureDist'));
const article = () => dist.page('/articles/attention/');

describe('math', () => {
  it('renders inline and display formulas with KaTeX and MathML, leaving no TeX delimiters', () => {
    const $ = article();
    expect($('.prose .katex-display').length).toBe(1);
    expect($('.prose .katex').length).toBeGreaterThanOrEqual(3);
    expect($('.prose math annotation[encoding="application/x-tex"]').first().text()).toBe('q');
    expect($('.prose').text()).not.toMatch(/\$\$|\$\\/);
    expect($('.katex-error').length).toBe(0);
  });

  it('links KaTeX CSS only on pages with math, under its version so it can be cached for good, and serves it with its fonts', () => {
    const katexCss = `/katex/${installedVersion('katex')}/katex.min.css`;
    expect(article()(`link[rel=stylesheet][href="${katexCss}"]`).length).toBe(1);
    expect(dist.page('/about/')('link[href*="katex"]').length).toBe(0);
    expect(dist.page('/')('link[href*="katex"]').length).toBe(0);
    const css = dist.text(katexCss);
    const fonts = [...css.matchAll(/url\((fonts\/[^)]+\.woff2)\)/g)].map((m) => m[1]!);
    expect(fonts.length).toBeGreaterThan(10);
    for (const font of fonts) expect(existsSync(join(dist.dir, dirname(katexCss), font)), font).toBe(true);
  });

  it('ships no math JavaScript', () => {
    const $ = article();
    const scripts = $('script').map((_, el) => ($(el).attr('src') ?? '') + $(el).text()).get().join('\n');
    expect(scripts).not.toMatch(/katex/i);
  });
});

describe('diagrams', () => {
  it('wraps each Mermaid block with its source readable and excluded from search', () => {
    const $ = article();
    const diagram = $('figure.diagram mermaid-diagram');
    expect(diagram.length).toBe(1);
    expect(diagram.attr('data-pagefind-ignore')).toBe('all');
    expect(diagram.find('pre.mermaid-source').text()).toContain('A[输入] --> B["Q, K, V 投影"]');
  });

  it('loads the diagram script only on pages with a diagram', () => {
    // Script files and inline module scripts (Astro inlines small ones).
    const scriptsOf = ($: cheerio.CheerioAPI) =>
      $('script')
        .map((_, el) => {
          const src = $(el).attr('src');
          return src ? dist.text(src.slice(1)) : $(el).text();
        })
        .get()
        .join('\n');
    expect(scriptsOf(article())).toMatch(/customElements\.define\(\s*["'`]mermaid-diagram["'`]/);
    expect(scriptsOf(dist.page('/articles/loss/'))).not.toMatch(/mermaid/i);
    expect(scriptsOf(dist.page('/'))).not.toMatch(/mermaid/i);
  });
});

describe('code', () => {
  it('highlights with light and dark Shiki themes and labels each block', () => {
    const $ = article();
    const pre = $('figure.code-block pre.astro-code');
    expect(pre.length).toBe(1);
    expect(pre.attr('data-language')).toBe('python');
    expect(pre.find('span[style*="--shiki-light"][style*="--shiki-dark"]').length).toBeGreaterThan(5);
    expect($('figure.code-block .code-label').text()).toBe('attention.py');
    expect(dist.page('/articles/loss/')('figure.code-block .code-label').text()).toBe('Bash');
    expect($('figure.code-block copy-code button').attr('type')).toBe('button');
  });
});

describe('article page', () => {
  it('has a table of contents whose links reach headings with self-links', () => {
    const $ = article();
    const tocLinks = $('nav.toc-aside a').map((_, el) => $(el).attr('href')).get();
    expect($('nav.toc-inline a').map((_, el) => $(el).attr('href')).get()).toEqual(tocLinks);
    expect(tocLinks.length).toBe(3);
    for (const href of tocLinks) {
      const id = decodeURIComponent(href.slice(1));
      expect($(`[id="${id}"]`).length, href).toBe(1);
      expect($(`[id="${id}"] a.heading-anchor`).attr('href')).toBe(href);
    }
    expect($('nav.toc-aside').text()).toContain('缩放点积注意力');
  });

  it('shows a formula in a heading as the formula in the table of contents, on both article paths', () => {
    for (const [path, words] of [['/articles/attention/', '为什么除以'], ['/articles/mdx-expression/', '的含义']] as const) {
      const $ = dist.page(path);
      for (const toc of ['nav.toc-aside', 'nav.toc-inline']) {
        const link = $(`${toc} a`).filter((_, el) => $(el).text().includes(words));
        expect(link.length, `${path} ${toc}`).toBe(1);
        expect(link.find('.katex').length, `${path} ${toc}`).toBe(1);
        expect(link.find('.heading-anchor, .math-search-text').length, `${path} ${toc}`).toBe(0);
      }
    }
  });

  it('gives each inline formula a hidden twin that search excerpts show instead of a gap', () => {
    const $ = dist.page('/articles/mdx-expression/');
    const twins = $('.prose .katex + .math-search-text');
    expect(twins.map((_, el) => $(el).text()).get()).toEqual(['x^2', 'y']);
    expect(twins.filter('[hidden]').length).toBe(2);
  });

  it('shows dates, reading time, authors, tags and neighbours', () => {
    const $ = article();
    expect($('.article-meta').text()).toMatch(/发布：?2026年9月1日/);
    // 更新 is the last commit's date in a git checkout (tested below), else updatedDate.
    if (!existsSync(join(ROOT, '.git'))) expect($('.article-meta').text()).toMatch(/更新：?2026年10月1日/);
    else expect($('.article-meta').text()).toMatch(/更新：?\d{4}年\d+月\d+日/);
    expect($('.article-meta').text()).toMatch(/约 \d+ 分钟/);
    expect($('.article-meta').text()).toContain('测试作者');
    expect($('.article-header .tag').map((_, el) => $(el).attr('href')).get()).toEqual(['/tags/architecture/', '/tags/math/']);
    expect($('a[rel=next]').attr('href')).toBe('/articles/loss/');
    expect(dist.page('/articles/loss/')('a[rel=prev]').attr('href')).toBe('/articles/attention/');
  });

  it('indexes only the article body, typed and tagged for search filters', () => {
    const $ = article();
    expect($('[data-pagefind-body]').length).toBe(1);
    expect($('[data-pagefind-body] h1[data-pagefind-meta="title"]').text()).toBe('测试：注意力机制');
    expect($('[data-pagefind-filter="type"]').text()).toBe('文章');
    expect($('[data-pagefind-filter="tag"]').length).toBe(2);
  });
});

describe('edit link and last change', () => {
  it('links each article to its source file in the configured repository', () => {
    expect(article()('.article-edit a').attr('href')).toBe('https://git.example.com/devcon/edit/main/tests/fixtures/basic/articles/attention.mdx');
    expect(dist.page('/articles/loss/')('.article-edit a').attr('href')).toBe('https://git.example.com/devcon/edit/main/tests/fixtures/basic/articles/loss.md');
  });

  it.skipIf(!existsSync(join(ROOT, '.git')))('dates 更新 from the file’s last commit', () => {
    const committed = execFileSync('git', ['log', '-1', '--format=%cI', '--', 'tests/fixtures/basic/articles/attention.mdx'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const shown = article()('.article-meta time').last().attr('datetime');
    expect(shown).toBe(new Date(committed).toISOString().slice(0, 10));
  });
});

describe('MDX and Markdown paths', () => {
  it('compiles an article that uses MDX features as MDX', () => {
    const $ = dist.page('/articles/mdx-expression/');
    expect($('.prose').text()).toContain('本文共有 6 个要点');
    expect($('.prose details summary').text()).toBe('展开');
    expect($('.prose .katex').length).toBe(2);
  });

  it('renders an .mdx article without MDX features through the same Markdown plugins', () => {
    const $ = dist.page('/articles/attention/');
    expect($('.prose .katex-display').length).toBe(1);
    expect($('figure.code-block').length).toBe(1);
    expect($('mermaid-diagram').length).toBe(1);
  });
});

describe('index and tag pages', () => {
  it('lists articles newest first', () => {
    const $ = dist.page('/articles/');
    expect($('.card-title a').map((_, el) => $(el).attr('href')).get()).toEqual(['/articles/attention/', '/articles/loss/', '/articles/mdx-expression/']);
  });

  it('has one page per tag listing its articles', () => {
    expect(dist.page('/tags/math/')('.card-title a').length).toBe(2);
    expect(dist.page('/tags/optimization/')('.card-title a').map((_, el) => el.attribs['href']).get()).toEqual(['/articles/loss/']);
    expect(existsSync(join(dist.dir, 'tags/rag/index.html'))).toBe(false);
  });
});

describe('every page', () => {
  const pages = dist.pages();

  it.each(pages)('%s has lang, title, description, canonical and OpenGraph', (path) => {
    const $ = dist.page(path);
    expect($('html').attr('lang')).toBe(path.startsWith('/en/') ? 'en' : 'zh-CN');
    expect($('title').text().length).toBeGreaterThan(1);
    expect($('meta[name=description]').attr('content')!.length).toBeGreaterThan(5);
    if (path !== '/404.html') expect($('link[rel=canonical]').attr('href')).toBe(new URL(path, 'https://devcon.example.com').href);
    expect($('meta[property="og:title"]').attr('content')).toBeTruthy();
    expect($('link[rel=icon]').attr('href')).toBe('/favicon.svg');
    expect($('a.skip-link').attr('href')).toBe('#main');
  });
});

describe('feeds and index', () => {
  it('writes a sitemap listing every page but the 404 and the 离线 page', () => {
    const index = cheerio.load(dist.text('sitemap-index.xml'), { xml: true });
    const sitemap = cheerio.load(dist.text(new URL(index('sitemap loc').first().text()).pathname.slice(1)), { xml: true });
    const urls = sitemap('url loc').map((_, el) => new URL(cheerio.load(el).text()).pathname).get();
    expect(urls).toContain('/articles/attention/');
    expect(urls).toContain('/tags/math/');
    expect(urls.some((url) => url.includes('404'))).toBe(false);
    expect(urls).toContain('/agenda/');
    expect(urls).not.toContain('/offline/');
  });

  it('writes an RSS feed of articles, newest first', () => {
    const $ = cheerio.load(dist.text('rss.xml'), { xml: true });
    expect($('channel > language').text()).toBe('zh-CN');
    expect($('item > link').map((_, el) => $(el).text()).get()).toEqual([
      'https://devcon.example.com/articles/attention/',
      'https://devcon.example.com/articles/loss/',
      'https://devcon.example.com/articles/mdx-expression/',
    ]);
    expect($('item').first().find('category').map((_, el) => $(el).text()).get()).toEqual(['模型架构', '数学基础']);
  });

  it('serves each article as Markdown at <url>index.md, without MDX-only lines', () => {
    const twin = dist.text('articles/mdx-expression/index.md');
    expect(twin.startsWith('# 测试：用到 MDX 表达式的文章\n\n> 夹具文章')).toBe(true);
    expect(twin).toContain('原文：https://devcon.example.com/articles/mdx-expression/');
    expect(twin).not.toContain('export const count');
    expect(twin).toContain('## 要点：$y$ 的含义');
    expect(dist.text('articles/attention/index.md')).toContain('```mermaid');
    expect(article()('link[rel=alternate][type="text/markdown"]').attr('href')).toBe('/articles/attention/index.md');
  });

  it('writes /llms.txt listing every article (as Markdown) and every talk', () => {
    const text = dist.text('llms.txt');
    expect(text.startsWith('# AI大模型应用开发者大会\n\n> ')).toBe(true);
    const articleLinks = [...text.matchAll(/\]\((https:\/\/devcon\.example\.com\/articles\/[^)]+)\)/g)].map((m) => m[1]);
    expect(articleLinks).toEqual([
      'https://devcon.example.com/articles/attention/index.md',
      'https://devcon.example.com/articles/loss/index.md',
      'https://devcon.example.com/articles/mdx-expression/index.md',
    ]);
    expect(text).toMatch(/## 议程\n\n- \[[^\]]+\]\(https:\/\/devcon\.example\.com\/talks\/[^)]+\/\): \S/);
  });

  it('builds a Pagefind index of the words spaceWords splits Chinese into, as a language Pagefind does not segment', () => {
    const entry = JSON.parse(dist.text('pagefind/pagefind-entry.json'));
    // The English edition's pages are an index of their own (en).
    expect(Object.keys(entry.languages).sort()).toEqual(['en', INDEX_LANGUAGE]);
    expect(entry.languages[INDEX_LANGUAGE].page_count).toBeGreaterThanOrEqual(3);
    // Gzipped, then the "pagefind_dcd" signature, then JSON with the text as indexed.
    const fragments = readdirSync(join(dist.dir, 'pagefind/fragment')).map(
      (name) => JSON.parse(gunzipSync(readFileSync(join(dist.dir, 'pagefind/fragment', name))).subarray(12).toString()) as { content: string },
    );
    expect(fragments.some((fragment) => fragment.content.includes(spaceWords('测试：注意力机制')))).toBe(true);
    expect(existsSync(join(dist.dir, 'pagefind/pagefind.js'))).toBe(true);
    expect(readFileSync(join(dist.dir, 'pagefind/pagefind.js'), 'utf8').length).toBeGreaterThan(1000);
  });

  it('writes a .br and a .gz beside every text file over 1 KB, and none beside Pagefind\'s gzipped index', () => {
    expect(precompressionProblems(dist.dir)).toEqual([]);
    for (const path of ['index.html', 'articles/attention/index.html', 'pagefind/pagefind.js']) {
      expect(existsSync(join(dist.dir, `${path}.br`)), path).toBe(true);
    }
    expect(readdirSync(join(dist.dir, 'pagefind/fragment')).filter((name) => /\.(br|gz)$/.test(name))).toEqual([]);
  });
});

describe('speakers list', () => {
  it('shows a speaker’s photo at a fixed size with empty alt text, and an initial for one without', () => {
    const $ = dist.page('/speakers/');
    const photo = $('.speaker-grid li').filter((_, li) => $(li).text().includes('林测试')).find('img');
    expect(photo.attr('alt')).toBe('');
    expect(photo.attr('width')).toBe('56');
    expect(photo.attr('height')).toBe('56');
    expect(existsSync(join(dist.dir, photo.attr('src')!))).toBe(true);
    const other = $('.speaker-grid li').filter((_, li) => !$(li).text().includes('林测试')).first();
    expect(other.find('.speaker-initial').attr('aria-hidden')).toBe('true');
  });
});

describe('change log against the published schedule', () => {
  it('lists moved, cancelled and new sessions, matched by guid, on /changes/', () => {
    const $ = dist.page('/changes/');
    const section = (kind: string) => $(`#changes-${kind}`).parent().find('.change-list li').map((_, li) => $(li).text().replace(/\s+/g, ' ').trim()).get();
    expect(section('moved')).toEqual([expect.stringContaining('时间调整：原定 12月12日周六 08:30–09:15 · 主会场，现为 12月12日周六 09:00–09:45 · 主会场')]);
    expect(section('cancelled')).toEqual([expect.stringContaining('已取消的夹具场次')]);
    expect(section('added')).toEqual([expect.stringContaining('新增：12月13日周日 09:00–09:50 · 主会场')]);
    expect($('#changes-moved').parent().find('a').attr('href')).toBe('/talks/opening/');
    expect($('link[rel=alternate][type="application/atom+xml"]').attr('href')).toBe('/changes.xml');
  });

  it('publishes the same changes as an Atom feed', () => {
    const $ = cheerio.load(dist.text('changes.xml'), { xml: true });
    expect($('feed').attr('xmlns')).toBe('http://www.w3.org/2005/Atom');
    const entries = $('entry').map((_, entry) => ({ title: $(entry).find('title').text(), id: $(entry).find('id').text(), link: $(entry).find('link').attr('href') })).get();
    expect(entries.map((entry) => entry.title)).toEqual([expect.stringMatching(/^调整：/), '取消：已取消的夹具场次', expect.stringMatching(/^新增：/)]);
    expect(entries[0]!.link).toBe('https://devcon.example.com/talks/opening/');
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(3);
    expect(Number.isNaN(Date.parse($('feed > updated').text()))).toBe(false);
  });

  it('puts a visible notice on a changed talk’s page and none on an unchanged one', () => {
    expect(dist.page('/talks/opening/')('.change-notice').text()).toContain('议程变更：时间调整：原定 12月12日周六 08:30');
    expect(dist.page('/talks/loss-workshop/')('.change-notice').length).toBe(0);
  });

  it('tells 我的日程 which talks changed', () => {
    const island = JSON.parse(dist.page('/my-schedule/')('my-schedule script[type="application/json"]').text()) as { talks: { id: string; change?: string }[] };
    expect(island.talks.find((talk) => talk.id === 'opening')!.change).toMatch(/^时间调整：/);
    expect(island.talks.find((talk) => talk.id === 'loss-workshop')!.change).toBeUndefined();
  });
});
