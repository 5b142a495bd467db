import { spawn } from 'node:child_process';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface BuildResult {
  code: number | null;
  output: string;
  outDir: string;
}

/** Runs the real build script (Astro, link check, Pagefind, swap) over another content directory. */
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
