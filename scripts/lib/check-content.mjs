import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { parse } from 'yaml';
import { checkContentFiles, duplicateIds, mermaidSources } from '../../src/build/content-files.ts';
import { installedVersion } from '../../src/build/package-version.ts';
import { cacheFiles, readCacheFile, writeCacheFile } from './build-cache.mjs';

/**
 * Checks the content directory before Astro reads it: empty and non-UTF-8 files, duplicate ids,
 * and Mermaid diagrams that would not render (parsed by Mermaid itself, so a broken diagram never
 * reaches a reader). Throws with one line per problem, each naming the file. Diagrams that parsed
 * in an earlier build with the same Mermaid are remembered in `cacheDir` and not parsed again.
 */
export async function checkContent(contentDir, root, cacheDir) {
  const entries = await readdir(contentDir, { withFileTypes: true, recursive: true });
  const files = await Promise.all(
    entries
      .filter((entry) => entry.isFile() && /\.(mdx?|ya?ml)$/i.test(entry.name))
      .map(async (entry) => {
        const full = join(entry.parentPath, entry.name);
        return { path: relative(root, full).split(sep).join('/'), full, bytes: await readFile(full) };
      }),
  );
  const errors = checkContentFiles(files);
  const broken = new Set(errors.map((error) => error.slice(0, error.indexOf(':'))));
  const diagrams = [];
  for (const file of files) {
    if (broken.has(file.path)) continue;
    const text = file.bytes.toString('utf8');
    if (/(^|\/)(rooms|tracks)\.ya?ml$/.test(file.path)) {
      try {
        errors.push(...duplicateIds(file.path, parse(text)));
      } catch (error) {
        errors.push(`${file.path}: YAML 无法解析：${error.message.split('\n')[0]}`);
      }
    }
    if (/\.mdx?$/.test(file.path)) diagrams.push(...mermaidSources(file.path, text));
  }
  errors.push(...(await checkDiagrams(diagrams, cacheDir)));
  if (errors.length) throw new Error(`内容检查发现 ${errors.length} 个问题：\n  ${errors.join('\n  ')}`);
  return { files: files.length, diagrams: diagrams.length };
}

const mermaidVersion = installedVersion('mermaid');

/**
 * Parses the diagrams not known to parse already. Only diagrams that parsed are remembered,
 * by a hash of their source and the Mermaid version, so a broken one is reported every build.
 */
async function checkDiagrams(diagrams, cacheDir) {
  const cacheFile = cacheDir && cacheFiles(cacheDir).mermaidParsed;
  const known = new Set(cacheFile ? await readCacheFile(cacheFile, []) : []);
  const keys = diagrams.map((diagram) => createHash('sha256').update(`${mermaidVersion}\0${diagram.source}`).digest('base64url'));
  const unknown = diagrams.flatMap((diagram, index) => (known.has(keys[index]) ? [] : [{ diagram, key: keys[index] }]));
  const failed = await parseDiagrams(unknown.map(({ diagram }) => diagram));
  if (cacheFile && unknown.length > failed.length) {
    const broken = new Set(failed.map((failure) => unknown[failure.index].key));
    // Only this content's diagrams are kept, so the file never outgrows it.
    const parsed = new Set(keys.filter((key) => !broken.has(key)));
    await writeCacheFile(cacheFile, [...parsed]);
  }
  return failed.map((failure) => failure.message);
}

/**
 * Mermaid needs a DOM even to parse, so it runs in a worker with linkedom's window, keeping
 * those globals out of the build process. Resolves with the diagrams that failed.
 */
function parseDiagrams(diagrams) {
  if (diagrams.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parse-mermaid-worker.mjs', import.meta.url), { workerData: diagrams });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}
