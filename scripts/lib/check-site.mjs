import { Parser } from 'htmlparser2';
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

const RESOURCE_TAGS = new Set(['script', 'img', 'iframe', 'source', 'video', 'audio']);
const RESOURCE_RELS = ['stylesheet', 'icon', 'preload', 'modulepreload'];

/** Ids, link targets and loaded resources of one page, read in a single streaming pass (no DOM). */
function readPage(html) {
  const ids = new Set();
  const hrefs = [];
  const resources = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes.id) ids.add(attributes.id);
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

/** Reads every built page's ids and links; fails the build on a link to nothing. */
export async function checkSite(dir, contentDir) {
  const files = await walk(dir);
  const pages = [];
  const others = new Set();
  await Promise.all(
    files.map(async (file) => {
      const path = pagePath(dir, file);
      if (!file.endsWith('.html')) {
        others.add(path);
        return;
      }
      pages.push({ page: path, ...readPage(await readFile(file, 'utf8')) });
    }),
  );
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
  return { pages: pages.length };
}
