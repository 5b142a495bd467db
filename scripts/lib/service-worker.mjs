import { Parser } from 'htmlparser2';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';

const TEMPLATE = join(import.meta.dirname, '../../src/service-worker/sw.js');

/**
 * The pages kept ahead of time, by path: what an attendee needs at the venue. Articles are not
 * (the worker keeps those a reader opens).
 */
export const PRECACHED_PAGES = /^\/(agenda\/(.+\/)?|talks\/[^/]+\/|speakers\/([^/]+\/)?|tracks\/([^/]+\/)?|my-schedule\/|changes\/|offline\/)?$/;

/**
 * Bytes a new visitor downloads for the precache (brotli, as nginx sends it), beyond which the
 * build warns. The 49-talk program takes about 420 KB; an event several times larger would
 * reach this, and should keep fewer pages ahead of time (e.g. speakers only on visit).
 */
export const PRECACHE_BUDGET = 768 * 1024;

const RESOURCE_RELS = new Set(['stylesheet', 'icon', 'apple-touch-icon', 'manifest', 'modulepreload', 'preload']);

/** Same-origin paths a page loads: stylesheets, icons, the manifest, scripts (and their imports, when inline) and images. */
function pageResources(html) {
  const found = [];
  let inline;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'link' && attributes.href && (attributes.rel ?? '').split(/\s+/).some((rel) => RESOURCE_RELS.has(rel))) found.push(attributes.href);
        if ((name === 'script' || name === 'img' || name === 'source') && attributes.src) found.push(attributes.src);
        for (const set of [attributes.srcset, attributes.imagesrcset]) if (set) found.push(...set.split(',').map((item) => item.trim().split(/\s+/)[0]));
        if (name === 'script' && !attributes.src && [undefined, 'module', 'text/javascript'].includes(attributes.type)) inline = '';
      },
      ontext(text) {
        if (inline !== undefined) inline += text;
      },
      onclosetag(name) {
        if (name === 'script' && inline !== undefined) found.push(...fileReferences('/inline.js', inline));
        inline = undefined;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  return found;
}

/** Files a script imports (statically or on demand) or a stylesheet loads (url()), as written. */
function fileReferences(path, text) {
  if (path.endsWith('.css')) return [...text.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((match) => match[2]);
  if (path.endsWith('.js')) return [...text.matchAll(/["'`]((?:\.{1,2}\/|\/?_astro\/)[\w./-]+\.(?:js|css))["'`]/g)].map((match) => match[1]);
  if (path.endsWith('.webmanifest')) return (JSON.parse(text).icons ?? []).map((icon) => icon.src);
  return [];
}

/** `ref` as a site path, or undefined when it leaves the site (another origin, data:, a fragment). */
function resolvePath(ref, from) {
  if (!ref || /^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//') || ref.startsWith('#')) return undefined;
  const clean = ref.split(/[?#]/)[0];
  // Vite's lists of a dynamic import's dependencies name files from the site's root ("_astro/x.js").
  if (clean.startsWith('_astro/')) return `/${clean}`;
  return clean.startsWith('/') ? posix.normalize(clean) : posix.join(posix.dirname(from), clean);
}

const fileOf = (dir, path) => join(dir, ...(path.endsWith('/') ? `${path}index.html` : path).split('/'));

/**
 * What the worker keeps ahead of time in the built site `dir`: the pages PRECACHED_PAGES
 * selects, and everything they load, followed through stylesheets, the manifest and scripts'
 * imports (also those loaded on demand, as 我的日程's calendar and QR code). Pagefind's files
 * and Mermaid are left out: search needs the network, and diagrams are on articles.
 * Resolves with [path, revision] sorted by path, the revision a hash of the file's bytes.
 */
export async function precacheList(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const pages = entries
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => '/' + relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/').replace(/index\.html$/, ''))
    .filter((path) => PRECACHED_PAGES.test(path));
  const seen = new Map();
  const queue = [...pages];
  while (queue.length > 0) {
    const path = queue.shift();
    if (seen.has(path)) continue;
    const file = fileOf(dir, path);
    // Pages' links were checked by the link check; a name in a script that is no file is no import.
    if (!existsSync(file)) continue;
    const bytes = await readFile(file);
    seen.set(path, createHash('sha256').update(bytes).digest('hex').slice(0, 16));
    const refs = path.endsWith('/') ? pageResources(bytes.toString('utf8')) : fileReferences(path, bytes.toString('utf8'));
    for (const ref of refs) {
      const target = resolvePath(ref, path);
      if (target && !seen.has(target) && !/^\/(pagefind|mermaid)\//.test(target)) queue.push(target);
    }
  }
  return [...seen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Writes `dir`/sw.js: the precache list of `dir`, its version (a hash of the list) and the
 * worker (src/service-worker/sw.js). Run after every page exists and before precompression,
 * so the .br and .gz copies are of this sw.js. Resolves with the version, the list and its raw
 * bytes.
 */
export async function writeServiceWorker(dir) {
  const list = await precacheList(dir);
  const version = createHash('sha256').update(list.map(([path, revision]) => `${path} ${revision}\n`).join('')).digest('hex').slice(0, 12);
  const template = await readFile(TEMPLATE, 'utf8');
  const code =
    `// Generated by scripts/lib/service-worker.mjs from src/service-worker/sw.js: do not edit.\n` +
    `const VERSION = ${JSON.stringify(version)};\n` +
    `const PRECACHE = [\n${list.map((entry) => `  ${JSON.stringify(entry)},`).join('\n')}\n];\n\n${template}`;
  await writeFile(join(dir, 'sw.js'), code);
  const sizes = await Promise.all(list.map(async ([path]) => (await stat(fileOf(dir, path))).size));
  return { version, list, raw: sizes.reduce((sum, size) => sum + size, 0) };
}

/**
 * Bytes the precache costs a visitor over the wire: each file's brotli copy where the build
 * wrote one (what nginx sends), else the file. Call after precompression.
 */
export async function precacheTransferBytes(dir, list) {
  const sizes = await Promise.all(
    list.map(async ([path]) => {
      const file = fileOf(dir, path);
      return (await stat(`${file}.br`).catch(() => stat(file))).size;
    }),
  );
  return sizes.reduce((sum, size) => sum + size, 0);
}
