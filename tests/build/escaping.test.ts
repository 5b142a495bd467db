import * as cheerio from 'cheerio';
import ICAL from 'ical.js';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, buildSite, copyFixture } from '../helpers/build-site.ts';
import { Dist } from '../helpers/dist.ts';

/** Text an author might paste that must never become markup anywhere the site shows it. */
const PAYLOAD = `<script>alert(1)</script> "><img src=x onerror=alert(1)> {{ }}`;
const yamlString = `'${PAYLOAD.replace(/'/g, "''")}'`;

let content: string;
let dist: Dist;

async function edit(file: string, from: RegExp, to: string) {
  const text = await readFile(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did nothing in ${file}`);
  await writeFile(file, next);
}

beforeAll(async () => {
  content = await copyFixture('basic');
  await edit(join(content, 'talks/opening.yaml'), /^title: .*$/m, `title: ${yamlString}`);
  await edit(join(content, 'talks/opening.yaml'), /^abstract: .*$/m, `abstract: ${yamlString}`);
  await edit(join(content, 'speakers/ada.yaml'), /^name: .*$/m, `name: ${yamlString}`);
  await edit(join(content, 'speakers/ada.yaml'), /^bio: .*$/m, `bio: ${yamlString}`);
  await edit(join(content, 'articles/attention.mdx'), /^title: .*$/m, `title: ${yamlString}`);
  await edit(join(content, 'articles/attention.mdx'), /^description: .*$/m, `description: ${yamlString}`);
  const outDir = join(ROOT, '.build/fixtures/escaping');
  const result = await buildSite(content, outDir);
  if (result.code !== 0) throw new Error(result.output);
  dist = new Dist(outDir);
}, 300_000);

afterAll(async () => {
  await rm(content, { recursive: true, force: true });
});

describe('text from content files is never interpreted as HTML', () => {
  it('no page gains a script, an image or an event handler from it, and the text shows as written', async () => {
    const pages = dist.pages();
    let shown = 0;
    for (const path of pages) {
      const $ = dist.page(path);
      expect($('img[src="x"]').length, path).toBe(0);
      expect($('[onerror]').length, path).toBe(0);
      for (const script of $('script').toArray()) {
        const type = $(script).attr('type');
        const text = $(script).text();
        if (type === 'application/ld+json' || type === 'application/json') {
          // Data blocks keep the text intact as JSON and cannot be closed early.
          expect(text, path).not.toMatch(/<\/script/i);
          JSON.parse(text);
        } else {
          expect(text, path).not.toContain('alert(1)');
        }
      }
      if ($('body').text().includes(PAYLOAD)) shown++;
    }
    // The talk, speaker, article, agenda, index and tag pages all show the text literally.
    expect(shown).toBeGreaterThanOrEqual(8);
    expect(dist.page('/talks/opening/')('h1').text()).toBe(PAYLOAD);
    expect(dist.page('/speakers/ada/')('h1').text()).toBe(PAYLOAD);
    expect(dist.page('/articles/attention/')('h1').text()).toBe(PAYLOAD);
    expect(dist.page('/articles/attention/')('title').text()).toContain(PAYLOAD);
    expect(dist.page('/articles/attention/')('meta[name=description]').attr('content')).toBe(PAYLOAD);
  });

  it('keeps it as data in JSON-LD', () => {
    const ld = JSON.parse(dist.page('/talks/opening/')('script[type="application/ld+json"]').text());
    expect(ld.name).toBe(PAYLOAD);
    expect(ld.description).toBe(PAYLOAD);
    expect(ld.performer[0].name).toBe(PAYLOAD);
  });

  it('keeps it as text in the change log and its Atom feed', () => {
    const feed = dist.text('changes.xml');
    expect(feed).not.toMatch(/<script|<img/i);
    const $ = cheerio.load(feed, { xml: true });
    // The fixture's published schedule has the opening half an hour earlier: it is a moved session.
    expect($('entry title').first().text()).toBe(`调整：${PAYLOAD}`);
  });

  it('keeps it as text in the RSS feed', () => {
    const $ = cheerio.load(dist.text('rss.xml'), { xml: true });
    const item = $('item').filter((_, el) => $(el).find('link').text().endsWith('/articles/attention/'));
    expect(item.find('title').text()).toBe(PAYLOAD);
    expect(item.find('description').text()).toBe(PAYLOAD);
  });

  it('keeps it as text in the calendars', async () => {
    const files = [`talks/opening.ics`, ...(await readdir(join(dist.dir, 'calendar'))).filter((f) => f.endsWith('.ics')).map((f) => `calendar/${f}`)];
    for (const file of files) {
      const calendar = new ICAL.Component(ICAL.parse(dist.text(file)));
      for (const vevent of calendar.getAllSubcomponents('vevent')) {
        const event = new ICAL.Event(vevent);
        if (event.uid.startsWith('talk-opening@')) {
          expect(event.summary).toBe(PAYLOAD);
          expect(event.description.startsWith(PAYLOAD)).toBe(true);
          expect(event.description).toContain(`讲者：${PAYLOAD}`);
        }
      }
    }
  });

});
