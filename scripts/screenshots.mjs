#!/usr/bin/env node
// Screenshots pages of a built site at phone and desktop widths in light and dark themes:
//   npm run screenshots -- [--dist dir] /path/ /other/   → .build/screenshots/*.png
//   npm run screenshots -- --search 训练 /articles/         with the search dialog open on a query
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { serveStatic } from './lib/static-server.mjs';

const { values, positionals } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, search: { type: 'string' } }, allowPositionals: true });
const dist = resolve(values.dist);
const paths = positionals.length ? positionals : ['/', '/articles/transformer-self-attention/', '/agenda/2026-12-12/'];
const out = resolve('.build/screenshots');
await mkdir(out, { recursive: true });
const server = await serveStatic(dist);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
for (const path of paths) {
  for (const width of [390, 1280]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height: width < 800 ? 844 : 900 }, colorScheme: scheme });
      await page.goto(base + path, { waitUntil: 'networkidle' });
      if (values.search) {
        await page.keyboard.press('Control+k');
        await page.getByRole('combobox').waitFor();
        await page.keyboard.insertText(values.search);
        await page.getByRole('option').first().waitFor();
      }
      const name = `${path.replace(/[^\w-]+/g, '_').replace(/^_|_$/g, '') || 'home'}${values.search ? '-search' : ''}-${width}-${scheme}.png`;
      await page.screenshot({ path: join(out, name), fullPage: process.env.FULL === '1' });
      await page.close();
      console.log(join(out, name));
    }
  }
}
await browser.close();
server.close();
