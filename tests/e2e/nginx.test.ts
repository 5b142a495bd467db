import { readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, relative, sep } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE_PATH } from '../../scripts/lib/precompress.mjs';
import { browserSuite } from '../helpers/browser.ts';
import { ROOT } from '../helpers/build-site.ts';
import { get, startNginx, type Nginx, type Response } from '../helpers/nginx.ts';

// The built site behind Debian's nginx with deploy/nginx.conf, as production serves it.
const dist = process.env['E2E_DIST'] ?? join(ROOT, 'dist');
let nginx: Nginx;
let base: string;

beforeAll(async () => {
  nginx = await startNginx(dist);
  base = nginx.base;
});
afterAll(async () => {
  await nginx?.stop();
});

const ARTICLE = '/articles/transformer-self-attention/';
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pagefind's per-language metadata (one file per index language), named by its hash. */
const PF_META = /^\/pagefind\/pagefind\..+\.pf_meta$/;
const header = (response: Response, name: string) => [response.headers[name]].flat().join(', ');
/** Every file of the built site as a URL path, without the precompressed copies. */
const files = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && !/\.(br|gz)$/.test(entry.name))
  .map((entry) => '/' + relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'));

/** `Name: value` lines of one rule in public/_headers. */
function headersRule(pattern: string): Map<string, string> {
  const text = readFileSync(join(ROOT, 'public/_headers'), 'utf8');
  const rules = text.split(/\n(?=\/)/).filter((block) => block.startsWith('/'));
  const rule = rules.find((block) => block.split('\n')[0]!.trim() === pattern);
  if (!rule) throw new Error(`public/_headers has no rule for ${pattern}`);
  return new Map(rule.split('\n').slice(1).filter((line) => line.trim()).map((line) => {
    const at = line.indexOf(':');
    return [line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim()];
  }));
}

/** A policy as directive → sources. */
const directives = (policy: string) =>
  new Map(policy.split(';').map((part) => part.trim()).filter(Boolean).map((part) => {
    const [name, ...sources] = part.split(/\s+/);
    return [name!, sources.join(' ')];
  }));

describe('nginx with deploy/nginx.conf', () => {
  it('sends every security header on pages, and on the 404 page', async () => {
    const expected = headersRule('/*');
    expect([...expected.keys()].sort()).toEqual(
      ['content-security-policy', 'cross-origin-opener-policy', 'permissions-policy', 'referrer-policy', 'strict-transport-security', 'x-content-type-options', 'x-frame-options'].sort(),
    );
    for (const path of ['/', ARTICLE, '/no-such-page/']) {
      const response = await get(base + path);
      // The same values as public/_headers, so Netlify and Cloudflare Pages serve what nginx does.
      for (const [name, value] of expected) expect(header(response, name), `${path} ${name}`).toBe(value);
    }
  });

  it('sends a policy that adds frame-ancestors to the meta tag and allows everything the meta allows', async () => {
    const response = await get(base + ARTICLE);
    const sent = directives(header(response, 'content-security-policy'));
    const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(response.body.toString('utf8'))?.[1];
    expect(meta).toBeDefined();
    const inMeta = directives(meta!);
    expect(sent.get('frame-ancestors')).toBe("'none'");
    // The directives needing hashes stay in the meta tag alone: in the header they would block
    // the hashed inline scripts (two policies are both enforced).
    for (const name of ['default-src', 'script-src', 'style-src', 'script-src-elem', 'style-src-elem']) expect(sent.has(name), name).toBe(false);
    for (const [name, sources] of inMeta) {
      if (['default-src', 'script-src', 'style-src', 'style-src-attr'].includes(name)) continue;
      expect(sent.get(name), `${name} as in astro.config.mjs`).toBe(sources);
    }
    for (const name of sent.keys()) if (name !== 'frame-ancestors') expect(inMeta.has(name), `${name} is in the meta tag too`).toBe(true);
  });

  it('caches hashed and versioned files for a year and revalidates everything else', async () => {
    const paths = {
      astroCss: files.find((path) => /^\/_astro\/.+\.css$/.test(path))!,
      astroJs: files.find((path) => /^\/_astro\/.+\.js$/.test(path))!,
      mermaid: files.find((path) => /^\/mermaid\/[^/]+\/mermaid\..+\.js$/.test(path))!,
      katex: files.find((path) => /^\/katex\/[^/]+\/katex\.min\.css$/.test(path))!,
      fragment: files.find((path) => path.startsWith('/pagefind/fragment/'))!,
      chunk: files.find((path) => path.startsWith('/pagefind/index/'))!,
      meta: files.find((path) => PF_META.test(path))!,
    };
    for (const [what, path] of Object.entries(paths)) {
      expect(path, what).toBeDefined();
      expect(header(await get(base + path, {}, 'HEAD'), 'cache-control'), path).toBe(IMMUTABLE);
    }
    for (const path of ['/', ARTICLE, '/rss.xml', '/calendar/program.ics', '/talks/ai-dev-next-five-years.ics', '/schedule.json', '/schedule.xml', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.unknown.pagefind', '/program.css', '/sw.js', '/manifest.webmanifest', '/icons/icon-512.png', '/no-such-page/']) {
      expect(header(await get(base + path, {}, 'HEAD'), 'cache-control'), path).toBe('no-cache');
    }
    // Every file: nginx's choice, the build's choice of brotli quality (IMMUTABLE_PATH) and
    // public/_headers' rules agree.
    // The offline worker above all: a new build's worker must be found on the next visit.
    expect(headersRule('/sw.js').get('cache-control')).toBe('no-cache');
    const immutableRules = ['/_astro/*', '/mermaid/*', '/katex/*', '/pagefind/fragment/*', '/pagefind/index/*', '/pagefind/filter/*'];
    for (const rule of immutableRules) expect(headersRule(rule).get('cache-control'), rule).toBe(IMMUTABLE);
    const immutable = [];
    for (const path of files) {
      const sent = header(await get(base + path, {}, 'HEAD'), 'cache-control');
      if (sent === IMMUTABLE) immutable.push(path);
      expect(IMMUTABLE_PATH.test(path), path).toBe(sent === IMMUTABLE);
    }
    expect(immutable.filter((path) => !immutableRules.some((rule) => path.startsWith(rule.slice(0, -1))))).toEqual(files.filter((path) => PF_META.test(path)));
  });

  it.each([
    ['/calendar/program.ics', 'text/calendar; charset=utf-8'],
    ['/talks/ai-dev-next-five-years.ics', 'text/calendar; charset=utf-8'],
    ['/rss.xml', 'text/xml; charset=utf-8'],
    ['/schedule.xml', 'text/xml; charset=utf-8'],
    ['/schedule.json', 'application/json; charset=utf-8'],
    ['/', 'text/html; charset=utf-8'],
    ['/favicon.svg', 'image/svg+xml; charset=utf-8'],
    ['/pagefind/pagefind.js', 'application/javascript; charset=utf-8'],
    ['/pagefind/wasm.unknown.pagefind', 'application/octet-stream'],
    ['/sw.js', 'application/javascript; charset=utf-8'],
    ['/manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['/icons/icon-192.png', 'image/png'],
  ])('serves %s as %s', async (path, type) => {
    expect(header(await get(base + path, {}, 'HEAD'), 'content-type')).toBe(type);
  });

  it('gives the manifest the same type in public/_headers', () => {
    expect(headersRule('/manifest.webmanifest').get('content-type')).toBe('application/manifest+json; charset=utf-8');
  });

  it("serves Pagefind's gzipped index files as they are, never encoded twice", async () => {
    for (const path of [files.find((p) => p.endsWith('.pf_fragment'))!, files.find((p) => p.endsWith('.pf_index'))!, files.find((p) => p.endsWith('.pf_meta'))!]) {
      const response = await get(base + path, { 'accept-encoding': 'br, gzip' });
      expect(header(response, 'content-type'), path).toBe('application/octet-stream');
      expect(response.headers['content-encoding'], path).toBeUndefined();
      expect(response.body.equals(readFileSync(join(dist, path))), path).toBe(true);
    }
  });

  it('keeps a Chinese talk title in a calendar intact', async () => {
    const response = await get(base + '/talks/ai-dev-next-five-years.ics');
    expect(header(response, 'content-type')).toMatch(/charset=utf-8/);
    const text = new TextDecoder(/charset=([\w-]+)/.exec(header(response, 'content-type'))![1], { fatal: true }).decode(response.body);
    expect(text).toMatch(/^SUMMARY;LANGUAGE=zh-CN:大模型应用开发的下一个五年/m);
  });

  it('sends the precompressed brotli or gzip copy to a client that accepts it, and the file to one that does not', async () => {
    for (const path of [ARTICLE, files.find((p) => /^\/_astro\/.+\.css$/.test(p))!, '/calendar/program.ics']) {
      const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
      const br = await get(base + path, { 'accept-encoding': 'gzip, deflate, br' });
      expect(header(br, 'content-encoding'), path).toBe('br');
      expect(br.body.equals(readFileSync(`${file}.br`)), `${path}: the build's .br`).toBe(true);
      expect(header(br, 'vary')).toMatch(/Accept-Encoding/i);
      const gz = await get(base + path, { 'accept-encoding': 'gzip' });
      expect(header(gz, 'content-encoding'), path).toBe('gzip');
      expect(gz.body.equals(readFileSync(`${file}.gz`)), `${path}: the build's .gz`).toBe(true);
      const plain = await get(base + path);
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      expect(plain.body.equals(readFileSync(file)), path).toBe(true);
    }
  });

  it("answers an unknown path with the site's 404 page and status 404", async () => {
    for (const path of ['/no-such-page/', '/articles/no-such-article/', '/_astro/no-such-file.js', '/_headers', '/404.html']) {
      const response = await get(base + path);
      expect(response.status, path).toBe(404);
      expect(response.body.toString('utf8'), path).toBe(readFileSync(join(dist, '404.html'), 'utf8'));
      expect(header(response, 'cache-control'), path).toBe('no-cache');
    }
  });

  it('redirects a directory without its trailing slash, keeping the host the reader used', async () => {
    const response = await get(base + '/articles');
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe('/articles/');
  });
});

describe('Chromium against nginx', () => {
  const suite = browserSuite('');

  /** Opens a page on nginx, runs `act`, and returns the CSP violations it caused. */
  async function violations(path: string, act: (page: Page) => Promise<void>) {
    const { context, page } = await suite.page({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => {
      const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    const response = await page.goto(base + path);
    expect(response?.headers()['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
    await act(page);
    const found = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    await context.close();
    return found;
  }

  it.each([
    ['home', '/', async () => {}],
    [
      'an article with math and a diagram',
      ARTICLE,
      async (page: Page) => {
        // The first formula on the page may sit in the contents' closed popover; wait for one in the text.
        await page.locator('.prose .katex').first().waitFor();
        const diagram = page.locator('mermaid-diagram').first();
        await diagram.scrollIntoViewIfNeeded();
        await diagram.locator('svg').waitFor();
        // KaTeX's fonts load from their versioned path under the policy.
        await page.evaluate(() => document.fonts.ready);
        expect(await page.evaluate(() => [...document.fonts].some((font) => font.family.includes('KaTeX') && font.status === 'loaded'))).toBe(true);
        // 复制为 Markdown fetches the article's twin under connect-src.
        await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
        await page.getByRole('button', { name: '复制为 Markdown' }).click();
        await expect.poll(() => page.locator('copy-markdown').getByRole('status').textContent()).toBe('已复制');
      },
    ],
    ['the agenda', '/agenda/2026-12-13/', async (page: Page) => void (await page.getByLabel('形式').selectOption('技术研讨'))],
    ['a talk', '/talks/ai-dev-next-five-years/', async (page: Page) => void (await page.locator('.talk-actions').getByRole('button', { name: /^收藏：/ }).click())],
    ['the speakers', '/speakers/', async () => {}],
    [
      'search with a query (Pagefind and its WebAssembly)',
      '/search/?q=LoRA',
      async (page: Page) => {
        await page.getByRole('listbox', { name: '搜索结果' }).getByRole('option').first().waitFor();
      },
    ],
  ])('%s runs under the header and the meta policy with no violation', async (_, path, act) => {
    expect(await violations(path, act)).toEqual([]);
  });

  it('runs the offline worker under the header policy: it installs, takes control and serves the program offline', async () => {
    const { context, page } = await suite.page({ serviceWorkers: 'allow' });
    await context.addInitScript(() => {
      const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.goto(base + '/');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    // The worker's own script came with the site's headers, its policy among them.
    const worker = await get(base + '/sw.js', {}, 'HEAD');
    expect(header(worker, 'content-security-policy')).toMatch(/connect-src 'self'/);
    await context.setOffline(true);
    await page.goto(base + '/agenda/2026-12-13/');
    expect(await page.locator('h1').first().textContent()).toContain('12月13日');
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    await context.close();
  });

  it('refuses to be framed by another origin', async () => {
    // A page on a second origin (another port) that frames the site.
    const framer: Server = createServer((_, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><title>framer</title><iframe src="${base}/" title="site"></iframe>`);
    });
    await new Promise<void>((resolve) => framer.listen(0, '127.0.0.1', resolve));
    const { port } = framer.address() as { port: number };
    const { page, errors } = await suite.page();
    try {
      const framed = page.waitForEvent('response', (response) => response.url() === `${base}/`);
      await page.goto(`http://127.0.0.1:${port}/`);
      expect((await framed).status()).toBe(200);
      const frame = page.frames().find((f) => f !== page.mainFrame())!;
      // Chromium puts its own error page in the frame in place of the site's.
      await expect.poll(() => frame.url()).toMatch(/^chrome-error:/);
      expect(await frame.locator('meta[http-equiv="content-security-policy"], .site-header').count()).toBe(0);
      // Chromium says why; the suite would otherwise count this console error as a failure.
      const refused = errors.findIndex((error) => /frame-ancestors 'none'/.test(error));
      expect(refused).toBeGreaterThanOrEqual(0);
      errors.splice(refused, 1);
    } finally {
      await new Promise((resolve) => framer.close(resolve));
    }
  });
});
