// Every cache a build keeps, and where (README, "Build caches"). A cache is never required:
// deleting any of them makes the next build slower, never different.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/** Astro's cache directory for the project's own content and dist/, and for `astro dev`. */
export const DEFAULT_CACHE_DIR = join(root, 'node_modules/.astro');

/**
 * The cache directory of a build of `contentDir` into `outDir`. Each content directory and output
 * keeps its own, so fixture, benchmark and parallel builds never share (or corrupt) one:
 * - BUILD_CACHE_DIR, when set;
 * - the project's content/ into dist/: DEFAULT_CACHE_DIR;
 * - a content directory outside the project (a test's temporary copy): inside it, so removing
 *   the copy removes its cache;
 * - any other pair: .build/cache/<hash of both paths>.
 */
export function buildCacheDir(contentDir, outDir, env = process.env) {
  if (env.BUILD_CACHE_DIR) return resolve(env.BUILD_CACHE_DIR);
  if (contentDir === join(root, 'content') && outDir === join(root, 'dist')) return DEFAULT_CACHE_DIR;
  if (relative(root, contentDir).startsWith('..')) return join(contentDir, '.build-cache');
  return join(root, '.build/cache', createHash('sha1').update(`${contentDir}\0${outDir}`).digest('hex').slice(0, 12));
}

/** The files in a build's cache directory, each kept by its owner (see the README's table). */
export function cacheFiles(cacheDir) {
  return {
    /** Astro's content layer: each entry's data and rendered HTML, by the entry's digest. */
    dataStore: join(cacheDir, 'data-store.json'),
    /** Astro's incremental build: which pages can be reused. */
    incrementalBuild: join(cacheDir, 'incremental-build.json'),
    /** Diagrams Mermaid has parsed without error, by a hash of their source (check-content.mjs). */
    mermaidParsed: join(cacheDir, 'mermaid-parsed.json'),
    /** Links and anchors found in each built page, by a hash of its bytes (check-site.mjs). */
    pageLinks: join(cacheDir, 'page-links.json'),
  };
}

/**
 * Caches shared by every build of this checkout (the site's, tests' fixtures, the benchmark's):
 * keyed by content hash or package version, so sharing them is safe.
 */
export const SHARED_CACHES = {
  /** .br and .gz copies of immutable files, by a hash of their bytes (precompress.mjs). */
  precompressed: join(root, 'node_modules/.cache/precompressed'),
  /** Mermaid bundled for the browser, per Mermaid and Vite version (src/integrations/vendor-assets.ts). */
  vendor: join(root, 'node_modules/.cache/vendor'),
};

/** A build cache file's JSON, or `fallback` when it is missing or unreadable. */
export function readCacheFile(file, fallback) {
  return readFile(file, 'utf8').then(JSON.parse, () => fallback);
}

/**
 * Writes a build cache file whole and renames it into place, so a build stopped half-way (or one
 * running beside it) never leaves half a file behind.
 */
export async function writeCacheFile(file, value) {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(`${file}.${process.pid}`, JSON.stringify(value));
  await rename(`${file}.${process.pid}`, file);
}
