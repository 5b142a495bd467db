import type { Server } from 'node:http';
import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBigProgram } from '../../scripts/lib/big-program.mjs';
import { pageWeight } from '../../scripts/lib/page-weight.mjs';
import { serveStatic } from '../../scripts/lib/static-server.mjs';
import type { C3vocSchedule } from '~/lib/schedule-export/to-c3voc';
import { c3vocErrors } from '../fixtures/interop/validate-c3voc.ts';
import { browserSuite } from '../helpers/browser.ts';
import { ROOT, buildSite } from '../helpers/build-site.ts';
import { Dist } from '../helpers/dist.ts';

// A generated program of a big event (5 days × 15 rooms × 500 sessions, days running to 02:00),
// built and served on its own port: the real site's two days and seven rooms never show whether
// the agenda holds up at this size.
const work = join(ROOT, '.build/fixtures/big-agenda');
const DAY = '2026-12-10';
let server: Server;
let base = '';
let site: Dist;

beforeAll(async () => {
  const content = join(work, 'content');
  await rm(content, { recursive: true, force: true });
  await cp(join(ROOT, 'tests/fixtures/basic/articles'), join(content, 'articles'), { recursive: true });
  await cp(join(ROOT, 'tests/fixtures/basic/pages'), join(content, 'pages'), { recursive: true });
  await writeBigProgram(content);
  const result = await buildSite(content, join(work, 'dist'));
  expect(result.code, result.output).toBe(0);
  site = new Dist(result.outDir);
  server = await serveStatic(result.outDir);
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  base = `http://127.0.0.1:${address.port}`;
}, 600_000);
afterAll(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

const suite = browserSuite('');

describe('the agenda of a 5-day, 15-room, 500-session event', () => {
  it('lists every session once, on the day it belongs to, in valid exports', () => {
    const schedule = JSON.parse(site.text('schedule.json')) as C3vocSchedule;
    expect(c3vocErrors(schedule)).toEqual([]);
    const days = schedule.schedule.conference.days;
    expect(days).toHaveLength(5);
    expect(days.flatMap((day) => Object.values(day.rooms).flat())).toHaveLength(500);
    for (const day of days) {
      const cards = site.page(`/agenda/${day.date}/`)('article.talk-card').length;
      expect(cards, day.date).toBe(Object.values(day.rooms).flat().length);
    }
    // Sessions after midnight are on the day that runs until 02:00, not on the next date.
    const late = days.flatMap((day) => Object.values(day.rooms).flat().filter((event) => event.date.slice(0, 10) !== day.date));
    expect(late.length).toBeGreaterThan(0);
  });

  it('orders the phone list by time, then by the rooms’ order', () => {
    const $ = site.page(`/agenda/${DAY}/`);
    const rooms = $('.room-head')
      .map((_, head) => head.attribs['data-room'])
      .get();
    const cards = $('article.talk-card')
      .map((_, card) => ({ start: Number(card.attribs['data-start']), room: rooms.indexOf(card.attribs['data-room']!) }))
      .get();
    expect(rooms.length).toBeGreaterThanOrEqual(12);
    expect(cards).toEqual([...cards].sort((a, b) => a.start - b.start || a.room - b.room));
  });

  it('reports what the agenda page of one day weighs (gzip)', () => {
    const weight = pageWeight(site.dir, `/agenda/${DAY}/`);
    const css = site.page(`/agenda/${DAY}/`)('link[rel=stylesheet]').length;
    console.log(`agenda of one day, 100 sessions in 15 rooms: HTML ${weight.html} B, CSS ${weight.css} B (${css} sheets), JS ${weight.js} B (gzip)`);
    expect(weight.html).toBeGreaterThan(0);
  });

  it('scrolls the wide grid sideways with the room names and the time column staying in view', async () => {
    const { page } = await suite.open(`${base}/agenda/${DAY}/`, { viewport: { width: 1280, height: 800 } });
    const scroller = page.locator('.agenda-scroll');
    const size = await scroller.evaluate((el) => ({ width: el.scrollWidth, client: el.clientWidth }));
    expect(size.width).toBeGreaterThan(size.client);
    await scroller.evaluate((el) => el.scrollTo({ left: 600, top: 900 }));
    const boxes = await page.evaluate(() => {
      const box = (el: Element | null) => el!.getBoundingClientRect();
      const scroll = box(document.querySelector('.agenda-scroll'));
      const head = box(document.querySelector('.room-head'));
      // The time heading nearest the top of the scrolled view.
      const times = [...document.querySelectorAll('.slot-time')].map(box).filter((rect) => rect.top >= scroll.top + head.height);
      return { scroll: { top: scroll.top, left: scroll.left }, head: { top: head.top }, time: { left: times[0]!.left } };
    });
    expect(Math.abs(boxes.head.top - boxes.scroll.top)).toBeLessThan(2);
    expect(Math.abs(boxes.time.left - boxes.scroll.left)).toBeLessThan(2);
  });

  it('collapses rooms and stretches of time with nothing to show when a filter is on', async () => {
    const { page } = await suite.open(`${base}/agenda/${DAY}/?track=trust&level=${encodeURIComponent('高级')}`, { viewport: { width: 1280, height: 800 } });
    const result = await page.evaluate(() => {
      const visible = [...document.querySelectorAll<HTMLElement>('.agenda .talk-card')].filter((card) => !card.hidden);
      const heads = [...document.querySelectorAll<HTMLElement>('.agenda .room-head')].filter((head) => !head.hidden);
      const scroll = document.querySelector('.agenda-scroll')!.getBoundingClientRect();
      const headBottom = heads[0]!.getBoundingClientRect().bottom;
      const tops = visible.map((card) => card.getBoundingClientRect().top);
      const rights = visible.map((card) => card.getBoundingClientRect().right);
      return {
        shown: visible.length,
        rooms: new Set(visible.map((card) => card.dataset['room'])).size,
        heads: heads.length,
        firstGap: Math.min(...tops) - headBottom,
        overflow: Math.max(...rights) - scroll.right,
      };
    });
    expect(result.shown).toBeGreaterThan(1);
    expect(result.heads).toBe(result.rooms);
    // The first match sits right under the room names, not below empty hours.
    expect(result.firstGap).toBeLessThan(16);
    // No empty columns push a match out of view.
    expect(result.overflow).toBeLessThanOrEqual(0);
  });

  it('shows one column without sideways scrolling at 390 px', async () => {
    const { page } = await suite.open(`${base}/agenda/${DAY}/`, { viewport: { width: 390, height: 844 } });
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
