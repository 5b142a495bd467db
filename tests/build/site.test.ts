import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FEED_ITEMS } from '~/lib/feed-html.ts';
import { ROOT } from '../helpers/build-site.ts';
import { Dist } from '../helpers/dist.ts';

/** The real site as `npm run build` left it in dist/ (npm test builds it when missing). */
const dist = new Dist(join(ROOT, 'dist'));
const talksDir = join(ROOT, 'content/talks');
const talks = readdirSync(talksDir).map((file) => ({
  id: file.replace(/\.ya?ml$/, ''),
  ...(parse(readFileSync(join(talksDir, file), 'utf8')) as { title: string; articles: string[]; start: string }),
}));
const articleIds = readdirSync(join(ROOT, 'content/articles')).map((file) => file.replace(/\.mdx?$/, ''));

describe('talks and articles are linked both ways', () => {
  it.each(talks.map((talk) => [talk.id, talk] as const))('%s links its articles, and they link back', (id, talk) => {
    const $ = dist.page(`/talks/${id}/`);
    const linked = $('.related-articles a').map((_, a) => $(a).attr('href')).get();
    expect(linked).toEqual(talk.articles.map((article) => `/articles/${article}/`));
    for (const article of talk.articles) {
      const page = dist.page(`/articles/${article}/`);
      const back = page('.related-talks a').map((_, a) => page(a).attr('href')).get();
      expect(back, `/articles/${article}/ should list ${id}`).toContain(`/talks/${id}/`);
    }
  });

  it('links every article from at least one talk', () => {
    const linked = new Set(talks.flatMap((talk) => talk.articles));
    expect(articleIds.filter((id) => !linked.has(id))).toEqual([]);
  });

  it('shows each related talk with its time and room on the article page', () => {
    const $ = dist.page('/articles/transformer-self-attention/');
    const meta = $('.related-talks .related-meta').first().text();
    expect(meta).toMatch(/12月1[23]日周[六日]\s*\d{2}:\d{2}–\d{2}:\d{2} · \S+/);
  });

  it('lists articles and talks together on tag pages', () => {
    const $ = dist.page('/tags/architecture/');
    expect($('.card-title a[href^="/articles/"]').length).toBeGreaterThan(0);
    expect($('.talk-title a[href^="/talks/"]').length).toBeGreaterThan(0);
  });
});

describe('structured data', () => {
  it.each(talks.slice(0, 5).map((talk) => [talk.id, talk] as const))('%s carries a schema.org Event with offsets', (id, talk) => {
    const $ = dist.page(`/talks/${id}/`);
    const ld = JSON.parse($('script[type="application/ld+json"]').text());
    expect(ld['@type']).toBe('Event');
    expect(ld.name).toBe(talk.title);
    expect(ld.startDate).toBe(`${talk.start}:00+08:00`);
    expect(ld.endDate).toMatch(/\+08:00$/);
    expect(ld.location.name).toMatch(/，上海示例国际会议中心$/);
    expect(ld.performer.length).toBeGreaterThan(0);
  });

  it('describes the conference as an Event on the home page', () => {
    const ld = JSON.parse(dist.page('/')('script[type="application/ld+json"]').text());
    expect(ld).toMatchObject({ '@type': 'Event', startDate: '2026-12-12', endDate: '2026-12-13' });
    expect(ld.location.name).toBe('上海示例国际会议中心');
  });
});

describe('calendars', () => {
  const files = [
    ...talks.map((talk) => `talks/${talk.id}.ics`),
    ...readdirSync(join(dist.dir, 'calendar')).filter((file) => file.endsWith('.ics')).map((file) => `calendar/${file}`),
  ];

  it.each(files)('%s parses back with ical.js and is folded by octets', (file) => {
    const text = dist.text(file);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(event.uid).toMatch(/^talk-[\w-]+@devcon\.example\.com$/);
      expect(event.summary.length).toBeGreaterThan(0);
      expect(event.endDate.compare(event.startDate)).toBe(1);
    }
  });

  it('has one calendar for the whole program with every talk', () => {
    const calendar = new ICAL.Component(ICAL.parse(dist.text('calendar/program.ics')));
    expect(calendar.getAllSubcomponents('vevent').length).toBe(talks.length);
  });
});

describe('the built site', () => {
  it('has the pages a reader expects', () => {
    for (const path of ['index.html', '404.html', 'agenda/index.html', 'my-schedule/index.html', 'speakers/index.html', 'rss.xml', 'sitemap-index.xml', 'pagefind/pagefind.js']) {
      expect(existsSync(join(dist.dir, path)), path).toBe(true);
    }
  });
});

describe('calendar links', () => {
  it('offer webcal subscriptions to the program and to the talk’s track on a talk page', () => {
    const talk = talks[0]!;
    const $ = dist.page(`/talks/${talk.id}/`);
    const hrefs = $('.calendar-links a').map((_, a) => $(a).attr('href')).get();
    const track = (parse(readFileSync(join(talksDir, `${talk.id}.yaml`), 'utf8')) as { track: string }).track;
    expect(hrefs).toContain('webcal://devcon.example.com/calendar/program.ics');
    expect(hrefs).toContain(`webcal://devcon.example.com/calendar/${track}.ics`);
    expect($('.talk-actions a[download]').attr('href')).toBe(`/talks/${talk.id}.ics`);
  });
});

