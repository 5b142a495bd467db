import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { expect } from 'vitest';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface BuildResult {
  code: number | null;
  output: string;
  outDir: string;
}

/**
 * Runs the real build script (Astro, link check, Pagefind, swap) over another content directory.
 * A temporary copy keeps its build cache inside itself (scripts/lib/build-cache.mjs), so removing
 * the copy removes the cache.
 */
export function buildSite(contentDir: string, outDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts/build.mjs')], {
      cwd: ROOT,
      env: { ...process.env, ...env, CONTENT_DIR: contentDir, BUILD_OUT_DIR: outDir, FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, output, outDir }));
  });
}

/** Copies a fixture's content to a fresh temporary directory so a test can break one file. */
export async function copyFixture(name: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `fixture-${name}-`));
  await cp(join(ROOT, 'tests/fixtures', name), dir, { recursive: true });
  return dir;
}

/**
 * Breaks a copy of the basic fixture with `edit`; the build must fail with every `expected`
 * pattern in its output, and leave the previous build where it was.
 */
export async function expectBuildToFail(edit: (dir: string) => Promise<unknown>, expected: RegExp[], env: Record<string, string> = {}): Promise<void> {
  const content = await copyFixture('basic');
  await edit(content);
  const outDir = join(ROOT, '.build/fixtures', `broken-${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'index.html'), 'previous good build');
  try {
    const result = await buildSite(content, outDir, env);
    expect(result.code, result.output).not.toBe(0);
    for (const pattern of expected) expect(result.output).toMatch(pattern);
    expect(result.output).toMatch(/构建失败：[\s\S]*保持不变。/);
    expect(await readFile(join(outDir, 'index.html'), 'utf8')).toBe('previous good build');
  } finally {
    await rm(outDir, { recursive: true, force: true });
    await rm(content, { recursive: true, force: true });
  }
}

/** Replaces text in a fixture file, failing loudly if the text is not there. */
export async function replaceIn(file: string, from: string | RegExp, to: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did nothing in ${file}`);
  await writeFile(file, next);
}
