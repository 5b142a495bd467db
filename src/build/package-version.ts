import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The directory of an installed package: the first one above its entry point whose package.json
 * names it. Works for packages that do not export their package.json (Pagefind).
 */
export function packageDir(name: string): string {
  return findManifest(name).dir;
}

/**
 * The installed version of a package: caches keyed on a package's output (remembered diagrams,
 * the Mermaid bundle, a reused search index) must change when it does.
 */
export function installedVersion(name: string): string {
  return findManifest(name).version;
}

function findManifest(name: string): { dir: string; version: string } {
  let dir = dirname(fileURLToPath(import.meta.resolve(name)));
  for (;;) {
    const manifest = readManifest(join(dir, 'package.json'));
    if (manifest?.name === name && manifest.version) return { dir, version: manifest.version };
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`找不到 ${name} 的 package.json。`);
    dir = parent;
  }
}

function readManifest(file: string): { name?: string; version?: string } | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
  } catch {
    return undefined;
  }
}