describe('talk pages and rooms', () => {
  it('offer no slide or video button without a real link', () => {
    for (const talk of talks) {
      const $ = dist.page(`/talks/${talk.id}/`);
      const hrefs = $('a[href]').map((_, a) => $(a).attr('href')).get();
      expect(hrefs.filter((href) => /^https?:\/\/([^/]*\.)?example\.com\//.test(href) && !href.startsWith('https://devcon.example.com/')), talk.id).toEqual([]);
    }
  });

  it('say each room’s floor and capacity on the talk page and in the agenda grid', () => {
    const talk = talks.find((t) => (parse(readFileSync(join(talksDir, `${t.id}.yaml`), 'utf8')) as { room: string }).room === 'hall-a')!;
    expect(dist.page(`/talks/${talk.id}/`)('.talk-facts').text()).toContain('A厅（2F，300 座）');
    const heads = dist.page('/agenda/2026-12-12/')('.room-head').map((_, head) => dist.page('/agenda/2026-12-12/')(head).text()).get();
    expect(heads).toContain('A厅2F · 300 座');
  });

  it('give every speaker on /speakers/ a photo or, without one, an initial of fixed size', () => {
    const $ = dist.page('/speakers/');
    const items = $('.speaker-grid li');
    expect(items.length).toBeGreaterThan(10);
    items.each((_, item) => {
      expect($(item).find('.speaker-photo').length, $(item).text()).toBe(1);
    });
  });
});

describe('page weight', () => {
  // Both editions: the English page carries its own labels and its own index's search.
  it.each(['/articles/transformer-self-attention/', '/en/articles/transformer-self-attention/'])('keeps %s (math, code and a diagram) within 3 KB gzip of JS before interaction and 12 KB of CSS besides KaTeX, with no Mermaid code', async (path) => {
    const { pageWeight } = await import('../../scripts/lib/page-weight.mjs');
    const $ = dist.page(path);
    // The page must still carry everything whose scripts the budget covers.
    expect($('.katex').length).toBeGreaterThan(0);
    expect($('mermaid-diagram').length).toBeGreaterThan(0);
    expect($('copy-code').length).toBeGreaterThan(0);
    const weight = pageWeight(join(ROOT, 'dist'), path);
    expect(weight.mermaidLoaded).toBe(false);
    expect(weight.js).toBeLessThanOrEqual(3072);
    expect(weight.css).toBeLessThanOrEqual(12 * 1024);
  });
});

describe('reading order', () => {
  const front = (id: string) => parse(readFileSync(join(ROOT, 'content/articles', `${id}.mdx`), 'utf8').split('---')[1]!) as { series?: string; position?: number; pubDate: string | Date };
  const $ = dist.page('/articles/');
  const sections = $('section.article-series')
    .map((_, section) => ({ heading: $(section).find('h2').first().text(), ids: $(section).find('.card-title a').map((_, a) => $(a).attr('href')!.split('/')[2]).get() }))
    .get();
  const order = sections.flatMap((section) => section.ids);

  it('lists the series from the basics on, each by position, then the articles in no series, newest first', () => {
    expect(sections.map((section) => section.heading)).toEqual(['基础', '训练', '评测', '推理与应用', '其他文章']);
    // The basics start from a single neuron and reach the Transformer before any training article.
    expect(sections[0]!.ids[0]).toBe('backpropagation');
    expect(order.indexOf('transformer-self-attention')).toBeLessThan(order.indexOf('pretraining-objectives'));
    for (const section of sections.slice(0, -1)) {
      const positions = section.ids.map((id) => front(id).position!);
      expect(positions, section.heading).toEqual([...positions].sort((a, b) => a - b));
      expect(new Set(section.ids.map((id) => front(id).series)).size, section.heading).toBe(1);
    }
    const rest = sections.at(-1)!.ids;
    expect(rest.every((id) => front(id).series === undefined)).toBe(true);
    const dates = rest.map((id) => new Date(front(id).pubDate).getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect([...order].sort()).toEqual([...articleIds].sort());
  });

  it('links each article to the one before and after it in that order', () => {
    order.forEach((id, index) => {
      const page = dist.page(`/articles/${id}/`);
      expect(page('.pager a[rel=prev]').attr('href'), `${id} 上一篇`).toBe(index > 0 ? `/articles/${order[index - 1]}/` : undefined);
      expect(page('.pager a[rel=next]').attr('href'), `${id} 下一篇`).toBe(index < order.length - 1 ? `/articles/${order[index + 1]}/` : undefined);
    });
  });
});

describe('the RSS feed', () => {
  const feed = new XMLParser().parse(readFileSync(join(dist.dir, 'rss.xml'), 'utf8')) as { rss: { channel: { item: { link: string; 'content:encoded': string }[] } } };
  const items = feed.rss.channel.item;

  it('carries the newest articles with their full text: section headings, formulas as MathML, diagrams as source, no scripts', () => {
    expect(items.length).toBe(Math.min(articleIds.length, FEED_ITEMS));
    const item = items.find((entry) => entry.link.endsWith('/articles/transformer-self-attention/'))!;
    const content = item['content:encoded'];
    const page = dist.page('/articles/transformer-self-attention/');
    const headings = page('.prose h2').map((_, h) => page(h).text().trim()).get();
    expect(headings.length).toBeGreaterThan(3);
    for (const heading of headings) expect(content, heading).toContain(`>${heading}</h2>`);
    expect(content).toMatch(/<math[^>]*>.*<msqrt><msub><mi>d<\/mi><mi>k<\/mi><\/msub><\/msqrt>/s);
    expect(content).not.toContain('katex-html');
    expect(content).toContain('在网页上查看绘制好的图');
    expect(content).toMatch(/<pre>flowchart TB/);
    for (const entry of items) {
      expect(entry['content:encoded'], entry.link).not.toMatch(/<script|<mermaid-diagram|<copy-code|\son\w+=/i);
      expect(entry['content:encoded'], entry.link).not.toMatch(/\s(?:href|src)="(?!https?:|mailto:|data:)/);
    }
  });
});
