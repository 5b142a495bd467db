#!/usr/bin/env node
// Builds the site into a temporary directory, checks it, indexes it with Pagefind and only then
// swaps it into dist/, so a failed build never leaves a half-built site where the good one was.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { checkContent } from './lib/check-content.mjs';
import { checkSite } from './lib/check-site.mjs';
import { indexSite } from './lib/index-site.mjs';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(process.env.BUILD_OUT_DIR ?? join(root, 'dist'));
const workDir = join(root, '.build');
// Beside the output so the final rename stays on one file system.
const tmp = `${outDir}.tmp-${process.pid}`;
const contentDir = resolve(process.env.CONTENT_DIR ?? join(root, 'content'));
// Each content directory and output keeps its own content cache, so fixture, benchmark and
// parallel builds never share (or corrupt) one.
const isDefault = contentDir === join(root, 'content') && outDir === join(root, 'dist');
const cacheDir = isDefault
  ? join(root, 'node_modules/.astro')
  : join(workDir, 'cache', createHash('sha1').update(`${contentDir}\0${outDir}`).digest('hex').slice(0, 12));

async function main() {
  await mkdir(dirname(outDir), { recursive: true });
  const started = performance.now();
  await checkContent(contentDir, process.cwd());
  const contentChecked = performance.now();
  const astro = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_OUT_DIR: tmp, ASTRO_CACHE_DIR: cacheDir, CONTENT_DIR: contentDir },
  });
  if (astro.status !== 0) throw new Error('Astro 构建失败（见上方信息）。');
  const built = performance.now();

  await checkSite(tmp, contentDir);
  const checked = performance.now();
  const index = await indexSite(tmp);
  const indexed = performance.now();

  const old = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) await rename(outDir, old);
  await rename(tmp, outDir);
  await rm(old, { recursive: true, force: true });

  if (process.env.BUILD_TIMINGS) {
    const timings = { contentMs: contentChecked - started, astroMs: built - contentChecked, checkMs: checked - built, pagefindMs: indexed - checked, pages: index.pages };
    await writeFile(process.env.BUILD_TIMINGS, JSON.stringify(timings));
  }
  const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
  console.log(
    `\n构建完成 → ${outDir}\n  内容检查 ${s(contentChecked - started)} · astro ${s(built - contentChecked)} · 链接检查 ${s(checked - built)} · pagefind ${s(indexed - checked)}（${index.pages} 页）`,
  );
}

main().catch(async (error) => {
  await rm(tmp, { recursive: true, force: true });
  // Astro caches entries whose rendering failed as if they were fine; without this, building
  // again unchanged would pass with the broken entry left unrendered.
  await rm(join(cacheDir, 'data-store.json'), { force: true });
  console.error(`\n构建失败：${error.message}\n${relative(process.cwd(), outDir) || '.'}/ 保持不变。`);
  process.exit(1);
});
