import { Parser } from 'htmlparser2';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { findBrokenLinks, findExternalResources, formatBrokenLinks } from '../../src/build/check-links.ts';
import { installedVersion } from '../../src/build/package-version.ts';
import { cacheFiles, readCacheFile, writeCacheFile } from './build-cache.mjs';

async function walk(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** /articles/foo/index.html → /articles/foo/ */
function pagePath(dir, file) {
  const rel = relative(dir, file).split(sep).join('/');
  return '/' + rel.replace(/(^|\/)index\.html$/, '$1');
}

const RESOURCE_TAGS = new Set(['script', 'img', 'iframe', 'source', 'video', 'audio']);
const RESOURCE_RELS = ['stylesheet', 'icon', 'preload', 'modulepreload'];

/** Ids, link targets and loaded resources of one page, read in a single streaming pass (no DOM). */
function readPage(html) {
  const ids = [];
  const hrefs = [];
  const resources = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes.id) ids.push(attributes.id);
        if ((name === 'a' || name === 'link') && attributes.href !== undefined) hrefs.push(attributes.href);
        if (RESOURCE_TAGS.has(name) && attributes.src) resources.push(attributes.src);
        if (name === 'link' && attributes.href && RESOURCE_RELS.some((rel) => (attributes.rel ?? '').split(/\s+/).includes(rel))) resources.push(attributes.href);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  return { ids, hrefs, resources };
}

/**
 * What readPage found is remembered in `cacheDir` by a hash of the page's bytes, so a rebuild
 * parses only the pages that changed. The key also covers this file and htmlparser2's version:
 * a change to how pages are read forgets everything read before.
 */
const READER = createHash('sha256').update(await readFile(import.meta.filename)).update(installedVersion('htmlparser2')).digest('base64url');

async function readCache(file) {
  const cache = await readCacheFile(file, undefined);
  return cache?.reader === READER ? new Map(Object.entries(cache.pages)) : new Map();
}

/** Reads every built page's ids and links; fails the build on a link to nothing. */
export async function checkSite(dir, contentDir, cacheDir) {
  const cacheFile = cacheDir && cacheFiles(cacheDir).pageLinks;
  const known = cacheFile ? await readCache(cacheFile) : new Map();
  const files = await walk(dir);
  const pages = [];
  const others = new Set();
  const read = new Map();
  await Promise.all(
    files.map(async (file) => {
      const path = pagePath(dir, file);
      if (!file.endsWith('.html')) {
        others.add(path);
        return;
      }
      const bytes = await readFile(file);
      const key = createHash('sha1').update(bytes).digest('base64url');
      const found = known.get(key) ?? readPage(bytes.toString('utf8'));
      read.set(key, found);
      pages.push({ page: path, ...found, ids: new Set(found.ids) });
    }),
  );
  const parsed = [...read.keys()].filter((key) => !known.has(key)).length;
  // Only this build's pages are kept, so the file never outgrows the site.
  if (cacheFile && (parsed > 0 || read.size !== known.size)) await writeCacheFile(cacheFile, { reader: READER, pages: Object.fromEntries(read) });
  const broken = [...findBrokenLinks(pages, others), ...findExternalResources(pages)];
  if (broken.length) {
    const sourceOf = (page) => {
      const match = /^\/articles\/([^/]+)\/$/.exec(page);
      if (!match) return undefined;
      const source = ['.mdx', '.md'].map((ext) => join(contentDir, 'articles', match[1] + ext)).find(existsSync);
      return source && relative(process.cwd(), source);
    };
    throw new Error(`发现 ${broken.length} 个失效的站内链接或外部资源：\n${formatBrokenLinks(broken.sort((a, b) => a.page.localeCompare(b.page)), sourceOf)}`);
  }
  return { pages: pages.length, parsed };
}
