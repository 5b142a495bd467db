import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PRECACHED_PAGES, precacheList, precacheTransferBytes, writeServiceWorker } from '../../../scripts/lib/service-worker.mjs';

const page = (head: string, body = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('PRECACHED_PAGES', () => {
  it.each([
    ['/', true],
    ['/agenda/', true],
    ['/agenda/2026-12-12/', true],
    ['/talks/opening/', true],
    ['/speakers/', true],
    ['/speakers/ada/', true],
    ['/tracks/', true],
    ['/tracks/models/', true],
    ['/my-schedule/', true],
    ['/changes/', true],
    ['/offline/', true],
    ['/articles/', false],
    ['/articles/attention/', false],
    ['/tags/math/', false],
    ['/search/', false],
    ['/about/', false],
    ['/talks/opening/extra/', false],
  ])('%s → %s', (path, kept) => {
    expect(PRECACHED_PAGES.test(path)).toBe(kept);
  });
});

describe('the precache list', () => {
  let dir: string;
  const write = async (path: string, text: string) => {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  };
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'precache-'));
    await write('index.html', page('<link rel="stylesheet" href="/_astro/site.css"><link rel="icon" href="/favicon.svg"><link rel="manifest" href="/manifest.webmanifest"><link rel="alternate" href="/rss.xml"><script type="module" src="/_astro/header.js"></script>', '<a href="/articles/a/">a</a><img src="/_astro/photo.webp" alt="">'));
    await write('agenda/index.html', page('<link rel="stylesheet" href="/program.css?v=1"><script type="module">import "/_astro/inline-import.js";</script>'));
    await write('my-schedule/index.html', page('<script type="module" src="/_astro/schedule.js"></script>'));
    await write('articles/a/index.html', page('<link rel="stylesheet" href="/katex/0.16/katex.min.css"><script type="module" src="/_astro/article.js"></script>'));
    await write('_astro/site.css', '.x{background:url(./bg.svg)} .y{background:url("data:image/png;base64,AAAA")} @font-face{src:url(/fonts/f.woff2)}');
    await write('_astro/bg.svg', '<svg/>');
    await write('fonts/f.woff2', 'font');
    await write('_astro/header.js', 'import{a}from"./shared.js";const l=()=>import("./dialog.js");const m=["_astro/panel.js"];import("/pagefind/pagefind.js");"./not-a-file.js"');
    await write('_astro/shared.js', 'export const a=1');
    await write('_astro/dialog.js', 'export{}');
    await write('_astro/panel.js', 'export{}');
    await write('_astro/schedule.js', 'import("./qr.js")');
    await write('_astro/qr.js', 'export{}');
    await write('_astro/inline-import.js', 'export{}');
    await write('_astro/photo.webp', 'webp');
    await write('_astro/article.js', 'export{}');
    await write('program.css', '.t{}');
    await write('favicon.svg', '<svg/>');
    await write('manifest.webmanifest', JSON.stringify({ icons: [{ src: '/icons/icon-192.png' }] }));
    await write('icons/icon-192.png', 'png');
    await write('pagefind/pagefind.js', '');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('holds the program pages and everything they load, followed through stylesheets, scripts and the manifest', async () => {
    const paths = (await precacheList(dir)).map(([path]) => path);
    expect(paths).toEqual([
      '/',
      '/_astro/bg.svg',
      '/_astro/dialog.js',
      '/_astro/header.js',
      '/_astro/inline-import.js',
      '/_astro/panel.js',
      '/_astro/photo.webp',
      '/_astro/qr.js',
      '/_astro/schedule.js',
      '/_astro/shared.js',
      '/_astro/site.css',
      '/agenda/',
      '/favicon.svg',
      '/fonts/f.woff2',
      '/icons/icon-192.png',
      '/manifest.webmanifest',
      '/my-schedule/',
      '/program.css',
    ]);
  });

  it('gives each file a revision from its bytes', async () => {
    const list = new Map(await precacheList(dir));
    expect(list.get('/program.css')).toBe(createHash('sha256').update('.t{}').digest('hex').slice(0, 16));
    await write('program.css', '.t{color:red}');
    expect(new Map(await precacheList(dir)).get('/program.css')).not.toBe(list.get('/program.css'));
  });

  it('writes sw.js whose version changes with a precached file and not with an article', async () => {
    const first = await writeServiceWorker(dir);
    const code = await readFile(join(dir, 'sw.js'), 'utf8');
    expect(() => new Script(code)).not.toThrow();
    expect(code).toContain(`const VERSION = "${first.version}";`);
    expect(code).toContain('["/agenda/",');
    expect(first.raw).toBeGreaterThan(0);
    expect(await precacheTransferBytes(dir, first.list)).toBe(first.raw);

    await write('articles/a/index.html', page('<title>changed</title>'));
    expect((await writeServiceWorker(dir)).version).toBe(first.version);
    await write('agenda/index.html', page('<title>changed</title>'));
    expect((await writeServiceWorker(dir)).version).not.toBe(first.version);
  });

  it('counts a file’s brotli copy as what travels, where the build wrote one', async () => {
    const { list } = await writeServiceWorker(dir);
    const before = await precacheTransferBytes(dir, list);
    await write('agenda/index.html.br', 'x');
    const agenda = (await readFile(join(dir, 'agenda/index.html'))).length;
    expect(await precacheTransferBytes(dir, list)).toBe(before - agenda + 1);
  });
});
