import * as cheerio from 'cheerio';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { findBrokenLinks, findExternalResources, formatBrokenLinks } from '../../src/lib/check-links.ts';

async function walk(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** /articles/foo/index.html → /articles/foo/ */
function pagePath(dir, file) {
  const rel = relative(dir, file).split(sep).join('/');
  return '/' + rel.replace(/(^|\/)index\.html$/, '$1');
}

/** Reads every built page's ids and links; fails the build on a link to nothing. */
export async function checkSite(dir, contentDir) {
  const files = await walk(dir);
  const pages = [];
  const others = new Set();
  for (const file of files) {
    const path = pagePath(dir, file);
    if (!file.endsWith('.html')) {
      others.add(path);
      continue;
    }
    const $ = cheerio.load(await readFile(file, 'utf8'));
    const ids = new Set($('[id]').map((_, el) => $(el).attr('id')).get());
    const hrefs = $('a[href], link[href]').map((_, el) => $(el).attr('href')).get();
    const resources = $('script[src], img[src], iframe[src], source[src], video[src], audio[src], link[rel~=stylesheet][href], link[rel~=icon][href], link[rel~=preload][href], link[rel~=modulepreload][href]')
      .map((_, el) => $(el).attr('src') ?? $(el).attr('href'))
      .get();
    pages.push({ page: path, ids, hrefs, resources });
  }
  const broken = [...findBrokenLinks(pages, others), ...findExternalResources(pages)];
  if (broken.length) {
    const sourceOf = (page) => {
      const match = /^\/articles\/([^/]+)\/$/.exec(page);
      if (!match) return undefined;
      const source = ['.mdx', '.md'].map((ext) => join(contentDir, 'articles', match[1] + ext)).find(existsSync);
      return source && relative(process.cwd(), source);
    };
    throw new Error(`发现 ${broken.length} 个失效的站内链接或外部资源：\n${formatBrokenLinks(broken, sourceOf)}`);
  }
  return { pages: pages.length };
}
