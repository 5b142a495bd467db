import { describe, expect, inject, it } from 'vitest';
import { browserSuite } from '../helpers/browser.ts';

/** The attendee's companion (issue 18): one time zone throughout, honest calendar links, live now. */
const base = inject('baseUrl');
const suite = browserSuite(base);
const LA = { timezoneId: 'America/Los_Angeles' };
// Day 2 opens with three talks at 09:00 Shanghai time: 17:00 on Saturday 12 December in Los Angeles.
const CLASHING = ['llm-evaluation-stack', 'rlhf-dpo-in-practice'];

describe('我的日程 in the reader’s zone', () => {
  it('shows day headings, times and overlap warnings all in the chosen zone', async () => {
    const { page } = await suite.open('/my-schedule/', LA);
    await page.evaluate((ids) => {
      localStorage.setItem('devcon:starred', JSON.stringify(ids));
      localStorage.setItem('devcon:zone', 'local');
    }, CLASHING);
    await page.reload();
    const items = page.locator('.my-schedule-list .talk-card');
    await expect.poll(() => items.count(), { timeout: 20_000 }).toBe(2);
    for (const when of await page.locator('.my-schedule-list .talk-when').allTextContents()) {
      expect(when).toMatch(/^12月12日周六 17:00–17:45/);
    }
    const warning = await page.locator('.my-schedule-warnings').textContent();
    expect(warning).toContain('时间重叠（12月12日周六 17:00–17:45 / 17:00–17:45）');

    // Back in event time, the same list reads Sunday morning in Shanghai.
    await page.getByRole('button', { name: /改回大会时间/ }).click();
    await expect.poll(() => page.locator('.my-schedule-list .talk-when').first().textContent(), { timeout: 20_000 }).toMatch(/^12月13日周日 09:00–09:45/);
    expect(await page.locator('.my-schedule-warnings').textContent()).toContain('（12月13日周日 09:00–09:45 / 09:00–09:45）');
  });
});

describe('zone labels', () => {
  it('name the zones in words with their offset, and say “你的时区” once', async () => {
    const { page } = await suite.open('/talks/ai-dev-next-five-years/', LA);
    const toggle = page.locator('zone-toggle');
    expect(await toggle.locator('.zone-note').textContent()).toBe('时间均为大会时间：上海时间（UTC+8）');
    await page.getByRole('button', { name: '改用我的时区（洛杉矶时间）' }).click();
    expect(await toggle.locator('.zone-note').textContent()).toBe('时间均为你的时区：洛杉矶时间（UTC−8）');
    const text = (await toggle.textContent()) ?? '';
    expect(text).not.toContain('America/');
    expect(text.split('你的时区').length - 1).toBe(1);
    expect(await page.getByRole('button', { name: '改回大会时间（上海时间）' }).count()).toBe(1);
  });

  it('keep a converted time in the grid’s time column on at most two lines at 1280 px', async () => {
    const { page } = await suite.open('/agenda/2026-12-12/', { ...LA, viewport: { width: 1280, height: 900 } });
    await page.getByRole('button', { name: /改用我的时区/ }).click();
    const lines = await page.locator('.agenda .slot-time time').evaluateAll((times) =>
      times.map((time) => {
        const range = document.createRange();
        range.selectNodeContents(time);
        return { text: time.textContent, lines: new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size };
      }),
    );
    expect(lines.length).toBeGreaterThan(5);
    // The morning in Shanghai is the day before in Los Angeles: the date is shown, compactly.
    expect(lines[0]!.text).toBe('12/11\n17:10');
    for (const line of lines) expect(line.lines, line.text ?? '').toBeLessThanOrEqual(2);
  });
});

describe('the agenda’s calendar link', () => {
  it('subscribes to the filtered track’s own calendar, and says so when a filter has no calendar', async () => {
    const { page } = await suite.open('/agenda/2026-12-13/?track=models');
    const link = page.locator('.day-tabs a[data-calendar]');
    expect(await link.getAttribute('href')).toBe('webcal://devcon.example.com/calendar/models.ics');
    expect(await link.textContent()).toMatch(/^订阅“.+”日历$/);
    const file = await page.request.get(`${base}/calendar/models.ics`);
    expect(file.status()).toBe(200);

    await page.getByLabel('形式').selectOption('技术研讨');
    expect(await link.getAttribute('href')).toBe('webcal://devcon.example.com/calendar/program.ics');
    expect(await link.textContent()).toContain('完整议程');
    await page.getByRole('button', { name: '清除筛选' }).click();
    expect(await link.textContent()).toBe('订阅日历');
  });
});

