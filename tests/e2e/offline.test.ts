import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.mjs';
import { browserSuite } from '../helpers/browser.ts';
import { ROOT } from '../helpers/build-site.ts';

/**
 * The offline worker (src/service-worker/sw.js, issue 18): after one visit with a network the
 * program and the articles opened work without one, and a new build is picked up on the next
 * visit with a 日程已更新 notice. Each test has its own browser context, so its worker and caches
 * go with it; the other browser tests block workers (tests/helpers/browser.ts).
 */
const base = inject('baseUrl');
const dist = process.env['E2E_DIST'] ?? join(ROOT, 'dist');
const suite = browserSuite(base);
const WORKERS = { serviceWorkers: 'allow' as const };

const ARTICLE = '/articles/loss-functions-cross-entropy/';
const UNOPENED = '/articles/backpropagation/';
const TALK = '/talks/ai-dev-next-five-years/';
const SPEAKER = '/speakers/bai-ruolin/';

/** Waits until a worker controls the page, and returns the name of its precache. */
async function controlled(page: Page): Promise<string> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  return page.evaluate(async () => (await caches.keys()).find((name) => name.startsWith('devcon-precache-'))!);
}

/** Waits until `path` is in the cache `name` of the page's origin. */
async function kept(page: Page, name: string, path: string): Promise<void> {
  await page.waitForFunction(
    async ([cacheName, url]) => (await caches.has(cacheName!)) && (await (await caches.open(cacheName!)).match(url!)) !== undefined,
    [name, path],
    { timeout: 20_000, polling: 100 },
  );
}

/** Text of the page's first heading, once it is there. */
const heading = async (page: Page) => (await page.locator('h1').first().textContent())?.trim();
/** Whether the site's stylesheet applies: the header sticks to the top only through it. */
const styled = (page: Page) => page.locator('.site-header').evaluate((header) => getComputedStyle(header).position === 'sticky');

describe('offline, after one visit', () => {
  it('shows the agenda, talks, speakers, 我的日程 and the opened article; an article never opened gets the 离线 page', async () => {
    const { context, page } = await suite.page(WORKERS);
    const violations: string[] = [];
    await context.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => (window as unknown as { reportViolation: (text: string) => void }).reportViolation(`${location.pathname}: ${event.violatedDirective} ${event.blockedURI}`));
    });

    await page.goto(base + '/');
    const precache = await controlled(page);
    // The install finished before the worker took control: the program is there already.
    for (const path of ['/agenda/', TALK, SPEAKER, '/my-schedule/', '/offline/']) await kept(page, precache, path);
    const manifest = await page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname), precache);
    expect(manifest.some((path) => path.startsWith('/articles/'))).toBe(false);

    // One article read, with its KaTeX stylesheet and fonts; a starred talk for 我的日程.
    await page.goto(base + ARTICLE);
    await page.evaluate(() => document.fonts.ready);
    await page.evaluate((id) => localStorage.setItem('devcon:starred', JSON.stringify([id])), 'ai-dev-next-five-years');
    await kept(page, 'devcon-pages', ARTICLE);
    const katexCss = await page.locator('link[rel=stylesheet][href^="/katex/"]').getAttribute('href');
    await kept(page, 'devcon-assets', katexCss!);

    await context.setOffline(true);
    await page.reload();
    expect(await heading(page)).toBe('损失函数：从最大似然推导交叉熵');
    expect(await styled(page)).toBe(true);
    // KaTeX's stylesheet came from the cache: the MathML twin is clipped away, not shown.
    expect(await page.locator('.prose .katex-mathml').first().evaluate((el) => getComputedStyle(el).position)).toBe('absolute');

    await page.goto(base + '/agenda/');
    expect(await heading(page)).toBe('议程');
    expect(await styled(page)).toBe(true);
    await page.getByRole('link', { name: /第一天/ }).first().click();
    await page.locator('.agenda .talk-card').first().waitFor();
    expect(await page.locator('.agenda .talk-card').count()).toBeGreaterThan(10);

    await page.goto(base + TALK);
    expect(await heading(page)).toBe('大模型应用开发的下一个五年：从演示到生产');
    // Its scripts run from the cache: the star button knows the talk is starred.
    await expect.poll(() => page.locator('.talk-actions').getByRole('button', { name: /^收藏：/ }).getAttribute('aria-pressed')).toBe('true');

    await page.goto(base + SPEAKER);
    expect(await heading(page)).toBe('白若琳');

    await page.goto(base + '/my-schedule/');
    expect(await heading(page)).toBe('我的日程');
    await expect.poll(() => page.locator('.my-schedule-list .talk-card').count(), { timeout: 20_000 }).toBe(1);

    // A page with a query string is the same page.
    await page.goto(`${base}/agenda/2026-12-13/?track=models`);
    await expect.poll(() => page.getByLabel('分论坛').inputValue()).toBe('models');

    // Never opened: the friendly page, at the address asked for, listing what was kept.
    const response = await page.goto(base + UNOPENED);
    expect(response?.status()).toBe(200);
    expect(page.url()).toBe(base + UNOPENED);
    expect(await page.title()).toMatch(/^离线 \|/);
    expect(await heading(page)).toBe('这个页面还没有保存到本设备');
    expect(await styled(page)).toBe(true);
    const saved = page.getByRole('region', { name: '你打开过的文章' });
    await saved.waitFor();
    expect(await saved.getByRole('link').allTextContents()).toEqual(['损失函数：从最大似然推导交叉熵']);
    await saved.getByRole('link').click();
    await page.waitForURL(base + ARTICLE);
    expect(await heading(page)).toBe('损失函数：从最大似然推导交叉熵');

    // Back online, pages come from the network again.
    await context.setOffline(false);
    await page.goto(base + UNOPENED);
    expect(await heading(page)).toBe('反向传播与神经元的数学：从单个神经元到手写梯度');
    expect(violations).toEqual([]);
    await context.close();
  });
});

