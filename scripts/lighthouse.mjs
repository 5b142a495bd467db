#!/usr/bin/env node
// npm run lighthouse: Lighthouse (mobile) on the built site served on 127.0.0.1, with Debian's
// Chromium; prints the four category scores for the home page, an article with math and a
// diagram, the agenda and a talk page.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { resolve } from 'node:path';
import { serveStatic } from './lib/static-server.mjs';

const dist = resolve(process.argv[2] ?? 'dist');
const pages = [
  ['home', '/'],
  ['article (math + diagram)', '/articles/transformer-self-attention/'],
  ['agenda', '/agenda/2026-12-13/'],
  ['talk', '/talks/long-context-attention/'],
];

const server = await serveStatic(dist);
const base = `http://127.0.0.1:${server.address().port}`;
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const rows = [];
try {
  for (const [label, path] of pages) {
    const result = await lighthouse(base + path, { port: chrome.port, output: 'json', logLevel: 'error', formFactor: 'mobile' });
    const c = result.lhr.categories;
    const score = (key) => Math.round((c[key]?.score ?? 0) * 100);
    const failing = Object.values(result.lhr.audits)
      .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
      .map((audit) => audit.id);
    rows.push({ page: label, performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo'), 'below 0.9': failing.join(' ') || '–' });
  }
} finally {
  await chrome.kill();
  server.close();
}
console.table(rows);
