import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

/**
 * A hash of every file under `dirs` (relative path and bytes) and of `files` (a missing one
 * counts as empty): it changes whenever any of that source does.
 */
export async function sourceFingerprint(dirs: readonly string[], files: readonly string[] = []): Promise<string> {
  const hash = createHash('sha256');
  for (const dir of dirs) {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    const paths = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
    for (const path of paths.sort()) hash.update(`${relative(dir, path)}\0`).update(await readFile(path)).update('\0');
  }
  for (const file of files) hash.update(`${file}\0`).update(await readFile(file).catch(() => '')).update('\0');
  return hash.digest('base64url');
}
