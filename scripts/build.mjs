#!/usr/bin/env node
// Builds the site into a temporary directory, checks it, indexes it with Pagefind and only then
// swaps it into dist/, so a failed build never leaves a half-built site where the good one was.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { buildCacheDir, cacheFiles } from './lib/build-cache.mjs';
import { checkContent } from './lib/check-content.mjs';
import { checkSite } from './lib/check-site.mjs';
import { indexSite } from './lib/index-site.mjs';
import { precompress } from './lib/precompress.mjs';
import { PRECACHE_BUDGET, precacheTransferBytes, writeServiceWorker } from './lib/service-worker.mjs';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(process.env.BUILD_OUT_DIR ?? join(root, 'dist'));
// Beside the output so the final rename stays on one file system.
const tmp = `${outDir}.tmp-${process.pid}`;
const contentDir = resolve(process.env.CONTENT_DIR ?? join(root, 'content'));
const cacheDir = buildCacheDir(contentDir, outDir);

let astro;

function astroBuild() {
  return new Promise((done, fail) => {
    astro = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_OUT_DIR: tmp, ASTRO_CACHE_DIR: cacheDir, CONTENT_DIR: contentDir },
    });
    astro.on('error', fail);
    astro.on('close', (code, signal) => (code === 0 ? done() : fail(new Error(signal ? `Astro 构建被中止（${signal}）。` : 'Astro 构建失败（见上方信息）。'))));
  });
}

/** Resolves with the time the promise settled, so overlapping phases can each be timed. */
const timed = (promise) => promise.then(() => performance.now());
/** Like timed, keeping the promise's result: [time, result]. */
const stamped = (promise) => promise.then((result) => [performance.now(), result]);

async function main() {
  await mkdir(dirname(outDir), { recursive: true });
  const started = performance.now();
  // The content check (Mermaid parsing in a worker) and Astro's build use different cores, so
  // they run side by side; a content error stops Astro at once.
  const contentChecked = timed(checkContent(contentDir, process.cwd(), cacheDir)).catch((error) => {
    astro?.kill('SIGTERM');
    throw error;
  });
  // Both settle before either failure is reported: when Astro trips over a broken file first (an
  // empty or non-UTF-8 entry), the content check's message names the file and what is wrong.
  const first = await Promise.allSettled([contentChecked, timed(astroBuild())]);
  const failed = first.find((result) => result.status === 'rejected');
  if (failed) throw (first[0].status === 'rejected' ? first[0] : failed).reason;
  const [contentDone, built] = first.map((result) => result.value);
  // Pagefind indexes in its own process; the link check reads the same files here once Pagefind
  // has parsed them all, while it builds its index on one core (starting both at once slowed
  // Pagefind's parsing on both cores). Both settle before anything is reported, so a failed check
  // never deletes files Pagefind is writing. Pagefind reuses the index files of the last good
  // build that are unchanged (index-site.mjs), and the link check parses only pages it has not
  // read before (check-site.mjs).
  const previous = existsSync(outDir) ? outDir : undefined;
  const { promise: parsed, resolve: onParsed } = Promise.withResolvers();
  const indexing = stamped(indexSite(tmp, { previous, onParsed }).finally(onParsed));
  const checking = stamped(parsed.then(() => checkSite(tmp, contentDir, cacheDir)));
  const settled = await Promise.allSettled([checking, indexing]);
  const failure = settled.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
  const [[checked, links], [indexed, index]] = settled.map((result) => result.value);
  // The offline worker lists the files it keeps ahead of time with their hashes, so it is
  // written once every page exists, and before precompression, which then covers the final sw.js.
  const worker = await writeServiceWorker(tmp);
  const workerAt = performance.now();
  // Last, once Pagefind has written its own files (pagefind.js among them), and before the swap,
  // so a failure here too leaves the old dist/ whole. PRECOMPRESS=0 skips it: only for the
  // benchmark's comparison with Starlight, which ships no compressed copies (never deploy that).
  const skipCompress = process.env.PRECOMPRESS === '0';
  const compressed = skipCompress ? { compressed: 0, reused: 0, raw: 0, gzip: 0, brotli: 0 } : await precompress(tmp, { previous });
  const compressedAt = performance.now();
  const precacheBytes = await precacheTransferBytes(tmp, worker.list);

  const old = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) await rename(outDir, old);
  await rename(tmp, outDir);
  await rm(old, { recursive: true, force: true });

  const done = performance.now();
  if (process.env.BUILD_TIMINGS) {
    const timings = { contentMs: contentDone - started, astroMs: built - started, checkMs: checked - built, checkParsed: links.parsed, pagefindMs: indexed - built, pages: index.pages, pagefindReused: index.reused, workerMs: workerAt - Math.max(checked, indexed), compressMs: compressedAt - workerAt, compressed, precache: { files: worker.list.length, raw: worker.raw, transfer: precacheBytes }, totalMs: done - started };
    await writeFile(process.env.BUILD_TIMINGS, JSON.stringify(timings));
  }
  const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
  const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
  console.log(
    `\n构建完成 → ${outDir}（${s(done - started)}）\n  astro ${s(built - started)}（同时进行的内容检查 ${s(contentDone - started)}）· 之后并行：链接检查 ${s(checked - built)}（${links.parsed < links.pages ? `${links.pages} 页中重新读取 ${links.parsed} 页` : `${links.pages} 页`}）、pagefind ${s(indexed - built)}（${index.pages} 页${index.reused ? `，沿用上次构建的 ${index.reused} 个索引文件` : ''}）\n  预压缩 ${skipCompress ? '已跳过（PRECOMPRESS=0）' : `${s(compressedAt - workerAt)}（${compressed.compressed + compressed.reused} 个文件${compressed.reused ? `，其中 ${compressed.reused} 个沿用上次构建的压缩件` : ''}：${kb(compressed.raw)} → gzip ${kb(compressed.gzip)} · brotli ${kb(compressed.brotli)}）`}\n  离线预缓存 ${s(workerAt - Math.max(checked, indexed))}（sw.js 版本 ${worker.version}）：${worker.list.length} 个文件，${kb(worker.raw)}，传输 ${kb(precacheBytes)}${skipCompress ? '（未压缩）' : '（brotli）'}，预算 ${kb(PRECACHE_BUDGET)}`,
  );
  if (precacheBytes > PRECACHE_BUDGET) console.warn(`  警告：离线预缓存 ${kb(precacheBytes)} 超出预算 ${kb(PRECACHE_BUDGET)}（scripts/lib/service-worker.mjs 的 PRECACHED_PAGES 决定预先缓存哪些页面）。`);
}

main().catch(async (error) => {
  astro?.kill('SIGTERM');
  await rm(tmp, { recursive: true, force: true, maxRetries: 5 });
  // Astro caches entries whose rendering failed as if they were fine; without this, building
  // again unchanged would pass with the broken entry left unrendered.
  await rm(cacheFiles(cacheDir).dataStore, { force: true });
  console.error(`\n构建失败：${error.message}\n${relative(process.cwd(), outDir) || '.'}/ 保持不变。`);
  process.exit(1);
});
