import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { describe, expect, inject, it } from 'vitest';
import { PRECACHE_BUDGET, precacheTransferBytes } from '../../scripts/lib/service-worker.mjs';
import { ROOT } from '../helpers/build-site.ts';
import { Dist } from '../helpers/dist.ts';

/** The offline worker and the web app manifest, in the fixture's build and the real one. */
const dist = new Dist(inject('fixtureDist'));

/** sw.js's VERSION and PRECACHE, read back from the file the build wrote. */
function worker(site: Dist) {
  const code = site.text('sw.js');
  const version = /^const VERSION = "([0-9a-f]{12})";$/m.exec(code)?.[1];
  const list = JSON.parse(/^const PRECACHE = (\[[\s\S]*?\n\]);$/m.exec(code)![1]!.replace(/,\n\]$/, '\n]')) as [string, string][];
  return { code, version, list, paths: list.map(([path]) => path) };
}

const fileOf = (path: string) => (path.endsWith('/') ? `${path}index.html` : path.slice(1));

/** PNG width and height from its IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('sw.js', () => {
  const { code, version, list, paths } = worker(dist);

  it('is a script the browser can parse, with the version and list the build computed', () => {
    expect(() => new Script(code)).not.toThrow();
    expect(version).toBe(createHash('sha256').update(list.map(([path, revision]) => `${path} ${revision}\n`).join('')).digest('hex').slice(0, 12));
    expect(code).toContain(readFileSync(join(ROOT, 'src/service-worker/sw.js'), 'utf8'));
  });

  it('keeps the program pages ahead of time, and no article', () => {
    for (const path of ['/', '/agenda/', '/agenda/2026-12-12/', '/talks/opening/', '/talks/panel/', '/speakers/', '/speakers/ada/', '/tracks/', '/my-schedule/', '/changes/', '/offline/']) {
      expect(paths, path).toContain(path);
    }
    expect(paths.filter((path) => /^\/(articles|tags|search|about)\//.test(path))).toEqual([]);
    expect(paths.filter((path) => /^\/(pagefind|mermaid|katex)\//.test(path) || path.endsWith('.ics'))).toEqual([]);
  });

  it('keeps everything a kept page loads, and the code 我的日程 and the notice load on demand', () => {
    for (const path of paths.filter((p) => p.endsWith('/'))) {
      const $ = dist.page(path);
      const loads = [
        ...$('link[rel~=stylesheet], link[rel~=icon], link[rel=manifest], link[rel=apple-touch-icon]').map((_, el) => $(el).attr('href')).get(),
        ...$('script[src], img[src]').map((_, el) => $(el).attr('src')).get(),
      ];
      for (const href of loads) expect(paths, `${path} loads ${href}`).toContain(href.split('?')[0]);
    }
    // The speaker's photo, the icons, and the modules loaded on first use.
    expect(paths.some((path) => /^\/_astro\/.+\.(webp|png|jpg|avif)$/.test(path))).toBe(true);
    for (const icon of ['/icons/icon-192.png', '/icons/icon-512.png', '/icons/maskable-512.png']) expect(paths).toContain(icon);
    for (const module of ['share-qr', 'build-calendar', 'sw-notice']) expect(paths.some((path) => path.startsWith(`/_astro/${module}.`)), module).toBe(true);
  });

  it('gives each file the hash of its bytes as its revision', () => {
    for (const [path, revision] of list) {
      expect(revision, path).toBe(createHash('sha256').update(readFileSync(join(dist.dir, fileOf(path)))).digest('hex').slice(0, 16));
    }
  });

  it('is registered by every page, and revalidated on every visit wherever it is served', () => {
    const header = dist.text('_headers');
    expect(header).toMatch(/^\/sw\.js\n {2}Cache-Control: no-cache$/m);
    expect(readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8')).toMatch(/^ {4}\/sw\.js\s+"no-cache";$/m);
    const scripts = dist.page('/articles/attention/')('script[src]').map((_, el) => dist.text(dist.page('/articles/attention/')(el).attr('src')!.slice(1))).get();
    expect(scripts.some((script) => script.includes('.register(`/sw.js`)') || script.includes(".register('/sw.js')") || script.includes('.register("/sw.js")'))).toBe(true);
  });
});

describe('the web app manifest', () => {
  const manifest = JSON.parse(dist.text('manifest.webmanifest')) as {
    name: string;
    short_name: string;
    start_url: string;
    display: string;
    theme_color: string;
    background_color: string;
    icons: { src: string; sizes: string; type: string; purpose: string }[];
  };

  it('makes the site installable: names, start URL, standalone, the palette', () => {
    expect(manifest).toMatchObject({ name: 'AI大模型应用开发者大会', start_url: '/', display: 'standalone' });
    expect(manifest.short_name.length).toBeLessThanOrEqual(6);
    const css = readFileSync(join(ROOT, 'src/styles/base.css'), 'utf8');
    expect(css).toContain(`--accent: ${manifest.theme_color};`);
    expect(css).toContain(`--bg: ${manifest.background_color};`);
    expect(dist.page('/')('link[rel=manifest]').attr('href')).toBe('/manifest.webmanifest');
    expect(dist.page('/')('link[rel=apple-touch-icon]').attr('href')).toBe('/icons/apple-touch-icon.png');
  });

  it('lists 192 and 512 px PNG icons and a maskable one, each the size it says', () => {
    expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of manifest.icons) {
      expect(icon.type).toBe('image/png');
      expect(pngSize(join(dist.dir, icon.src)).join('x')).toBe(icon.sizes);
    }
    expect(pngSize(join(dist.dir, 'icons/apple-touch-icon.png'))).toEqual([180, 180]);
  });
});

describe('the 离线 page', () => {
  it('is kept out of search engines and the search index', () => {
    const $ = dist.page('/offline/');
    expect($('meta[name=robots]').attr('content')).toBe('noindex');
    expect($('[data-pagefind-body]').length).toBe(0);
    expect($('h1').text()).toBe('这个页面还没有保存到本设备');
  });
});

describe('the real site’s precache', () => {
  const real = new Dist(join(ROOT, 'dist'));

  it('keeps every talk and speaker page and stays within its budget', async () => {
    const { list, paths } = worker(real);
    const talks = readFileSync(join(ROOT, 'dist/sitemap-0.xml'), 'utf8').match(/(?<=<loc>https?:\/\/[^/<]+)\/(talks|speakers)\/[^/<]+\/(?=<\/loc>)/g) ?? [];
    expect(talks.length).toBeGreaterThan(40);
    for (const path of talks) expect(paths).toContain(path);
    const transfer = await precacheTransferBytes(real.dir, list);
    expect(transfer).toBeLessThanOrEqual(PRECACHE_BUDGET);
  });
});