describe('a new build', () => {
  let servers: Server[] = [];
  let dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('is picked up on the next visit, with a polite 日程已更新 notice', async () => {
    // Two copies of the site on one address: the build the reader visited, and the next one,
    // in which a talk's title changed (so its page, its revision and the worker's version did).
    const before = await mkdtemp(join(tmpdir(), 'offline-before-'));
    const after = await mkdtemp(join(tmpdir(), 'offline-after-'));
    dirs = [before, after];
    await Promise.all([cp(dist, before, { recursive: true }), cp(dist, after, { recursive: true })]);
    const talkFile = join(after, TALK, 'index.html');
    const talk = (await readFile(talkFile, 'utf8')).replaceAll('大模型应用开发的下一个五年', '大模型应用开发的下一个十年');
    await writeFile(talkFile, talk);
    await rm(`${talkFile}.br`);
    await rm(`${talkFile}.gz`);
    const sw = await readFile(join(after, 'sw.js'), 'utf8');
    const version = /^const VERSION = "([^"]+)";$/m.exec(sw)![1]!;
    const next = sw
      .replace(`const VERSION = "${version}";`, 'const VERSION = "next-build";')
      .replace(new RegExp(`\\["${TALK}","[0-9a-f]+"\\]`), `["${TALK}","changed"]`);
    expect(next).toContain(`["${TALK}","changed"]`);
    await writeFile(join(after, 'sw.js'), next);
    await rm(join(after, 'sw.js.br'));
    await rm(join(after, 'sw.js.gz'));

    const sites = await Promise.all([serveStatic(before), serveStatic(after)]);
    let current = sites[0]!;
    const front = createServer((req, res) => void current.emit('request', req, res));
    await new Promise<void>((done) => front.listen(0, '127.0.0.1', done));
    servers = [front, ...sites];
    const origin = `http://127.0.0.1:${(front.address() as { port: number }).port}`;

    const { context, page } = await suite.page(WORKERS);
    await page.goto(origin + '/');
    expect(await controlled(page)).toBe(`devcon-precache-${version}`);
    // A first visit says nothing.
    await page.goto(origin + '/agenda/');
    await page.waitForTimeout(500);
    expect(await page.locator('.update-notice').count()).toBe(0);

    current = sites[1]!;
    // The next visit: the page itself comes from the network, new at once …
    await page.goto(origin + TALK);
    expect(await heading(page)).toBe('大模型应用开发的下一个十年：从演示到生产');
    // … and the new worker takes over and says so.
    const status = page.getByRole('status').filter({ hasText: '日程已更新' });
    await status.waitFor({ timeout: 30_000 });
    expect(await page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('devcon-precache-')))).toEqual(['devcon-precache-next-build']);
    await page.getByRole('button', { name: '关闭更新提示' }).click();
    expect(await page.locator('.update-notice').count()).toBe(0);

    // Offline, the kept copy is the new build's.
    await context.setOffline(true);
    await page.goto(origin + TALK);
    expect(await heading(page)).toBe('大模型应用开发的下一个十年：从演示到生产');
    await context.close();
  });
});
