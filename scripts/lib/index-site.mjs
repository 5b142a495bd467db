import { decode } from 'cbor-x';
import * as pagefind from 'pagefind';
import { existsSync } from 'node:fs';
import { link, mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { installedVersion } from '../../src/lib/package-version.ts';

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
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
  if (!index) throw new Error(`Pagefind 无法启动：${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) throw new Error(`Pagefind 索引出错：${added.errors.join('; ')}`);
    // Parsing used every core; building and writing the index uses one.
    onParsed?.();
    const written = await index.writeFiles({ outputPath: out });
    if (written.errors.length) throw new Error(`Pagefind 写出索引出错：${written.errors.join('; ')}`);
    const removed = linked > 0 ? await removeUnreferenced(out) : 0;
    return { pages: added.page_count, reused: linked - removed };
  } finally {
    await pagefind.close();
  }
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
