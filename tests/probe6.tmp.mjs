import { chromium } from 'playwright-core';
import { serveStatic } from '../scripts/lib/static-server.mjs';
const server = await serveStatic(process.argv[2] ?? 'dist');
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [w, scheme] of [[390, 'light'], [1280, 'light']]) {
  const page = await browser.newPage({ viewport: { width: w, height: 844 }, colorScheme: scheme });
  await page.goto(base + '/articles/transformer-self-attention/');
  await page.locator('.pager').scrollIntoViewIfNeeded();
  await page.evaluate(() => scrollBy(0, 200));
  await page.screenshot({ path: `/tmp/a11y/end-${w}-${process.argv[3]}.png` });
  console.log(w, await page.evaluate(() => { const r = document.querySelector('.related-talks')?.getBoundingClientRect(); const p = document.querySelector('.pager').getBoundingClientRect(); return [r?.bottom, p.top]; }));
  await page.close();
}
await browser.close(); server.close();
