import * as cheerio from 'cheerio';
import ICAL from 'ical.js';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/build-site.ts';
import { Dist } from '../helpers/dist.ts';

/** The English edition of the real site, as `npm run build` left it in dist/. */
const dist = new Dist(join(ROOT, 'dist'));
const HAN = /\p{Script=Han}/u;
const talksDir = join(ROOT, 'content/talks');
const talks = readdirSync(talksDir).map((file) => ({
  id: file.replace(/\.ya?ml$/, ''),
  ...(parse(readFileSync(join(talksDir, file), 'utf8')) as { title: string; language?: string; en?: { title: string; abstract: string } }),
}));
const translated = readdirSync(join(ROOT, 'content/en/articles')).map((file) => file.replace(/\.mdx?$/, ''));
const articles = readdirSync(join(ROOT, 'content/articles')).map((file) => file.replace(/\.mdx?$/, ''));
const untranslated = articles.filter((id) => !translated.includes(id));
const pages = dist.pages();
const english = pages.filter((path) => path.startsWith('/en/'));
const chinese = pages.filter((path) => !path.startsWith('/en/') && path !== '/404.html' && path !== '/offline/');

describe('two editions', () => {
  it('has an English page for every Chinese page, and no other', () => {
    expect(english.length).toBeGreaterThan(100);
    expect(chinese.filter((path) => !english.includes(`/en${path}`))).toEqual([]);
    expect(english.filter((path) => !chinese.includes(path.slice(3)))).toEqual([]);
  });

  it.each(['/', '/agenda/', '/agenda/2026-12-12/', '/articles/', '/articles/fine-tuning-lora/', '/talks/llm-as-a-judge/', '/speakers/', '/tags/rag/', '/search/', '/my-schedule/'])(
    '%s: <html lang>, hreflang alternates with x-default, and a switch to the same page',
    (path) => {
      for (const [page, lang, other] of [[path, 'zh-CN', `/en${path}`], [`/en${path}`, 'en', path]] as const) {
        const $ = dist.page(page);
        expect($('html').attr('lang')).toBe(lang);
        const alternates = Object.fromEntries($('link[rel=alternate][hreflang]').map((_, link) => [[$(link).attr('hreflang'), new URL($(link).attr('href')!).pathname]]).get());
        expect(alternates).toEqual({ 'zh-CN': path, en: `/en${path}`, 'x-default': path });
        expect($('.language-switch').attr('href')).toBe(other);
        expect($('link[rel=canonical]').attr('href')).toMatch(new RegExp(`${page.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      }
    },
  );

  it('writes the English interface in English: header, navigation, footer and page headings carry no Chinese', () => {
    for (const path of english) {
      const $ = cheerio.load(dist.page(path).html());
      // The switch names Chinese in Chinese; content in Chinese is marked lang="zh-CN".
      $('.language-switch, [lang="zh-CN"], script').remove();
      const chrome = [$('.site-header').text(), $('.site-footer').text(), $('.page-header h1').text(), $('.skip-link').text()].join(' ');
      expect(chrome, path).not.toMatch(HAN);
      expect($('title').text(), path).toMatch(/(^| \| )Large AI Model Application Developer Conference$/);
    }
  });

  it('formats dates with Intl in each edition', () => {
    expect(dist.page('/agenda/')('.day-title').first().text()).toMatch(/^12月12日周六$/);
    expect(dist.page('/en/agenda/')('.day-title').first().text()).toBe('Sat 12 December');
    expect(dist.page('/en/articles/transformer-self-attention/')('.article-meta time').first().text()).toBe('4 December 2026');
  });

  it('lists both editions in the sitemap, each URL with its alternate', () => {
    const xml = readFileSync(join(ROOT, 'dist/sitemap-0.xml'), 'utf8');
    for (const path of ['/', '/en/', '/talks/llm-as-a-judge/', '/en/talks/llm-as-a-judge/']) expect(xml).toContain(`<loc>https://devcon.example.com${path}</loc>`);
    expect(xml).toContain('hreflang="en" href="https://devcon.example.com/en/articles/rag-embeddings/"');
  });
});

describe('content in its own language', () => {
  it.each(talks.map((talk) => [talk.id, talk] as const))('/en/talks/%s/ has the English title and abstract', (id, talk) => {
    expect(talk.en, `content/talks/${id}.yaml has no en: title and abstract`).toBeDefined();
    const $ = dist.page(`/en/talks/${id}/`);
    expect($('h1').text()).toBe(talk.en!.title);
    expect($('h1').attr('lang')).toBeUndefined();
    expect($('#abstract').parent().find('p').first().text()).toBe(talk.en!.abstract.trim().split(/\n\s*\n/)[0]);
  });

  it('names the spoken language of each talk in the edition’s language', () => {
    const spokenEnglish = talks.find((talk) => talk.language === 'en')!;
    expect(dist.page(`/talks/${spokenEnglish.id}/`)('.talk-badges').text()).toContain('英语');
    expect(dist.page(`/en/talks/${spokenEnglish.id}/`)('.talk-badges').text()).toContain('English');
    expect(dist.page(`/en/talks/${talks.find((talk) => !talk.language || talk.language === 'zh')!.id}/`)('.talk-badges').text()).toContain('Chinese');
  });

  it.each(translated)('/en/articles/%s/ is the English version, with where it was translated from', (id) => {
    const $ = dist.page(`/en/articles/${id}/`);
    expect($('article[data-pagefind-body]').length).toBe(1);
    expect($('.prose').attr('lang')).toBeUndefined();
    expect($('.translation-source a').attr('href')).toBe(`/articles/${id}/`);
    // Code samples and an example or two may keep the Chinese they are about; the prose is English.
    const prose = $('.prose').clone();
    prose.find('pre, code, .katex, .mermaid-source, mermaid-diagram').remove();
    const text = prose.text();
    expect((text.match(/\p{Script=Han}/gu)?.length ?? 0) / text.length, id).toBeLessThan(0.005);
    expect($('a[href^="/articles/"]').filter((_, a) => !$(a).closest('.translation-source, .language-switch').length).length, 'links stay in the English edition').toBe(0);
  });

  it.each(untranslated.slice(0, 5))('/en/articles/%s/ shows the Chinese original with a note, outside the English index', (id) => {
    const $ = dist.page(`/en/articles/${id}/`);
    expect($('.translation-note').text()).toContain('not been translated');
    expect($('.prose').attr('lang')).toBe('zh-CN');
    expect($('h1').attr('lang')).toBe('zh-CN');
    expect($('[data-pagefind-body]').length).toBe(0);
  });
});

describe('search, calendars and feeds per language', () => {
  it('indexes each edition separately', () => {
    const entry = JSON.parse(readFileSync(join(ROOT, 'dist/pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'und']);
    // English: the translated articles, every talk and speaker, the about page.
    expect(entry.languages['en']!.page_count).toBeGreaterThanOrEqual(translated.length + talks.length);
    expect(entry.languages['und']!.page_count).toBeGreaterThanOrEqual(articles.length + talks.length);
  });

  it('gives the English calendar English titles, each with its language', () => {
    const ics = readFileSync(join(ROOT, 'dist/en/calendar/program.ics'), 'utf8');
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(events.length).toBe(talks.length);
    for (const event of events) {
      const summary = event.getFirstProperty('summary')!;
      expect(summary.getParameter('language')).toBe('en');
      expect(String(summary.getFirstValue())).not.toMatch(HAN);
    }
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  });

  it('marks a session written in another language in the Chinese calendar', () => {
    const ics = readFileSync(join(ROOT, 'dist/calendar/program.ics'), 'utf8');
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    const languages = new Set(events.map((event) => event.getFirstProperty('summary')!.getParameter('language')));
    expect(languages).toContain('zh-CN');
    const english = talks.find((talk) => talk.language === 'en')!;
    const event = events.find((candidate) => String(candidate.getFirstPropertyValue('url')).endsWith(`/talks/${english.id}/`))!;
    expect(String(event.getFirstPropertyValue('description'))).toContain('语言：英语');
  });

  it('has an English feed of the translated articles', () => {
    const rss = readFileSync(join(ROOT, 'dist/en/rss.xml'), 'utf8');
    expect(rss).toContain('<language>en</language>');
    expect(rss.match(/<item>/g)?.length).toBe(translated.length);
    expect(rss).toContain('https://devcon.example.com/en/articles/transformer-self-attention/');
    expect(existsSync(join(ROOT, 'dist/en/articles/transformer-self-attention/index.md'))).toBe(true);
  });
});
