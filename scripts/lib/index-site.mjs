import { decode } from 'cbor-x';
import * as pagefind from 'pagefind';
import { existsSync } from 'node:fs';
import { link, mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { installedVersion } from '../../src/build/package-version.ts';
import { INDEX_LANGUAGE, isChinese, spaceWords } from '../../src/lib/search-words.ts';

const pagefindVersion = installedVersion('pagefind');

/**
 * What never goes into the index or its excerpts: KaTeX's MathML and its visual markup (both read
 * as noise such as "QK⊤dk​​"), diagram sources, heading self-links, the controls and time
 * lines of program pages (a talk result shows its time and room from its "when" meta instead),
 * and an article's byline and inline table of contents (the headings are indexed where they
 * stand; a second copy of each at the top made every heading word count twice).
 */
export const EXCLUDE_SELECTORS = [
  '.toc',
  '.article-meta',
  '.katex',
  'mermaid-diagram',
  '.mermaid-source',
  '.heading-anchor',
  '.copy-button',
  'zone-toggle',
  'star-toggle',
  '.talk-actions',
  '.talk-facts',
  '.talk-when',
  '.talk-badges',
  '.calendar-links',
];

/**
 * Indexes the built site with Pagefind's extended (CJK-segmenting) binary into <dir>/pagefind.
 *
 * Pagefind names its index files (meta, word index chunks, fragments, filters) by content hash
 * and neither compresses nor writes one that already exists, so the index files of `previous` (the
 * last good build, on the same file system) are hard-linked in first: after an edit only the
 * files that changed are compressed and written. Linked files are never written to; the files
 * Pagefind does rewrite in place (pagefind.js, pagefind-entry.json, …) are not linked. Files the
 * new index no longer references are removed afterwards, so the result is the same set of files,
 * byte for byte, as indexing into an empty directory. `onParsed` is called once every page has
 * been parsed, when Pagefind goes on to build the index on a single core.
 */
export async function indexSite(dir, { previous, onParsed } = {}) {
  const out = join(dir, 'pagefind');
  const linked = previous ? await linkHashedFiles(join(previous, 'pagefind'), out) : 0;
  // One index per edition, by each page's <html lang>: Chinese pages are indexed as
  // INDEX_LANGUAGE, which Pagefind does not segment (the words come from spaceWords,
  // src/lib/search-words.ts, the same function that splits the reader's query); English pages as
  // en, with Pagefind's English stemming (attention finds attentions).
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
  if (!index) throw new Error(`Pagefind 无法启动：${errors.join('; ')}`);
  try {
    const files = await htmlFiles(dir);
    let pageCount = 0;
    const failed = [];
    // A few files at a time: Pagefind parses them on its own threads. They are handed over in
    // the same order every time, because the index's bytes depend on the order pages arrive.
    for (let i = 0; i < files.length; i += 8) {
      const batch = files.slice(i, i + 8);
      const contents = await Promise.all(batch.map((file) => readFile(join(dir, file), 'utf8')));
      const added = await Promise.all(batch.map((file, j) => index.addHTMLFile({ url: pageUrl(file), content: indexLanguage(spaceHtmlWords(contents[j])) })));
      for (const result of added) {
        failed.push(...result.errors);
        if (result.file?.url) pageCount++;
      }
    }
    if (failed.length) throw new Error(`Pagefind 索引出错：${failed.join('; ')}`);
    // Parsing used every core; building and writing the index uses one.
    onParsed?.();
    const written = await index.writeFiles({ outputPath: out });
    if (written.errors.length) throw new Error(`Pagefind 写出索引出错：${written.errors.join('; ')}`);
    const removed = linked > 0 ? await removeUnreferenced(out) : 0;
    return { pages: pageCount, reused: linked - removed };
  } finally {
    await pagefind.close();
  }
}

/** The page with the language Pagefind should file it under: a Chinese page's zh-CN becomes INDEX_LANGUAGE. */
export function indexLanguage(html) {
  return html.replace(/^(<!doctype html>\s*<html\b[^>]*?\slang=")zh(?:-[A-Za-z]+)?"/i, `$1${INDEX_LANGUAGE}"`);
}

/** The site's HTML files, as paths relative to `dir`, outside Pagefind's own directory. */
async function htmlFiles(dir) {
  const names = await readdir(dir, { recursive: true });
  return names.filter((name) => name.endsWith('.html') && !name.startsWith(`pagefind${sep}`)).sort();
}

/** The URL Pagefind's addDirectory gives a file: articles/x/index.html → /articles/x/. */
function pageUrl(file) {
  return `/${file.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
}

/** Tags whose text is not prose, and elements whose text is a filter value (文章, 模型与训练). */
const RAW_TEXT = /^<(script|style|textarea)\b/i;
const FILTER_TAG = /^<([a-z][\w-]*)\b[^>]*\sdata-pagefind-filter="[^":]*"/i;
/** Elements that sit inside a line of text; any other tag ends a block, and Pagefind puts ". " there. */
const INLINE_TAG = /^<\/?(a|abbr|b|bdi|bdo|cite|code|data|dfn|em|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var|wbr)\b/i;

/**
 * The page as Pagefind should read it: a space at every word boundary next to Chinese text
 * (spaceWords), also where an inline element ends a word (<b>粗体</b>词). Markup, attributes,
 * scripts and filter values stay as they are; the page on disk is not changed.
 */
export function spaceHtmlWords(html) {
  let out = '';
  let filter;
  let depth = 0;
  /** The last character of text before this point, while only inline tags came after it. */
  let before = '';
  for (const [token] of html.matchAll(/<!--[\s\S]*?-->|<(script|style|textarea)\b[\s\S]*?<\/\1\s*>|<[^>]*>|[^<]+/gi)) {
    if (token.startsWith('<')) {
      if (!INLINE_TAG.test(token) && !token.startsWith('<!--')) before = '';
      if (filter) {
        const name = /^<\/?([a-z][\w-]*)/i.exec(token)?.[1]?.toLowerCase();
        if (name === filter) depth += token.startsWith('</') ? -1 : 1;
        if (depth === 0) filter = undefined;
      } else if (!RAW_TEXT.test(token)) {
        const opened = FILTER_TAG.exec(token);
        if (opened && !token.endsWith('/>')) {
          filter = opened[1].toLowerCase();
          depth = 1;
        }
      }
      out += token;
    } else if (filter) {
      out += token;
      before = '';
    } else {
      const text = spaceWords(token);
      const joined = before && !/\s/.test(before) && !/^\s/.test(text) && (isChinese(before) || isChinese(text[0]));
      out += joined ? ` ${text}` : text;
      before = text.at(-1) ?? before;
    }
  }
  return out;
}

/** Index files named by their content hash; Pagefind skips writing these when they exist. */
const HASHED_DIRS = ['fragment', 'index', 'filter'];
const isHashedMeta = (name) => /^pagefind\..+\.pf_meta$/.test(name);

/** Hard-links the hashed files of an index written by this Pagefind version; returns how many. */
async function linkHashedFiles(from, to) {
  const entry = await readFile(join(from, 'pagefind-entry.json'), 'utf8').then(JSON.parse, () => undefined);
  if (entry?.version !== pagefindVersion) return 0;
  let count = 0;
  for (const sub of ['', ...HASHED_DIRS]) {
    if (!existsSync(join(from, sub))) continue;
    await mkdir(join(to, sub), { recursive: true });
    const names = (await readdir(join(from, sub))).filter((name) => sub !== '' || isHashedMeta(name));
    const results = await Promise.allSettled(names.map((name) => link(join(from, sub, name), join(to, sub, name))));
    count += results.filter((result) => result.status === 'fulfilled').length;
    // Another file system, or one without hard links: Pagefind writes whatever is missing.
    if (results.some((result) => result.status === 'rejected')) break;
  }
  return count;
}

/** Removes hashed files that no language's meta file (named in pagefind-entry.json) refers to; returns how many. */
async function removeUnreferenced(out) {
  const entry = JSON.parse(await readFile(join(out, 'pagefind-entry.json'), 'utf8'));
  const referenced = new Set();
  for (const { hash } of Object.values(entry.languages)) {
    referenced.add(`pagefind.${hash}.pf_meta`);
    // Gzipped, then Pagefind's "pagefind_dcd" signature, then CBOR: arrays of page, chunk and
    // filter records whose strings include every hash the language's search will load.
    const meta = gunzipSync(await readFile(join(out, `pagefind.${hash}.pf_meta`)));
    const collect = (value) => {
      if (typeof value === 'string') referenced.add(value);
      else if (Array.isArray(value)) value.forEach(collect);
    };
    collect(decode(meta.subarray('pagefind_dcd'.length)));
  }
  const stale = (await readdir(out)).filter((name) => isHashedMeta(name) && !referenced.has(name));
  for (const sub of HASHED_DIRS) {
    if (!existsSync(join(out, sub))) continue;
    for (const name of await readdir(join(out, sub))) {
      if (!referenced.has(name.slice(0, name.lastIndexOf('.')))) stale.push(join(sub, name));
    }
  }
  await Promise.all(stale.map((name) => rm(join(out, name))));
  return stale.length;
}
