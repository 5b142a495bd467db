import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The installed version of a package, read from the package.json above its entry point: caches
 * keyed on a package's output (remembered diagrams, the Mermaid bundle, a reused search index)
 * must change when it does. Works for packages that do not export their package.json (Pagefind).
 */
export function installedVersion(name: string): string {
  let dir = dirname(fileURLToPath(import.meta.resolve(name)));
  for (;;) {
    const file = join(dir, 'package.json');
    const manifest = readManifest(file);
    if (manifest?.name === name && manifest.version) return manifest.version;
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
