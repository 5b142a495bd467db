import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { SHARED_CACHES } from './build-cache.mjs';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Text files worth compressing. Pagefind's index files (.pf_meta, .pf_index, .pf_fragment,
 * .pf_filter and its .pagefind WebAssembly) are gzipped by Pagefind itself and stay as they are.
 */
const TEXT = /\.(html|css|js|mjs|json|xml|ics|svg|txt|webmanifest)$/;
/** Below this a response fits in one packet anyway, and a second file is not worth keeping. */
const MIN_BYTES = 1024;

/**
 * Files being compressed at once. Each holds its bytes and a Brotli and a gzip encoder with their
 * windows, and zlib runs them on libuv's four threads however many wait: started all together,
 * the 1,280 files of a 1,000-article build took this process to 9 GB.
 */
const IN_FLIGHT = 8;

/**
 * Paths whose file names carry a content hash or a version, so each file's bytes never change;
 * they are served with a year's immutable caching (deploy/nginx.conf, public/_headers).
 */
export const IMMUTABLE_PATH = /^\/(_astro\/|mermaid\/[^/]+\/|katex\/[^/]+\/|pagefind\/(fragment|index|filter)\/|pagefind\/pagefind\.[^/]+\.pf_meta$)/;

/**
 * Brotli quality by path. Measured on the 132-page site: quality 11 is 8 % smaller than 7 but
 * took 40 times the CPU (11.9 s against 0.3 s for the whole site).
 * Immutable files get 11: they are compressed once and reused by later builds. Pages and the
 * other files that change with the content get 7, so a build of thousands of articles does not
 * spend minutes on it.
 */
const quality = (path) => (IMMUTABLE_PATH.test(path) ? constants.BROTLI_MAX_QUALITY : 7);

/**
 * Copies of immutable files by a hash of their bytes, shared by every build on this machine
 * (the site, fixture builds in tests, the benchmark's): Mermaid's 3.4 MB bundle takes ≈ 7 s of
 * CPU at quality 11, and is the same file in all of them. Beside the vendored Mermaid bundle.
 */
const SHARED = SHARED_CACHES.precompressed;

/**
 * Writes `<file>.br` and `<file>.gz` beside every text file over 1 KB in `dir`, for servers that
 * send a precompressed copy to a client that accepts it (nginx's gzip_static and brotli_static).
 * A file whose bytes are the same in `previous` (the last good build, on the same file system)
 * gets that build's copies hard-linked instead of compressed again. Resolves with the number of
 * files compressed and reused and the bytes before and after.
 */
export async function precompress(dir, { previous } = {}) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries.filter((entry) => entry.isFile() && TEXT.test(entry.name)).map((entry) => join(entry.parentPath, entry.name));
  const totals = { compressed: 0, reused: 0, raw: 0, gzip: 0, brotli: 0 };
  const queue = files.values();
  // Each worker takes the next file from the shared iterator until none is left.
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      for (const file of queue) {
        const bytes = await readFile(file);
        if (bytes.length <= MIN_BYTES) continue;
        const path = '/' + relative(dir, file).split(sep).join('/');
        const copies = (await reuse(bytes, previous && join(previous, path), file)) ?? (await compress(bytes, path, file));
        totals[copies.reused ? 'reused' : 'compressed'] += 1;
        totals.raw += bytes.length;
        totals.gzip += copies.gzip;
        totals.brotli += copies.brotli;
      }
    }),
  );
  return totals;
}

async function compress(bytes, path, file) {
  if (IMMUTABLE_PATH.test(path)) return shared(bytes, path, file);
  return compressTo(bytes, path, file);
}

async function compressTo(bytes, path, file) {
  const [br, gz] = await Promise.all([
    brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: quality(path), [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
    gzipAsync(bytes, { level: 9 }),
  ]);
  await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
  return { brotli: br.length, gzip: gz.length };
}

/** An immutable file's copies from the shared store, compressed into it first when it has none. */
async function shared(bytes, path, file) {
  const key = join(SHARED, createHash('sha256').update(bytes).digest('hex'));
  try {
    await Promise.all(['.br', '.gz'].map((ext) => copyFile(`${key}${ext}`, `${file}${ext}`)));
    const [brotli, gzip] = await Promise.all(['.br', '.gz'].map(async (ext) => (await stat(`${file}${ext}`)).size));
    return { brotli, gzip };
  } catch {
    const sizes = await compressTo(bytes, path, file);
    await mkdir(SHARED, { recursive: true });
    // Written whole under a temporary name, then renamed: a parallel build never reads half a file.
    for (const ext of ['.br', '.gz']) {
      const tmp = `${key}${ext}.${process.pid}`;
      await copyFile(`${file}${ext}`, tmp);
      await rename(tmp, `${key}${ext}`);
    }
    return sizes;
  }
}

/** Links the previous build's copies of an unchanged file; undefined when there are none to reuse. */
async function reuse(bytes, before, file) {
  if (!before) return undefined;
  const old = await readFile(before).catch(() => undefined);
  if (!old?.equals(bytes)) return undefined;
  try {
    const sizes = await Promise.all(['.br', '.gz'].map(async (ext) => {
      await link(`${before}${ext}`, `${file}${ext}`);
      return (await stat(`${file}${ext}`)).size;
    }));
    return { brotli: sizes[0], gzip: sizes[1], reused: true };
  } catch {
    // No copies before (or another file system): compress afresh. A link that did succeed is
    // removed first, as writing through it would change the previous build's file.
    await Promise.all(['.br', '.gz'].map((ext) => rm(`${file}${ext}`, { force: true })));
    return undefined;
  }
}
