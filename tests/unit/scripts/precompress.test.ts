import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Counts the compressions zlib is running at once: each one holds its file and an encoder's
// window, so their number is what the build's memory grows with.
const zlibCalls = vi.hoisted(() => ({ inFlight: 0, most: 0 }));
vi.mock('node:zlib', async (importOriginal) => {
  const zlib = await importOriginal<typeof import('node:zlib')>();
  const counted =
    (compress: (bytes: Buffer, options: object, done: (error: Error | null, result: Buffer) => void) => void) =>
    (bytes: Buffer, options: object, done: (error: Error | null, result: Buffer) => void) => {
      zlibCalls.most = Math.max(zlibCalls.most, ++zlibCalls.inFlight);
      compress(bytes, options, (error, result) => {
        zlibCalls.inFlight -= 1;
        done(error, result);
      });
    };
  return { ...zlib, brotliCompress: counted(zlib.brotliCompress), gzip: counted(zlib.gzip) };
});

const { precompress } = await import('../../../scripts/lib/precompress.mjs');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'precompress-'));
  zlibCalls.most = 0;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const page = (n: number) => `<!doctype html><html lang="zh-CN"><title>第 ${n} 页</title><p>${'注意力机制把每个词元与其他词元联系起来。'.repeat(40 + n)}</p></html>`;

describe('precompress', () => {
  it('writes .br and .gz copies that decompress to the file, for text files over 1 KB only', async () => {
    await mkdir(join(dir, 'articles/a'), { recursive: true });
    await writeFile(join(dir, 'articles/a/index.html'), page(1));
    await writeFile(join(dir, 'small.css'), 'body{margin:0}');
    await writeFile(join(dir, 'icon.png'), Buffer.alloc(4096, 7));

    const totals = await precompress(dir);

    const html = await readFile(join(dir, 'articles/a/index.html'));
    expect(brotliDecompressSync(await readFile(join(dir, 'articles/a/index.html.br')))).toEqual(html);
    expect(gunzipSync(await readFile(join(dir, 'articles/a/index.html.gz')))).toEqual(html);
    expect((await readdir(dir)).sort()).toEqual(['articles', 'icon.png', 'small.css']);
    expect(totals).toMatchObject({ compressed: 1, reused: 0, raw: html.length });
  });

  it('compresses a big site a few files at a time, not all of them at once', async () => {
    const files = 120;
    await Promise.all(Array.from({ length: files }, async (_, n) => {
      await mkdir(join(dir, `p${n}`));
      await writeFile(join(dir, `p${n}/index.html`), page(n));
    }));

    const totals = await precompress(dir);

    expect(totals.compressed).toBe(files);
    // Two compressions (Brotli and gzip) per file in flight; all 120 at once took a
    // 1,000-article build to 9 GB.
    expect(zlibCalls.most).toBeGreaterThanOrEqual(2);
    expect(zlibCalls.most).toBeLessThanOrEqual(16);
    expect(zlibCalls.inFlight).toBe(0);
  });
});
