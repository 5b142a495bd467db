import ICAL from 'ical.js';
import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { browserSuite, type Guarded } from '../helpers/browser.ts';

const base = inject('baseUrl');
const DAY2 = '/agenda/2026-12-13/';
const suite = browserSuite(base);
const open = suite.open.bind(suite);

const visibleCards = (guarded: Guarded) =>
  guarded.page.locator('.agenda .talk-card:visible').evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset));

describe('agenda filters', () => {
  it('apply from a shared URL, combine, and keep the URL in step both ways', async () => {
    const guarded = await open(`${DAY2}?track=models`);
    const { page } = guarded;
    const all = await page.locator('.agenda .talk-card').count();
    let cards = await visibleCards(guarded);
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.length).toBeLessThan(all);
    expect(cards.every((card) => card['track'] === 'models')).toBe(true);
    expect(await page.getByLabel('分论坛').inputValue()).toBe('models');

    // Combine with a format, by keyboard.
    const format = page.getByLabel('形式');
    await format.focus();
    await format.selectOption('技术研讨');
    await expect.poll(() => new URL(page.url()).search).toBe(`?track=models&format=${encodeURIComponent('技术研讨')}`);
    cards = await visibleCards(guarded);
    expect(cards.every((card) => card['track'] === 'models' && card['format'] === '技术研讨')).toBe(true);
    expect(await page.getByRole('status').filter({ hasText: '筛选后显示' }).textContent()).toContain(`${cards.length} / ${all}`);

    // The URL round-trips: reload keeps the filters, Back restores the previous ones.
    await page.reload();
    expect(await page.getByLabel('形式').inputValue()).toBe('技术研讨');
    expect((await visibleCards(guarded)).length).toBe(cards.length);
    await page.goBack();
    await expect.poll(() => page.getByLabel('形式').inputValue()).toBe('');
    expect(await page.getByLabel('分论坛').inputValue()).toBe('models');

    // Time headings with no visible talk are hidden too.
    const hiddenHeadings = await page.locator('.agenda .slot-time[hidden]').count();
    expect(hiddenHeadings).toBeGreaterThan(0);

    await page.getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(async () => (await visibleCards(guarded)).length).toBe(all);
    expect(new URL(page.url()).search).toBe('');
  });

  it('on the wide grid, keeps only the rooms with a match and shrinks the hours between to breaks as thin bars', async () => {
    const { page } = await open('/agenda/2026-12-12/?track=models', { viewport: { width: 1280, height: 900 } });
    const layout = await page.evaluate(() => {
      const shown = [...document.querySelectorAll<HTMLElement>('.agenda .talk-card')].filter((card) => !card.hidden);
      const heads = [...document.querySelectorAll<HTMLElement>('.agenda .room-head')].filter((head) => !head.hidden);
      const breaks = [...document.querySelectorAll<HTMLElement>('.agenda .agenda-break')].map((item) => item.getBoundingClientRect().height);
      return {
        rooms: new Set(shown.map((card) => card.dataset['room'])).size,
        heads: heads.length,
        gap: Math.min(...shown.map((card) => card.getBoundingClientRect().top)) - heads[0]!.getBoundingClientRect().bottom,
        tallestBreak: Math.max(...breaks),
      };
    });
    expect(layout.heads).toBe(layout.rooms);
    // A 90-minute lunch with no match in it is one line, not 90 minutes of grid.
    expect(layout.tallestBreak).toBeLessThan(60);
    expect(layout.gap).toBeLessThan(2 * 60);
    // Without a filter the grid keeps the time scale: the lunch is tall again.
    await page.getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(() => page.evaluate(() => Math.max(...[...document.querySelectorAll('.agenda .agenda-break')].map((item) => item.getBoundingClientRect().height)))).toBeGreaterThan(150);
  });

  it('shows the whole agenda without JavaScript', async () => {
    const { page } = await open(`${DAY2}?track=models`, { javaScriptEnabled: false });
    const total = await page.locator('.agenda .talk-card').count();
    expect(await page.locator('.agenda .talk-card:visible').count()).toBe(total);
    expect(await page.locator('.filter-details').isVisible()).toBe(false);
  });
});

describe('time zones', () => {
  it('shows event time, switches to the reader’s zone on request and remembers it', async () => {
    const { page } = await open('/talks/ai-dev-next-five-years/', { timezoneId: 'America/Los_Angeles' });
    const start = page.locator('.talk-facts time').first();
    expect(await start.textContent()).toBe('09:10');
    expect(await page.locator('zone-toggle').textContent()).toContain('上海时间（UTC+8）');
    await page.getByRole('button', { name: /改用我的时区/ }).click();
    // A Shanghai morning talk is the previous evening in Los Angeles.
    expect(await start.textContent()).toBe('12月11日 17:10');
    expect(await page.locator('zone-toggle').textContent()).toContain('洛杉矶时间（UTC−8）');
    await page.goto(`${base}/agenda/2026-12-12/`);
    expect(await page.locator('#talk-ai-dev-next-five-years time').first().textContent()).toBe('12月11日 17:10');
    await page.getByRole('button', { name: /改回大会时间/ }).click();
    expect(await page.locator('#talk-ai-dev-next-five-years time').first().textContent()).toBe('09:10');
  });

  it('offers no switch to a reader already in the event’s zone', async () => {
    const { page } = await open('/agenda/2026-12-12/', { timezoneId: 'Asia/Shanghai' });
    expect(await page.getByRole('button', { name: /改用我的时区/ }).count()).toBe(0);
  });
});

