import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** A build cache file's JSON, or `fallback` when it is missing or unreadable (a cache is never required). */
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