describe('live during the event', () => {
  const DURING = new Date('2026-12-12T09:20:00+08:00');
  const BEFORE = new Date('2026-11-24T10:00:00+08:00');
  const AFTER = new Date('2026-12-14T10:00:00+08:00');

  it('says “进行中” in text on the talk in progress', async () => {
    const guarded = await suite.page();
    await guarded.page.clock.setFixedTime(DURING);
    await guarded.page.goto(`${base}/agenda/2026-12-12/`);
    const now = guarded.page.locator('.talk-card.is-now');
    expect(await now.count()).toBe(1);
    expect(await now.locator('.talk-when').textContent()).toContain('进行中');
    expect(await guarded.page.locator('.talk-card:not(.is-now) .now-badge').count()).toBe(0);
  });

  it('shows what is on now and next on the home page, and links today’s agenda from the overview', async () => {
    const guarded = await suite.page();
    await guarded.page.clock.setFixedTime(DURING);
    await guarded.page.goto(`${base}/`);
    const live = guarded.page.locator('live-now');
    expect(await live.isVisible()).toBe(true);
    const current = live.locator('li').filter({ hasText: '进行中' });
    expect(await current.locator('a').getAttribute('href')).toBe('/talks/ai-dev-next-five-years/');
    expect(await live.textContent()).toContain('接下来');
    expect(await live.getByRole('link', { name: /查看今天的议程/ }).getAttribute('href')).toBe('/agenda/2026-12-12/');

    await guarded.page.goto(`${base}/agenda/`);
    const today = guarded.page.getByRole('link', { name: '查看今天的议程（12月12日周六）' });
    expect(await today.isVisible()).toBe(true);
    expect(await today.getAttribute('href')).toBe('/agenda/2026-12-12/');
  });

  it.each([
    ['before', BEFORE],
    ['after', AFTER],
  ])('stays hidden %s the event', async (_, time) => {
    const guarded = await suite.page();
    await guarded.page.clock.setFixedTime(time);
    for (const path of ['/', '/agenda/']) {
      await guarded.page.goto(`${base}${path}`);
      // The element is there, with its data, and chooses to stay hidden.
      expect(await guarded.page.locator('live-now').count(), path).toBe(1);
      expect(await guarded.page.locator('live-now').isVisible(), path).toBe(false);
    }
  });
});

describe('stars that travel', () => {
  it('shares the starred talks as a link with a QR code drawn in the page, and the link offers to merge them on another device', async () => {
    const { page, requests } = await suite.open('/my-schedule/');
    await page.evaluate((ids) => localStorage.setItem('devcon:starred', JSON.stringify(ids)), CLASHING);
    await page.reload();
    await page.getByRole('button', { name: '分享到其他设备' }).click();
    const link = page.getByLabel('分享链接', { exact: true });
    await expect.poll(() => link.inputValue(), { timeout: 20_000 }).toBe(`${base}/my-schedule/#share=${[...CLASHING].sort().join(',')}`);
    const qr = page.locator('.share-qr svg path');
    await expect.poll(() => qr.count(), { timeout: 20_000 }).toBe(1);
    expect(((await qr.getAttribute('d')) ?? '').length).toBeGreaterThan(500);
    // Track calendars that cover the stars, for a calendar that follows changes.
    const subscribe = await page.locator('.share-panel .calendar-links a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(subscribe.sort()).toEqual(['webcal://devcon.example.com/calendar/models.ics', 'webcal://devcon.example.com/calendar/trust.ics']);
    expect(requests.every((url) => url.startsWith(base))).toBe(true);
    const shared = await link.inputValue();

    // Another device already has one star of its own.
    const other = await suite.page();
    await other.page.goto(`${base}/my-schedule/`);
    await other.page.evaluate(() => localStorage.setItem('devcon:starred', JSON.stringify(['education-tutor'])));
    await other.page.goto(shared);
    const prompt = other.page.getByRole('region', { name: '收到一份分享的日程' });
    await expect.poll(() => prompt.isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await prompt.textContent()).toContain('其中 2 场还不在你的日程中');
    await prompt.getByRole('button', { name: '合并到我的日程' }).click();
    await expect.poll(() => other.page.locator('.my-schedule-list .talk-card').count(), { timeout: 20_000 }).toBe(3);
    expect(new URL(other.page.url()).hash).toBe('');
    expect(await prompt.isVisible()).toBe(false);
  });
});