describe('now and next', () => {
  it('marks the talk in progress and links to it while the event runs', async () => {
    const guarded = await suite.page();
    await guarded.page.clock.setFixedTime(new Date('2026-12-12T09:20:00+08:00'));
    await guarded.page.goto(`${base}/agenda/2026-12-12/`);
    expect(await guarded.page.locator('.talk-card.is-now').evaluateAll((cards) => cards.map((c) => c.id))).toEqual(['talk-ai-dev-next-five-years']);
    const jump = guarded.page.getByRole('link', { name: '跳到现在' });
    expect(await jump.isVisible()).toBe(true);
    expect(await jump.getAttribute('href')).toBe('#slot-0910');
  });

  it('hides the link before the event', async () => {
    const guarded = await suite.page();
    await guarded.page.clock.setFixedTime(new Date('2026-11-24T10:00:00+08:00'));
    await guarded.page.goto(`${base}/agenda/2026-12-12/`);
    expect(await guarded.page.getByRole('link', { name: '跳到现在' }).count()).toBe(0);
    expect(await guarded.page.locator('.talk-card.is-now').count()).toBe(0);
  });
});

describe('my schedule', () => {
  it('stars talks by keyboard, lists them in time order, warns of overlaps and downloads them as .ics', async () => {
    const { page } = await open('/agenda/2026-12-13/');
    const cards = page.locator('.agenda .talk-card');
    // Two talks that start at the same time in different rooms overlap.
    const slot = await page.locator('.agenda .slot-time').nth(0).getAttribute('id');
    const sameSlot = page.locator(`.agenda .talk-card[data-slot="${slot}"]`);
    expect(await sameSlot.count()).toBeGreaterThan(1);
    const ids = await sameSlot.evaluateAll((els) => els.slice(0, 2).map((el) => (el as HTMLElement).dataset['talk']!));
    for (const id of ids) {
      const star = page.locator(`.talk-card[data-talk="${id}"] star-toggle button`);
      await star.focus();
      await page.keyboard.press('Enter');
      expect(await star.getAttribute('aria-pressed')).toBe('true');
    }
    expect(await cards.filter({ has: page.locator('[aria-pressed="true"]') }).count()).toBe(2);

    await page.goto(`${base}/my-schedule/`);
    const items = page.locator('.my-schedule-list .talk-card');
    await expect.poll(() => items.count()).toBe(2);
    expect(await page.locator('.my-schedule-warnings').textContent()).toContain('时间重叠');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载我的日程（.ics）' }).click();
    const file = await (await download).path();
    const text = await readFile(file, 'utf8');
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events.map((event) => event.uid).sort()).toEqual(ids.map((id) => `talk-${id}@devcon.example.com`).sort());
    expect(text).toMatch(/\r\n/);

    // Unstarring removes it from the list, and the star on the agenda follows.
    await page.getByRole('button', { name: /取消收藏/ }).first().click();
    await expect.poll(() => items.count()).toBe(1);
  });
});

describe('phone layout', () => {
  it('shows the agenda as one chronological column at 390 px without sideways scrolling', async () => {
    const { page } = await open(DAY2, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    expect(await page.locator('.room-head').first().isVisible()).toBe(false);
    const boxes = await page.locator('.agenda .talk-card').evaluateAll((cards) => cards.map((c) => c.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, w: r.width })));
    expect(new Set(boxes.map((b) => Math.round(b.x))).size).toBe(1);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.y).toBeGreaterThan(boxes[i - 1]!.y);
    const starts = await page.locator('.agenda .talk-card').evaluateAll((cards) => cards.map((c) => Number((c as HTMLElement).dataset['start'])));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    // Filters fold away on a phone.
    expect(await page.locator('.filter-details').getAttribute('open')).toBeNull();
  });

  it('lays the agenda out as a grid of rooms on a wide screen', async () => {
    const { page } = await open(DAY2, { viewport: { width: 1280, height: 900 } });
    const heads = await page.locator('.room-head').allTextContents();
    expect(heads.length).toBeGreaterThan(3);
    const xs = await page.locator('.agenda .talk-card').evaluateAll((cards) => cards.map((c) => Math.round(c.getBoundingClientRect().x)));
    expect(new Set(xs).size).toBe(heads.length);
    // Every room column fits on a 1280 px screen, without scrolling the grid sideways.
    const rights = await page.locator('.room-head').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right));
    for (const right of rights) expect(right).toBeLessThanOrEqual(1280);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  });
});
